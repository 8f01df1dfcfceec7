"""Error pages in the site's layout, with a way back; the 500 page never touches the database."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from django.views import defaults

pytestmark = pytest.mark.django_db


def test_404_is_the_site_page_with_a_way_back(client):
    response = client.get("/no-such-page/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "Page not found" in page and 'href="/"' in page and "Skip to main content" in page


def test_403_says_why_in_plain_words():
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    response = defaults.permission_denied(request, PermissionDenied("Only moderators remove comments."))
    page = response.content.decode()
    assert response.status_code == 403 and "Only moderators remove comments." in page and "Sign in" in page


def test_500_renders_without_the_database(django_assert_max_num_queries):
    request = RequestFactory().get("/")
    with django_assert_max_num_queries(0):
        response = defaults.server_error(request)
    page = response.content.decode()
    assert response.status_code == 500 and "Something went wrong" in page and 'href="/"' in page


def test_every_page_has_a_description_a_favicon_and_the_crisis_link(client):
    page = client.get("/").content.decode()
    assert '<meta name="description"' in page and 'rel="icon"' in page
    assert 'href="/help/now/"' in page


@pytest.mark.parametrize("method", ["get", "head"])
def test_robots_txt_keeps_crawlers_out_of_account_pages(client, method, settings):
    response = getattr(client, method)("/robots.txt")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/plain")
    if method == "get":
        body = response.content.decode()
        assert "Disallow: /accounts/" in body and settings.ADMIN_URL not in body


@pytest.mark.parametrize("path", ["/help/now/", "/help/medical-advice/", "/help/clinical-trials/", "/treatments/"])
def test_public_pages_answer_head_for_uptime_monitors(client, path):
    assert client.head(path).status_code == 200


def test_pages_are_compressed_for_browsers_that_ask(client, article):
    from tests.conftest import make_user
    from threads.services import comment_create

    for n in range(30):
        comment_create(author=make_user(), article=article, parent=None, text=f"Story number {n} about my infusions.")
    plain = client.get(article.get_absolute_url())
    packed = client.get(article.get_absolute_url(), HTTP_ACCEPT_ENCODING="gzip")
    assert "Content-Encoding" not in plain and packed["Content-Encoding"] == "gzip"
    assert len(packed.content) * 3 < len(plain.content)
