"""Journeys for a calmer, friendlier thread (issue 23), each on a 360 px phone
and at 1,280 px, with the axe gate at zero: the one-line advice label; the
outcome of posting, reacting and flagging beside the comment (with and
without JavaScript); reaction counts, avatars, relative times and folded
replies for a visitor; "new since your last visit" for a member."""

from __future__ import annotations

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.conftest import make_article, make_user
from threads.models import ArticleVisit, Comment
from threads.services import comment_create, reaction_toggle

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

VIEWS = {"360px": {"width": 360, "height": 780}, "1280px": {"width": 1280, "height": 900}}
QUESTION = "Would HSCT work for me, or am I too late?"


def _view(name: str, **extra):
    phone = {"is_mobile": True, "has_touch": True} if name == "360px" else {}
    return pytest.param(name, marks=pytest.mark.browser_context_args(viewport=VIEWS[name], **phone, **extra),
                        id=name)


VIEW_PARAMS = [_view(name) for name in VIEWS]


def in_view(page, locator) -> bool:
    """The element's top is on the screen."""
    box = locator.bounding_box()
    return box is not None and -2 <= box["y"] < page.viewport_size["height"]


def busy_thread(slug: str = "trial-news"):
    """An article with a few conversations above the one the journey is about."""
    article = make_article(slug, title="A stem cell trial opens")
    for n in range(6):
        comment_create(author=make_user(f"early_{n}"), article=article, parent=None,
                       text=f"Early comment number {n}: " + "we went to the information day and it helped. " * 4)
    return article


@pytest.mark.parametrize("view", VIEW_PARAMS)
def test_a_labelled_question_is_one_calm_line_that_opens(view, page, axe_check):
    article = make_article("trial-news")
    question = comment_create(author=make_user("sam_t"), article=article, parent=None, text=QUESTION).comment
    assert question.help_note or question.medical_notice
    page.goto(article.get_absolute_url())
    item = page.locator(f"#comment-{question.pk}")
    label = item.locator("details.na")
    expect(label).to_have_count(1)
    summary = label.locator("summary")
    expect(summary).to_have_text("Not medical advice — why?")
    box = summary.bounding_box()
    assert box["height"] < 50, "the label is one line"
    expect(label).not_to_contain_text("Ask your neurologist or MS nurse", use_inner_text=True)  # closed
    summary.click()
    expect(label).to_contain_text("Ask your neurologist or MS nurse", use_inner_text=True)
    # The note about advice is said once, above the thread.
    expect(page.locator("#advice")).to_have_count(1)
    expect(page.locator("#advice").get_by_role("link", name="How to find a clinical trial")).to_be_visible()
    axe_check(page, label=f"labelled question at {view}")


@pytest.mark.parametrize("view", VIEW_PARAMS)
def test_posting_reacting_and_flagging_are_answered_beside_the_comment(view, page, login, axe_check):
    article = busy_thread()
    other = comment_create(author=make_user("ana_w"), article=article, parent=None,
                           text="The vest kept me going all afternoon.").comment
    member = make_user("kim_r")
    login(member)

    # Posting: the page lands on the new comment, which says what happened, with the focus.
    page.goto(article.get_absolute_url())
    page.get_by_label("Your comment").fill("Happy to talk about my infusions, call me on (440) 555-0147.")
    page.get_by_role("button", name="Post comment", exact=True).click()
    mine = Comment.objects.get(author=member)
    expect(page).to_have_url(re.compile(rf"#comment-{mine.pk}$"))
    said = page.locator(f"#comment-{mine.pk} .fb")
    expect(said).to_be_focused()
    expect(said).to_contain_text("Posted.")
    expect(said).to_contain_text("1 phone number removed")
    expect(page.locator(f"#comment-{mine.pk}")).to_have_class(re.compile(r"\bhl\b"))
    assert in_view(page, said), "the outcome is on the screen"
    expect(page.locator(".notices")).to_have_count(0)
    axe_check(page, label=f"posted at {view}")

    # Reacting: the count is on the button, the outcome beside it.
    item = page.locator(f"#comment-{other.pk}")
    item.get_by_role("button", name="Helpful").click()
    said = page.locator(f"#comment-{other.pk} .fb")
    expect(said).to_be_focused()
    expect(said).to_have_text("You said “Helpful”.")
    expect(item.get_by_role("button", name="Helpful 1")).to_have_attribute("aria-pressed", "true")
    assert in_view(page, said)

    # Flagging: Flag sits in the small menu, and the comment then says "you flagged this".
    expect(item.get_by_role("button", name="Flag this comment")).to_be_hidden()
    item.locator(".ca summary").click()
    item.get_by_role("button", name="Flag this comment").click()
    page.get_by_label("It gives risky medical advice").check()
    page.get_by_role("button", name="Send to the moderators").click()
    said = page.locator(f"#comment-{other.pk} .fb")
    expect(said).to_be_focused()
    expect(said).to_contain_text("You flagged this.")
    page.goto(article.get_absolute_url())
    expect(page.locator(f"#comment-{other.pk} .mine")).to_have_text("You flagged this for the moderators.")
    expect(page.locator(".fb")).to_have_count(0)  # said once
    axe_check(page, label=f"flagged at {view}")


