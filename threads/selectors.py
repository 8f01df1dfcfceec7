"""Reads for articles and threads.

``thread_page`` returns one page of top-level comments with all their replies
in a constant number of queries (count, page of roots, their replies),
whatever the size of the thread, and assembles the tree in Python.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cache as once_per_process

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import (
    Aggregate,
    CharField,
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
)
from django.utils import timezone

from mscommunity.accounts.models import User
from mscommunity.accounts.policy import EDITORS_GROUP, MODERATORS_GROUP
from mscommunity.moderation.models import Flag
from mscommunity.notifications.selectors import is_following
from mscommunity.rawsql import moment
from threads.models import Article, Comment, Reaction

NEWEST = "newest"
OLDEST = "oldest"


@dataclass
class ThreadNode:
    """A comment placed in the displayed tree.

    ``indent`` is the screen indentation (at most ``THREADS_MAX_INDENT``);
    ``answers`` is the comment it replies to when that is not obvious from
    the indentation (deep replies shown flattened).
    """

    comment: CommentRow
    indent: int
    answers: CommentRow | None = None
    children: list[ThreadNode] = field(default_factory=list)


@dataclass
class ThreadPage:
    page: Page
    nodes: list[ThreadNode]
    order: str
    total_comments: int
    # When every reader sees this tree: a key naming these very rows (``_rows_digest``: the
    # cache key they were read under and a digest of them), so what is built from them can be
    # cached under it; None for a reader's own tree.
    shared_key: str | None = None
    # The reader's own marks by comment id (reaction kinds, ``FLAGGED``), for the comments that have any.
    mine: dict[int, frozenset[str]] = field(default_factory=dict)


def published_articles() -> QuerySet[Article]:
    return Article.objects.published().select_related("author")


def article_for_reader(*, slug: str, viewer: User | AnonymousUser) -> Article | None:
    """The article at ``slug`` if ``viewer`` may read it (staff may preview drafts)."""
    articles = Article.objects.all() if viewer.is_authenticated and viewer.is_staff else Article.objects.published()
    return articles.select_related("author").prefetch_related("related_treatments").filter(slug=slug).first()


class _StringAgg(Aggregate):
    """Concatenate strings with a separator: ``STRING_AGG`` on PostgreSQL, ``GROUP_CONCAT`` on SQLite."""

    function = "STRING_AGG"
    output_field = TextField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="GROUP_CONCAT", **extra_context)


_SEP, _PAIR = "\x1e", "\x1f"


@dataclass(frozen=True)
class TreatmentLink:
    slug: str
    name: str


def _treatment_links(packed: str | None) -> list[TreatmentLink]:
    links = [TreatmentLink(*item.split(_PAIR, 1)) for item in (packed or "").split(_SEP) if item]
    return sorted(links, key=lambda link: (link.name, link.slug))


def article_for_thread_page(*, slug: str, viewer: User | AnonymousUser) -> Article | None:
    """``article_for_reader`` in one query, with ``treatment_links`` (its related
    treatments, by name) and what is personal to a signed-in ``viewer``:
    ``viewer_following`` (follows the thread), ``viewer_verified`` (has a
    verified e-mail address, as ``policy.has_verified_email``),
    ``viewer_moderator`` (as ``policy.is_moderator``), ``viewer_holds`` (has
    a comment waiting for review in it, which only they see), and their visit
    row (``viewer_visited_at``, ``viewer_seen_before``: see ``ArticleVisit``).

    Written in SQL (``_thread_page_sql``) because it runs on every page view
    and the ORM spent ten times longer building it than the database did
    running it. ``article.author`` is set from the same row (id and name only).
    """
    signed_in = viewer.is_authenticated
    staff = signed_in and viewer.is_staff
    params: list = [_PAIR, _SEP]
    if signed_in:
        params += [viewer.pk, ContentType.objects.get_for_model(Article).pk, viewer.pk, viewer.pk, MODERATORS_GROUP,
                   viewer.pk, Comment.Status.HELD, viewer.pk, viewer.pk]
    params.append(slug)
    if not staff:
        params += [Article.Status.PUBLISHED, timezone.now()]
    article = next(iter(Article.objects.raw(_thread_page_sql(signed_in=signed_in, staff=staff), params)), None)
    if article is None:
        return None
    author = User(pk=article.author_id, username=article.author_username) if article.author_id else None
    Article._meta.get_field("author").set_cached_value(article, author)
    article.treatment_links = _treatment_links(article.treatments_packed)
    if signed_in:
        article.viewer_visited_at = moment(article.viewer_visited_at)
        article.viewer_seen_before = moment(article.viewer_seen_before)
        article.viewer_following = bool(article.viewer_following)
        article.viewer_verified = bool(article.viewer_verified)
        article.viewer_holds = bool(article.viewer_holds)
        article.viewer_moderator = bool(article.viewer_moderator) or viewer.is_superuser
    return article


_SQL: dict[tuple[str, bool, bool], str] = {}


def _thread_page_sql(*, signed_in: bool, staff: bool) -> str:
    """The SQL of ``article_for_thread_page`` for this database, built once per
    process. Parameters, in order: the pair and item separators of the packed
    treatment links; when ``signed_in`` the viewer's id (follow), the
    article content type, the viewer's id (verified e-mail), the viewer's id
    and the moderators' group name, the viewer's id and the held status, the
    viewer's id twice (their visit row); the slug; unless ``staff``, the
    published status and now."""
    from django.db import connection

    key = (connection.vendor, signed_in, staff)
    if key not in _SQL:
        concat = "GROUP_CONCAT" if connection.vendor == "sqlite" else "STRING_AGG"
        viewer_columns = """,
          EXISTS (SELECT 1 FROM notifications_follow f WHERE f.user_id = %s AND f.content_type_id = %s
                  AND f.object_id = a.id AND NOT f.muted) AS viewer_following,
          EXISTS (SELECT 1 FROM account_emailaddress e WHERE e.user_id = %s AND e.verified) AS viewer_verified,
          EXISTS (SELECT 1 FROM accounts_user_groups ug JOIN auth_group g ON g.id = ug.group_id
                  WHERE ug.user_id = %s AND g.name = %s) AS viewer_moderator,
          EXISTS (SELECT 1 FROM threads_comment c WHERE c.article_id = a.id AND c.author_id = %s
                  AND c.status = %s) AS viewer_holds,
          (SELECT v.visited_at FROM threads_articlevisit v WHERE v.member_id = %s AND v.article_id = a.id)
            AS viewer_visited_at,
          (SELECT v.seen_before FROM threads_articlevisit v WHERE v.member_id = %s AND v.article_id = a.id)
            AS viewer_seen_before""" if signed_in else ""
        published = "" if staff else " AND a.status = %s AND a.published_at <= %s"
        _SQL[key] = f"""
        SELECT a.*, u.username AS author_username,
          (SELECT {concat}(t.slug || %s || t.name, %s) FROM treatments_treatment t
             JOIN treatments_treatment_evidence_articles ta ON ta.treatment_id = t.id
            WHERE ta.article_id = a.id) AS treatments_packed{viewer_columns}
        FROM threads_article a LEFT JOIN accounts_user u ON u.id = a.author_id
        WHERE a.slug = %s{published}"""  # noqa: S608 - no value is formatted in, only fixed SQL
    return _SQL[key]


def visible_comments(*, article: Article, viewer: User | AnonymousUser) -> QuerySet[Comment]:
    """Comments of ``article`` that ``viewer`` may see: published ones, tombstones,
    and the viewer's own comments waiting for review."""
    shown = Q(status__in=[Comment.Status.PUBLISHED, Comment.Status.DELETED, Comment.Status.REMOVED])
    if viewer.is_authenticated:
        shown |= Q(status=Comment.Status.HELD, author_id=viewer.pk)
    return Comment.objects.filter(article=article).filter(shown)


