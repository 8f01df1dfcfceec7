import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from mscommunity.moderation.models import Flag, ModerationCase
from tests.conftest import make_user
from threads.models import Comment
from threads.services import comment_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def comment(member, article):
    return comment_create(author=member, article=article, parent=None, text="My cousin swears by bee stings.").comment


def flag(client, user, comment, reason="unkind"):
    client.force_login(user)
    return client.post(f"/articles/trial-news/comments/{comment.pk}/flag/", {"reason": reason}, follow=True)


def test_flag_page_is_a_form_with_a_fieldset(client, comment):
    client.force_login(make_user("reader"))
    html = client.get(f"/articles/trial-news/comments/{comment.pk}/flag/").content.decode()
    assert "<fieldset" in html and "<legend>" in html and 'type="radio"' in html


def test_flag_without_reason_shows_an_error(client, comment):
    client.force_login(make_user("reader"))
    response = client.post(f"/articles/trial-news/comments/{comment.pk}/flag/", {})
    assert b"Choose why you are flagging" in response.content and b"<title>Error:" in response.content
    assert not Flag.objects.exists()


def test_three_members_hide_a_comment_and_queue_it(client, comment, settings):
    settings.MODERATION_FLAGS_TO_HIDE = 3
    for name in ("a_reader", "b_reader"):
        flag(client, make_user(name), comment)
    comment.refresh_from_db()
    # Each flag opens the case (or adds to it); the post stays up until the policy's number of flags.
    assert comment.status == Comment.Status.PUBLISHED
    case = ModerationCase.objects.get()
    assert case.is_open and {"flagged", "flag_unkind"} <= {r.code for r in case.reasons.all()}
    assert "flagged by members" in {r.text for r in case.reasons.all()}
    response = flag(client, make_user("c_reader"), comment, reason="medical_advice")
    assert b"The moderators will look" in response.content
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HELD
    case = ModerationCase.objects.get()
    assert {"flagged", "flag_unkind", "flag_medical_advice"} <= {r.code for r in case.reasons.all()}


def test_a_member_flags_once_and_never_their_own(client, member, comment):
    reader = make_user("reader")
    flag(client, reader, comment)
    response = flag(client, reader, comment)
    assert b"already flagged" in response.content
    assert Flag.objects.count() == 1
    response = flag(client, member, comment)
    assert b"cannot flag your own" in response.content


def test_a_crisis_flag_alerts_moderators_at_once(client, comment, moderator, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        flag(client, make_user("worried_reader"), comment, reason="crisis")
    case = ModerationCase.objects.get()
    assert case.priority == 0
    assert any(moderator.email in m.to and "danger" in m.subject for m in mail.outbox)


def test_anonymous_visitors_cannot_flag(client, comment):
    response = client.post(f"/articles/trial-news/comments/{comment.pk}/flag/", {"reason": "spam"})
    assert response.status_code == 302 and not Flag.objects.exists()


# --- flags never bring back what is out of sight ----------------------------------------

@pytest.fixture
def answered(comment, article):
    """``comment`` with a published reply, so removing or deleting it leaves a tombstone."""
    reply = comment_create(author=make_user("replier"), article=article, parent=comment, text="Thanks for this.")
    return comment, reply.comment


@pytest.mark.parametrize("how", ["removed", "deleted"])
def test_flags_on_a_removed_or_deleted_comment_are_refused(client, answered, member, moderator, settings, how):
    from threads.services import comment_delete, comment_remove

    settings.MODERATION_FLAGS_TO_HIDE = 3
    comment, _ = answered
    if how == "removed":
        comment_remove(moderator=moderator, comment=comment, reason="it was unkind")
    else:
        comment_delete(member=member, comment=comment)
    from mscommunity.moderation.services import content_flag

    for name in ("a_reader", "b_reader", "c_reader"):
        with pytest.raises(ValidationError, match="cannot be flagged"):
            content_flag(content=Comment.objects.get(pk=comment.pk), member=make_user(name), reason="unkind")
    comment.refresh_from_db()
    assert comment.status == how
    assert not Flag.objects.exists()
    assert not ModerationCase.objects.exclude(status=ModerationCase.Status.DECIDED).exists()
    # The tombstone and its replies are still in the thread, and the author sees no text come back.
    client.force_login(member)
    page = client.get("/articles/trial-news/").content.decode()
    assert f'id="comment-{comment.pk}"' in page and "Thanks for this." in page
    assert "bee stings" not in page


def test_flags_on_a_comment_waiting_for_review_are_refused(comment, settings):
    from mscommunity.moderation.services import content_flag

    settings.MODERATION_FLAGS_TO_HIDE = 1
    content_flag(content=comment, member=make_user("first_reader"), reason="spam")
    comment.refresh_from_db()
    assert comment.status == Comment.Status.HELD
    with pytest.raises(ValidationError, match="not shown to members any more"):
        content_flag(content=comment, member=make_user("second_reader"), reason="spam")
    assert Flag.objects.count() == 1


def test_approving_a_case_never_republishes_a_removed_comment(answered, moderator, settings):
    from mscommunity.moderation.services import case_decide, case_open
    from threads.services import comment_remove

    comment, _ = answered
    comment_remove(moderator=moderator, comment=comment, reason="it shares someone's address")
    # A case about it opened by any path (an old flag case, a race): approving it must not publish it.
    case = case_open(content=comment, author=comment.author, reasons=[("flagged", "3 member(s) flagged it")],
                     priority=20, pipeline_decision="hold", evidence={})
    with pytest.raises(ValidationError, match="removed by a moderator"):
        case_decide(case=case, moderator=moderator, decision=ModerationCase.Decision.APPROVED)
    comment.refresh_from_db()
    case.refresh_from_db()
    assert comment.status == Comment.Status.REMOVED and case.is_open


def test_the_flag_page_of_a_removed_comment_is_not_found(client, comment, moderator):
    from threads.services import comment_remove

    comment_remove(moderator=moderator, comment=comment, reason="spam")
    client.force_login(make_user("reader"))
    response = client.post(f"/articles/trial-news/comments/{comment.pk}/flag/", {"reason": "spam"})
    assert response.status_code == 404 and b"bee stings" not in response.content
    assert not Flag.objects.exists()
