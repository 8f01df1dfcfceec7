"""Settings for MS Community: one module, read from the environment.

Safe by default: DEBUG is off, HTTPS is enforced, and only an explicit
environment variable relaxes either (``make run`` does so for localhost).
Every setting the project adds has its default here, in one place.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    """Read a boolean from the environment ("1", "true", "yes", "on")."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated list from the environment."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Set DJANGO_SECRET_KEY (or DJANGO_DEBUG=1 for local development).")
    SECRET_KEY = "django-insecure-local-development-only-not-for-production"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "mscommunity.accounts",
    "mscommunity.moderation",
    "mscommunity.pages",
    "mscommunity.notifications",
    "mscommunity.demo",
    "mscommunity.operations",
    "django_tasks",
    "django_tasks_db",
    "threads",
    "treatments",
    "mscommunity.search",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # static files: served compressed by whitenoise itself
    # Pages compressed in the app (a long thread is ~110 KB of HTML). Django's GZip adds random
    # bytes to every response (BREACH mitigation), and CSRF tokens are masked per response.
    "django.middleware.gzip.GZipMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "mscommunity.pages.middleware.DatabaseUnavailableMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "mscommunity.accounts.middleware.TeamMfaMiddleware",
]

ROOT_URLCONF = "mscommunity.urls"
WSGI_APPLICATION = "mscommunity.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "mscommunity.notifications.context_processors.notifications",
            ],
            # {% url %} that remembers its answers (reversing was a large share of a page's time).
            "builtins": ["mscommunity.pages.templatetags.reversing"],
        },
    },
]

# --- Database -------------------------------------------------------------
# SQLite file by default; DATABASE_URL=postgres://... uses psycopg 3.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Wait for a lock instead of failing at once; WAL lets readers run beside a
    # writer; IMMEDIATE transactions take the write lock at BEGIN, so two
    # writers queue on the timeout instead of one failing on a lock upgrade.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE",
         "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"}
    )
    # Connections are kept between requests as on PostgreSQL (CONN_MAX_AGE above):
    # opening one runs the PRAGMAs above, and a page view spent longer opening and
    # closing its connection than running its queries.
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache ----------------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
    # Sessions read from the shared cache (one query less per request), written
    # through to the database. Never with a process-local cache: another worker
    # would keep reading a session this one has changed.
    SESSION_ENGINE = "mscommunity.accounts.sessions.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    SESSION_ENGINE = "mscommunity.accounts.sessions.db"
# Both are Django's stores with the one read per request written in SQL (mscommunity/accounts/sessions).

