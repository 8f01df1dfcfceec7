"""Notification tasks: idempotent, retried with back-off, never losing an e-mail."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from mscommunity.notifications import emails, tasks
from mscommunity.notifications.management.commands.run_worker import tick
from mscommunity.notifications.models import Notification, OutgoingEmail
from mscommunity.notifications.services import notify, notify_many

pytestmark = pytest.mark.django_db

FAILING = "tests.notifications.failing_backend.FailingBackend"
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _queued(member) -> OutgoingEmail:
    return emails.queue(recipient=member, subject="Hello", lines=["Hello"], send_now=False)


def test_delivering_twice_sends_once(member):
    email = _queued(member)
    assert tasks.deliver_email.call(email.pk) == "sent"
    assert tasks.deliver_email.call(email.pk) == "already sent"
    assert len(mail.outbox) == 1


def test_a_failure_is_retried_later_with_a_growing_delay(run_worker, member, settings):
    settings.TASKS = DATABASE_TASKS
    settings.EMAIL_BACKEND = FAILING
    email = _queued(member)
    before = timezone.now()
    assert tasks.deliver_email.call(email.pk) == "failed"
    email.refresh_from_db()
    assert email.sent_at is None and email.attempts == 1 and email.last_error == "ConnectionRefusedError"
    retry = DBTaskResult.objects.get(task_path="mscommunity.notifications.tasks.deliver_email")
    assert retry.run_after == email.next_attempt_at >= before + timedelta(minutes=10)
    assert emails.retry_delay(2) == 2 * emails.retry_delay(1)
    # the mail server is back: the retry sends it
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DBTaskResult.objects.update(run_after=timezone.now())
    run_worker()
    email.refresh_from_db()
    assert email.sent_at is not None and len(mail.outbox) == 1


def test_a_task_that_keeps_failing_leaves_the_email_for_staff(run_worker, member, settings, admin_client):
    settings.TASKS = DATABASE_TASKS
    settings.EMAIL_BACKEND = FAILING
    email = _queued(member)
    OutgoingEmail.objects.filter(pk=email.pk).update(attempts=emails.MAX_ATTEMPTS - 1)
    assert tasks.deliver_email.call(email.pk) == "failed"
    assert not DBTaskResult.objects.exists()  # no more retries
    assert tasks.deliver_email.call(email.pk) == "gave up"
    assert OutgoingEmail.objects.filter(pk=email.pk, sent_at__isnull=True).exists()  # never lost
    page = admin_client.get("/admin/notifications/outgoingemail/?state=failed").content.decode()
    assert "gave up" in page and "Hello" in page and member.email not in page
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    admin_client.post("/admin/notifications/outgoingemail/", {"action": "send_again", "_selected_action": [email.pk]})
    run_worker()
    email.refresh_from_db()
    assert email.sent_at is not None


def test_fan_out_tasks_are_idempotent(member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        notify_many(recipients=[member], kind="thread", message="Something new", url="/")
    ids = list(Notification.objects.values_list("pk", flat=True))
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.email_notifications.call(ids) == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.email_notifications.call(ids) == 0
    assert len(mail.outbox) == 1 and OutgoingEmail.objects.count() == 1


def test_the_sweep_sends_what_a_lost_task_left_behind(member):
    notify_many(recipients=[member], kind="thread", message="Lost fan-out", url="/")  # never committed: no task
    failed = _queued(member)
    OutgoingEmail.objects.filter(pk=failed.pk).update(attempts=1, next_attempt_at=timezone.now())
    assert tasks.send_due.call() == {"queued": 1, "sent": 2, "failed": 0}
    assert tasks.send_due.call() == {"queued": 0, "sent": 0, "failed": 0}


def test_digests_run_as_a_task_once(member, django_capture_on_commit_callbacks):
    member.email_mode = "daily"
    member.save()
    notify(recipient=member, kind="test", message="One thing")
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.send_daily_digests.call() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.send_daily_digests.call() == 0
    assert len(mail.outbox) == 1


def test_the_scheduler_claims_each_periodic_run_once(settings):
    settings.TASKS = DATABASE_TASKS
    settings.NOTIFICATIONS_DIGEST_HOUR = 7
    morning = timezone.now().replace(hour=8, minute=0)
    assert tick(morning) == ["send_due", "send_daily_digests"]
    assert tick(morning) == []  # a second worker in the same minute enqueues nothing
    assert tick(morning + timedelta(minutes=1)) == ["send_due"]
    assert DBTaskResult.objects.count() == 3


def test_immediate_mode_sends_at_commit(member, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        notify(recipient=member, kind="test", message="Now")
    assert len(mail.outbox) == 1
    out = io.StringIO()
    call_command("send_notifications", stdout=out)
    assert "0 e-mail(s) sent" in out.getvalue()
