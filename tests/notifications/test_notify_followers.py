"""``notify_followers``: one INSERT … SELECT for a thread's followers."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from mscommunity.notifications.models import Notification
from mscommunity.notifications.services import About, follow, mute, notify, notify_followers
from tests.conftest import make_article, make_user

pytestmark = pytest.mark.django_db


def test_followers_are_told_once_each_and_no_one_else(django_capture_on_commit_callbacks):
    article, other = make_article(), make_article()
    followers = [make_user(f"follower{n}") for n in range(3)]
    for member in followers:
        follow(user=member, target=article)
    muted, gone, excluded, elsewhere = (make_user(name) for name in ("muted_one", "gone_one", "author_one",
                                                                       "other_thread"))
    mute(user=muted, target=article)
    follow(user=gone, target=article)
    gone.is_active = False
    gone.save()
    follow(user=excluded, target=article)
    follow(user=elsewhere, target=other)
    about = About(group_key=f"article:{article.pk}", title=article.title, source_id=99)
    with django_capture_on_commit_callbacks(execute=True):
        told = notify_followers(target=article, exclude=[excluded.pk], kind="thread", message="New comment",
                                url="/x/", about=about)
    assert told == 3
    rows = Notification.objects.order_by("recipient_id")
    assert [n.recipient_id for n in rows] == [m.pk for m in followers]
    assert {(n.kind, n.message, n.url, n.group_key, n.group_title, n.source_id) for n in rows} == {
        ("thread", "New comment", "/x/", f"article:{article.pk}", article.title, 99)}
    assert all(n.read_at is None and n.emailed_at is not None for n in rows)  # the fan-out task e-mailed them
    assert len(mail.outbox) == 3


def test_their_time_orders_with_notifications_written_by_the_orm():
    article = make_article()
    member = make_user()
    follow(user=member, target=article)
    earlier = notify(recipient=member, kind="test", message="earlier", email=False)
    Notification.objects.filter(pk=earlier.pk).update(created_at=timezone.now() - timedelta(seconds=1))
    notify_followers(target=article, kind="thread", message="later")
    later = Notification.objects.get(message="later")
    assert list(Notification.objects.filter(recipient=member).order_by("-created_at")) == [later, earlier]
    assert abs(later.created_at - timezone.now()) < timedelta(seconds=30)


def test_nobody_following_writes_nothing():
    assert notify_followers(target=make_article(), kind="thread", message="Anyone?") == 0
    assert not Notification.objects.exists()
