"""Journey: a busy thread does not flood the member. On a 360 px phone and at
1,280 px: five comments in a followed thread are one line with a snippet of
the latest; opening it goes to the first new comment and reads the line; the
daily digest is chosen on "Your account"."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import make_article, make_user

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

VIEWS = {"360px": {"width": 360, "height": 780}, "1280px": {"width": 1280, "height": 900}}


def _view(name: str):
    phone = {"is_mobile": True, "has_touch": True} if name == "360px" else {}
    return pytest.param(name, marks=pytest.mark.browser_context_args(viewport=VIEWS[name], **phone), id=name)


@pytest.mark.parametrize("view", [_view(name) for name in VIEWS])
def test_a_busy_thread_is_one_line_that_reads_as_one(view, page, login, axe_check):
    from mscommunity.notifications.services import follow
    from threads.services import comment_create

    member = make_user("careful_reader")
    article = make_article("cooling-vests", title="Cooling vests in a heatwave")
    follow(user=member, target=article)
    writers = [make_user(f"writer_{n}") for n in range(5)]
    comments = [comment_create(author=writer, article=article, parent=None,
                               text=f"Day {n + 1} of the heatwave: the vest kept me going until lunch.").comment
                for n, writer in enumerate(writers)]
    login(member)

    page.goto("/")
    header = page.get_by_role("link", name=re.compile(r"^Notifications \(1 unread"))
    expect(header).to_be_visible()  # one conversation, not five notifications
    header.click()
    line = page.locator(".notification").filter(has_text="5 new comments in “Cooling vests in a heatwave”")
    expect(line).to_have_count(1)
    expect(line).to_contain_text("Day 5 of the heatwave")  # the latest comment, as a snippet
    expect(line.get_by_text("New", exact=True)).to_be_visible()
    axe_check(page, label=f"grouped notifications at {view}")

    line.get_by_role("link", name=re.compile("5 new comments")).click()
    expect(page).to_have_url(re.compile(rf"/articles/cooling-vests/.*#comment-{comments[0].pk}$"))
    expect(page.locator(f"#comment-{comments[0].pk}")).to_be_visible()
    expect(page.get_by_role("link", name=re.compile(r"^Notifications$"))).to_be_visible()  # nothing unread now

    page.goto("/notifications/")
    expect(page.locator(".notification-unread")).to_have_count(0)


@pytest.mark.parametrize("view", [_view(name) for name in VIEWS])
def test_the_daily_digest_is_chosen_on_your_account(view, page, login):
    from mscommunity.accounts.models import User

    member = make_user("digest_reader")
    login(member)
    page.goto("/account/")
    page.get_by_label("Once a day, in one e-mail").check()
    page.get_by_role("button", name="Save e-mail settings").click()
    expect(page).to_have_url(re.compile(r"/account/$"))
    expect(page.locator(".notices")).to_contain_text("Your e-mail settings are saved.")
    expect(page.get_by_label("Once a day, in one e-mail")).to_be_checked()
    assert User.objects.get(pk=member.pk).email_mode == "daily"
