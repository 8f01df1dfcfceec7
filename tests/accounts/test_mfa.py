"""Two-factor authentication for the team (allauth.mfa, TOTP)."""

import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY, TOTP, format_hotp_value, generate_totp_secret, hotp_value

pytestmark = pytest.mark.django_db


def current_code(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def login(client, user) -> None:
    """A real sign-in: allauth records it, so MFA set-up needs no re-authentication."""
    from tests.conftest import PASSWORD

    assert client.post("/accounts/login/", {"login": user.username, "password": PASSWORD}).status_code == 302


def activate_totp(client) -> None:
    from tests.conftest import PASSWORD

    response = client.get("/accounts/2fa/totp/activate/")
    if response.status_code == 302 and "/reauthenticate/" in response["Location"]:
        client.post(response["Location"], {"password": PASSWORD})  # allauth asks for the password again
        client.get("/accounts/2fa/totp/activate/")
    secret = client.session[SECRET_SESSION_KEY]
    response = client.post("/accounts/2fa/totp/activate/", {"code": current_code(secret)})
    assert response.status_code == 302, response.content.decode()[:2000]


def give_totp(user) -> str:
    """Set up an authenticator app for ``user`` (as they did some earlier day); returns its secret."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def test_when_required_a_moderator_must_set_up_totp_first(client, moderator, settings):
    settings.TEAM_MFA_REQUIRED = True
    login(client, moderator)
    response = client.get("/admin/moderation/moderationcase/")
    assert response.status_code == 302 and response["Location"] == "/accounts/2fa/totp/activate/"
    activate_totp(client)
    assert Authenticator.objects.filter(user=moderator, type="totp").exists()
    assert client.get("/admin/moderation/moderationcase/").status_code == 200


def test_members_are_never_asked(client, member, settings, article):
    settings.TEAM_MFA_REQUIRED = True
    client.force_login(member)
    assert client.get("/articles/trial-news/").status_code == 200


def test_a_member_may_enable_totp_and_then_login_asks_for_the_code(client, member):
    from tests.conftest import PASSWORD

    login(client, member)
    activate_totp(client)
    secret = Authenticator.objects.get(user=member, type="totp").data["secret"]
    client.logout()
    response = client.post("/accounts/login/", {"login": member.username, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/accounts/2fa/authenticate/"
    assert "_auth_user_id" not in client.session
    response = client.post("/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert response.status_code == 302 and "_auth_user_id" in client.session


def test_production_default_requires_it():
    import subprocess
    import sys

    code = "from django.conf import settings; print(settings.TEAM_MFA_REQUIRED)"
    env = {"DJANGO_SECRET_KEY": "x" * 60, "DJANGO_ALLOWED_HOSTS": "example.org", "PATH": "/usr/bin:/bin",
           "DJANGO_SETTINGS_MODULE": "mscommunity.settings"}
    out = subprocess.run([sys.executable, "-c", f"import django; django.setup(); {code}"], env=env,
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


QUEUE = "/admin/moderation/moderationcase/"


def test_the_admin_login_is_allauths_and_asks_for_the_code(client, moderator):
    from tests.conftest import PASSWORD

    secret = give_totp(moderator)
    response = client.get(f"/admin/login/?next={QUEUE}")
    assert response.status_code == 302 and response["Location"] == f"/accounts/login/?next={QUEUE.replace('/', '%2F')}"
    # The admin's own form no longer signs anyone in with a password alone.
    response = client.post(f"/admin/login/?next={QUEUE}", {"username": moderator.username, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert "_auth_user_id" not in client.session
    assert client.get(QUEUE).status_code == 302
    # allauth's sign-in asks for the code before the queue opens.
    response = client.post(f"/accounts/login/?next={QUEUE}", {"login": moderator.username, "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/accounts/2fa/authenticate/"
    assert client.get(QUEUE)["Location"].startswith("/admin/login/")
    response = client.post("/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert response.status_code == 302 and response["Location"] == QUEUE
    assert client.get(QUEUE).status_code == 200


def test_a_session_that_skipped_the_code_is_sent_to_enter_it(client, moderator, settings):
    """An account with an app is not enough: this session must have passed it
    (a session opened by the old admin form, or any other way, has not)."""
    settings.TEAM_MFA_REQUIRED = True
    secret = give_totp(moderator)
    client.force_login(moderator)
    response = client.get(QUEUE)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/reauthenticate/?next=%2Fadmin%2Fmoderation%2Fmoderationcase%2F"
    response = client.post(response["Location"], {"code": current_code(secret)})
    assert response.status_code == 302 and response["Location"] == QUEUE
    assert client.get(QUEUE).status_code == 200


def test_forced_setup_straight_after_signing_in_asks_no_password_again(client, moderator, settings):
    settings.TEAM_MFA_REQUIRED = True
    login(client, moderator)
    assert client.get(QUEUE)["Location"] == "/accounts/2fa/totp/activate/"
    response = client.get("/accounts/2fa/totp/activate/")
    assert response.status_code == 200  # the set-up page itself, not "enter your password again"
    response = client.post("/accounts/2fa/totp/activate/", {"code": current_code(client.session[SECRET_SESSION_KEY])})
    assert response.status_code == 302 and "/reauthenticate/" not in response["Location"]
    assert client.get(QUEUE).status_code == 200


def test_a_stale_sign_in_still_needs_the_password_for_setup(client, moderator, settings):
    import allauth.account.internal.flows.login as login_flow

    settings.TEAM_MFA_REQUIRED = True
    login(client, moderator)
    session = client.session
    for record in session[login_flow.AUTHENTICATION_METHODS_SESSION_KEY]:
        record["at"] -= 3600
    session.save()
    response = client.get("/accounts/2fa/totp/activate/")
    assert response.status_code == 302 and "/reauthenticate/" in response["Location"]
