"""Deployment checks (``manage.py check --deploy``) for what production needs
beyond Django's own list.

Contract: with DEBUG off, a process-local cache (rate limits and sessions
would then count per worker, so several gunicorn workers let a limit through
several times) and an e-mail backend that prints or drops messages (password
reset links would end up in the log) are each reported as a warning. Nothing
here connects to a service: a check only reads settings.
"""

from __future__ import annotations

from django.conf import settings
from django.core.checks import CheckMessage, Tags, Warning, register

# Backends whose state lives in one process (or nowhere): limits do not add up across workers.
PROCESS_LOCAL_CACHES = frozenset({
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
})
# Backends that never deliver: mail is printed, written to a file, kept in memory or dropped.
NON_DELIVERING_EMAIL = frozenset({
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
})


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs=None, **kwargs) -> list[CheckMessage]:
    """Warn when production would keep rate-limit counters in each process's memory."""
    if settings.DEBUG:
        return []
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend in PROCESS_LOCAL_CACHES:
        return [Warning(
            "The default cache is local to each process, so rate limits (comments, flags, sign-in) "
            "count separately in every worker and do not hold.",
            hint="Set REDIS_URL to a Redis server shared by all app servers.",
            id="mscommunity.W001",
        )]
    return []


@register(deploy=True)
def check_email_delivery(app_configs=None, **kwargs) -> list[CheckMessage]:
    """Warn when production e-mail (password resets included) would be printed, not sent."""
    if settings.DEBUG:
        return []
    if settings.EMAIL_BACKEND in NON_DELIVERING_EMAIL:
        return [Warning(
            "E-mail would not be delivered: it would be written to the console or dropped, "
            "so password-reset links and notifications would end up in the log.",
            hint="Set EMAIL_HOST (and EMAIL_HOST_USER, EMAIL_HOST_PASSWORD) to an SMTP server.",
            id="mscommunity.W002",
        )]
    return []
