"""Word lists compiled for fast look-up: :class:`Lexicon` and :func:`_lexicon`.

Pure Python. ``_lexicon(source)`` takes regular-expression alternatives
(``"pains?|numb\\w*|brain\\s+fog"``) and returns a :class:`Lexicon` whose
:meth:`Lexicon.positions` gives the start offsets of every match in a
lower-cased text, the same matches as one alternation compiled with
:func:`.document.rx`, found faster (plain words and stems by token look-up,
phrases keyed by their first word, only the rest as one regex).
"""

from __future__ import annotations

import re

from mscommunity.moderation.assessment.document import rx


class Lexicon:
    """Words to find in a text, compiled from regular-expression alternatives
    (``"pains?|numb\\w*|brain\\s+fog"``): plain words (with an optional
    plural ``s?``) go into a set and stems (``\\w*``) into a prefix tuple, both
    looked up per token; phrases that start with a whole word ("brain\\s+fog")
    are tried only where a token is that word; only the rest (optional
    separators, lookbehinds) stays one regex over the text. Much faster than
    one long alternation, with the same matches."""

    __slots__ = ("keyed", "phrases", "prefixes", "words")

    def __init__(
        self, words: frozenset[str], prefixes: tuple[str, ...], phrases: re.Pattern[str] | None,
        keyed: dict[str, re.Pattern[str]] | None = None,
    ) -> None:
        self.words = words
        self.prefixes = prefixes
        self.phrases = phrases
        self.keyed = keyed or {}

    def positions(self, low: str, tokens: list[tuple[int, str]]) -> list[int]:
        """Start offsets of every match in ``low`` (the text in lower case, cut into ``tokens``)."""
        words, prefixes = self.words, self.prefixes
        found = [pos for pos, tok in tokens if tok in words or (prefixes and tok.startswith(prefixes))]
        return found + self.phrase_positions(low, tokens)

    def phrase_positions(self, low: str, tokens: list[tuple[int, str]]) -> list[int]:
        """Start offsets of the phrases' matches only (the words are looked up by the caller)."""
        keyed = self.keyed
        found = [pos for pos, tok in tokens if tok in keyed and keyed[tok].match(low, pos)] if keyed else []
        if self.phrases is not None:
            found += [m.start() for m in self.phrases.finditer(low)]
        return found


# A phrase's first word, when a separator that must be there follows it ("brain\s+fog", "side[- ]effects?").
_KEY_RE = re.compile(
    r"(?:\(\?<!-\))?([a-z0-9]+)(?:$|(?=\\s\+|\\s(?![*?+{])|\[- \](?![*?{])|\[\\s\\-\](?![*?{])|-(?![*?{])|'(?![*?{])))"
)


# ... or each first word of a leading group of words ("(?:pension|isa)\s+funds?").
_KEY_GROUP_RE = re.compile(r"\(\?:([a-z0-9]+(?:\|[a-z0-9]+)*)\)(?=\\s\+|\\s(?![*?+{])|\[- \](?![*?{])|'(?![*?{]))")


def _lexicon(source: str) -> Lexicon:
    words: set[str] = set()
    prefixes: list[str] = []
    phrases: list[str] = []
    by_key: dict[str, list[str]] = {}
    depth, start, parts = 0, 0, []
    for i, ch in enumerate(source):
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    for part in parts:
        key = _KEY_RE.match(part)
        group = _KEY_GROUP_RE.match(part)
        if re.fullmatch(r"[a-z0-9]+", part):
            words.add(part)
        elif re.fullmatch(r"[a-z0-9]+s\?", part):
            words.update((part[:-2], part[:-1]))
        elif re.fullmatch(r"[a-z0-9]+\\w\*", part):
            prefixes.append(part[:-3])
        elif key:
            by_key.setdefault(key.group(1), []).append(part)
        elif group:
            for word in group.group(1).split("|"):
                by_key.setdefault(word, []).append(part)
        else:
            phrases.append(part)
    pattern = rx(r"\b(?:" + "|".join(phrases) + r")\b") if phrases else None
    keyed = {k: rx(r"(?:" + "|".join(v) + r")\b") for k, v in by_key.items()}
    return Lexicon(frozenset(words), tuple(prefixes), pattern, keyed)
