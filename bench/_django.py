"""Set up Django for a benchmark script, on a throw-away SQLite file unless
DATABASE_URL is set (then that database must be disposable)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mscommunity.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", "benchmark-only-secret-key")
    os.environ.setdefault("DJANGO_SECURE_HTTPS", "0")
    os.environ.setdefault("DJANGO_MANIFEST_STATIC", "0")
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")
    if not os.environ.get("DATABASE_URL"):
        db_file = Path(tempfile.mkdtemp(prefix="mscommunity-bench-")) / "bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{db_file}"
    import warnings

    import django

    warnings.filterwarnings("ignore", message="No directory at", category=UserWarning)
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)


class QueryCounter:
    """Counts SQL statements (``connection.queries`` is reset at each request).
    Use as ``with connection.execute_wrapper(counter): ...``."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def median_ms(client, url: str, requests: int = 20) -> float:
    """Median server time of ``requests`` GETs of ``url`` after one warm-up (test client, in process)."""
    import statistics
    import time

    client.get(url)
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times)
