"""Tell members things: a notification row now, an e-mail after the commit
(immediately or in the daily digest, as the member chose), follows."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, connection, transaction
from django.db.models import Model
from django.urls import reverse
from django.utils import timezone

from mscommunity.accounts.models import User
from mscommunity.notifications import emails, selectors
from mscommunity.notifications.models import Digest, Follow, Notification

logger = logging.getLogger(__name__)

# The sweep e-mails notifications at most this old: a member who turns e-mail
# back on is not sent everything that came while it was off.
SWEEP_MAX_AGE = dt.timedelta(days=2)
# A first digest (or the first after a long pause) covers this much; later
# ones cover everything since the previous digest, with a margin for
# notifications committed while it was being written.
DIGEST_FIRST_SPAN = dt.timedelta(days=1)
DIGEST_MAX_GAP = dt.timedelta(days=7)
DIGEST_MARGIN = dt.timedelta(hours=1)


@dataclass(frozen=True)
class About:
    """What a notification is about, for grouping: ``groups.key(prefix, pk)``,
    its name (an article's title) and the row it tells about (a comment)."""

    group_key: str
    title: str
    source_id: int | None = None

    def fields(self) -> dict:
        return {"group_key": self.group_key, "group_title": self.title[:200], "source_id": self.source_id}


def notify(*, recipient: User, kind: str, message: str, url: str = "", email: bool = True,
           about: About | None = None) -> Notification:
    """Store a notification for ``recipient``; e-mail it right after the commit
    if ``email`` and the member wants e-mail at once (daily-digest members get
    it in the next digest). ``message`` is system-written text, never member
    text; ``about`` groups it with the others about the same thing.
    """
    fields = about.fields() if about else {}
    now = timezone.now()
    if not (email and recipient.is_active and recipient.email and recipient.email_mode == User.EmailMode.IMMEDIATE):
        return Notification.objects.create(recipient=recipient, kind=kind, message=message, url=url,
                                           created_at=now, **fields)
    # Decided before the insert, so the row is written once, already marked e-mailed.
    folded = _already_told(recipient_id=recipient.pk, group_key=fields.get("group_key", ""), at=now)
    notification = Notification.objects.create(recipient=recipient, kind=kind, message=message, url=url,
                                               created_at=now, emailed_at=now, **fields)
    if not folded:
        emails.queue(recipient=recipient, subject=message[:80], lines=_email_lines(notification), link=url)
    return notification


FOLDED_NOTE = ("More news about this conversation today is gathered on your notifications page; "
               "we e-mail you again about it once you have read it.")


def _email_lines(notification: Notification) -> list[str]:
    return [notification.message, FOLDED_NOTE] if notification.group_key else [notification.message]


def _already_told(*, recipient_id: int, group_key: str, at: dt.datetime) -> bool:
    """True when an e-mail about the same group (conversation and day) went to
    the member and they have not read that group since: a new notification is
    folded into it (marked e-mailed, not sent), so a busy thread is one e-mail,
    not sixty."""
    if not group_key:
        return False
    start, end = selectors.day_bounds(timezone.localdate(at))
    return Notification.objects.filter(recipient_id=recipient_id, group_key=group_key, created_at__gte=start,
                                       created_at__lt=end, read_at__isnull=True, emailed_at__isnull=False).exists()


def notify_many(*, recipients: list[User], kind: str, message: str, url: str = "", about: About | None = None) -> int:
    """The same notification for many members (thread followers) in one insert.
    Their e-mails are sent by a background task after the commit
    (``tasks.email_notifications``), so a busy thread never slows the request
    that caused the fan-out. Returns how many notifications were stored."""
    extra = about.fields() if about else {}
    rows = [Notification(recipient_id=r.pk, kind=kind, message=message, url=url, **extra) for r in recipients]
    created = Notification.objects.bulk_create(rows, batch_size=1000)
    from mscommunity.notifications import tasks

    tasks.enqueue_fan_out([n.pk for n in created if n.pk is not None])
    return len(rows)


def notify_followers(*, target: Model, exclude: Iterable[int] = (), kind: str, message: str, url: str = "",
                     about: About | None = None) -> int:
    """``notify_many`` for everyone who follows ``target`` (active members who
    have not muted it: the one place that rule is written), except the
    members in ``exclude``. The rows are
    written by one ``INSERT … SELECT`` in the database: a thread with a
    thousand followers costs the request one statement, not a thousand
    objects. Their e-mails go as ``notify_many``'s do. Returns how many
    notifications were stored."""
    fields = about.fields() if about else {"group_key": "", "group_title": "", "source_id": None}
    excluded = [int(pk) for pk in exclude]
    not_excluded = f" AND f.user_id NOT IN ({', '.join(['%s'] * len(excluded))})" if excluded else ""
    # Only placeholders are formatted in.
    sql = (
        "INSERT INTO notifications_notification (recipient_id, kind, message, url, group_key, group_title, "  # noqa: S608
        "source_id, created_at) SELECT f.user_id, %s, %s, %s, %s, %s, %s, %s FROM notifications_follow f "
        "JOIN accounts_user u ON u.id = f.user_id WHERE f.content_type_id = %s AND f.object_id = %s "
        f"AND NOT f.muted AND u.is_active{not_excluded} RETURNING id")
    params = [kind, message, url, fields["group_key"], fields["group_title"], fields["source_id"],
              connection.ops.adapt_datetimefield_value(timezone.now()),
              ContentType.objects.get_for_model(target).pk, target.pk, *excluded]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        created = [int(row[0]) for row in cursor.fetchall()]
    from mscommunity.notifications import tasks

    tasks.enqueue_fan_out(created)
    return len(created)


def email_pending_immediate(*, notification_ids: list[int] | None = None, send_now: bool = True) -> int:
    """Queue e-mails for notifications not yet e-mailed to members who want
    them at once: the ones in ``notification_ids``, or all of them (the sweep,
    for notifications at most ``SWEEP_MAX_AGE`` old). Each is claimed under a
    row lock and marked ``emailed_at`` in the same transaction as its outbox
    row, so two runs never e-mail it twice. One about a conversation the
    member was already e-mailed about today and has not read is folded into
    that e-mail (marked, not sent). With ``send_now`` each e-mail is handed to
    a delivery task after the commit; otherwise the caller delivers. Returns
    how many e-mails were queued."""
    pending = (
        Notification.objects.filter(emailed_at__isnull=True, recipient__email_mode=User.EmailMode.IMMEDIATE,
                                    recipient__is_active=True)
        .exclude(recipient__email="")
        .order_by("created_at", "pk")
    )
    if notification_ids is not None:
        pending = pending.filter(pk__in=notification_ids)
    else:
        pending = pending.filter(created_at__gte=timezone.now() - SWEEP_MAX_AGE)
    count = 0
    for pk in list(pending.values_list("pk", flat=True)[:10_000]):
        with transaction.atomic():
            notification = (Notification.objects.select_for_update().select_related("recipient")
                            .filter(pk=pk, emailed_at__isnull=True).first())
            if notification is None:
                continue  # another worker took it
            folded = _already_told(recipient_id=notification.recipient_id, group_key=notification.group_key,
                                   at=notification.created_at)
            if not folded:
                emails.queue(recipient=notification.recipient, subject=notification.message[:80],
                             lines=_email_lines(notification), link=notification.url, send_now=send_now)
            Notification.objects.filter(pk=pk).update(emailed_at=timezone.now())
        count += not folded
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


def read_group(*, recipient: User, group_key: str, day: dt.date) -> str | None:
    """Mark the group ``group_key`` of ``day`` read for ``recipient`` and
    return where reading it leads (the page of its first unread notification,
    else of its latest), or None when ``recipient`` has no such group."""
    members = selectors.group_members(recipient=recipient, group_key=group_key, day=day)
    first_unread = members.filter(read_at__isnull=True).order_by("created_at", "pk").values_list("url", flat=True)
    target = first_unread.first()
    if target is None:
        target = members.order_by("-created_at", "-pk").values_list("url", flat=True).first()
        if target is None:
            return None
    members.filter(read_at__isnull=True).update(read_at=timezone.now())
    return target


def read_one(*, recipient: User, pk: int) -> str | None:
    """Mark ``recipient``'s notification ``pk`` read; return its page ("" when
    it has none), or None when there is no such notification of theirs."""
    url = Notification.objects.filter(recipient=recipient, pk=pk).values_list("url", flat=True).first()
    if url is None:
        return None
    Notification.objects.filter(recipient=recipient, pk=pk, read_at__isnull=True).update(read_at=timezone.now())
    return url


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


def _digest_since(recipient: User, now: dt.datetime) -> dt.datetime:
    last = Digest.objects.filter(recipient=recipient).order_by("-created_at").values_list("created_at", flat=True)
    previous = last.first()
    if previous is None or now - previous > DIGEST_MAX_GAP:
        return now - DIGEST_FIRST_SPAN
    return previous - DIGEST_MARGIN


def send_digest(*, recipient: User, now: dt.datetime | None = None) -> Digest | None:
    """Queue ``recipient``'s daily digest: one e-mail listing, grouped by
    conversation and day ("5 new comments in “Title”"), the notifications not
    yet e-mailed since their last digest, each group linked to the page that
    marks it read. Returns the :class:`Digest`, or None when there was nothing
    to send or they had today's already.

    Idempotent and safe under concurrency: the member's row is locked, the
    notifications are marked ``emailed_at`` in the same transaction as the
    outbox row and the :class:`Digest` (one a day per member, by constraint),
    so a second run, here or on another worker, sends nothing. The e-mail
    holds system text only (counts and titles), never snippets of what
    members wrote."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    try:
        with transaction.atomic():
            User.objects.select_for_update().filter(pk=recipient.pk).values_list("pk").first()
            if Digest.objects.filter(recipient=recipient, day=today).exists():
                return None
            pending = Notification.objects.filter(
                recipient=recipient, emailed_at__isnull=True, created_at__gte=_digest_since(recipient, now),
                created_at__lte=now,
            )
            ids = list(pending.values_list("pk", flat=True))
            if not ids:
                return None
            found = selectors.describe(list(selectors.grouped(Notification.objects.filter(pk__in=ids))),
                                       recipient=recipient, snippets=False)
            items = [(group.summary, group.open_url) for group in found]
            count = len(ids)
            email = emails.queue(
                recipient=recipient,
                subject=f"Your daily summary: {count} notification{'s' if count != 1 else ''}",
                lines=[], items=items, link=reverse("notifications:list"),
            )
            Notification.objects.filter(pk__in=ids).update(emailed_at=now)
            return Digest.objects.create(recipient=recipient, day=today, created_at=now,
                                         notification_count=count, email=email)
    except IntegrityError:  # another worker wrote today's digest first: theirs stands, this one rolled back
        logger.info("Digest for member %s was already sent today", recipient.pk)
        return None


def send_digests(*, now: dt.datetime | None = None) -> int:
    """Queue the daily digest of every active daily-digest member with
    something new (see :func:`send_digest`). Returns how many were queued."""
    now = now or timezone.now()
    members = (User.objects.filter(email_mode=User.EmailMode.DAILY, is_active=True,
                                   notifications__emailed_at__isnull=True,
                                   notifications__created_at__gte=now - DIGEST_MAX_GAP)
               .exclude(email="").distinct().order_by("pk"))
    return sum(send_digest(recipient=member, now=now) is not None for member in members)
