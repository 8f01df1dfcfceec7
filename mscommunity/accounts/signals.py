"""Signals accounts sends, so apps above it can react without accounts importing them.

``member_deleted(sender=User, remove_content: bool, counts: dict[str, int])``
is sent inside the deletion's transaction, after the user row is gone; the
moderation app records it in the audit trail (counts only, never text).

``pseudonym_changed(sender=User, member: User, old_name: str, new_name: str)``
is sent inside the change's transaction; moderation audits it (the two names
and the member's id, nothing else).
"""

from django.dispatch import Signal

member_deleted = Signal()
pseudonym_changed = Signal()
