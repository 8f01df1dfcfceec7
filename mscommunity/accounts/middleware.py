"""Team members (staff and moderators) must use two-factor authentication when
``TEAM_MFA_REQUIRED`` is on: until they set up an authenticator app, every
page sends them to the set-up page; once they have one, a session that has
not passed the app's code (signed in some other way, or from before) is sent
to enter it."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from mscommunity.accounts.policy import is_team_member
from mscommunity.accounts.second_factor import has_totp, passed_second_factor

# Where a team member may still go before setting up MFA.
ALLOWED_PREFIXES = ("/accounts/", "/static/", "/help/", "/contact-moderators/")


class TeamMfaMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if settings.TEAM_MFA_REQUIRED and self._applies(request):
            if not has_totp(request.user):
                messages.warning(request, "Team members must set up an authenticator app before continuing.")
                return redirect("mfa_activate_totp")
            if not passed_second_factor(request, request.user):
                messages.warning(request, "Enter the code from your authenticator app to continue.")
                query = urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})
                return redirect(f"{reverse('mfa_reauthenticate')}?{query}")
        return self.get_response(request)

    @staticmethod
    def _applies(request: HttpRequest) -> bool:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or request.path.startswith(ALLOWED_PREFIXES):
            return False
        return is_team_member(user)
