"""Behind the proxy, allauth's sign-in limits count each client, not the proxy."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest
from django.test import RequestFactory

from mscommunity import ratelimits
from tests.conftest import PASSWORD

SETTINGS_FILE = Path(__file__).resolve().parents[2] / "mscommunity" / "settings.py"
PROXY = "10.0.0.2"  # the proxy's own address: every request arrives from it


def settings_from_env(monkeypatch, **env: str) -> dict:
    """The settings module as it reads in an environment with ``env`` set."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(SETTINGS_FILE))


@pytest.fixture
def behind_proxy(settings, monkeypatch):
    """This process configured as production is with DJANGO_BEHIND_PROXY=1."""
    production = settings_from_env(monkeypatch, DJANGO_BEHIND_PROXY="1")
    for name, value in production.items():
        if name.startswith("ALLAUTH_") or name.startswith("RATE_LIMITS"):
            setattr(settings, name, value)
    return settings


def failed_login(client, client_address: str, username: str):
    return client.post("/accounts/login/", {"login": username, "password": "wrong-password"},
                       REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=client_address)


@pytest.mark.django_db
def test_failures_from_many_clients_do_not_lock_out_the_next(client, member, behind_proxy):
    for n in range(25):
        response = failed_login(client, f"203.0.113.{n + 1}", f"guess{n}")
        assert response.status_code == 200 and b"Too many failed" not in response.content
    response = client.post("/accounts/login/", {"login": member.username, "password": PASSWORD},
                           REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.26")
    assert response.status_code == 302 and "_auth_user_id" in client.session


@pytest.mark.django_db
def test_many_failures_from_one_client_are_limited(client, member, behind_proxy):
    limited = [b"Too many failed" in failed_login(client, "203.0.113.7", f"guess{n}").content for n in range(12)]
    assert not limited[0] and limited[-1]
    # A spoofed first entry does not help: the proxy appends the real address last.
    response = client.post("/accounts/login/", {"login": member.username, "password": PASSWORD},
                           REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.7")
    assert "_auth_user_id" not in client.session and b"Too many failed" in response.content


def test_project_limits_and_allauth_read_the_same_client(behind_proxy):
    from allauth.account.adapter import get_adapter

    request = RequestFactory().post("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.7")
    assert ratelimits.client_ip(request) == get_adapter().get_client_ip(request) == "203.0.113.7"


def test_without_a_proxy_forwarded_for_is_ignored(monkeypatch):
    monkeypatch.delenv("DJANGO_BEHIND_PROXY", raising=False)
    assert settings_from_env(monkeypatch)["ALLAUTH_TRUSTED_PROXY_COUNT"] == 0
    request = RequestFactory().post("/", REMOTE_ADDR="198.51.100.5", HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert ratelimits.client_ip(request) == "198.51.100.5"
