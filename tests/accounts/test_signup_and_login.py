import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from mscommunity.accounts.models import User
from tests.conftest import PASSWORD
from threads.models import Comment

pytestmark = pytest.mark.django_db


def sign_up(client, username="quiet_reader", email="reader@example.com"):
    return client.post(
        "/accounts/signup/",
        {"username": username, "email": email, "password1": PASSWORD, "password2": PASSWORD},
    )


def test_signup_verify_then_post(client, article):
    response = sign_up(client)
    assert response.status_code == 302
    user = User.objects.get(username="quiet_reader")
    assert not EmailAddress.objects.get(user=user).verified
    # Logged in but not verified: posting is refused.
    client.post("/articles/trial-news/comments/", {"text": "Hello"})
    assert Comment.objects.count() == 0
    # Follow the link in the e-mail.
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["reader@example.com"]
    link = re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+", mail.outbox[0].body).group(0)
    path = link.split("testserver", 1)[1]
    assert client.get(path).status_code == 200
    assert client.post(path).status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    client.post("/articles/trial-news/comments/", {"text": "Hello"})
    assert Comment.objects.get().author == user


def test_signup_errors_are_summarised_and_keep_input(client):
    response = client.post("/accounts/signup/", {"username": "x", "email": "not-an-email", "password1": "a"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: " in html and "There is a problem" in html
    assert 'value="not-an-email"' in html


def test_reserved_pseudonyms_are_refused(client):
    response = sign_up(client, username="Moderator")
    assert response.status_code == 200
    assert b"That name is reserved" in response.content
    assert not User.objects.filter(username__iexact="moderator").exists()


def test_login_with_username_or_email_and_logout(client, member):
    assert client.post("/accounts/login/", {"login": "verified_member", "password": PASSWORD}).status_code == 302
    client.post("/accounts/logout/")
    assert client.post("/accounts/login/", {"login": "verified_member@example.com", "password": PASSWORD}).status_code == 302
    assert "_auth_user_id" in client.session


def test_password_reset_sends_a_link(client, member):
    response = client.post("/accounts/password/reset/", {"email": "verified_member@example.com"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert "/accounts/password/reset/key/" in mail.outbox[0].body


def test_real_looking_name_is_caught_on_the_form_before_the_account_exists(client):
    response = sign_up(client, username="JaneSmithson", email="jane@example.com")
    html = response.content.decode()
    assert response.status_code == 200 and "<title>Error: " in html
    assert "“JaneSmithson” looks like a real first and last name" in html
    assert 'name="keep_real_name"' in html and 'type="checkbox"' in html
    assert not User.objects.filter(username="JaneSmithson").exists()
    # The member may pick another name...
    assert sign_up(client, username="lakeside_jane", email="jane@example.com").status_code == 302
    client.post("/accounts/logout/")
    # ...or confirm this one; either way no warning follows sign-up.
    response = client.post(
        "/accounts/signup/",
        {"username": "JaneSmithson", "email": "jane2@example.com", "password1": PASSWORD, "password2": PASSWORD,
         "keep_real_name": "on"},
    )
    assert response.status_code == 302
    assert User.objects.filter(username="JaneSmithson").exists()
    assert "looks like a real" not in client.get("/").content.decode()


def test_pseudonym_gets_no_warning(client):
    response = sign_up(client, username="lakeside_lou", email="lou@example.com")
    assert response.status_code == 302
    assert "looks like a real" not in client.get("/").content.decode()
    assert "keep_real_name" not in client.get("/accounts/signup/").content.decode()


@pytest.mark.parametrize(
    ("username", "message"),
    [
        ("jane.doe@gmail.com", "cannot be an e-mail address"),
        ("jane.doe@gmail", "cannot be an e-mail address"),
        ("07700 900123", "cannot be a phone number"),
        ("07700900123", "cannot be a phone number"),
        ("+1 312 555 0147", "cannot be a phone number"),
        ("lou_+44 7700 900123", "cannot be a phone number"),
    ],
)
def test_email_or_phone_as_username_is_refused_with_a_clear_message(client, username, message):
    response = sign_up(client, username=username, email="private@example.com")
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not User.objects.filter(email="private@example.com").exists()


def test_signup_form_explains_the_pseudonym_and_uses_autocomplete(client):
    html = client.get("/accounts/signup/").content.decode()
    assert "Choose a pseudonym, not your real name" in html
    assert 'autocomplete="email"' in html and 'autocomplete="new-password"' in html
    assert "placeholder=" not in html


def test_sign_in_form_uses_plain_labels_and_autocomplete(client):
    html = client.get("/accounts/login/").content.decode()
    assert "Username or e-mail address" in html and "Keep me signed in on this device" in html
    assert 'autocomplete="current-password"' in html and "<h1>Sign in</h1>" in html


def test_the_sign_in_page_offers_one_way_to_reset_the_password(client):
    html = client.get("/accounts/login/").content.decode()
    assert html.count("Forgot") == 1 and "Forgotten your password?" in html
