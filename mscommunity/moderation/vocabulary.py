"""The matching machinery for a treatment vocabulary: terms in, mentions out.

Pure Python, no Django import, and no treatment data: the treatments app owns
the terms (``treatments.vocabulary.TREATMENTS`` seeds the rows staff edit) and
provides the compiled :class:`Vocabulary` to moderation through
:mod:`mscommunity.moderation.registry`. This module decides what a treatment
mention is, for the assessment, the directory search and the scrubber's list
of words that are never names (:attr:`Vocabulary.words`).

Contracts
---------
* :meth:`Vocabulary.find` returns the mentions of treatments in a text, in
  order of position, never overlapping, with ``text[start:end] == surface``.
  Matching is case-insensitive and on word boundaries; a single-word name of
  six letters or more is also found with one typo (one letter inserted,
  deleted, replaced, or two neighbours swapped), unless the typed word is an
  ordinary English word listed in :data:`NOT_TYPOS`.
* :meth:`Vocabulary.lookup` maps an exact name or synonym to its slug.
* :meth:`Vocabulary.search` maps a search box query to slugs, best first:
  exact names, then name prefixes (search as you type), then one-typo matches.
* :attr:`Vocabulary.words` is the set of lower-case words of every name and
  synonym (what the scrubber must never take for a person's name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from mscommunity.moderation.folding import foldable_text, folded

__all__ = ["EMPTY_VOCABULARY", "NOT_TYPOS", "TreatmentMention", "TreatmentTerm", "Vocabulary"]


@dataclass(frozen=True, slots=True)
class TreatmentTerm:
    """One treatment.

    ``ms_types`` lists the MS types the treatment is approved for (for
    procedures, lifestyle measures and off-label drugs: the types it is
    mainly used or studied in; empty when there is no approval at all).
    ``synonyms`` holds generic names, brand names and common misspellings;
    the canonical ``name`` is always matched too.
    """

    slug: str
    name: str
    kind: str
    description: str
    ms_types: tuple[str, ...]
    synonyms: tuple[str, ...] = ()

    @property
    def surfaces(self) -> tuple[str, ...]:
        """All the spellings that identify this treatment (name first)."""
        return (self.name, *self.synonyms)


@dataclass(frozen=True, slots=True)
class TreatmentMention:
    """A treatment found in a text: ``text[start:end] == surface``."""

    slug: str
    start: int
    end: int
    surface: str


# Ordinary words that sit one typo away from a treatment name: never read as
# a misspelt treatment. (Only names of six letters or more are typo-matched.)
NOT_TYPOS: frozenset[str] = frozenset({
    "physic", "physics", "physical", "meddle", "medals", "vitamins", "rebuff",
    "rebuffs", "rebirth", "gelatin", "extras",
})

_FUZZY_MIN_LEN = 6
_WORD_RE = re.compile(r"[^\W\d_](?:[\w\-]*[^\W\d_])?")


def _normalise(surface: str) -> str:
    """Lower-case a surface and fold hyphens and runs of spaces to one space."""
    return re.sub(r"[\s\-]+", " ", surface.strip().lower())


def _surface_pattern(surface: str) -> str:
    """Regex for one surface: spaces and hyphens inside it match either."""
    parts = re.split(r"[\s\-]+", surface.strip())
    return r"[\s\-]*".join(re.escape(p) for p in parts)


def _deletes(word: str) -> set[str]:
    """The word and every string made from it by deleting one letter."""
    return {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}


def _within_one_edit(a: str, b: str) -> bool:
    """True when a and b differ by at most one insert, delete, substitution
    or swap of two neighbouring letters (Damerau edit distance <= 1)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    if la > lb:
        a, b = b, a
    for i in range(len(a)):  # b is one letter longer than a
        if a[i] != b[i]:
            return a[i:] == b[i + 1:]
    return True


