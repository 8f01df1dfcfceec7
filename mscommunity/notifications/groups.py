"""What other apps tell notifications about the things notifications are
grouped by, so notifications imports none of them.

A notification about something a member follows carries a ``group_key``
(``key("article", 12)`` is ``"article:12"``): the same key on the same day
makes one group on the notifications page, in the header count and in the
digest ("5 new comments in “Title”"). Apps register each prefix in
``AppConfig.ready``::

    groups.register("article", groups.GroupKind(
        summary=lambda count, title, personal: f"{count} new comments in “{title}”",
        personal_kinds=frozenset({"reply"}),
        snippets=notification_snippets,
    ))

``snippets`` receives, for each group key of a page, the ``source_id`` of
every notification in the group, and returns the snippet to show for the
groups it can: the start of the latest source still public, in its stored
(scrubbed) text, never raw text. It is called once per page with all the
page's groups, so it must answer in a constant number of queries.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field

SNIPPET_CHARS = 140


@dataclass(frozen=True)
class GroupKind:
    """How the notifications about one kind of thing are shown together.

    ``summary(count, title, personal)`` words a group of ``count`` (more than
    one) notifications about ``title``, ``personal`` of them of one of the
    ``personal_kinds`` (a reply to the member). ``snippets`` is described in
    the module docstring; None: the groups have no snippet.
    """

    summary: Callable[[int, str, int], str]
    personal_kinds: frozenset[str] = field(default_factory=frozenset)
    snippets: Callable[[Mapping[Hashable, list[int]]], dict[Hashable, str]] | None = None


_KINDS: dict[str, GroupKind] = {}


def register(prefix: str, kind: GroupKind) -> None:
    if not prefix.isidentifier() or ":" in prefix:
        raise ValueError(f"a group prefix is a plain word, not {prefix!r}")
    _KINDS[prefix] = kind


def key(prefix: str, pk: int) -> str:
    """The ``group_key`` for the thing ``pk`` of kind ``prefix``."""
    return f"{prefix}:{int(pk)}"


def split(group_key: str) -> tuple[str, int] | None:
    """``("article", 12)`` for ``"article:12"``; None for anything else."""
    prefix, _, pk = group_key.partition(":")
    if not prefix.isidentifier() or not pk.isdigit():
        return None
    return prefix, int(pk)


def kind_for(group_key: str) -> GroupKind | None:
    parts = split(group_key)
    return _KINDS.get(parts[0]) if parts else None


def personal_kinds() -> frozenset[str]:
    """Every registered personal kind (a filter for the grouping query)."""
    return frozenset().union(*(kind.personal_kinds for kind in _KINDS.values()))


def summary(group_key: str, count: int, title: str, personal: int) -> str:
    kind = kind_for(group_key)
    if kind is not None:
        return kind.summary(count, title, personal)
    return f"{count} new notifications about “{title}”"


def snippets(candidates: Mapping[tuple[str, object], list[int]]) -> dict[tuple[str, object], str]:
    """Snippets for groups identified by ``(group_key, day)``: one call per
    registered prefix present, whatever the number of groups."""
    by_prefix: dict[str, dict[tuple[str, object], list[int]]] = {}
    for group, ids in candidates.items():
        parts = split(group[0])
        if parts and ids and parts[0] in _KINDS and _KINDS[parts[0]].snippets is not None:
            by_prefix.setdefault(parts[0], {})[group] = ids
    found: dict[tuple[str, object], str] = {}
    for prefix, groups in by_prefix.items():
        found.update(_KINDS[prefix].snippets(groups))  # type: ignore[misc]
    return found


def shorten(text: str, limit: int = SNIPPET_CHARS) -> str:
    """``text`` on one line, cut at a word boundary near ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(" ,.;:") + "…"
