"""The crisis page: tappable call and text links for every country, and words
that fit both a member sent there after a post and anyone who opens it."""

import pytest
from django.utils.html import escape

pytestmark = pytest.mark.django_db


def test_every_country_has_tappable_call_links(client, settings):
    page = client.get("/help/now/", HTTP_ACCEPT_LANGUAGE="en-GB").content.decode()
    for country, links in settings.CRISIS_LINKS.items():
        assert settings.CRISIS_RESOURCES[country]
        for href, _label in links:
            assert f'href="{escape(href)}"' in page, (country, href)
    assert 'href="tel:116123"' in page and 'href="sms:85258?&amp;body=SHOUT"' in page and 'href="tel:988"' in page


def test_the_members_country_comes_first(client):
    page = client.get("/help/now/", HTTP_ACCEPT_LANGUAGE="en-AU").content.decode()
    assert page.index("tel:131114") < page.index("tel:116123") < page.index("tel:1737")


def test_opened_directly_it_does_not_speak_of_a_post(client):
    page = client.get("/help/now/").content.decode()
    assert "What you wrote" not in page and "What happens to your post" not in page
    assert "in danger or thinking about ending their life" in page


def test_after_a_post_it_speaks_of_the_post_and_links_back(client):
    page = client.get("/help/now/?next=/articles/a/comments/1/").content.decode()
    assert "What you wrote sounds like" in page and "What happens to your post" in page
    assert 'href="/articles/a/comments/1/"' in page


def test_a_link_elsewhere_is_not_offered_as_the_way_back(client):
    page = client.get("/help/now/?next=https://evil.example/").content.decode()
    assert "evil.example" not in page and "What you wrote" not in page


def test_every_page_links_to_it_from_the_footer(client):
    assert 'href="/help/now/"' in client.get("/treatments/").content.decode()
