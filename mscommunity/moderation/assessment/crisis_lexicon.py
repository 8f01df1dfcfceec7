"""The crisis lexicon's data: tokens, rule elements, rules, and the loader of ``cues/crisis_lexicon.toml``.

Pure Python, read by :mod:`.crisis_concepts` (which tokenises a text and
matches the rules; the format is described there). Loading checks that every
rule has a unique name and a sequence and names only known concepts.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from mscommunity.privacy.vocab import is_wordish

LEXICON_FILE = Path(__file__).resolve().parent / "cues" / "crisis_lexicon.toml"

_IS_BEFORE = frozenset({"it", "that", "he", "she", "there", "what", "here", "who", "this", "tonight", "today",
                        "tomorrow", "now", "everything", "nothing", "life", "time", "everyone", "nobody"})


class Token(NamedTuple):
    """One normalised word: ``norm``, the concepts it belongs to, its source span and sentence
    (a named tuple: a long text makes thousands, and a tuple is the cheapest to build)."""

    norm: str
    concepts: frozenset[str]
    start: int
    end: int
    sent: int


@dataclass(frozen=True, slots=True)
class Element:
    """One element of a rule's sequence (see the module docstring)."""

    kind: str  # "concept", "words", "gap"
    concepts: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    optional: bool = False
    gap: int = 0
    gap_concept: str = ""

    def accepts(self, tok: Token) -> bool:
        if tok.norm in self.words or not self.concepts.isdisjoint(tok.concepts):
            return True
        return bool(self.prefixes) and tok.norm.startswith(self.prefixes)

    def accepts_any(self, concepts: set[str], norms: set[str]) -> bool:
        """True when a token with one of ``norms`` or ``concepts`` would be accepted."""
        if not self.concepts.isdisjoint(concepts) or not self.words.isdisjoint(norms):
            return True
        return bool(self.prefixes) and any(n.startswith(self.prefixes) for n in norms)


@dataclass(frozen=True, slots=True)
class Rule:
    """A sequence of elements and the conditions that make its match count."""

    name: str
    cue: str
    seq: tuple[Element, ...]
    near: tuple[tuple[Element, ...], ...] = ()
    unless_near: tuple[Element, ...] = ()
    span: int = 0
    not_before: Element | None = None
    not_after: Element | None = None
    not_preceded: tuple[tuple[str, ...], ...] = ()
    negatable: bool = True
    description: str = ""
    examples_positive: tuple[str, ...] = ()
    examples_negative: tuple[str, ...] = ()


@dataclass(slots=True)
class Lexicon:
    """The concepts (exact words and prefixes), the token rewrites and the rules."""

    exact: dict[str, set[str]] = field(default_factory=dict)
    prefixes: list[tuple[str, str]] = field(default_factory=list)
    rewrites: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fuzzy: tuple[str, ...] = ()
    fuzzy_block: frozenset[str] = frozenset()
    fig_words: frozenset[str] = frozenset()
    fig_after: frozenset[str] = frozenset()
    fig_after_kill: frozenset[str] = frozenset()
    fig_for_time: frozenset[str] = frozenset()
    fig_to_verbs: frozenset[str] = frozenset()
    fig_before: frozenset[str] = frozenset()
    fig_things: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    rules: tuple[Rule, ...] = ()
    _cache: dict[str, frozenset[str]] = field(default_factory=dict)
    _norm_cache: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _read_cache: dict[str, tuple[tuple[str, frozenset[str]], ...]] = field(default_factory=dict)
    _typo_index: dict[str, frozenset[str]] | None = None

    def typo_target(self, word: str) -> str | None:
        """The one lexicon word of 5 or more letters that ``word`` is one edit from, or None.

        For a word that is not English ("pils", "sory", "burdon"): every concept word, found with
        the typos members make, instead of spelling each variant in the file. Keys are the word and
        its one-letter deletions (a symmetric-delete index); a shared key is confirmed by
        :func:`_close`, and two candidates are no answer."""
        if self._typo_index is None:
            index: dict[str, set[str]] = {}
            for target in [w for w in self.exact if len(w) >= 5 and w.isalpha()] + list(self.fuzzy):
                for key in _deletions(target):
                    index.setdefault(key, set()).add(target)
            self._typo_index = {k: frozenset(v) for k, v in index.items()}
        found = {t for key in _deletions(word) for t in self._typo_index.get(key, ()) if _close(word, t)}
        return found.pop() if len(found) == 1 else None

    def read(self, word: str) -> tuple[tuple[str, frozenset[str]], ...]:
        """``(norm, concepts)`` of each normalised token of ``word`` (memoised)."""
        cached = self._read_cache.get(word)
        if cached is None:
            cached = tuple((norm, self.concepts_of(norm)) for norm in self.normalise(word))
            if len(self._read_cache) < 100_000:
                self._read_cache[word] = cached
        return cached

    def normalise(self, word: str) -> tuple[str, ...]:
        """The normalised tokens of ``word`` (memoised)."""
        cached = self._norm_cache.get(word)
        if cached is None:
            cached = _normalise(word, self)
            if len(self._norm_cache) < 100_000:
                self._norm_cache[word] = cached
        return cached

    def concepts_of(self, norm: str) -> frozenset[str]:
        cached = self._cache.get(norm)
        if cached is None:
            found = set(self.exact.get(norm, ()))
            for prefix, concept in self.prefixes:
                if norm.startswith(prefix):
                    found.add(concept)
            cached = frozenset(found)
            if len(self._cache) < 50_000:
                self._cache[norm] = cached
        return cached


# ------------------------------------------------------------------ loading


