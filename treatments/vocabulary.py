"""The one treatment vocabulary, and the functions that find it in text.

Pure Python, no Django import: a data migration loads ``TREATMENTS`` into the
treatment models, and the text assessment (``mscommunity.moderation.assessment``)
uses it directly.

Contracts
---------
* ``TREATMENTS`` is a tuple of frozen :class:`TreatmentTerm`; slugs are unique,
  every ``kind`` is one of :data:`KINDS`, every MS type one of :data:`MS_TYPES`.
* :func:`find_treatments` returns the mentions of treatments in a text, in
  order of position, never overlapping, with ``text[start:end] == surface``.
  Matching is case-insensitive and on word boundaries; a single-word name of
  six letters or more is also found with one typo (one letter inserted,
  deleted, replaced, or two neighbours swapped), unless the typed word is an
  ordinary English word listed in :data:`_NOT_TYPOS`.
* :func:`lookup_treatment` maps an exact name or synonym to its slug.
* :func:`search_treatments` maps a search box query to slugs, best first:
  exact names, then name prefixes (search as you type), then one-typo matches.

Descriptions are short and neutral; they are not medical advice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

KINDS: tuple[str, ...] = ("dmt", "procedure", "symptom", "lifestyle")
MS_TYPES: tuple[str, ...] = ("CIS", "RRMS", "SPMS", "PPMS")
_ALL = MS_TYPES
_RELAPSING = ("CIS", "RRMS", "SPMS")


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


TREATMENTS: tuple[TreatmentTerm, ...] = (
    # Procedures
    TreatmentTerm(
        "ahsct", "AHSCT", "procedure",
        "Autologous haematopoietic stem cell transplantation: chemotherapy wipes "
        "out the immune system, which is rebuilt from the patient's own stem "
        "cells. Offered at specialised centres and in trials, mostly for highly "
        "active relapsing MS.",
        ("RRMS",),
        ("HSCT", "aHSCT", "stem cell transplant", "stem cell transplants",
         "stem cell transplantation", "stem-cell transplant",
         "stem-cell transplantation", "stem cell treatment",
         "autologous haematopoietic stem cell transplantation",
         "autologous hematopoietic stem cell transplantation"),
    ),
    TreatmentTerm(
        "plasmapheresis", "plasmapheresis", "procedure",
        "Plasma exchange: blood plasma is removed and replaced. Sometimes used "
        "for severe relapses that do not respond to steroids.",
        ("CIS", "RRMS"),
        ("plasma exchange", "PLEX"),
    ),
    # Disease-modifying drugs
    TreatmentTerm(
        "mitoxantrone", "mitoxantrone", "dmt",
        "A chemotherapy drug given by infusion, limited by a lifetime dose "
        "because of effects on the heart and a risk of leukaemia.",
        ("RRMS", "SPMS"),
        ("Novantrone", "mitoxanthrone"),
    ),
    TreatmentTerm(
        "natalizumab", "natalizumab", "dmt",
        "A monoclonal antibody given by infusion every four to six weeks; "
        "people are monitored for the JC virus because of the risk of PML.",
        _RELAPSING,
        ("Tysabri", "Tysbari", "Tysabry"),
    ),
    TreatmentTerm(
        "fingolimod", "fingolimod", "dmt",
        "A daily capsule that keeps some white blood cells in the lymph nodes.",
        _RELAPSING,
        ("Gilenya", "Gylena", "Gilenia", "Gilyena"),
    ),
    TreatmentTerm(
        "siponimod", "siponimod", "dmt",
        "A daily tablet related to fingolimod, approved for active secondary "
        "progressive MS; the dose depends on a genetic test.",
        _RELAPSING,
        ("Mayzent",),
    ),
    TreatmentTerm(
        "ocrelizumab", "ocrelizumab", "dmt",
        "An anti-CD20 monoclonal antibody given by infusion twice a year; the "
        "first drug approved for primary progressive MS.",
        _ALL,
        ("Ocrevus", "Ocrevis", "Ocrivus"),
    ),
    TreatmentTerm(
        "ofatumumab", "ofatumumab", "dmt",
        "An anti-CD20 monoclonal antibody injected under the skin once a month "
        "with a pen.",
        _RELAPSING,
        ("Kesimpta", "Kesympta"),
    ),
    TreatmentTerm(
        "rituximab", "rituximab", "dmt",
        "An anti-CD20 monoclonal antibody used off-label for MS in some "
        "countries; it is not licensed for MS.",
        (),
        ("Rituxan", "MabThera", "Rituxin"),
    ),
    TreatmentTerm(
        "alemtuzumab", "alemtuzumab", "dmt",
        "A monoclonal antibody given in two short courses a year apart, with "
        "monthly blood and urine monitoring for years afterwards.",
        ("RRMS", "SPMS"),
        ("Lemtrada", "Lemtreda"),
    ),
    TreatmentTerm(
        "cladribine", "cladribine", "dmt",
        "Tablets taken on a few days in two yearly courses, which reduce "
        "lymphocytes for a while.",
        ("RRMS", "SPMS"),
        ("Mavenclad", "Mavenclade", "cladrabine"),
    ),
    TreatmentTerm(
        "interferon-beta-1a", "interferon beta-1a", "dmt",
        "An injected interferon, weekly into the muscle (Avonex) or three times "
        "a week under the skin (Rebif).",
        _RELAPSING,
        ("interferon beta 1a", "interferon beta1a", "Avonex", "Rebif", "Rebiff",
         "Plegridy", "peginterferon beta-1a", "peginterferon"),
    ),
    TreatmentTerm(
        "interferon-beta-1b", "interferon beta-1b", "dmt",
        "An interferon injected under the skin every other day.",
        _RELAPSING,
        ("interferon beta 1b", "interferon beta1b", "Betaseron", "Betaferon",
         "Extavia", "Betasersone", "Betaserone", "Betasteron"),
    ),
    TreatmentTerm(
        "glatiramer-acetate", "glatiramer acetate", "dmt",
        "An injection under the skin, daily or three times a week.",
        _RELAPSING,
        ("glatiramer", "Copaxone", "Glatopa", "Copaxon", "Copaxome"),
    ),
    TreatmentTerm(
        "dimethyl-fumarate", "dimethyl fumarate", "dmt",
        "A capsule taken twice a day; flushing and stomach upset are common "
        "at the start.",
        _RELAPSING,
        ("Tecfidera", "Tecfedera", "Tekfidera", "DMF"),
    ),
    TreatmentTerm(
        "diroximel-fumarate", "diroximel fumarate", "dmt",
        "A capsule taken twice a day, related to dimethyl fumarate.",
        _RELAPSING,
        ("Vumerity",),
    ),
    TreatmentTerm(
        "teriflunomide", "teriflunomide", "dmt",
        "A daily tablet; liver tests are needed and it must not be taken in "
        "pregnancy.",
        _RELAPSING,
        ("Aubagio", "Aubajio"),
    ),
    TreatmentTerm(
        "ozanimod", "ozanimod", "dmt",
        "A daily capsule in the same family as fingolimod.",
        _RELAPSING,
        ("Zeposia",),
    ),
    TreatmentTerm(
        "ponesimod", "ponesimod", "dmt",
        "A daily tablet in the same family as fingolimod.",
        _RELAPSING,
        ("Ponvory",),
    ),
    TreatmentTerm(
        "ublituximab", "ublituximab", "dmt",
        "An anti-CD20 monoclonal antibody given by infusion twice a year.",
        _RELAPSING,
        ("Briumvi",),
    ),
    # Relapse treatment
    TreatmentTerm(
        "methylprednisolone", "methylprednisolone", "symptom",
        "A high-dose steroid, by drip or tablets over a few days, that can "
        "shorten a relapse.",
        _RELAPSING,
        ("Solu-Medrol", "Solumedrol", "Solu Medrol", "Medrol", "IV steroids",
         "steroid infusion", "steroid infusions"),
    ),
    # Symptom treatments
    TreatmentTerm(
        "baclofen", "baclofen", "symptom",
        "A tablet (or a pump into the spine) for muscle stiffness and spasms.",
        _ALL,
        ("Lioresal", "Baclophen", "Bacolfen"),
    ),
    TreatmentTerm(
        "gabapentin", "gabapentin", "symptom",
        "A tablet used for nerve pain and sometimes for spasms.",
        _ALL,
        ("Neurontin", "Gabapentine", "Gabapenten"),
    ),
    TreatmentTerm(
        "tizanidine", "tizanidine", "symptom",
        "A tablet for muscle stiffness; drowsiness is common.",
        _ALL,
        ("Zanaflex", "Tizanadine"),
    ),
    TreatmentTerm(
        "dalfampridine", "dalfampridine", "symptom",
        "A tablet that can improve walking speed in some people.",
        _ALL,
        ("fampridine", "Ampyra", "Fampyra", "4-aminopyridine"),
    ),
    TreatmentTerm(
        "nabiximols", "nabiximols", "symptom",
        "A mouth spray of cannabis extracts approved in some countries for "
        "spasticity.",
        _ALL,
        ("Sativex",),
    ),
    TreatmentTerm(
        "low-dose-naltrexone", "low-dose naltrexone", "symptom",
        "A small dose of an old drug, used off-label; the evidence in MS is "
        "weak.",
        (),
        ("low dose naltrexone", "LDN", "naltrexone"),
    ),
    TreatmentTerm(
        "modafinil", "modafinil", "symptom",
        "A tablet sometimes used off-label for fatigue.",
        (),
        ("Provigil", "armodafinil"),
    ),
    TreatmentTerm(
        "amantadine", "amantadine", "symptom",
        "A tablet sometimes used off-label for fatigue.",
        (),
        ("Symmetrel",),
    ),
    # Lifestyle
    TreatmentTerm(
        "cannabis", "cannabis", "lifestyle",
        "Cannabis and its extracts; some people use them for pain and spasms. "
        "Not an approved MS treatment, and the law differs by country.",
        (),
        ("CBD", "CBD oil", "marijuana", "marihuana", "medical marijuana",
         "medical cannabis", "THC", "cannabis oil"),
    ),
    TreatmentTerm(
        "vitamin-d", "vitamin D", "lifestyle",
        "A vitamin supplement; low levels are common in people with MS.",
        _ALL,
        ("vitamin D3", "vit D", "vitamin-D"),
    ),
    TreatmentTerm(
        "physiotherapy", "physiotherapy", "lifestyle",
        "Exercises and training with a physiotherapist for strength, balance "
        "and walking.",
        _ALL,
        ("physio", "physical therapy"),
    ),
)

TERMS_BY_SLUG: dict[str, TreatmentTerm] = {t.slug: t for t in TREATMENTS}

# The names people know a treatment by, as shown on pages (brands, other
# generic names). Every one is also in the treatment's synonyms; the
# synonyms also hold misspellings, which are found but never shown.
BRANDS: dict[str, tuple[str, ...]] = {
    "ahsct": ("HSCT", "stem cell transplant"),
    "plasmapheresis": ("plasma exchange",),
    "mitoxantrone": ("Novantrone",),
    "natalizumab": ("Tysabri",),
    "fingolimod": ("Gilenya",),
    "siponimod": ("Mayzent",),
    "ocrelizumab": ("Ocrevus",),
    "ofatumumab": ("Kesimpta",),
    "rituximab": ("Rituxan", "MabThera"),
    "alemtuzumab": ("Lemtrada",),
    "cladribine": ("Mavenclad",),
    "interferon-beta-1a": ("Avonex", "Rebif", "Plegridy"),
    "interferon-beta-1b": ("Betaseron", "Betaferon", "Extavia"),
    "glatiramer-acetate": ("Copaxone", "Glatopa"),
    "dimethyl-fumarate": ("Tecfidera",),
    "diroximel-fumarate": ("Vumerity",),
    "teriflunomide": ("Aubagio",),
    "ozanimod": ("Zeposia",),
    "ponesimod": ("Ponvory",),
    "ublituximab": ("Briumvi",),
    "methylprednisolone": ("Solu-Medrol", "IV steroids"),
    "baclofen": ("Lioresal",),
    "gabapentin": ("Neurontin",),
    "tizanidine": ("Zanaflex",),
    "dalfampridine": ("fampridine", "Ampyra", "Fampyra"),
    "nabiximols": ("Sativex",),
    "low-dose-naltrexone": ("LDN",),
    "modafinil": ("Provigil",),
    "amantadine": ("Symmetrel",),
    "cannabis": ("CBD", "medical cannabis"),
    "vitamin-d": ("vitamin D3",),
    "physiotherapy": ("physical therapy",),
}

# Ordinary words that sit one typo away from a treatment name: never read as
# a misspelt treatment. (Only names of six letters or more are typo-matched.)
_NOT_TYPOS: frozenset[str] = frozenset({
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

    The module functions use :data:`DEFAULT_VOCABULARY` (built from
    :data:`TREATMENTS`); a caller holding terms loaded from the database can
    build its own instance and pass it to the assessment.
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

    def fuzzy_lookup(self, word: str) -> str | None:
        """The slug a lower-case word misspells by one typo, or None."""
        if word in self._fuzzy_cache:
            return self._fuzzy_cache[word]
        best: str | None = None
        if len(word) >= _FUZZY_MIN_LEN and word not in _NOT_TYPOS:
            for key in _deletes(word):
                for cand in self._delete_index.get(key, ()):
                    if _within_one_edit(word, cand) and (best is None or cand < best):
                        best = cand
        slug = self._fuzzy_words[best] if best is not None else None
        if len(self._fuzzy_cache) < 20_000:
            self._fuzzy_cache[word] = slug
        return slug

    def find(self, text: str) -> list[TreatmentMention]:
        """See :func:`find_treatments`."""
        if not isinstance(text, str) or not text:
            return []
        mentions: list[TreatmentMention] = []
        taken: list[tuple[int, int]] = []
        for m in self._exact_re.finditer(text):
            slug = self._surface_to_slug.get(_normalise(m.group(0)))
            if slug is not None:
                mentions.append(TreatmentMention(slug, m.start(), m.end(), m.group(0)))
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
        """See :func:`lookup_treatment`."""
        if not isinstance(name, str):
            return None
        return self._surface_to_slug.get(_normalise(name))

    def search(self, query: str) -> list[str]:
        """See :func:`search_treatments`."""
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


DEFAULT_VOCABULARY = Vocabulary(TREATMENTS)


def find_treatments(text: str) -> list[TreatmentMention]:
    """Find treatment mentions in ``text``.

    Returns non-overlapping mentions sorted by ``start``; for each,
    ``text[start:end] == surface``. Exact names (any case; spaces and hyphens
    inside multi-word names interchangeable) win over typo matches.
    Never raises; returns ``[]`` for an empty or non-string text.
    """
    return DEFAULT_VOCABULARY.find(text)


def treatment_slugs(text: str) -> tuple[str, ...]:
    """The distinct slugs mentioned in ``text``, in order of first mention."""
    return tuple(dict.fromkeys(m.slug for m in find_treatments(text)))


def lookup_treatment(name: str) -> str | None:
    """The slug whose name or synonym is exactly ``name`` (any case; spaces
    and hyphens interchangeable), or None. No typo matching."""
    return DEFAULT_VOCABULARY.lookup(name)


def search_treatments(query: str) -> list[str]:
    """Slugs matching a search box query, best first, without duplicates.

    Order: an exact name or synonym; then names or synonyms with a word
    starting with the query (search as you type, two characters or more);
    then a name within one typo of the query. ``[]`` for an empty query.
    """
    return DEFAULT_VOCABULARY.search(query)