# The single-comment pages, and which of them open a comment that is not
# published. A tombstone opens only as its permalink (a redirect into the
# thread, where it shows without text); a comment waiting for review only
# for its author; a rejected one for nobody. Moderators read hidden
# content in the moderation queue, not here.
COMMENT_PAGES = frozenset({"permalink", "reply", "flag", "react", "edit", "delete", "remove"})
_HIDDEN_PAGES = {
    Comment.Status.DELETED: (frozenset({"permalink"}), False),
    Comment.Status.REMOVED: (frozenset({"permalink"}), False),
    Comment.Status.HELD: (frozenset({"permalink", "reply", "edit", "delete"}), True),
    Comment.Status.REJECTED: (frozenset(), True),
}


def comment_for_page(*, article: Article, pk: int, viewer: User | AnonymousUser, page: str) -> Comment | None:
    """The comment ``pk`` of ``article`` if ``viewer`` may open it on ``page``
    (one of ``COMMENT_PAGES``), else None (the view answers 404).

    Published comments open on every page (each view and service still
    checks who may act). Removed and deleted comments open only on their
    permalink, never on a page that shows or acts on their text; held ones
    only for their author (``permalink``, ``reply``, ``edit``, ``delete``);
    rejected ones never.
    """
    if page not in COMMENT_PAGES:
        raise ValueError(f"unknown comment page {page!r}")
    comment = Comment.objects.filter(article=article, pk=pk).select_related("author").first()
    if comment is None or comment.status == Comment.Status.PUBLISHED:
        return comment
    pages, authors_only = _HIDDEN_PAGES.get(comment.status, (frozenset(), True))
    if page not in pages:
        return None
    if authors_only and not (viewer.is_authenticated and comment.author_id == viewer.pk):
        return None
    return comment


