"""Crisis evidence from concepts, not phrasings: tokens, word families and short sequences.

Pure Python, read by :mod:`.crisis`. The data live in
``cues/crisis_lexicon.toml``: *concepts* (word families: dying, killing,
self, a method by its object, a time, a desire ...) and *rules* (short
sequences of concepts within a sentence, with conditions on the sentences
around them). Each rule fires one ``crisis_constructs`` cue of
``cues/crisis.toml`` or ``cues/distress.toml``; every rule carries positive
and negative examples that run as tests
(``tests/moderation/assessment/test_crisis_lexicon.py``).

Reading a text:

1. **Tokens.** Words in lower case, straight apostrophes; contractions
   expanded ("don't" -> do not, "im" -> i am, "wanna" -> want to), text
   speak mapped ("2nite" -> tonight, "kms" -> kill myself, "od" ->
   overdose), dropped final g restored ("thinkin" -> thinking), and a small
   set of long key words matched with one typo ("sucidal", "tommorow").
   Every token keeps the offsets of the word it came from.
2. **Concepts.** Each token gets the concepts whose word family holds it
   (a trailing ``*`` in a family matches any ending).
3. **Rules.** A rule's ``seq`` is matched inside one sentence: an upper-case
   name is a concept, lower-case words (``a|b``, ``word*``) are literals,
   ``~N`` skips up to N tokens and ``~N:CONCEPT`` up to N tokens of that
   concept only, ``?X`` is optional. A match counts when its conditions hold:
   ``near`` (alternatives of concepts that must all occur within ``span``
   sentences either side), ``unless_near`` (concepts that rule it out there),
   ``not_before`` / ``not_after`` (the token just outside the match) and, unless
   ``negatable = false``, no negation ("not", "never", "no") in the two tokens
   before it.

Guards against figurative, topic and past use are applied afterwards by
:mod:`.crisis_guards`, to these hits like any other.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mscommunity.moderation.assessment.document import Document

LEXICON_FILE = Path(__file__).resolve().parent / "cues" / "crisis_lexicon.toml"

_WORD_RE = re.compile(r"[a-z0-9]+(?:['’][a-z]+)*", re.IGNORECASE)
_NEG = frozenset({"not", "never", "no", "nor", "without"})
_BREAK_WORDS = frozenset({"but", "though", "although"})
_LINKING = frozenset({"is", "are", "was", "were", "went", "go", "goes", "gone", "feel", "feels", "felt", "going",
                      "getting", "got", "get", "seem", "seems", "look", "looks", "totally", "completely", "just",
                      "been", "be", "literally", "absolutely"})
_WISH_OR_HOW = frozenset({"wish", "wishing", "wished", "want", "wanted", "pray", "praying", "hope", "hoping",
                          "please", "how", "much", "many", "someone", "somebody", "begged", "begging", "asked",
                          "beg", "need"})
# "die from taking too much", "die of an overdose": a cause of death, not a figure of speech.
_LITERAL_CAUSE = frozenset({"taking", "an", "a", "overdose", "overdosing", "cancer", "ms", "complications", "it",
                            "this", "suicide", "too", "the", "my", "his", "her", "that", "those", "these", "them",
                            "drinking", "swallowing", "starvation", "dehydration", "blood", "bleeding", "hanging",
                            "drowning", "poison", "poisoning"})
_IS_BEFORE = frozenset({"it", "that", "he", "she", "there", "what", "here", "who", "this", "tonight", "today",
                        "tomorrow", "now", "everything", "nothing", "life", "time", "everyone", "nobody"})


@dataclass(frozen=True, slots=True)
class Token:
    """One normalised word: ``norm``, the concepts it belongs to, its source span and sentence."""

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
    for raw in data.get("rule", []):
        name = raw.get("name", "")
        if not name or name in seen or not raw.get("seq"):
            raise ValueError(f"crisis_lexicon.toml: rule {name!r} needs a unique name and a seq")
        seen.add(name)
        seq = tuple(_element(e) for e in raw["seq"])
        near = tuple(tuple(_element(part) for part in alt.split("+")) for alt in raw.get("near", ()))
        unless = tuple(_element(e) for e in raw.get("unless_near", ()))
        used = {c for e in seq for c in e.concepts} | {e.gap_concept for e in seq if e.gap_concept}
        used |= {c for alt in near for e in alt for c in e.concepts} | {c for e in unless for c in e.concepts}
        unknown = used - concepts.keys()
        if unknown:
            raise ValueError(f"crisis_lexicon.toml: rule {name!r} names unknown concepts {sorted(unknown)}")
        rules.append(Rule(
            name=name, cue=raw["cue"], seq=seq, near=near, unless_near=unless, span=int(raw.get("span", 0)),
            not_before=_element(raw["not_before"]) if "not_before" in raw else None,
            not_after=_element(raw["not_after"]) if "not_after" in raw else None,
            not_preceded=tuple(tuple(p.split()) for p in raw.get("not_preceded", ())),
            negatable=bool(raw.get("negatable", True)), description=raw.get("description", ""),
            examples_positive=tuple(raw.get("examples_positive", ())),
            examples_negative=tuple(raw.get("examples_negative", ())),
        ))
    lex.rules = tuple(rules)
    return lex


# ------------------------------------------------------------------ tokens


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
    return (w,)


def tokens(doc: Document, lex: Lexicon) -> list[Token]:
    """The text's tokens (see the module docstring), in order."""
    out: list[Token] = []
    text = doc.text
    prev_my: Token | None = None
    for m in _WORD_RE.finditer(text):
        sent = doc.sentence_of(m.start())
        for norm in lex.normalise(m.group(0)):
            if norm == "self" and prev_my is not None and prev_my.sent == sent:
                out[-1] = Token("myself", lex.concepts_of("myself"), prev_my.start, m.end(), sent)
                prev_my = None
                continue
            tok = Token(norm, lex.concepts_of(norm), m.start(), m.end(), sent)
            out.append(tok)
            prev_my = tok if norm == "my" else None
    for i, t in enumerate(out):
        if t.norm.isdigit() and len(t.norm) < 7 and int(t.norm) >= 8:
            nxt = out[i + 1].norm if i + 1 < len(out) and out[i + 1].sent == t.sent else ""
            if nxt not in lex.units:
                big = {"BIG"} if int(t.norm) >= 20 else set()
                out[i] = Token(t.norm, t.concepts | {"MANY"} | big, t.start, t.end, t.sent)
    return _figurative_cleared(out, lex)


