"""Appeals (EU DSA Art. 20): an author asks once for a second look at a decision.

The author's note is member text, so it goes through the ingest pipeline
(kind ``appeal``) like every other text. The appeal opens a new case about
the same content, linked to the first (``appeal_of``); a moderator other than
the one who decided the first case decides it, and both decisions stay in the
case history and the audit trail.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse

from mscommunity.accounts.models import User
from mscommunity.accounts.selectors import account_names
from mscommunity.moderation import audit, pipeline, transitions
from mscommunity.moderation.models import Appeal, CaseReason, ModerationCase
from mscommunity.moderation.policy import Action
from mscommunity.moderation.registry import ContentHandler
from mscommunity.moderation.services import APPEAL_REASON

APPEAL_PRIORITY = 10
NOTE_MAX_LENGTH = 1000


def appeal_problem(*, case: ModerationCase, member: User) -> str | None:
    """Why ``member`` cannot appeal ``case``, in plain words, or None."""
    if case.author_id != member.pk:
        return "Only the author can ask for a second look."
    if case.status != ModerationCase.Status.DECIDED or case.decision != ModerationCase.Decision.REJECTED:
        return "Only a decision not to publish can be appealed."
    if case.appeal_of_id:
        return "This decision was already the second look at your post."
    if Appeal.objects.filter(case=case).exists():
        return "You have already asked for a second look at this decision."
    return None


def appeal_submit(*, case: ModerationCase, member: User, note: str) -> Appeal:
    """Store ``member``'s appeal against ``case`` with ``note`` (through the
    pipeline) and open the case a different moderator decides.

    Raises ``PermissionDenied`` when it is not their decision to appeal and
    ``ValidationError`` (plain messages, the note kept by the form) otherwise.
    """
    problem = appeal_problem(case=case, member=member)
    if problem:
        raise (PermissionDenied if case.author_id != member.pk else ValidationError)(problem)

    def save(prepared: pipeline.Prepared) -> Appeal:
        status = {Action.HOLD: Appeal.Status.HELD, Action.REJECT: Appeal.Status.REJECTED}.get(
            prepared.decision, Appeal.Status.PUBLISHED)
        # The note's own reasons (a crisis, personal details that may remain) go into the appeal's case.
        note_reasons = [r for r in prepared.reasons if r.code != "ok"] if prepared.needs_case else []
        review = ModerationCase.objects.create(
            content_type_id=case.content_type_id, object_id=case.object_id, author=case.author,
            priority=min(APPEAL_PRIORITY, prepared.priority) if note_reasons else APPEAL_PRIORITY,
            personal_data_uncertain=prepared.personal_data_uncertain, pipeline_decision=case.pipeline_decision or Action.HOLD,
            evidence=case.evidence, appeal_of=case,
        )
        CaseReason.objects.bulk_create(
            [CaseReason(case=review, code=APPEAL_REASON[0], text=APPEAL_REASON[1])]
            + [CaseReason(case=review, code=r.code, text=r.text) for r in case.reasons.all()]
            + [CaseReason(case=review, code=f"note_{r.code}"[:40], text=f"the note: {r.text}"[:200])
               for r in note_reasons]
        )
        appeal = Appeal.objects.create(case=case, author=member, note=prepared.text, note_html=prepared.html,
                                       status=status, review_case=review)
        audit.record(action="case.appealed", actor=member, content=case.content, case=review,
                     detail={"appeal_of": case.pk})
        return appeal

    with transaction.atomic():
        appeal, _ = pipeline.submit(note[:NOTE_MAX_LENGTH], kind="appeal", save=save, author=member,
                                    author_names=account_names(member))
    return appeal


def _apply(appeal: Appeal, outcome: Action | str, *, actor_kind: str = transitions.ActorKind.MODERATOR) -> None:
    """A moderator's decision on the appeal's note itself (when the note held a case of its own)."""
    target = {Action.HOLD: transitions.ContentStatus.HELD, Action.REJECT: transitions.ContentStatus.REJECTED}.get(
        Action(outcome), transitions.ContentStatus.PUBLISHED)
    transitions.transition(appeal, target, actor_kind=actor_kind)
    appeal.save(update_fields=["status"])


HANDLER = ContentHandler(
    noun="appeal", apply=_apply, describe=lambda appeal: "your appeal",
    url=lambda appeal: reverse("moderation:decisions"), text=lambda appeal: appeal.note,
)
