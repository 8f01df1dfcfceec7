"""Journeys 1-5 and 8 in a real browser: signing up, commenting, replying, the
privacy and moderation notices, the crisis page, editing, deleting, following."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import expect

from mscommunity.accounts.policy import MODERATORS_GROUP
from mscommunity.moderation.models import ModerationCase
from tests.conftest import PASSWORD, make_article, make_user
from threads.models import Comment
from threads.services import comment_create

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ADVICE = "You should stop Tysabri and go to Mexico for HSCT, I highly recommend it to anyone."
SEEKING = "I have SPMS. Would HSCT work for me, or am I too late? Please help."
CRISIS = "I want to end my life tonight, I have the pills ready."


def post_comment(page, text: str, button: str = "Post comment") -> None:
    page.get_by_label("Your comment").fill(text)
    page.get_by_role("button", name=button, exact=True).click()
    page.wait_for_load_state()


def comment_li(page, text: str):
    """The list item of the (innermost) comment that contains ``text``."""
    return page.locator("li[id^='comment-']").filter(has=page.locator(".cb", has_text=text)).last


def test_1_sign_up_verify_email_comment_and_reply_to_a_reply(page, live_server):
    article = make_article("trial-news", title="Stem cell transplant trial")
    first, second = make_user("ana_w"), make_user("bo_k")
    root = comment_create(author=first, article=article, parent=None, text="We went to the information day.").comment
    reply = comment_create(author=second, article=article, parent=root, text="How was the information day?").comment

    page.goto("/")
    page.get_by_role("link", name="Create an account").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Create an account")
    page.get_by_label("Username (your public name)").fill("river_walker")
    page.get_by_label("E-mail address").fill("river_walker@example.org")
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_label("Password again").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_load_state()

    # Before confirming, the article explains why there is no comment box.
    page.goto(article.get_absolute_url())
    expect(page.locator("#comments")).to_contain_text("Verify")
    expect(page.get_by_label("Your comment")).to_have_count(0)

    # The confirmation link arrives by e-mail; follow it and confirm.
    sent = [m for m in mail.outbox if m.to == ["river_walker@example.org"]]
    assert len(sent) == 1
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", sent[0].body).group(0)
    page.goto(live_server.url + re.sub(r"^https?://[^/]+", "", link))
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_load_state()

    page.goto(article.get_absolute_url())
    post_comment(page, "Thank you for the article, it gives me some hope.")
    expect(comment_li(page, "it gives me some hope").locator(".fb")).to_contain_text("Posted.")
    expect(comment_li(page, "it gives me some hope")).to_contain_text("river_walker")

    # Reply to the reply: its own page, then back at the new reply in the thread.
    comment_li(page, "How was the information day?").get_by_role("button", name="Reply to bo_k").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Reply to bo_k")
    post_comment(page, "It was good, they answered all our questions.", button="Post reply")
    new = Comment.objects.get(author__username="river_walker", parent=reply)
    assert new.status == Comment.Status.PUBLISHED and new.depth == 2
    expect(page).to_have_url(re.compile(rf"#comment-{new.pk}$"))
    item = page.locator(f"#comment-{new.pk}")
    expect(item).to_contain_text("It was good, they answered all our questions.")
    # It sits inside the reply it answers.
    expect(page.locator(f"#comment-{reply.pk} #comment-{new.pk}")).to_have_count(1)


def test_2_phone_and_email_are_removed_and_never_reach_the_public_page(page, login, new_context):
    article = make_article("trial-news")
    login(make_user("kim_r"))
    phone, email = "555-0142", "kim.r.home@example.com"
    page.goto(article.get_absolute_url())
    post_comment(page, f"Happy to talk about my HSCT, call me on 212-{phone} or write to {email}.")

    said = comment_li(page, "Happy to talk about my HSCT").locator(".fb")
    expect(said).to_contain_text("1 phone number and 1 email address removed")
    expect(said.get_by_role("link", name="How to reach people safely")).to_be_visible()

    # What anyone else sees: a fresh browser with no session.
    visitor = new_context().new_page()
    visitor.goto(article.get_absolute_url())
    expect(visitor.locator(".cb")).to_contain_text("Happy to talk about my HSCT")
    html = visitor.content()
    assert phone not in html and "0142" not in html
    assert email not in html and "kim.r.home" not in html
    assert "removed]" in html


def test_3_seeking_advice_is_published_with_the_notice_and_the_help_note(page, login):
    article = make_article("trial-news")
    login(make_user("sam_t"))
    page.goto(article.get_absolute_url())
    post_comment(page, SEEKING)

    item = comment_li(page, "Would HSCT work for me")
    expect(item.locator(".fb")).to_contain_text("Posted.")
    expect(item.locator(".fb")).to_contain_text("We can't give medical advice")
    # One calm line that opens a short explanation; the note about advice is once, above the thread.
    label = item.locator("details.na")
    expect(label.locator("summary")).to_have_text("Not medical advice — why?")
    label.locator("summary").click()
    expect(label).to_contain_text("neurologist or MS nurse")
    note = page.locator("#advice")
    expect(note).to_contain_text("Talk to your neurologist or MS nurse")
    expect(note.get_by_role("link", name="How to find a clinical trial")).to_be_visible()


def test_4_giving_advice_waits_a_moderator_approves_it_with_the_notice(page, login, new_context):
    article = make_article("trial-news")
    author = make_user("lee_m")
    moderator = make_user("mod_jo", is_staff=True)
    moderator.groups.add(Group.objects.get(name=MODERATORS_GROUP))

    login(author)
    page.goto(article.get_absolute_url())
    post_comment(page, ADVICE)
    expect(comment_li(page, "Mexico for HSCT").locator(".fb")).to_contain_text(
        "waiting for a moderator because it gives advice about treatment")
    expect(comment_li(page, "Mexico for HSCT").locator(".status-held")).to_contain_text("Waiting for review.")

    # Nobody else sees it yet.
    visitor = new_context().new_page()
    visitor.goto(article.get_absolute_url())
    expect(visitor.locator("#comments")).not_to_contain_text("Mexico for HSCT")

    # The moderator decides in the admin.
    case = ModerationCase.objects.get()
    login(moderator)
    page.goto("/admin/moderation/moderationcase/")
    page.get_by_role("link", name=f"#{case.pk}").click()
    expect(page).to_have_url(re.compile(rf"/admin/moderation/moderationcase/{case.pk}/change/$"))
    page.get_by_label("Approved with the medical-advice notice").check()
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_load_state()
    case.refresh_from_db()
    assert case.decision == "approved_labeled"

    # The author is told, in the notifications.
    login(author)
    page.goto("/")
    expect(page.get_by_role("link", name=re.compile(r"^Notifications \(1 unread"))).to_be_visible()
    page.get_by_role("link", name=re.compile(r"^Notifications")).click()
    expect(page.locator(".notification-list")).to_contain_text("approved your comment")
    page.get_by_role("link", name=re.compile("approved your comment")).click()  # opening it reads it
    expect(comment_li(page, "Mexico for HSCT").locator(".status-held")).to_have_count(0)

    # The public sees it, with the notice.
    visitor.reload()
    item = comment_li(visitor, "Mexico for HSCT")
    expect(item.locator(".na summary")).to_have_text("Not medical advice — why?")


def test_5_a_crisis_comment_shows_crisis_resources_at_once(page, login):
    article = make_article("trial-news")
    login(make_user("pat_q"))
    page.goto(article.get_absolute_url())
    post_comment(page, CRISIS)
    expect(page).to_have_url(re.compile(r"/help/now/"))
    main = page.locator("main")
    expect(main).to_contain_text("emergency number")
    expect(main).to_contain_text("116 123")  # the browser says en-GB: UK resources are listed
    expect(main).to_contain_text("988")


def test_8_edit_delete_with_replies_follow_and_be_notified(page, login):
    article = make_article("trial-news")
    author, other = make_user("jun_h"), make_user("ola_b")
    login(author)
    page.goto(article.get_absolute_url())
    post_comment(page, "Day 30 after HSCT, walking a little more.")
    mine = Comment.objects.get(author=author)

    # Edit: the thread then says "edited".
    item = page.locator(f"#comment-{mine.pk}")
    item.locator("summary", has_text="More").click()  # edit and delete sit in the small menu
    item.get_by_role("button", name="Edit your comment").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit your comment")
    page.get_by_label("Your comment").fill("Day 30 after HSCT, walking a little further each day.")
    page.get_by_role("button", name="Save changes").click()
    expect(item.locator(".fb")).to_contain_text("Your changes are saved.")
    expect(item.locator(".cb")).to_contain_text("a little further each day")
    expect(item.locator(".edited")).to_have_text("edited")

    # Follow a thread without posting in it.
    other_article = make_article("mri-news", title="MRI news")
    page.goto(other_article.get_absolute_url())
    page.get_by_role("button", name="Follow this conversation").click()
    expect(page.get_by_role("button", name=re.compile("Following this conversation"))).to_have_attribute(
        "aria-pressed", "true")

    # Someone replies to my comment, and someone writes in the followed thread.
    comment_create(author=other, article=article, parent=mine, text="So glad to hear it, keep going.")
    comment_create(author=other, article=other_article, parent=None, text="My MRI was stable this year.")
    page.goto("/notifications/")
    notes = page.locator(".notification-list")
    expect(notes.locator(".notification")).to_have_count(2)
    expect(notes).to_contain_text("MRI news")

    # Delete my comment that has a reply: a tombstone keeps the thread together.
    page.goto(article.get_absolute_url())
    own = page.locator(f"#comment-{mine.pk} > article")  # not the replies inside it
    own.locator(".ca summary").click()
    own.get_by_role("button", name="Delete your comment").click()
    page.get_by_role("button", name="Delete my comment").click()
    page.wait_for_load_state()
    tomb = page.locator(f"#comment-{mine.pk}")
    expect(tomb).to_have_class(re.compile("comment-tombstone"))
    expect(tomb).to_contain_text("Deleted by its author")
    expect(tomb).not_to_contain_text("walking a little further")
    expect(tomb.locator(".replies")).to_contain_text("So glad to hear it, keep going.")
