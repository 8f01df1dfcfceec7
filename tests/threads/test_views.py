import pytest
from django.utils import timezone

from tests.conftest import make_article
from threads.models import Article, Comment
from threads.services import comment_create

pytestmark = pytest.mark.django_db


def test_home_lists_published_articles_newest_first_and_pages(client, settings):
    settings.ARTICLES_PAGE_SIZE = 2
    now = timezone.now()
    make_article("old", title="Old news", published_at=now - timezone.timedelta(days=3))
    make_article("new", title="New news", published_at=now - timezone.timedelta(days=1))
    make_article("mid", title="Mid news", published_at=now - timezone.timedelta(days=2))
    make_article("draft", title="Secret draft", status=Article.Status.DRAFT)
    make_article("future", title="Future news", published_at=now + timezone.timedelta(days=1))
    first = client.get("/").content.decode()
    assert first.index("New news") < first.index("Mid news")
    assert "Old news" not in first and "Secret draft" not in first and "Future news" not in first
    second = client.get("/?page=2").content.decode()
    assert "Old news" in second


def test_article_page_shows_body_and_thread(client, member, article):
    comment_create(author=member, article=article, parent=None, text="A first comment")
    response = client.get("/articles/trial-news/")
    assert response.status_code == 200
    assert b"Body text." in response.content and b"A first comment" in response.content


def test_drafts_are_not_public_but_staff_can_preview(client, editor):
    make_article("wip", status=Article.Status.DRAFT)
    assert client.get("/articles/wip/").status_code == 404
    client.force_login(editor)
    assert client.get("/articles/wip/").status_code == 200


