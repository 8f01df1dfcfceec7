"""Who may do what: the project's account rules in one place."""

from __future__ import annotations

from collections.abc import Callable

from allauth.account.models import EmailAddress
from django.contrib.auth.models import AnonymousUser

from mscommunity.accounts.models import User

MODERATORS_GROUP = "Moderators"
EDITORS_GROUP = "Editors"


def has_verified_email(user: User | AnonymousUser) -> bool:
    """True when the member has confirmed at least one e-mail address."""
    if not user.is_authenticated:
        return False
    return EmailAddress.objects.filter(user=user, verified=True).exists()


# Apps above accounts (moderation's suspensions) add their reasons a member
# may not post here, so accounts never imports them.
PostingCheck = Callable[[User], "str | None"]
_posting_checks: list[PostingCheck] = []


def register_posting_check(check: PostingCheck) -> None:
    """Add ``check(user) -> refusal or None`` to :func:`posting_refusal` (once)."""
    if check not in _posting_checks:
        _posting_checks.append(check)


def posting_refusal(user: User | AnonymousUser, *, verified: bool | None = None) -> str | None:
    """Why ``user`` may not post now, in words they understand; None when they may.

    ``verified``: whether the member has a verified e-mail address, when the
    caller already read it (the thread page reads it with the article); None
    reads it here.
    """
    if not user.is_authenticated or not user.is_active:
        return "Sign in to post."
    if not (has_verified_email(user) if verified is None else verified):
        return "Verify your e-mail address before you post."
    for check in _posting_checks:
        refusal = check(user)
        if refusal:
            return refusal
    return None


def can_post(user: User | AnonymousUser) -> bool:
    """Members post once they have verified an e-mail address, unless suspended."""
    return posting_refusal(user) is None


def is_moderator(user: User | AnonymousUser) -> bool:
    """Moderators and superusers work the moderation queue."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=MODERATORS_GROUP).exists()


def is_team_member(user: User | AnonymousUser) -> bool:
    """Staff editors and moderators get a badge on their replies."""
    if not user.is_authenticated:
        return False
    return user.is_staff or user.groups.filter(name__in=[MODERATORS_GROUP, EDITORS_GROUP]).exists()