@pytest.mark.parametrize("view", [_view(name, java_script_enabled=False) for name in VIEWS])
def test_without_javascript_the_outcome_is_still_beside_the_comment(view, page, login):
    article = busy_thread()
    member = make_user("no_script_member")
    login(member)
    page.goto(article.get_absolute_url())
    page.get_by_label("Your comment").fill("Posting without any scripts at all.")
    page.get_by_role("button", name="Post comment", exact=True).click()
    mine = Comment.objects.get(author=member)
    expect(page).to_have_url(re.compile(rf"#comment-{mine.pk}$"))
    said = page.locator(f"#comment-{mine.pk} .fb")
    expect(said).to_have_text("Posted.")
    assert in_view(page, page.locator(f"#comment-{mine.pk}")), "the anchor brings the comment on screen"
    # Folded replies open without JavaScript too.
    root = comment_create(author=make_user("vest_asker"), article=article, parent=None, text="Who uses a vest?").comment
    for n in range(6):
        comment_create(author=make_user(f"vest_{n}"), article=article, parent=root, text=f"Vest answer {n}.")
    page.goto(article.get_absolute_url())
    expect(page.get_by_text("Vest answer 5.")).to_be_hidden()
    page.get_by_text("Show 3 more replies").click()
    expect(page.get_by_text("Vest answer 5.")).to_be_visible()


@pytest.mark.parametrize("view", VIEW_PARAMS)
def test_a_visitor_sees_counts_avatars_times_and_folded_replies(view, page, axe_check):
    article = make_article("cooling-vests", title="Cooling vests")
    asker = make_user("river_walker")
    root = comment_create(author=asker, article=article, parent=None, text="Who else uses a cooling vest?").comment
    Comment.objects.filter(pk=root.pk).update(created_at=timezone.now() - timezone.timedelta(hours=3))
    replies = [comment_create(author=make_user(f"vest_user_{n}"), article=article, parent=root,
                              text=f"I do, day {n} of the heatwave.").comment for n in range(8)]
    for n in range(2):
        reaction_toggle(member=make_user(f"fan_{n}"), comment=Comment.objects.get(pk=root.pk), kind="helpful")
    page.goto(article.get_absolute_url())
    item = page.locator(f"#comment-{root.pk} > article")
    expect(item.locator(".rc")).to_have_text("Helpful 2")  # counts for everyone
    expect(item.locator(".av")).to_have_text("RW")  # initials, from the pseudonym
    expect(item.locator(".av")).to_have_attribute("aria-hidden", "true")
    time = item.locator("time")
    expect(time).to_have_text("3 hours ago")
    expect(time).to_have_attribute("title", re.compile(r"^\d{1,2} \w+ \d{4} at \d{2}:\d{2}$"))
    expect(item.get_by_role("button", name="Reply to river_walker")).to_be_visible()  # Reply is the one button
    expect(item.get_by_role("button", name="Flag this comment")).to_be_hidden()  # the rest in "More"
    folded = page.locator(f"#comment-{root.pk} details.mr > summary")
    expect(folded).to_have_text("Show 5 more replies")
    expect(page.get_by_text("I do, day 7 of the heatwave.")).to_be_hidden()
    folded.click()
    expect(page.get_by_text("I do, day 7 of the heatwave.")).to_be_visible()
    axe_check(page, label=f"visitor's thread at {view}")
    # A link to a folded reply opens its fold.
    page.goto(f"{article.get_absolute_url()}#comment-{replies[6].pk}")
    expect(page.get_by_text("I do, day 6 of the heatwave.")).to_be_visible()


@pytest.mark.parametrize("view", VIEW_PARAMS)
def test_a_member_sees_what_is_new_since_the_last_visit(view, page, login, axe_check):
    article = make_article("cooling-vests", title="Cooling vests")
    reader = make_user("regular_reader")
    old = comment_create(author=make_user("ana_w"), article=article, parent=None, text="An older comment.").comment
    Comment.objects.filter(pk=old.pk).update(created_at=timezone.now() - timezone.timedelta(days=2))
    ArticleVisit.objects.create(member=reader, article=article, visited_at=timezone.now() - timezone.timedelta(days=1))
    writers = [make_user(f"writer_{n}") for n in range(6)]
    fresh = [comment_create(author=writer, article=article, parent=old, text=f"New reply {n}.").comment
             for n, writer in enumerate(writers)]
    login(reader)
    page.goto(article.get_absolute_url())
    expect(page.locator(f"#comment-{old.pk} > article .new")).to_have_count(0)
    expect(page.locator(f"#comment-{fresh[0].pk} .new")).to_have_text("New")
    expect(page.locator("details.mr > summary")).to_have_text("Show 3 more replies (3 new)")
    summary = page.get_by_role("link", name="6 new comments")
    expect(summary).to_be_visible()
    axe_check(page, label=f"new since the last visit at {view}")
    summary.click()
    expect(page).to_have_url(re.compile(rf"#comment-{fresh[0].pk}$"))
    target = page.locator(f"#comment-{fresh[0].pk}")
    assert in_view(page, target), target.bounding_box()
    # Reading on within the visit keeps the markers.
    page.reload()
    expect(page.locator(".new")).to_have_count(6)