def _roots(*, article: Article, viewer: User | AnonymousUser, order: str) -> QuerySet[Comment]:
    roots = visible_comments(article=article, viewer=viewer).filter(depth=0)
    return roots.order_by("-created_at", "-id") if order == NEWEST else roots.order_by("created_at", "id")


def _team_q(prefix: str = "") -> Q:
    """Staff, moderators and editors (``policy.is_team_member``), as a filter on users."""
    return Q(**{f"{prefix}is_staff": True}) | Q(**{f"{prefix}groups__name__in": [MODERATORS_GROUP, EDITORS_GROUP]})


_KINDS = tuple(Reaction.Kind.values)
_STATUS_LABELS = dict(Comment.Status.choices)
_TOMBSTONES = frozenset({Comment.Status.DELETED, Comment.Status.REMOVED})


class CommentRow:
    """A comment as the thread page reads it: plain attributes, no model instance.

    The page's queries read only what places a comment in the tree and keys its
    cached markup (``_LIGHT``); the text, notices and reaction counts
    (``_FULL``) are read, by ``load_full``, only for the comments whose
    fragment is not in the cache.
    """

    __slots__ = ("author_id", "author_name", "author_team", "body_html", "counts", "created_at", "depth",
                 "edited_at", "full_version", "help_note", "medical_notice", "mine", "parent_id", "pk", "root_id",
                 "status", "status_reason", "support", "version")

    def __init__(self, row: tuple, mine: frozenset[str] = frozenset()) -> None:
        (self.pk, self.parent_id, self.root_id, self.depth, self.author_id, self.author_name, self.author_team,
         self.status, self.support, self.created_at, self.version) = row[:11]
        self.mine = mine
        self.full_version = None

    def __reduce__(self) -> tuple:
        """Pickle the light columns only, as one tuple: the public tree is
        cached as these rows, and pickling slotted objects field by field was
        ten times slower (the reader's ``mine`` and what ``load_full`` read
        are never cached)."""
        return CommentRow, ((self.pk, self.parent_id, self.root_id, self.depth, self.author_id, self.author_name,
                             self.author_team, self.status, self.support, self.created_at, self.version),)

    @property
    def id(self) -> int:
        return self.pk

    @property
    def is_tombstone(self) -> bool:
        return self.status in _TOMBSTONES

    def get_status_display(self) -> str:
        return str(_STATUS_LABELS.get(self.status, self.status))

    def n(self, kind: str) -> int:
        return self.counts[_KINDS.index(kind)]


