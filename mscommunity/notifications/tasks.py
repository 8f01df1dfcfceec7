"""Background work for notifications, on Django's Tasks API (``django-tasks``
backport, database backend; ``manage.py run_worker`` runs them).

Every task is idempotent: it works from rows in the database (the outbox,
the notifications not yet e-mailed) and marks what it did under a row lock, so
a task run twice, or by two workers at once, sends nothing twice. A failed
send is retried with growing delays (``emails.retry_delay``) by re-enqueuing
the task with ``run_after``; after ``emails.MAX_ATTEMPTS`` the e-mail stays in
the outbox, visible to staff in the admin. ``send_due`` (run every minute by
the worker's scheduler) sweeps up anything a lost task left behind.

Arguments are primary keys only (JSON), never addresses or text.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from mscommunity.notifications import emails

logger = logging.getLogger(__name__)

FAN_OUT_CHUNK = 500


@task(priority=10)
def deliver_email(email_id: int) -> str:
    """Send one outbox e-mail (see ``emails.deliver_one``); on failure, enqueue
    the next try at its ``next_attempt_at`` when the backend can defer (the
    worker's sweep retries it otherwise). Returns the outcome."""
    outcome = emails.deliver_one(email_id)
    if outcome == "failed":
        _schedule_retry(email_id)
    return outcome


def _schedule_retry(email_id: int) -> None:
    from mscommunity.notifications.models import OutgoingEmail

    email = OutgoingEmail.objects.filter(pk=email_id).values("attempts", "next_attempt_at").first()
    if email is None or email["attempts"] >= emails.MAX_ATTEMPTS:
        logger.error("E-mail %s gave up after %s attempts; it stays in the outbox for staff", email_id,
                     email and email["attempts"])
        return
    if deliver_email.get_backend().supports_defer:
        deliver_email.using(run_after=email["next_attempt_at"]).enqueue(email_id)


@task()
def email_notifications(notification_ids: list[int]) -> int:
    """Queue and send e-mails for the notifications ``notification_ids`` that
    are not yet e-mailed and whose members want e-mail at once (thread
    fan-out). Idempotent. Returns how many e-mails were queued."""
    from mscommunity.notifications import services

    return services.email_pending_immediate(notification_ids=notification_ids)


@task()
def send_due() -> dict[str, int]:
    """The sweep: e-mail notifications still waiting (a lost fan-out task),
    and send every outbox e-mail whose retry is due."""
    from mscommunity.notifications import services

    pending = services.email_pending_immediate(send_now=False)
    sent, failed = emails.deliver()
    return {"queued": pending, "sent": sent, "failed": failed}


@task()
def send_daily_digests() -> int:
    """Queue and send the daily digests (idempotent: notifications are marked as e-mailed)."""
    from mscommunity.notifications import services

    return services.send_digests()


def enqueue_fan_out(notification_ids: list[int]) -> None:
    """After the commit, hand the fan-out e-mails of ``notification_ids`` to
    the workers in chunks. A failure to enqueue loses nothing: the sweep
    finds the notifications still un-e-mailed."""

    def _enqueue() -> None:
        for start in range(0, len(notification_ids), FAN_OUT_CHUNK):
            try:
                email_notifications.enqueue(notification_ids[start:start + FAN_OUT_CHUNK])
            except Exception:
                logger.exception("Fan-out could not be queued at %s; the sweep sends it", timezone.now())

    if notification_ids:
        transaction.on_commit(_enqueue)
