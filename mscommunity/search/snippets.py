"""Escaped snippets with the query's words marked, the same on every database."""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)


def _stem(word: str) -> str:
    """A crude stem for marking: enough that "walking" marks "walked"."""
    return word[: max(4, len(word) - 3)] if len(word) > 4 else word


def _marker(words: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for the tokens to mark, any case: one of ``words`` whole,
    or a word starting with one's stem. A snippet is one pass of it."""
    alternatives = sorted({re.escape(_stem(w)) + r"\w*" if len(w) > 3 else re.escape(w) + r"(?!\w)"
                           for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")", re.IGNORECASE) if alternatives else None


def snippet(text: str, words: Iterable[str], *, length: int = 240) -> SafeString:
    """At most ``length`` characters of ``text`` around the first marked word,
    HTML-escaped, each matching word wrapped in ``<mark>``. Plain text in,
    safe HTML out: nothing in ``text`` can become markup."""
    text = " ".join((text or "").split())
    marker = _marker(frozenset(w.lower() for w in words))
    found = marker.search(text) if marker else None
    first = found.start() if found else 0
    start = max(0, first - length // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    out: list[str] = ["… " if start else ""]
    cursor = start
    for mark in marker.finditer(text, start, end) if marker else ():
        if _TOKEN_RE.match(text, mark.end()):
            continue  # the window cut the word: left unmarked, as it is left out
        out.append(escape(text[cursor:mark.start()]))
        out.append(f"<mark>{escape(mark.group(0))}</mark>")
        cursor = mark.end()
    out.append(escape(text[cursor:end]))
    out.append(" …" if end < len(text) else "")
    return mark_safe("".join(out))  # noqa: S308 (every piece above is escaped)
