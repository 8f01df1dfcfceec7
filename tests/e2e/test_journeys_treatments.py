"""Journey 7: a member files a treatment report; once a moderator approved it
and the treatment has k (5) approved reports, its page shows figures."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import make_user
from tests.e2e.helpers import answer_report_steps, make_moderator, make_report

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_7_a_report_counts_once_approved_and_the_figures_appear_at_k(page, login):
    from treatments.models import ExperienceReport

    for _ in range(4):
        make_report("ahsct")
    member, moderator = make_user("tam_v"), make_moderator("mod_ria")

    # Four approved reports: fewer than k, so no figures.
    page.goto("/treatments/ahsct/")
    expect(page.locator(".figures-withheld")).to_be_visible()
    expect(page.locator(".figures-summary")).to_have_count(0)

    login(member)
    page.goto("/treatments/ahsct/")
    page.get_by_role("link", name=re.compile("Report your experience of")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Which treatment is this report about?")
    expect(page.get_by_label("Which treatment is this report about?")).to_have_value("AHSCT")  # prefilled
    answer_report_steps(page, story="Treated in 2019; no new lesions on my last two MRIs.")
    expect(page.locator(".check-answers")).to_contain_text("Secondary progressive MS (SPMS)")
    page.get_by_role("button", name="Send report").click()
    page.wait_for_load_state()
    expect(page.locator(".notices")).to_contain_text("moderator")
    report = ExperienceReport.objects.get(author=member)
    assert report.status == ExperienceReport.Status.PENDING and report.treatment.slug == "ahsct"

    # Waiting for review, it does not count yet.
    page.goto("/treatments/ahsct/")
    expect(page.locator(".figures-withheld")).to_be_visible()

    # A moderator approves it in the queue.
    login(moderator)
    page.goto("/admin/moderation/moderationcase/?reason=new_report")
    page.locator("#result_list").get_by_role("link", name=re.compile(r"^#\d+$")).first.click()
    expect(page.locator(".field-content_shown")).to_contain_text("Treated in 2019")
    page.get_by_label("Approved", exact=True).check()
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_load_state()
    report.refresh_from_db()
    assert report.status == ExperienceReport.Status.APPROVED

    # Now five approved reports: the page shows the figures.
    page.goto("/treatments/ahsct/")
    expect(page.locator(".figures-withheld")).to_have_count(0)
    expect(page.locator(".figures-summary")).to_contain_text("5")
    outcomes = page.locator("table.data-table").first
    expect(outcomes.locator("tfoot")).to_contain_text("5")
    expect(page.locator(".story-list")).to_contain_text("no new lesions on my last two MRIs")
