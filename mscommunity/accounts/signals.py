"""Signals accounts sends, so apps above it can react without accounts importing them.

``member_deleted(sender=User, remove_content: bool, counts: dict[str, int])``
is sent inside the deletion's transaction, after the user row is gone; the
moderation app records it in the audit trail (counts only, never text).
"""

from django.dispatch import Signal

member_deleted = Signal()
