"""A calmer, friendlier thread (issue 23): one label per comment, the outcome
of what a member did beside that comment, reaction counts for everyone,
initials avatars, times, folded reply lists and "new since your last visit",
all without touching the cached fragments or the visitors' page cache."""

from __future__ import annotations

import re
from datetime import UTC

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mscommunity.moderation.models import Flag
from tests.conftest import make_article, make_user
from threads import rendering
from threads.models import ArticleVisit, Comment
from threads.selectors import thread_page
from threads.services import comment_create, reaction_toggle

pytestmark = pytest.mark.django_db

QUESTION = "Would HSCT work for me, or am I too late?"
PHONE_TEXT = "Happy to talk about my infusions, call me on (440) 555-0147 any evening."


def item(html: str, pk: int) -> str:
    """The ``<li>`` of comment ``pk`` (a comment without replies)."""
    match = re.search(rf'<li id="comment-{pk}"[^>]*>.*?</article></li>', html, re.S)
    assert match, f"no comment {pk} on the page"
    return match.group(0)


def visitor_page(article) -> str:
    return Client().get(article.get_absolute_url()).content.decode()


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


# --- one calm label ---------------------------------------------------------------

def test_a_labelled_one_line_question_has_at_most_700_characters_of_markup_around_it(article):
    comment = comment_create(author=make_user("sam_t"), article=article, parent=None, text=QUESTION).comment
    assert comment.help_note or comment.medical_notice, "the question must carry the label for this test"
    html = visitor_page(article)
    li = item(html, comment.pk)
    markup = len(li) - len(QUESTION)
    assert markup <= 700, f"{markup} characters of markup around a one-line question:\n{li}"
    assert li.count("<details") == 2  # the label and the small "More" menu, nothing else
    assert li.count("Not medical advice — why?") == 1
    assert "A note from MS Community" not in html


def test_the_label_is_once_per_comment_and_the_note_once_per_thread(article):
    asker, other = make_user("asker"), make_user("other_asker")
    first = comment_create(author=asker, article=article, parent=None, text=QUESTION).comment
    second = comment_create(author=other, article=article, parent=None,
                            text="Should I stop Tysabri before my MRI? What dose do you take?").comment
    plain = comment_create(author=make_user("plain"), article=article, parent=None, text="Thank you for this.").comment
    for client in (Client(), signed_in(make_user("reader"))):
        html = client.get(article.get_absolute_url()).content.decode()
        labelled = [pk for pk in (first.pk, second.pk) if "Not medical advice — why?" in item(html, pk)]
        assert labelled, "a labelled comment shows its label"
        assert "Not medical advice — why?" not in item(html, plain.pk)
        assert html.count('id="advice"') == 1 and "How to find a clinical trial" in html
        assert "talk to your neurologist or ms nurse" in html.lower()


# --- feedback beside the post ---------------------------------------------------------

def test_posting_says_what_was_removed_beside_the_comment_once_and_only_to_its_author(member, article):
    client = signed_in(member)
    response = client.post(f"/articles/{article.slug}/comments/", {"text": PHONE_TEXT})
    comment = Comment.objects.get()
    html = client.get(response["Location"], follow=True).content.decode()
    li = item(html, comment.pk)
    assert li.startswith(f'<li id="comment-{comment.pk}" class="hl">')
    box = re.search(r'<div class="fb" role="status" tabindex="-1" data-focus-on-load>.*?</div>', li).group(0)
    assert "Posted." in box and "1 phone number removed" in box and "How to reach people safely" in box
    assert 'class="notices"' not in html
    # Only its author, only once, and never in the shared caches.
    assert 'class="fb"' not in client.get(article.get_absolute_url()).content.decode()
    assert 'class="fb"' not in visitor_page(article)
    assert 'class="fb"' not in signed_in(make_user("someone_else")).get(article.get_absolute_url()).content.decode()
    nodes = thread_page(article=article, viewer=AnonymousUser()).nodes
    assert all("Posted." not in "".join(map(str, vars(f).values()))
               for f in rendering.fragments(nodes, article=article).values())


