"""The comment tree's markup, rendered in Python and cached per comment.

A comment's public markup (``Fragment``) depends only on: the comment row
(whose ``version`` every write bumps, a reaction toggled too, and so does
deleting an account for the comments its reactions leave), its author's
name and team badge, whom it answers, and the article's address. The page's
light query reads exactly the values of the key (``fragment_key``): the row's
``version`` stands for its text, notices and reaction counts, which are read
(``selectors.load_full``) only for the comments whose fragment is missing. So
a fragment can never be served stale by any worker, on the local-memory
cache or on Redis: a removed, held or edited comment has a new ``version``,
hence a new key, on the very next request.

What is personal to the reader (own reactions pressed, "You flagged this",
edit and delete on their own comments, moderator controls, "New" since
their last visit, the outcome of what they just did) is not rendered per
comment: the fragment keeps those controls as ready-made strings (slots)
and ``thread_html`` picks among them, so none of it is ever in the cache.
What every reader sees is in the fragment: the initials avatar (``avatar``),
the time (absolute: static/js/site.js shows it as "3 hours ago"), the one
calm "Not medical advice — why?" label, the reaction counts.

Controls stay real buttons that work without JavaScript, without a form
each: one GET form per page (``GO_FORM``, to ``comments/go/``, which
redirects to the reply, edit, delete, flag or remove page) serves every such
button through the ``form`` attribute (``name`` is the action, ``value`` the
comment id); for a signed-in reader the whole list sits inside one POST form
to ``react/`` whose buttons are named ``<comment id><kind letter>`` (no
value: the page has ~450 of them). Reply is
the one full button; Flag, edit, delete and the comment's link sit in a
small "More" ``<details>`` menu. Long lists of replies fold into a
``<details>`` too. Buttons carry no classes, and class names are short (the
page repeats them ~150 times; see static/css/site.css, "Threads").
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from threads.models import Article, Comment, Reaction
from threads.selectors import FLAGGED, RECENT, CommentRow, ThreadNode, load_full, remember_recent

_KINDS = tuple(Reaction.Kind.values)
_KIND_CHOICES = tuple(Reaction.Kind.choices)

RENDER_VERSION = "5"  # bump when the markup below changes
CACHE_SECONDS = 7 * 24 * 3600
GO_FORM = "go"
REACT_FORM = "thread-react"
# One letter per reaction kind in the reaction buttons' name (the page has ~450 of them).
KIND_LETTERS = {"helpful": "h", "thanks": "t", "me_too": "m"}
LETTER_KINDS = {letter: kind for kind, letter in KIND_LETTERS.items()}
# A list of replies longer than REPLIES_SHOWN + 1 shows its first REPLIES_SHOWN
# and folds the rest into a <details> ("Show 12 more replies"): no JavaScript.
REPLIES_SHOWN = 3
AVATAR_COLOURS = 8  # .c0 ... .c7 in site.css, each white text at 4.5:1 or more
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Reader:
    """What is personal to the reader of a thread page (read by the view's own queries).

    ``seen_before``: comments by others created after it are marked new
    (``services.article_visit``); ``feedback``: the one-time outcome of what
    the reader just did, as (comment id, markup) (``threads.feedback``);
    ``mine``: their reactions and flags by comment id (``ThreadPage.mine``).
    """

    user_id: int | None = None
    moderator: bool = False
    editable_since: datetime | None = None
    help_resources: tuple[tuple[str, str], ...] = ()  # crisis lines for the reader's country, first
    seen_before: datetime | None = None
    feedback: tuple[int, str] | None = None
    mine: Mapping[int, frozenset[str]] = field(default_factory=dict)  # ``ThreadPage.mine``: own reactions, flags

    @property
    def signed_in(self) -> bool:
        return self.user_id is not None


@dataclass(frozen=True)
class Fragment:
    """One comment's markup, the same for every reader, with slots for what is personal.

    ``head`` opens its ``<article>`` and header (avatar, name, time) and stops
    before ``</header>`` (the overlay may add "New" there); ``body`` follows
    the header: the waiting notice, the advice label and the text.
    ``interactive`` is False for tombstones and comments waiting for review
    (no reactions, no actions). ``counts`` shows the reaction counts to readers
    who cannot react; ``buttons`` holds, per reaction kind, the button not
    pressed and pressed. ``menu`` opens the "More" ``<details>`` with the
    comment's link; the overlay adds ``flag``, ``edit``, ``delete`` or
    ``moderate`` to it and closes it.
    """

    head: str
    body: str
    interactive: bool
    counts: str = ""
    buttons: tuple[tuple[str, str], ...] = ()
    reply: str = ""
    menu: str = ""
    flag: str = ""
    edit: str = ""
    delete: str = ""
    moderate: str = ""
    # The overlay for a signed-in reader with nothing of their own on it (see ``_personal``).
    plain: str = ""


_URLS: dict[str, str] = {}


def _url(name: str) -> str:
    if name not in _URLS:
        _URLS[name] = reverse(name)
    return _URLS[name]


def author_name(comment: CommentRow | None, *, default: str = "Former member") -> str:
    return comment.author_name if comment is not None and comment.author_id else default


def answers_label(node: ThreadNode) -> str:
    """"replying to …" for a flattened deep reply, else ''."""
    answered = node.answers
    if answered is None:
        return ""
    return "a deleted comment" if answered.is_tombstone else author_name(answered, default="a former member")


def fragment_key(comment: CommentRow, *, answers: str, slug: str) -> str:
    """The cache key: the comment's ``version`` (which stands for its text,
    notices and reaction counts: every write to them bumps it) plus the values
    its markup shows that live outside the row (author's name and badge, whom
    it answers, the article's address) and its status and creation time to the
    microsecond (so that a database restored or re-seeded under a warm cache,
    reusing ids and versions, does not match an old fragment). Hashing them
    costs microseconds per comment."""
    c = comment
    inputs = (c.author_id, author_name(c), c.author_team, answers, slug, c.status, c.created_at)
    digest = hashlib.blake2b(repr(inputs).encode(), digest_size=8).hexdigest()
    return f"thread:{RENDER_VERSION}:{c.pk}:{c.version}:{digest}"


def _when(moment: datetime) -> str:
    """The time, absolute (the page is cached): static/js/site.js shows it as
    "3 hours ago" and keeps the full date as the element's title."""
    local, utc = timezone.localtime(moment), moment.astimezone(UTC)
    return f'<time datetime="{utc:%Y-%m-%dT%H:%MZ}">{local.day} {_MONTHS[local.month - 1]} {local:%Y, %H:%M}</time>'


def initials(name: str) -> str:
    """One or two capital letters for a pseudonym: "river_walker" -> "RW",
    "JaneSmithson" -> "JS", "kai" -> "K" (digits only when there is nothing else)."""
    words = [word for word in re.split(r"[\W_]+", name) if word]
    letters = [word for word in words if not word.isdigit()] or words
    if len(letters) == 1:
        word = letters[0]
        humps = [i for i in range(1, len(word)) if word[i].isupper() and word[i - 1].islower()]
        if humps:
            letters = [word, word[humps[0]:]]
    return "".join(word[0] for word in letters[:2]).upper() or "?"


def avatar(name: str) -> str:
    """The initials avatar: generated from the pseudonym, its colour picked by a
    hash of it (the same on every page). Decorative: the name follows it."""
    colour = int.from_bytes(hashlib.blake2b(name.encode(), digest_size=2).digest(), "big") % AVATAR_COLOURS
    return f'<span class="av c{colour}" aria-hidden="true">{escape(initials(name))}</span>'


def _go(pk: int, action: str, label: str, hidden: str) -> str:
    return (f'<button form="{GO_FORM}" name="{action}" value="{pk}">{label}'
            f'<span class="vh"> {hidden}</span></button>')


# The one calm label of a comment that carries the medical-advice notice or
# asks for advice (the thread's own note, once per page, says the rest).
_LABEL = '<details class="na"><summary>Not medical advice — why?</summary>{}</details>'
_WHY_ANSWER = "One member’s experience. Talk to your neurologist or MS nurse before changing treatment."
_WHY_QUESTION = "Answers are members’ experiences. Ask your neurologist or MS nurse."


def render_fragment(comment: CommentRow, *, answers: str, slug: str) -> Fragment:
    """Render ``comment``'s public markup (see ``Fragment``), after ``load_full``.
    Pure: depends only on the key's inputs and the row's ``version``."""
    c = comment
    pk = c.pk
    name = escape(author_name(c))
    if c.is_tombstone:
        who = f"<b>{escape(c.get_status_display())}</b>"
    else:
        who = f"{avatar(c.author_name) if c.author_id else ''}<b>{name}</b>"
        if c.author_team:
            who += ' <span class="badge">MS Community team</span>'
    if answers:
        who += f' <span class="answers">replying to {escape(answers)}</span>'
    edited = ' <span class="edited">edited</span>' if c.edited_at else ""
    head = f"<article><header>{who} {_when(c.created_at)}{edited}"
    parts = []
    if c.status == Comment.Status.HELD:
        reason = f". It waits because {escape(c.status_reason)}" if c.status_reason else ""
        parts.append('<p class="status-held"><strong>Waiting for review.</strong> Only you can see this comment '
                     f"until a moderator has read it{reason}.</p>")
    if not c.is_tombstone:
        if c.medical_notice or c.help_note:
            parts.append(_LABEL.format(_WHY_QUESTION if c.help_note else _WHY_ANSWER))
        parts.append(f'<div class="cb">{c.body_html}</div>')
    body = "".join(parts)
    if c.status != Comment.Status.PUBLISHED:
        return Fragment(head=head, body=body, interactive=False)

    counted = [(kind, label, n) for (kind, label), n in zip(_KIND_CHOICES, c.counts, strict=True)]
    counts = " ".join(f"<span>{label} {n}</span>" for _, label, n in counted if n)
    buttons = tuple(
        tuple(f'<button name="{pk}{KIND_LETTERS[kind]}" aria-pressed="{pressed}">{label}'
              f"{f' {n}' if n else ''}</button>" for pressed in ("false", "true"))
        for kind, label, n in counted
    )
    fragment = Fragment(
        head=head, body=body, interactive=True,
        counts=f'<p class="rc">{counts}</p>' if counts else "",
        buttons=buttons,  # type: ignore[arg-type]
        reply=_go(pk, "reply", "Reply", f"to {name}"),
        menu=f'<details><summary>More</summary>'
             f'<a href="{_comment_url(slug, pk)}">Link to this comment</a>',
        flag=_go(pk, "flag", "Flag", "this comment"),
        edit=_go(pk, "edit", "Edit", "your comment"),
        delete=_go(pk, "delete", "Delete", "your comment"),
        moderate=_go(pk, "moderate", "Edit", "as moderator") + _go(pk, "remove", "Remove", "this comment"),
    )
    # Most comments a member reads carry nothing of their own: laid over once, here.
    plain = head + "</header>" + body + _overlay(fragment, own=False, mine=frozenset(), comments_open=True,
                                                 moderator=False, editable=False, signed_in=True)
    return dataclasses.replace(fragment, plain=plain)


def _comment_url(slug: str, pk: int) -> str:
    """``threads:comment``'s address, from one ``reverse`` per process (a marker swapped for the values)."""
    template = _URLS.get("threads:comment")
    if template is None:
        template = _URLS["threads:comment"] = reverse("threads:comment", kwargs={"slug": "SLUG", "pk": 0})
    before, after = template.split("SLUG", 1)
    middle, tail = after.rsplit("/0/", 1)
    return f"{before}{slug}{middle}/{pk}/{tail}"


def fragments(nodes: Iterable[ThreadNode], *, article: Article, shared_key: str | None = None) -> dict[int, Fragment]:
    """Every comment's fragment, by id: one ``get_many`` from the cache; for the
    misses one query for their text and counts (``load_full``), then they are
    rendered and stored with one ``set_many``. The page's set is stored too,
    and read first: under ``shared_key`` when the tree is the one every reader
    sees (``ThreadPage.shared_key``, which names the very rows of the tree),
    else under a key made of all the fragments' keys. A miss whose row
    changed between the two queries is rendered but not stored (its key names
    the older version)."""
    slug = article.slug
    if shared_key is not None:
        page_key = f"threadpage:{RENDER_VERSION}:{shared_key}:{slug}"
        page = _recent_pages.get(page_key)
        if page is None:
            page = cache.get(page_key)
        if page is not None:
            remember_recent(_recent_pages, page_key, page)
            return page
    keyed: dict[str, tuple[CommentRow, str]] = {}
    stack = list(nodes)
    while stack:
        node = stack.pop()
        answers = answers_label(node)
        keyed[fragment_key(node.comment, answers=answers, slug=slug)] = (node.comment, answers)
        stack.extend(node.children)
    if shared_key is None:
        # The whole page's fragments under one key made of all theirs: one cache
        # read (and one unpickling) on a warm page instead of one per comment.
        page_key = (f"threadpage:{RENDER_VERSION}:"
                    + hashlib.blake2b("\n".join(keyed).encode(), digest_size=16).hexdigest())
        page = cache.get(page_key)
        if page is not None:
            return page
    found = cache.get_many(list(keyed))
    stored = True
    if len(found) < len(keyed):
        load_full([comment for key, (comment, _) in keyed.items() if key not in found])
        missing = {key: render_fragment(comment, answers=answers, slug=slug)
                   for key, (comment, answers) in keyed.items() if key not in found}
        current = {key: fragment for key, fragment in missing.items()
                   if keyed[key][0].full_version == keyed[key][0].version}
        cache.set_many(current, CACHE_SECONDS)
        stored = len(current) == len(missing)
        found.update(missing)
    page = {comment.pk: found[key] for key, (comment, _) in keyed.items()}
    if stored:
        cache.set(page_key, page, CACHE_SECONDS)
        if shared_key is not None:
            remember_recent(_recent_pages, page_key, page)
    return page


# The latest shared pages' fragments, kept in this process as well: a busy page
# is then read without unpickling ~150 fragments on every view. Safe for the
# same reason the cache is: the key names the very rows the page shows, and
# fragments are immutable. Bounded, oldest forgotten first.
_recent_pages: dict[str, dict[int, Fragment]] = {}
RECENT_PAGES = RECENT  # its bound (``selectors.remember_recent``)


def _build_fingerprint() -> str:
    """What the whole page's markup depends on besides the database: the
    templates and this module (read once per process) and the static files'
    manifest, so a deploy never serves a page cached by the previous one."""
    from django.conf import settings

    digest = hashlib.blake2b(RENDER_VERSION.encode(), digest_size=8)
    roots = [Path(d) for engine in settings.TEMPLATES for d in engine.get("DIRS", [])]
    files = sorted(f for root in roots if root.is_dir() for f in root.rglob("*.html"))
    manifest = Path(settings.STATIC_ROOT or "") / "staticfiles.json" if settings.STATIC_ROOT else None
    for path in [*files, Path(__file__), *([manifest] if manifest and manifest.is_file() else [])]:
        digest.update(path.read_bytes())
    return digest.hexdigest()


_BUILD: list[str] = []


def visitor_page_key(article: Article, *, page: str, order: str) -> str | None:
    """The cache key of a visitor's (signed-out reader's) whole thread page, or
    None when the request should not be cached (an odd page number).

    Keyed by ``article.thread_version``, which database triggers bump on every
    change to what the page shows (its comments, their authors' names and
    badges; see threads migration 0008), plus the article's own row as the
    page's one query read it (``updated_at``, its author's name, its linked
    treatments) and the deploy (``_build_fingerprint``). So, like the
    fragments, a cached page can never be stale on any worker or backend.
    """
    if not (page.isdigit() and len(page) <= 6):
        return None
    if not _BUILD:
        _BUILD.append(_build_fingerprint())
    inputs = (article.updated_at, article.author.username if article.author else "",
              getattr(article, "treatments_packed", ""), article.slug, article.comments_open, page, order)
    digest = hashlib.blake2b(repr(inputs).encode(), digest_size=12).hexdigest()
    return f"visitorpage:{_BUILD[0]}:{article.pk}:{article.thread_version}:{digest}"


def support_box(comment: Comment | CommentRow, *, resources: Iterable[tuple[str, str]]) -> str:
    """The help box its author sees beside a post that suggested a crisis or
    distress (``comment.support``): personal, so never in the cached fragment."""
    crisis = comment.support == "crisis"
    heading = "Help is available now" if crisis else "If you’re having a hard time"
    items = "".join(f"<li><strong>{escape(place)}:</strong> {escape(how)}</li>" for place, how in resources)
    href = _url("pages:crisis_support") + ("" if crisis else "?kind=distress")
    return (f'<aside class="crisis-resources support-{escape(comment.support)}" '
            f'aria-labelledby="comment-{comment.pk}-support"><h3 id="comment-{comment.pk}-support">{heading}</h3>'
            f'{f"<ul>{items}</ul>" if items else ""}<p><a href="{href}">Where to get help right now</a></p></aside>')


def _personal(fragment: Fragment, comment: CommentRow, *, reader: Reader, comments_open: bool,
              feedback: str = "", new: bool = False) -> str:
    """The fragment with the reader's own state laid over it (no rendering):
    "New", the outcome of what they just did (``feedback``), their reactions
    pressed, "You flagged this", their own comments' and moderators' actions."""
    own = reader.signed_in and comment.author_id == reader.user_id
    mine = reader.mine.get(comment.pk, _NOTHING)
    if (fragment.plain and reader.signed_in and not own and not mine and not new and not feedback
            and comments_open and not reader.moderator):
        return fragment.plain
    parts = [fragment.head, ' <strong class="new">New</strong></header>' if new else "</header>", feedback,
             fragment.body]
    if own and comment.support and not comment.is_tombstone:
        parts.append(support_box(comment, resources=reader.help_resources))
    editable = own and reader.editable_since is not None and comment.created_at >= reader.editable_since
    parts.append(_overlay(fragment, own=own, mine=mine, comments_open=comments_open, moderator=reader.moderator,
                          editable=editable, signed_in=reader.signed_in, feedback=bool(feedback)))
    return "".join(parts)


def _overlay(fragment: Fragment, *, own: bool, mine: frozenset[str], comments_open: bool, moderator: bool,
             editable: bool, signed_in: bool, feedback: bool = False) -> str:
    """What follows a fragment's body for one reader: their flag note, the
    reaction buttons (pressed where they reacted) or the counts, and the
    actions open to them; with ``Fragment.head`` and ``body`` before it, the
    whole comment (``Fragment.plain`` is this for a reader with nothing of
    their own on it)."""
    if not fragment.interactive:
        return "</article>"
    parts = []
    flagged = FLAGGED in mine
    if flagged and not feedback:
        parts.append('<p class="mine">You flagged this for the moderators.</p>')
    reacts = signed_in and not own
    if not reacts:
        parts.append(fragment.counts)
    parts.append('<div class="ca">')
    if comments_open:
        parts.append(fragment.reply)
    if reacts:
        parts.extend(pair[kind in mine] for kind, pair in zip(_KINDS, fragment.buttons, strict=True))
    parts.append(fragment.menu)
    if own:
        if editable:
            parts.append(fragment.edit)
        parts.append(fragment.delete)
    elif not flagged:
        parts.append(fragment.flag)
    if moderator:
        parts.append(fragment.moderate)
    parts.append("</details></div></article>")
    return "".join(parts)


def node_ids(nodes: Iterable[ThreadNode]) -> set[int]:
    """The ids of every comment in the tree."""
    ids: set[int] = set()
    stack = list(nodes)
    while stack:
        node = stack.pop()
        ids.add(node.comment.pk)
        stack.extend(node.children)
    return ids


def thread_html(nodes: list[ThreadNode], *, article: Article, reader: Reader, csrf_input: str = "",
                shared_key: str | None = None) -> SafeString:
    """The thread's list: cached fragments joined with the reader's overlay.
    For a signed-in reader the list sits inside the reaction form (``csrf_input``
    is its hidden CSRF field); the GET form ``GO_FORM`` is the template's.

    Long lists of replies fold after ``REPLIES_SHOWN`` into a ``<details>``
    (open when it holds the comment the reader's ``feedback`` is about). With
    ``reader.seen_before``, comments by others written since are marked "New"
    and a line above the list counts them and links to the first."""
    if not nodes:
        return mark_safe("")
    csrf_input_given = csrf_input
    # A member with nothing of their own on a shared page reads the same list as
    # every such member: joined once per process, their CSRF field swapped in.
    plain_key = None
    if (shared_key is not None and reader.signed_in and not reader.moderator and reader.feedback is None
            and article.comments_open and not _anything_of_theirs(nodes, reader)):
        plain_key = f"{shared_key}:{article.slug}"
        if (joined := _plain_lists.get(plain_key)) is not None:
            return mark_safe(joined.replace(_CSRF_MARK, csrf_input, 1))  # noqa: S308 - built below
        csrf_input = _CSRF_MARK
    by_id = fragments(nodes, article=article, shared_key=shared_key)
    react = _URLS.get("threads:article_react")
    if react is None:
        react = _URLS["threads:article_react"] = reverse("threads:article_react", kwargs={"slug": "SLUG"})
    react = react.replace("SLUG", article.slug, 1)
    out: list[str] = [f'<form id="{REACT_FORM}" method="post" action="{react}">{csrf_input}' if reader.signed_in else "",
                      '<ol class="comment-list">']
    seen, me, comments_open = reader.seen_before, reader.user_id, article.comments_open
    feedback_for, feedback = reader.feedback or (None, "")
    new_ids: list[int] = []

    def walk(node: ThreadNode, out: list[str]) -> tuple[int, int, bool]:
        """Write ``node`` and its replies; return how many comments, how many new, and whether the feedback's."""
        c = node.comment
        new = seen is not None and c.created_at > seen and c.author_id != me and not c.is_tombstone
        if new:
            new_ids.append(c.pk)
        here = c.pk == feedback_for
        css = " comment-tombstone" if c.is_tombstone else ""
        if here:
            css += " hl"
        out.append(f'<li id="comment-{c.pk}" class="{css[1:]}">' if css else f'<li id="comment-{c.pk}">')
        out.append(_personal(by_id[c.pk], c, reader=reader, comments_open=comments_open,
                             feedback=feedback if here else "", new=new))
        total, fresh = 1, int(new)
        children = node.children
        if children:
            shown = children if len(children) <= REPLIES_SHOWN + 1 else children[:REPLIES_SHOWN]
            out.append('<ol class="replies">')
            for child in shown:
                n, f, h = walk(child, out)
                total, fresh, here = total + n, fresh + f, here or h
            out.append("</ol>")
            if len(shown) < len(children):
                folded: list[str] = []
                hidden = hidden_new = 0
                inside = False
                for child in children[len(shown):]:
                    n, f, h = walk(child, folded)
                    hidden, hidden_new, inside = hidden + n, hidden_new + f, inside or h
                label = f"Show {hidden} more replies" + (f" ({hidden_new} new)" if hidden_new else "")
                out.append(f'<details class="mr"{" open" if inside else ""}><summary>{label}</summary>'
                           '<ol class="replies">')
                out.extend(folded)
                out.append("</ol></details>")
                total, fresh, here = total + hidden, fresh + hidden_new, here or inside
        out.append("</li>")
        return total, fresh, here

    for node in nodes:
        walk(node, out)
    out.append("</ol></form>" if reader.signed_in else "</ol>")
    if new_ids:
        count = len(new_ids)
        out.insert(0, f'<p class="new-sum"><a href="#comment-{new_ids[0]}">{count} new '
                      f'comment{"s" if count != 1 else ""}</a> since your last visit</p>')
    # Everything above is escaped here or is sanitizer output (body_html).
    joined = "".join(out)
    if plain_key is not None:
        remember_recent(_plain_lists, plain_key, joined)
        joined = joined.replace(_CSRF_MARK, csrf_input_given, 1)
    return mark_safe(joined)  # noqa: S308


_NOTHING: frozenset[str] = frozenset()
_CSRF_MARK = "\x00csrf\x00"  # cannot occur in escaped markup
_plain_lists: dict[str, str] = {}


def _anything_of_theirs(nodes: Iterable[ThreadNode], reader: Reader) -> bool:
    """Whether the page holds anything personal to ``reader``: their own
    comment, their reaction or flag, or a comment new to them."""
    me, seen = reader.user_id, reader.seen_before
    stack = list(nodes)
    while stack:
        node = stack.pop()
        c = node.comment
        if c.author_id == me or c.pk in reader.mine or (seen is not None and c.created_at > seen):
            return True
        stack.extend(node.children)
    return False
