"""Who may open what: every URL for every role, with the status each must get.

Roles: anonymous, an unverified member, a member, the object's author, a
moderator, a staff editor and a superuser. "login" means a redirect to the
sign-in page (302); "admin-login" the admin's own login.
"""

import pytest
from django.contrib.auth.models import Group

from mscommunity.accounts.policy import EDITORS_GROUP, MODERATORS_GROUP
from mscommunity.moderation.models import ModerationCase
from tests.conftest import make_article, make_user
from threads.models import Comment
from threads.services import comment_create

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "unverified", "member", "author", "moderator", "editor", "superuser"]
ADVICE = "You should stop Tysabri now and go to Mexico for HSCT. I highly recommend it to anyone with MS."

# url template -> expected per role, in ROLES order
GET_TABLE = {
    "/": [200] * 7,
    "/articles/news/": [200] * 7,
    "/articles/draft-news/": [404, 404, 404, 404, 200, 200, 200],
    "/feeds/articles/": [200] * 7,
    "/contact-moderators/": [200] * 7,
    "/help/now/": [200] * 7,
    "/help/clinical-trials/": [200] * 7,
    "/articles/news/comments/{published}/": [302] * 7,  # permalink redirects to its page
    "/articles/news/comments/{held}/": [404, 404, 404, 302, 404, 404, 404],  # only its author sees it
    "/articles/news/comments/{published}/reply/": ["login", 200, 200, 200, 200, 200, 200],
    "/articles/news/comments/{held}/reply/": ["login", 404, 404, 200, 404, 404, 404],
    "/articles/news/comments/{published}/flag/": ["login", 200, 200, 200, 200, 200, 200],
    "/articles/news/comments/{published}/edit/": ["login", 404, 404, 200, 200, 404, 200],
    "/articles/news/comments/{published}/delete/": ["login", 404, 404, 200, 404, 404, 404],
    "/articles/news/comments/{published}/remove/": ["login", 403, 403, 403, 200, 403, 200],
    "/notifications/": ["login", 200, 200, 200, 200, 200, 200],
    "/notifications/settings/": ["login", 200, 200, 200, 200, 200, 200],
    "/account/data/": ["login", 200, 200, 200, 200, 200, 200],
    "/account/data.json": ["login", 200, 200, 200, 200, 200, 200],
    "/account/delete/": ["login", 200, 200, 200, 200, 200, 200],
    "/admin/": ["admin-login", "admin-login", "admin-login", "admin-login", 200, 200, 200],
    "/admin/moderation/moderationcase/": ["admin-login", "admin-login", "admin-login", "admin-login", 200, 403, 200],
    "/admin/moderation/moderationcase/{case}/change/": ["admin-login"] * 4 + [200, 403, 200],
    "/admin/moderation/policyrule/": ["admin-login"] * 4 + [200, 403, 200],
    "/admin/moderation/auditevent/": ["admin-login"] * 4 + [200, 403, 200],
    "/admin/moderation/suspension/add/": ["admin-login"] * 4 + [200, 403, 200],
    "/admin/threads/article/add/": ["admin-login"] * 4 + [403, 200, 200],
    "/admin/threads/comment/": ["admin-login"] * 4 + [200, 200, 200],
    "/admin/accounts/user/": ["admin-login"] * 4 + [200, 403, 200],
    "/admin/auth/group/": ["admin-login"] * 4 + [403, 403, 200],
    "/treatments/": [200] * 7,
    "/treatments/ahsct/": [200] * 7,
    "/treatments/ahsct/data.json": [200] * 7,
    "/clinics/": [200] * 7,
    "/treatments/report/": ["login", 200, 200, 200, 200, 200, 200],
    "/treatments/reports/": ["login", 200, 200, 200, 200, 200, 200],
    "/treatments/reports/{report}/": ["login", 404, 404, 200, 200, 404, 200],  # a pending report: its author, moderators
    "/treatments/reports/{report}/edit/": ["login", 404, 404, 200, 404, 404, 404],
    "/admin/treatments/experiencereport/": ["admin-login"] * 4 + [200, 403, 200],
    "/admin/treatments/treatment/": ["admin-login"] * 4 + [200, 200, 200],
}


@pytest.fixture
def world(db):
    author = make_user("the_author")
    article = make_article("news")
    make_article("draft-news", status="draft")
    published = comment_create(author=author, article=article, parent=None, text="Published words").comment
    held = comment_create(author=author, article=article, parent=None, text=ADVICE).comment
    assert held.status == Comment.Status.HELD
    users = {
        "anonymous": None,
        "unverified": make_user("not_verified", verified=False),
        "member": make_user("a_member"),
        "author": author,
        "moderator": make_user("the_moderator", is_staff=True),
        "editor": make_user("the_editor", is_staff=True),
        "superuser": make_user("the_superuser", is_staff=True, is_superuser=True),
    }
    users["moderator"].groups.add(Group.objects.get(name=MODERATORS_GROUP))
    users["editor"].groups.add(Group.objects.get(name=EDITORS_GROUP))
    from tests.treatments.conftest import report_row
    from treatments.models import ExperienceReport

    report = report_row("ahsct", status=ExperienceReport.Status.PENDING, author=author)
    ids = {"published": published.pk, "held": held.pk, "report": report.pk,
           "case": ModerationCase.objects.get(object_id=held.pk, content_type__model="comment").pk}
    return users, ids


@pytest.mark.parametrize("url", list(GET_TABLE))
def test_every_role_gets_the_expected_status(client, world, url):
    users, ids = world
    actual = []
    for role in ROLES:
        client.logout()
        if users[role] is not None:
            client.force_login(users[role])
        response = client.get(url.format(**ids))
        status = response.status_code
        if status == 302 and "/accounts/login/" in response["Location"]:
            status = "login"
        elif status == 302 and "/admin/login/" in response["Location"]:
            status = "admin-login"
        actual.append(status)
    assert actual == GET_TABLE[url]


def test_state_changes_need_the_right_role(client, world):
    users, ids = world
    url = f"/articles/news/comments/{ids['published']}/remove/"
    client.force_login(users["member"])
    assert client.post(url, {"reason": "x"}).status_code == 403
    client.force_login(users["moderator"])
    assert client.post(url, {"reason": "spam"}).status_code == 302
    assert Comment.objects.get(pk=ids["published"]).status == Comment.Status.REMOVED


def test_nobody_reads_another_members_held_post_in_the_page(client, world):
    users, _ = world
    for role in ("anonymous", "member", "editor"):
        client.logout()
        if users[role]:
            client.force_login(users[role])
        assert b"Mexico for HSCT" not in client.get("/articles/news/").content
    client.force_login(users["author"])
    assert b"Mexico for HSCT" in client.get("/articles/news/").content
