from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db.models import Model, QuerySet

from mscommunity.accounts.models import User
from mscommunity.notifications.models import Follow, Notification


def unread_count(*, recipient: User) -> int:
    return Notification.objects.filter(recipient=recipient, read_at__isnull=True).count()


def notifications_for(*, recipient: User) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=recipient)


def followers_of(target: Model) -> QuerySet[User]:
    """Active members who follow ``target`` (and have not muted it)."""
    return User.objects.filter(
        follows__content_type=ContentType.objects.get_for_model(target), follows__object_id=target.pk,
        follows__muted=False, is_active=True,
    )


def muted_by(target: Model) -> QuerySet:
    """Ids of members who muted ``target``."""
    return Follow.objects.filter(
        content_type=ContentType.objects.get_for_model(target), object_id=target.pk, muted=True
    ).values_list("user_id", flat=True)


def is_following(*, user: User | AnonymousUser, target: Model) -> bool:
    if not user.is_authenticated:
        return False
    return Follow.objects.filter(
        user=user, content_type=ContentType.objects.get_for_model(target), object_id=target.pk, muted=False
    ).exists()
