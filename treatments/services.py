"""Writes for the treatment directory. A report's story goes through the ingest pipeline.

Every report, with or without a story, gets a moderation case in the same
queue as comments (reason ``new_report``) and counts in the aggregates only
once a moderator approved it (``treatments.moderation.apply``). Editing a
report sends it back to the queue; withdrawing takes it out of the figures
at once. Each step is in the audit trail.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from mscommunity.accounts.models import User
from mscommunity.accounts.policy import can_post
from mscommunity.accounts.selectors import account_names
from mscommunity.moderation import audit, pipeline, transitions
from mscommunity.moderation import services as moderation_services
from mscommunity.moderation.models import ModerationCase
from mscommunity.moderation.policy import Action
from mscommunity.moderation.transitions import ActorKind, ContentStatus
from mscommunity.notifications import groups as notification_groups
from mscommunity.notifications import services as notification_services
from treatments import choices
from treatments.models import Clinic, ExperienceReport, Treatment
from treatments.moderation import STATUSES

NEW_REPORT_REASON = ("new_report", "every treatment report is read by a moderator before it counts")
NEW_REPORT_PRIORITY = 30


@dataclass(frozen=True)
class ReportAnswers:
    """The structured answers of a report (everything but the story)."""

    treatment: Treatment
    year_started: int
    ms_type: str
    outcome: str
    clinic: Clinic | None = None
    country: str = ""
    edss_before: Decimal | None = None
    edss_after: Decimal | None = None
    followup_months: int | None = None
    side_effects: Mapping[str, str] = field(default_factory=dict)
    cost_band: str = ""
    currency: str = ""

    def as_fields(self) -> dict:
        return {
            "treatment": self.treatment, "year_started": self.year_started, "ms_type": self.ms_type,
            "outcome": self.outcome, "clinic": self.clinic, "country": self.country,
            "edss_before": self.edss_before, "edss_after": self.edss_after,
            "followup_months": self.followup_months, "side_effects": dict(self.side_effects),
            "cost_band": self.cost_band, "currency": self.currency,
        }


@dataclass(frozen=True)
class ReportResult:
    """A stored report and what the pipeline did to its story (``None`` without a story)."""

    report: ExperienceReport
    prepared: pipeline.Prepared | None


def check_answers(answers: ReportAnswers) -> None:
    """Raise ``ValidationError`` (a dict keyed by form field name, member-facing
    messages) when the answers break the report's rules. The form checks the
    same things first; this keeps every other caller honest."""
    errors: dict[str, str] = {}
    this_year = timezone.now().year
    if not choices.FIRST_YEAR <= answers.year_started <= this_year:
        errors["year_started"] = f"The year must be between {choices.FIRST_YEAR} and {this_year}."
    if answers.ms_type not in dict(choices.MS_TYPE_CHOICES):
        errors["ms_type"] = "Choose the type of MS you had when you started, or “Not sure”."
    if answers.outcome not in choices.OUTCOME_LABELS:
        errors["outcome"] = "Choose how things went overall."
    for name in ("edss_before", "edss_after"):
        value = getattr(answers, name)
        if value is not None and Decimal(value) not in choices.EDSS_STEPS:
            errors[name] = "Choose an EDSS score from the list, from 0 to 10 in steps of 0.5."
    if answers.followup_months is not None and not 0 <= answers.followup_months <= 600:
        errors["followup_months"] = "Enter the number of months, from 0 to 600."
    for code, severity in answers.side_effects.items():
        if code not in choices.SIDE_EFFECT_LABELS or severity not in choices.SEVERITY_LABELS:
            errors["side_effects"] = "Choose side effects and their severity from the lists."
    if answers.cost_band and answers.cost_band not in choices.COST_BAND_LABELS:
        errors["cost_band"] = "Choose a cost from the list."
    if answers.currency and answers.currency not in choices.CURRENCY_CODES:
        errors["currency"] = "Choose a currency from the list."
    if answers.cost_band and answers.cost_band != choices.NO_COST and not answers.currency:
        errors["currency"] = "Choose the currency you paid in."
    if answers.currency and not answers.cost_band:
        errors["cost_band"] = "Choose roughly how much it cost, or leave the currency empty."
    if answers.country and answers.country not in choices.COUNTRY_NAMES:
        errors["country"] = "Choose a country from the list."
    if answers.clinic is not None and answers.clinic.status != Clinic.Status.APPROVED:
        errors["clinic"] = "Choose a clinic from the list."
    if errors:
        raise ValidationError(errors)


def _status_fields(prepared: pipeline.Prepared | None) -> dict:
    """Status, notice and reason for a (re)submitted report: it always waits,
    unless the pipeline refused the story outright (certain spam)."""
    if prepared is None:
        return {"status": ExperienceReport.Status.PENDING, "medical_notice": False,
                "status_reason": NEW_REPORT_REASON[1]}
    rejected = prepared.decision == Action.REJECT
    reasons = "; ".join(r.text for r in prepared.reasons if r.code != "ok") or NEW_REPORT_REASON[1]
    return {
        "status": ExperienceReport.Status.REJECTED if rejected else ExperienceReport.Status.PENDING,
        "medical_notice": prepared.labeled,
        "status_reason": reasons[:300],
    }


def _open_case(report: ExperienceReport, author: User | None) -> ModerationCase:
    return moderation_services.case_open(
        content=report, author=author, reasons=[NEW_REPORT_REASON], priority=NEW_REPORT_PRIORITY,
        pipeline_decision=Action.HOLD, evidence={},
    )


def _store(
    *, report: ExperienceReport | None, author: User, answers: ReportAnswers, story: str, action: str
) -> ReportResult:
    """Create (``report`` None) or update a report; the story through the pipeline."""
    now = timezone.now()

    def write(prepared: pipeline.Prepared | None) -> ExperienceReport:
        # The only place a report's story is written: the pipeline's scrubbed text and HTML.
        story_text, story_html = (prepared.text, prepared.html) if prepared else ("", "")
        fields = {**answers.as_fields(), **_status_fields(prepared)}
        if report is None:
            row = ExperienceReport.objects.create(
                author=author, created_at=now, story=story_text, story_html=story_html, **fields
            )
        else:
            row = report
            transitions.transition(row, STATUSES[fields.pop("status")], actor_kind=ActorKind.PIPELINE)
            for name, value in fields.items():
                setattr(row, name, value)
            row.story = story_text
            row.story_html = story_html
            row.edited_at = now
            row.save()
        if prepared is not None and not prepared.needs_case:
            # The policy must hold every report ("report -> hold"); should a
            # moderator ever disable that rule, the report still waits.
            _open_case(row, author)
        return row

    if story.strip():
        row, prepared = pipeline.submit(
            story, kind="report", save=write, author=author, author_names=account_names(author),
            event=action.split(".", 1)[1],
        )
        return ReportResult(report=row, prepared=prepared)
    with transaction.atomic():
        row = write(None)
        case = _open_case(row, author)
        audit.record(action=action, actor=author, content=row, case=case, detail={"decision": Action.HOLD})
    return ReportResult(report=row, prepared=None)


def report_create(*, author: User, answers: ReportAnswers, story: str = "") -> ReportResult:
    """File ``author``'s report. It waits for a moderator before it counts.

    Raises ``PermissionDenied`` when the author may not post (no verified
    e-mail), ``ValidationError`` with member-facing messages (a dict keyed by
    field name for the answers; a list for the story) when something is not
    acceptable; nothing is stored then. An empty story is allowed.
    """
    if not can_post(author):
        raise PermissionDenied("Confirm your e-mail address before you send a report.")
    check_answers(answers)
    return _store(report=None, author=author, answers=answers, story=story or "", action="report.submitted")


def report_preview(*, author: User, story: str) -> pipeline.Prepared | None:
    """What sending ``story`` with a report would store, without storing anything:
    the scrubbed text, its HTML and what was removed, or the problems that
    would refuse it (``prepared.problems``). None for an empty story."""
    if not story.strip():
        return None
    return pipeline.prepare(story, kind="report", author=author, author_names=account_names(author))


def report_update(*, report: ExperienceReport, author: User, answers: ReportAnswers, story: str = "") -> ReportResult:
    """Replace the answers and story of ``author``'s own ``report``.

    The edited report leaves the figures and waits for a moderator again
    (the open case is reused, or a new one opened). A withdrawn report cannot
    be edited. Raises as :func:`report_create`.
    """
    if report.author_id != author.pk:
        raise PermissionDenied("You can only change your own reports.")
    if not can_post(author):
        raise PermissionDenied("Confirm your e-mail address before you change a report.")
    if report.status == ExperienceReport.Status.WITHDRAWN:
        raise PermissionDenied("This report was withdrawn, so it cannot be changed.")
    check_answers(answers)
    return _store(report=report, author=author, answers=answers, story=story or "", action="report.edited")


def report_withdraw(*, report: ExperienceReport, author: User) -> ExperienceReport:
    """Withdraw ``author``'s own ``report``: it leaves the figures at once.

    An open moderation case about it is closed ("withdrawn by its author")
    so moderators do not read it for nothing. Audited as
    ``report.withdrawn``. Withdrawing twice changes nothing.
    """
    if report.author_id != author.pk:
        raise PermissionDenied("You can only withdraw your own reports.")
    with transaction.atomic():
        report = ExperienceReport.objects.select_for_update().get(pk=report.pk)
        if report.status == ExperienceReport.Status.WITHDRAWN:
            return report
        now = timezone.now()
        previous = report.status
        transitions.transition(report, ContentStatus.DELETED, actor_kind=ActorKind.AUTHOR)
        report.withdrawn_at = now
        report.save(update_fields=["status", "withdrawn_at", "updated_at"])
        case = moderation_services.cases_close_for(
            content=report, decision=ModerationCase.Decision.WITHDRAWN, reason="The author withdrew the report."
        )
        audit.record(action="report.withdrawn", actor=author, content=report, case=case,
                     detail={"previous_status": previous})
    return report


def _unique_clinic_slug(name: str, city: str) -> str:
    base = slugify(f"{name} {city}")[:160] or "clinic"
    slug, n = base, 2
    while Clinic.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def clinic_suggest(
    *, member: User, name: str, city: str, country: str, treatments: Sequence[Treatment] = ()
) -> Clinic:
    """Record ``member``'s suggestion of a clinic; staff approve it in the admin.

    The name and city go through the pipeline's label step (scrubbed: a
    member may type a doctor's home address or a phone number into them). A
    suggestion matching an existing clinic (same name and city, any case)
    returns that clinic instead of a duplicate.
    """
    if not can_post(member):
        raise PermissionDenied("Confirm your e-mail address before you suggest a clinic.")
    name = pipeline.prepare_label(name, max_length=160)
    city = pipeline.prepare_label(city, max_length=100)
    if not name or not city or country not in choices.COUNTRY_NAMES:
        raise ValidationError("Give the clinic's name, city and country.")
    existing = Clinic.objects.filter(name__iexact=name, city__iexact=city).first()
    if existing is not None:
        return existing
    with transaction.atomic():
        clinic = Clinic.objects.create(
            name=name, city=city, country=country, slug=_unique_clinic_slug(name, city),
            status=Clinic.Status.PENDING, suggested_by=member,
        )
        clinic.treatments.set(treatments)
        audit.record(action="clinic.suggested", actor=member, content=clinic)
    return clinic


def clinic_decide(*, clinic: Clinic, staff: User, approve: bool) -> Clinic:
    """Approve (it appears in the directory and the report form) or turn down a suggested clinic."""
    if not staff.has_perm("treatments.change_clinic"):
        raise PermissionDenied("Only staff decide about clinics.")
    clinic.status = Clinic.Status.APPROVED if approve else Clinic.Status.REJECTED
    clinic.save(update_fields=["status"])
    audit.record(action="clinic.approved" if approve else "clinic.rejected", actor=staff, content=clinic)
    return clinic


def reports_leave_with_member(*, member: User, remove_content: bool) -> int:
    """A member deletes their account: their reports leave the figures
    (withdrawn, audited); with ``remove_content`` their stories are erased."""
    reports = list(ExperienceReport.objects.filter(author=member))
    with transaction.atomic():
        for report in reports:
            report_withdraw(report=report, author=member)
        if remove_content:
            ExperienceReport.objects.filter(author=member).update(story="", story_html="")
    return len(reports)


def report_approved(*, report: ExperienceReport) -> int:
    """Tell the treatment's followers that a new report counts (no member text,
    no author: just the treatment). Returns how many were told."""
    treatment = report.treatment
    story = " It comes with a story." if report.story else ""
    return notification_services.notify_followers(
        target=treatment, exclude=[report.author_id] if report.author_id else [], kind="treatment", url=reverse("treatments:detail", kwargs={"slug": treatment.slug}),
        message=f"A new report about {treatment.name}, a treatment you follow, now counts in its figures.{story}",
        about=notification_services.About(group_key=notification_groups.key(NOTIFICATION_PREFIX, treatment.pk),
                                          title=treatment.name, source_id=report.pk),
    )


NOTIFICATION_PREFIX = "treatment"


def notification_summary(count: int, title: str, personal: int) -> str:
    """A group of "new report" notifications (no snippet: stories stay on the treatment's page)."""
    return f"{count} new reports about {title} now count in its figures"
