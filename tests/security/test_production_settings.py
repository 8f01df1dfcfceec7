"""Production settings: `check --deploy` is clean with the secret key, allowed
hosts, REDIS_URL and EMAIL_HOST set (and warns without the last two), and the
security headers are there."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def production_env(**extra: str) -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/tmp"),
           "DJANGO_SECRET_KEY": secrets.token_urlsafe(50), "DJANGO_ALLOWED_HOSTS": "community.example.org"}
    env.update(extra)
    return env


def _check_deploy(**extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT, env=production_env(**extra), capture_output=True, text=True,
    )


def test_check_deploy_reports_nothing_with_the_required_settings():
    result = _check_deploy(REDIS_URL="redis://127.0.0.1:6379/0", EMAIL_HOST="smtp.example.com")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_warns_about_a_process_local_cache_and_printed_email():
    result = _check_deploy()
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "mscommunity.W001" in output and "REDIS_URL" in output
    assert "mscommunity.W002" in output and "EMAIL_HOST" in output


def test_check_deploy_warns_only_about_what_is_missing():
    output = "".join(_check_deploy(REDIS_URL="redis://127.0.0.1:6379/0").stderr)
    assert "mscommunity.W001" not in output and "mscommunity.W002" in output
    output = "".join(_check_deploy(EMAIL_HOST="smtp.example.com").stderr)
    assert "mscommunity.W001" in output and "mscommunity.W002" not in output


def test_without_a_secret_key_production_refuses_to_start():
    env = production_env()
    del env["DJANGO_SECRET_KEY"]
    result = subprocess.run([sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode != 0 and "DJANGO_SECRET_KEY" in result.stderr


def test_admin_lives_at_a_configurable_path():
    code = "import django; django.setup(); from django.urls import reverse; print(reverse('admin:index'))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                            env=production_env(DJANGO_SETTINGS_MODULE="mscommunity.settings",
                                               DJANGO_ADMIN_URL="team-desk-7f3a/"))
    assert result.stdout.strip() == "/team-desk-7f3a/"


@pytest.mark.django_db
def test_security_headers_on_every_page(client):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_cookies_are_secure_and_http_only_in_production():
    code = ("import django; django.setup(); from django.conf import settings as s; "
            "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY, s.SECURE_SSL_REDIRECT, "
            "s.SECURE_HSTS_SECONDS > 0)")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                            env=production_env(DJANGO_SETTINGS_MODULE="mscommunity.settings"))
    assert result.stdout.split() == ["True"] * 5
