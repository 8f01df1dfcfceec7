import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods

from mscommunity.accounts.forms import EmailModeForm
from mscommunity.accounts.models import User
from mscommunity.notifications import emails, selectors, services

GROUPS_PER_PAGE = 25


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def notification_list(request: HttpRequest) -> HttpResponse:
    """The member's notifications grouped by conversation and day, newest
    first, each group with a snippet of its latest public comment; POST marks
    them all read. The same few queries for 5 groups or 50."""
    if request.method == "POST":
        services.mark_all_read(recipient=request.user)
        return redirect("notifications:list")
    page = Paginator(selectors.groups_for(recipient=request.user), GROUPS_PER_PAGE).get_page(request.GET.get("page"))
    found = selectors.describe(page.object_list, recipient=request.user)
    return render(request, "notifications/list.html", {"page": page, "groups": found})


def _go(request: HttpRequest, target: str | None) -> HttpResponse:
    if target is None:
        raise Http404("No such notification")
    if not target or not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect("notifications:list")
    return redirect(target)


# Reading marks read: these answer GET (a link from the list or a digest).
# They change only the member's own read marks, so a forged link can do no
# more than mark something read.
@login_required
@require_GET
def open_group(request: HttpRequest, prefix: str, object_id: int, day: str) -> HttpResponse:
    """Mark a group read and go to its first unread notification's page."""
    try:
        date = dt.date.fromisoformat(day)
    except ValueError as error:
        raise Http404("No such notification") from error
    return _go(request, services.read_group(recipient=request.user, group_key=f"{prefix}:{object_id}", day=date))


@login_required
@require_GET
def open_one(request: HttpRequest, pk: int) -> HttpResponse:
    """Mark one notification read and go to its page."""
    return _go(request, services.read_one(recipient=request.user, pk=pk))


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def settings_view(request: HttpRequest) -> HttpResponse:
    """How the member hears about notifications by e-mail (also a section of
    "Your account", whose form posts here with ``return_to=account``)."""
    form = EmailModeForm(request.POST if request.method == "POST" else None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your e-mail settings are saved.")
        if request.POST.get("return_to") == "account":
            return redirect("account:home")
        return redirect("notifications:settings")
    return render(request, "notifications/settings.html", {"form": form})


# No login and no CSRF token: mail clients post here for one-click
# unsubscribe (RFC 8058). The signed token is the authority.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows a button (link scanners must not unsubscribe anyone); POST unsubscribes."""
    user = emails.user_for_unsubscribe_token(token)
    if user is None:
        raise Http404("This unsubscribe link is not valid.")
    done = False
    if request.method == "POST":
        user.email_mode = User.EmailMode.OFF
        user.save(update_fields=["email_mode"])
        done = True
    return render(request, "notifications/unsubscribe.html", {"done": done, "token": token})