def _figurative_cleared(toks: list[Token], lex: Lexicon) -> list[Token]:
    """``toks`` with the concepts of death words in a figurative frame removed
    ("dying for a coffee", "my legs are dead", "killing me", "dying to know")."""
    for i, t in enumerate(toks):
        if t.norm not in lex.fig_words:
            continue
        nxt = toks[i + 1].norm if i + 1 < len(toks) and toks[i + 1].sent == t.sent else ""
        nxt2 = toks[i + 2].norm if i + 2 < len(toks) and toks[i + 2].sent == t.sent else ""
        prev = toks[i - 1].norm if i > 0 and toks[i - 1].sent == t.sent else ""
        back = [toks[j].norm for j in range(i - 1, max(-1, i - 6), -1) if toks[j].sent == t.sent]
        prev2 = back[1] if len(back) > 1 else ""
        to_death = t.norm == "death" and prev == "to"
        link = next((k for k, w in enumerate(back[:3]) if w in _LINKING), None)
        thing = link is not None and any(w in lex.fig_things for w in back[link + 1:link + 3])
        over_my = prev in ("my", "your", "his", "her", "their") and prev2 == "over"
        so_could = prev in ("could", "would", "might") and "so" in back[1:6]
        killing = t.norm.startswith(("kill", "murder"))
        after = nxt in lex.fig_after and not (nxt == "for" and nxt2 in lex.fig_for_time) and not (
            nxt in ("of", "from") and (nxt2 in _LITERAL_CAUSE or (i + 2 < len(toks) and "MEDS" in toks[i + 2].concepts)))
        if killing and nxt in lex.fig_after_kill:
            # "kill me" is literal after a wish or in a question of how much would ("I wish someone would kill me").
            after = not any(w in _WISH_OR_HOW for w in back[:6])
        if (after or (nxt == "to" and nxt2 in lex.fig_to_verbs) or thing or over_my or so_could
                or (prev in lex.fig_before and t.norm not in ("die", "kill")) or to_death):
            # The word keeps its place but matches no rule, as a concept or as a literal word.
            toks[i] = Token("~" + t.norm, frozenset(), t.start, t.end, t.sent)
    return toks


