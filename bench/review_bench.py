"""The review screen with 1,000 open cases: its SQL queries and median server
time (constant queries: the same with 10 cases as with 1,000).

    python bench/review_bench.py [--cases 1000]
"""

from __future__ import annotations

import argparse
import os

from _django import QueryCounter, median_ms, setup

os.environ.setdefault("DJANGO_TEAM_MFA_REQUIRED", "0")  # the bench signs a moderator in without an authenticator


def make_cases(n: int, article, authors) -> None:
    """``n`` held comments with their open cases, through the same bulk path as seeding."""
    from mscommunity.moderation import pipeline
    from threads.models import Comment

    texts = [
        "You should stop Tysabri now and go to Mexico for HSCT. I highly recommend it to anyone with MS.",
        "Would HSCT work for me, or am I too late? Please help.",
        "Buy cheap pills here, best price, click now www.example-pharmacy.test",
    ]
    rows = []
    for i in range(n):
        prepared = pipeline.prepare(f"{texts[i % len(texts)]} ({i})", kind="comment")
        author = authors[i % len(authors)]
        comment = Comment.objects.create(article=article, author=author, body=prepared.text, body_html=prepared.html,
                                         status=Comment.Status.HELD)
        rows.append((comment, prepared, author))
    pipeline.record_many(rows, kind="comment")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1000)
    args = parser.parse_args()
    setup()
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.test import Client

    from mscommunity.accounts.models import User
    from mscommunity.accounts.policy import MODERATORS_GROUP
    from mscommunity.moderation.models import ModerationCase
    from threads.models import Article

    article = Article.objects.create(title="Bench article", slug="bench", body="<p>x</p>", status="published")
    authors = [User.objects.create_user(username=f"bench_writer_{i}", email=f"w{i}@example.com") for i in range(50)]
    moderator = User.objects.create_user(username="bench_moderator", email="m@example.com", is_staff=True)
    moderator.groups.add(Group.objects.get(name=MODERATORS_GROUP))
    client = Client()
    client.force_login(moderator)
    url = "/admin/moderation/review/"
    figures = []
    done = 0
    for target in (10, args.cases):
        make_cases(target - done, article, authors)
        done = target
        ModerationCase.objects.filter(status="decided").update(status="open", decision="")
        open_cases = ModerationCase.objects.filter(status="open").count()
        client.get(url)
        counter = QueryCounter()
        with connection.execute_wrapper(counter):
            assert client.get(url).status_code == 200
        figures.append((open_cases, counter.count, median_ms(client, url)))
    for open_cases, queries, ms in figures:
        print(f"review screen, {open_cases:>5} open cases: {queries} queries, median {ms:.1f} ms")
    print("constant queries:", "yes" if figures[0][1] == figures[-1][1] else "NO")


if __name__ == "__main__":
    main()
