import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests.conftest import make_article
from threads.models import Comment
from threads.services import ImportedComment, comment_create, comments_bulk_create

pytestmark = pytest.mark.django_db


def test_reply_records_parent_root_and_depth(member, article):
    top = comment_create(author=member, article=article, parent=None, text="First").comment
    reply = comment_create(author=member, article=article, parent=top, text="Second").comment
    deeper = comment_create(author=member, article=article, parent=reply, text="Third").comment
    assert (top.root_id, top.depth) == (None, 0)
    assert (reply.parent_id, reply.root_id, reply.depth) == (top.pk, top.pk, 1)
    assert (deeper.parent_id, deeper.root_id, deeper.depth) == (reply.pk, top.pk, 2)


def test_text_is_rendered_by_the_sanitizer(member, article):
    result = comment_create(
        author=member, article=article, parent=None, text="<b onclick='x()'>Hi</b>\n\nSee https://www.nationalmssociety.org/a"
    )
    html = result.comment.body_html
    assert "<b" not in html and "onclick" not in html.replace("&lt;b onclick", "")
    assert "&lt;b onclick=" in html  # shown as text, never interpreted
    assert '<a href="https://www.nationalmssociety.org/a" rel="nofollow ugc noopener">' in html
    assert html.count("<p>") == 2


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\x00\x01"])
def test_empty_text_is_refused_and_nothing_stored(member, article, text):
    with pytest.raises(ValidationError) as error:
        comment_create(author=member, article=article, parent=None, text=text)
    assert "empty" in error.value.messages[0]
    assert Comment.objects.count() == 0


def test_too_long_text_is_refused_with_the_excess(member, article):
    with pytest.raises(ValidationError) as error:
        comment_create(author=member, article=article, parent=None, text="a" * 10_005)
    assert "remove 5 characters" in error.value.messages[0]
    assert Comment.objects.count() == 0


def test_exactly_the_limit_is_accepted(member, article):
    comment_create(author=member, article=article, parent=None, text="a" * 10_000)
    assert Comment.objects.count() == 1


def test_repeating_the_last_post_is_refused(member, article):
    comment_create(author=member, article=article, parent=None, text="Same words")
    with pytest.raises(ValidationError, match="already posted"):
        comment_create(author=member, article=article, parent=None, text="  Same words ")


def test_unverified_member_cannot_post(unverified_member, article):
    with pytest.raises(PermissionDenied):
        comment_create(author=unverified_member, article=article, parent=None, text="Hello")
    assert Comment.objects.count() == 0


def test_closed_article_refuses_comments(member, db):
    closed = make_article("closed", comments_open=False)
    with pytest.raises(PermissionDenied):
        comment_create(author=member, article=closed, parent=None, text="Hello")


def test_reply_must_be_on_the_same_article(member, article):
    other = make_article("other")
    parent = comment_create(author=member, article=other, parent=None, text="Elsewhere").comment
    with pytest.raises(ValidationError):
        comment_create(author=member, article=article, parent=parent, text="Cross-thread")


def test_bulk_create_keeps_the_tree_and_skips_invalid_texts(member, article):
    now = article.published_at
    items = [
        ImportedComment("a", None, member, "Top", now),
        ImportedComment("b", "a", member, "Reply", now),
        ImportedComment("c", "b", member, "Deeper", now),
        ImportedComment("bad", "a", member, "   ", now),
        ImportedComment("orphan", "bad", member, "Reply to a skipped comment", now),
    ]
    result = comments_bulk_create(article=article, items=items)
    assert (result.stored, result.invalid, result.orphaned) == (3, 1, 1)
    top, reply, deeper = Comment.objects.order_by("depth")
    assert (reply.parent_id, reply.root_id, deeper.parent_id, deeper.root_id, deeper.depth) == (
        top.pk, top.pk, reply.pk, top.pk, 2
    )
