"""Project policy for django-allauth, in one place."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.contrib import messages

from mscommunity.privacy import looks_like_full_name

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

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        # A warning, not a block: some members choose to use their real name.
        if looks_like_full_name(user.username):
            messages.warning(
                request,
                f"Your username “{user.username}” looks like a real first and last name. Everyone can see it. "
                "If it is your real name and you would rather stay private, ask the moderators to change it.",
            )
        return user
