"""Two index backends behind one interface: ranked hits for a parsed query.

``hits(query, limit=, offset=)`` returns :class:`Hits`: ``(kind, pk)`` pairs,
best first, ``kind`` being ``"article"`` or ``"comment"``; only published
articles whose time has come and published comments on them. Articles weigh
more than comments (a staff article on a subject comes before a passing
mention).

Bounded work whatever the query: a common word matches a quarter of all
comments, and ranking every match costs time in proportion. Both backends
therefore take a bounded candidate set first, the newest ``CANDIDATES``
visible matches of each kind, found through the index in primary-key order
(no ranking, no sort: the scan stops once it has them), and rank only those.
The results are the best of the newest thousand matches, which on a
community site is what a reader wants; ``CANDIDATES`` covers every page a
visitor can reach (``selectors.MAX_PAGE``), so paging stays consistent.
The candidate counts double as a capped total ("more than 1,000").
"""

from __future__ import annotations

from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.utils import timezone

from mscommunity.search.query import Query
from threads.models import Article, Comment

Hit = tuple[str, int]
ARTICLE_WEIGHT = 2.0
CANDIDATES = 1001  # at least selectors.MAX_PAGE * PAGE_SIZE + 1, so the last page knows it is the last


class Hits(list):
    """Ranked ``(kind, pk)`` pairs for one page, with ``total``: how many
    matches there are, counted up to ``CANDIDATES`` of each kind; ``more``
    says the count stopped there (there are more)."""

    total: int = 0
    more: bool = False


class PostgresBackend:
    """PostgreSQL full-text search: the stored ``search_vector`` columns (GIN
    indexes) matched with ``@@``; the newest candidates ranked with
    ``ts_rank``."""

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

    def hits(self, query: Query, *, limit: int, offset: int) -> Hits:
        """One statement: per kind, a subquery takes the newest visible
        matches (``ORDER BY id DESC LIMIT``; the planner reads the GIN index
        for rare words and walks the primary key backwards for common ones),
        then ``ts_rank`` orders only those."""
        ts_sql, ts_params = self._compile(self.tsquery(query))
        # The tsquery is written out where it is used (not taken from a CTE) so
        # the planner sees a constant and estimates each match from the statistics.
        published_article = "a.status = %s AND a.published_at IS NOT NULL AND a.published_at <= %s"
        now = timezone.now()
        sql = f"""
            WITH ca AS MATERIALIZED (
                   SELECT a.id, a.search_vector FROM threads_article a
                    WHERE a.search_vector @@ {ts_sql} AND {published_article}
                    ORDER BY a.id DESC LIMIT %s),
                 cc AS MATERIALIZED (
                   SELECT c.id, c.search_vector FROM threads_comment c JOIN threads_article a ON a.id = c.article_id
                    WHERE c.search_vector @@ {ts_sql} AND c.status = %s AND {published_article}
                    ORDER BY c.id DESC LIMIT %s),
                 ranked AS (SELECT 'article' AS kind, id AS pk, ts_rank(search_vector, {ts_sql}) * %s AS score FROM ca
                            UNION ALL
                            SELECT 'comment', id, ts_rank(search_vector, {ts_sql}) FROM cc)
            SELECT kind, pk, (SELECT count(*) FROM ca), (SELECT count(*) FROM cc)
              FROM ranked ORDER BY score DESC, pk DESC LIMIT %s OFFSET %s
        """  # noqa: S608 (constants and the compiled tsquery only; every value is a parameter)
        params = [*ts_params, Article.Status.PUBLISHED, now, CANDIDATES,
                  *ts_params, Comment.Status.PUBLISHED, Article.Status.PUBLISHED, now, CANDIDATES,
                  *ts_params, ARTICLE_WEIGHT, *ts_params, limit, offset]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return _hits(cursor.fetchall())

    @staticmethod
    def _compile(expression: SearchQuery) -> tuple[str, list]:
        """The SQL and parameters of the tsquery expression, as Django builds
        them (``phraseto_tsquery`` per phrase, joined with ``||`` and ``&&``)."""
        compiler = Comment.objects.all().query.get_compiler(connection=connection)
        sql, params = expression.resolve_expression(compiler.query).as_sql(compiler, connection)
        return sql, list(params)


class SqliteBackend:
    """SQLite FTS5 (``search_*_fts``): the newest matches in rowid order
    straight from the index, joined to the live rows, ranked with ``bm25``
    (lower is better) only for those."""

    name = "sqlite"

    @staticmethod
    def match(query: Query) -> str:
        """The FTS5 MATCH expression: every alternative a quoted phrase of
        plain words, so nothing typed is read as FTS5 syntax."""
        return " AND ".join(
            "(" + " OR ".join('"' + " ".join(phrase) + '"' for phrase in group) + ")" for group in query.groups
        )

    def hits(self, query: Query, *, limit: int, offset: int) -> Hits:
        """FTS5 yields matches in descending rowid order without sorting; the
        join keeps only visible ones and ``LIMIT`` stops the scan, so held
        content (typically the newest) never crowds out what may be shown.
        ``bm25`` is computed for the rows kept only. (``ORDER BY rank LIMIT``
        inside FTS5 ranks every match: over 100 ms for a common word.)"""
        match = self.match(query)
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        published_article = "a.status = %s AND a.published_at IS NOT NULL AND a.published_at <= %s"
        sql = f"""
            WITH ca AS MATERIALIZED (SELECT a.id AS pk, bm25(search_article_fts, 10.0, 4.0, 1.0) * {ARTICLE_WEIGHT} AS score
                          FROM search_article_fts JOIN threads_article a ON a.id = search_article_fts.rowid
                         WHERE search_article_fts MATCH %s AND {published_article}
                         ORDER BY search_article_fts.rowid DESC LIMIT %s),
                 cc AS MATERIALIZED (SELECT c.id AS pk, bm25(search_comment_fts) AS score
                          FROM search_comment_fts JOIN threads_comment c ON c.id = search_comment_fts.rowid
                          JOIN threads_article a ON a.id = c.article_id
                         WHERE search_comment_fts MATCH %s AND c.status = %s AND {published_article}
                         ORDER BY search_comment_fts.rowid DESC LIMIT %s),
                 ranked AS (SELECT 'article' AS kind, pk, score FROM ca UNION ALL SELECT 'comment', pk, score FROM cc)
            SELECT kind, pk, (SELECT count(*) FROM ca), (SELECT count(*) FROM cc)
              FROM ranked ORDER BY score, pk DESC LIMIT %s OFFSET %s
        """  # noqa: S608 (constants only; every value is a parameter)
        params = [match, Article.Status.PUBLISHED, now, CANDIDATES, match, Comment.Status.PUBLISHED,
                  Article.Status.PUBLISHED, now, CANDIDATES, limit, offset]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return _hits(cursor.fetchall())


def _hits(rows: list[tuple[str, int, int, int]]) -> Hits:
    """The page's pairs and the capped total (each row carries both counts;
    a page past the last has no rows and a total of 0)."""
    hits = Hits((kind, pk) for kind, pk, _articles, _comments in rows)
    if rows:
        articles, comments = rows[0][2], rows[0][3]
        hits.total = articles + comments
        hits.more = articles >= CANDIDATES or comments >= CANDIDATES
    return hits


def backend() -> PostgresBackend | SqliteBackend:
    """The backend for the default database: one selector, two engines."""
    return PostgresBackend() if connection.vendor == "postgresql" else SqliteBackend()
