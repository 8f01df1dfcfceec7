"""Thread page benchmark, in one run: the default first page of a 1,000- and a
10,000-comment thread for an anonymous reader and a signed-in member, beside a
bare view (a fixed 700-byte page through the same middleware, signed in and
not). Prints the page's SQL queries, bytes and median server time (Django test
client, in process) as a ratio of the bare view's; then the same pages under
gunicorn (wrk) as a share of the bare view's requests per second.

    python bench/threads_bench.py [--requests 20] [--gunicorn-seconds 8] [--workers 3] [--connections 6]

The gunicorn part needs ``wrk`` (apt-get install -y wrk) and is skipped without
it. The thread cache is warm when timing (the first request fills it).
"""

from __future__ import annotations

import argparse
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
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

BARE_BODY = b"<!doctype html><html lang=en><title>bare</title><main>" + b"x" * 640 + b"</main></html>"
SIZES = (1_000, 10_000)


def bare_view(request):
    return HttpResponse(BARE_BODY)


urlpatterns = [path("bare/", bare_view), path("", include("mscommunity.urls"))]


def member_client() -> Client:
    from allauth.account.models import EmailAddress

    from mscommunity.accounts.models import User

    user, _ = User.objects.get_or_create(username="bench_reader", defaults={"email": "bench_reader@example.com"})
    EmailAddress.objects.get_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})
    client = Client()
    client.force_login(user)
    return client


def seed(n: int) -> str:
    out = io.StringIO()
    call_command("seed_thread", comments=n, slug=f"bench-{n}", stdout=out, stderr=io.StringIO())
    return out.getvalue().strip().splitlines()[-1]


def in_process(urls: dict[int, str], requests: int) -> None:
    print(f"Thread page, first page, median of {requests} requests (Django test client, in process, warm cache)")
    print(f"{'comments':>9} {'reader':>9} {'queries':>8} {'bytes':>8} {'page ms':>8} {'bare ms':>8} {'ratio':>7}")
    with override_settings(ROOT_URLCONF=__name__):
        readers = {"anonymous": Client(), "member": member_client()}
        bare = {name: _django.median_ms(client, "/bare/", requests) for name, client in readers.items()}
        for n, url in urls.items():
            for name, client in readers.items():
                client.get(url)  # fill the cache
                counter = _django.QueryCounter()
                with connection.execute_wrapper(counter):
                    body = client.get(url).content
                page_ms = _django.median_ms(client, url, requests)
                print(f"{n:>9,} {name:>9} {counter.count:>8} {len(body):>8,} {page_ms:>8.2f} {bare[name]:>8.2f} "
                      f"{page_ms / bare[name]:>6.1f}x")


def under_gunicorn(urls: dict[int, str], seconds: int, workers: int, connections: int) -> None:
    if shutil.which("wrk") is None:
        print("\n(gunicorn part skipped: install wrk)")
        return
    port = 8766
    workdir = Path(tempfile.mkdtemp(prefix="threads-bench-"))
    (workdir / "bench_settings.py").write_text(
        "from mscommunity.settings import *  # noqa\nROOT_URLCONF = 'threads_bench'\n"
    )
    with override_settings(ROOT_URLCONF=__name__):
        session = member_client().cookies["sessionid"].value
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench_settings", "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
           "DJANGO_RATE_LIMITS": "0", "DJANGO_TEAM_MFA_REQUIRED": "0", "DJANGO_DEBUG": "0",
           "PYTHONPATH": os.pathsep.join([str(workdir), str(Path(__file__).resolve().parent), str(_django.ROOT)])}
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "mscommunity.wsgi", "--workers", str(workers),
         "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=_django.ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(60):
            try:
                urllib.request.urlopen(f"{base}/bare/", timeout=2).read()  # noqa: S310 - our own 127.0.0.1
                break
            except OSError:
                time.sleep(0.5)

        wrk = shutil.which("wrk")

        def rps(url: str, cookie: str | None) -> float:
            header = ["-H", f"Cookie: sessionid={cookie}"] if cookie else []
            request = urllib.request.Request(  # noqa: S310 - our own 127.0.0.1
                base + url, headers={"Cookie": f"sessionid={cookie}"} if cookie else {})
            for _ in range(workers * 3):  # warm every worker's cache
                urllib.request.urlopen(request, timeout=30).read()  # noqa: S310 - our own 127.0.0.1
            out = subprocess.run([wrk, "-t2", f"-c{connections}", f"-d{seconds}s", *header, base + url],
                                 capture_output=True, text=True, check=True).stdout
            return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

        print(f"\nUnder gunicorn ({workers} workers, {connections} connections, wrk {seconds} s each)")
        print(f"{'comments':>9} {'reader':>9} {'req/s':>8} {'bare req/s':>11} {'share':>7}")
        bare = {"anonymous": rps("/bare/", None), "member": rps("/bare/", session)}
        for n, url in urls.items():
            for name, cookie in (("anonymous", None), ("member", session)):
                page = rps(url, cookie)
                print(f"{n:>9,} {name:>9} {page:>8.1f} {bare[name]:>11.0f} {100 * page / bare[name]:>6.1f}%")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(15)
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--gunicorn-seconds", type=int, default=8, help="0 skips the gunicorn part")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--connections", type=int, default=6)
    options = parser.parse_args()
    urls = {n: seed(n) for n in SIZES}
    in_process(urls, options.requests)
    if options.gunicorn_seconds:
        under_gunicorn(urls, options.gunicorn_seconds, options.workers, options.connections)


if __name__ == "__main__":
    main()
