"""Project policy for django-allauth, in one place."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from django import forms

from mscommunity.accounts.usernames import personal_data_refusal

RESERVED_USERNAMES = frozenset(
    {"admin", "administrator", "moderator", "moderators", "staff", "editor", "support", "formermember",
     "former_member", "mscommunity", "root", "system"}
)


class AccountAdapter(DefaultAccountAdapter):
    """Pseudonym rules: the username is public, so it must not pose as the team
    or be personal data. (A name that looks like a real full name is checked on
    the sign-up form, where the member can confirm it: see forms.SignupForm.)"""

    def clean_username(self, username: str, shallow: bool = False) -> str:
        refusal = personal_data_refusal(username)
        if refusal:  # before allauth's own checks, so the member reads why
            raise forms.ValidationError(refusal, code="personal_data")
        username = super().clean_username(username, shallow=shallow)
        if username.lower().replace("-", "_").replace(".", "_") in RESERVED_USERNAMES:
            raise forms.ValidationError("That name is reserved. Choose another pseudonym.")
        return username
