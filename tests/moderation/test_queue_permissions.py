import pytest

from tests.conftest import make_user

pytestmark = pytest.mark.django_db

QUEUE = "/admin/moderation/moderationcase/"


def test_members_never_see_the_queue(client, member):
    client.force_login(member)
    assert client.get(QUEUE).status_code == 302  # to the admin login


def test_editors_cannot_read_the_queue(client, editor):
    client.force_login(editor)
    assert client.get(QUEUE).status_code == 403


def test_moderators_read_the_queue_and_the_policy(client, moderator):
    client.force_login(moderator)
    assert client.get(QUEUE).status_code == 200
    assert client.get("/admin/moderation/policyrule/").status_code == 200
    assert client.get("/admin/moderation/auditevent/").status_code == 200


def test_staff_without_the_group_cannot_read_the_queue(client):
    client.force_login(make_user("plain_staff", is_staff=True))
    assert client.get(QUEUE).status_code == 403
