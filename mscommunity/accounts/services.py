"""Writes about members' accounts: keyword-only, one transaction each.

Apps above accounts react through ``accounts.signals`` (moderation audits the
change), so nothing here imports them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format

from mscommunity.accounts import signals
from mscommunity.accounts.models import PseudonymHistory, User
from mscommunity.accounts.selectors import name_is_taken
from mscommunity.accounts.usernames import looks_like_real_name, real_name_warning

TAKEN = "That pseudonym is taken. Choose another."
SAME = "That is your pseudonym already. Type the new one you want."


def pseudonym_change_allowed_from(member: User) -> datetime | None:
    """When ``member`` may next change their pseudonym; None when they may now."""
    last = PseudonymHistory.objects.filter(member=member).order_by("-changed_at").first()
    if last is None:
        return None
    allowed_from = last.changed_at + timedelta(days=settings.PSEUDONYM_CHANGE_DAYS)
    return allowed_from if allowed_from > timezone.now() else None


def pseudonym_refusal(*, member: User, new_name: str, confirm_real_name: bool) -> ValidationError | None:
    """Why ``new_name`` may not become ``member``'s pseudonym, or None when it may.

    The same checks as at sign-up (the adapter's ``clean_username``: personal
    data, characters, reserved names; then the real-full-name confirmation),
    with "taken" meaning another member's name, current or earlier.
    """
    name = new_name.strip()
    if name == member.username:
        return ValidationError(SAME, code="same")
    if len(name) < settings.ACCOUNT_USERNAME_MIN_LENGTH:
        return ValidationError(
            f"Your pseudonym needs at least {settings.ACCOUNT_USERNAME_MIN_LENGTH} characters.", code="too_short"
        )
    try:
        get_adapter().clean_username(name, shallow=True)
    except ValidationError as error:
        return error
    if name_is_taken(name, exclude=member):
        return ValidationError(TAKEN, code="taken")
    if looks_like_real_name(name) and not confirm_real_name:
        return ValidationError(real_name_warning(name), code="real_name")
    return None


def pseudonym_change(*, member: User, new_name: str, confirm_real_name: bool = False) -> PseudonymHistory:
    """Give ``member`` the pseudonym ``new_name``, keeping the old one for moderators.

    Raises ValidationError (with a code: ``too_soon``, ``same``, ``taken``,
    ``personal_data``, ``real_name``...) in words for the member. Allowed once
    per ``PSEUDONYM_CHANGE_DAYS``.
    """
    name = new_name.strip()
    with transaction.atomic():
        member = User.objects.select_for_update().get(pk=member.pk)  # one change at a time per member
        allowed_from = pseudonym_change_allowed_from(member)
        if allowed_from is not None:
            raise ValidationError(
                f"You changed your pseudonym recently. You can change it again from "
                f"{date_format(timezone.localtime(allowed_from), 'j F Y')}.",
                code="too_soon",
            )
        refusal = pseudonym_refusal(member=member, new_name=name, confirm_real_name=confirm_real_name)
        if refusal is not None:
            raise refusal
        old_name = member.username
        member.username = name
        try:
            with transaction.atomic():
                member.save(update_fields=["username"])
        except IntegrityError:  # taken between the check and the write
            raise ValidationError(TAKEN, code="taken") from None
        history = PseudonymHistory.objects.create(member=member, old_name=old_name, new_name=name)
        signals.pseudonym_changed.send(sender=User, member=member, old_name=old_name, new_name=name)
    return history
