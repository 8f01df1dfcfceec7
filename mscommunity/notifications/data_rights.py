"""What notifications hold about a member, for export."""

from mscommunity.accounts.models import User
from mscommunity.notifications.models import Digest, Follow, Notification


def export(user: User) -> dict:
    return {
        "notifications": [
            {"created_at": n.created_at.isoformat(), "message": n.message, "read": n.read_at is not None}
            for n in Notification.objects.filter(recipient=user).order_by("created_at")
        ],
        "daily_digests": [
            {"day": d.day.isoformat(), "notifications": d.notification_count}
            for d in Digest.objects.filter(recipient=user).order_by("day")
        ],
        "following": [
            {"what": str(f.target) if f.target else f"{f.content_type.model} {f.object_id}", "muted": f.muted}
            for f in Follow.objects.filter(user=user).select_related("content_type")
        ],
    }
