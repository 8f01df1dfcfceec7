"""Members' data rights: export everything about a member, delete an account.

Each app that stores something about members registers, in its
``AppConfig.ready``, an exporter (what it holds about a member, as
JSON-friendly data) and an eraser (what to do when the member leaves):

    data_rights.register(name="comments", export=export_fn, erase=erase_fn)

``erase(user, remove_content)`` runs inside the deletion's transaction before
the user row is deleted; it returns counts for the audit (never personal data).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from mscommunity.accounts import signals
from mscommunity.accounts.models import User


@dataclass(frozen=True)
class Section:
    name: str
    export: Callable[[User], Any]
    erase: Callable[[User, bool], dict[str, int]] | None = None


_sections: dict[str, Section] = {}


def register(*, name: str, export: Callable[[User], Any], erase: Callable[[User, bool], dict[str, int]] | None = None) -> None:
    _sections[name] = Section(name=name, export=export, erase=erase)


def export_member(user: User) -> dict[str, Any]:
    """Everything stored about ``user`` and everything they wrote."""
    from allauth.account.models import EmailAddress

    data: dict[str, Any] = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "username": user.username,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "email_notifications": user.email_mode,
            "earlier_usernames": [
                {"username": h.old_name, "changed_at": h.changed_at.isoformat()}
                for h in user.pseudonym_history.all()
            ],
            "email_addresses": [
                {"email": e.email, "verified": e.verified, "primary": e.primary}
                for e in EmailAddress.objects.filter(user=user)
            ],
        },
    }
    for section in sorted(_sections.values(), key=lambda s: s.name):
        data[section.name] = section.export(user)
    return data


def _delete_sessions(user: User) -> int:
    """Sign the member out everywhere (database sessions)."""
    doomed = [s.pk for s in Session.objects.all() if s.get_decoded().get("_auth_user_id") == str(user.pk)]
    Session.objects.filter(pk__in=doomed).delete()
    return len(doomed)


def delete_account(*, user: User, remove_content: bool) -> dict[str, int]:
    """Delete ``user``: their content stays as "former member" or is removed
    (tombstones keep threads whole), their e-mail addresses, sessions and
    tokens go, and the deletion is audited with counts only.
    """
    with transaction.atomic():
        counts: dict[str, int] = {}
        for section in _sections.values():
            if section.erase is not None:
                counts.update(section.erase(user, remove_content))
        counts["sessions"] = _delete_sessions(user)
        # E-mail addresses, confirmations, notifications, follows, reactions and
        # queued e-mails go with the user row (CASCADE); authored rows keep a
        # null author, shown as "former member".
        user.delete()
        signals.member_deleted.send(sender=User, remove_content=remove_content, counts=counts)
    return counts
