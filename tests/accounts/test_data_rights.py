"""Members' data rights: export everything; delete the account either way."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.sessions.models import Session

from mscommunity.accounts.models import User
from mscommunity.moderation.models import AuditEvent, Flag
from mscommunity.notifications.models import Follow, Notification
from tests.conftest import PASSWORD, make_user
from threads.models import Comment, Reaction
from threads.services import comment_create, comment_edit, reaction_toggle

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(member, article):
    """A member who wrote, edited, reacted, flagged and was notified."""
    other = make_user("other_member")
    mine = comment_create(author=member, article=article, parent=None, text="My first words").comment
    comment_edit(editor=member, comment=mine, text="My edited words")
    theirs = comment_create(author=other, article=article, parent=mine, text="A reply to you").comment
    reaction_toggle(member=member, comment=theirs, kind="thanks")
    from mscommunity.moderation.services import content_flag

    content_flag(content=theirs, member=member, reason="spam")
    lone = comment_create(author=member, article=article, parent=None, text="A lonely comment").comment
    return {"mine": mine, "theirs": theirs, "lone": lone, "other": other}


def test_export_has_everything_i_wrote_and_everything_stored_about_me(client, member, history):
    client.force_login(member)
    response = client.get("/account/data.json")
    assert response["Content-Disposition"].startswith("attachment")
    data = json.loads(response.content)
    assert data["account"]["username"] == member.username
    assert data["account"]["email_addresses"][0]["email"] == member.email
    texts = {c["text"] for c in data["comments"]}
    assert texts == {"My edited words", "A lonely comment"}
    edited = next(c for c in data["comments"] if c["text"] == "My edited words")
    assert edited["earlier_versions"][0]["text"] == "My first words"
    assert data["reactions"][0]["reaction"] == "Thank you"
    assert data["moderation"]["my_flags"][0]["reason"].startswith("It is spam")
    assert any("replied to your comment" in n["message"] for n in data["notifications"]["notifications"])
    assert data["notifications"]["following"]
    assert "A reply to you" not in json.dumps(data)  # others' words are theirs


def test_readable_export_page(client, member, history):
    client.force_login(member)
    page = client.get("/account/data/").content.decode()
    assert "My edited words" in page and "Earlier versions" in page and "Download it all" in page


def test_nobody_reads_another_members_export(client, member, history):
    client.force_login(history["other"])
    data = json.loads(client.get("/account/data.json").content)
    assert data["account"]["username"] == "other_member"
    assert "My edited words" not in json.dumps(data)
    client.logout()
    assert client.get("/account/data.json").status_code == 302


def test_delete_keeping_comments_as_former_member(client, member, history):
    client.force_login(member)
    member_pk = member.pk
    assert Session.objects.count() == 1
    response = client.post("/account/delete/", {"content": "keep", "password": PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(pk=member_pk).exists()
    assert not EmailAddress.objects.filter(email=member.email).exists()
    assert Session.objects.count() == 0
    kept = Comment.objects.get(pk=history["mine"].pk)
    assert kept.author is None and kept.body == "My edited words"
    assert not Reaction.objects.filter(member_id=member_pk).exists()
    assert not Flag.objects.filter(member_id=member_pk).exists()
    assert not Notification.objects.filter(recipient_id=member_pk).exists()
    assert not Follow.objects.filter(user_id=member_pk).exists()
    page = client.get("/articles/trial-news/").content.decode()
    assert "Former member" in page and "My edited words" in page
    event = AuditEvent.objects.get(action="member.deleted")
    assert event.actor is None and event.detail["comments_kept"] == 2
    assert member.username not in json.dumps(event.detail) and member.email not in json.dumps(event.detail)


def test_delete_removing_comments_keeps_threads_whole(client, member, history):
    client.force_login(member)
    client.post("/account/delete/", {"content": "remove", "password": PASSWORD})
    tombstone = Comment.objects.get(pk=history["mine"].pk)
    assert tombstone.status == Comment.Status.DELETED and tombstone.body == "" and tombstone.author is None
    assert not tombstone.revisions.exists()
    assert not Comment.objects.filter(pk=history["lone"].pk).exists()
    assert Comment.objects.get(pk=history["theirs"].pk).body == "A reply to you"
    event = AuditEvent.objects.get(action="member.deleted")
    assert event.detail["comments_removed"] == 2 and event.detail["tombstones"] == 1


def test_delete_needs_the_password_and_a_choice(client, member, history):
    client.force_login(member)
    response = client.post("/account/delete/", {"password": "wrong"})
    html = response.content.decode()
    assert "That password is not right." in html and "Choose what should happen" in html
    assert User.objects.filter(pk=member.pk).exists()


@pytest.mark.parametrize("choice", ["keep", "remove"])
def test_reports_are_exported_and_withdrawn_when_the_account_goes(client, member, choice):
    from tests.treatments.conftest import report_row
    from treatments.models import ExperienceReport

    report = report_row("ahsct", author=member, story="We went in 2018 and it helped.")
    client.force_login(member)
    data = json.loads(client.get("/account/data.json").content)
    assert data["treatment_reports"][0]["treatment"] == report.treatment.name
    assert data["treatment_reports"][0]["story"] == "We went in 2018 and it helped."
    client.post("/account/delete/", {"content": choice, "password": PASSWORD})
    report.refresh_from_db()
    assert report.status == ExperienceReport.Status.WITHDRAWN and report.author is None
    assert (report.story == "") == (choice == "remove")
