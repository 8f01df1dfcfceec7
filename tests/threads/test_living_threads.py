"""Edits with history, tombstones, moderator removal, reactions, following."""

import pytest
from django.core import mail
from django.utils import timezone

from mscommunity.moderation.models import AuditEvent, ModerationCase
from mscommunity.notifications.models import Notification
from tests.conftest import make_user
from threads.models import Comment, CommentRevision, Reaction
from threads.services import comment_create

pytestmark = pytest.mark.django_db

ADVICE = "You should stop Tysabri now and go to Mexico for HSCT. I highly recommend it to anyone with MS."


def create(author, article, text, parent=None):
    return comment_create(author=author, article=article, parent=parent, text=text).comment


# --- edits -------------------------------------------------------------------

def test_edit_runs_the_pipeline_again_keeps_a_revision_and_shows_edited(client, member, article):
    comment = create(member, article, "Fatigue is better since spring.")
    client.force_login(member)
    response = client.post(
        f"/articles/trial-news/comments/{comment.pk}/edit/",
        {"text": "Fatigue is better since spring. Text me on (440) 555-0123."},
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.body == "Fatigue is better since spring. Text me on [phone number removed]."
    assert comment.edited_at is not None
    revision = CommentRevision.objects.get(comment=comment)
    assert revision.body == "Fatigue is better since spring." and revision.edited_by == member
    assert AuditEvent.objects.filter(action="comment.edited", actor=member).exists()
    page = client.get("/articles/trial-news/").content.decode()
    assert 'class="edited">edited' in page and "555-0123" not in page


def test_an_edit_can_change_the_decision(client, member, article):
    comment = create(member, article, "I had my infusion today.")
    client.force_login(member)
    client.post(f"/articles/trial-news/comments/{comment.pk}/edit/",
                {"text": ADVICE})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HELD
    assert ModerationCase.objects.filter(object_id=comment.pk, status="open").exists()


def test_edit_with_errors_keeps_the_text(client, member, article):
    comment = create(member, article, "Original words")
    client.force_login(member)
    response = client.post(f"/articles/trial-news/comments/{comment.pk}/edit/", {"text": "Original words"})
    assert b"You have not changed anything." in response.content and b"<title>Error:" in response.content
    assert not CommentRevision.objects.exists()


def test_the_edit_window_closes_but_moderators_can_always_edit(client, member, moderator, article, settings):
    comment = create(member, article, "Old words")
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timezone.timedelta(hours=25))
    client.force_login(member)
    client.post(f"/articles/trial-news/comments/{comment.pk}/edit/", {"text": "New words"})
    comment.refresh_from_db()
    assert comment.body == "Old words"
    client.force_login(moderator)
    client.post(f"/articles/trial-news/comments/{comment.pk}/edit/", {"text": "Words a moderator fixed"})
    comment.refresh_from_db()
    assert comment.body == "Words a moderator fixed"
    assert CommentRevision.objects.get().edited_by == moderator


def test_nobody_edits_someone_elses_comment(client, member, article):
    comment = create(member, article, "Mine")
    client.force_login(make_user("intruder"))
    assert client.get(f"/articles/trial-news/comments/{comment.pk}/edit/").status_code == 404
    assert client.post(f"/articles/trial-news/comments/{comment.pk}/edit/", {"text": "Yours"}).status_code == 404
    comment.refresh_from_db()
    assert comment.body == "Mine"


def test_moderators_read_the_revision_history_in_the_admin(client, member, moderator, article):
    comment = create(member, article, "First version")
    client.force_login(member)
    client.post(f"/articles/trial-news/comments/{comment.pk}/edit/", {"text": "Second version"})
    client.force_login(moderator)
    page = client.get(f"/admin/threads/comment/{comment.pk}/change/").content.decode()
    assert "First version" in page and "Second version" in page


# --- deletion and tombstones ----------------------------------------------------

def test_deleting_a_comment_with_nested_replies_leaves_a_tombstone(client, member, article):
    other = make_user("other_member")
    top = create(member, article, "Top words")
    reply = create(other, article, "A reply", parent=top)
    create(member, article, "A reply to the reply", parent=reply)
    client.force_login(member)
    client.post(f"/articles/trial-news/comments/{top.pk}/delete/")
    top.refresh_from_db()
    assert top.status == Comment.Status.DELETED and top.body == "" and top.body_html == ""
    page = client.get("/articles/trial-news/").content.decode()
    assert "Deleted by its author" in page and "Top words" not in page
    assert "A reply" in page and "A reply to the reply" in page
    assert AuditEvent.objects.filter(action="comment.deleted_by_author").exists()


def test_deleting_a_comment_without_replies_removes_it_and_empty_tombstones_above(client, member, article):
    other = make_user("other_member")
    top = create(member, article, "Top words")
    reply = create(other, article, "Only reply", parent=top)
    client.force_login(member)
    client.post(f"/articles/trial-news/comments/{top.pk}/delete/")
    assert Comment.objects.get(pk=top.pk).status == Comment.Status.DELETED
    client.force_login(other)
    client.post(f"/articles/trial-news/comments/{reply.pk}/delete/")
    assert not Comment.objects.exists()  # nothing left to keep the tombstone for
    events = AuditEvent.objects.filter(action="comment.deleted_by_author")
    assert events.count() == 2  # nothing disappears without an audit entry


