"""Journey 11: a staff editor previews an article body in the admin (with and
without JavaScript), links a treatment with the autocomplete and saves.
Journey 12: a member files a treatment report in steps, makes a mistake,
changes an answer from the check page and sends it.

Both on a 360 px phone and at 1,280 px, with the axe gate at zero on every
page of the way: each step, its error state and the check page."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import make_user
from tests.e2e.helpers import answer_report_steps, make_editor

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

VIEWS = {
    "phone-360": {"viewport": {"width": 360, "height": 780}, "is_mobile": True, "has_touch": True},
    "desktop-1280": {"viewport": {"width": 1280, "height": 900}},
}

BODY = ('<h2>What the trial found</h2><p onclick="steal()">Fewer relapses in the <span>first</span> year.</p>'
        '[adrotate group="4"]<script>alert(1)</script>')
STORY = "Two years on Ocrevus, no new lesions. Text me on 555-0142 if you want to talk."


def _views():
    return [pytest.param(name, marks=pytest.mark.browser_context_args(**args), id=name) for name, args in VIEWS.items()]


def signed_in(context, live_server, user) -> None:
    """Give ``context`` a session of ``user`` (as the ``login`` fixture does for the default context)."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}])


def csp_violations(page) -> list[str]:
    """Collects the page's Content-Security-Policy refusals (an inline script or
    style) from the site's markup and scripts. Those with no source address come
    from scripts the test itself evaluates (axe-core's) and are left out."""
    found: list[str] = []

    def heard(message) -> None:
        if "Content Security Policy" in message.text and message.location.get("url"):
            found.append(f"{message.location['url']}:{message.location.get('lineNumber')}: {message.text}")

    page.on("console", heard)
    return found


def assert_no_sideways_scroll(page, view: str, label: str) -> None:
    width = VIEWS[view]["viewport"]["width"]
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width, f"{label} at {view}: the page scrolls sideways ({scroll} > {width} CSS px)"


@pytest.mark.parametrize("view", _views())
def test_11_editor_previews_the_body_links_a_treatment_and_saves(view, page, login, axe_check, new_context,
                                                                 live_server):
    from threads.models import Article
    from treatments.models import Treatment

    editor = make_editor("ed_preview")
    member = make_user("not_on_the_team")
    login(editor)
    refused = csp_violations(page)
    page.goto("/admin/threads/article/add/")
    axe_check(page, f"article editor ({view})")
    authors = page.get_by_label("Author").locator("option").all_inner_texts()
    assert editor.username in authors and member.username not in authors

    page.get_by_label("Title").fill("Relapses fell in the first year")
    page.get_by_label("Summary").fill("An invented trial result.")
    page.get_by_label("Body").fill(BODY)
    # Treatments: the admin's autocomplete finds a brand name.
    page.locator(".field-treatments .select2-selection").click()
    page.keyboard.type("Ocrevus")
    page.get_by_role("option", name="ocrelizumab").click()
    expect(page.locator(".field-treatments .select2-selection__choice")).to_contain_text("ocrelizumab")

    # Preview (the script asks the server; no reload): the cleaned body, what was removed, the typing kept.
    page.get_by_role("button", name="Preview the body").click()
    preview = page.locator("#article-preview")
    expect(preview).to_be_focused()
    expect(preview.locator(".article-body")).to_have_text("What the trial foundFewer relapses in the first year.")
    expect(preview).to_contain_text("the <script> element and what is inside it")
    expect(preview).to_contain_text('WordPress shortcodes: [adrotate group="4"]')
    expect(page.get_by_label("Body")).to_have_value(BODY)
    assert Article.objects.count() == 0
    axe_check(page, f"article editor with its preview ({view})")

    page.get_by_role("button", name="Save", exact=True).last.click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    article = Article.objects.get()
    assert article.author == editor and article.body == (
        "<h2>What the trial found</h2><p>Fewer relapses in the first year.</p>")
    assert list(article.related_treatments.all()) == [Treatment.objects.get(slug="ocrelizumab")]
    assert refused == []

    # Without JavaScript the Preview button posts the form and the page comes back with the preview.
    plain = new_context(java_script_enabled=False)  # the same viewport
    signed_in(plain, live_server, editor)
    bare = plain.new_page()
    bare.goto(f"/admin/threads/article/{article.pk}/change/")
    bare.get_by_label("Body").fill(BODY + "<p>A second look.</p>")
    bare.get_by_role("button", name="Preview the body").click()
    bare.wait_for_load_state()
    expect(bare).to_have_url(re.compile(r"#article-preview$"))
    expect(bare.locator("#article-preview .article-body")).to_contain_text("A second look.")
    expect(bare.get_by_label("Body")).to_have_value(BODY + "<p>A second look.</p>")
    expect(bare.locator(".field-treatments option[selected]")).to_have_text("ocrelizumab")
    article.refresh_from_db()
    assert "A second look." not in article.body  # a preview saves nothing


@pytest.mark.parametrize("view", _views())
def test_12_member_sends_a_report_in_steps(view, page, login, axe_check):
    from treatments.models import ExperienceReport

    member = make_user("step_by_step")
    login(member)
    refused = csp_violations(page)
    page.goto("/treatments/report/")

    def gate(page, label: str) -> None:
        axe_check(page, f"{label} ({view})")
        assert_no_sideways_scroll(page, view, label)

    # An empty first answer: the error summary, focused, on the same page.
    page.get_by_role("button", name="Continue").click()
    expect(page.locator(".error-summary")).to_be_focused()
    expect(page.locator(".error-summary")).to_contain_text("Enter the name of the treatment")
    gate(page, "step 1 with an error")

    answer_report_steps(page, treatment="Ocrevus", story=STORY, each=gate)
    gate(page, "check page")
    answers = page.locator(".check-answers")
    expect(answers).to_contain_text("Ocrelizumab (Ocrevus)")
    expect(answers).to_contain_text("Secondary progressive MS (SPMS)")
    expect(answers).to_contain_text("Tiredness (fatigue): moderate")
    expect(page.locator(".notice-warning")).to_contain_text("We will remove 1 phone number")
    expect(page.locator(".story-preview")).not_to_contain_text("555-0142")
    assert ExperienceReport.objects.count() == 0

    # Change an answer from the check page; a mistake keeps the member there, with the error.
    page.get_by_role("link", name="Change Year you started").click()
    year = page.get_by_label("In which year did you start this treatment?")
    expect(year).to_have_value("2019")
    year.fill("1975")
    page.get_by_role("button", name="Save and go back to your answers").click()
    expect(page.locator(".error-summary")).to_contain_text("The year must be 1980 or later")
    expect(year).to_have_value("1975")
    gate(page, "changing an answer, with an error")
    year.fill("2018")
    page.get_by_role("button", name="Save and go back to your answers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers before you send your report")
    expect(answers).to_contain_text("2018")

    page.get_by_role("button", name="Send report").click()
    expect(page.locator(".notices")).to_contain_text("waiting for a moderator")
    gate(page, "the report sent")
    report = ExperienceReport.objects.get(author=member)
    assert (report.treatment.slug, report.year_started, report.ms_type, report.outcome) == (
        "ocrelizumab", 2018, "SPMS", "better")
    assert "555-0142" not in report.story and report.side_effects == {"fatigue": "moderate"}
    assert refused == []