def _intern(raw: str | list[str], interned: dict[Element, Element]) -> Element:
    """The element ``raw`` spells; with ``interned``, equal elements are one object
    (so :func:`concept_matches` answers "anywhere in the text?" once per element)."""
    el = _element(raw)
    return interned.setdefault(el, el)


def _element(raw: str | list[str]) -> Element:
    if isinstance(raw, list):
        raw = "|".join(raw)
    optional = raw.startswith("?")
    raw = raw[1:] if optional else raw
    if raw.startswith("~"):
        n, _, concept = raw[1:].partition(":")
        return Element("gap", gap=int(n), gap_concept=concept)
    parts = raw.split("|")
    concepts = frozenset(p for p in parts if p.isupper())
    words = frozenset(p for p in parts if not p.isupper() and not p.endswith("*"))
    prefixes = tuple(p[:-1] for p in parts if not p.isupper() and p.endswith("*"))
    return Element("concept" if concepts else "words", concepts=concepts, words=words, prefixes=prefixes,
                   optional=optional)


def load_lexicon(path: Path = LEXICON_FILE) -> Lexicon:
    """Read the lexicon file. Raises ``ValueError`` for an unknown concept,
    a duplicate rule name or a rule without a sequence."""
    with path.open("rb") as handle:
        data: dict[str, Any] = tomllib.load(handle)
    lex = Lexicon()
    concepts: dict[str, list[str]] = data.get("concepts", {})
    for name, words in concepts.items():
        for w in words:
            w = w.lower()
            if w.endswith("*"):
                lex.prefixes.append((w[:-1], name))
            else:
                lex.exact.setdefault(w, set()).add(name)
    lex.rewrites = {k.lower(): tuple(v.split()) for k, v in data.get("rewrites", {}).items()}
    lex.fuzzy = tuple(data.get("fuzzy", {}).get("words", ()))
    lex.fuzzy_block = frozenset(data.get("fuzzy", {}).get("not", ()))
    fig = data.get("figurative", {})
    lex.fig_words = frozenset(fig.get("words", ()))
    lex.fig_after = frozenset(fig.get("after", ()))
    lex.fig_after_kill = frozenset(fig.get("after_kill", ()))
    lex.fig_for_time = frozenset(fig.get("for_time", ()))
    lex.fig_to_verbs = frozenset(fig.get("to_verbs", ()))
    lex.fig_before = frozenset(fig.get("before", ()))
    lex.fig_things = frozenset(fig.get("things", ()))
    lex.units = frozenset(data.get("numbers", {}).get("units", ()))
    rules: list[Rule] = []
    seen: set[str] = set()
    interned: dict[Element, Element] = {}

    def element(raw: str | list[str]) -> Element:
        return _intern(raw, interned)

    for raw in data.get("rule", []):
        name = raw.get("name", "")
        if not name or name in seen or not raw.get("seq"):
            raise ValueError(f"crisis_lexicon.toml: rule {name!r} needs a unique name and a seq")
        seen.add(name)
        seq = tuple(element(e) for e in raw["seq"])
        near = tuple(tuple(element(part) for part in alt.split("+")) for alt in raw.get("near", ()))
        unless = tuple(element(e) for e in raw.get("unless_near", ()))
        used = {c for e in seq for c in e.concepts} | {e.gap_concept for e in seq if e.gap_concept}
        used |= {c for alt in near for e in alt for c in e.concepts} | {c for e in unless for c in e.concepts}
        unknown = used - concepts.keys()
        if unknown:
            raise ValueError(f"crisis_lexicon.toml: rule {name!r} names unknown concepts {sorted(unknown)}")
        rules.append(Rule(
            name=name, cue=raw["cue"], seq=seq, near=near, unless_near=unless, span=int(raw.get("span", 0)),
            not_before=element(raw["not_before"]) if "not_before" in raw else None,
            not_after=element(raw["not_after"]) if "not_after" in raw else None,
            not_preceded=tuple(tuple(p.split()) for p in raw.get("not_preceded", ())),
            negatable=bool(raw.get("negatable", True)), description=raw.get("description", ""),
            examples_positive=tuple(raw.get("examples_positive", ())),
            examples_negative=tuple(raw.get("examples_negative", ())),
        ))
    lex.rules = tuple(rules)
    return lex


# ------------------------------------------------------------------ normalising


def _close(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are one edit apart (insert, delete, substitute or swap two neighbours)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def _deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


def _normalise(word: str, lex: Lexicon) -> tuple[str, ...]:
    w = word.lower().replace("’", "'")
    if w in lex.rewrites:
        return lex.rewrites[w]
    if "'" in w:
        head, _, tail = w.partition("'")
        if w in lex.rewrites:
            return lex.rewrites[w]
        if tail == "t" and head.endswith("n"):
            base = head[:-1]
            return (lex.rewrites.get(base, (base,))[0], "not")
        expand = {"m": "am", "re": "are", "ve": "have", "ll": "will", "d": "would"}
        if tail in expand:
            return (head, expand[tail])
        if tail == "s":
            return (head, "is") if head in _IS_BEFORE else (head,)
        w = head
    if w in lex.rewrites:
        return lex.rewrites[w]
    if w in lex.exact:
        return (w,)
    if len(w) > 4 and w.endswith("in") and w + "g" in lex.exact:
        return (w + "g",)
    if len(w) >= 5 and w not in lex.fuzzy_block and not any(w.startswith(p) for p, _ in lex.prefixes):
        for target in lex.fuzzy:
            if _close(w, target):
                return (target,)
    if len(w) >= 4 and w.isalpha() and w not in lex.fuzzy_block and not is_wordish(w):
        # A typo of a lexicon word ("pils", "sory", "tabelts" is two edits and stays itself).
        target = lex.typo_target(w)
        if target is not None:
            return (target,)
    return (w,)