def test_only_the_author_deletes(client, member, article):
    comment = create(member, article, "Mine")
    client.force_login(make_user("intruder"))
    assert client.post(f"/articles/trial-news/comments/{comment.pk}/delete/").status_code == 404
    assert Comment.objects.filter(pk=comment.pk, status="published").exists()


def test_moderator_removes_with_a_reason_and_the_author_is_told(
    client, member, moderator, article, django_capture_on_commit_callbacks
):
    comment = create(member, article, "Something unkind")
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/articles/trial-news/comments/{comment.pk}/remove/", {"reason": "it is unkind to another member"})
    comment.refresh_from_db()
    assert comment.status == Comment.Status.REMOVED
    note = Notification.objects.get(recipient=member, kind="removed")
    assert "it is unkind to another member" in note.message
    assert any(member.email in m.to for m in mail.outbox)
    page = client.get("/articles/trial-news/").content.decode()
    assert "Removed by a moderator" in page and "Something unkind" not in page


def test_members_cannot_remove(client, member, article):
    comment = create(member, article, "Words")
    client.force_login(make_user("someone"))
    assert client.post(f"/articles/trial-news/comments/{comment.pk}/remove/", {"reason": "x"}).status_code == 403


# --- reactions -------------------------------------------------------------------

def test_reactions_toggle_one_of_each_kind_and_show_counts(client, member, article):
    comment = create(member, article, "Cooling vests help me.")
    reader = make_user("reader")
    client.force_login(reader)
    url = f"/articles/trial-news/comments/{comment.pk}/react/"
    client.post(url, {"kind": "helpful"})
    client.post(url, {"kind": "me_too"})
    assert Reaction.objects.filter(comment=comment).count() == 2
    page = client.get("/articles/trial-news/").content.decode()
    assert f'name="{comment.pk}h" aria-pressed="true">Helpful 1</button>' in page
    client.post(url, {"kind": "helpful"})  # pressed again: taken back
    assert list(Reaction.objects.values_list("kind", flat=True)) == ["me_too"]


def test_no_reactions_to_ones_own_comment_and_no_unknown_kinds(client, member, article):
    comment = create(member, article, "Mine")
    client.force_login(member)
    client.post(f"/articles/trial-news/comments/{comment.pk}/react/", {"kind": "helpful"})
    client.force_login(make_user("reader"))
    client.post(f"/articles/trial-news/comments/{comment.pk}/react/", {"kind": "dislike"})
    assert not Reaction.objects.exists()


# --- following and notifications ---------------------------------------------------

def test_a_reply_notifies_the_parent_author(member, article):
    parent = create(member, article, "Question about cooling vests")
    create(make_user("helper"), article, "I use one daily", parent=parent)
    note = Notification.objects.get(recipient=member, kind="reply")
    assert "helper replied to your comment" in note.message


def test_commenting_follows_the_thread_and_followers_hear_of_new_comments(member, article):
    create(member, article, "First")
    create(make_user("second_writer"), article, "Second")
    assert Notification.objects.filter(recipient=member, kind="thread").count() == 1


def test_following_without_posting_and_muting(client, member, article):
    reader = make_user("quiet_reader")
    client.force_login(reader)
    client.post("/articles/trial-news/follow/", {"follow": "1"})
    create(member, article, "News from me")
    assert Notification.objects.filter(recipient=reader).count() == 1
    client.post("/articles/trial-news/follow/", {"follow": "0"})
    create(make_user("third"), article, "More news")
    assert Notification.objects.filter(recipient=reader).count() == 1


def test_muting_a_thread_silences_replies_to_you_there(client, member, article):
    mine = create(member, article, "My comment")
    client.force_login(member)
    client.post("/articles/trial-news/follow/", {"follow": "0"})
    create(make_user("replier"), article, "A reply to you", parent=mine)
    assert not Notification.objects.filter(recipient=member).exists()
    create(member, article, "Another comment of mine")  # posting again does not undo the mute
    create(make_user("replier2"), article, "Yet another")
    assert not Notification.objects.filter(recipient=member).exists()


def test_held_comments_notify_only_when_approved(client, member, moderator, article):
    follower = make_user("follower")
    client.force_login(follower)
    client.post("/articles/trial-news/follow/", {"follow": "1"})
    held = create(member, article, ADVICE)
    assert held.status == Comment.Status.HELD
    assert not Notification.objects.filter(recipient=follower).exists()
    from mscommunity.moderation.services import case_decide

    case_decide(case=ModerationCase.objects.get(), moderator=moderator, decision="approved_labeled")
    assert Notification.objects.filter(recipient=follower, kind="thread").count() == 1


def test_visitors_see_only_reactions_that_exist(client, member, article):
    quiet = create(member, article, "No reactions here")
    liked = create(member, article, "Reacted to")
    reader = make_user("reader")
    client.force_login(reader)
    client.post(f"/articles/trial-news/comments/{liked.pk}/react/", {"kind": "thanks"})
    client.logout()
    html = client.get("/articles/trial-news/").content.decode()
    quiet_part = html[html.index(f'id="comment-{quiet.pk}"'):html.index(f'id="comment-{liked.pk}"')]
    assert 'class="rc"' not in quiet_part
    assert '<p class="rc"><span>Thank you 1</span></p>' in html
    assert "Helpful <span" not in html
