from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from mscommunity.accounts.models import User
from mscommunity.notifications import emails, selectors, services


@login_required
@require_http_methods(["GET", "POST"])
def notification_list(request: HttpRequest) -> HttpResponse:
    """The member's notifications, newest first; POST marks them all read."""
    if request.method == "POST":
        services.mark_all_read(recipient=request.user)
        return redirect("notifications:list")
    page = Paginator(selectors.notifications_for(recipient=request.user), 25).get_page(request.GET.get("page"))
    return render(request, "notifications/list.html", {"page": page})


class EmailModeForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["email_mode"]
        widgets = {"email_mode": forms.RadioSelect}


@login_required
@require_http_methods(["GET", "POST"])
def settings_view(request: HttpRequest) -> HttpResponse:
    """How the member hears about notifications by e-mail."""
    form = EmailModeForm(request.POST if request.method == "POST" else None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your e-mail settings are saved.")
        return redirect("notifications:settings")
    return render(request, "notifications/settings.html", {"form": form})


# No login and no CSRF token: mail clients post here for one-click
# unsubscribe (RFC 8058). The signed token is the authority.
@csrf_exempt
@require_http_methods(["GET", "POST"])
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