_LIGHT = ("id", "parent_id", "root_id", "depth", "author_id", "author__username", "author_team", "status", "support",
          "created_at", "version")
_FULL = ("id", "version", "body_html", "medical_notice", "help_note", "status_reason", "edited_at", "reaction_counts")


def _light(comments: QuerySet[Comment], viewer: User | AnonymousUser, *extra: str) -> QuerySet:
    """``comments`` as ``_LIGHT`` tuples: the team badge as one cheap correlated
    ``EXISTS``, and for a signed-in viewer their own reaction kinds
    (comma-separated) and whether they flagged it, the last two columns. No
    text, no counts (see ``load_full``)."""
    annotations = {"author_team": Exists(User.objects.filter(pk=OuterRef("author_id")).filter(_team_q()))}
    columns = [*_LIGHT, *extra]
    if viewer.is_authenticated:
        mine = (Reaction.objects.filter(comment=OuterRef("pk"), member_id=viewer.pk).order_by().values("comment")
                .annotate(kinds=_StringAgg("kind", Value(","))).values("kinds"))
        annotations["reactions_mine"] = Subquery(mine, output_field=CharField())
        annotations["flagged_mine"] = Exists(Flag.objects.filter(
            content_type_id=ContentType.objects.get_for_model(Comment).pk, object_id=OuterRef("pk"),
            member_id=viewer.pk))
        columns += ["reactions_mine", "flagged_mine"]
    return comments.annotate(**annotations).values_list(*columns)


FLAGGED = "flag"  # in ``CommentRow.mine``: the reader flagged the comment


def _rows(tuples: list[tuple], viewer: User | AnonymousUser) -> list[CommentRow]:
    if not viewer.is_authenticated:
        return [CommentRow(t) for t in tuples]
    rows = []
    for t in tuples:
        mine = set(t[-2].split(",")) if t[-2] else set()
        if t[-1]:
            mine.add(FLAGGED)
        rows.append(CommentRow(t, frozenset(mine)))
    return rows


def _in_ids(column: str, ids: list[int]) -> tuple[str, list]:
    """``column IN (ids)`` as SQL and its parameters: one array parameter on
    PostgreSQL, so the query's text is the same whatever the number of ids
    and psycopg converts it once (converting a new text each time was a few
    per cent of a busy server's time); placeholders on SQLite."""
    if connection.vendor == "postgresql":
        return f"{column} = ANY(%s)", [list(ids)]
    return f"{column} IN ({', '.join(['%s'] * len(ids))})", list(ids)


def load_full(rows: list[CommentRow]) -> None:
    """Read the text, notices and reaction counts of ``rows`` in one query (none
    when ``rows`` is empty). ``full_version`` is the version that query read:
    when it differs from the row's own (a write in between), the caller must not
    cache what it renders from them. Written in SQL: it runs for every new
    comment on a busy thread, and the ORM took longer to build it than the
    database to run it (tests/threads/test_public_rows_sql.py checks it)."""
    if not rows:
        return
    by_id = {row.pk: row for row in rows}
    counts = ", ".join(["(SELECT COUNT(*) FROM threads_reaction r WHERE r.comment_id = c.id AND r.kind = %s)"]
                       * len(_KINDS))
    which, ids = _in_ids("c.id", list(by_id))
    sql = (f"SELECT c.id, c.version, c.body_html, c.medical_notice, c.help_note, c.status_reason, c.edited_at, "  # noqa: S608
           f"{counts} FROM threads_comment c WHERE {which}")  # - only placeholders are formatted in
    with connection.cursor() as cursor:
        cursor.execute(sql, [*_KINDS, *ids])
        found = cursor.fetchall()
    for pk, version, body_html, medical_notice, help_note, status_reason, edited_at, *kinds in found:
        row = by_id[pk]
        row.full_version = version
        row.body_html, row.medical_notice, row.help_note = body_html, bool(medical_notice), bool(help_note)
        row.status_reason, row.edited_at = status_reason, moment(edited_at)
        row.counts = tuple(int(n) for n in kinds)


