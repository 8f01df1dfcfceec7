"""The public tree's hand-written SQL (``selectors._public_rows_from_database``)
reads exactly what the ORM's light queries read, on SQLite and PostgreSQL:
same comments, same order, same values and types (they key cached fragments)."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.utils import timezone

from mscommunity.accounts.policy import EDITORS_GROUP, MODERATORS_GROUP
from tests.conftest import make_article, make_user
from threads import selectors
from threads.models import Comment

pytestmark = pytest.mark.django_db


def _orm(article, number, order):
    visitor = AnonymousUser()
    page, roots = selectors._page_of_roots(selectors._roots(article=article, viewer=visitor, order=order),
                                           number, visitor)
    return page.number, page.paginator.count, roots, selectors._replies(article, roots, visitor)


def _values(rows):
    return [tuple(getattr(r, name) for name in ("pk", "parent_id", "root_id", "depth", "author_id", "author_name",
                                                "author_team", "status", "support", "created_at", "version"))
            for r in rows]


@pytest.fixture
def thread(settings):
    settings.THREADS_PAGE_SIZE = 3
    article = make_article()
    other = make_article()
    staff = make_user("staff_writer", is_staff=True)
    moderator = make_user("group_moderator")
    moderator.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    editor = make_user("group_editor")
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    plain = make_user("plain_member")
    authors = [staff, moderator, editor, plain, None]
    start = timezone.now() - timedelta(days=1)
    statuses = [Comment.Status.PUBLISHED, Comment.Status.DELETED, Comment.Status.REMOVED, Comment.Status.HELD,
                Comment.Status.REJECTED, Comment.Status.PUBLISHED]
    n = 0
    for i in range(12):
        root = Comment.objects.create(article=article, author=authors[i % 5], body=f"root {i}",
                                      body_html=f"<p>root {i}</p>", status=statuses[i % 6],
                                      created_at=start + timedelta(minutes=n))
        n += 1
        parent = root
        for j in range(i % 3):
            parent = Comment.objects.create(article=article, author=authors[(i + j) % 5], parent=parent,
                                            root=root, depth=parent.depth + 1, body="reply", body_html="<p>r</p>",
                                            status=statuses[(i + j + 1) % 6], created_at=start + timedelta(minutes=n))
            n += 1
    Comment.objects.create(article=article, author=None, body="a former member's", body_html="<p>f</p>",
                           status=Comment.Status.PUBLISHED, created_at=start + timedelta(minutes=n))
    Comment.objects.create(article=other, author=plain, body="elsewhere", body_html="<p>e</p>",
                           status=Comment.Status.PUBLISHED, created_at=start)
    return article


@pytest.mark.parametrize("order", [selectors.OLDEST, selectors.NEWEST])
@pytest.mark.parametrize("number", [1, 2, 3, 99, 0, -4])
def test_the_sql_reads_what_the_orm_reads(thread, order, number):
    sql_number, sql_total, sql_roots, sql_replies = selectors._public_rows_from_database(thread, number, order)
    orm_number, orm_total, orm_roots, orm_replies = _orm(thread, number, order)
    assert (sql_number, sql_total) == (orm_number, orm_total)
    assert _values(sql_roots) == _values(orm_roots)
    assert _values(sql_replies) == _values(orm_replies)


def test_the_fixture_covers_what_the_rows_can_be(thread):
    """The comparison above means something: badges and none, tombstones, replies, a former member."""
    rows = []
    for number in (1, 2, 3):
        _, _, roots, replies = selectors._public_rows_from_database(thread, number, selectors.OLDEST)
        rows += roots + replies
    assert {True, False} == {r.author_team for r in rows}
    assert {Comment.Status.PUBLISHED, Comment.Status.DELETED, Comment.Status.REMOVED} == {r.status for r in rows}
    assert any(r.depth == 2 for r in rows) and any(r.author_id is None for r in rows)


def test_an_article_without_comments_gives_an_empty_first_page():
    article = make_article()
    assert selectors._public_rows_from_database(article, 1, selectors.OLDEST) == (1, 0, [], [])


def test_load_full_reads_text_notices_and_counts_as_stored(thread):
    from threads.models import Reaction

    comments = list(Comment.objects.filter(article=thread).order_by("id")[:6])
    members = [make_user(f"reactor{n}") for n in range(3)]
    for n, comment in enumerate(comments):
        for member in members[: n % 4]:
            Reaction.objects.create(comment=comment, member=member, kind=Reaction.Kind.HELPFUL)
        if n % 2:
            Reaction.objects.create(comment=comment, member=members[0], kind=Reaction.Kind.ME_TOO)
    Comment.objects.filter(pk=comments[1].pk).update(medical_notice=True, help_note=True, status_reason="why",
                                                      edited_at=timezone.now())
    rows = [r for number in (1, 2, 3)
            for part in selectors._public_rows_from_database(thread, number, selectors.OLDEST)[2:] for r in part]
    selectors.load_full(rows)
    for row in rows:
        stored = Comment.objects.get(pk=row.pk)
        assert (row.full_version, row.body_html, row.medical_notice, row.help_note, row.status_reason,
                row.edited_at) == (stored.version, stored.body_html, stored.medical_notice, stored.help_note,
                                   stored.status_reason, stored.edited_at)
        assert row.counts == tuple(stored.reactions.filter(kind=kind).count() for kind in Reaction.Kind.values)
    assert any(sum(row.counts) > 1 for row in rows) and any(row.medical_notice for row in rows)
