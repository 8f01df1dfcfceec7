"""Project policy for django-allauth, in one place."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from django import forms

from mscommunity.accounts.second_factor import signed_in_recently
from mscommunity.accounts.selectors import name_is_taken
from mscommunity.accounts.usernames import personal_data_refusal

RESERVED_USERNAMES = frozenset(
    {"admin", "administrator", "moderator", "moderators", "staff", "editor", "support", "formermember",
     "former_member", "mscommunity", "root", "system"}
)


class AccountAdapter(DefaultAccountAdapter):
    """Pseudonym rules: the username is public, so it must not pose as the team
    or be personal data, and another member's earlier pseudonym stays theirs.
    (A name that looks like a real full name is checked on
    the sign-up form, where the member can confirm it: see forms.SignupForm.)

    Two-factor set-up: allauth asks for the password again before MFA changes
    unless the member re-authenticated within ACCOUNT_REAUTHENTICATION_TIMEOUT;
    a sign-in that recent counts too, so a team member sent to set up TOTP
    straight after signing in is not asked twice."""

    def clean_username(self, username: str, shallow: bool = False) -> str:
        refusal = personal_data_refusal(username)
        if refusal:  # before allauth's own checks, so the member reads why
            raise forms.ValidationError(refusal, code="personal_data")
        username = super().clean_username(username, shallow=shallow)
        if not shallow and name_is_taken(username):  # someone's earlier pseudonym stays theirs
            raise self.validation_error("username_taken")
        if username.lower().replace("-", "_").replace(".", "_") in RESERVED_USERNAMES:
            raise forms.ValidationError("That name is reserved. Choose another pseudonym.")
        return username

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        required = super().is_reauthentication_required(app=app, **kwargs)
        if required and app == "allauth.mfa" and self.request is not None:
            user = getattr(self.request, "user", None)
            if user is not None and user.is_authenticated and signed_in_recently(self.request, user):
                return False
        return required
