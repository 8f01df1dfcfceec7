"""The member admin: moderators find members by username, never by e-mail address."""

from __future__ import annotations

import pytest

from tests.conftest import make_user

pytestmark = pytest.mark.django_db

USERS = "/admin/accounts/user/"


@pytest.fixture
def superuser(db):
    return make_user("the_superuser", is_staff=True, is_superuser=True)


def make_jane():
    user = make_user("lakeside_lou")
    user.email = "jane.doe@example.org"
    user.save()
    return user


def shows(response, username: str) -> bool:
    return response.status_code == 200 and f">{username}<" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "email=jane.doe@example.org",
        "email__startswith=jane",
        "email__icontains=doe@",
        "email__iexact=JANE.DOE@EXAMPLE.ORG",
        "email__regex=^j",
        "emailaddress__email=jane.doe@example.org",
        "username=lakeside_lou&email__startswith=z",
    ],
)
def test_moderators_cannot_filter_members_by_email(client, moderator, query):
    make_jane()
    make_user("someone_else")
    client.force_login(moderator)
    response = client.get(f"{USERS}?{query}")
    # Refused outright (400), never a list filtered by the address.
    assert response.status_code == 400


def test_moderators_search_by_username_only(client, moderator, superuser):
    make_jane()
    client.force_login(moderator)
    assert shows(client.get(USERS, {"q": "lakeside"}), "lakeside_lou")
    for q in ("jane.doe@example.org", "jane.doe", "example.org"):
        assert not shows(client.get(USERS, {"q": q}), "lakeside_lou")
    # Superusers, who see addresses anyway, may search by them.
    client.force_login(superuser)
    assert shows(client.get(USERS, {"q": "jane.doe@example.org"}), "lakeside_lou")


def test_the_admins_own_filters_still_work(client, moderator, superuser):
    make_jane()
    for user in (moderator, superuser):
        client.force_login(user)
        for query in ("is_active__exact=1", "is_staff__exact=0", "groups__id__exact=1", "groups__isnull=True"):
            assert client.get(f"{USERS}?{query}").status_code == 200, (user, query)
