"""How moderation decisions apply to experience reports (registered in TreatmentsConfig.ready)."""

from __future__ import annotations

from django.urls import reverse

from mscommunity.moderation import transitions
from mscommunity.moderation.policy import Action
from mscommunity.moderation.registry import ContentHandler
from mscommunity.moderation.transitions import ActorKind, ContentStatus
from treatments.models import ExperienceReport

# The report's own statuses in the shared vocabulary of ``moderation.transitions``.
STATUSES = {
    ExperienceReport.Status.PENDING: ContentStatus.HELD,
    ExperienceReport.Status.APPROVED: ContentStatus.PUBLISHED,
    ExperienceReport.Status.REJECTED: ContentStatus.REJECTED,
    ExperienceReport.Status.WITHDRAWN: ContentStatus.DELETED,
}


def apply(report: ExperienceReport, outcome: Action | str, *, actor_kind: str = ActorKind.MODERATOR) -> None:
    """Put ``report`` in the state for a moderation ``outcome`` and save it.

    ``publish``/``publish_labeled`` approve it (it counts in the aggregates from
    now on), ``hold`` makes it wait again, ``reject`` takes it out. Every
    change goes through ``transitions.transition``: a report its author
    withdrew stays withdrawn whatever a late decision says
    (``TransitionNotAllowed``).
    """
    if outcome not in set(Action):
        raise ValueError(f"unknown outcome {outcome!r}")
    newly_approved = False
    if outcome in {Action.PUBLISH, Action.PUBLISH_LABELED}:
        newly_approved = report.status != ExperienceReport.Status.APPROVED
        transitions.transition(report, ContentStatus.PUBLISHED, actor_kind=actor_kind)
        report.medical_notice = report.medical_notice or outcome == Action.PUBLISH_LABELED
        report.status_reason = ""
    elif outcome == Action.HOLD:
        transitions.transition(report, ContentStatus.HELD, actor_kind=actor_kind)
    else:
        transitions.transition(report, ContentStatus.REJECTED, actor_kind=actor_kind)
    report.save(update_fields=["status", "medical_notice", "status_reason", "updated_at"])
    if newly_approved:
        from treatments.services import report_approved  # services import this module's app

        report_approved(report=report)


def describe(report: ExperienceReport) -> str:
    return f"your report about {report.treatment.name}"


def url(report: ExperienceReport) -> str:
    return reverse("treatments:report", kwargs={"pk": report.pk})


def text(report: ExperienceReport) -> str:
    """What the moderator reads: the story as stored, then the structured answers.

    The story comes first so the assessment's evidence offsets (which index
    the stored story) still point at the right words when highlighted.
    """
    answers = (
        f"[{report.treatment.name} · started {report.year_started} · {report.get_ms_type_display()} · "
        f"outcome: {report.get_outcome_display()}"
        + (f" · EDSS {report.edss_before} → {report.edss_after}" if report.edss_change is not None else "")
        + (f" · clinic: {report.clinic}" if report.clinic_id else "")
        + (" · withdrawn by its author" if report.is_withdrawn else "")
        + "]"
    )
    return f"{report.story}\n\n{answers}" if report.story else f"(no story) {answers}"


HANDLER = ContentHandler(
    noun="treatment report", apply=apply, describe=describe, url=url, text=text, statuses=STATUSES
)