def _page_number(page: int | str) -> int:
    try:
        return int(page)
    except (TypeError, ValueError):
        return 1


def _page_of_roots(roots: QuerySet[Comment], page: int | str,
                   viewer: User | AnonymousUser) -> tuple[Page, list[CommentRow]]:
    """One page of ``roots`` and the count of all of them in a single query, like ``Paginator.get_page``: a page out of range gives the
    last one (one more count and one more page query, only then)."""
    size = settings.THREADS_PAGE_SIZE
    number = _page_number(page)
    rows: list[CommentRow] = []
    total_at = len(_LIGHT)
    if number >= 1:
        # An uncorrelated scalar subquery: computed once, not per row (a window
        # count would evaluate every row's annotations before the LIMIT).
        total = roots.order_by().values("article_id").annotate(n=Count("id")).values("n")
        counted = _light(roots.annotate(roots_total=Subquery(total, output_field=IntegerField())), viewer,
                         "roots_total")
        tuples = list(counted[(number - 1) * size: number * size])
        if tuples:
            paginator = Paginator(roots, size)
            paginator.count = tuples[0][total_at]  # cached_property: no COUNT query
            rows = _rows(tuples, viewer)
            return Page(rows, number, paginator), rows
    paginator = Paginator(_light(roots, viewer), size)
    page_obj = paginator.get_page(number)
    rows = _rows(list(page_obj.object_list), viewer)
    return Page(rows, page_obj.number, paginator), rows


def thread_page(
    *, article: Article, viewer: User | AnonymousUser, page: int | str = 1, order: str = OLDEST
) -> ThreadPage:
    """One page of top-level comments of ``article`` with all their visible replies.

    Two light queries whatever the size of the thread or the number of authors:
    the page of top-level comments with the count of all of them, then all
    their replies; each row (``CommentRow``) carries its place in the tree, its
    author's name and team badge and its ``version``; the viewer's own
    reactions and flags are in ``ThreadPage.mine``. Text and counts are read
    later, only for what the cache lacks (``load_full``, called by
    ``rendering.fragments``).

    When every reader sees the same tree (a visitor, or a member with nothing
    of their own waiting for review: ``article.viewer_holds`` is False, as
    ``article_for_thread_page`` reads it), the tree comes from the cache under
    the article's ``thread_version`` (``_public_rows``), assembled once per
    process (``_recent_trees``), and a member's own marks on it take one
    small query (``own_marks``).
    """
    order = NEWEST if order == NEWEST else OLDEST
    shared = not viewer.is_authenticated or getattr(article, "viewer_holds", True) is False
    if shared and getattr(article, "thread_version", None) is not None:
        wanted = _page_number(page)
        rows_key = _public_rows_key(article, wanted, order)
        tree = _recent_trees.get(rows_key)
        if tree is None:
            number, total, roots, replies = _public_rows(article, wanted, order, rows_key)
            rows = [*roots, *replies]
            tree = _SharedTree(number, total, roots, rows, assemble(roots, replies), _rows_digest(rows_key, rows))
        remember_recent(_recent_trees, rows_key, tree)
        page_obj = Page(tree.roots, tree.number, Paginator(range(tree.total), settings.THREADS_PAGE_SIZE))
        mine = own_marks(tree.rows, viewer) if viewer.is_authenticated else {}
        return ThreadPage(page=page_obj, nodes=tree.nodes, order=order, total_comments=len(tree.rows),
                          shared_key=tree.key, mine=mine)
    page_obj, roots = _page_of_roots(_roots(article=article, viewer=viewer, order=order), page, viewer)
    replies = _replies(article, roots, viewer)
    return ThreadPage(page=page_obj, nodes=assemble(roots, replies), order=order,
                      total_comments=len(roots) + len(replies),
                      mine={row.pk: row.mine for row in (*roots, *replies) if row.mine})


