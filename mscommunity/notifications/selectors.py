from django.db.models import QuerySet

from mscommunity.accounts.models import User
from mscommunity.notifications.models import Notification


def unread_count(*, recipient: User) -> int:
    return Notification.objects.filter(recipient=recipient, read_at__isnull=True).count()


def notifications_for(*, recipient: User) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=recipient)
