from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from mscommunity.notifications import selectors, services


@login_required
@require_http_methods(["GET", "POST"])
def notification_list(request: HttpRequest) -> HttpResponse:
    """The member's notifications, newest first; POST marks them all read."""
    if request.method == "POST":
        services.mark_all_read(recipient=request.user)
        return redirect("notifications:list")
    page = Paginator(selectors.notifications_for(recipient=request.user), 25).get_page(request.GET.get("page"))
    return render(request, "notifications/list.html", {"page": page})
