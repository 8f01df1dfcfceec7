"""Thread page benchmark: queries and median server time for the first page of
a 1,000- and a 10,000-comment thread, beside a bare Django view returning a
fixed page of the same size (Django test client, in process)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _django

_django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.urls import include, path  # noqa: E402

REQUESTS = 20
FIXED_PAGE = {"body": b""}


def bare_view(request):
    return HttpResponse(FIXED_PAGE["body"])


urlpatterns = [path("bare/", bare_view), path("", include("mscommunity.urls"))]


def main() -> None:
    print(f"Thread page: first page, anonymous visitor, median of {REQUESTS} requests (Django test client)")
    print(f"{'comments':>9} {'queries':>8} {'page KB':>8} {'page ms':>8} {'bare ms':>8} {'ratio':>6}")
    with override_settings(ROOT_URLCONF=__name__):
        client = Client()
        for n in (1_000, 10_000):
            out = io.StringIO()
            call_command("seed_thread", comments=n, slug=f"bench-{n}", stdout=out, stderr=io.StringIO())
            url = out.getvalue().strip().splitlines()[-1]
            counter = _django.QueryCounter()
            with connection.execute_wrapper(counter):
                body = client.get(url).content
            FIXED_PAGE["body"] = b"x" * len(body)
            page_ms = _django.median_ms(client, url, REQUESTS)
            bare_ms = _django.median_ms(client, "/bare/", REQUESTS)
            print(f"{n:>9,} {counter.count:>8} {len(body) / 1024:>8.0f} {page_ms:>8.1f} {bare_ms:>8.2f} "
                  f"{page_ms / bare_ms:>6.0f}x")


if __name__ == "__main__":
    main()