def test_a_held_comment_says_why_beside_it(member, article):
    client = signed_in(member)
    text = "You should stop Tysabri and go to Mexico for HSCT, I highly recommend it to anyone."
    response = client.post(f"/articles/{article.slug}/comments/", {"text": text})
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.HELD
    li = item(client.get(response["Location"], follow=True).content.decode(), comment.pk)
    assert "waiting for a moderator because" in li and comment.status_reason in li


def test_an_edit_says_it_is_saved_beside_the_comment(member, article):
    comment = comment_create(author=member, article=article, parent=None, text="Fatigue is better.").comment
    client = signed_in(member)
    response = client.post(f"/articles/{article.slug}/comments/{comment.pk}/edit/",
                           {"text": "Fatigue is better since spring."})
    html = client.get(response["Location"], follow=True).content.decode()
    assert "Your changes are saved." in item(html, comment.pk) and 'class="notices"' not in html


def test_an_edit_too_late_is_refused_beside_the_comment(member, article):
    comment = comment_create(author=member, article=article, parent=None, text="Fatigue is better.").comment
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - timezone.timedelta(days=3))
    client = signed_in(member)
    response = client.get(f"/articles/{article.slug}/comments/{comment.pk}/edit/", follow=True)
    assert "You can no longer edit this comment." in item(response.content.decode(), comment.pk)


def test_flagging_says_so_beside_the_comment_and_keeps_saying_it_to_the_flagger(member, article):
    comment = comment_create(author=member, article=article, parent=None, text="My cousin swears by bee stings.").comment
    flagger, other = make_user("flagger"), make_user("not_a_flagger")
    client = signed_in(flagger)
    response = client.post(f"/articles/{article.slug}/comments/{comment.pk}/flag/", {"reason": "medical_advice"})
    assert Flag.objects.filter(member=flagger).count() == 1
    li = item(client.get(response["Location"], follow=True).content.decode(), comment.pk)
    assert 'class="fb"' in li and "You flagged this." in li
    later = item(client.get(article.get_absolute_url()).content.decode(), comment.pk)
    assert "You flagged this for the moderators." in later and 'name="flag"' not in later
    theirs = item(signed_in(other).get(article.get_absolute_url()).content.decode(), comment.pk)
    assert "You flagged" not in theirs and f'name="flag" value="{comment.pk}"' in theirs
    assert "You flagged" not in item(visitor_page(article), comment.pk)


def test_reacting_says_so_beside_the_comment_and_everyone_sees_the_counts(member, article):
    comment = comment_create(author=member, article=article, parent=None, text="Cooling vests help me.").comment
    client = signed_in(make_user("fan"))
    response = client.post(f"/articles/{article.slug}/react/", {f"{comment.pk}h": ""})
    li = item(client.get(response["Location"], follow=True).content.decode(), comment.pk)
    assert "You said “Helpful”." in li and f'name="{comment.pk}h" aria-pressed="true">Helpful 1<' in li
    assert '<p class="rc"><span>Helpful 1</span></p>' in item(visitor_page(article), comment.pk)
    response = client.post(f"/articles/{article.slug}/react/", {f"{comment.pk}h": ""})
    li = item(client.get(response["Location"], follow=True).content.decode(), comment.pk)
    assert "Your “Helpful” is taken back." in li and 'class="rc"' not in item(visitor_page(article), comment.pk)


def test_an_outcome_for_a_comment_not_on_the_page_goes_to_the_top(member, article, settings):
    settings.THREADS_PAGE_SIZE = 1
    comment_create(author=member, article=article, parent=None, text="On the first page.")
    later = comment_create(author=member, article=article, parent=None, text="On the second page.").comment
    client = signed_in(make_user("fan"))
    client.post(f"/articles/{article.slug}/react/", {f"{later.pk}t": ""})
    html = client.get(article.get_absolute_url()).content.decode()  # page 1, not where the redirect went
    notices = html[html.index('class="notices"'):html.index("<main")]
    assert "You said “Thank you”." in notices and 'class="fb"' not in html


