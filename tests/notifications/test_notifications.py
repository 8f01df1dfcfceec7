import logging

import pytest
from django.core import mail

from mscommunity.notifications.models import Notification
from mscommunity.notifications.services import notify

pytestmark = pytest.mark.django_db


def test_header_shows_unread_count_and_page_marks_read(client, member):
    notify(recipient=member, kind="test", message="A moderator approved your comment.", url="/")
    client.force_login(member)
    home = client.get("/").content.decode()
    assert "Notifications <span class=\"count\">(1" in home
    page = client.get("/notifications/").content.decode()
    assert "A moderator approved your comment." in page
    client.post("/notifications/")
    assert Notification.objects.get().read_at is not None
    assert '<span class="count">' not in client.get("/").content.decode()


def test_notifications_are_private(client, member):
    notify(recipient=member, kind="test", message="Only for you", email=False)
    assert client.get("/notifications/").status_code == 302
    from tests.conftest import make_user

    client.force_login(make_user("someone_else"))
    assert b"Only for you" not in client.get("/notifications/").content


def test_email_goes_after_commit_and_a_mail_failure_loses_nothing(
    member, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.notifications.failing_backend.FailingBackend"
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        notify(recipient=member, kind="test", message="Your comment is public.")
    assert Notification.objects.filter(recipient=member).count() == 1
    assert "Sending a notification e-mail failed" in caplog.text
    assert member.email not in caplog.text


def test_email_is_sent_after_commit(member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notify(recipient=member, kind="test", message="Hello")
    assert mail.outbox == [] and len(callbacks) == 1
    callbacks[0]()
    assert len(mail.outbox) == 1