# ------------------------------------------------------------------ matching


def _match_at(seq: tuple[Element, ...], toks: list[Token], i: int, k: int) -> int | None:
    """End index (exclusive) of a match of ``seq[k:]`` starting at token ``i``, or None."""
    if k == len(seq):
        return i
    el = seq[k]
    if el.kind == "gap":
        j = i
        for _ in range(el.gap + 1):
            end = _match_at(seq, toks, j, k + 1)
            if end is not None:
                return end
            if j >= len(toks) or (i > 0 and toks[j].sent != toks[i - 1].sent):
                return None
            if el.gap_concept and el.gap_concept not in toks[j].concepts:
                return None
            j += 1
        return None
    if i < len(toks) and el.accepts(toks[i]) and (i == 0 or k == 0 or toks[i].sent == toks[i - 1].sent):
        end = _match_at(seq, toks, i + 1, k + 1)
        if end is not None:
            return end
    if el.optional:
        return _match_at(seq, toks, i, k + 1)
    return None


def _negated(toks: list[Token], i: int) -> bool:
    sent = toks[i].sent
    for j in range(i - 1, max(-1, i - 3), -1):
        if toks[j].sent != sent or toks[j].norm in _BREAK_WORDS:
            return False
        if toks[j].norm in _NEG:
            after = toks[j + 1].norm if j + 1 < len(toks) else ""
            return after not in ("stop", "help", "resist", "only")
    return False


_Index = dict[int, tuple[set[str], set[str]]]


