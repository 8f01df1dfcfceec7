"""Reads for articles and threads.

``thread_page`` returns one page of top-level comments with all their replies
in a constant number of queries (count, page of roots, their replies),
whatever the size of the thread, and assembles the tree in Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet

from mscommunity.accounts.models import User
from mscommunity.accounts.policy import EDITORS_GROUP, MODERATORS_GROUP
from mscommunity.notifications.selectors import is_following
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

    comment: Comment
    indent: int
    answers: Comment | None = None
    children: list[ThreadNode] = field(default_factory=list)


@dataclass(frozen=True)
class ReactionButton:
    kind: str
    label: str
    count: int
    pressed: bool


@dataclass
class ThreadPage:
    page: Page
    nodes: list[ThreadNode]
    order: str
    total_comments: int
    team_ids: frozenset[int] = frozenset()


def published_articles() -> QuerySet[Article]:
    return Article.objects.published().select_related("author")


def article_for_reader(*, slug: str, viewer: User | AnonymousUser) -> Article | None:
    """The article at ``slug`` if ``viewer`` may read it (staff may preview drafts)."""
    articles = Article.objects.all() if viewer.is_authenticated and viewer.is_staff else Article.objects.published()
    return articles.select_related("author").prefetch_related("related_treatments").filter(slug=slug).first()


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


def thread_page(
    *, article: Article, viewer: User | AnonymousUser, page: int | str = 1, order: str = OLDEST
) -> ThreadPage:
    """One page of top-level comments of ``article`` with all their visible replies."""
    order = NEWEST if order == NEWEST else OLDEST
    paginator = Paginator(_roots(article=article, viewer=viewer, order=order).select_related("author"),
                          settings.THREADS_PAGE_SIZE)
    page_obj = paginator.get_page(page)
    roots = list(page_obj.object_list)
    replies = list(
        visible_comments(article=article, viewer=viewer)
        .filter(root_id__in=[r.pk for r in roots])
        .select_related("author")
        .order_by("created_at", "id")
    )
    author_ids = {c.author_id for c in (*roots, *replies) if c.author_id}
    attach_reactions([*roots, *replies], viewer=viewer)
    return ThreadPage(
        page=page_obj, nodes=assemble(roots, replies), order=order, total_comments=len(roots) + len(replies),
        team_ids=team_member_ids(author_ids),
    )


def team_member_ids(user_ids: set[int]) -> frozenset[int]:
    """Which of ``user_ids`` are staff or moderators (their replies carry a badge). One query."""
    if not user_ids:
        return frozenset()
    team = User.objects.filter(pk__in=user_ids).filter(
        Q(is_staff=True) | Q(groups__name__in=[MODERATORS_GROUP, EDITORS_GROUP])
    )
    return frozenset(team.values_list("pk", flat=True).distinct())


def assemble(roots: list[Comment], replies: list[Comment]) -> list[ThreadNode]:
    """Build the displayed tree. Replies whose parent is not visible are dropped
    (a hidden parent hides its subtree). Replies below the indentation limit
    are flattened under their deepest indented ancestor, oldest first, and
    name the comment they answer."""
    max_indent = settings.THREADS_MAX_INDENT
    by_parent: dict[int, list[Comment]] = {}
    for reply in replies:
        by_parent.setdefault(reply.parent_id, []).append(reply)
    by_id = {c.pk: c for c in (*roots, *replies)}

    def flattened(comment: Comment) -> list[ThreadNode]:
        out: list[ThreadNode] = []
        stack = list(reversed(by_parent.get(comment.pk, [])))
        while stack:
            reply = stack.pop()
            out.append(ThreadNode(comment=reply, indent=max_indent, answers=by_id.get(reply.parent_id)))
            stack.extend(reversed(by_parent.get(reply.pk, [])))
        return out

    def build(comment: Comment, indent: int) -> ThreadNode:
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


def attach_reactions(comments: list[Comment], *, viewer: User | AnonymousUser) -> None:
    """Set ``comment.reaction_buttons`` (kind, label, count, pressed by viewer)
    on each comment: one query for the counts, one for the viewer's own."""
    ids = [c.pk for c in comments]
    counts: dict[tuple[int, str], int] = {}
    mine: set[tuple[int, str]] = set()
    if ids:
        for row in Reaction.objects.filter(comment_id__in=ids).values("comment_id", "kind").annotate(n=Count("id")):
            counts[(row["comment_id"], row["kind"])] = row["n"]
        if viewer.is_authenticated:
            mine = set(
                Reaction.objects.filter(comment_id__in=ids, member=viewer).values_list("comment_id", "kind")
            )
    for comment in comments:
        comment.reaction_buttons = [
            ReactionButton(kind, label, counts.get((comment.pk, kind), 0), (comment.pk, kind) in mine)
            for kind, label in Reaction.Kind.choices
        ]
        comment.reaction_total = sum(button.count for button in comment.reaction_buttons)


def follow_state(*, user: User | AnonymousUser, article: Article) -> bool:
    """True when ``user`` follows ``article``'s thread."""
    return is_following(user=user, target=article)
