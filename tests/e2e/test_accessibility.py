"""The accessibility gate: axe-core's WCAG 2.2 A and AA rules (colour contrast
included, with the real CSS) on every page type, zero violations.

``make screenshots`` runs this file with E2E_SCREENSHOTS=docs/screenshots and
each page type is also saved there as two PNGs, ``<name>-1280px.png`` (a
1,280 px desktop window) and ``<name>-360px.png`` (a 360 px phone).
(tests/test_html_validity.py is the HTML gate over the same page types.)
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from tests.conftest import make_article, make_user
from tests.e2e.helpers import make_clinic, make_moderator, make_report, seeking_advice_case

ADVICE = "You should stop Tysabri and go to Mexico for HSCT, I highly recommend it to anyone."

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _home(page, login) -> str:
    for n in range(3):
        make_article(f"news-{n}", title=f"Invented research news {n + 1}")
    return "/"


def _article_long_thread(page, login) -> str:
    call_command("seed_thread", comments=200, slug="long-thread", stdout=open(os.devnull, "w"))  # noqa: SIM115
    login(make_user("reader_member"))  # members see every control: follow, reply, react, flag
    return "/articles/long-thread/"


def _comment_errors(page, login) -> str:
    make_article("trial-news")
    login(make_user("empty_writer"))
    page.goto("/articles/trial-news/")
    page.get_by_role("button", name="Post comment", exact=True).click()
    expect(page.locator(".error-summary")).to_be_visible()
    return ""


def _reply(page, login) -> str:
    from threads.services import comment_create

    article = make_article("trial-news")
    comment = comment_create(author=make_user("first_writer"), article=article, parent=None,
                             text="We went to the information day.").comment
    login(make_user("replier"))
    return f"/articles/trial-news/comments/{comment.pk}/reply/"


def _signup_errors(page, login) -> str:
    page.goto("/accounts/signup/")
    page.get_by_label("Username (your public name)").fill("river_walker")
    page.get_by_label("E-mail address").fill("river_walker@example.org")
    page.get_by_label("Password", exact=True).fill("correct-horse-battery-staple")
    page.get_by_label("Password again").fill("a-different-password")
    page.get_by_role("button", name="Create account").click()
    expect(page.locator(".error-summary")).to_be_visible()
    return ""


def _crisis(page, login) -> str:
    return "/help/now/"


def _report_form(page, login) -> str:
    login(make_user("reporting_member"))
    return "/treatments/report/"


def _report_errors(page, login) -> str:
    login(make_user("reporting_member"))
    page.goto("/treatments/report/")
    page.get_by_role("button", name="Continue").click()
    expect(page.locator(".error-summary")).to_be_visible()
    return ""


def _treatment(page, login) -> str:
    reports = [make_report("ahsct") for _ in range(5)]
    return reports[0].treatment.get_absolute_url()


def _clinic(page, login) -> str:
    clinic = make_clinic("Invented Hospital", "Chicago", "US", treatments=["ahsct"])
    for _ in range(5):
        make_report("ahsct", clinic=clinic)
    return clinic.get_absolute_url()


def _notifications(page, login) -> str:
    from mscommunity.moderation.models import ModerationCase
    from mscommunity.moderation.services import case_decide
    from threads.services import comment_create

    article = make_article("trial-news")
    author = make_user("advice_giver")
    held = comment_create(author=author, article=article, parent=None, text=ADVICE).comment
    case = ModerationCase.objects.get(object_id=held.pk, content_type__model="comment")
    case_decide(case=case, moderator=make_moderator(), decision=ModerationCase.Decision.APPROVED_LABELED)
    held.refresh_from_db()  # published now: replies are allowed
    comment_create(author=make_user("kind_reader"), article=article, parent=held, text="Thank you for sharing.")
    for name, text in [("river_walker", "We went to the information day in March, it was worth the trip."),
                       ("night_owl", "Our clinic has a leaflet about the trial, ask at the front desk.")]:
        comment_create(author=make_user(name), article=article, parent=None, text=text)
    login(author)
    return "/notifications/"


def _comment(page, login) -> str:
    from threads.services import comment_create

    article = make_article("trial-news")
    comment_create(author=make_user("first_writer"), article=article, parent=None, text="We went to the information day.")
    comment = comment_create(author=make_user("second_writer"), article=article, parent=None,
                             text="Does anyone know when the trial starts recruiting?").comment
    login(make_user("reader_member"))
    return f"/articles/trial-news/comments/{comment.pk}/"


def _search(page, login) -> str:
    from threads.services import comment_create

    article = make_article("fatigue-news", title="Invented research news about fatigue")
    comment_create(author=make_user("tired_writer"), article=article, parent=None,
                   text="The fatigue is the hardest part for me, more than walking.")
    return "/search/?q=fatigue"


def _appeal(page, login) -> str:
    from mscommunity.moderation.models import ModerationCase
    from mscommunity.moderation.services import case_decide
    from threads.services import comment_create

    author = make_user("advice_giver")
    held = comment_create(author=author, article=make_article("trial-news"), parent=None, text=ADVICE).comment
    case = ModerationCase.objects.get(object_id=held.pk, content_type__model="comment")
    case_decide(case=case, moderator=make_moderator(), decision=ModerationCase.Decision.REJECTED,
                reason="It tells people to stop a treatment.")
    login(author)
    return f"/account/decisions/{case.pk}/appeal/"


def _forbidden(page, login) -> str:
    from threads.services import comment_create

    comment = comment_create(author=make_user("first_writer"), article=make_article("trial-news"), parent=None,
                             text="We went to the information day.").comment
    login(make_user("curious_member"))
    return f"/articles/trial-news/comments/{comment.pk}/remove/"  # moderators only


def _server_error(page, login) -> str:
    return "/boom/"  # the test serves tests/e2e/error_urls.py, where it fails


def _admin_queue(page, login) -> str:
    seeking_advice_case()
    login(make_moderator())
    return "/admin/moderation/moderationcase/"


def _admin_case(page, login) -> str:
    case = seeking_advice_case()
    login(make_moderator())
    return f"/admin/moderation/moderationcase/{case.pk}/change/"


def _admin_review(page, login) -> str:
    from threads.models import Comment
    from threads.services import comment_create

    case = seeking_advice_case()
    comment = Comment.objects.get(pk=case.object_id)
    comment_create(author=make_user("kind_replier"), article=comment.article, parent=comment,
                   text="We went to the information day, ask your MS nurse.")
    login(make_moderator())
    return "/admin/moderation/review/"


def _admin_review_refused(page, login) -> str:
    seeking_advice_case()
    login(make_moderator())
    page.goto("/admin/moderation/review/")
    page.get_by_role("button", name="Reject r").click()
    expect(page.locator(".review-problem")).to_be_visible()
    return ""


def _account(page, login) -> str:
    login(make_user("account_member"))
    return "/account/"


def _account_errors(page, login) -> str:
    login(make_user("account_member"))
    page.goto("/account/")
    page.get_by_label("New pseudonym").fill("JaneSmithson")
    page.get_by_role("button", name="Change pseudonym").click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.get_by_label("This is my real name, and I want everyone to see it")).to_be_visible()
    return ""


# name -> set-up returning the path to open ("" when the set-up already opened the page)
PAGES: dict[str, Callable] = {
    "home": _home,
    "article-long-thread": _article_long_thread,
    "comment-form-errors": _comment_errors,
    "reply": _reply,
    "sign-up-errors": _signup_errors,
    "sign-up": lambda page, login: "/accounts/signup/",
    "login": lambda page, login: "/accounts/login/",
    "password-reset": lambda page, login: "/accounts/password/reset/",
    "crisis-support": _crisis,
    "comment": _comment,
    "search-results": _search,
    "report-form": _report_form,
    "report-form-errors": _report_errors,
    "directory": lambda page, login: "/treatments/",
    "treatment": _treatment,
    "clinics": lambda page, login: "/clinics/",
    "clinic": _clinic,
    "notifications": _notifications,
    "account": _account,
    "account-errors": _account_errors,
    "appeal": _appeal,
    "admin-queue": _admin_queue,
    "admin-case": _admin_case,
    "admin-review": _admin_review,
    "admin-review-refused": _admin_review_refused,
    "not-found": lambda page, login: "/articles/no-such-article/",
    "forbidden": _forbidden,
    "server-error": _server_error,
}

# Pages whose answer is an error status by design.
EXPECTED_STATUS = {"not-found": 404, "forbidden": 403, "server-error": 500}
# The widths of ``make screenshots``: a 360 px phone and a 1,280 px desktop window.
SCREENSHOT_WIDTHS = (1280, 360)


def _screenshots(page, name: str, out: Path) -> None:
    """``<name>-1280px.png`` and ``<name>-360px.png`` (the whole page; the first
    screen of the long thread), then the 1,280 px window again for axe."""
    out.mkdir(parents=True, exist_ok=True)
    for width in SCREENSHOT_WIDTHS:
        page.set_viewport_size({"width": width, "height": 900 if width > 600 else 780})
        page.screenshot(path=str(out / f"{name}-{width}px.png"), full_page=name != "article-long-thread")
    page.set_viewport_size({"width": 1280, "height": 900})


@pytest.mark.parametrize("name", list(PAGES))
def test_page_has_no_wcag_violations(name, page, login, axe_check, settings):
    if name == "server-error":
        settings.ROOT_URLCONF = "tests.e2e.error_urls"
    path = PAGES[name](page, login)
    if path:
        response = page.goto(path)
        expected = EXPECTED_STATUS.get(name, 200)
        assert response.status == expected, f"{path} answered {response.status}"
    if name == "notifications":
        expect(page.locator(".notification")).to_have_count(3)  # the statement of reasons when it was held, too
        expect(page.get_by_role("link", name="3 new comments in")).to_be_visible()  # one line for the thread
    # The real stylesheet is applied (contrast is checked against it).
    assert page.evaluate("getComputedStyle(document.body).fontSize") != "16px" or "/admin/" in page.url
    if name == "server-error":
        assert page.locator("main a[href='/']").count() >= 1  # the site's layout, with a way back
    out = os.environ.get("E2E_SCREENSHOTS")
    if out:
        _screenshots(page, name, Path(out))
    axe_check(page, label=f"{name} ({page.url})")
    # And on a 360 px phone: the same page, laid out for it (contrast, target size, reflow).
    page.set_viewport_size({"width": 360, "height": 780})
    axe_check(page, label=f"{name} at 360 px ({page.url})")
