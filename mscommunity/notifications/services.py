"""Tell members things: a notification row now, an e-mail after the commit."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from mscommunity.accounts.models import User
from mscommunity.notifications.models import Notification

logger = logging.getLogger(__name__)


def _send_after_commit(*, subject: str, body: str, recipients: list[str]) -> None:
    def send() -> None:
        try:
            send_mail(subject, body, None, recipients)
        except Exception:  # a failing mail server must never lose the post
            logger.exception("Sending a notification e-mail failed (%s recipient(s))", len(recipients))

    transaction.on_commit(send)


def notify(*, recipient: User, kind: str, message: str, url: str = "", email: bool = True) -> Notification:
    """Store a notification for ``recipient`` and, if ``email``, e-mail it after the commit.

    ``message`` is system-written text; member text never goes in a notification.
    """
    notification = Notification.objects.create(recipient=recipient, kind=kind, message=message, url=url)
    if email and recipient.email and recipient.is_active:
        link = f"\n\n{settings.SITE_URL}{url}" if url else ""
        _send_after_commit(
            subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{message[:60]}",
            body=f"{message}{link}\n\nMS Community",
            recipients=[recipient.email],
        )
    return notification


def email_group(*, group: str, subject: str, body: str) -> None:
    """E-mail every active member of the team group ``group`` after the commit."""
    recipients = list(
        User.objects.filter(groups__name=group, is_active=True).exclude(email="").values_list("email", flat=True)
    )
    if recipients:
        _send_after_commit(subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}", body=body, recipients=recipients)


def mark_all_read(*, recipient: User) -> int:
    return Notification.objects.filter(recipient=recipient, read_at__isnull=True).update(read_at=timezone.now())
