from html.parser import HTMLParser

import pytest

from mscommunity.sanitizer import clean_article_html, render_member_text, sanitize_html, strip_shortcodes

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
    '<svg onload="alert(1)"></svg>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    "<iframe src='https://example.com'></iframe>",
    '<<script>script>alert(1)<</script>/script>',
]


@pytest.mark.parametrize("markup", HOSTILE)
@pytest.mark.parametrize("render", [render_member_text, clean_article_html])
def test_no_script_handler_or_unsafe_url_survives(markup, render):
    elements = Elements()
    elements.feed(render(markup))
    for tag, attrs in elements.found:
        assert tag not in {"script", "img", "svg", "iframe", "style"}
        for name, value in attrs:
            assert not name.startswith("on") and name != "style"
            if name == "href":
                assert value.startswith(("http://", "https://", "mailto:"))


class Elements(HTMLParser):
    """Collects every real element and its attributes in rendered HTML."""

    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, attrs))


def test_member_text_becomes_paragraphs_breaks_and_safe_links():
    html = render_member_text("Line one\nline two\n\nSecond paragraph: www.example.org/page")
    assert html == (
        "<p>Line one<br>\nline two</p>"
        '<p>Second paragraph: <a href="http://www.example.org/page" rel="nofollow ugc noopener">'
        "www.example.org/page</a></p>"
    )


def test_member_html_is_shown_as_text():
    assert render_member_text("<b>bold</b> & 5 < 6") == "<p>&lt;b&gt;bold&lt;/b&gt; &amp; 5 &lt; 6</p>"


def test_staff_links_keep_their_text_and_gain_noopener():
    html = clean_article_html('<p><a href="https://www.nih.gov" target="_blank">NIH</a></p>')
    assert html == '<p><a href="https://www.nih.gov" rel="noopener">NIH</a></p>'


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('Before [adrotate group="4"] after', "Before  after"),
        ('[caption id="attachment_1" align="alignnone"]A picture[/caption]', "A picture"),
        ("[gallery]", ""),
        ("See note [1] and [sic] here", "See note [1] and [sic] here"),
    ],
)
def test_shortcodes(markup, expected):
    assert strip_shortcodes(markup) == expected


def test_sanitize_is_idempotent():
    once = render_member_text("Hello https://example.com <i>x</i>")
    assert sanitize_html(once) == once


@pytest.mark.parametrize("href", [
    "javascript:123", "vbscript:1", "data:123", "JAVASCRIPT:0", "  javascript:1", "java\tscript:1",
    "java\nscript:1", "javascript&#58;1", "jav&#x09;ascript:1", "localhost:8000", "foo:bar",
])
def test_staff_links_with_a_scheme_not_allowed_lose_their_href(href):
    cleaned = clean_article_html(f'<a href="{href}">read</a>')
    assert "href" not in cleaned and ">read</a>" in cleaned


@pytest.mark.parametrize("href", [
    "https://www.nhs.uk/conditions/multiple-sclerosis/", "HTTPS://example.org/a", "mailto:editor@example.com",
    "/articles/ahsct-trial/", "#comments", "?page=2", "page.html", "a/b:c",
])
def test_staff_links_that_are_relative_or_allowed_keep_their_href(href):
    cleaned = clean_article_html(f'<a href="{href}">read</a>')
    assert 'href="' in cleaned


@pytest.mark.parametrize("href", ["javascript:123", "data:1", "mailto:someone@example.com"])
def test_member_profile_refuses_schemes_beyond_http(href):
    assert "href" not in sanitize_html(f'<a href="{href}">x</a>')
