"""Threads at scale: constant queries, the indentation limit, permalinks."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.conftest import make_article
from threads import selectors
from threads.models import Comment
from threads.services import ImportedComment, comment_create, comments_bulk_create

pytestmark = pytest.mark.django_db


def seed(article, author, n: int) -> None:
    """n comments: a third top-level, the rest replies in chains up to depth 6."""
    base = timezone.now() - timezone.timedelta(days=1)
    items, depth = [], {}
    for i in range(n):
        parent = None
        if i % 3 and i > 0:
            candidate = str(i - 1)
            parent = candidate if depth.get(candidate, 0) < 6 else None
        depth[str(i)] = depth[parent] + 1 if parent else 0
        items.append(ImportedComment(str(i), parent, author, f"Comment number {i}", base + timezone.timedelta(seconds=i)))
    comments_bulk_create(article=article, items=items)


def page_queries(client, article) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("logged_in", [False, True])
def test_article_page_queries_do_not_grow_with_the_thread(client, member, logged_in):
    if logged_in:
        client.force_login(member)
    small, large = make_article("small"), make_article("large")
    seed(small, member, 10)
    seed(large, member, 1000)
    assert Comment.objects.filter(article=large).count() == 1000
    assert page_queries(client, small) == page_queries(client, large)


def test_deep_replies_stop_indenting_and_name_whom_they_answer(member, article):
    parent, chain = None, []
    for level in range(7):
        parent = comment_create(author=member, article=article, parent=parent, text=f"level {level}").comment
        chain.append(parent)
    page = selectors.thread_page(article=article, viewer=AnonymousUser())
    node, indents = page.nodes[0], []
    indents.append(node.indent)
    while node.children:
        if len(node.children) > 1:
            flat = node.children
            indents.extend(child.indent for child in flat)
            break
        node = node.children[0]
        indents.append(node.indent)
    assert indents == [0, 1, 2, 3, 4, 4, 4]
    flat_answers = [child.answers and child.answers.pk for child in flat]
    # The first level-4 reply is indented under its parent; the deeper ones name their real parent.
    assert flat_answers == [None, chain[4].pk, chain[5].pk]
    assert [child.comment.parent_id for child in flat] == [chain[3].pk, chain[4].pk, chain[5].pk]


def test_newest_first_reverses_top_level_order(member, article):
    first = comment_create(author=member, article=article, parent=None, text="older").comment
    second = comment_create(author=member, article=article, parent=None, text="newer").comment
    oldest = selectors.thread_page(article=article, viewer=AnonymousUser())
    newest = selectors.thread_page(article=article, viewer=AnonymousUser(), order="newest")
    assert [n.comment.pk for n in oldest.nodes] == [first.pk, second.pk]
    assert [n.comment.pk for n in newest.nodes] == [second.pk, first.pk]


def test_held_comments_are_seen_only_by_their_author(member, article, db):
    from tests.conftest import make_user

    held = comment_create(author=member, article=article, parent=None, text="waiting").comment
    Comment.objects.filter(pk=held.pk).update(status=Comment.Status.HELD)
    other = make_user("someone_else")
    assert selectors.thread_page(article=article, viewer=member).nodes
    assert not selectors.thread_page(article=article, viewer=other).nodes
    assert not selectors.thread_page(article=article, viewer=AnonymousUser()).nodes


def test_permalink_lands_on_the_right_page(client, member, settings):
    settings.THREADS_PAGE_SIZE = 5
    article = make_article("paged")
    seed(article, member, 40)
    roots = list(Comment.objects.filter(article=article, depth=0).order_by("created_at", "id"))
    target_root = roots[7]  # the 8th conversation is on page 2
    reply = Comment.objects.filter(root=target_root).order_by("-depth").first()
    response = client.get(f"/articles/paged/comments/{reply.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/articles/paged/?page=2#comment-{reply.pk}"
    page = client.get(response["Location"])
    assert f'id="comment-{reply.pk}"'.encode() in page.content
