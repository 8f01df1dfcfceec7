"""Team members (staff and moderators) must use two-factor authentication when
``TEAM_MFA_REQUIRED`` is on: until they set up an authenticator app, every
page sends them to the set-up page."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from mscommunity.accounts.policy import is_team_member

# Where a team member may still go before setting up MFA.
ALLOWED_PREFIXES = ("/accounts/", "/static/", "/help/", "/contact-moderators/")


class TeamMfaMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if settings.TEAM_MFA_REQUIRED and self._needs_mfa(request):
            messages.warning(request, "Team members must set up an authenticator app before continuing.")
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _needs_mfa(request: HttpRequest) -> bool:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or request.path.startswith(ALLOWED_PREFIXES):
            return False
        if not is_team_member(user):
            return False
        from allauth.mfa.models import Authenticator

        return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
