"""One reading of the text, shared by every detector of one :func:`~mscommunity.privacy.scrub` call.

Internal.  Lower-casing and splitting into words is done once here instead of
once per detector; the detectors use :attr:`Doc.words` for cheap set tests
("is any sign-off word, platform name or street word in this text at all?")
before they run a regular expression, so most of them cost next to nothing on
a text that holds nothing for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_AZ = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")
# A capital A-Z right before a digit (maybe with a white space between) or right after one.
# Starts at the digit so that ``re`` skips ahead quickly.
_CAPITAL_DIGIT = re.compile(r"\d(?:(?<=[A-Z]\d)|(?<=[A-Z]\s\d)|[A-Z])")


class Doc:
    """The text, its lower-case form and its set of lower-case ASCII words.

    ``same_len``: lower-casing kept every offset (almost always true; some
    scripts change length), so patterns may run on ``low`` with offsets that
    index ``text``.  ``lower_text``: the writer used no capitals at all.
    ``words``: every maximal run of ``a``-``z`` in ``low`` ("i'm" gives "i"
    and "m").  ``allowed``, ``known`` and ``never`` are the scrub call's
    options (allowed link domains, the poster's account names, words never
    read as names).
    """

    __slots__ = ("_capital_digit", "allowed", "has_digit", "known", "low", "lower_text", "never", "same_len", "text",
                 "words")

    def __init__(
        self,
        text: str,
        *,
        allowed: tuple[str, ...] = (),
        known: tuple[str, ...] = (),
        never: Iterable[str] = (),
    ) -> None:
        self.text = text
        low = text.lower()
        self.low = low
        self.same_len = len(low) == len(text)
        self.lower_text = text.islower()
        self.words = frozenset(_AZ.findall(low))
        self.has_digit = _DIGIT.search(text) is not None
        self.allowed = allowed
        self.known = known
        self.never = never
        self._capital_digit: bool | None = None

    @property
    def capital_digit(self) -> bool:
        """A capital A-Z right before a digit (maybe with a white space between) or right after one
        ("AB123456C", "SW1A 1AA", "1EG4"): every NINO, MBI, UK postcode, codice fiscale and UK driving
        licence holds one.  Worked out on first use, once per text."""
        if self._capital_digit is None:
            self._capital_digit = self.has_digit and _CAPITAL_DIGIT.search(self.text) is not None
        return self._capital_digit


def word_starts(low: str, words: Iterable[str], start: int = 0) -> list[int]:
    """Sorted positions (from ``start``) where one of ``words`` (lower-case a-z) stands as a whole
    a-z word in ``low``: the letters before and after it are not a-z.

    Finds each word with ``str.find`` instead of walking every word of the text:
    callers pass only the words :attr:`Doc.words` says are present."""
    out: list[int] = []
    size = len(low)
    for w in words:
        n = len(w)
        i = low.find(w, start)
        while i != -1:
            j = i + n
            if (not i or not ("a" <= low[i - 1] <= "z")) and (j == size or not ("a" <= low[j] <= "z")):
                out.append(i)
            i = low.find(w, j)
    out.sort()
    return out


def doc_for(text: str, doc: Doc | None) -> Doc:
    """``doc`` when it reads ``text``, else a fresh reading (detectors called on their own)."""
    return doc if doc is not None and doc.text is text else Doc(text)
