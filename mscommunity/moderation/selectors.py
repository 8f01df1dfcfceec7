"""Reads for moderation: the policy table, the author's trust facts, the queue."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import connection
from django.db.models import Model, QuerySet
from django.utils import timezone

from mscommunity.accounts.models import User
from mscommunity.moderation import policy
from mscommunity.moderation.models import AuditEvent, ModerationCase, PolicyRule, Suspension
from mscommunity.rawsql import moment

POLICY_CACHE_KEY = "moderation:policy-rules"
POLICY_CACHE_SECONDS = 60


def policy_rules() -> tuple[policy.PolicyRule, ...]:
    """The enabled policy rows, in order (cached briefly; the admin clears the cache)."""
    rules = cache.get(POLICY_CACHE_KEY)
    if rules is None:
        rules = tuple(row.as_rule() for row in PolicyRule.objects.filter(enabled=True).order_by("position", "id"))
        cache.set(POLICY_CACHE_KEY, rules, POLICY_CACHE_SECONDS)
    return rules


def author_trust(author: User | None, *, link_count: int, kind: str = "comment") -> policy.Trust:
    """Trust facts for the policy: a new member (joined recently), a first post, a report."""
    if author is None:
        return policy.Trust(link_count=link_count, is_report=kind == "report")
    new_since = timezone.now() - timedelta(days=settings.MODERATION_NEW_MEMBER_DAYS)
    first_post = not AuditEvent.objects.filter(actor=author, action__endswith=".submitted").exists()
    return policy.Trust(
        is_new_member=author.date_joined >= new_since, is_first_post=first_post, link_count=link_count,
        is_report=kind == "report",
    )


def open_cases() -> QuerySet[ModerationCase]:
    """The queue: open and escalated cases, most urgent first, then oldest."""
    return ModerationCase.objects.exclude(status=ModerationCase.Status.DECIDED).order_by("priority", "created_at")


def case_for(content: Model) -> ModerationCase | None:
    """The newest case about ``content``, if any."""
    return (
        ModerationCase.objects.filter(content_type=ContentType.objects.get_for_model(content), object_id=content.pk)
        .order_by("-created_at")
        .first()
    )


def active_suspension(member: User) -> Suspension | None:
    """The suspension in force for ``member`` now, if any (the longest)."""
    return (
        Suspension.objects.filter(member=member, until__gt=timezone.now(), lifted_at__isnull=True)
        .order_by("-until")
        .first()
    )


def suspension_refusal(member: User) -> str | None:
    """Why a suspended ``member`` may not post (registered with accounts' posting policy).

    Asked on every page a member can post from, so it reads only the two
    columns it needs (``active_suspension``'s rule) in SQL: the ORM took
    longer to build the query than the database to answer it."""
    sql = (f"SELECT until, reason FROM {Suspension._meta.db_table} "  # noqa: S608 - only the table name
           "WHERE member_id = %s AND until > %s AND lifted_at IS NULL ORDER BY until DESC LIMIT 1")
    with connection.cursor() as cursor:
        cursor.execute(sql, [member.pk, connection.ops.adapt_datetimefield_value(timezone.now())])
        suspension = cursor.fetchone()
    if suspension is None:
        return None
    until, reason = suspension
    return f"A moderator has paused your posting until {moment(until):%d %B %Y, %H:%M} (UTC) because {reason}."
