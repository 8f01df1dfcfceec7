"""Journey 6: a staff editor writes and publishes an article in the admin; it
appears on the home page and in the Atom feed."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD
from tests.e2e.helpers import make_editor
from threads.models import Article

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_6_editor_publishes_an_article_in_the_admin(page, new_context):
    editor = make_editor("ed_nora")

    # The admin sends the editor to the site's sign-in (which asks team members
    # with an authenticator app for their code), then back to the admin.
    page.goto("/admin/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=%2Fadmin%2F$"))
    page.get_by_label("Username or e-mail address").fill(editor.username)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Site administration")).to_be_visible()

    page.goto("/admin/threads/article/add/")
    page.get_by_label("Title").fill("New trial of stem cell transplants opens")
    page.get_by_label("Title").press("Tab")
    expect(page.get_by_label("Slug")).to_have_value("new-trial-of-stem-cell-transplants-opens")  # admin JS
    page.get_by_label("Summary").fill("A phase 3 trial compares transplants with the best available drugs.")
    page.get_by_label("Body").fill('<p>The trial recruits adults with active MS.</p>[adrotate group="4"]'
                                   "<script>alert(1)</script>")
    page.get_by_label("Status").select_option(label="Published")
    page.get_by_role("button", name="Save", exact=True).last.click()  # Save is at the top and the bottom
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")

    article = Article.objects.get(slug="new-trial-of-stem-cell-transplants-opens")
    assert article.status == Article.Status.PUBLISHED and article.author == editor
    assert "adrotate" not in article.body and "<script" not in article.body

    # Anyone sees it on the home page, and can read it.
    home = new_context().new_page()
    home.goto("/")
    home.get_by_role("link", name="New trial of stem cell transplants opens").click()
    expect(home).to_have_url(re.compile(r"/articles/new-trial-of-stem-cell-transplants-opens/$"))
    expect(home.locator(".article-body")).to_have_text("The trial recruits adults with active MS.")
    # The feed carries it.
    feed = home.request.get("/feeds/articles/")
    assert feed.ok and "atom" in feed.headers["content-type"]
    assert "<title>New trial of stem cell transplants opens</title>" in feed.text()
    assert "/articles/new-trial-of-stem-cell-transplants-opens/" in feed.text()
