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
    "/account/": ["login", 200, 200, 200, 200, 200, 200],
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
    "/admin/accounts/pseudonymhistory/": ["admin-login"] * 4 + [200, 403, 200],
    "/admin/auth/group/": ["admin-login"] * 4 + [403, 403, 200],
    "/treatments/": [200] * 7,
    "/treatments/ahsct/": [200] * 7,
    "/treatments/ahsct/data.json": [200] * 7,
    "/clinics/": [200] * 7,
    "/treatments/report/": ["login", 200, 200, 200, 200, 200, 200],
    "/treatments/reports/": ["login", 200, 200, 200, 200, 200, 200],
    "/treatments/reports/{report}/": ["login", 404, 404, 200, 200, 404, 200],  # a pending report: its author, moderators
    "/treatments/reports/{report}/edit/": ["login", 404, 404, 200, 404, 404, 404],
    "/treatments/reports/{report}/edit/outcome/": ["login", 404, 404, 200, 404, 404, 404],
    "/treatments/report/outcome/": ["login", 302, 302, 302, 302, 302, 302],  # earlier steps first
    "/treatments/report/check/": ["login", 302, 302, 302, 302, 302, 302],
    "/admin/threads/article/treatments/autocomplete/": ["admin-login"] * 4 + [403, 200, 200],
    "/admin/threads/article/preview/": ["admin-login"] * 4 + [403, 405, 405],  # POST only
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


# --- hidden comments on every single-comment page ------------------------------------
#
# A comment that is removed, deleted, held or rejected never shows its text on
# a page of its own to anyone but its author (held only, here): every acting
# page answers 404 (or asks anonymous visitors to sign in first; "remove" is
# refused to non-moderators before anything is looked up), and the permalink
# of a tombstone only leads into the thread ("thread"), where it shows
# without text.

HIDDEN_ROLES = ["anonymous", "member", "author", "moderator"]
SINGLE_COMMENT_PAGES = ["permalink", "reply", "flag", "react", "edit", "delete", "remove"]
ACTING = ["login", 404, 404, 404]
REMOVE = ["login", 403, 403, 404]
HIDDEN_TABLE = {
    "removed": {"permalink": ["thread"] * 4, "reply": ACTING, "flag": ACTING, "react": ACTING, "edit": ACTING,
                "delete": ACTING, "remove": REMOVE},
    "deleted": {"permalink": ["thread"] * 4, "reply": ACTING, "flag": ACTING, "react": ACTING, "edit": ACTING,
                "delete": ACTING, "remove": REMOVE},
    "held": {"permalink": [404, 404, "thread", 404], "reply": ["login", 404, 200, 404], "flag": ACTING,
             "react": ACTING, "edit": ["login", 404, 200, 404], "delete": ["login", 404, 200, 404],
             "remove": REMOVE},
    "rejected": {"permalink": [404] * 4, "reply": ACTING, "flag": ACTING, "react": ACTING, "edit": ACTING,
                 "delete": ACTING, "remove": REMOVE},
}
# Who may read the text on a page that answers 200: the author of a held comment.
MAY_READ = {("held", "author")}
SECRET = "Secret words of the {} comment"


@pytest.fixture
def hidden(db):
    """One comment in each hidden state, each answered by another member (so
    removed and deleted ones stay as tombstones), with recognisable text."""
    from mscommunity.moderation.services import case_decide
    from threads.services import comment_delete, comment_remove

    author = make_user("hidden_author")
    replier = make_user("a_replier")
    moderator = make_user("hidden_moderator", is_staff=True)
    moderator.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    article = make_article("hidden-news")
    comments = {}
    for state in ("removed", "deleted"):
        comment = comment_create(author=author, article=article, parent=None, text=SECRET.format(state)).comment
        comment_create(author=replier, article=article, parent=comment, text=f"A reply to the {state} one")
        comments[state] = comment
    comment_remove(moderator=moderator, comment=comments["removed"], reason="it was unkind")
    comment_delete(member=author, comment=comments["deleted"])
    # Its text is erased on deletion; put it back, so the test proves no page
    # would show it even if a deleted row still held text (older data, a bug).
    Comment.objects.filter(pk=comments["deleted"].pk).update(
        body=SECRET.format("deleted"), body_html=f"<p>{SECRET.format('deleted')}</p>"
    )
    for state in ("held", "rejected"):
        comments[state] = comment_create(
            author=author, article=article, parent=None, text=f"{SECRET.format(state)}. {ADVICE}"
        ).comment
    case_decide(case=ModerationCase.objects.get(object_id=comments["rejected"].pk, content_type__model="comment"),
                moderator=moderator, decision=ModerationCase.Decision.REJECTED, reason="it gives advice")
    for state, comment in comments.items():
        comment.refresh_from_db()
        assert comment.status == state, state
    users = {"anonymous": None, "member": make_user("other_member"), "author": author, "moderator": moderator}
    return users, comments


def _open(client, page: str, comment: Comment):
    base = f"/articles/hidden-news/comments/{comment.pk}/"
    url = base if page == "permalink" else f"{base}{page}/"
    return client.post(url, {"kind": "helpful"}) if page == "react" else client.get(url)


def _outcome(response) -> int | str:
    if response.status_code == 302:
        location = response["Location"]
        if "/accounts/login/" in location:
            return "login"
        if location.startswith("/articles/hidden-news/"):
            return "thread"
    return response.status_code


@pytest.mark.parametrize("state", list(HIDDEN_TABLE))
@pytest.mark.parametrize("page", SINGLE_COMMENT_PAGES)
def test_hidden_comments_on_single_comment_pages(client, hidden, state, page):
    users, comments = hidden
    comment = comments[state]
    actual = []
    for role in HIDDEN_ROLES:
        client.logout()
        if users[role] is not None:
            client.force_login(users[role])
        response = _open(client, page, comment)
        actual.append(_outcome(response))
        if (state, role) not in MAY_READ:
            assert SECRET.format(state) not in response.content.decode(), (state, page, role)
            if actual[-1] == "thread":  # where the permalink leads shows no text either
                thread = client.get(response["Location"]).content.decode()
                assert SECRET.format(state) not in thread, (state, page, role)
    assert actual == HIDDEN_TABLE[state][page]
    comment.refresh_from_db()
    assert comment.status == state


@pytest.mark.parametrize("state", ["removed", "deleted", "rejected"])
def test_posting_to_a_hidden_comment_changes_nothing(client, hidden, state):
    from mscommunity.moderation.models import Flag
    from threads.models import Reaction

    users, comments = hidden
    comment = comments[state]
    before = Comment.objects.count()
    base = f"/articles/hidden-news/comments/{comment.pk}/"
    posts = {"reply/": {"text": "Replying to what I should not see"}, "flag/": {"reason": "spam"},
             "react/": {"kind": "helpful"}, "edit/": {"text": "Bringing it back"}, "delete/": {},
             "remove/": {"reason": "again"}}
    for role in HIDDEN_ROLES:
        client.logout()
        if users[role] is not None:
            client.force_login(users[role])
        for path, data in posts.items():
            response = client.post(base + path, data)
            assert _outcome(response) in {"login", 403, 404}, (role, path)
    comment.refresh_from_db()
    assert comment.status == state and not comment.revisions.exists()
    assert Comment.objects.count() == before
    assert not Flag.objects.exists() and not Reaction.objects.exists()
