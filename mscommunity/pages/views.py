from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET


@require_GET
def contact_moderators(request: HttpRequest) -> HttpResponse:
    """How to reach the moderators, and other members, without sharing personal details."""
    return render(request, "pages/contact_moderators.html", {"moderators_email": settings.MODERATORS_EMAIL})
