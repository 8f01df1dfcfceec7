"""Cheap gates before costly patterns: literal keys every match holds, all found in one pass.

Pure Python. :func:`required_keys` reads a compiled pattern and returns a set
of literal strings at least one of which occurs in every match (or None). A
:class:`KeyFinder` holds many such keys and finds which occur in a text with
one regular-expression scan (the keys arranged as a trie, so each position
costs one dispatch, not one comparison per key): exactly
``{k for k in keys if k in text}``, several times faster. A :class:`Gate`
gives, for a list of items each with its keys (or none: always run), the
items that can match a text, in order.

The engine gates its cue patterns with these (:func:`.engine.regex_hits`), and
the crisis step its vocabulary (:mod:`.crisis`): a pattern whose keys are all
absent from a text cannot match it and is not run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any


def required_keys(compiled: re.Pattern[str]) -> frozenset[str] | None:
    """A set of literal strings at least one of which occurs in every match of
    ``compiled``, or None when no useful set is found.

    Read from the parsed pattern: literal runs are required; a group or a
    repeat with a minimum of one passes on its children's set; an alternation
    needs a set from every branch (their union). Lookarounds, classes and
    optional parts contribute nothing. The set whose shortest member is longest
    wins, so the pre-check stays selective. For a pattern that ignores case the
    keys are in lower case (look for them in the lowered text); for one that
    does not they are as written, and a part that turns IGNORECASE on inline
    gives none.
    """
    import re._parser as sre_parse  # Python 3.11+

    fold = bool(compiled.flags & re.IGNORECASE)
    return _factors_of(list(sre_parse.parse(compiled.pattern, compiled.flags)), fold)


def _factors_of(items: list[Any], fold: bool) -> frozenset[str] | None:
    from re._constants import BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

    best: frozenset[str] | None = None

    def consider(cand: frozenset[str] | None) -> None:
        nonlocal best
        if not cand or min(len(c) for c in cand) < 2:
            return
        if best is None or min(len(c) for c in cand) > min(len(c) for c in best):
            best = cand

    run: list[str] = []
    for op, av in items:
        if op is LITERAL:
            run.append(chr(av).lower() if fold else chr(av))
            continue
        consider(frozenset({"".join(run)}) if run else None)
        run = []
        sub: frozenset[str] | None = None
        if op is SUBPATTERN:
            if fold or not av[1] & re.IGNORECASE:
                sub = _factors_of(list(av[-1]), fold)
        elif op is BRANCH:
            alts = [_factors_of(list(a), fold) for a in av[1]]
            if alts and all(a is not None for a in alts):
                sub = frozenset().union(*alts)  # type: ignore[arg-type]
        elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
            sub = _factors_of(list(av[2]), fold)
        consider(sub)
    consider(frozenset({"".join(run)}) if run else None)
    return best


def _trie_source(keys: Sequence[str]) -> str:
    """One pattern matching, at a position, the longest of ``keys`` that starts there."""
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # A key ending here: try the longer keys first (greedy), else stop here.
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


class KeyFinder:
    """Which of ``keys`` (non-empty strings) occur in a text.

    One scan with a lookahead at every position finds the longest key starting
    there (the keys form a trie, so one path is followed); every shorter key
    starting there is a prefix of it, so each longest key stands for the set of
    its prefixes among the keys (``prefixes``). :meth:`present` is exactly
    ``{k for k in keys if k in text}``."""

    __slots__ = ("_pattern", "keys", "prefixes")

    def __init__(self, keys: Sequence[str]) -> None:
        self.keys = frozenset(k for k in keys if k)
        ordered = sorted(self.keys)
        self._pattern = re.compile("(?=(" + _trie_source(ordered) + "))") if ordered else None
        self.prefixes: dict[str, frozenset[str]] = {
            k: frozenset(k[:n] for n in range(1, len(k) + 1) if k[:n] in self.keys) for k in ordered
        }

    def longest(self, text: str) -> set[str]:
        """The distinct keys found as the longest key at some position of ``text``."""
        return set(self._pattern.findall(text)) if self._pattern is not None else set()

    def present(self, text: str) -> set[str]:
        """Every key that occurs in ``text``."""
        found: set[str] = set()
        for key in self.longest(text):
            found |= self.prefixes[key]
        return found


class Gate:
    """Items (patterns, cues) each with its keys: :meth:`candidates` are the
    indexes of the items that can match a text, in order. An item with no keys
    is always a candidate; one with keys only when one of them is in the text."""

    __slots__ = ("_always", "_finder", "_items_of")

    def __init__(self, keys_per_item: Sequence[Sequence[str]]) -> None:
        self._finder = KeyFinder([k for keys in keys_per_item for k in keys])
        self._always = frozenset(i for i, keys in enumerate(keys_per_item) if not keys)
        by_key: dict[str, set[int]] = {}
        for i, keys in enumerate(keys_per_item):
            for k in keys:
                by_key.setdefault(k, set()).add(i)
        # A longest key found stands for each of its prefixes: its items are theirs together.
        self._items_of = {
            k: frozenset().union(*(by_key[p] for p in prefixes))
            for k, prefixes in self._finder.prefixes.items()
        }

    def candidates(self, text: str) -> list[int]:
        """Indexes of the items that can match ``text`` (for keys in lower case: the lowered text), ascending."""
        found = set(self._always)
        for key in self._finder.longest(text):
            found |= self._items_of[key]
        return sorted(found)
