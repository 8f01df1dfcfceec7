"""What a search box query means: words, each with the names it stands for.

Pure functions apart from :func:`parse`'s one reader of the treatment
vocabulary (passed in, so tests can give their own).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
MAX_WORD_LENGTH = 40
_WORD_RE = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Query:
    """A parsed query: ``groups`` are joined by AND; the alternatives inside
    a group (a word and, for a treatment, all its names) by OR. Each
    alternative is a tuple of words (a phrase)."""

    text: str
    groups: tuple[tuple[tuple[str, ...], ...], ...]

    @property
    def empty(self) -> bool:
        return not self.groups

    @property
    def highlight_words(self) -> frozenset[str]:
        """Every word worth marking in a snippet, lower case."""
        return frozenset(w for group in self.groups for phrase in group for w in phrase)


def words_of(text: str) -> list[str]:
    """The words of ``text``, lower case (letters, digits, underscores; any script)."""
    return [w.lower() for w in _WORD_RE.findall(text)]


def parse(text: object, *, variants: Callable[[str], tuple[str, ...]]) -> Query:
    """Turn what was typed into a :class:`Query`. Never raises: anything that
    is not a string, or has no word, gives an empty query. At most
    ``MAX_WORDS`` words of at most ``MAX_WORD_LENGTH`` characters are kept.
    ``variants(word_or_phrase)`` returns every name of the treatment it names
    (synonyms and misspellings through the one vocabulary), or ``()``; the
    whole query is tried first ("vitamin d"), then each word."""
    if not isinstance(text, str):
        return Query("", ())
    text = " ".join(text[:MAX_QUERY_LENGTH].split())
    words = [w for w in words_of(text) if len(w) <= MAX_WORD_LENGTH][:MAX_WORDS]
    if not words:
        return Query(text, ())
    whole = _phrases(variants(" ".join(words))) if len(words) > 1 else ()
    if whole:
        return Query(text, (tuple(dict.fromkeys(((*words,), *whole))),))
    groups = []
    for word in dict.fromkeys(words):
        names = _phrases(variants(word)) if len(word) >= 3 else ()
        groups.append(tuple(dict.fromkeys(((word,), *names))))
    return Query(text, tuple(groups))


def _phrases(names: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(p for p in (tuple(words_of(name)) for name in names) if p)
