"""Reads for notifications: the groups a member sees, the header count, follows.

Grouping: notifications with the same ``group_key`` on the same day (in the
site's time zone) are one group; a notification without a key is a group of
its own. A page of groups costs the same few queries whether it holds 5
groups or 50 (the grouping is done by the database; the latest message, the
source ids for the snippets and the snippets themselves are one query each).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    Max,
    Min,
    Model,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Cast, Concat, TruncDate
from django.urls import reverse
from django.utils import timezone

from mscommunity.accounts.models import User
from mscommunity.notifications import groups as group_kinds
from mscommunity.notifications.models import Follow, Notification
from mscommunity.rawsql import moment

# The group a notification belongs to: its key, or "#<id>" for one on its own.
_GROUP = Case(
    When(group_key="", then=Concat(Value("#"), Cast("id", output_field=CharField()))),
    default=F("group_key"), output_field=CharField(),
)


@dataclass(frozen=True)
class NotificationGroup:
    """One line on the notifications page (and in a digest)."""

    group_key: str  # "" for a notification on its own
    day: dt.date
    count: int
    unread: int
    summary: str  # "5 new comments in “Title”", or the message of a notification on its own
    snippet: str  # the start of the latest public comment, scrubbed text; "" when there is none
    latest_at: dt.datetime
    target: str  # where reading it leads: the first unread notification's page, or the latest one's
    open_url: str  # marks the group read, then leads to ``target`` ("" when there is nowhere to go)
    latest_id: int

    @property
    def is_unread(self) -> bool:
        return self.unread > 0


def grouped(notifications: QuerySet[Notification]) -> QuerySet:
    """``notifications`` as groups, newest first: dicts with ``gkey``, ``day``,
    ``count``, ``unread``, ``personal``, ``latest_id``, ``first_unread_id``
    and ``latest_at``. Lazy: paginate it, then :func:`describe` a page."""
    personal = group_kinds.personal_kinds()
    return (
        notifications.order_by()
        .annotate(gkey=_GROUP, day=TruncDate("created_at"))
        .values("gkey", "day")
        .annotate(
            count=Count("id"),
            unread=Count("id", filter=Q(read_at__isnull=True)),
            personal=Count("id", filter=Q(kind__in=personal)) if personal else Value(0),
            latest_id=Max("id"),
            first_unread_id=Min("id", filter=Q(read_at__isnull=True)),
            latest_at=Max("created_at"),
        )
        .order_by("-latest_at", "-latest_id")
    )


def groups_for(*, recipient: User) -> QuerySet:
    """Every group of ``recipient``'s notifications (see :func:`grouped`)."""
    return grouped(Notification.objects.filter(recipient=recipient))


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The start of ``day`` and of the next, in the site's time zone."""
    zone = timezone.get_current_timezone()
    start = dt.datetime.combine(day, dt.time.min, tzinfo=zone)
    return start, dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min, tzinfo=zone)


