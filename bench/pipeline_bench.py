"""Ingest pipeline throughput: posts per second through `prepare` (what
`manage.py ingest` does, no storage), and comment creations per second end
to end (`comment_create`: pipeline, row, case, audit) on SQLite and on
PostgreSQL (a scratch database, dropped afterwards)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PG_ADMIN_URL = os.environ.get("BENCH_PG_URL", "postgres://root@127.0.0.1:5432/test")
PG_BENCH_DB = "mscommunity_bench"
CREATE_COUNT = 300


def texts() -> list[str]:
    with open(ROOT / "tests/data/advice_dev.jsonl", encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines if line.strip()]


def measure() -> None:
    """Run inside a process whose DATABASE_URL is set (see main)."""
    sys.path.insert(0, str(HERE))
    import _django

    _django.setup()
    from django.db import connection

    from mscommunity.moderation import pipeline
    from tests.conftest import make_article, make_user
    from threads.services import comment_create

    corpus = texts()
    backend = connection.vendor
    if backend == "sqlite":  # the prepare figure does not depend on the database
        pipeline.prepare(corpus[0])
        started = time.perf_counter()
        rounds = 3
        for _ in range(rounds):
            for text in corpus:
                pipeline.prepare(text)
        elapsed = time.perf_counter() - started
        size = sum(len(t.encode()) for t in corpus) * rounds / 1024
        print(f"ingest (no storage): {len(corpus) * rounds / elapsed:,.0f} posts/s "
              f"({size / elapsed:,.0f} KB/s) over {len(corpus) * rounds:,} posts")
    article = make_article("bench-thread")
    authors = [make_user(f"bench_member_{i}") for i in range(20)]
    started = time.perf_counter()
    for i in range(CREATE_COUNT):
        comment_create(author=authors[i % len(authors)], article=article, parent=None,
                       text=f"{corpus[i % len(corpus)]} ({i})")
    elapsed = time.perf_counter() - started
    print(f"comment_create end to end on {backend}: {CREATE_COUNT / elapsed:,.0f} comments/s "
          f"({CREATE_COUNT} comments, one process)")


def run(env_extra: dict[str, str]) -> int:
    env = {**os.environ, **env_extra}
    return subprocess.call([sys.executable, __file__, "--measure"], cwd=ROOT, env=env)


def main() -> int:
    status = run({"DATABASE_URL": ""})
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL.replace("postgres://", "postgresql://"), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {PG_BENCH_DB}")
            admin.execute(f"CREATE DATABASE {PG_BENCH_DB}")
    except Exception as error:  # no server: say so, the SQLite figures stand
        print(f"PostgreSQL not reachable ({type(error).__name__}); skipped")
        return status
    bench_url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{PG_BENCH_DB}"
    try:
        status |= run({"DATABASE_URL": bench_url})
    finally:
        with psycopg.connect(PG_ADMIN_URL.replace("postgres://", "postgresql://"), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {PG_BENCH_DB} WITH (FORCE)")
    return status


if __name__ == "__main__":
    if "--measure" in sys.argv:
        measure()
    else:
        sys.exit(main())
