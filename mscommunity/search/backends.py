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
        match = self.match(query)
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        published_article = "a.status = %s AND a.published_at IS NOT NULL AND a.published_at <= %s"
        sql = f"""
            SELECT 'article' AS kind, a.id AS pk, bm25(search_article_fts, 10.0, 4.0, 1.0) * {ARTICLE_WEIGHT} AS score
              FROM search_article_fts JOIN threads_article a ON a.id = search_article_fts.rowid
             WHERE search_article_fts MATCH %s AND {published_article}
            UNION ALL
            SELECT 'comment', c.id, bm25(search_comment_fts)
              FROM search_comment_fts JOIN threads_comment c ON c.id = search_comment_fts.rowid
              JOIN threads_article a ON a.id = c.article_id
             WHERE search_comment_fts MATCH %s AND c.status = %s AND {published_article}
             ORDER BY score, pk DESC LIMIT %s OFFSET %s
        """  # noqa: S608 (constants only; every value is a parameter)
        params = [match, Article.Status.PUBLISHED, now, match, Comment.Status.PUBLISHED, Article.Status.PUBLISHED,
                  now, limit, offset]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [(kind, pk) for kind, pk, _score in cursor.fetchall()]


def backend() -> PostgresBackend | SqliteBackend:
    """The backend for the default database: one selector, two engines."""
    return PostgresBackend() if connection.vendor == "postgresql" else SqliteBackend()
