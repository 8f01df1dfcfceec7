"""What notifications hold about a member, for export."""

from mscommunity.accounts.models import User
from mscommunity.notifications.models import Follow, Notification


def export(user: User) -> dict:
    return {
        "notifications": [
            {"created_at": n.created_at.isoformat(), "message": n.message, "read": n.read_at is not None}
            for n in Notification.objects.filter(recipient=user).order_by("created_at")
        ],
        "following": [
            {"what": str(f.target) if f.target else f"{f.content_type.model} {f.object_id}", "muted": f.muted}
            for f in Follow.objects.filter(user=user).select_related("content_type")
        ],
    }
