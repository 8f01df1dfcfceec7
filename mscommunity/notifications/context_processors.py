from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from mscommunity.notifications.selectors import unread_badge


def notifications(request: HttpRequest) -> dict:
    """``unread_notifications`` for the header ("", "3" or "9+"), counted only if a template asks."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    return {"unread_notifications": SimpleLazyObject(lambda: unread_badge(recipient=request.user))}
