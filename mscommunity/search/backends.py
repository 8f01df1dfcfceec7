"""Two index backends behind one interface: ranked hits for a parsed query.

``hits(query, limit=, offset=)`` returns ``(kind, pk)`` pairs, best first,
``kind`` being ``"article"`` or ``"comment"``; only published articles whose
time has come and published comments on them. Articles weigh more than
comments (a staff article on a subject comes before a passing mention).
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.db import connection
from django.db.models import F, FloatField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from django.utils import timezone

from mscommunity.search.query import Query
from threads.models import Article, Comment

Hit = tuple[str, int]
ARTICLE_WEIGHT = 2.0


class PostgresBackend:
    """PostgreSQL full-text search: the stored ``search_vector`` columns (GIN
    indexes) matched with ``@@`` and ranked with ``SearchRank``."""

    name = "postgresql"

    @staticmethod
    def tsquery(query: Query) -> SearchQuery:
        combined = None
        for group in query.groups:
            alternatives = None
            for phrase in group:
                one = SearchQuery(" ".join(phrase), config="english", search_type="phrase")
                alternatives = one if alternatives is None else alternatives | one
            combined = alternatives if combined is None else combined & alternatives
        return combined

    def hits(self, query: Query, *, limit: int, offset: int) -> list[Hit]:
        ts = self.tsquery(query)
        now = timezone.now()

        def vector(table: str) -> RawSQL:
            return RawSQL(f'"{table}"."search_vector"', [], output_field=SearchVectorField())  # noqa: S611

        articles = (
            Article.objects.published().annotate(sv=vector("threads_article")).filter(sv=ts)
            .annotate(kind=Value("article"),
                      score=Cast(SearchRank(F("sv"), ts), FloatField()) * Value(ARTICLE_WEIGHT))
            .values_list("kind", "pk", "score")
        )
        comments = (
            Comment.objects.filter(status=Comment.Status.PUBLISHED, article__status=Article.Status.PUBLISHED,
                                   article__published_at__lte=now)
            .annotate(sv=vector("threads_comment")).filter(sv=ts)
            .annotate(kind=Value("comment"), score=Cast(SearchRank(F("sv"), ts), FloatField()))
            .values_list("kind", "pk", "score")
        )
        rows = articles.union(comments, all=True).order_by("-score", "-pk")[offset:offset + limit]
        return [(kind, pk) for kind, pk, _score in rows]


class SqliteBackend:
    """SQLite FTS5 (``search_*_fts``), ranked with ``bm25`` (lower is better)."""

    name = "sqlite"

    @staticmethod
    def match(query: Query) -> str:
        """The FTS5 MATCH expression: every alternative a quoted phrase of
        plain words, so nothing typed is read as FTS5 syntax."""
        return " AND ".join(
            "(" + " OR ".join('"' + " ".join(phrase) + '"' for phrase in group) + ")" for group in query.groups
        )

    def hits(self, query: Query, *, limit: int, offset: int) -> list[Hit]:
        """Rank inside FTS5 first (``ORDER BY rank`` over the index alone, no
        join), keep the best ``cap`` candidates, then join the live rows for
        visibility. When hidden rows leave too few, the cap grows and it runs
        again, so a page is never short while more matches exist."""
        match = self.match(query)
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        wanted = offset + limit
        cap = max(200, wanted * 4)
        while True:
            rows = self._ranked(match, now, cap)
            if len(rows) >= wanted or not rows.capped:
                return [(kind, pk) for kind, pk, _score in rows[offset:wanted]]
            cap *= 4

    def _ranked(self, match: str, now: str, cap: int) -> _Rows:
        published_article = "a.status = %s AND a.published_at IS NOT NULL AND a.published_at <= %s"
        sql = f"""
            WITH ca AS (SELECT rowid, rank FROM search_article_fts WHERE search_article_fts MATCH %s
                         AND rank MATCH 'bm25(10.0, 4.0, 1.0)' ORDER BY rank LIMIT %s),
                 cc AS (SELECT rowid, rank FROM search_comment_fts WHERE search_comment_fts MATCH %s
                         ORDER BY rank LIMIT %s)
            SELECT 'article' AS kind, a.id AS pk, ca.rank * {ARTICLE_WEIGHT} AS score, 0
              FROM ca JOIN threads_article a ON a.id = ca.rowid WHERE {published_article}
            UNION ALL
            SELECT 'comment', c.id, cc.rank, 0
              FROM cc JOIN threads_comment c ON c.id = cc.rowid JOIN threads_article a ON a.id = c.article_id
             WHERE c.status = %s AND {published_article}
            UNION ALL
            SELECT 'count', 0, 0, (SELECT count(*) FROM ca) + (SELECT count(*) FROM cc)
             ORDER BY score, pk DESC
        """  # noqa: S608 (constants only; every value is a parameter)
        params = [match, cap, match, cap, Article.Status.PUBLISHED, now, Comment.Status.PUBLISHED,
                  Article.Status.PUBLISHED, now]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            fetched = cursor.fetchall()
        candidates = next(row[3] for row in fetched if row[0] == "count")
        rows = _Rows((kind, pk, score) for kind, pk, score, _n in fetched if kind != "count")
        rows.capped = candidates >= cap
        return rows


class _Rows(list):
    capped: bool = False


def backend() -> PostgresBackend | SqliteBackend:
    """The backend for the default database: one selector, two engines."""
    return PostgresBackend() if connection.vendor == "postgresql" else SqliteBackend()