def test_an_outcome_waits_for_its_own_thread(member, article):
    comment = comment_create(author=member, article=article, parent=None, text="Cooling vests help me.").comment
    elsewhere = make_article("other-news")
    client = signed_in(make_user("fan"))
    client.post(f"/articles/{article.slug}/react/", {f"{comment.pk}m": ""})
    assert "You said" not in client.get(elsewhere.get_absolute_url()).content.decode()
    assert "You said “Me too”." in client.get(article.get_absolute_url()).content.decode()


# --- a friendlier thread -----------------------------------------------------------------

@pytest.mark.parametrize(("name", "letters"), [
    ("river_walker", "RW"), ("JaneSmithson", "JS"), ("kai", "K"), ("seed_member_5", "SM"), ("bo.k-2", "BK"),
    ("007", "0"), ("zoë_łucja", "ZŁ"), ("__", "?"),
])
def test_initials(name, letters):
    assert rendering.initials(name) == letters


def test_avatars_are_generated_from_the_pseudonym_and_times_are_absolute(article):
    author = make_user("river_walker")
    comment = comment_create(author=author, article=article, parent=None, text="Hello all.").comment
    li = item(visitor_page(article), comment.pk)
    avatar = re.search(r'<span class="av c(\d)" aria-hidden="true">RW</span><b>river_walker</b>', li)
    assert avatar and rendering.avatar("river_walker") in li  # the same colour on every page
    assert {rendering.avatar(f"member_{n}")[17] for n in range(40)} == set("01234567")  # colours spread
    when = timezone.localtime(comment.created_at)
    stamp = comment.created_at.astimezone(UTC)
    assert f'<time datetime="{stamp:%Y-%m-%dT%H:%M}Z">{when.day} {when:%b %Y, %H:%M}</time>' in li
    assert "<img" not in li


def test_long_lists_of_replies_fold_after_a_few_and_open_on_their_outcome(member, article):
    root = comment_create(author=member, article=article, parent=None, text="Who else uses a cooling vest?").comment
    others = [make_user(f"replier_{n}") for n in range(8)]
    replies = [comment_create(author=others[n], article=article, parent=root, text=f"Reply number {n}.").comment
               for n in range(8)]
    comment_create(author=member, article=article, parent=replies[6], text="Answer to the seventh.")
    html = visitor_page(article)
    shown, folded = html.split('<details class="mr">', 1)
    assert all(f"Reply number {n}." in shown for n in range(rendering.REPLIES_SHOWN))
    assert "<summary>Show 6 more replies</summary>" in folded  # five replies and one reply to them
    assert all(f"Reply number {n}." in folded for n in range(3, 8))
    # The outcome of reacting to a folded reply opens the fold.
    client = signed_in(make_user("fan"))
    response = client.post(f"/articles/{article.slug}/react/", {f"{replies[5].pk}h": ""})
    mine = client.get(response["Location"], follow=True).content.decode()
    assert '<details class="mr" open><summary>Show 6 more replies</summary>' in mine


def test_new_since_the_last_visit_is_marked_for_members_only(member, article):
    reader = make_user("regular_reader")
    client = signed_in(reader)
    old = comment_create(author=member, article=article, parent=None, text="An old comment.").comment
    Comment.objects.filter(pk=old.pk).update(created_at=timezone.now() - timezone.timedelta(hours=3))
    first = client.get(article.get_absolute_url()).content.decode()
    assert 'class="new"' not in first  # a first visit marks nothing
    visit = ArticleVisit.objects.get(member=reader, article=article)
    ArticleVisit.objects.filter(pk=visit.pk).update(visited_at=timezone.now() - timezone.timedelta(hours=2))
    newer = comment_create(author=member, article=article, parent=old, text="A newer reply.").comment
    own = comment_create(author=reader, article=article, parent=None, text="My own newer comment.").comment
    for _ in range(2):  # reading on within the visit keeps the markers
        html = client.get(article.get_absolute_url()).content.decode()
        assert '<strong class="new">New</strong>' in item(html, newer.pk)
        assert 'class="new"' not in item(html, own.pk)
        assert f'<a href="#comment-{newer.pk}">1 new comment</a> since your last visit' in html
        assert 'class="new"' not in html[html.index(f'<li id="comment-{old.pk}"'):html.index(f'<li id="comment-{newer.pk}"')]
    assert 'class="new"' not in visitor_page(article)
    assert 'class="new"' not in signed_in(member).get(article.get_absolute_url()).content.decode()  # its author


