"""Cached comment fragments: never stale on any worker, and a constant number of
queries for every reader (issue 20)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.conftest import make_article, make_user
from threads import rendering
from threads.models import Comment
from threads.services import comment_create, comment_edit, reaction_toggle

pytestmark = pytest.mark.django_db
HELPER = Path(__file__).with_name("_two_processes.py")


def _redis_up() -> bool:
    try:
        import redis

        return bool(redis.Redis.from_url("redis://127.0.0.1:6379/13", socket_connect_timeout=0.5).ping())
    except Exception:
        return False


@pytest.mark.parametrize("cache", ["locmem", "redis"])
def test_a_change_shows_on_the_next_request_in_another_process(tmp_path, cache):
    """One process keeps serving the page (cache warm) while another reacts,
    edits and removes the comment: each change shows on the very next request."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'two.sqlite3'}"}
    env.pop("REDIS_URL", None)
    if cache == "redis":
        if not _redis_up():
            pytest.skip("no Redis on 127.0.0.1:6379")
        import redis

        redis.Redis.from_url("redis://127.0.0.1:6379/13").flushdb()
        env["REDIS_URL"] = "redis://127.0.0.1:6379/13"
    out = subprocess.run([sys.executable, str(HELPER)], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    first, cached, reacted, edited, renamed, removed = json.loads(out.stdout.strip().splitlines()[-1])
    assert first == cached == {"original": True, "edited": False, "removed": False, "helpful": False,
                               "renamed": False}
    assert reacted["helpful"] and reacted["original"]
    assert edited["edited"] and not edited["original"] and not edited["renamed"]
    assert renamed["renamed"] and renamed["edited"]
    assert removed == {"original": False, "edited": False, "removed": True, "helpful": False, "renamed": False}


def test_every_write_bumps_the_version(member, article):
    other = make_user("reactor")
    comment = comment_create(author=member, article=article, parent=None, text="First words").comment
    version = Comment.objects.get(pk=comment.pk).version
    reaction_toggle(member=other, comment=comment, kind="thanks")
    assert Comment.objects.get(pk=comment.pk).version == version + 1
    comment_edit(editor=member, comment=Comment.objects.get(pk=comment.pk), text="Second words")
    assert Comment.objects.get(pk=comment.pk).version > version + 1
    comment.refresh_from_db()
    before = comment.version
    comment.save(update_fields=["status"])
    assert comment.version == before + 1  # read again after the save, never kept stale


def _seed(article, n: int, authors: list) -> None:
    from django.utils import timezone

    from threads.services import ImportedComment, comments_bulk_create

    base = timezone.now() - timezone.timedelta(days=1)
    items = []
    for i in range(n):
        parent = str(i - 1) if i % 3 and i > 0 and (i % 9) < 6 else None
        items.append(ImportedComment(str(i), parent, authors[i % len(authors)], f"Comment {i}",
                                     base + timezone.timedelta(seconds=i)))
    comments_bulk_create(article=article, items=items)


def _queries(client, url: str) -> int:
    client.get(url)  # warm and cold must not differ either: count both
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("signed_in", [False, True])
def test_queries_are_few_and_constant_with_many_authors(client, member, signed_in):
    authors = [make_user(f"author_{i}") for i in range(40)]
    small, large = make_article("small-thread"), make_article("large-thread")
    _seed(small, 20, authors)
    _seed(large, 1000, authors)
    if signed_in:
        client.force_login(member)
        reaction_toggle(member=member, comment=Comment.objects.filter(article=large).first(), kind="helpful")
    counts = {_queries(client, small.get_absolute_url()), _queries(client, large.get_absolute_url())}
    assert len(counts) == 1
    assert counts.pop() <= (8 if signed_in else 4)


def test_member_page_overlays_own_state_without_another_render(client, member, article):
    other = make_user("someone")
    mine = comment_create(author=member, article=article, parent=None, text="My own words").comment
    theirs = comment_create(author=other, article=article, parent=None, text="Their words").comment
    reaction_toggle(member=member, comment=theirs, kind="me_too")
    client.force_login(member)
    html = client.get(article.get_absolute_url()).content.decode()
    assert f'name="{theirs.pk}m" aria-pressed="true">Me too 1</button>' in html
    assert f'name="delete" value="{mine.pk}"' in html and f'name="flag" value="{mine.pk}"' not in html
    assert f'name="flag" value="{theirs.pk}"' in html and f'name="delete" value="{theirs.pk}"' not in html
    anonymous = client.__class__().get(article.get_absolute_url()).content.decode()
    assert "aria-pressed" not in anonymous and f'name="delete" value="{mine.pk}"' not in anonymous
    assert 'name="csrfmiddlewaretoken"' in html  # the one reaction form keeps CSRF


def test_thread_buttons_lead_to_their_pages_and_react_toggles(client, member, article):
    other = make_user("poster")
    theirs = comment_create(author=other, article=article, parent=None, text="Their words").comment
    client.force_login(member)
    go = f"/articles/{article.slug}/comments/go/"
    assert client.get(go, {"reply": theirs.pk})["Location"] == f"/articles/{article.slug}/comments/{theirs.pk}/reply/"
    assert client.get(go, {"flag": theirs.pk})["Location"] == f"/articles/{article.slug}/comments/{theirs.pk}/flag/"
    assert client.get(go, {"nothing": 1}).status_code == 404
    client.post(f"/articles/{article.slug}/react/", {"r": f"{theirs.pk}h"})
    assert theirs.reactions.filter(member=member, kind="helpful").exists()
    client.post(f"/articles/{article.slug}/react/", {f"{theirs.pk}t": ""})  # the button's own name, no value
    assert theirs.reactions.filter(member=member, kind="thanks").exists()
    assert client.post(f"/articles/{article.slug}/react/", {"r": "x"}).status_code == 404
    assert client.post(f"/articles/{article.slug}/react/", {"r": "²h"}).status_code == 404  # no server error
    assert client.get(go, {"reply": "²"}).status_code == 404


def test_fragments_escape_what_members_write(member, article):
    member.username = "<b>bold</b>"
    member.save()
    comment_create(author=member, article=article, parent=None, text="Hello there")
    from django.contrib.auth.models import AnonymousUser

    from threads.selectors import thread_page

    html = rendering.thread_html(thread_page(article=article, viewer=AnonymousUser()).nodes, article=article,
                                 reader=rendering.Reader())
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html


@pytest.mark.django_db
def test_the_precomposed_member_markup_is_the_overlay_a_reader_with_nothing_of_their_own_gets(member, article):
    from dataclasses import replace

    from django.contrib.auth.models import AnonymousUser

    from threads.selectors import thread_page

    comment_create(author=member, article=article, parent=None, text="Cooling vests help me in summer.")
    node = thread_page(article=article, viewer=AnonymousUser()).nodes[0]
    fragment = rendering.fragments([node], article=article)[node.comment.pk]
    assert fragment.plain
    reader = rendering.Reader(user_id=member.pk + 1000, moderator=False, editable_since=None, help_resources=(),
                              seen_before=None, feedback=None)
    composed = rendering._personal(replace(fragment, plain=""), node.comment, reader=reader, comments_open=True)
    assert rendering._personal(fragment, node.comment, reader=reader, comments_open=True) == composed
    assert composed.startswith(fragment.head) and composed.endswith("</article>")
    # Anything of the reader's own takes the composed path.
    flagger = replace(reader, mine={node.comment.pk: frozenset({"flag"})})
    assert "You flagged this" in rendering._personal(fragment, node.comment, reader=flagger, comments_open=True)
    assert "You flagged this" not in fragment.plain


@pytest.mark.django_db
def test_recent_shared_pages_are_read_from_the_process_and_a_change_is_not(member, article, monkeypatch):
    from django.contrib.auth.models import AnonymousUser

    from threads.selectors import article_for_thread_page, thread_page

    comment = comment_create(author=member, article=article, parent=None, text="First version of my story.").comment

    def page_html():
        fresh = article_for_thread_page(slug=article.slug, viewer=AnonymousUser())
        tree = thread_page(article=fresh, viewer=AnonymousUser())
        return rendering.fragments(tree.nodes, article=fresh, shared_key=tree.shared_key)[comment.pk].body

    assert "First version" in page_html()
    shared_get = rendering.cache.get

    def guarded_get(key, *args, **kwargs):
        if key.startswith("threadpage:"):
            pytest.fail("the page's fragments were read from the shared cache")
        return shared_get(key, *args, **kwargs)

    monkeypatch.setattr(rendering.cache, "get", guarded_get)
    assert "First version" in page_html()  # from this process's recent pages
    monkeypatch.undo()
    comment_edit(comment=comment, editor=member, text="Second version of my story.")
    assert "Second version" in page_html()
    assert len(rendering._recent_pages) <= rendering.RECENT_PAGES


@pytest.mark.django_db
def test_a_member_with_nothing_of_their_own_gets_the_list_joined_once_and_their_own_token(member, article):
    from django.contrib.auth.models import AnonymousUser

    from threads.selectors import article_for_thread_page, thread_page

    first = comment_create(author=member, article=article, parent=None, text="Cooling vests help me.").comment
    comment_create(author=make_user("replier"), article=article, parent=first, text="Which one do you use?")
    fresh = article_for_thread_page(slug=article.slug, viewer=AnonymousUser())
    tree = thread_page(article=fresh, viewer=AnonymousUser())

    def listing(user_id, token, shared_key):
        reader = rendering.Reader(user_id=user_id, moderator=False, editable_since=None, help_resources=(),
                                  seen_before=None, feedback=None)
        return str(rendering.thread_html(tree.nodes, article=fresh, reader=reader, csrf_input=token,
                                         shared_key=shared_key))

    composed = listing(10_001, "<input value=A>", None)
    assert listing(10_001, "<input value=A>", tree.shared_key) == composed
    assert listing(10_002, "<input value=B>", tree.shared_key) == composed.replace("<input value=A>", "<input value=B>")
    # The author of a comment on the page gets their own controls, not the shared list.
    own = listing(member.pk, "<input value=C>", tree.shared_key)
    assert "your comment" in own and "your comment" not in composed


@pytest.mark.django_db
def test_two_readings_of_one_thread_version_that_differ_never_share_a_page_of_fragments(member, article):
    """The tree is read after the article: a write can land in between, so two
    workers may cache different rows under the same ``thread_version``. What is
    built from the rows must be keyed by the rows, not by the version alone
    (under load this was a KeyError: a comment missing from the page)."""
    from django.contrib.auth.models import AnonymousUser

    from threads import selectors

    comment_create(author=member, article=article, parent=None, text="The first comment.")
    fresh = selectors.article_for_thread_page(slug=article.slug, viewer=AnonymousUser())
    before = selectors.thread_page(article=fresh, viewer=AnonymousUser())
    rendering.thread_html(before.nodes, article=fresh, reader=rendering.Reader(), shared_key=before.shared_key)
    # Another worker read the same version, but its rows already hold a newer comment.
    late = comment_create(author=member, article=article, parent=None, text="A comment written meanwhile.").comment
    selectors._recent_trees.clear()
    rendering.cache.delete(selectors._public_rows_key(fresh, 1, selectors.OLDEST))
    after = selectors.thread_page(article=fresh, viewer=AnonymousUser())  # same thread_version as `before`
    assert after.shared_key != before.shared_key
    html = rendering.thread_html(after.nodes, article=fresh, reader=rendering.Reader(), shared_key=after.shared_key)
    assert f'id="comment-{late.pk}"' in html and "written meanwhile" in html
