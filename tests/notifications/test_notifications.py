import io
import logging

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from mscommunity.notifications.emails import unsubscribe_token
from mscommunity.notifications.models import Notification, OutgoingEmail
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


def test_a_failing_mail_server_loses_nothing_and_the_command_retries(
    member, settings, caplog, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.notifications.failing_backend.FailingBackend"
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        notify(recipient=member, kind="test", message="Your comment is public.")
    assert Notification.objects.filter(recipient=member).count() == 1
    queued = OutgoingEmail.objects.get()
    assert queued.sent_at is None and queued.attempts == 1 and queued.last_error == "ConnectionRefusedError"
    assert "could not be sent" in caplog.text and member.email not in caplog.text
    # The server is back; the scheduled command sends what is due.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    OutgoingEmail.objects.update(next_attempt_at=timezone.now())
    out = io.StringIO()
    call_command("send_notifications", stdout=out)
    assert "1 e-mail(s) sent" in out.getvalue()
    assert len(mail.outbox) == 1
    queued.refresh_from_db()
    assert queued.sent_at is not None


def test_email_is_sent_after_commit_with_text_html_and_unsubscribe(member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notify(recipient=member, kind="test", message="Someone replied to your comment.", url="/articles/x/")
    assert mail.outbox == [] and len(callbacks) == 1
    callbacks[0]()
    message = mail.outbox[0]
    assert "Someone replied to your comment." in message.body
    assert message.alternatives and message.alternatives[0][1] == "text/html"
    link = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link in message.body and link in message.alternatives[0][0]


def test_one_click_unsubscribe_works_without_login(client, member):
    token = unsubscribe_token(member)
    page = client.get(f"/notifications/unsubscribe/{token}/")
    assert page.status_code == 200 and b"Stop e-mails" in page.content
    member.refresh_from_db()
    assert member.email_mode == "immediate"  # a GET (link scanner) changes nothing
    enforced = Client(enforce_csrf_checks=True)
    response = enforced.post(f"/notifications/unsubscribe/{token}/", {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    member.refresh_from_db()
    assert member.email_mode == "off"


def test_a_forged_unsubscribe_token_is_refused(client, member):
    token = unsubscribe_token(member)[:-2] + "xx"
    assert client.post(f"/notifications/unsubscribe/{token}/").status_code == 404


def test_daily_digest_members_get_one_email(member, django_capture_on_commit_callbacks):
    member.email_mode = "daily"
    member.save()
    with django_capture_on_commit_callbacks(execute=True):
        notify(recipient=member, kind="test", message="First thing")
        notify(recipient=member, kind="test", message="Second thing")
    assert mail.outbox == []
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_notifications", "--digest", stdout=out)
    assert "1 digest(s) queued" in out.getvalue()
    assert len(mail.outbox) == 1
    assert "First thing" in mail.outbox[0].body and "Second thing" in mail.outbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_notifications", "--digest", stdout=io.StringIO())
    assert len(mail.outbox) == 1  # nothing twice


def test_members_choose_their_email_mode(client, member):
    client.force_login(member)
    client.post("/notifications/settings/", {"email_mode": "daily"})
    member.refresh_from_db()
    assert member.email_mode == "daily"


def test_thread_fan_out_is_mailed_by_a_background_task(run_worker, member, article, settings, django_capture_on_commit_callbacks):
    from tests.conftest import make_user
    from threads.services import comment_create

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    followers = [make_user(f"follower_{n}") for n in range(3)]
    from mscommunity.notifications.services import follow

    for follower in followers:
        follow(user=follower, target=article)
    with django_capture_on_commit_callbacks(execute=True):
        comment_create(author=member, article=article, parent=None, text="News for everyone")
    assert Notification.objects.filter(kind="thread").count() == 3
    assert mail.outbox == []  # the request did not wait for three e-mails: a task was queued
    with django_capture_on_commit_callbacks(execute=True):  # the fan-out task commits, queuing one task per e-mail
        run_worker()
    run_worker()
    assert sorted(m.to[0] for m in mail.outbox) == sorted(f.email for f in followers)


def test_the_command_still_sends_what_is_waiting(member, django_capture_on_commit_callbacks):
    from mscommunity.notifications.services import notify_many

    notify_many(recipients=[member], kind="thread", message="Waiting", url="/")  # no commit: no task ran
    out = io.StringIO()
    call_command("send_notifications", stdout=out)
    assert "1 notification e-mail(s)" in out.getvalue() and len(mail.outbox) == 1
