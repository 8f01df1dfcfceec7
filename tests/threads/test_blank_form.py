"""The empty comment form rendered once (threads.blank_form) is the template's own markup."""

import pytest
from django.template.loader import render_to_string

from tests.conftest import make_user
from threads.blank_form import blank_comment_form
from threads.forms import CommentForm


def test_it_is_the_template_with_the_slug_and_token_swapped_in():
    expected = render_to_string("threads/_comment_form.html", {
        "form": CommentForm(), "article": {"slug": "trial-news"}, "csrf_token": "Abc123", "parent": None})
    assert blank_comment_form(slug="trial-news", csrf_token="Abc123") == expected
    again = blank_comment_form(slug="other-article", csrf_token="Xyz789")
    assert "/articles/other-article/comments/" in again and 'value="Xyz789"' in again
    assert "trial-news" not in again and "Abc123" not in again


def test_a_changed_setting_renders_it_again(settings):
    blank_comment_form(slug="a", csrf_token="t")
    settings.MEMBER_TEXT_MAX_LENGTH = 1234
    assert 'data-maxlength="1234"' in blank_comment_form(slug="a", csrf_token="t")


@pytest.mark.django_db
def test_the_member_page_carries_it_and_a_form_with_errors_is_rendered_as_typed(client, article):
    member = make_user("blank_form_reader")
    client.force_login(member)
    page = client.get(article.get_absolute_url()).content.decode()
    assert f'action="/articles/{article.slug}/comments/#comment-form"' in page
    assert 'name="csrfmiddlewaretoken"' in page and "blank-form" not in page
    response = client.post(f"/articles/{article.slug}/comments/", {"text": ""})
    assert response.status_code == 200 and "There is a problem" in response.content.decode()
