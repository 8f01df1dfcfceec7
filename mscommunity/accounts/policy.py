"""Who may do what: the project's account rules in one place."""

from __future__ import annotations

from collections.abc import Callable

from allauth.account.models import EmailAddress
from django.contrib.auth.models import AnonymousUser
from django.db import connection

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


def _in_group(user: User, names: tuple[str, ...]) -> bool:
    """Whether ``user`` belongs to a group named in ``names``: one small query
    in SQL, because the MFA middleware asks it on every signed-in request and
    the ORM took longer to build the query than the database to answer it."""
    groups = User.groups.through._meta.db_table
    marks = ", ".join(["%s"] * len(names))
    sql = (f"SELECT 1 FROM {groups} ug JOIN auth_group g ON g.id = ug.group_id "  # noqa: S608 - names and placeholders
           f"WHERE ug.user_id = %s AND g.name IN ({marks}) LIMIT 1")
    with connection.cursor() as cursor:
        cursor.execute(sql, [user.pk, *names])
        return cursor.fetchone() is not None


def is_moderator(user: User | AnonymousUser) -> bool:
    """Moderators and superusers work the moderation queue."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or _in_group(user, (MODERATORS_GROUP,))


def is_team_member(user: User | AnonymousUser) -> bool:
    """Staff editors and moderators get a badge on their replies."""
    if not user.is_authenticated:
        return False
    return user.is_staff or _in_group(user, (MODERATORS_GROUP, EDITORS_GROUP))
