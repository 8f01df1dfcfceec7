"""Reads about members."""

from __future__ import annotations

from mscommunity.accounts.models import PseudonymHistory, User


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