def describe(rows: list[dict], *, recipient: User, snippets: bool = True) -> list[NotificationGroup]:
    """Turn a page of :func:`grouped` rows into :class:`NotificationGroup`s,
    in three queries at most whatever the number of rows: the latest and
    first-unread notifications, the source ids of the keyed groups, and the
    snippets (one query per kind of group present, by its app)."""
    rows = list(rows)
    if not rows:
        return []
    wanted = {r["latest_id"] for r in rows} | {r["first_unread_id"] for r in rows if r["first_unread_id"]}
    by_id = {n.pk: n for n in Notification.objects.filter(pk__in=wanted).only("kind", "message", "url", "group_title")}
    found: dict[tuple[str, dt.date], str] = {}
    keyed = [r for r in rows if not r["gkey"].startswith("#")]
    if snippets and keyed:
        candidates: dict[tuple[str, dt.date], list[int]] = {}
        spans = [Q(group_key=r["gkey"], created_at__gte=day_bounds(r["day"])[0], created_at__lt=day_bounds(r["day"])[1])
                 for r in keyed]
        sources = (Notification.objects.filter(recipient=recipient, source_id__isnull=False)
                   .filter(reduce(or_, spans)).values_list("group_key", "created_at", "source_id"))
        for key, created_at, source_id in sources:
            candidates.setdefault((key, timezone.localdate(created_at)), []).append(source_id)
        found = group_kinds.snippets(candidates)
    result = []
    for row in rows:
        latest = by_id.get(row["latest_id"])
        if latest is None:
            continue  # deleted since the page was counted (an account being deleted)
        first = by_id.get(row["first_unread_id"]) if row["first_unread_id"] else None
        key = "" if row["gkey"].startswith("#") else row["gkey"]
        if key and row["count"] > 1:
            summary = group_kinds.summary(key, row["count"], latest.group_title, row["personal"])
        else:
            summary = latest.message
        target = (first or latest).url
        result.append(NotificationGroup(
            group_key=key, day=row["day"], count=row["count"], unread=row["unread"], summary=summary,
            snippet=found.get((key, row["day"]), "") if key else "", latest_at=row["latest_at"],
            target=target, open_url=open_url(key, row["day"], row["latest_id"]) if target else "",
            latest_id=row["latest_id"],
        ))
    return result


def open_url(group_key: str, day: dt.date, latest_id: int) -> str:
    """The link that marks a group read and leads to it."""
    parts = group_kinds.split(group_key) if group_key else None
    if parts is None:
        return reverse("notifications:open", kwargs={"pk": latest_id})
    return reverse("notifications:open_group",
                   kwargs={"prefix": parts[0], "object_id": parts[1], "day": day.isoformat()})


def group_members(*, recipient: User, group_key: str, day: dt.date) -> QuerySet[Notification]:
    """The notifications of one group."""
    start, end = day_bounds(day)
    return Notification.objects.filter(recipient=recipient, group_key=group_key,
                                       created_at__gte=start, created_at__lt=end)


UNREAD_WINDOW = 100  # the header counts groups among this many latest unread notifications


def unread_count(*, recipient: User) -> tuple[int, bool]:
    """How many groups have something unread, among the ``UNREAD_WINDOW``
    latest unread notifications, and whether that window was full (older ones
    may hold more groups). Its work is bounded however many pile up (a busy
    followed thread adds one per comment): one small indexed query, grouped
    here as ``notification_groups`` groups (by group key, or alone, and day).
    Written in SQL because every signed-in page asks it, and the ORM took
    longer to build the query than the database to answer it."""
    table = Notification._meta.db_table
    sql = (f"SELECT group_key, created_at, id FROM {table} WHERE recipient_id = %s AND read_at IS NULL "  # noqa: S608
           "ORDER BY created_at DESC LIMIT %s")  # only the table name is formatted in
    with connection.cursor() as cursor:
        cursor.execute(sql, [recipient.pk, UNREAD_WINDOW])
        window = cursor.fetchall()
    groups = {(key, timezone.localtime(moment(created)).date()) if key else pk for key, created, pk in window}
    return len(groups), len(window) >= UNREAD_WINDOW


def unread_badge(*, recipient: User) -> str:
    """The header's number: "" for none, "7", or "7+" when the window was full."""
    groups, window_full = unread_count(recipient=recipient)
    if not groups:
        return ""
    return f"{groups}+" if window_full else str(groups)


def notifications_for(*, recipient: User) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=recipient)


def muted_by(target: Model) -> QuerySet:
    """Ids of members who muted ``target``."""
    return Follow.objects.filter(
        content_type=ContentType.objects.get_for_model(target), object_id=target.pk, muted=True
    ).values_list("user_id", flat=True)


def is_following(*, user: User | AnonymousUser, target: Model) -> bool:
    if not user.is_authenticated:
        return False
    return Follow.objects.filter(
        user=user, content_type=ContentType.objects.get_for_model(target), object_id=target.pk, muted=False
    ).exists()
