import pytest
from django.core import mail

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
    assert comment.status == Comment.Status.PUBLISHED and not ModerationCase.objects.exists()
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
