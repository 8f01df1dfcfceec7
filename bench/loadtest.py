"""Load test with nothing lost: gunicorn (4 workers) on a scratch database,
50 concurrent members posting comments and replies into one thread while
readers fetch its pages, for 60 seconds. Prints requests per second, p50 and
p99 latency, errors, and posts accepted against posts stored (they must be
equal). Stops everything it started and drops the scratch database.

    python bench/loadtest.py [--database postgres|sqlite] [--seconds 60] [--members 50]
                             [--restart-postgres-at SECONDS]

Traffic goes only to 127.0.0.1. Rate limits are switched off for the scratch
copy (DJANGO_RATE_LIMITS=0), or the limiter would be what is measured.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
PORT = 8765
PG_ADMIN = "postgresql://root@127.0.0.1:5432/test"
PG_DB = "mscommunity_load"
SLUG = "load-thread"
POSTED = re.compile(r"/articles/[\w-]+/comments/(\d+)/$")


REDIS_SCRATCH = "redis://127.0.0.1:6379/14"  # a database number of its own, flushed before and after


def scratch_env(database: str, workdir: Path, cache: str = "redis") -> dict[str, str]:
    env = {**os.environ, "DJANGO_SECRET_KEY": secrets.token_urlsafe(50), "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
           "DJANGO_SECURE_HTTPS": "0", "DJANGO_MANIFEST_STATIC": "0", "DJANGO_RATE_LIMITS": "0",
           "DJANGO_TEAM_MFA_REQUIRED": "0", "DJANGO_LOG_LEVEL": "ERROR", "DJANGO_DEBUG": "0",
           "DJANGO_SETTINGS_MODULE": "mscommunity.settings"}
    if cache == "redis":
        env["REDIS_URL"] = REDIS_SCRATCH  # as in production (check --deploy warns about a process-local cache)
    else:
        env.pop("REDIS_URL", None)
    if database == "postgres":
        env["DATABASE_URL"] = f"postgres://root@127.0.0.1:5432/{PG_DB}"
    else:
        env["DATABASE_URL"] = f"sqlite:///{workdir / 'load.sqlite3'}"
    return env


def prepare(env: dict[str, str], members: int) -> list[str]:
    """Migrate the scratch database, create members, one article and sessions; return session keys."""
    code = f"""
import django; django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from allauth.account.models import EmailAddress
from django.contrib.sessions.backends.db import SessionStore
from mscommunity.accounts.models import User
from threads.models import Article
from django.utils import timezone
Article.objects.create(slug="{SLUG}", title="Load test thread", body="<p>Load</p>", status="published",
                       published_at=timezone.now() - timezone.timedelta(days=1))
for i in range({members}):
    u = User.objects.create(username=f"load_{{i}}", email=f"load{{i}}@example.com",
                            date_joined=timezone.now() - timezone.timedelta(days=30))
    EmailAddress.objects.create(user=u, email=u.email, verified=True, primary=True)
    s = SessionStore()
    s["_auth_user_id"] = str(u.pk)
    s["_auth_user_backend"] = "mscommunity.accounts.backends.ModelBackend"
    s["_auth_user_hash"] = u.get_session_auth_hash()
    s.create()
    print(s.session_key)
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"preparing the scratch database failed:\n{out.stderr[-3000:]}")
    return out.stdout.split()


