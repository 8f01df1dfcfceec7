"""Journey: a moderator works 20 mixed cases on the review screen by keyboard
alone (a approve, n approve with notice, r reject with a saved reason, e
escalate, j/k next/previous), always the most urgent first, and each decision
brings the next case at once."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from mscommunity.moderation import queue
from mscommunity.moderation.models import ModerationCase
from tests.conftest import make_article, make_user
from tests.e2e.helpers import make_moderator
from threads.models import Comment
from threads.services import comment_create

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TEXTS = [
    "I can't do this anymore. I want to end my life tonight, I have the pills ready.",
    "You should stop Tysabri now and go to Mexico for HSCT. I highly recommend it to anyone with MS.",
    "I have SPMS. Would HSCT work for me, or am I too late? Please help.",
    "Everyone with MS should take high dose biotin, it cured me, stop your medication.",
    "Can my son be a candidate for stem cell treatment? Where can I get this done?",
]
# The key pressed for the n-th case, in order: a mix of every decision.
PLAN = "anrae" "nraan" "rnaea" "nrana"


def mixed_cases(n: int = 20) -> list[int]:
    article = make_article("trial-news")
    writer = 0
    while ModerationCase.objects.filter(status="open").count() < n:
        text = TEXTS[writer % len(TEXTS)]
        comment_create(author=make_user(f"writer_{writer}"), article=article, parent=None,
                       text=f"{text} (day {writer + 1})")
        writer += 1
        assert writer < 100, "the texts stopped opening cases"
    return [case.pk for case in queue.queue(moderator=None)]


def test_twenty_cases_decided_by_keyboard_in_order_of_urgency(page, login):
    moderator = make_moderator()
    expected = mixed_cases()[:20]
    priorities = list(ModerationCase.objects.filter(pk__in=expected).values_list("pk", "priority"))
    assert sorted(p for _, p in priorities) == [dict(priorities)[pk] for pk in expected]  # urgent first
    login(moderator)
    page.goto("/admin/moderation/review/")
    title = page.locator("#post-title")
    # j and k move through the queue without deciding.
    expect(title).to_contain_text(f"case {expected[0]} ")
    with page.expect_navigation():
        page.keyboard.press("j")
    expect(title).to_contain_text(f"case {expected[1]} ")
    with page.expect_navigation():
        page.keyboard.press("k")
    expect(title).to_contain_text(f"case {expected[0]} ")

    for pk, key in zip(expected, PLAN, strict=True):
        expect(title).to_contain_text(f"case {pk} ")
        if key == "r":
            page.keyboard.press("r")  # no reason yet: the saved reasons get the focus
            expect(page.locator("#id_reason_template")).to_be_focused()
            page.keyboard.press("ArrowDown")
            with page.expect_navigation():
                page.keyboard.press("Enter")
        else:
            with page.expect_navigation():
                page.keyboard.press(key)
        expect(page.locator(".messagelist")).to_be_visible()

    decided = dict(ModerationCase.objects.filter(pk__in=expected).values_list("pk", "decision"))
    statuses = dict(ModerationCase.objects.filter(pk__in=expected).values_list("pk", "status"))
    words = {"a": "approved", "n": "approved_labeled", "r": "rejected"}
    for pk, key in zip(expected, PLAN, strict=True):
        if key == "e":
            assert statuses[pk] == "escalated"
        else:
            assert (statuses[pk], decided[pk]) == ("decided", words[key])
    rejected = [pk for pk, key in zip(expected, PLAN, strict=True) if key == "r"]
    assert not Comment.objects.filter(pk__in=ModerationCase.objects.filter(pk__in=rejected).values("object_id"),
                                      status="published").exists()
