"""Project policy for django-allauth, in one place."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from django import forms

RESERVED_USERNAMES = frozenset(
    {"admin", "administrator", "moderator", "moderators", "staff", "editor", "support", "formermember",
     "former_member", "mscommunity", "root", "system"}
)


class AccountAdapter(DefaultAccountAdapter):
    """Pseudonym rules: the username is public, so it must not pose as the team."""

    def clean_username(self, username: str, shallow: bool = False) -> str:
        username = super().clean_username(username, shallow=shallow)
        if username.lower().replace("-", "_").replace(".", "_") in RESERVED_USERNAMES:
            raise forms.ValidationError("That name is reserved. Choose another pseudonym.")
        return username
