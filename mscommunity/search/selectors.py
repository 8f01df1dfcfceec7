"""Reads for site search: one entry point, :func:`search`."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from django.db import DatabaseError, transaction
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.safestring import SafeString

from mscommunity.search import backends
from mscommunity.search import query as query_module
from mscommunity.search.snippets import snippet
from threads.models import Article, Comment
from treatments import selectors as treatment_selectors

logger = logging.getLogger(__name__)

PAGE_SIZE = 20
MAX_PAGE = 50
MAX_TREATMENTS = 5


@dataclass(frozen=True)
class Result:
    kind: str  # "article", "comment" or "treatment"
    title: str
    url: str
    snippet: SafeString
    meta: str = ""


@dataclass
class SearchResults:
    query: str
    page: int = 1
    treatments: list[Result] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    has_next: bool = False
    total: int = 0  # articles and comments found; with ``more``, the cap passed (1,000)
    more: bool = False  # counting stopped: there are more than ``total``
    empty_query: bool = True
    unavailable: bool = False

    @property
    def has_previous(self) -> bool:
        return self.page > 1


def page_number(value: object) -> int:
    """A page number from the address bar: 1 for anything odd, at most ``MAX_PAGE``."""
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), MAX_PAGE)


def search(*, text: object, page: object = 1) -> SearchResults:
    """Search articles, published comments and treatments for ``text``.

    Contract: never raises for any input; an empty or wordless query gives
    ``empty_query``; results are only what a visitor may read (published
    articles whose time has come, published comments on them; never held,
    rejected, removed or deleted ones), best first, ``PAGE_SIZE`` a page
    (``has_next`` says whether another follows); treatments (matched by name,
    brand or misspelling through the treatments app's vocabulary) come on the
    first page. Snippets are escaped, with the query's words in ``<mark>``,
    made for the page shown only. ``total`` counts the matches up to a cap
    (``more`` when there are more); ranking is over the newest matches (see
    ``backends``). Queries: one for the hits, one each for their articles and comments, and
    on the first page one for the treatments (the vocabulary itself is cached).
    """
    number = page_number(page)
    parsed = query_module.parse(text, variants=treatment_selectors.name_variants)
    results = SearchResults(query=parsed.text, page=number, empty_query=parsed.empty)
    if parsed.empty:
        return results
    words = parsed.highlight_words
    try:
        with transaction.atomic():
            hits = backends.backend().hits(parsed, limit=PAGE_SIZE + 1, offset=(number - 1) * PAGE_SIZE)
    except DatabaseError:
        logger.exception("Search failed (the query is not logged)")
        results.unavailable = True
        return results
    results.has_next = len(hits) > PAGE_SIZE
    results.more = hits.more
    results.total = backends.CANDIDATES - 1 if hits.more else hits.total  # "more than 1,000"
    results.results = _rows(hits[:PAGE_SIZE], words)
    if number == 1:
        results.treatments = [
            Result("treatment", t.name, t.get_absolute_url(), snippet(t.description, words),
                   meta=", ".join(t.brand_names))
            for t in treatment_selectors.search_treatments(parsed.text)[:MAX_TREATMENTS]
        ]
    return results


def _rows(hits: list[backends.Hit], words: frozenset[str]) -> list[Result]:
    article_ids = [pk for kind, pk in hits if kind == "article"]
    comment_ids = [pk for kind, pk in hits if kind == "comment"]
    articles = Article.objects.in_bulk(article_ids) if article_ids else {}
    comments = (Comment.objects.select_related("article", "author").only(
        "body", "created_at", "article__slug", "article__title", "author__username").in_bulk(comment_ids)
        if comment_ids else {})
    rows: list[Result] = []
    for kind, pk in hits:
        if kind == "article" and pk in articles:
            a = articles[pk]
            rows.append(Result("article", a.title, a.get_absolute_url(),
                               snippet(f"{a.summary} {strip_tags(a.body)}", words), meta="Article"))
        elif kind == "comment" and pk in comments:
            c = comments[pk]
            who = c.author.username if c.author else "A former member"
            rows.append(Result("comment", f"{who} on “{c.article.title}”",
                               reverse("threads:comment", kwargs={"slug": c.article.slug, "pk": c.pk}),
                               snippet(c.body, words), meta=f"Comment, {c.created_at:%d %B %Y}"))
    return rows