# --- Background tasks (Django's Tasks API, django-tasks backport) --------------
# The database backend needs no broker: tasks are rows in the same database,
# run by `manage.py run_worker` processes. Tests use the immediate backend.
TASKS = {"default": {"BACKEND": os.environ.get("DJANGO_TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}
NOTIFICATIONS_SWEEP_SECONDS = int(os.environ.get("NOTIFICATIONS_SWEEP_SECONDS", "60"))  # retries, lost fan-out
NOTIFICATIONS_DIGEST_HOUR = int(os.environ.get("NOTIFICATIONS_DIGEST_HOUR", "7"))  # UTC hour of the daily digest

# --- Accounts (django-allauth) ---------------------------------------------
AUTH_USER_MODEL = "accounts.User"
# Django's and allauth's backends, reading the signed-in user in SQL (mscommunity/accounts/backends.py).
AUTHENTICATION_BACKENDS = [
    "mscommunity.accounts.backends.ModelBackend",
    "mscommunity.accounts.backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
ACCOUNT_ADAPTER = "mscommunity.accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "mscommunity.accounts.forms.SignupForm", "login": "mscommunity.accounts.forms.LoginForm"}
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_SIGNUP_FIELDS = ["username*", "email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
# Members may log in before verifying; posting requires a verified address
# (enforced in mscommunity.accounts.policy.can_post).
ACCOUNT_EMAIL_VERIFICATION = "optional"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_USERNAME_MIN_LENGTH = 3
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[MS Community] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http" if DEBUG else "https"
LOGIN_REDIRECT_URL = "/"
# Two-factor authentication (allauth.mfa): TOTP apps with recovery codes.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "MS Community"
# Staff and moderators must set up TOTP before they use the site or the admin.
TEAM_MFA_REQUIRED = env_bool("DJANGO_TEAM_MFA_REQUIRED", not DEBUG)
LOGIN_URL = "account_login"

# --- E-mail ---------------------------------------------------------------
# Console by default; SMTP when EMAIL_HOST is set.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "MS Community <noreply@example.com>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Internationalisation ---------------------------------------------------
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static files -----------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG and env_bool("DJANGO_MANIFEST_STATIC", True)
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# --- Security -------------------------------------------------------------
# HTTPS is on unless DJANGO_SECURE_HTTPS=0 says otherwise (local development).
SECURE_HTTPS = env_bool("DJANGO_SECURE_HTTPS", not DEBUG)
SECURE_SSL_REDIRECT = SECURE_HTTPS
SESSION_COOKIE_SECURE = SECURE_HTTPS
CSRF_COOKIE_SECURE = SECURE_HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if SECURE_HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HTTPS
SECURE_HSTS_PRELOAD = SECURE_HTTPS
# Behind a TLS proxy: trust its X-Forwarded-Proto, and take the client's
# address from X-Forwarded-For. Each of our proxies appends the address it saw,
# so the client is the entry DJANGO_TRUSTED_PROXY_COUNT places from the end
# (1: one nginx in front). allauth's limits (sign-in, sign-up, password reset)
# and the project's own (mscommunity.ratelimits) both read it through allauth.
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT", "1")) if BEHIND_PROXY else 0
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}
ADMIN_URL = os.environ.get("DJANGO_ADMIN_URL", "admin/").strip("/") + "/"

# --- Logging ----------------------------------------------------------------
# Never log member text: request bodies are not logged anywhere.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
}

# --- MS Community -------------------------------------------------------------
SITE_NAME = "MS Community"
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000" if DEBUG else "https://community.example.org")
THREADS_PAGE_SIZE = 50  # top-level comments per page of a thread
THREADS_MAX_INDENT = 4  # replies deeper than this are not indented further
ARTICLES_PAGE_SIZE = 10
MEMBER_TEXT_MAX_LENGTH = 10_000
COMMENT_EDIT_WINDOW_HOURS = int(os.environ.get("COMMENT_EDIT_WINDOW_HOURS", "24"))  # moderators may always edit
TREATMENTS_MIN_GROUP_SIZE = int(os.environ.get("TREATMENTS_MIN_GROUP_SIZE", "5"))  # k: smaller groups show no figures

# Links to these sites (and their subdomains) stay in member text; other
# links are treated as personal and removed. Add more with PRIVACY_ALLOWED_DOMAINS.
from mscommunity.privacy import DEFAULT_ALLOWED_DOMAINS  # noqa: E402

PRIVACY_ALLOWED_DOMAINS = (*DEFAULT_ALLOWED_DOMAINS, *env_list("PRIVACY_ALLOWED_DOMAINS"))
MODERATORS_EMAIL = os.environ.get("MODERATORS_EMAIL", "moderators@example.com")
# Cache-backed limits on what members post (mscommunity.ratelimits); allauth
# limits sign-up, login and password reset (ACCOUNT_RATE_LIMITS).
RATE_LIMITS = {
    "comment": "6/60s/member,40/3600s/member,120/3600s/ip",
    "comment_new_member": "3/60s/member,15/3600s/member,120/3600s/ip",
    "edit": "10/60s/member,60/3600s/member",
    "flag": "10/3600s/member,60/3600s/ip",
    "reaction": "60/60s/member",
    # Tries at a new pseudonym (each try says whether a name is taken); the
    # change itself is allowed once per PSEUDONYM_CHANGE_DAYS, read from the database.
    "pseudonym": "5/3600s/member,30/3600s/ip",
    "report": "5/3600s/member,30/3600s/ip",
    "report_new_member": "3/3600s/member,30/3600s/ip",
}
if not env_bool("DJANGO_RATE_LIMITS", True):  # only for load tests against a private copy
    RATE_LIMITS = {}
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/300s/key",
    "signup": "20/h/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/180s/key",
}
MODERATION_FLAGS_TO_HIDE = int(os.environ.get("MODERATION_FLAGS_TO_HIDE", "3"))
MODERATION_NEW_MEMBER_DAYS = int(os.environ.get("MODERATION_NEW_MEMBER_DAYS", "7"))
PSEUDONYM_CHANGE_DAYS = int(os.environ.get("PSEUDONYM_CHANGE_DAYS", "30"))

# Crisis resources shown at once to the author of a crisis post, by country
# (ISO code); "default" is shown to everyone. The country is guessed from the
# browser's language (en-GB → GB) and its resources are listed first.
CRISIS_RESOURCES = {
    "default": [
        ("If you or someone else is in immediate danger", "Call your local emergency number now (999, 911, 112 or 000)."),
    ],
    "US": [("United States", "Call or text 988 (Suicide & Crisis Lifeline), any time.")],
    "CA": [("Canada", "Call or text 988, any time.")],
    "GB": [("United Kingdom", "Call Samaritans free on 116 123, any time, or text SHOUT to 85258.")],
    "IE": [("Ireland", "Call Samaritans free on 116 123, any time.")],
    "AU": [("Australia", "Call Lifeline on 13 11 14, any time.")],
    "NZ": [("New Zealand", "Call or text 1737, any time.")],
}
# Tappable links for the resources above, by the same country codes: (href, label).
CRISIS_LINKS = {
    "default": [("tel:999", "Call 999 (UK)"), ("tel:911", "Call 911 (US, Canada)"), ("tel:112", "Call 112 (Europe)"),
                ("tel:000", "Call 000 (Australia)")],
    "US": [("tel:988", "Call 988"), ("sms:988", "Text 988")],
    "CA": [("tel:988", "Call 988"), ("sms:988", "Text 988")],
    "GB": [("tel:116123", "Call 116 123"), ("sms:85258?&body=SHOUT", "Text SHOUT to 85258")],
    "IE": [("tel:116123", "Call 116 123")],
    "AU": [("tel:131114", "Call 13 11 14")],
    "NZ": [("tel:1737", "Call 1737"), ("sms:1737", "Text 1737")],
}
