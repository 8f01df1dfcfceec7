"""The gentle help: weaker signs of distress hold the post for a person and show the
crisis resources under "If you're having a hard time"; a crisis shows them by the post too.
Both are counted in the log without member text."""

import logging

import pytest
from django.core import mail

from mscommunity.moderation.models import ModerationCase, PolicyRule
from threads.models import Comment

pytestmark = pytest.mark.django_db

DISTRESS = "Feeling so hopeless after the neuro appointment today. Just needed to say it somewhere."
CRISIS = "Dont want to wake up tomorrow. I keep looking at the pills in the drawer, I have saved enough."


def test_the_distress_policy_row_is_data(db):
    row = PolicyRule.objects.get(reason_code="distress")
    assert row.condition == "distress and not crisis" and row.action == "hold" and row.priority == 1


def test_distress_holds_the_post_and_shows_the_gentle_box(client, member, moderator, article, caplog):
    client.force_login(member)
    with caplog.at_level(logging.INFO, logger="mscommunity.safety.help"):
        response = client.post("/articles/trial-news/comments/", {"text": DISTRESS},
                               HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")
    assert response["Location"].startswith("/help/now/") and "kind=distress" in response["Location"]
    page = client.get(response["Location"], HTTP_ACCEPT_LANGUAGE="en-GB").content.decode()
    assert "If you’re having a hard time" in page and "116 123" in page and "988" in page
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.HELD and comment.support == "distress"
    case = ModerationCase.objects.get()
    assert {r.code for r in case.reasons.all()} == {"distress"} and case.priority == 1
    assert not [m for m in mail.outbox if moderator.email in m.to], "distress is not an urgent alert"
    thread = client.get("/articles/trial-news/").content.decode()
    assert "If you’re having a hard time" in thread and "116 123" in thread
    assert "path=distress" in caplog.text and "hopeless" not in caplog.text


def test_crisis_shows_the_resources_by_the_held_post_to_its_author(client, member, article, caplog):
    client.force_login(member)
    with caplog.at_level(logging.INFO, logger="mscommunity.safety.help"):
        response = client.post("/articles/trial-news/comments/", {"text": CRISIS})
    assert response["Location"].startswith("/help/now/") and "kind=distress" not in response["Location"]
    comment = Comment.objects.get()
    assert comment.support == "crisis" and ModerationCase.objects.get().priority == 0
    thread = client.get("/articles/trial-news/").content.decode()
    assert "Help is available now" in thread and "emergency number" in thread
    assert "path=crisis" in caplog.text and "pills" not in caplog.text