class Vocabulary:
    """A compiled set of treatment terms: build once, then match many texts.

    The treatments app builds one from the rows staff edit and provides it
    through :func:`mscommunity.moderation.registry.vocabulary`.
    """

    def __init__(self, terms: Iterable[TreatmentTerm]) -> None:
        self.terms: tuple[TreatmentTerm, ...] = tuple(terms)
        self._surface_to_slug: dict[str, str] = {}
        for term in self.terms:
            for surface in term.surfaces:
                if surface.strip():
                    self._surface_to_slug.setdefault(_normalise(surface), term.slug)
        alternatives = "|".join(
            _surface_pattern(s)
            for s in sorted(self._surface_to_slug, key=len, reverse=True)
        )
        # One regex for every exact surface; longest first ("CBD oil" > "CBD").
        self._exact_re = re.compile(
            rf"(?<!\w)(?:{alternatives or '(?!)'})(?!\w)", re.IGNORECASE
        )
        self._fuzzy_words: dict[str, str] = {
            s: slug
            for s, slug in self._surface_to_slug.items()
            if " " not in s and len(s) >= _FUZZY_MIN_LEN and s.isalpha()
        }
        # Symmetric-delete index: a word within one edit of a surface shares
        # at least one key with it; candidates are then checked exactly.
        self._delete_index: dict[str, set[str]] = {}
        for word in self._fuzzy_words:
            for key in _deletes(word):
                self._delete_index.setdefault(key, set()).add(word)
        self._fuzzy_cache: dict[str, str | None] = {}
        self.words: frozenset[str] = frozenset(
            w for surface in self._surface_to_slug for w in _WORD_RE.findall(surface) if len(w) >= 3
        )
        """Lower-case words (three letters or more) of every name and synonym."""

    def fuzzy_lookup(self, word: str) -> str | None:
        """The slug a lower-case word misspells by one typo, or None."""
        if word in self._fuzzy_cache:
            return self._fuzzy_cache[word]
        best: str | None = None
        if len(word) >= _FUZZY_MIN_LEN and word not in NOT_TYPOS:
            for key in _deletes(word):
                for cand in self._delete_index.get(key, ()):
                    if _within_one_edit(word, cand) and (best is None or cand < best):
                        best = cand
        slug = self._fuzzy_words[best] if best is not None else None
        if len(self._fuzzy_cache) < 20_000:
            self._fuzzy_cache[word] = slug
        return slug

    def find(self, text: str, low: str | None = None) -> list[TreatmentMention]:
        """Treatment mentions in ``text``: non-overlapping, sorted by ``start``,
        ``text[start:end] == surface``. Exact names (any case; spaces and hyphens
        inside multi-word names interchangeable) win over typo matches. ``[]``
        for an empty or non-string text. ``low``: ``text.lower()`` when the caller has it."""
        if not isinstance(text, str) or not text:
            return []
        mentions: list[TreatmentMention] = []
        taken: list[tuple[int, int]] = []
        if low is None:
            low = text.lower()
        # The same spans, found faster case-sensitively in the lowered text where that is exact.
        plain = folded(self._exact_re) if foldable_text(text, low) else None
        for m in plain.finditer(low) if plain is not None else self._exact_re.finditer(text):
            surface = text[m.start():m.end()]
            slug = self._surface_to_slug.get(_normalise(surface))
            if slug is not None:
                mentions.append(TreatmentMention(slug, m.start(), m.end(), surface))
                taken.append((m.start(), m.end()))
        for m in _WORD_RE.finditer(text):
            word = m.group(0)
            if len(word) < _FUZZY_MIN_LEN or not word.isalpha():
                continue
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            slug = self.fuzzy_lookup(word.lower())
            if slug is not None:
                mentions.append(TreatmentMention(slug, m.start(), m.end(), word))
        mentions.sort(key=lambda x: x.start)
        return mentions

    def lookup(self, name: str) -> str | None:
        """The slug whose name or synonym is exactly ``name`` (any case; spaces
        and hyphens interchangeable), or None. No typo matching."""
        if not isinstance(name, str):
            return None
        return self._surface_to_slug.get(_normalise(name))

    def search(self, query: str) -> list[str]:
        """Slugs matching a search box query, best first, without duplicates:
        an exact name or synonym; then names or synonyms with a word starting
        with the query (two characters or more); then a name within one typo."""
        if not isinstance(query, str):
            return []
        q = _normalise(query)
        if not q:
            return []
        found: dict[str, None] = {}
        if q in self._surface_to_slug:
            found[self._surface_to_slug[q]] = None
        if len(q) >= 2:
            for surface in sorted(self._surface_to_slug):
                words = surface.split(" ")
                if surface.startswith(q) or any(w.startswith(q) for w in words[1:]):
                    found.setdefault(self._surface_to_slug[surface], None)
        if " " not in q:
            slug = self.fuzzy_lookup(q)
            if slug is not None:
                found.setdefault(slug, None)
        return list(found)



EMPTY_VOCABULARY = Vocabulary(())
"""No treatment names at all (what the assessment uses when given none)."""
