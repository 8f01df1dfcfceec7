"""Every <time datetime> the site writes is a valid HTML date-time (no microseconds)."""

import re
from datetime import UTC, datetime

import pytest

from mscommunity.pages.templatetags.ui import html_datetime

VALID = re.compile(r'^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$')


def test_the_filter_drops_microseconds_and_speaks_utc():
    assert html_datetime(datetime(2026, 12, 7, 10, 20, 25, 123456, tzinfo=UTC)) == "2026-12-07T10:20:25Z"
    assert html_datetime(None) == "" and html_datetime("x") == ""


@pytest.mark.django_db
def test_article_pages_write_only_valid_datetimes(client, article, member):
    from threads.services import comment_create

    comment_create(author=member, article=article, parent=None, text="A calm story about my infusion day.")
    for path in ("/", article.get_absolute_url()):
        page = client.get(path).content.decode()
        values = re.findall(r'<time datetime="([^"]*)"', page)
        assert values and all(VALID.match(v) for v in values), values
