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


def matches(token: str, words: frozenset[str]) -> bool:
    """Whether ``token`` (any case) is one of ``words`` or shares its stem."""
    token = token.lower()
    return token in words or any(len(w) > 3 and token.startswith(_stem(w)) for w in words)


def snippet(text: str, words: Iterable[str], *, length: int = 240) -> SafeString:
    """At most ``length`` characters of ``text`` around the first marked word,
    HTML-escaped, each matching word wrapped in ``<mark>``. Plain text in,
    safe HTML out: nothing in ``text`` can become markup."""
    text = " ".join((text or "").split())
    wanted = frozenset(w.lower() for w in words)
    tokens = list(_TOKEN_RE.finditer(text))
    first = next((t.start() for t in tokens if matches(t.group(0), wanted)), 0)
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
    for token in tokens:
        if token.start() < start or token.end() > end:
            continue
        if matches(token.group(0), wanted):
            out.append(escape(text[cursor:token.start()]))
            out.append(f"<mark>{escape(token.group(0))}</mark>")
            cursor = token.end()
    out.append(escape(text[cursor:end]))
    out.append(" …" if end < len(text) else "")
    return mark_safe("".join(out))  # noqa: S308 (every piece above is escaped)
