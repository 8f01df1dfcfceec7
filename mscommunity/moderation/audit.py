"""The audit trail: every decision about member content, who, when, what, why."""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Model

from mscommunity.accounts.models import User
from mscommunity.moderation.models import AuditEvent, ModerationCase


def record(
    *,
    action: str,
    actor: User | None,
    content: Model | None = None,
    case: ModerationCase | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event. ``detail`` holds codes and decisions, never member text."""
    return AuditEvent.objects.create(
        action=action,
        actor=actor if actor is not None and actor.is_authenticated else None,
        content_type=ContentType.objects.get_for_model(content) if content is not None else None,
        object_id=content.pk if content is not None else None,
        case=case,
        detail=detail or {},
    )


def record_member_deleted(*, remove_content: bool, counts: dict[str, int], **signal: Any) -> AuditEvent:
    """Receiver for ``accounts.signals.member_deleted``: the deletion, with counts only."""
    return record(action="member.deleted", actor=None, detail={"remove_content": remove_content, **counts})


PSEUDONYM_CHANGED = "member.pseudonym_changed"


def record_pseudonym_changed(*, member: User, old_name: str, new_name: str, **signal: Any) -> AuditEvent:
    """Receiver for ``accounts.signals.pseudonym_changed``: the member (as the
    event's object and actor) and the two names, nothing else."""
    return record(action=PSEUDONYM_CHANGED, actor=member, content=member,
                  detail={"old_name": old_name, "new_name": new_name})
