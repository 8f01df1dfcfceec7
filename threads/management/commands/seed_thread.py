"""Create (or replace) a published article with N invented comments in a realistic tree."""

from __future__ import annotations

import random
import time
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from mscommunity.accounts.models import User
from threads.models import Article, Comment
from threads.services import ImportedComment, comments_bulk_create

SEED_MARK = "Seeded thread"
OPENINGS = [
    "I was diagnosed in {year} and", "My partner has had MS since {year} and", "Since starting treatment in {year},",
    "Reading this from the hospital waiting room:", "Three years after my diagnosis,", "As a carer for my mum,",
]
MIDDLES = [
    "the fatigue is the hardest part", "my walking has been steady", "the heat still knocks me flat",
    "my last MRI showed no new lesions", "the infusions are easier than I feared", "I sleep better with a routine",
    "physiotherapy twice a week has helped my balance", "I keep a diary of symptoms for my neurologist",
]
ENDINGS = [
    "Thank you all for sharing.", "It helps to know I'm not alone.", "Wishing everyone a good week.",
    "I hope the research keeps going.", "Does anyone else find the same?", "Take care of yourselves.",
]


def invented_text(rng: random.Random) -> str:
    sentence = f"{rng.choice(OPENINGS).format(year=rng.randint(1995, 2024))} {rng.choice(MIDDLES)}."
    return " ".join([sentence, *rng.sample(ENDINGS, rng.randint(1, 2))])


def tree(n: int, rng: random.Random) -> list[tuple[int | None, int]]:
    """(parent index, depth) for n comments: about a third top-level, replies up to depth 6."""
    shape: list[tuple[int | None, int]] = []
    for i in range(n):
        if i == 0 or rng.random() < 1 / 3:
            shape.append((None, 0))
            continue
        # Mostly answer something recent, as people do.
        parent = max(0, i - 1 - int(rng.expovariate(1 / 8)))
        while shape[parent][1] >= 6:
            parent = shape[parent][0]
        shape.append((parent, shape[parent][1] + 1))
    return shape


class Command(BaseCommand):
    help = "Create or replace a published article with N invented comments; prints its URL path last."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--comments", type=int, required=True, help="how many comments")
        parser.add_argument("--slug", default="seeded-thread", help="the article's slug")
        parser.add_argument("--seed", type=int, default=1, help="random seed, for repeatable threads")

    def handle(self, *args, comments: int, slug: str, seed: int, **options) -> None:
        if comments < 0:
            raise CommandError("--comments must be zero or more")
        started = time.monotonic()
        rng = random.Random(seed)
        with transaction.atomic():
            existing = Article.objects.filter(slug=slug).first()
            if existing is not None:
                if not existing.title.startswith(SEED_MARK):
                    raise CommandError(f"/articles/{slug}/ is a real article; choose another --slug.")
                # Seeded comments are invented, not members' posts: replace them deepest first.
                for depth in sorted(set(existing.comments.values_list("depth", flat=True)), reverse=True):
                    Comment.objects.filter(article=existing, depth=depth).delete()
                existing.delete()
            authors = [
                User.objects.get_or_create(username=f"seed_member_{i}", defaults={"email": f"seed{i}@example.com"})[0]
                for i in range(50)
            ]
            start = timezone.now() - timedelta(days=30)
            article = Article.objects.create(
                slug=slug, title=f"{SEED_MARK} with {comments:,} comments", summary="Invented comments for testing.",
                body="<p>An invented article for load and performance tests.</p>",
                status=Article.Status.PUBLISHED, published_at=start,
            )
            items = [
                ImportedComment(
                    key=str(i), parent_key=str(parent) if parent is not None else None,
                    author=authors[rng.randrange(len(authors))], text=invented_text(rng),
                    created_at=start + timedelta(seconds=60 * i),
                )
                for i, (parent, _) in enumerate(tree(comments, rng))
            ]
            stored = comments_bulk_create(article=article, items=items).stored
        self.stderr.write(f"{stored:,} comments in {time.monotonic() - started:.1f} s")
        self.stdout.write(article.get_absolute_url())
