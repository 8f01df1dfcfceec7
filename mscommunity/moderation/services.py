"""Writes for moderation: opening cases, moderators' decisions, members' flags."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Model
from django.utils import timezone

from mscommunity.accounts.models import User
from mscommunity.accounts.policy import MODERATORS_GROUP, is_moderator
from mscommunity.moderation import audit, registry, selectors, statements, transitions
from mscommunity.moderation.models import CaseReason, Flag, ModerationCase, Suspension
from mscommunity.moderation.policy import Action
from mscommunity.notifications.services import email_group, notify

# What the author is told for each decision; the moderator's reason follows.
DECISION_MESSAGES = {
    ModerationCase.Decision.APPROVED: "A moderator approved {what}. It is now public.",
    ModerationCase.Decision.APPROVED_LABELED: (
        "A moderator approved {what}. It is now public, with a note that it is not medical advice."
    ),
    ModerationCase.Decision.REJECTED: "A moderator did not publish {what}.",
}
DECISION_OUTCOMES = {
    ModerationCase.Decision.APPROVED: Action.PUBLISH,
    ModerationCase.Decision.APPROVED_LABELED: Action.PUBLISH_LABELED,
    ModerationCase.Decision.REJECTED: Action.REJECT,
}

# Reasons moderators pick from when they reject; they can add their own words.
REJECTION_TEMPLATES = {
    "medical_advice": "it tells other members what treatment to take, which could harm someone",
    "personal_data": "it shares someone's personal details",
    "spam": "it is advertising or spam",
    "unkind": "it is unkind to another member",
    "off_topic": "it is not about living with MS",
}


# What the author of a crisis post reads once a moderator escalated it (the
# words at posting time promise a moderator "straight away": after escalation
# that is no longer what happens).
CRISIS_ESCALATED_NOTE = (
    "what you wrote worried us, so it has been passed to the senior moderators, who are reading it now "
    "and may write to you by e-mail. It is not public. If you are in danger now, call your local emergency "
    "number or see “Help is available now”"
)
CRISIS_CODES = frozenset({"crisis", "flag_crisis"})
APPEAL_REASON = ("appeal", "its author asked for a second look")
SAME_MODERATOR = "You decided this case the first time: a different moderator decides the appeal."


def decision_problem(*, case: ModerationCase, moderator: User, decision: str, reason: str = "") -> str | None:
    """Why ``moderator`` cannot take ``decision`` on ``case`` now, in plain words, or None.

    Forms call it before anything is saved, so a refused decision shows only
    its error and keeps the moderator's choice; :func:`case_decide` checks it again.
    """
    if decision not in ModerationCase.Decision.values:
        return "Choose a decision."
    if decision == ModerationCase.Decision.REJECTED and not reason.strip():
        return "Say why, so the author understands the decision: choose a saved reason or write one."
    if not case.is_open:
        return "This case has already been decided."
    if case.appeal_of_id and case.appeal_of.decided_by_id == moderator.pk:
        return SAME_MODERATOR
    content = case.content
    if content is None:
        return "The post no longer exists."
    if decision in DECISION_OUTCOMES:
        target = {Action.REJECT: transitions.ContentStatus.REJECTED}.get(
            DECISION_OUTCOMES[decision], transitions.ContentStatus.PUBLISHED)
        current = transitions.status_of(content)
        if not transitions.allowed(current, target, actor_kind=transitions.ActorKind.MODERATOR):
            return transitions.refusal(current, target)
    return None


def clear_policy_cache() -> None:
    cache.delete(selectors.POLICY_CACHE_KEY)


def case_open(
    *,
    content: Model,
    author: User | None,
    reasons: list[tuple[str, str]],
    priority: int,
    pipeline_decision: str,
    evidence: dict,
    personal_data_uncertain: bool = False,
    decided: bool = False,
) -> ModerationCase:
    """Queue ``content`` for a moderator with ``reasons`` ((code, author-facing text) pairs).

    If the content already has an open case, the reasons are added to it and
    the more urgent priority kept. ``decided`` records a case the policy
    settled by itself (certain spam), so moderators can still review it.
    """
    content_type = ContentType.objects.get_for_model(content)
    case = (
        ModerationCase.objects.select_for_update()
        .filter(content_type=content_type, object_id=content.pk)
        .exclude(status=ModerationCase.Status.DECIDED)
        .first()
    )
    if case is None:
        case = ModerationCase.objects.create(
            content_type=content_type,
            object_id=content.pk,
            author=author,
            priority=priority,
            pipeline_decision=pipeline_decision,
            evidence=evidence,
            personal_data_uncertain=personal_data_uncertain,
        )
        if decided:
            case.status = ModerationCase.Status.DECIDED
            case.decision = ModerationCase.Decision.REJECTED
            case.decision_reason = "; ".join(text for _, text in reasons)
            case.decided_at = timezone.now()
            case.save(update_fields=["status", "decision", "decision_reason", "decided_at"])
    else:
        case.priority = min(case.priority, priority)
        case.personal_data_uncertain |= personal_data_uncertain
        case.save(update_fields=["priority", "personal_data_uncertain"])
    known = set(case.reasons.values_list("code", flat=True))
    CaseReason.objects.bulk_create(
        [CaseReason(case=case, code=code, text=text) for code, text in reasons if code not in known]
    )
    return case


def cases_close_for(*, content: Model, decision: str, reason: str) -> ModerationCase | None:
    """Close every open case about ``content`` without a moderator (its author
    withdrew or deleted it, or a moderator acted on it directly). Returns one
    of the closed cases, for the audit event, or None."""
    open_cases = ModerationCase.objects.filter(
        content_type=ContentType.objects.get_for_model(content), object_id=content.pk
    ).exclude(status=ModerationCase.Status.DECIDED)
    case = open_cases.first()
    open_cases.update(
        status=ModerationCase.Status.DECIDED, decision=decision, decision_reason=reason, decided_at=timezone.now()
    )
    return case


def case_decide(*, case: ModerationCase, moderator: User, decision: str, reason: str = "") -> ModerationCase:
    """Apply a moderator's decision to the case's content, audit it and tell the author.

    ``decision`` is a ``ModerationCase.Decision``; a rejection needs a reason
    (the author reads it). "Followed up" leaves the content as it is.
    Raises ``transitions.TransitionNotAllowed`` (a ``ValidationError``) when
    the decision would change content the table does not let a moderator
    change: removed or deleted content is never published again.
    """
    if not is_moderator(moderator):
        raise PermissionDenied("Only moderators decide cases.")
    if decision not in ModerationCase.Decision.values:
        raise ValidationError(f"Unknown decision {decision!r}.")
    reason = reason.strip()
    if decision == ModerationCase.Decision.REJECTED and not reason:
        raise ValidationError("Say why, so the author understands the decision.")
    with transaction.atomic():
        case = ModerationCase.objects.select_for_update(of=("self",)).select_related("appeal_of").get(pk=case.pk)
        if not case.is_open:
            raise ValidationError("This case has already been decided.")
        if case.appeal_of_id and case.appeal_of.decided_by_id == moderator.pk:
            raise PermissionDenied(SAME_MODERATOR)
        content = case.content
        handler = registry.handler_for(content)
        if decision in DECISION_OUTCOMES:
            handler.apply(content, DECISION_OUTCOMES[decision], actor_kind=transitions.ActorKind.MODERATOR)
        case.status = ModerationCase.Status.DECIDED
        case.decision = decision
        case.decision_reason = reason
        case.decided_by = moderator
        case.decided_at = timezone.now()
        case.save()
        audit.record(
            action=f"case.{decision}", actor=moderator, content=content, case=case,
            detail={"decision": decision, "reason": reason},
        )
        if decision == ModerationCase.Decision.REJECTED:
            statements.tell(case=case, content=content, outcome=statements.NOT_PUBLISHED, reason=reason)
        elif decision in DECISION_MESSAGES and case.author is not None:
            message = DECISION_MESSAGES[decision].format(what=handler.describe(content))
            if case.appeal_of_id:
                message = "A different moderator looked again at your post, as you asked. " + message
            if reason:
                message += f" Reason: {reason}."
            notify(recipient=case.author, kind="moderation_decision", message=message, url=handler.url(content))
    return case


def case_escalate(*, case: ModerationCase, moderator: User, note: str = "") -> ModerationCase:
    """Mark a case for senior moderators: top priority, the team is e-mailed."""
    if not is_moderator(moderator):
        raise PermissionDenied("Only moderators escalate cases.")
    with transaction.atomic():
        case = ModerationCase.objects.select_for_update().get(pk=case.pk)
        if not case.is_open:
            raise ValidationError("This case has already been decided.")
        case.status = ModerationCase.Status.ESCALATED
        case.priority = 0
        case.save(update_fields=["status", "priority"])
        content = case.content
        audit.record(action="case.escalated", actor=moderator, case=case, content=content,
                     detail={"note": note.strip()})
        if content is not None and CRISIS_CODES & set(case.reasons.values_list("code", flat=True)):
            _tell_crisis_escalated(case, content)
        email_group(
            group=MODERATORS_GROUP,
            subject=f"Case {case.pk} was escalated",
            body=f"{moderator.username} escalated moderation case {case.pk}.\n\n"
            f"{settings.SITE_URL}/{settings.ADMIN_URL}moderation/review/?case={case.pk}",
        )
    return case


def _tell_crisis_escalated(case: ModerationCase, content: Model) -> None:
    """The author of an escalated crisis post reads what really happens now."""
    handler = registry.handler_for(content)
    if handler.explain is not None and transitions.status_of(content) == transitions.ContentStatus.HELD:
        handler.explain(content, CRISIS_ESCALATED_NOTE)
    if case.author is not None and case.author.is_active:
        what = handler.describe(content)
        notify(recipient=case.author, kind="crisis_escalated", url="/help/now/",
               message=f"About {what}: {CRISIS_ESCALATED_NOTE}.")


def content_flag(*, content: Model, member: User, reason: str) -> Flag:
    """Record ``member``'s flag on ``content``. When enough different members
    flagged it (``MODERATION_FLAGS_TO_HIDE``), it is hidden and queued.

    Only published content can be flagged: anything held, rejected, removed
    or deleted is already out of sight, and flags must never bring it back.

    Raises ``ValidationError`` for an unknown reason, content that is not
    published, or a second flag by the same member; ``PermissionDenied`` for
    flagging one's own content.
    """
    handler = registry.handler_for(content)
    if reason not in Flag.Reason.values:
        raise ValidationError("Choose why you are flagging this.")
    if not transitions.is_public(content):
        raise ValidationError(
            f"This {handler.noun} is not shown to members any more, so it cannot be flagged.", code="not_public"
        )
    if getattr(content, "author_id", None) == member.pk:
        raise PermissionDenied("You cannot flag your own post.")
    content_type = ContentType.objects.get_for_model(content)
    try:
        with transaction.atomic():
            flag = Flag.objects.create(content_type=content_type, object_id=content.pk, member=member, reason=reason)
            audit.record(action="content.flagged", actor=member, content=content, detail={"reason": reason})
            flags = Flag.objects.filter(content_type=content_type, object_id=content.pk)
            distinct = flags.values("member").distinct().count()
            urgent = reason == Flag.Reason.CRISIS
            hide = distinct >= settings.MODERATION_FLAGS_TO_HIDE
            case = case_open(
                content=content, author=getattr(content, "author", None),
                reasons=[("flagged", "flagged by members"), (f"flag_{reason}", Flag.Reason(reason).label)],
                priority=0 if urgent else 20 if hide else 40, pipeline_decision=Action.HOLD if hide else Action.PUBLISH,
                evidence={"flags": sorted({f.reason for f in flags})},
            )
            ModerationCase.objects.filter(pk=case.pk).update(evidence={**case.evidence, "flag_count": distinct})
            if hide:
                handler.apply(content, Action.HOLD, actor_kind=transitions.ActorKind.FLAGS)
                audit.record(action="content.hidden_by_flags", actor=None, content=content, case=case,
                             detail={"flags": distinct})
                statements.tell(case=case, content=content, outcome=statements.HIDDEN)
            if urgent:
                email_group(group=MODERATORS_GROUP, subject="A member may be in danger",
                            body=f"A post was flagged as a possible crisis. Case {case.pk}.")
    except IntegrityError:
        raise ValidationError("You have already flagged this.") from None
    return flag


def suspension_create(*, moderator: User, member: User, until, reason: str) -> Suspension:
    """Stop ``member`` posting until ``until``; the member is told why at once."""
    if not is_moderator(moderator):
        raise PermissionDenied("Only moderators suspend members.")
    if is_moderator(member):
        raise ValidationError("Moderators cannot be suspended here; ask an administrator.")
    reason = reason.strip()
    if not reason:
        raise ValidationError("Say why, so the member understands.")
    if until <= timezone.now():
        raise ValidationError("Choose a time in the future.")
    with transaction.atomic():
        suspension = Suspension.objects.create(member=member, until=until, reason=reason, created_by=moderator)
        audit.record(action="member.suspended", actor=moderator, detail={"member": member.pk,
                     "until": until.isoformat(), "reason": reason})
        notify(
            recipient=member, kind="suspended", url="",
            message=f"A moderator has paused your posting until {until:%d %B %Y, %H:%M} (UTC). "
            f"The moderator's reason: {reason} "
            f"You can still read everything. To ask about it, write to {settings.MODERATORS_EMAIL}.",
        )
    return suspension


def suspension_lift(*, moderator: User, suspension: Suspension) -> Suspension:
    """End a suspension early; the member is told."""
    if not is_moderator(moderator):
        raise PermissionDenied("Only moderators lift suspensions.")
    with transaction.atomic():
        suspension.lifted_at = timezone.now()
        suspension.save(update_fields=["lifted_at"])
        audit.record(action="member.suspension_lifted", actor=moderator, detail={"member": suspension.member_id})
        notify(recipient=suspension.member, kind="suspension_lifted", message="You can post again.")
    return suspension
