"""The HTML gate, beside the axe gate (tests/e2e/test_accessibility.py): every
page type, rendered with the Django test client as a visitor, a member, a
moderator and in its error states, is valid HTML for the Nu HTML Checker
(vnu.jar), at zero errors. All pages go to the checker in one run.

Needs Java and vnu.jar (see tests/html_validator.py and ``make vnu``): it
skips without them on a developer's machine and fails under CI.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.test import Client, RequestFactory
from django.views import defaults

from tests import html_validator
from tests.conftest import make_article, make_user

pytestmark = pytest.mark.django_db

ADVICE = "You should stop Tysabri and go to Mexico for HSCT, I highly recommend it to anyone."
SEEKING = "I have SPMS. Would HSCT work for me, or am I too late? Please help."
CANARY = ('<!DOCTYPE html><html lang="en"><head><title>Canary</title></head><body>'
          '<time datetime="2024-05-01T10:00:00.123456+00:00">1 May</time></body></html>')


def _client(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def _moderator():
    from django.contrib.auth.models import Group

    from mscommunity.accounts.policy import MODERATORS_GROUP

    user = make_user("html_moderator", is_staff=True)
    user.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    return user


def _report(author, **fields):
    from decimal import Decimal

    from treatments.models import ExperienceReport, Treatment

    values = {
        "year_started": 2018, "ms_type": "SPMS", "outcome": "better", "edss_before": Decimal("6.0"),
        "edss_after": Decimal("5.5"), "followup_months": 24, "side_effects": {"fatigue": "mild"},
        "cost_band": "10k_50k", "currency": "USD", "status": ExperienceReport.Status.APPROVED,
    }
    values.update(fields)
    return ExperienceReport.objects.create(treatment=Treatment.objects.get(slug="ahsct"), author=author, **values)


def _site() -> dict[str, Callable[[], object]]:
    """Build one small site with something on every page, and return page
    name -> a function that fetches it (a response, or HTML as a string)."""
    from mscommunity.moderation.models import ModerationCase
    from mscommunity.moderation.services import case_decide
    from mscommunity.notifications.emails import unsubscribe_token
    from mscommunity.notifications.services import follow
    from threads.services import comment_create, reaction_toggle

    for n in range(3):
        make_article(f"news-{n}", title=f"Invented research news {n + 1}")
    call_command("seed_thread", comments=40, slug="long-thread", stdout=open("/dev/null", "w"))  # noqa: SIM115
    article = make_article("trial-news", title="A stem cell trial opens in Chicago")
    moderator = _moderator()
    author, reader, replier = make_user("advice_giver"), make_user("kind_reader"), make_user("replier")
    follow(user=author, target=article)

    held = comment_create(author=author, article=article, parent=None, text=ADVICE).comment
    case = ModerationCase.objects.get(object_id=held.pk, content_type__model="comment")
    case_decide(case=case, moderator=moderator, decision=ModerationCase.Decision.APPROVED_LABELED)
    held.refresh_from_db()
    seeking = comment_create(author=reader, article=article, parent=None, text=SEEKING).comment
    reply = comment_create(author=replier, article=article, parent=held, text="Thank you for sharing.").comment
    comment_create(author=reader, article=article, parent=reply,
                   text="My nurse's number is 01632 960123, call me on Tuesdays.")
    reaction_toggle(member=reader, comment=held, kind="helpful")
    rejected = comment_create(author=author, article=article, parent=None,
                              text="Buy cheap pills at my shop, best prices, link in my profile!!!").comment
    rejected_case = ModerationCase.objects.filter(object_id=rejected.pk, content_type__model="comment").first()
    if rejected_case is not None and rejected_case.is_open:
        case_decide(case=rejected_case, moderator=moderator, decision=ModerationCase.Decision.REJECTED,
                    reason="It advertises a shop.")
    open_case = ModerationCase.objects.get(object_id=seeking.pk, content_type__model="comment")

    from treatments.models import Clinic, Treatment

    clinic = Clinic.objects.create(name="Invented Hospital", slug="invented-hospital-chicago", city="Chicago",
                                   country="US", status=Clinic.Status.APPROVED)
    clinic.treatments.set(Treatment.objects.filter(slug="ahsct"))
    report = _report(reader, clinic=clinic)
    for _ in range(5):
        _report(make_user(), clinic=clinic)

    visitor, member, author_client = _client(), _client(reader), _client(author)
    mod = _client(moderator)
    slug = article.slug
    comment_url = f"/articles/{slug}/comments/{held.pk}"

    def error_403() -> str:
        request = RequestFactory().get("/")
        from django.contrib.auth.models import AnonymousUser

        request.user = AnonymousUser()
        return defaults.permission_denied(request, PermissionDenied("Only moderators remove comments.")).content

    def error_500() -> bytes:
        return defaults.server_error(RequestFactory().get("/")).content

    def too_many() -> bytes:
        from mscommunity.ratelimits import too_many as page_429

        request = RequestFactory().post(f"/articles/{slug}/comments/", {"text": "What I typed"})
        request.user, request.session = reader, {}
        return page_429(request, 120).content

    def busy() -> str:
        # As DatabaseUnavailableMiddleware renders it (without the request); the
        # middleware itself would close this test's database connection.
        from django.template.loader import render_to_string

        return render_to_string("503.html", {"kept": [("text", "What I typed")],
                                             "action_url": f"/articles/{slug}/comments/", "csrf_token": "x" * 32})

    # A long list of replies (folded), read by a member after a break (new ones marked).
    from django.utils import timezone

    from threads.models import ArticleVisit

    folded = make_article("many-replies", title="Cooling vests")
    ArticleVisit.objects.create(member=reader, article=folded, visited_at=timezone.now() - timezone.timedelta(hours=2))
    vest = comment_create(author=replier, article=folded, parent=None, text="Who else uses a cooling vest?").comment
    for n in range(6):
        comment_create(author=make_user(f"vest_user_{n}"), article=folded, parent=vest, text=f"I do, day {n}.")

    appealable = ModerationCase.objects.filter(author=author, decision=ModerationCase.Decision.REJECTED).first()

    # The report form in steps, answered by another member: each step as kept, and the check page.
    from tests.treatments.conftest import CHECK, VALID_FORM, post_steps, step_url
    from treatments.forms import REPORT_STEPS

    reporter = _client(make_user("stepwise_reporter"))
    assert post_steps(reporter, {**VALID_FORM, "story": "Ring me on 555-0144 about HSCT."}) is None
    step_urls = {f"report-step-{step.slug}": step_url(step) + "?change=1" for step in REPORT_STEPS[1:]}
    step_pages = {name: (lambda url=url: reporter.get(url)) for name, url in step_urls.items()}

    pages: dict[str, Callable[[], object]] = {
        **step_pages,
        "report-check": lambda: reporter.get(CHECK),
        "home": lambda: visitor.get("/"),
        "home-member": lambda: member.get("/"),
        "article-visitor": lambda: visitor.get(f"/articles/{slug}/"),
        "article-member": lambda: member.get(f"/articles/{slug}/"),
        "article-author": lambda: author_client.get(f"/articles/{slug}/"),
        "article-moderator": lambda: mod.get(f"/articles/{slug}/"),
        "article-long-thread": lambda: member.get("/articles/long-thread/"),
        "article-folded-new": lambda: member.get("/articles/many-replies/"),
        "article-feedback": lambda: author_client.post(f"/articles/{slug}/comments/",
                                                       {"text": "Call me on (440) 555-0147 any evening."}, follow=True),
        "article-long-thread-page-2": lambda: visitor.get("/articles/long-thread/?page=2"),
        "single-comment": lambda: member.get(f"{comment_url}/", follow=True),
        "comment-form-errors": lambda: member.post(f"/articles/{slug}/comments/", {"body": ""}, follow=True),
        "reply": lambda: member.get(f"{comment_url}/reply/"),
        "reply-errors": lambda: member.post(f"{comment_url}/reply/", {"body": ""}),
        "flag": lambda: member.get(f"{comment_url}/flag/"),
        "edit": lambda: author_client.get(f"{comment_url}/edit/"),
        "delete": lambda: author_client.get(f"{comment_url}/delete/"),
        "remove": lambda: mod.get(f"{comment_url}/remove/"),
        "search-results": lambda: visitor.get("/search/?q=fatigue"),
        "search-nothing": lambda: visitor.get("/search/?q=zzzzqqq"),
        "search-empty": lambda: visitor.get("/search/"),
        "treatments": lambda: visitor.get("/treatments/"),
        "treatment": lambda: member.get("/treatments/ahsct/"),
        "report-form": lambda: member.get("/treatments/report/"),
        "report-form-errors": lambda: member.post("/treatments/report/", {}),
        "my-reports": lambda: member.get("/treatments/reports/"),
        "report-detail": lambda: member.get(f"/treatments/reports/{report.pk}/"),
        "report-withdraw": lambda: member.get(f"/treatments/reports/{report.pk}/withdraw/"),
        "clinics": lambda: visitor.get("/clinics/"),
        "clinic": lambda: visitor.get(f"/clinics/{clinic.slug}/"),
        "treatment-visitor": lambda: visitor.get("/treatments/ahsct/"),
        "clinic-suggest": lambda: member.get("/clinics/suggest/"),
        "sign-in": lambda: visitor.get("/accounts/login/"),
        "sign-in-errors": lambda: visitor.post("/accounts/login/", {"login": "nobody", "password": "wrong"}),
        "sign-up": lambda: visitor.get("/accounts/signup/"),
        "sign-up-errors": lambda: visitor.post("/accounts/signup/", {"username": "river_walker",
                                                                    "email": "river@example.org",
                                                                    "password1": "a", "password2": "b"}),
        "password-reset": lambda: visitor.get("/accounts/password/reset/"),
        "account": lambda: member.get("/account/"),
        "account-errors": lambda: member.post("/account/", {"pseudonym": ""}),
        "account-email": lambda: member.get("/accounts/email/"),
        "my-data": lambda: member.get("/account/data/"),
        "delete-account": lambda: member.get("/account/delete/"),
        "notifications": lambda: author_client.get("/notifications/"),
        "notification-settings": lambda: author_client.get("/notifications/settings/"),
        "decisions": lambda: author_client.get("/account/decisions/"),
        "crisis": lambda: visitor.get("/help/now/"),
        "medical-advice": lambda: visitor.get("/help/medical-advice/"),
        "clinical-trials": lambda: visitor.get("/help/clinical-trials/"),
        "contact-moderators": lambda: visitor.get("/contact-moderators/"),
        "not-found": lambda: visitor.get("/articles/no-such-article/"),
        "forbidden": error_403,
        "server-error": error_500,
        "too-many-requests": too_many,
        "database-busy": busy,
        "unsubscribe": lambda: visitor.get(f"/notifications/unsubscribe/{unsubscribe_token(author)}/"),
        "admin-queue": lambda: mod.get(f"/{settings.ADMIN_URL}moderation/moderationcase/"),
        "admin-case": lambda: mod.get(f"/{settings.ADMIN_URL}moderation/moderationcase/{open_case.pk}/change/"),
        "admin-review": lambda: mod.get(f"/{settings.ADMIN_URL}moderation/review/"),
    }
    if appealable is not None:
        pages["appeal"] = lambda: author_client.get(f"/account/decisions/{appealable.pk}/appeal/")
    return pages


# Pages that must show a feature for the check to mean anything.
SHOWS = {"article-folded-new": ('<details class="mr">', '<strong class="new">'),
         "article-feedback": ('<div class="fb" role="status"', '<li id="comment-'),
         "article-visitor": ('class="na"', 'class="rc"', 'class="av '),
         "report-check": ("Check your answers before you send your report", "We will remove 1 phone number")}


def _html(result) -> str:
    if isinstance(result, bytes | str):
        return result.decode() if isinstance(result, bytes) else result
    assert result.status_code < 500, f"answered {result.status_code}"
    return result.content.decode()


def test_every_page_type_is_valid_html(tmp_path: Path):
    html_validator.require()
    files = []
    for name, fetch in _site().items():
        html = _html(fetch())
        assert re.match(r"\s*<!DOCTYPE html>", html, re.I), f"{name} is not a full page"
        assert all(part in html for part in SHOWS.get(name, ())), f"{name} lacks one of {SHOWS[name]}"
        path = tmp_path / f"{name}.html"
        path.write_text(html, encoding="utf-8")
        files.append(path)
    canary = tmp_path / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")
    problems = html_validator.validate([*files, canary])
    assert problems.pop("canary.html"), "the validator ran but did not see the canary's invalid <time>"
    found = {name: errors for name, errors in problems.items() if errors}
    report = "\n".join(f"{name}: {len(errors)} error(s)\n" + "\n".join(f"  {e}" for e in errors[:15])
                       for name, errors in found.items())
    assert not found, f"{sum(map(len, found.values()))} HTML error(s) in {len(found)} page(s):\n{report}"
