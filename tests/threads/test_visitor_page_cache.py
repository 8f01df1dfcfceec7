"""The visitors' whole-page cache and the ``Article.thread_version`` triggers
it is keyed by (issue 20): every change to what the page shows bumps the
version in the database, whichever path made it."""

import pytest
from django.contrib import messages
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from mscommunity.accounts.models import User
from tests.conftest import make_article, make_user
from threads import rendering
from threads.models import Article, Comment
from threads.services import comment_create, reaction_toggle

pytestmark = pytest.mark.django_db


def _version(article: Article) -> int:
    return Article.objects.values_list("thread_version", flat=True).get(pk=article.pk)


def test_comment_insert_update_and_delete_bump_the_thread_version(member, article):
    start = _version(article)
    comment = comment_create(author=member, article=article, parent=None, text="Hello all").comment
    after_insert = _version(article)
    assert after_insert > start
    Comment.objects.filter(pk=comment.pk).update(status=Comment.Status.REMOVED)  # bypasses save()
    assert _version(article) > after_insert
    after_update = _version(article)
    Comment.objects.filter(pk=comment.pk).delete()
    assert _version(article) > after_update


def test_a_reaction_bumps_only_its_own_thread(member, article):
    other_article = make_article("another-thread")
    comment = comment_create(author=member, article=article, parent=None, text="React to me").comment
    before, untouched = _version(article), _version(other_article)
    reaction_toggle(member=make_user("fan"), comment=comment, kind="thanks")
    assert _version(article) > before
    assert _version(other_article) == untouched


def test_an_authors_new_name_or_badge_bumps_the_threads_they_wrote_in(member, article):
    other_article = make_article("quiet-thread")
    comment_create(author=member, article=article, parent=None, text="Words")
    before, untouched = _version(article), _version(other_article)
    User.objects.filter(pk=member.pk).update(username="new_name")
    renamed = _version(article)
    assert renamed > before
    User.objects.filter(pk=member.pk).update(last_login=None)  # not shown on the page: no bump
    assert _version(article) == renamed
    member.groups.add(Group.objects.get_or_create(name="Moderators")[0])
    joined = _version(article)
    assert joined > renamed
    member.groups.clear()
    assert _version(article) > joined
    assert _version(other_article) == untouched


def test_saving_an_article_never_writes_back_a_stale_thread_version(member, article):
    stale = Article.objects.get(pk=article.pk)
    comment_create(author=member, article=article, parent=None, text="Meanwhile")
    bumped = _version(article)
    stale.title = "A new title"
    stale.save()
    assert _version(article) == bumped


def test_a_visitor_is_served_the_cached_page_in_one_query(client, member, article):
    comment_create(author=member, article=article, parent=None, text="Cached words")
    url = article.get_absolute_url()
    first = client.get(url)
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert second.content == first.content and b"Cached words" in second.content
    assert len(queries) == 1
    assert b"csrfmiddlewaretoken" not in second.content  # nothing personal is cached
    comment_create(author=member, article=article, parent=None, text="Newer words")
    assert b"Newer words" in client.get(url).content


def test_each_page_and_order_is_cached_apart_and_odd_pages_are_not_cached(client, member, article, settings):
    settings.THREADS_PAGE_SIZE = 1
    for text in ("Oldest words", "Newest words"):
        comment_create(author=member, article=article, parent=None, text=text)
    url = article.get_absolute_url()
    assert b"Oldest words" in client.get(url).content
    assert b"Newest words" in client.get(url + "?page=2").content
    assert b"Newest words" in client.get(url + "?order=newest").content
    assert b"Oldest words" in client.get(url).content
    assert b"Oldest words" in client.get(url + "?page=x").content  # read as page 1
    assert rendering.visitor_page_key(article, page="x", order="oldest") is None  # and not stored apart
    assert rendering.visitor_page_key(article, page="1" * 7, order="oldest") is None


def test_signed_in_readers_and_pending_messages_are_never_served_from_it(client, member, article, rf):
    comment_create(author=member, article=article, parent=None, text="Words")
    url = article.get_absolute_url()
    client.get(url)
    client.force_login(member)
    html = client.get(url).content.decode()
    assert "Signed in as" in html and "csrfmiddlewaretoken" in html
    client.logout()
    from django.contrib.messages.storage.cookie import CookieStorage

    request = rf.get("/")
    storage = CookieStorage(request)
    storage.add(messages.INFO, "A page-wide note for this visitor")
    response = client.get(url)  # prime the message cookie the way a redirect would
    storage.update(response)
    client.cookies.update(response.cookies)
    assert "A page-wide note for this visitor" in client.get(url).content.decode()


def test_head_is_answered(client, article):
    assert client.head(article.get_absolute_url()).status_code == 200


def test_public_pages_answer_head(client, member, article):
    """Uptime monitors send HEAD: the public GET pages answer it like GET (without side effects)."""
    comment = comment_create(author=member, article=article, parent=None, text="Words").comment
    assert client.head("/").status_code == 200
    assert client.head(f"{article.get_absolute_url()}comments/{comment.pk}/").status_code in (301, 302)
