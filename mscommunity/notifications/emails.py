"""Outgoing e-mail: queued in the database (the outbox), sent by a background
task after the commit, retried with growing delays until it goes.

The outbox row is the source of truth: a task only ever sends a row that is
not yet sent, under a row lock, so running a task twice sends nothing twice,
and a task that keeps failing leaves the row in the outbox (``attempts``,
``last_error``), where staff see it in the admin and can send it again.

Every e-mail to a member has a plain-text and an HTML part, a signed one-click
unsubscribe link that works without logging in, and the List-Unsubscribe
headers (RFC 2369 and RFC 8058). E-mails carry system text only, never what a
member wrote.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from mscommunity.accounts.models import User
from mscommunity.notifications.models import OutgoingEmail

logger = logging.getLogger(__name__)

UNSUBSCRIBE_SALT = "notifications.unsubscribe"
MAX_ATTEMPTS = 10


def unsubscribe_token(user: User) -> str:
    return signing.dumps({"u": user.pk}, salt=UNSUBSCRIBE_SALT, compress=True)


def user_for_unsubscribe_token(token: str) -> User | None:
    """The member a token was made for, or None when it is not one of ours."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return User.objects.filter(pk=data.get("u")).first()


def unsubscribe_url(user: User) -> str:
    return settings.SITE_URL + reverse("notifications:unsubscribe", kwargs={"token": unsubscribe_token(user)})


def queue(*, recipient: User, subject: str, lines: list[str], link: str = "", send_now: bool = True,
          items: list[tuple[str, str]] | None = None) -> OutgoingEmail:
    """Queue an e-mail to a member (text and HTML from the same lines). With
    ``send_now`` it is sent right after the commit; otherwise the scheduled
    ``send_notifications`` command sends it (for fan-out to many followers,
    which must not slow the request that caused it). ``items`` are a list of
    (text, site path) shown as a linked list (a digest's groups)."""
    context = {
        "lines": lines, "link": f"{settings.SITE_URL}{link}" if link else "", "site_url": settings.SITE_URL,
        "unsubscribe_url": unsubscribe_url(recipient), "username": recipient.username,
        "items": [(text, f"{settings.SITE_URL}{path}" if path else "") for text, path in items or []],
    }
    email = OutgoingEmail.objects.create(
        recipient=recipient,
        to=recipient.email,
        subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}"[:200],
        text=render_to_string("notifications/email.txt", context),
        html=render_to_string("notifications/email.html", context),
        unsubscribe_url=context["unsubscribe_url"],
    )
    if send_now:
        transaction.on_commit(lambda: _enqueue_delivery([email.pk]))
    return email


def queue_team(*, addresses: list[str], subject: str, body: str) -> None:
    """Queue a plain e-mail to team addresses (moderator alerts) and send it after the commit."""
    ids = [
        OutgoingEmail.objects.create(
            to=address, subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}"[:200], text=body
        ).pk
        for address in addresses
    ]
    if ids:
        transaction.on_commit(lambda: _enqueue_delivery(ids))


def _enqueue_delivery(ids: list[int]) -> None:
    """Hand the e-mails ``ids`` to the task framework (one task each). If the
    queue cannot take them, they stay in the outbox for the next sweep."""
    from mscommunity.notifications import tasks

    for pk in ids:
        try:
            tasks.deliver_email.enqueue(pk)
        except Exception:
            logger.exception("E-mail %s could not be queued; the next sweep sends it", pk)


def _message(email: OutgoingEmail, connection) -> EmailMultiAlternatives:
    headers = {}
    if email.unsubscribe_url:
        headers = {"List-Unsubscribe": f"<{email.unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    message = EmailMultiAlternatives(email.subject, email.text, None, [email.to], headers=headers, connection=connection)
    if email.html:
        message.attach_alternative(email.html, "text/html")
    return message


def retry_delay(attempts: int) -> timedelta:
    """How long to wait after the ``attempts``-th failure: 10 minutes, doubling, at most about 21 hours."""
    return timedelta(minutes=5 * 2 ** min(max(attempts, 1), 8))


def deliver_one(pk: int, *, connection=None) -> str:
    """Send the outbox row ``pk`` if it is still unsent and has tries left.

    Idempotent: the row is locked while it is sent (``select_for_update``; on
    SQLite the write transaction serialises), and a sent row is never sent
    again. Returns ``"sent"``, ``"failed"`` (attempts and the error's class
    recorded, ``next_attempt_at`` pushed back), ``"already sent"``,
    ``"gave up"`` (``MAX_ATTEMPTS`` reached: it stays in the outbox for staff)
    or ``"missing"``. Never raises for a mail-server failure.
    """
    with transaction.atomic():
        email = OutgoingEmail.objects.select_for_update().filter(pk=pk).first()
        if email is None:
            return "missing"
        if email.sent_at is not None:
            return "already sent"
        if email.attempts >= MAX_ATTEMPTS:
            return "gave up"
        email.attempts += 1
        try:
            _message(email, connection or get_connection()).send()
        except Exception as error:  # a failing mail server must never lose anything
            email.last_error = type(error).__name__
            email.next_attempt_at = timezone.now() + retry_delay(email.attempts)
            email.save(update_fields=["attempts", "last_error", "next_attempt_at"])
            logger.warning("E-mail %s could not be sent (attempt %s): %s", email.pk, email.attempts, type(error).__name__)
            return "failed"
        email.sent_at = timezone.now()
        email.save(update_fields=["attempts", "sent_at"])
        return "sent"


def due_ids(limit: int = 1000) -> list[int]:
    """Unsent e-mails whose next attempt is due and that have tries left, oldest first."""
    return list(
        OutgoingEmail.objects.filter(sent_at__isnull=True, attempts__lt=MAX_ATTEMPTS,
                                     next_attempt_at__lte=timezone.now())
        .order_by("pk").values_list("pk", flat=True)[:limit]
    )


def deliver(ids: list[int] | None = None) -> tuple[int, int]:
    """Send the unsent e-mails ``ids`` (or every one that is due) in this
    process, one by one through :func:`deliver_one`. Returns (sent, failed)."""
    sent = failed = 0
    connection = get_connection()
    for pk in sorted(ids) if ids is not None else due_ids():
        outcome = deliver_one(pk, connection=connection)
        sent += outcome == "sent"
        failed += outcome == "failed"
    return sent, failed
