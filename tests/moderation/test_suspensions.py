import pytest
from django.utils import timezone

from mscommunity.moderation.models import AuditEvent, Suspension
from mscommunity.notifications.models import Notification
from threads.models import Comment

pytestmark = pytest.mark.django_db


def suspend(client, moderator, member, days=3):
    client.force_login(moderator)
    until = timezone.now() + timezone.timedelta(days=days)
    return client.post("/admin/moderation/suspension/add/", {
        "member": member.pk, "until_0": until.strftime("%Y-%m-%d"), "until_1": until.strftime("%H:%M:%S"),
        "reason": "of repeated advertising",
    })


def test_a_suspended_member_is_told_and_cannot_post_until_the_time_ends(client, member, moderator, article):
    response = suspend(client, moderator, member)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Suspension.objects.filter(member=member).exists()
    note = Notification.objects.get(recipient=member, kind="suspended")
    assert "of repeated advertising" in note.message
    assert AuditEvent.objects.filter(action="member.suspended", actor=moderator).exists()
    client.force_login(member)
    page = client.get("/articles/trial-news/").content.decode()
    assert "paused your posting" in page
    response = client.post("/articles/trial-news/comments/", {"text": "Hello again"}, follow=True)
    assert b"paused your posting" in response.content
    assert not Comment.objects.exists()
    Suspension.objects.update(until=timezone.now() - timezone.timedelta(minutes=1))
    client.post("/articles/trial-news/comments/", {"text": "Hello again"})
    assert Comment.objects.count() == 1


def test_members_cannot_suspend(client, member):
    from tests.conftest import make_user

    response = suspend(client, member, make_user("victim"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert not Suspension.objects.exists()


def test_lifting_a_suspension(client, member, moderator):
    suspend(client, moderator, member)
    suspension = Suspension.objects.get()
    client.post("/admin/moderation/suspension/", {"action": "lift", "_selected_action": [suspension.pk]})
    suspension.refresh_from_db()
    assert suspension.lifted_at is not None
    assert Notification.objects.filter(recipient=member, kind="suspension_lifted").exists()
