from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from mscommunity.pages.selectors import crisis_contacts


@require_safe
def contact_moderators(request: HttpRequest) -> HttpResponse:
    """How to reach the moderators, and other members, without sharing personal details."""
    return render(request, "pages/contact_moderators.html", {"moderators_email": settings.MODERATORS_EMAIL})


@require_safe
def crisis_support(request: HttpRequest) -> HttpResponse:
    """Where to get help right now, with tappable call and text links. Shown at once
    after a post that suggests a crisis (``?next=`` the post: the page speaks about
    what the member wrote); with ``?kind=distress`` the same resources under the
    gentle "If you're having a hard time"; opened directly (from the footer) it
    speaks to anyone who needs help, without assuming a post."""
    back = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = ""
    gentle = request.GET.get("kind") == "distress"
    return render(request, "pages/crisis_support.html",
                  {"contacts": crisis_contacts(request), "back": back, "gentle": gentle, "after_post": bool(back)})


@require_safe
def clinical_trials(request: HttpRequest) -> HttpResponse:
    """The staff page on finding clinical trials, linked from the advice notes."""
    return render(request, "pages/clinical_trials.html")


@require_safe
def medical_advice(request: HttpRequest) -> HttpResponse:
    """Why we cannot give medical advice, and where to get it."""
    return render(request, "pages/medical_advice.html")


ROBOTS_TXT = """User-agent: *
Disallow: /accounts/
Disallow: /account/
Disallow: /notifications/
"""


@require_safe
@cache_control(max_age=86400, public=True)
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawlers may read articles, threads and the directory, not account pages.
    (The admin's path is configurable and deliberately not listed here.)"""
    return HttpResponse(ROBOTS_TXT, content_type="text/plain; charset=utf-8")