def test_a_visit_after_a_break_moves_the_marker_on(member, article):
    now = timezone.now()
    reader = make_user("regular_reader")
    client = signed_in(reader)
    seen = comment_create(author=member, article=article, parent=None, text="Seen already.").comment
    Comment.objects.filter(pk=seen.pk).update(created_at=now - timezone.timedelta(hours=5))
    client.get(article.get_absolute_url())
    ArticleVisit.objects.update(visited_at=now - timezone.timedelta(hours=4))
    fresh = comment_create(author=member, article=article, parent=None, text="Fresh.").comment
    Comment.objects.filter(pk=fresh.pk).update(created_at=now - timezone.timedelta(hours=3))
    assert "New</strong>" in item(client.get(article.get_absolute_url()).content.decode(), fresh.pk)
    visit = ArticleVisit.objects.get()
    assert visit.seen_before == now - timezone.timedelta(hours=4) and visit.visited_at >= now
    # The member came back an hour ago (after it was written) and now, after a break: it is not new.
    ArticleVisit.objects.update(visited_at=now - timezone.timedelta(hours=1))
    assert "New</strong>" not in client.get(article.get_absolute_url()).content.decode()


def _seed(article, n: int, authors: list) -> None:
    from threads.services import ImportedComment, comments_bulk_create

    base = timezone.now() - timezone.timedelta(days=1)
    comments_bulk_create(article=article, items=[
        ImportedComment(str(i), str(i - 1) if i % 3 else None, authors[i % len(authors)], f"Comment {i}",
                        base + timezone.timedelta(seconds=i)) for i in range(n)])


def test_recording_the_visit_keeps_a_members_queries_few_and_constant(member):
    authors = [make_user(f"author_{i}") for i in range(30)]
    small, large = make_article("small-thread"), make_article("large-thread")
    _seed(small, 20, authors)
    _seed(large, 600, authors)
    client = signed_in(member)
    reaction_toggle(member=member, comment=Comment.objects.filter(article=large).first(), kind="helpful")
    Flag.objects.create(content=Comment.objects.filter(article=large).last(), member=member, reason="spam")
    counts = []
    for article in (small, large):
        client.get(article.get_absolute_url())  # warm
        ArticleVisit.objects.filter(article=article).update(visited_at=timezone.now() - timezone.timedelta(hours=2))
        with CaptureQueriesContext(connection) as queries:  # a new visit: the row is written
            assert client.get(article.get_absolute_url()).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 8, counts
    assert any(q["sql"].startswith("INSERT INTO") and "articlevisit" in q["sql"] for q in queries.captured_queries)


def test_the_reading_history_is_in_the_members_data(member, article):
    from mscommunity.accounts.data_rights import export_member

    signed_in(member).get(article.get_absolute_url())
    data = export_member(member)
    assert data["conversations_read"][0]["article"] == article.title


def test_a_member_with_a_held_comment_stays_within_eight_queries(member, article):
    """Their tree is read fresh (one query more), so their visit is not recorded on that view."""
    authors = [make_user(f"writer_{i}") for i in range(5)]
    _seed(article, 40, authors)
    mine = Comment.objects.filter(article=article).first()
    Comment.objects.filter(pk=mine.pk).update(author=member, status=Comment.Status.HELD)
    client = signed_in(member)
    client.get(article.get_absolute_url())  # warm
    ArticleVisit.objects.filter(article=article).update(visited_at=timezone.now() - timezone.timedelta(hours=2))
    with CaptureQueriesContext(connection) as queries:
        html = client.get(article.get_absolute_url()).content.decode()
    assert len(queries) <= 8, [q["sql"][:60] for q in queries.captured_queries]
    assert f'id="comment-{mine.pk}"' in html  # their held comment shows to them
    assert not any("articlevisit" in q["sql"] and q["sql"].startswith("INSERT") for q in queries.captured_queries)
