"""Reads about members."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from mscommunity.accounts.models import PseudonymHistory, User
from mscommunity.accounts.policy import EDITORS_GROUP, MODERATORS_GROUP


def account_names(user: User) -> tuple[str, ...]:
    """The names a member is known by here; the scrubber removes them from their posts."""
    return tuple(name for name in (user.username, user.first_name, user.last_name, user.get_full_name()) if name)


def name_is_taken(name: str, *, exclude: User | None = None) -> bool:
    """True when ``name`` (any casing) is another member's pseudonym, now or
    earlier: an old name is never handed to someone else, so nobody can pose
    as the member who gave it up."""
    users = User.objects.filter(username__iexact=name)
    earlier = PseudonymHistory.objects.filter(old_name__iexact=name)
    if exclude is not None:
        users = users.exclude(pk=exclude.pk)
        earlier = earlier.exclude(member=exclude)
    return users.exists() or earlier.exists()


def team_members(*, also: int | None = None) -> QuerySet[User]:
    """Active team members, by pseudonym: staff, and the Editors and Moderators
    groups (:func:`~mscommunity.accounts.policy.is_team_member` as a query).

    ``also``: one more member's id to include whatever their role now (an
    article's author who has since left the team keeps their byline).
    """
    in_team_groups = User.groups.through.objects.filter(
        group__name__in=[MODERATORS_GROUP, EDITORS_GROUP]
    ).values("user_id")
    team = Q(is_active=True) & (Q(is_staff=True) | Q(pk__in=in_team_groups))
    if also is not None:
        team |= Q(pk=also)
    return User.objects.filter(team).order_by("username")
