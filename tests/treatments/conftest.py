"""Helpers for the treatment directory tests: reports made fast (straight to
the database, for the figures) and through the real services and queue."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType

from mscommunity.moderation.models import ModerationCase
from mscommunity.moderation.services import case_decide
from tests.conftest import make_user
from treatments.forms import REPORT_STEPS
from treatments.models import ExperienceReport, Treatment

_n = itertools.count(1)

VALID_FORM = {
    "treatment_name": "Gilenya", "treatment": "", "year_started": "2017", "ms_type": "RRMS",
    "clinic": "", "country": "GB", "edss_before": "3.5", "edss_after": "2.5", "followup_months": "24",
    "outcome": "better", "side_effect_fatigue": "mild", "side_effect_headache": "", "cost_band": "none",
    "currency": "", "story": "",
}


NEW_REPORT = "/treatments/report/"
CHECK = "/treatments/report/check/"


def step_url(step, *, report_pk: int | None = None) -> str:
    """The address of a step of the report form (``step``: a ReportStep or its slug)."""
    slug = getattr(step, "slug", step)
    if report_pk is not None:
        return f"/treatments/reports/{report_pk}/edit/{slug}/"
    return NEW_REPORT if slug == REPORT_STEPS[0].slug else f"{NEW_REPORT}{slug}/"


def step_data(step, data: dict) -> dict:
    """What the browser sends from ``step``'s page when ``data`` was typed in the whole form."""
    return {**{name: data.get(name, "") for name in step.fields}, "website": data.get("website", "")}


def post_steps(client, data: dict, *, report_pk: int | None = None, steps=REPORT_STEPS):
    """Answer the report form's ``steps`` with ``data``, as a member does page by
    page. Returns the first page that does not move on (a step with errors), or None."""
    for step in steps:
        response = client.post(step_url(step, report_pk=report_pk), step_data(step, data))
        if response.status_code != 302:
            return response
    return None


def submit_report(client, data: dict):
    """Answer every step, then send from the check page: the final response.
    A step that refuses its answers is returned instead (nothing is sent)."""
    stopped = post_steps(client, data)
    return stopped if stopped is not None else client.post(CHECK)


def report_row(treatment: str = "ahsct", *, status: str = ExperienceReport.Status.APPROVED, author=None,
               **fields) -> ExperienceReport:
    """A report stored directly (no story, no case): for the figures only."""
    defaults = {
        "year_started": 2018, "ms_type": "RRMS", "outcome": "better",
        "edss_before": Decimal("6.0"), "edss_after": Decimal("5.0"), "side_effects": {"fatigue": "mild"},
        "cost_band": "10k_50k", "currency": "USD",
    }
    defaults.update(fields)
    return ExperienceReport.objects.create(
        treatment=Treatment.objects.get(slug=treatment), status=status,
        author=author or make_user(f"reporter{next(_n)}"), **defaults,
    )


def case_of(report: ExperienceReport) -> ModerationCase:
    """The open case about ``report``."""
    return ModerationCase.objects.exclude(status=ModerationCase.Status.DECIDED).get(
        content_type=ContentType.objects.get_for_model(ExperienceReport), object_id=report.pk
    )


def approve(report: ExperienceReport, moderator) -> None:
    case_decide(case=case_of(report), moderator=moderator, decision=ModerationCase.Decision.APPROVED)


@pytest.fixture
def form_data() -> dict:
    return dict(VALID_FORM)
