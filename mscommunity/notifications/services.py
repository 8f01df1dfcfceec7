"""Tell members things: a notification row now, an e-mail after the commit
(immediately or in the daily digest, as the member chose), follows."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Model
from django.utils import timezone

from mscommunity.accounts.models import User
from mscommunity.notifications import emails
from mscommunity.notifications.models import Follow, Notification


def notify(*, recipient: User, kind: str, message: str, url: str = "", email: bool = True) -> Notification:
    """Store a notification for ``recipient``; e-mail it right after the commit
    if ``email`` and the member wants e-mail at once (daily-digest members get
    it in the next digest). ``message`` is system-written text, never member text.
    """
    notification = Notification.objects.create(recipient=recipient, kind=kind, message=message, url=url)
    if email and recipient.is_active and recipient.email and recipient.email_mode == User.EmailMode.IMMEDIATE:
        emails.queue(recipient=recipient, subject=message[:80], lines=[message], link=url)
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at"])
    return notification


def notify_many(*, recipients: list[User], kind: str, message: str, url: str = "") -> int:
    """The same notification for many members (thread followers) in one insert.
    Their e-mails are sent by a background task after the commit
    (``tasks.email_notifications``), so a busy thread never slows the request
    that caused the fan-out. Returns how many notifications were stored."""
    rows = [Notification(recipient=r, kind=kind, message=message, url=url) for r in recipients]
    created = Notification.objects.bulk_create(rows, batch_size=1000)
    from mscommunity.notifications import tasks

    tasks.enqueue_fan_out([n.pk for n in created if n.pk is not None])
    return len(rows)


def email_pending_immediate(*, notification_ids: list[int] | None = None, send_now: bool = True) -> int:
    """Queue e-mails for notifications not yet e-mailed to members who want
    them at once: the ones in ``notification_ids``, or all of them (the sweep).
    Each is claimed under a row lock and marked ``emailed_at`` in the same
    transaction as its outbox row, so two runs never e-mail it twice. With
    ``send_now`` each e-mail is handed to a delivery task after the commit;
    otherwise the caller delivers. Returns how many e-mails were queued."""
    pending = (
        Notification.objects.filter(emailed_at__isnull=True, recipient__email_mode=User.EmailMode.IMMEDIATE,
                                    recipient__is_active=True)
        .exclude(recipient__email="")
        .order_by("created_at", "pk")
    )
    if notification_ids is not None:
        pending = pending.filter(pk__in=notification_ids)
    count = 0
    for pk in list(pending.values_list("pk", flat=True)[:10_000]):
        with transaction.atomic():
            notification = (Notification.objects.select_for_update().select_related("recipient")
                            .filter(pk=pk, emailed_at__isnull=True).first())
            if notification is None:
                continue  # another worker took it
            emails.queue(recipient=notification.recipient, subject=notification.message[:80],
                         lines=[notification.message], link=notification.url, send_now=send_now)
            Notification.objects.filter(pk=pk).update(emailed_at=timezone.now())
        count += 1
    return count


def send_pending_immediate() -> int:
    """Queue (without sending) e-mails for every notification still waiting;
    ``send_notifications`` then delivers them. Returns how many."""
    return email_pending_immediate(send_now=False)


def email_group(*, group: str, subject: str, body: str) -> None:
    """E-mail every active member of the team group ``group`` after the commit (retried on failure)."""
    addresses = list(
        User.objects.filter(groups__name=group, is_active=True).exclude(email="").values_list("email", flat=True)
    )
    emails.queue_team(addresses=addresses, subject=subject, body=body)


def mark_all_read(*, recipient: User) -> int:
    return Notification.objects.filter(recipient=recipient, read_at__isnull=True).update(read_at=timezone.now())


def follow(*, user: User, target: Model) -> Follow:
    """Follow ``target`` (an article, a treatment), turning a mute back into a follow."""
    row, _ = Follow.objects.update_or_create(
        user=user, content_type=ContentType.objects.get_for_model(target), object_id=target.pk,
        defaults={"muted": False},
    )
    return row


def mute(*, user: User, target: Model) -> Follow:
    """Stop following ``target``; replies to the member's own comments there are muted too."""
    row, _ = Follow.objects.update_or_create(
        user=user, content_type=ContentType.objects.get_for_model(target), object_id=target.pk,
        defaults={"muted": True},
    )
    return row


def follow_automatically(*, user: User, target: Model) -> None:
    """Follow ``target`` unless the member has muted it before (their choice stands)."""
    Follow.objects.get_or_create(
        user=user, content_type=ContentType.objects.get_for_model(target), object_id=target.pk,
        defaults={"muted": False},
    )


def send_digests() -> int:
    """E-mail each daily-digest member one message listing their notifications
    not yet e-mailed. Returns the number of digests queued."""
    pending = (
        Notification.objects.filter(emailed_at__isnull=True, recipient__email_mode=User.EmailMode.DAILY,
                                    recipient__is_active=True)
        .exclude(recipient__email="")
        .select_related("recipient")
        .order_by("recipient_id", "created_at")
    )
    by_member: dict[int, list[Notification]] = {}
    for notification in pending:
        by_member.setdefault(notification.recipient_id, []).append(notification)
    for items in by_member.values():
        with transaction.atomic():
            recipient = items[0].recipient
            count = len(items)
            emails.queue(
                recipient=recipient,
                subject=f"Your daily summary: {count} notification{'s' if count != 1 else ''}",
                lines=[n.message for n in items],
                link="/notifications/",
            )
            Notification.objects.filter(pk__in=[n.pk for n in items]).update(emailed_at=timezone.now())
    return len(by_member)
