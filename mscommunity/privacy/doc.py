"""One reading of the text, shared by every detector of one :func:`~mscommunity.privacy.scrub` call.

Internal.  Lower-casing and splitting into words is done once here instead of
once per detector; the detectors use :attr:`Doc.words` for cheap set tests
("is any sign-off word, platform name or street word in this text at all?")
before they run a regular expression, so most of them cost next to nothing on
a text that holds nothing for them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import reduce
from operator import or_

_AZ = re.compile(r"[a-z]+")
# Every byte but a-z turned into a space: ``bytes.translate`` with a 256-byte table (a plain table
# look-up in C, several times faster than ``str.translate`` with a mapping).
_NOT_AZ_TO_SPACE = bytes(c if ord("a") <= c <= ord("z") else ord(" ") for c in range(256))
_DIGIT = re.compile(r"\d")
# In a text written in ASCII, ``\d`` is ``[0-9]``, which ``re`` tests faster: the ``*_ASCII``
# patterns here and in the detectors are the same patterns with that one change.
_DIGIT_ASCII = re.compile(r"[0-9]")
# A capital A-Z right before a digit (maybe with a white space between) or right after one.
# Starts at the digit so that ``re`` skips ahead quickly.
_CAPITAL_DIGIT = re.compile(r"\d(?:(?<=[A-Z]\d)|(?<=[A-Z]\s\d)|[A-Z])")
_CAPITAL_DIGIT_ASCII = re.compile(r"[0-9](?:(?<=[A-Z][0-9])|(?<=[A-Z]\s[0-9])|[A-Z])")


# Word facts.  Detectors ask "does any a-z word of the text belong to this list?" many times per
# text; rather than one set test per list (several against lists of tens of thousands of words),
# each list registers a test once (:func:`word_bit`), every word seen gets the bit mask of its
# tests, cached, and :attr:`Doc.mask` is the union of its words' masks.
_WORD_TESTS: list[Callable[[str], bool]] = []
_FACTS: dict[str, int] = {}
_FACTS_MAX = 50_000  # cleared when full: a stream of made-up words cannot grow it without bound


def word_bit(test: Callable[[str], bool]) -> int:
    """Register a test on one lower-case a-z word; return its bit in :attr:`Doc.mask`.

    Called at import time by the detector modules.  ``test`` must depend on the word alone
    (it is cached per word) and may load its lists on first use."""
    _WORD_TESTS.append(test)
    _FACTS.clear()
    return 1 << (len(_WORD_TESTS) - 1)


def word_in(words: Iterable[str]) -> int:
    """:func:`word_bit` for membership in a fixed list of words."""
    fixed = frozenset(words)
    return word_bit(fixed.__contains__)


def _mask_of(word: str) -> int:
    mask = 0
    for bit, test in enumerate(_WORD_TESTS):
        if test(word):
            mask |= 1 << bit
    return mask


def _learn(word: str) -> int:
    mask = _mask_of(word)
    if len(_FACTS) >= _FACTS_MAX:
        _FACTS.clear()
    _FACTS[word] = mask
    return mask


def words_mask(words: frozenset[str]) -> int:
    """The union of the word facts of ``words`` (see :func:`word_bit`)."""
    try:
        return reduce(or_, map(_FACTS.get, words), 0)  # the usual case: every word seen before
    except TypeError:  # a word not seen before (its fact is None)
        pass
    masks = list(map(_FACTS.get, words))
    if None in masks:  # words not seen before (never read back from the cache: another thread may clear it)
        masks = [_learn(w) if m is None else m for w, m in zip(words, masks, strict=True)]
    return reduce(or_, masks, 0)


class Doc:
    """The text, its lower-case form and its set of lower-case ASCII words.

    ``ascii``: the text is all ASCII.  ``same_len``: lower-casing kept every offset (almost always true; some
    scripts change length), so patterns may run on ``low`` with offsets that
    index ``text``.  ``lower_text``: the writer used no capitals at all.
    ``has_digit``: the text holds a digit; ``first_digit``: where the first one stands.
    ``words``: every maximal run of ``a``-``z`` in ``low`` ("i'm" gives "i"
    and "m"); ``mask``: the word facts of ``words`` (:func:`word_bit`), worked
    out on first use.  ``allowed``, ``known`` and ``never`` are the scrub call's
    options (allowed link domains, the poster's account names, words never
    read as names).
    """

    __slots__ = ("_capital_digit", "_mask", "allowed", "ascii", "first_digit", "has_digit", "known", "low", "lower_text",
                 "never", "same_len", "text", "words")

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
        self.ascii = text.isascii()
        # The a-z runs: in ASCII, every other character turned into a space and split (in C, several
        # times faster than the pattern, which makes one match object per word).
        self.words = frozenset(low.encode("ascii").translate(_NOT_AZ_TO_SPACE).decode("ascii").split() if self.ascii
                               else _AZ.findall(low))
        digit = (_DIGIT_ASCII if self.ascii else _DIGIT).search(text)
        self.has_digit = digit is not None
        # Where the first digit stands (0 when there is none): a pattern that starts with a digit
        # (``[0-9]`` in ASCII, ``\d`` otherwise) is searched from here, skipping the text before it.
        self.first_digit = digit.start() if digit is not None else 0
        self.allowed = allowed
        self.known = known
        self.never = never
        self._capital_digit: bool | None = None
        self._mask: int | None = None

    @property
    def mask(self) -> int:
        """The word facts of :attr:`words` (see :func:`word_bit`)."""
        if self._mask is None:
            self._mask = words_mask(self.words)
        return self._mask

    @property
    def capital_digit(self) -> bool:
        """A capital A-Z right before a digit (maybe with a white space between) or right after one
        ("AB123456C", "SW1A 1AA", "1EG4"): every NINO, MBI, UK postcode, codice fiscale and UK driving
        licence holds one.  Worked out on first use, once per text."""
        if self._capital_digit is None:
            rx = _CAPITAL_DIGIT_ASCII if self.ascii else _CAPITAL_DIGIT
            self._capital_digit = self.has_digit and rx.search(self.text, self.first_digit) is not None
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
