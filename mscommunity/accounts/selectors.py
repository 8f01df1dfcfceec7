"""Reads about members."""

from __future__ import annotations

from mscommunity.accounts.models import User


def account_names(user: User) -> tuple[str, ...]:
    """The names a member is known by here; the scrubber removes them from their posts."""
    return tuple(name for name in (user.username, user.first_name, user.last_name, user.get_full_name()) if name)
