"""Logs never contain member text or personal data."""

import logging

import pytest

from threads.models import Comment

pytestmark = pytest.mark.django_db

SECRET_STORY = "Zebrafish-lantern story about my relapse"
PHONE = "(440) 555-0188"


def test_posting_editing_and_failing_log_no_member_text(client, member, article, caplog, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "comment_new_member": "1/60s/member"}
    client.force_login(member)
    with caplog.at_level(logging.DEBUG):
        client.post("/articles/trial-news/comments/", {"text": f"{SECRET_STORY}, call {PHONE}"})
        comment = Comment.objects.get()
        client.post(f"/articles/trial-news/comments/{comment.pk}/edit/", {"text": f"{SECRET_STORY} edited {PHONE}"})
        client.post("/articles/trial-news/comments/", {"text": f"{SECRET_STORY} again"})  # rate limited
        client.post("/articles/trial-news/comments/", {"text": ""})  # invalid
    logged = caplog.text + " ".join(str(r.args) for r in caplog.records)
    assert "Zebrafish-lantern" not in logged and "555-0188" not in logged