@dataclass(frozen=True)
class _SharedTree:
    """One page of the tree every reader sees, assembled: never changed once
    built (a reader's own marks are kept beside it, in ``ThreadPage.mine``)."""

    number: int
    total: int
    roots: list[CommentRow]
    rows: list[CommentRow]
    nodes: list[ThreadNode]
    key: str  # ``ThreadPage.shared_key``: names these very rows (``_rows_digest``)


def _rows_digest(rows_key: str, rows: list[CommentRow]) -> str:
    """A key for exactly these rows: their cache key and a digest of every
    light column. The rows cached under one ``thread_version`` can differ
    between workers (the tree is read after the article, and a write may land
    in between), so what is built from them (the page of fragments, the joined
    list) is keyed by the rows themselves, never by the version alone."""
    light = repr([row.__reduce__()[1][0] for row in rows]).encode()
    return f"{rows_key}:{hashlib.blake2b(light, digest_size=12).hexdigest()}"


# The latest shared trees, assembled, kept in this process: keyed as in the
# cache (``_public_rows_key``), so never stale.
_recent_trees: dict[str, _SharedTree] = {}
RECENT = 32  # what a process keeps of each kind of recent shared page (here and in ``rendering``)


def remember_recent(memory: dict, key: str, value: object) -> None:
    """Keep ``value`` under ``key`` in ``memory``, one of a process's stores of
    recent shared pages: at most ``RECENT``, the least recently kept forgotten first."""
    memory.pop(key, None)
    memory[key] = value
    while len(memory) > RECENT:
        del memory[next(iter(memory))]


def _replies(article: Article, roots: list[CommentRow], viewer: User | AnonymousUser) -> list[CommentRow]:
    if not roots:
        return []
    return _rows(list(
        _light(visible_comments(article=article, viewer=viewer), viewer)
        .filter(root_id__in=[r.pk for r in roots])
        .order_by("created_at", "id")
    ), viewer)


_ROWS_FORMAT = "1"  # bump when CommentRow or the light queries change


def _public_rows_key(article: Article, number: int, order: str) -> str:
    """The cache key of one page of the public tree: the article's
    ``thread_version`` (bumped by database triggers on every change the page
    shows; the article's creation time guards against a re-seeded database),
    so no worker reads a stale tree on any cache backend."""
    return (f"threadrows:{_ROWS_FORMAT}:{article.pk}:{article.created_at.timestamp()}:{article.thread_version}:"
            f"{order}:{number}:{settings.THREADS_PAGE_SIZE}")


def _public_rows(article: Article, number: int, order: str, key: str) -> tuple[int, int, list[CommentRow],
                                                                               list[CommentRow]]:
    """The page of the tree every visitor sees, cached under ``key``
    (``_public_rows_key``): (page number, count of top-level comments, roots,
    replies)."""
    cached = cache.get(key)
    if cached is None:
        cached = _public_rows_from_database(article, number, order)
        cache.set(key, cached, 7 * 24 * 3600)
    return cached


# The public tree's two queries in SQL, built once per process: after any
# write to a busy thread every page view misses the cache above, and the ORM
# took longer to build these queries than the database took to run them.
# tests/threads/test_public_rows_sql.py keeps them equal to ``_light``.
_PUBLIC_COLUMNS = """c.id, c.parent_id, c.root_id, c.depth, c.author_id, u.username,
  EXISTS (SELECT 1 FROM accounts_user t WHERE t.id = c.author_id AND (t.is_staff OR EXISTS (
    SELECT 1 FROM accounts_user_groups ug JOIN auth_group g ON g.id = ug.group_id
    WHERE ug.user_id = t.id AND g.name IN (%s, %s)))) AS author_team,
  c.status, c.support, c.created_at, c.version"""
