"""Has this session passed the second factor? Read from the authentication
records allauth keeps in the session (``allauth.account.authentication``):
a sign-in with a code from the authenticator app, a recovery code, or an
MFA re-authentication each add an ``"mfa"`` record."""

from __future__ import annotations

import time

from allauth.account import app_settings as account_settings
from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from django.http import HttpRequest

from mscommunity.accounts.models import User

# Records that prove the member typed a secret in this session: the password
# at sign-in, or a code from their authenticator app.
SIGN_IN_METHODS = frozenset({"password", "mfa"})


def has_totp(user: User) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def passed_second_factor(request: HttpRequest, user: User) -> bool:
    """True when this session, signed in as ``user``, went through the app code."""
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, user))


def signed_in_recently(request: HttpRequest, user: User) -> bool:
    """True when ``user`` signed in (or re-authenticated) in this session within
    ACCOUNT_REAUTHENTICATION_TIMEOUT: as fresh as a re-authentication."""
    since = time.time() - account_settings.REAUTHENTICATION_TIMEOUT
    return any(
        record.get("method") in SIGN_IN_METHODS and record.get("at", 0) >= since
        for record in get_authentication_records(request, user)
    )


def record_setup_as_second_factor(sender, instance, created: bool = False, **kwargs) -> None:
    """``post_save`` receiver for allauth's Authenticator: the code that set up
    the app proves it is in hand, so the session that set it up (the request
    allauth is serving, for the same member) has passed the second factor.

    allauth's own ``authenticator_added`` signal comes only after the commit,
    when the response (and the session) may already be saved."""
    from allauth.core import context

    request = context.request
    if not created or request is None or instance.type != instance.Type.TOTP:
        return
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or user.pk != instance.user_id:
        return
    record_authentication(request, user, "mfa", id=instance.pk, type=instance.type, setup=True)
