"""Data and page helpers for the browser tests (factories in tests/conftest.py do the rest)."""

from __future__ import annotations

import itertools
from decimal import Decimal

from django.contrib.auth.models import Group
from django.utils.text import slugify

from mscommunity.accounts.policy import EDITORS_GROUP, MODERATORS_GROUP
from tests.conftest import make_article, make_user

_n = itertools.count(1)

SEEKING = "I have SPMS. Would HSCT work for me, or am I too late? Please help."


def make_moderator(username: str | None = None):
    user = make_user(username or f"moderator{next(_n)}", is_staff=True)
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


def make_editor(username: str | None = None):
    user = make_user(username or f"editor{next(_n)}", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


def make_clinic(name: str, city: str, country: str, *, treatments: tuple[str, ...] | list[str] = ()):
    from treatments.models import Clinic, Treatment

    clinic = Clinic.objects.create(name=name, slug=slugify(f"{name}-{city}"), city=city, country=country,
                                   status=Clinic.Status.APPROVED)
    clinic.treatments.set(Treatment.objects.filter(slug__in=treatments))
    return clinic


def make_report(treatment: str = "ahsct", *, approved: bool = True, **fields):
    """An experience report stored directly (no story, no case): for the figures."""
    from treatments.models import ExperienceReport, Treatment

    values = {
        "year_started": 2018, "ms_type": "SPMS", "outcome": "better",
        "edss_before": Decimal("6.0"), "edss_after": Decimal("5.5"), "followup_months": 24,
        "side_effects": {"fatigue": "mild"}, "cost_band": "10k_50k", "currency": "USD",
    }
    values.update(fields)
    return ExperienceReport.objects.create(
        treatment=Treatment.objects.get(slug=treatment), author=values.pop("author", None) or make_user(),
        status=ExperienceReport.Status.APPROVED if approved else ExperienceReport.Status.PENDING, **values,
    )


def seeking_advice_case():
    """A published seeking-advice comment and its open moderation case."""
    from mscommunity.moderation.models import ModerationCase
    from threads.models import Article
    from threads.services import comment_create

    article = Article.objects.filter(slug="trial-news").first() or make_article("trial-news")
    comment = comment_create(author=make_user(), article=article, parent=None, text=SEEKING).comment
    return ModerationCase.objects.get(object_id=comment.pk, content_type__model="comment")


def answer_report_steps(page, *, treatment: str | None = "stem cell transplant", story: str = "",
                        each=None) -> None:
    """Answer the report form's eight steps as a member would, pressing
    Continue on each, and arrive on the check page. ``treatment`` None keeps
    what the first step shows (a prefill); ``each(page, slug)`` runs on every
    step before it is answered (an accessibility check, say)."""
    from playwright.sync_api import expect

    def step(slug: str, answer) -> None:
        expect(page.locator("form.report-step")).to_be_visible()
        if each is not None:
            each(page, slug)
        answer()
        page.get_by_role("button", name="Continue").click()
        page.wait_for_load_state()

    def treatment_step() -> None:
        if treatment is not None:
            page.get_by_label("Which treatment is this report about?").fill(treatment)

    def started() -> None:
        page.get_by_label("In which year did you start this treatment?").fill("2019")
        page.get_by_role("group", name="What type of MS did you have when you started?").get_by_label(
            "Secondary progressive MS (SPMS)").check()

    def edss() -> None:
        page.get_by_label("Your EDSS score before the treatment (optional)").select_option("6.5")
        page.get_by_label("Your most recent EDSS score since the treatment (optional)").select_option("6")
        page.get_by_label("How many months after starting was that score? (optional)").fill("36")

    def cost() -> None:
        page.get_by_label("Roughly how much did you pay yourself? (optional)").select_option(label="10,000 to 50,000")
        page.get_by_label("In which currency? (optional)").select_option("USD")

    step("treatment", treatment_step)
    step("started", started)
    step("where", lambda: None)
    step("edss", edss)
    step("outcome", lambda: page.get_by_role("group", name="Overall, how have things been since you started?")
         .get_by_label("A little better").check())
    step("side-effects", lambda: page.get_by_label("Tiredness (fatigue)").select_option(label="Moderate"))
    step("cost", cost)
    step("story", lambda: page.get_by_label("Your story (optional)").fill(story))
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers before you send your report")
