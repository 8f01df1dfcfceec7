"""Site search at scale: 100,000 published comments (and some held ones) in
one thread of invented text, then typical queries through
``mscommunity.search.selectors.search``; prints p50 and p95 latency and the
queries per search, on SQLite (FTS5) and PostgreSQL (tsvector, GIN).

    python bench/search_bench.py [--comments 100000] [--database sqlite|postgres|both] [--keep]

PostgreSQL uses a scratch database (mscommunity_search_bench) that is dropped
afterwards; SQLite a temporary file. ``--keep`` keeps them (the SQLite file
in the temporary directory) and reuses them next time, seeding only once.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PG_ADMIN = "postgresql://root@127.0.0.1:5432/postgres"
PG_DB = "mscommunity_search_bench"
QUERIES = ["fatigue", "gylena", "stem cell", "walking fatigue", "clinic mexico", "vitamin d", "tysabri infusion",
           "numbness", "spasticity baclofen", "heat vision", "ocrevus", "neurologist said", "relapse steroids",
           "hsct moscow", "zzzz nothing"]
SUBJECTS = ["Gilenya", "fingolimod", "Ocrevus", "ocrelizumab", "Tysabri", "natalizumab", "AHSCT", "HSCT",
            "baclofen", "vitamin D", "steroids", "Copaxone", "Rebif", "Betaseron", "Gylena", "Lemtrada"]
SYMPTOMS = ["fatigue", "walking", "spasticity", "numbness", "heat", "vision", "bladder", "balance", "pain",
            "brain fog", "tremor", "relapse", "sleep"]
PLACES = ["Moscow", "Mexico", "Chicago", "London", "Sheffield", "Puebla", "Tel Aviv", "the clinic", "our hospital"]
SENTENCES = [
    "I started {s} last year and my {y} is a little better.",
    "My neurologist said {s} might help with the {y}.",
    "Has anyone had {s} at {p}? The {y} worries me.",
    "The {y} got worse in the summer heat, so I rest after lunch.",
    "We travelled to {p} for {s}; the cost was high but the nurses were kind.",
    "After two years on {s} there are no new lesions and my {y} is stable.",
    "Some days the {y} is all I can think about.",
    "Thank you for sharing, it helps to know others feel the same.",
    "I read the trial results about {s} twice before my appointment.",
]


def text(rng: random.Random) -> str:
    return " ".join(rng.choice(SENTENCES).format(s=rng.choice(SUBJECTS), y=rng.choice(SYMPTOMS), p=rng.choice(PLACES))
                    for _ in range(rng.randint(1, 4)))


def child(comments: int) -> None:
    sys.path.insert(0, str(HERE))
    import _django

    _django.setup()
    from threads.models import Comment

    started = time.perf_counter()
    if not Comment.objects.exists():  # a kept database (--keep) is seeded once
        seed(comments)
    seeded = time.perf_counter() - started
    measure(comments, seeded)


def seed(comments: int) -> None:
    from django.db import connection
    from django.utils import timezone

    from mscommunity.accounts.models import User
    from threads.models import Article, Comment

    rng = random.Random(22)
    authors = [User.objects.create_user(username=f"bench{n}", email=f"bench{n}@example.com") for n in range(50)]
    article = Article.objects.create(title="Living with MS", slug="bench-thread", summary="Bench", body="<p>b</p>",
                                     status=Article.Status.PUBLISHED, published_at=timezone.now())
    for n in range(20):
        Article.objects.create(title=f"Research note {n}: {rng.choice(SUBJECTS)} and {rng.choice(SYMPTOMS)}",
                               slug=f"note-{n}", summary=text(rng), body=f"<p>{text(rng)}</p>",
                               status=Article.Status.PUBLISHED, published_at=timezone.now())
    batch = []
    for n in range(comments + comments // 20):
        body = text(rng)
        status = Comment.Status.HELD if n >= comments else Comment.Status.PUBLISHED
        batch.append(Comment(article=article, author=rng.choice(authors), body=body, body_html=f"<p>{body}</p>",
                             status=status))
        if len(batch) == 5000:
            Comment.objects.bulk_create(batch)
            batch = []
    Comment.objects.bulk_create(batch)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def measure(comments: int, seeded: float) -> None:
    from django.db import connection

    from mscommunity.search import selectors

    selectors.search(text="warm up")
    timings: list[float] = []
    queries: list[int] = []
    slowest: dict[str, float] = {}
    for _round in range(5):
        for q in QUERIES:
            for page in (1, 3):
                count = [0]

                def counter(execute, sql, params, many, context, count=count):
                    count[0] += 1
                    return execute(sql, params, many, context)

                with connection.execute_wrapper(counter):
                    t0 = time.perf_counter()
                    selectors.search(text=q, page=page)
                    timings.append((time.perf_counter() - t0) * 1000)
                queries.append(count[0])
                slowest[q] = max(slowest.get(q, 0.0), timings[-1])
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"search, {connection.vendor}, {comments:,} published comments (+{comments // 20:,} held), "
          f"{len(timings)} searches of {len(QUERIES)} queries: p50 {statistics.median(timings):.1f} ms, "
          f"p95 {p95:.1f} ms, max {timings[-1]:.1f} ms; {min(queries)}-{max(queries)} queries each "
          f"(seeded in {seeded:.0f} s)", flush=True)
    worst = sorted(slowest.items(), key=lambda item: -item[1])[:3]
    print("  slowest queries (max ms): " + ", ".join(f"{q!r} {ms:.1f}" for q, ms in worst), flush=True)


def run(database: str, comments: int, *, keep: bool = False) -> int:
    env = {**os.environ}
    if database == "postgres":
        import psycopg

        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [PG_DB]).fetchone()
            if not (keep and exists):
                admin.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
                admin.execute(f"CREATE DATABASE {PG_DB}")
        env["DATABASE_URL"] = f"postgres://root@127.0.0.1:5432/{PG_DB}"
    elif keep:
        env["DATABASE_URL"] = f"sqlite:///{Path(tempfile.gettempdir()) / f'{PG_DB}-{comments}.sqlite3'}"
    else:
        env.pop("DATABASE_URL", None)
    try:
        return subprocess.call([sys.executable, __file__, "--child", "--comments", str(comments)], env=env)
    finally:
        if database == "postgres" and not keep:
            with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--database", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--keep", action="store_true",
                        help="keep the seeded database and reuse it next time (for working on search)")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.comments)
        return 0
    databases = ["sqlite", "postgres"] if args.database == "both" else [args.database]
    return max(run(db, args.comments, keep=args.keep) for db in databases)


if __name__ == "__main__":
    sys.exit(main())