def count_stored(env: dict[str, str]) -> list[int]:
    code = f"""
import django; django.setup()
from threads.models import Comment
print(" ".join(str(pk) for pk in Comment.objects.filter(article__slug="{SLUG}").values_list("pk", flat=True)))
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return [int(x) for x in out.stdout.split()]


def flush_redis() -> None:
    """Empty the scratch Redis database (only that one: FLUSHDB, not FLUSHALL)."""
    import redis

    redis.Redis.from_url(REDIS_SCRATCH).flushdb()


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.by_kind: dict[str, list[float]] = {}
        self.errors: dict[str, int] = {}
        self.accepted: list[int] = []
        self.requests = 0

    def record(self, seconds: float, error: str | None = None, accepted: int | None = None, *,
               kind: str = "other") -> None:
        with self.lock:
            self.requests += 1
            self.latencies.append(seconds)
            self.by_kind.setdefault(kind, []).append(seconds)
            if error:
                self.errors[error] = self.errors.get(error, 0) + 1
            if accepted is not None:
                self.accepted.append(accepted)


def percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))] if ordered else 0.0


def member_loop(session_key: str, number: int, deadline: float, stats: Stats, known: list[int],
                think: float = 0.0) -> None:
    """One member: 30 % posts (a new comment or, 60 % of them, a reply), else a
    page of the thread, half of them signed out; ``think`` seconds (on average,
    exponentially distributed) between requests, as a person reads."""
    rng = random.Random(number)
    csrf = secrets.token_hex(16)
    headers = {"Cookie": f"sessionid={session_key}; csrftoken={csrf}", "X-CSRFToken": csrf,
               "Content-Type": "application/x-www-form-urlencoded"}
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    sent = 0
    while time.monotonic() < deadline:
        if think:
            time.sleep(min(rng.expovariate(1 / think), 4 * think))
        posting = rng.random() < 0.3
        kind = "post"
        started = time.perf_counter()
        try:
            if posting:
                sent += 1
                text = f"Member {number} post {sent}: the heat was hard today but the cooling vest helped."
                parent = rng.choice(known) if known and rng.random() < 0.6 else None
                path = (f"/articles/{SLUG}/comments/{parent}/reply/" if parent else f"/articles/{SLUG}/comments/")
                connection.request("POST", path, body=urlencode({"text": text}), headers=headers)
            else:
                signed_in = rng.random() < 0.5
                kind = "page, member" if signed_in else "page, visitor"
                connection.request("GET", f"/articles/{SLUG}/?page={rng.randint(1, 3)}",
                                   headers={"Cookie": headers["Cookie"]} if signed_in else {})
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - started
            location = response.getheader("Location") or ""
            match = POSTED.search(location)
            if posting and response.status == 302 and match:
                pk = int(match.group(1))
                known.append(pk)
                stats.record(elapsed, accepted=pk, kind=kind)
            elif response.status >= 400 or (posting and response.status != 302):
                stats.record(elapsed, error=str(response.status), kind=kind)
            else:
                stats.record(elapsed, kind=kind)
        except (OSError, http.client.HTTPException) as error:
            stats.record(time.perf_counter() - started, error=type(error).__name__, kind=kind)
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            time.sleep(0.2)
    connection.close()


def cpu_seconds(*, gunicorn_master: int) -> tuple[float, float]:
    """CPU seconds used so far by gunicorn's workers and by PostgreSQL's server
    processes on this machine, read from /proc: each process's own time plus
    the time of its children that have exited (so a worker or a database
    backend that ends during the run still counts). Per request, they show
    the cost of a request even on a busy machine, where latencies mostly show
    the queue."""
    tick = os.sysconf("SC_CLK_TCK")
    workers = postgres = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name, fields = text.split("(", 1)[1].rsplit(")", 1)[0], text.rsplit(")", 1)[1].split()
        pid, parent = int(stat.parent.name), int(fields[1])
        own, children = (int(fields[11]) + int(fields[12])) / tick, (int(fields[13]) + int(fields[14])) / tick
        if parent == gunicorn_master:
            workers += own
        elif pid == gunicorn_master:
            workers += children
        elif name.startswith("postgres"):
            postgres += own + children
    return workers, postgres


def wait_for_server(seconds: float = 30, *, port: int = PORT, path: str = "/") -> None:
    """Wait until gunicorn on ``port`` answers ``path`` with 200 (also used by two_servers.py)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", path)
            if connection.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn on {port} did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=["postgres", "sqlite"], default="postgres")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--members", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--cache", choices=["redis", "locmem"], default="redis",
                        help="the shared cache production runs with (redis) or each worker's own memory (locmem)")
    parser.add_argument("--think", type=float, default=0.0,
                        help="mean seconds a member waits between requests (0: back to back, a saturation test)")
    parser.add_argument("--restart-postgres-at", type=float, default=None,
                        help="restart the PostgreSQL server this many seconds into the run (fault test)")
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="mscommunity-load-"))
    env = scratch_env(options.database, workdir, options.cache)
    if options.cache == "redis":
        flush_redis()
    if options.database == "postgres":
        import psycopg

        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
            admin.execute(f"CREATE DATABASE {PG_DB}")
    server = None
    try:
        sessions = prepare(env, options.members)
        server_log = (workdir / "gunicorn.log").open("w")
        server = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "mscommunity.wsgi", "--workers", str(options.workers),
             "--bind", f"127.0.0.1:{PORT}", "--timeout", "60", "--log-level", "warning"],
            # Its log goes to a file: an unread pipe fills up and then blocks every worker that logs.
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=server_log, start_new_session=True,
        )
        wait_for_server()
        stats, known = Stats(), []
        deadline = time.monotonic() + options.seconds
        threads = [threading.Thread(target=member_loop, args=(key, n, deadline, stats, known, options.think), daemon=True)
                   for n, key in enumerate(sessions)]
        started = time.monotonic()
        client_cpu_at_start = time.process_time()
        server_cpu_at_start = cpu_seconds(gunicorn_master=server.pid)
        for thread in threads:
            thread.start()
        if options.restart_postgres_at is not None:
            time.sleep(options.restart_postgres_at)
            print(f"restarting PostgreSQL at {time.monotonic() - started:.0f} s", flush=True)
            subprocess.run(["pg_ctlcluster", "15", "main", "restart"], check=True)  # noqa: S607 - the Debian cluster tool
        for thread in threads:
            thread.join(options.seconds + 60)
        elapsed = time.monotonic() - started
        client_cpu = time.process_time() - client_cpu_at_start
        server_cpu = [end - begin for end, begin in zip(cpu_seconds(gunicorn_master=server.pid),
                                                        server_cpu_at_start, strict=True)]
        stored = count_stored(env)
        accepted = stats.accepted
        latencies = sorted(stats.latencies)
        print(f"database: {options.database}, cache: {options.cache}, gunicorn workers: {options.workers}, "
              f"members: {options.members}, seconds: {options.seconds}, think time: {options.think:g} s")
        print(f"requests: {stats.requests:,}  ({stats.requests / elapsed:,.0f} per second); the load generator "
              f"itself used {client_cpu:,.0f} CPU-seconds of the machine's {elapsed * (os.cpu_count() or 1):,.0f}")
        print(f"CPU per request: gunicorn workers {server_cpu[0] / stats.requests * 1000:.1f} ms, PostgreSQL "
              f"{server_cpu[1] / stats.requests * 1000:.1f} ms (all of its processes on this machine, so other "
              f"work on the database counts too)")
        print(f"latency: p50 {statistics.median(latencies) * 1000:,.0f} ms, p95 {percentile(latencies, 0.95) * 1000:,.0f}"
              f" ms, p99 {percentile(latencies, 0.99) * 1000:,.0f} ms")
        for kind, times in sorted(stats.by_kind.items()):
            times.sort()
            print(f"  {kind:<14} {len(times):>6,} requests  p50 {percentile(times, 0.5) * 1000:>7,.0f} ms  "
                  f"p95 {percentile(times, 0.95) * 1000:>7,.0f} ms  p99 {percentile(times, 0.99) * 1000:>7,.0f} ms")
        print(f"errors: {sum(stats.errors.values())} {dict(sorted(stats.errors.items()))}")
        lost = len(set(accepted) - set(stored))
        duplicated = len(accepted) - len(set(accepted))
        unexpected = len(set(stored) - set(accepted))
        print(f"posts accepted: {len(accepted):,}, posts stored: {len(stored):,}, lost: {lost}, "
              f"duplicated: {duplicated}, stored without an answer: {unexpected}")
        return 0 if lost == 0 and duplicated == 0 and len(accepted) == len(stored) else 1
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        if options.database == "postgres":
            import psycopg

            for _ in range(20):
                try:
                    with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
                        admin.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
                    break
                except psycopg.OperationalError:
                    time.sleep(1)
        if options.cache == "redis":
            flush_redis()
        log = workdir / "gunicorn.log"
        if log.exists() and log.stat().st_size:
            lines = log.read_text(errors="replace").splitlines()
            # The exception lines, not the traceback's source and caret lines.
            kinds = sorted({line.strip()[:160] for line in lines
                            if re.match(r"^\S", line) and not line.startswith("Traceback")})[:8]
            kept = Path(tempfile.gettempdir()) / "mscommunity-loadtest-gunicorn.log"
            shutil.copyfile(log, kept)
            print(f"server log: {len(lines):,} lines (kept in {kept}); its messages:", *kinds, sep="\n  ")
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