def test_atom_feed_lists_published_articles(client, article):
    make_article("hidden", status=Article.Status.DRAFT, title="Hidden draft")
    response = client.get("/feeds/articles/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert b"Article trial-news" in response.content and b"Hidden draft" not in response.content


def test_member_posts_a_comment_and_lands_on_it(member_client, article):
    response = member_client.post("/articles/trial-news/comments/", {"text": "Thank you for this article."})
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/articles/trial-news/comments/{comment.pk}/"
    page = member_client.get(response["Location"], follow=True).content.decode()
    assert "Thank you for this article." in page
    item = page[page.index(f'<li id="comment-{comment.pk}"'):]
    assert item.startswith(f'<li id="comment-{comment.pk}" class="hl">') and ">Posted.</p>" in item  # beside it
    assert 'class="notices"' not in page  # the top of the page is for page-wide events
    again = member_client.get(response["Location"], follow=True).content.decode()
    assert ">Posted.</p>" not in again and 'class="hl"' not in again  # once


def test_empty_comment_shows_errors_and_keeps_the_page(member_client, article):
    response = member_client.post("/articles/trial-news/comments/", {"text": "   "})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error: " in html
    assert 'class="error-summary"' in html and 'href="#id_text"' in html
    assert 'id="id_text-error"' in html and 'aria-invalid="true"' in html
    assert Comment.objects.count() == 0


def test_too_long_comment_keeps_what_the_member_typed(member_client, article):
    text = "word " * 2001 + "end of my story"
    response = member_client.post("/articles/trial-news/comments/", {"text": text})
    assert response.status_code == 200
    assert "end of my story" in response.content.decode()
    assert Comment.objects.count() == 0


def test_reply_page_works_without_javascript(member_client, member, article):
    parent = comment_create(author=member, article=article, parent=None, text="Parent comment").comment
    form_page = member_client.get(f"/articles/trial-news/comments/{parent.pk}/reply/")
    assert form_page.status_code == 200 and b"Parent comment" in form_page.content
    response = member_client.post(f"/articles/trial-news/comments/{parent.pk}/reply/", {"text": "A reply"})
    reply = Comment.objects.get(parent=parent)
    assert response["Location"] == f"/articles/trial-news/comments/{reply.pk}/"


def test_reply_with_errors_stays_on_the_reply_page(member_client, member, article):
    parent = comment_create(author=member, article=article, parent=None, text="Parent comment").comment
    response = member_client.post(f"/articles/trial-news/comments/{parent.pk}/reply/", {"text": ""})
    assert response.status_code == 200 and b"Error: Reply to" in response.content


def test_anonymous_visitor_is_sent_to_sign_in(client, article):
    response = client.post("/articles/trial-news/comments/", {"text": "Hello"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert Comment.objects.count() == 0


def test_unverified_member_is_told_to_confirm_email(client, unverified_member, article):
    client.force_login(unverified_member)
    page = client.get("/articles/trial-news/")
    assert b"Verify your e-mail address before you post" in page.content
    response = client.post("/articles/trial-news/comments/", {"text": "Hello"}, follow=True)
    assert b"Verify your e-mail address" in response.content
    assert Comment.objects.count() == 0


def test_cannot_reply_to_a_hidden_comment(member_client, member, article):
    held = comment_create(author=member, article=article, parent=None, text="Held").comment
    Comment.objects.filter(pk=held.pk).update(status=Comment.Status.HELD, author=None)
    assert member_client.get(f"/articles/trial-news/comments/{held.pk}/reply/").status_code == 404


def test_pages_carry_landmarks_labels_and_no_inline_script(member_client, article):
    html = member_client.get("/articles/trial-news/").content.decode()
    assert 'href="#main"' in html and '<main id="main"' in html
    assert '<label class="label" for="id_text">' in html
    assert "<script>" not in html and " style=" not in html
    assert "Content-Security-Policy" in member_client.get("/").headers


def test_article_body_loses_shortcodes_and_scripts_on_save(db):
    article = make_article(
        "ads", body='<p>Text [adrotate group="4"] more</p><script>alert(1)</script><p onclick="x">P</p>'
    )
    article.refresh_from_db()
    assert article.body == "<p>Text  more</p><p>P</p>"


def test_honeypot_filled_by_a_bot_stores_nothing(member_client, article):
    response = member_client.post(
        "/articles/trial-news/comments/", {"text": "Buy now", "website": "http://spam.example.com"}
    )
    assert response.status_code == 200 and b"could not be sent" in response.content
    assert Comment.objects.count() == 0


def test_honeypot_is_hidden_from_people(member_client, article):
    html = member_client.get("/articles/trial-news/").content.decode()
    assert '<div class="honeypot" aria-hidden="true">' in html and 'tabindex="-1"' in html


def test_a_treatment_story_invites_a_report_prefilled(member_client, article):
    response = member_client.post(
        "/articles/trial-news/comments/",
        {"text": "I had HSCT in Moscow in 2016 and my EDSS went from 6.5 to 4.0. No new lesions since."},
        follow=True,
    )
    html = response.content.decode()
    assert "add it to the treatment directory" in html
    assert 'href="/treatments/report/?treatment=ahsct"' in html


def test_article_lists_its_treatments_linking_to_the_directory(client, article):
    from treatments.models import Treatment

    article.related_treatments.add(Treatment.objects.get(slug="ahsct"), Treatment.objects.get(slug="mitoxantrone"))
    html = client.get("/articles/trial-news/").content.decode()
    assert "Treatments in this article" in html
    assert 'href="/treatments/ahsct/"' in html and 'href="/treatments/mitoxantrone/"' in html


def test_removed_text_stays_removed_on_the_reply_and_flag_pages(client, member, moderator, article):
    from threads.services import comment_remove

    comment = comment_create(author=member, article=article, parent=None, text="Words a moderator took down.").comment
    comment_create(author=moderator, article=article, parent=comment, text="Please keep it kind.")
    comment_remove(moderator=moderator, comment=comment, reason="it was unkind")
    from tests.conftest import make_user

    client.force_login(make_user("any_member"))
    for page in ("reply", "flag"):
        response = client.get(f"/articles/trial-news/comments/{comment.pk}/{page}/")
        assert response.status_code == 404
        assert b"Words a moderator took down." not in response.content
    # The permalink leads to the thread, where the tombstone has no text.
    response = client.get(f"/articles/trial-news/comments/{comment.pk}/", follow=True)
    assert b"Removed by a moderator" in response.content
    assert b"Words a moderator took down." not in response.content and b"Please keep it kind." in response.content
