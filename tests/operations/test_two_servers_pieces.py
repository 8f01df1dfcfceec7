"""The pieces `make two-servers` relies on (the script itself starts two
gunicorn instances and is run by hand, not in the suite)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import two_servers

pytestmark = pytest.mark.django_db


def test_the_script_finds_the_csrf_token_on_the_sign_in_page(client):
    assert two_servers.CSRF_INPUT.search(client.get("/accounts/login/").content.decode())


def test_the_script_recognises_an_accepted_post(member_client, article):
    response = member_client.post(f"/articles/{article.slug}/comments/", {"text": "Hello from one server"})
    assert response.status_code == 302 and two_servers.POSTED.search(response["Location"])


def test_healthz_is_what_the_script_waits_for(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.json()["database"] == "ok"