def _preceded(toks: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """True when the tokens just before ``i`` (same sentence) are ``words``."""
    n = len(words)
    if i < n or toks[i - n].sent != toks[i].sent:
        return False
    return all(toks[i - n + k].norm == w for k, w in enumerate(words))


def _near_ok(rule: Rule, by_sent: _Index, sent: int) -> bool:
    concepts: set[str] = set()
    norms: set[str] = set()
    for s in range(sent - rule.span, sent + rule.span + 1):
        c, n = by_sent.get(s, (set(), set()))
        concepts |= c
        norms |= n
    if any(e.accepts_any(concepts, norms) for e in rule.unless_near):
        return False
    return not rule.near or any(all(e.accepts_any(concepts, norms) for e in alt) for alt in rule.near)


def rule_matches(rule: Rule, toks: list[Token], by_sent: _Index,
                 starts: list[int] | None = None) -> Iterator[tuple[int, int]]:
    """``(first, last)`` token indexes of each counted match of ``rule``, trying
    the token indexes ``starts`` (default: every token) as match starts."""
    n = len(toks)
    last_end = 0
    for i in (range(n) if starts is None else starts):
        if i < last_end:
            continue
        end = _match_at(rule.seq, toks, i, 0)
        if end is None or end <= i:
            continue
        first, last = i, end - 1
        ok = toks[first].sent == toks[last].sent
        if ok and rule.not_before is not None and first > 0 and toks[first - 1].sent == toks[first].sent:
            ok = not rule.not_before.accepts(toks[first - 1])
        if ok and rule.not_after is not None and end < n and toks[end].sent == toks[last].sent:
            ok = not rule.not_after.accepts(toks[end])
        if ok and rule.not_preceded:
            ok = not any(_preceded(toks, first, words) for words in rule.not_preceded)
        if ok and rule.negatable:
            ok = not _negated(toks, first)
        if ok:
            ok = _near_ok(rule, by_sent, toks[first].sent)
        if ok:
            yield first, last
            last_end = end


def concept_matches(doc: Document, lex: Lexicon) -> Iterator[tuple[Rule, int, int]]:
    """``(rule, start, end)`` character spans of every counted rule match in ``doc``."""
    toks = tokens(doc, lex)
    if not toks:
        return
    by_sent: _Index = {}
    for t in toks:
        c, n = by_sent.setdefault(t.sent, (set(), set()))
        c.update(t.concepts)
        n.add(t.norm)
    present = set().union(*(c for c, _ in by_sent.values()))
    norms = {t.norm for t in toks}
    by_norm: dict[str, list[int]] = {}
    by_concept: dict[str, list[int]] = {}
    for i, t in enumerate(toks):
        by_norm.setdefault(t.norm, []).append(i)
        for c in t.concepts:
            by_concept.setdefault(c, []).append(i)
    memo: dict[int, bool] = {}
    candidates = _candidate_rules(lex, present, norms)

    def anywhere(e: Element) -> bool:
        hit = memo.get(id(e))
        if hit is None:
            hit = memo[id(e)] = e.accepts_any(present, norms)
        return hit

    for index, rule in enumerate(lex.rules):
        if index not in candidates:
            continue  # its first element accepts no token of this text
        first = rule.seq[0]
        starts: list[int] | None = None
        if first.kind != "gap" and not first.optional:
            if not anywhere(first):
                continue
            found: set[int] = set()
            for w in first.words & norms:
                found.update(by_norm[w])
            for c in first.concepts & present:
                found.update(by_concept[c])
            if first.prefixes:
                found.update(i for i, t in enumerate(toks) if t.norm.startswith(first.prefixes))
            starts = sorted(found)
        if rule.near and not any(all(anywhere(e) for e in alt) for alt in rule.near):
            continue
        for a, b in rule_matches(rule, toks, by_sent, starts):
            yield rule, toks[a].start, toks[b].end


_RULE_INDEX: dict[int, tuple[Lexicon, dict[str, set[int]], dict[str, set[int]], set[int]]] = {}


def _candidate_rules(lex: Lexicon, present: set[str], norms: set[str]) -> set[int]:
    """The positions in ``lex.rules`` of the rules whose first element could
    accept a token of the text (by its words or concepts); rules starting with
    a gap, an optional element or a prefix are always candidates. A shortcut
    only: ``concept_matches`` still checks each candidate in full."""
    cached = _RULE_INDEX.get(id(lex))
    if cached is None or cached[0] is not lex:
        by_word: dict[str, set[int]] = {}
        by_concept: dict[str, set[int]] = {}
        always: set[int] = set()
        for index, rule in enumerate(lex.rules):
            first = rule.seq[0]
            if first.kind == "gap" or first.optional or first.prefixes:
                always.add(index)
                continue
            for word in first.words:
                by_word.setdefault(word, set()).add(index)
            for concept in first.concepts:
                by_concept.setdefault(concept, set()).add(index)
        cached = _RULE_INDEX[id(lex)] = (lex, by_word, by_concept, always)
    _, by_word, by_concept, always = cached
    found = set(always)
    for word in norms & by_word.keys():
        found |= by_word[word]
    for concept in present & by_concept.keys():
        found |= by_concept[concept]
    return found


LEXICON: Lexicon = load_lexicon()
"""The crisis lexicon, loaded once at import."""