_PUBLIC_FROM = "FROM threads_comment c LEFT JOIN accounts_user u ON u.id = c.author_id"
_PUBLIC_STATUSES = (Comment.Status.PUBLISHED, Comment.Status.DELETED, Comment.Status.REMOVED)


@once_per_process
def _public_sql_roots(order: str) -> str:
    """One page of top-level comments, each row ending with the count of all
    of them; a page past the end is one row of NULLs ending with the count.
    Parameters: the article id and the three public statuses (the count); the
    two team group names; the article id and the statuses again; the limit and
    the offset."""
    direction = "DESC" if order == NEWEST else "ASC"
    return f"""SELECT p.*, t.roots_total FROM
      (SELECT COUNT(*) AS roots_total FROM threads_comment r WHERE r.article_id = %s AND r.depth = 0
         AND r.status IN (%s, %s, %s)) t
    LEFT JOIN (SELECT {_PUBLIC_COLUMNS} {_PUBLIC_FROM}
      WHERE c.article_id = %s AND c.depth = 0 AND c.status IN (%s, %s, %s)
      ORDER BY c.created_at {direction}, c.id {direction} LIMIT %s OFFSET %s) p ON 1 = 1
    ORDER BY p.created_at {direction}, p.id {direction}"""  # noqa: S608 - fixed SQL only


@once_per_process
def _public_sql_replies(roots_in: str) -> str:
    """Parameters: the two team group names; the article id, the three public
    statuses and those of ``roots_in`` (``_in_ids`` of the root ids)."""
    return f"""SELECT {_PUBLIC_COLUMNS} {_PUBLIC_FROM}
    WHERE c.article_id = %s AND c.status IN (%s, %s, %s) AND {roots_in}
    ORDER BY c.created_at, c.id"""


def _public_row(values: tuple) -> CommentRow:
    """A row of the SQL above as the ORM's ``_light`` gives it (SQLite answers 0/1 and text)."""
    values = list(values[:len(_LIGHT)])
    values[6] = bool(values[6])
    values[9] = moment(values[9])
    return CommentRow(tuple(values))


