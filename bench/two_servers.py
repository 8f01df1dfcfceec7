"""Two app servers as one site: two gunicorn instances on different ports
over the same PostgreSQL database and Redis, and four checks that they
behave as one site. About a minute (a third of it migrating the scratch
database); traffic only to 127.0.0.1.

    python bench/two_servers.py [--seconds 10] [--members 12]      (make two-servers)

1. a session started by signing in on one server is valid on the other;
2. the comment rate limit counts across both (6 a minute, not 6 on each);
3. a post on one is visible on the other at once (its permalink there leads
   to the thread page, which shows its text);
4. a short load spread over both loses nothing (accepted == stored).
Prints one line per check and exits non-zero if any fails. Uses a scratch
database (dropped afterwards) and Redis database 7 (emptied first).
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from loadtest import wait_for_server

sys.path.insert(0, str(Path(__file__).resolve().parent))
import loadtest
from loadtest import POSTED, ROOT, SLUG, Stats, member_loop, prepare, scratch_env

PG_ADMIN = "postgresql://root@127.0.0.1:5432/postgres"
PG_DB = "mscommunity_two_servers"
PORTS = (8781, 8782)
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Browser:
    """A cookie jar over plain http.client, pointed at either server."""

    def __init__(self) -> None:
        self.cookies: dict[str, str] = {}

    def request(self, port: int, method: str, path: str, form: dict | None = None) -> tuple[int, str, str]:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items()), "Referer": f"http://127.0.0.1:{port}/"}
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            if "csrftoken" in self.cookies:
                headers["X-CSRFToken"] = self.cookies["csrftoken"]
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                key, _, rest = value.partition("=")
                self.cookies[key.strip()] = rest.split(";", 1)[0]
        connection.close()
        return response.status, response.getheader("Location") or "", text


def wait_for(port: int, seconds: float = 40) -> None:
    wait_for_server(seconds, port=port, path="/healthz")


def prepare_member(env: dict[str, str]) -> None:
    code = """
import django; django.setup()
from allauth.account.models import EmailAddress
from django.utils import timezone
from mscommunity.accounts.models import User
u = User.objects.create_user(username="two_servers", email="two@example.com", password="two-servers-pass-2026",
                             date_joined=timezone.now() - timezone.timedelta(days=30))
EmailAddress.objects.create(user=u, email=u.email, verified=True, primary=True)
"""
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--members", type=int, default=12)
    options = parser.parse_args()
    import psycopg

    env = scratch_env("postgres", Path(tempfile.gettempdir()))
    env.update(DATABASE_URL=f"postgres://root@127.0.0.1:5432/{PG_DB}", REDIS_URL="redis://127.0.0.1:6379/7",
               DJANGO_RATE_LIMITS="1", DJANGO_ALLOWED_HOSTS="127.0.0.1")
    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {PG_DB}")
    # Redis database 7 is this script's own: a run within a minute of the last
    # would otherwise inherit its rate-limit counters (same member ids).
    import redis

    redis.Redis.from_url(env["REDIS_URL"]).flushdb()
    servers: list[subprocess.Popen] = []
    results: list[tuple[str, bool, str]] = []
    phases: list[tuple[str, float]] = []
    started = time.monotonic()
    try:
        sessions = prepare(env, options.members)
        prepare_member(env)
        phases = [("database set-up (migrate, members)", time.monotonic() - started)]
        for port in PORTS:
            servers.append(subprocess.Popen(
                [str(Path(sys.executable).parent / "gunicorn"), "mscommunity.wsgi", "--workers", "2",
                 "--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
                cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True))
        for port in PORTS:
            wait_for(port)
        phases.append(("servers started", time.monotonic() - started - sum(t for _, t in phases)))
        a, b = PORTS

        # 1. sign in on A, use the session on B
        browser = Browser()
        _, _, page = browser.request(a, "GET", "/accounts/login/")
        token = CSRF_INPUT.search(page).group(1)
        status, _, _ = browser.request(a, "POST", "/accounts/login/", {
            "csrfmiddlewaretoken": token, "login": "two_servers", "password": "two-servers-pass-2026"})
        status_b, _, page_b = browser.request(b, "GET", "/account/data/")
        ok = status == 302 and status_b == 200 and "two_servers" in page_b
        results.append(("session from A valid on B", ok, f"sign-in {status}, B's member page {status_b}"))

        # 2 and 3. post alternately on A and B: the limit (6 a minute) counts across both;
        # each accepted post is on the other server's thread page at once
        accepted, limited, seen_on_other = 0, 0, 0
        for n in range(10):
            port, other = (a, b) if n % 2 == 0 else (b, a)
            text = f"Two servers post {n}: the cooling vest helped."
            status, location, _ = browser.request(port, "POST", f"/articles/{SLUG}/comments/", {"text": text})
            if status == 302 and POSTED.search(location):
                accepted += 1
                path = "/" + location.split("/", 3)[3] if location.startswith("http") else location
                # the permalink on the other server sends to the thread page showing the post (404 if unknown)
                seen, thread, _ = browser.request(other, "GET", path)
                if seen == 302:
                    thread_path = "/" + thread.split("/", 3)[3] if thread.startswith("http") else thread
                    seen, _, page = browser.request(other, "GET", thread_path.split("#", 1)[0])
                    # (the scrubber may rewrite "Two servers" as a name; the rest stays)
                    pk = POSTED.search(location).group(1)
                    seen_on_other += seen == 200 and f'id="comment-{pk}"' in page and text.split(" ", 2)[2] in page
            elif status == 429:
                limited += 1
        results.append(("rate limit counts across both", accepted == 6 and limited == 4,
                        f"{accepted} accepted, {limited} refused (429) of 10 alternating posts; limit 6 a minute"))
        results.append(("a post on one is visible on the other at once", seen_on_other == accepted,
                        f"{seen_on_other} of {accepted} seen on the other server"))

        # 4. a short load over both servers (one member in two on each)
        stats, known = Stats(), []
        deadline = time.monotonic() + options.seconds
        threads = []
        for n, key in enumerate(sessions):
            loadtest.PORT = PORTS[n % 2]  # read when each loop opens its connection
            thread = threading.Thread(target=member_loop, args=(key, n, deadline, stats, known), daemon=True)
            thread.start()
            threads.append(thread)
            time.sleep(0.01)
        for thread in threads:
            thread.join(options.seconds + 60)
        stored = set(loadtest.count_stored(env)) - set()
        load_posts = set(stats.accepted)
        lost = len(load_posts - stored)
        results.append(("load over both loses nothing", lost == 0 and stats.requests > 0,
                        f"{stats.requests} requests, errors {stats.errors or 0}, "
                        f"{len(load_posts)} posts accepted, {lost} lost"))
        phases.append(("checks", time.monotonic() - started - sum(t for _, t in phases)))
    finally:
        for server in servers:
            os.killpg(server.pid, signal.SIGTERM)
        for server in servers:
            try:
                server.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        for _ in range(10):
            try:
                with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
                    admin.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
                break
            except psycopg.OperationalError:
                time.sleep(1)
    for name, ok, detail in results:
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {detail}")
    print(f"two servers on ports {PORTS[0]} and {PORTS[1]}, one PostgreSQL, one Redis; "
          f"{time.monotonic() - started:.0f} s (" + ", ".join(f"{name} {t:.0f} s" for name, t in phases) + ")")
    return 0 if results and all(ok for _, ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
