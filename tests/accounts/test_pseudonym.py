"""Members change their pseudonym from "Your account": the sign-up checks,
once per PSEUDONYM_CHANGE_DAYS, old names kept for moderators and audited."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.utils import timezone

from mscommunity.accounts.models import PseudonymHistory, User
from mscommunity.accounts.services import pseudonym_change
from mscommunity.moderation.models import AuditEvent
from tests.conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def _change(client, name, **extra):
    return client.post("/account/", {"pseudonym": name, **extra})


def test_account_page_has_every_section_and_the_header_links_to_it(member_client):
    page = member_client.get("/account/").content.decode()
    for text in ("Your pseudonym", "New pseudonym", "/accounts/email/", "/accounts/password/change/", "/accounts/2fa/",
                 "/notifications/settings/", "/account/data/", "/account/delete/"):
        assert text in page, text
    assert '<a href="/account/">Your account</a>' in page


def test_the_account_page_needs_a_sign_in(client):
    assert client.get("/account/")["Location"].startswith("/accounts/login/")


def test_a_member_changes_their_pseudonym(member_client, member):
    response = _change(member_client, "quiet_heron")
    assert response.status_code == 302 and response["Location"] == "/account/"
    member.refresh_from_db()
    assert member.username == "quiet_heron"
    assert "Your pseudonym is now quiet_heron" in member_client.get("/account/").content.decode()
    history = PseudonymHistory.objects.get(member=member)
    assert (history.old_name, history.new_name) == ("verified_member", "quiet_heron")


@pytest.mark.parametrize("name, words", [
    ("jane.doe@example.org", "cannot be an e-mail address"),
    ("07700900123", "cannot be a phone number"),
    ("+1-312-555-0147", "cannot be a phone number"),
    ("moderator", "reserved"),
    ("ab", "at least 3 characters"),
])
def test_refused_names_say_why_and_keep_what_was_typed(member_client, member, name, words):
    response = _change(member_client, name)
    page = response.content.decode()
    assert response.status_code == 200
    assert words in page and "There is a problem" in page
    assert f'value="{name}"' in page
    member.refresh_from_db()
    assert member.username == "verified_member" and not PseudonymHistory.objects.exists()


def test_a_name_already_taken_is_refused_in_any_casing(member_client, member):
    make_user("Quiet_Heron")
    page = _change(member_client, "quiet_heron").content.decode()
    assert "That pseudonym is taken" in page and 'value="quiet_heron"' in page
    member.refresh_from_db()
    assert member.username == "verified_member"


def test_an_earlier_name_stays_its_owners(member, client):
    other = make_user("other_member")
    pseudonym_change(member=member, new_name="quiet_heron", confirm_real_name=False)
    client.force_login(other)
    assert "That pseudonym is taken" in _change(client, "verified_member").content.decode()
    # Nor can a newcomer sign up with it.
    client.logout()
    response = client.post("/accounts/signup/", {"username": "Verified_Member", "email": "new@example.org",
                                                  "password1": PASSWORD, "password2": PASSWORD})
    assert response.status_code == 200 and "already exists" in response.content.decode()
    assert not User.objects.filter(email="new@example.org").exists()


def test_a_real_full_name_needs_the_confirmation(member_client, member):
    page = _change(member_client, "JaneSmithson").content.decode()
    assert "looks like a real first and last name" in page
    assert "This is my real name, and I want everyone to see it" in page and 'value="JaneSmithson"' in page
    member.refresh_from_db()
    assert member.username == "verified_member"
    assert _change(member_client, "JaneSmithson", keep_real_name="on").status_code == 302
    member.refresh_from_db()
    assert member.username == "JaneSmithson"


def test_the_same_name_is_no_change(member_client, member):
    assert "That is your pseudonym already" in _change(member_client, "verified_member").content.decode()


def test_once_per_thirty_days(member_client, member):
    assert _change(member_client, "quiet_heron").status_code == 302
    page = member_client.get("/account/").content.decode()
    assert "You can change it again from" in page and "New pseudonym" not in page
    page = _change(member_client, "second_name").content.decode()
    assert "You changed your pseudonym recently" in page and 'value="second_name"' in page
    member.refresh_from_db()
    assert member.username == "quiet_heron"
    PseudonymHistory.objects.update(changed_at=timezone.now() - timedelta(days=31))
    assert _change(member_client, "second_name").status_code == 302
    assert list(PseudonymHistory.objects.filter(member=member).values_list("old_name", flat=True)) == [
        "quiet_heron", "verified_member"]


def test_the_service_refuses_too_soon_too(member):
    pseudonym_change(member=member, new_name="quiet_heron", confirm_real_name=False)
    with pytest.raises(ValidationError) as refused:
        pseudonym_change(member=member, new_name="second_name", confirm_real_name=False)
    assert refused.value.code == "too_soon"


def test_tries_are_rate_limited_in_the_cache(member_client, member):
    make_user("taken_name")
    for _ in range(5):
        assert _change(member_client, "taken_name").status_code == 200
    response = _change(member_client, "free_name")
    assert response.status_code == 429 and "Retry-After" in response
    page = response.content.decode()
    assert "tried several names in a short time" in page and 'value="free_name"' in page
    member.refresh_from_db()
    assert member.username == "verified_member"


def test_the_change_is_audited_with_the_names_only(member):
    pseudonym_change(member=member, new_name="quiet_heron", confirm_real_name=False)
    event = AuditEvent.objects.get(action="member.pseudonym_changed")
    assert event.actor == member and event.object_id == member.pk
    assert event.content_type == ContentType.objects.get_for_model(User)
    assert event.detail == {"old_name": "verified_member", "new_name": "quiet_heron"}
    assert member.email not in str(event.detail)


def test_leaving_erases_the_names_from_the_audit(member):
    from mscommunity.accounts.data_rights import delete_account

    pseudonym_change(member=member, new_name="quiet_heron", confirm_real_name=False)
    delete_account(user=member, remove_content=False)
    assert not PseudonymHistory.objects.exists()
    event = AuditEvent.objects.get(action="member.pseudonym_changed")
    assert "quiet_heron" not in str(event.detail) and "verified_member" not in str(event.detail)


def test_the_member_finds_their_earlier_names_in_their_data(member_client, member):
    pseudonym_change(member=member, new_name="quiet_heron", confirm_real_name=False)
    data = member_client.get("/account/data.json").json()
    assert data["account"]["earlier_usernames"][0]["username"] == "verified_member"


def test_old_names_are_for_moderators_only(client, member, moderator, editor, article):
    from threads.services import comment_create

    comment_create(author=member, article=article, parent=None, text="We went to the information day.")
    pseudonym_change(member=member, new_name="quiet_heron", confirm_real_name=False)
    client.force_login(moderator)
    page = client.get("/admin/accounts/pseudonymhistory/").content.decode()
    assert "verified_member" in page and "quiet_heron" in page
    client.force_login(editor)
    assert client.get("/admin/accounts/pseudonymhistory/").status_code == 403
    client.force_login(make_user("a_reader"))
    assert client.get("/admin/accounts/pseudonymhistory/").status_code == 302
    public = client.get(article.get_absolute_url()).content.decode()
    assert "quiet_heron" in public and "verified_member" not in public
    client.logout()
    assert "verified_member" not in client.get(article.get_absolute_url()).content.decode()
