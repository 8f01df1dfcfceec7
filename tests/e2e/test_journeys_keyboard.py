"""Journey 9: keyboard only (Tab, Shift+Tab, Enter, Space, arrows and typing;
no mouse) for commenting, replying and the treatment report form. Every
control reached shows the yellow focus style."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import make_article, make_user
from threads.models import Comment
from threads.services import comment_create

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

FOCUS_YELLOW = "255, 221, 0"  # --focus in site.css

FOCUSED = """([selector, text]) => {
  const el = document.activeElement;
  if (!el || !el.matches(selector)) return false;
  return !text || (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().startsWith(text)
      || (el.labels && el.labels[0] && el.labels[0].innerText.trim().startsWith(text));
}"""

FOCUS_VISIBLE = """(yellow) => {
  const s = getComputedStyle(document.activeElement);
  return [s.backgroundColor, s.outlineColor, s.boxShadow].some(v => v.includes(yellow))
      && (s.outlineStyle !== 'none' || s.boxShadow !== 'none' || s.backgroundColor.includes(yellow));
}"""


def tab_to(page, selector: str, text: str = "", *, back: bool = False, limit: int = 150) -> None:
    """Press Tab (or Shift+Tab) until the focused element matches; it must show its focus."""
    key = "Shift+Tab" if back else "Tab"
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate(FOCUSED, [selector, text]):
            assert page.evaluate(FOCUS_VISIBLE, FOCUS_YELLOW), f"no visible focus on {selector} {text!r}"
            return
    raise AssertionError(f"{key} never reached {selector} {text!r}")


def test_9_keyboard_comment_and_reply(page, login):
    article = make_article("trial-news", title="Stem cell transplant trial")
    other = make_user("ana_w")
    root = comment_create(author=other, article=article, parent=None, text="We went to the information day.").comment
    member = make_user("kai_keys")
    login(member)
    page.goto(article.get_absolute_url())

    # The skip link comes first and moves focus to the main content.
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    # Comment: the text box, then past the Preview button and back with Shift+Tab.
    tab_to(page, "textarea", "")
    page.keyboard.type("Thank you for writing this up so clearly.")
    tab_to(page, "button", "Preview")
    tab_to(page, "button", "Post comment", back=True)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator(".fb")).to_contain_text("Posted.")
    expect(page.locator(".fb")).to_be_focused()  # the outcome, beside the new comment, has the focus
    assert Comment.objects.filter(author=member, parent=None).count() == 1

    # Reply to ana_w: a real button, pressed with Space.
    page.goto(article.get_absolute_url())
    tab_to(page, "button", "Reply")
    assert "to ana_w" in page.evaluate("document.activeElement.innerText")
    page.keyboard.press("Space")
    expect(page.get_by_role("heading", level=1)).to_have_text("Reply to ana_w")
    tab_to(page, "textarea")
    page.keyboard.type("Was it worth going? I am thinking about it.")
    tab_to(page, "button", "Post reply")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    reply = Comment.objects.get(author=member, parent=root)
    expect(page).to_have_url(re.compile(rf"#comment-{reply.pk}$"))
    expect(page.locator(f"#comment-{root.pk} #comment-{reply.pk}")).to_contain_text("Was it worth going?")


def continue_with_enter(page) -> None:
    """Tab to the step's Continue button and press Enter."""
    tab_to(page, "button", "Continue")
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_9_keyboard_report_form(page, login):
    from treatments.models import ExperienceReport

    member = make_user("kai_keys")
    login(member)
    page.goto("/treatments/report/")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()

    # Search as you type, choose with the arrow keys and Enter (no submit).
    tab_to(page, "input", "Which treatment")
    page.keyboard.type("HSCT")
    expect(page.get_by_role("listbox", name="Matching treatments")).to_be_visible()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    expect(page.get_by_label("Which treatment is this report about?")).to_have_value("AHSCT")
    expect(page.get_by_role("listbox", name="Matching treatments")).to_be_hidden()
    continue_with_enter(page)

    # A mistake: the error summary takes the focus; the year typed is still there.
    tab_to(page, "input", "In which year")
    page.keyboard.type("1975")
    continue_with_enter(page)
    expect(page.locator(".error-summary")).to_be_focused()
    expect(page.locator(".error-summary")).to_contain_text("The year must be 1980 or later")
    tab_to(page, "input", "In which year")
    expect(page.get_by_label("In which year did you start this treatment?")).to_have_value("1975")
    page.keyboard.press("Control+A")
    page.keyboard.type("2019")
    # Radio groups: Tab enters the group, arrows move, Space checks.
    tab_to(page, "input[type=radio][name=ms_type]")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    expect(page.get_by_label("Secondary progressive MS (SPMS)")).to_be_checked()
    continue_with_enter(page)

    continue_with_enter(page)  # where: nothing to say
    # A select: type to choose.
    tab_to(page, "select", "Your EDSS score before")
    page.keyboard.type("6.5")
    tab_to(page, "select", "Your most recent EDSS")
    page.keyboard.type("6")
    expect(page.get_by_label("Your EDSS score before the treatment (optional)")).to_have_value("6.5")
    expect(page.get_by_label("Your most recent EDSS score since the treatment (optional)")).to_have_value("6")
    continue_with_enter(page)

    tab_to(page, "input[type=radio][name=outcome]")
    for _ in range(3):
        page.keyboard.press("ArrowDown")
    expect(page.get_by_label("A little better")).to_be_checked()
    continue_with_enter(page)
    continue_with_enter(page)  # side effects: none
    continue_with_enter(page)  # cost: rather not say
    tab_to(page, "textarea", "Your story")
    page.keyboard.type("No relapses since the transplant.")
    continue_with_enter(page)

    # The check page: change an answer with its link, come back, send.
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your answers before you send your report")
    tab_to(page, "a[href*='/outcome/']", "Change")  # "Change Overall" to a screen reader
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.get_by_label("A little better")).to_be_checked()
    tab_to(page, "input[type=radio][name=outcome]")
    page.keyboard.press("ArrowDown")
    expect(page.get_by_label("Much better")).to_be_checked()
    tab_to(page, "button", "Save and go back to your answers")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.locator(".check-answers")).to_contain_text("Much better")
    tab_to(page, "button", "Send report")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    report = ExperienceReport.objects.get(author=member)
    assert (report.treatment.slug, report.year_started, report.ms_type, report.outcome) == (
        "ahsct", 2019, "SPMS", "much_better")
    assert str(report.edss_before) == "6.5" and report.status == ExperienceReport.Status.PENDING
    assert report.story == "No relapses since the transplant."