def _public_rows_from_database(article: Article, number: int, order: str) -> tuple[int, int, list, list]:
    """What ``_public_rows`` caches, in two queries (three for a page out of
    range, which gives the last page as ``Paginator.get_page`` does)."""
    size = settings.THREADS_PAGE_SIZE
    team = [MODERATORS_GROUP, EDITORS_GROUP]
    public = [article.pk, *_PUBLIC_STATUSES]
    with connection.cursor() as cursor:

        def page_of(number: int) -> tuple[int, list[CommentRow]]:
            cursor.execute(_public_sql_roots(order), [*public, *team, *public, size, (number - 1) * size])
            found = cursor.fetchall()
            return int(found[0][-1]), [_public_row(values) for values in found if values[0] is not None]

        # Like Paginator.get_page: a number below 1 or past the end gives the last page.
        read = number if number >= 1 else 1
        total, rows = page_of(read)
        last = max(1, -(-total // size))
        if number < 1 or not rows:
            number = last
            if last != read:
                total, rows = page_of(last)
        replies: list[CommentRow] = []
        if rows:
            roots_in, ids = _in_ids("c.root_id", [row.pk for row in rows])
            cursor.execute(_public_sql_replies(roots_in), [*team, *public, *ids])
            replies = [_public_row(values) for values in cursor.fetchall()]
    return number, total, rows, replies


def own_marks(rows: list[CommentRow], viewer: User) -> dict[int, frozenset[str]]:
    """The viewer's reaction kinds on each of ``rows`` that has any, with
    ``FLAGGED`` when they flagged it (see ``ThreadPage.mine``). One query
    (written in SQL: the ORM took longer to build it than the database to run it)."""
    if not rows:
        return {}
    row_ids = [row.pk for row in rows]
    reacted, ids = _in_ids("comment_id", row_ids)
    flagged = _in_ids("object_id", row_ids)[0]
    flag_type = ContentType.objects.get_for_model(Comment).pk
    sql = (  # only table names and placeholders are formatted in
        f"SELECT comment_id, kind FROM {Reaction._meta.db_table} WHERE member_id = %s AND {reacted} "  # noqa: S608
        f"UNION ALL SELECT object_id, %s FROM {Flag._meta.db_table} "
        f"WHERE member_id = %s AND content_type_id = %s AND {flagged}")
    mine: dict[int, set[str]] = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, [viewer.pk, *ids, FLAGGED, viewer.pk, flag_type, *ids])
        for comment_id, kind in cursor.fetchall():
            mine.setdefault(int(comment_id), set()).add(kind)
    return {pk: frozenset(kinds) for pk, kinds in mine.items()}


def team_member_ids(user_ids: set[int]) -> frozenset[int]:
    """Which of ``user_ids`` are staff or moderators (their replies carry a badge). One query."""
    if not user_ids:
        return frozenset()
    team = User.objects.filter(pk__in=user_ids).filter(_team_q())
    return frozenset(team.values_list("pk", flat=True).distinct())


def assemble(roots: list[CommentRow], replies: list[CommentRow]) -> list[ThreadNode]:
    """Build the displayed tree. Replies whose parent is not visible are dropped
    (a hidden parent hides its subtree). Replies below the indentation limit
    are flattened under their deepest indented ancestor, oldest first, and
    name the comment they answer."""
    max_indent = settings.THREADS_MAX_INDENT
    by_parent: dict[int, list[CommentRow]] = {}
    for reply in replies:
        by_parent.setdefault(reply.parent_id, []).append(reply)
    by_id = {c.pk: c for c in (*roots, *replies)}

    def flattened(comment: CommentRow) -> list[ThreadNode]:
        out: list[ThreadNode] = []
        stack = list(reversed(by_parent.get(comment.pk, [])))
        while stack:
            reply = stack.pop()
            out.append(ThreadNode(comment=reply, indent=max_indent, answers=by_id.get(reply.parent_id)))
            stack.extend(reversed(by_parent.get(reply.pk, [])))
        return out

    def build(comment: CommentRow, indent: int) -> ThreadNode:
        node = ThreadNode(comment=comment, indent=indent)
        if indent + 1 >= max_indent:
            for child in by_parent.get(comment.pk, []):
                child_node = ThreadNode(comment=child, indent=max_indent)
                node.children.append(child_node)
                node.children.extend(flattened(child))
        else:
            node.children = [build(child, indent + 1) for child in by_parent.get(comment.pk, [])]
        return node

    return [build(root, 0) for root in roots]


def comment_page_number(*, comment: Comment, viewer: User | AnonymousUser, order: str = OLDEST) -> int:
    """The page of the thread (in ``order``) on which ``comment`` appears."""
    root = comment if comment.root_id is None else Comment.objects.only("created_at").get(pk=comment.root_id)
    roots = _roots(article=comment.article, viewer=viewer, order=order)
    if order == NEWEST:
        before = roots.filter(Q(created_at__gt=root.created_at) | Q(created_at=root.created_at, id__gt=root.pk))
    else:
        before = roots.filter(Q(created_at__lt=root.created_at) | Q(created_at=root.created_at, id__lt=root.pk))
    return before.count() // settings.THREADS_PAGE_SIZE + 1


def follow_state(*, user: User | AnonymousUser, article: Article) -> bool:
    """True when ``user`` follows ``article``'s thread."""
    return is_following(user=user, target=article)
