"""Crisis and distress: the constructs clinicians screen for, built for recall.

Pure Python. The engine's last step, :func:`crisis_hits`, reads the document
and every hit so far and returns the hits with

* new hits for the ``crisis_constructs`` cues (``cues/crisis.toml`` and
  ``cues/distress.toml`` hold their weights, descriptions and examples; the
  vocabulary and the conditions are here), and
* the crisis and distress hits of earlier steps that a guard sets aside.

Constructs (the Columbia scale's wish to be dead, active thoughts, method,
intent, plan and preparatory acts; plus self-harm, farewells and hopelessness
that says life cannot go on) are found from a small vocabulary: method objects
(a gun, pills, a blade, a bridge, a car in a garage, bleach ...), intent and
access words ("keep looking at it", "ready", "bought", "in the drawer"), times
("tonight", "on Friday", "when I turn 50", "by spring"), and subjects: the
writer, or a person the writer describes (a carer writing about a son at risk
counts the same).

Guards: a sentence told as a past episode that is over ("two years ago I
tried ...; today I'm doing much better") does not count; nor does suicide as a
topic ("the suicide rate in MS", "'suicide headaches'"), nor a joke about
someone else ("threatened to strangle me 😂"). A phrase said only of a symptom
("this fatigue is killing me", "my legs are dead", "I'd die for a good night's
sleep") matches none of the constructs in the first place.

Most of the evidence comes from the concept lexicon
(``cues/crisis_lexicon.toml``, read by :mod:`.crisis_concepts`): word families
(dying, killing, self, each method by its object, times, desires, sadness)
and short token sequences over them, with the subject, the time and what is
near, so that new wordings of a construct are found, not one phrasing per
example. Figurative death words ("dying for a nap", "my legs are dead",
"killing me") match no rule at all.

Weaker evidence of acute distress (hopelessness, "can't take this anymore")
gives the ``distress`` label: the gentle "If you're having a hard time" help.
Hopelessness alone, however often said, stays ``distress``; a crisis needs a
sign of risk. A death word said by a sad or hurting writer that no stronger
construct explains (``death_talk``) is the safety net: the gentle help.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mscommunity.moderation.assessment import crisis_compose as c
from mscommunity.moderation.assessment import crisis_vocab as v
from mscommunity.moderation.assessment.crisis_concepts import LEXICON, concept_matches, tokens
from mscommunity.moderation.assessment.crisis_evidence import EVIDENCE, weighed_spans
from mscommunity.moderation.assessment.crisis_guards import (
    CURRENT,
    MILESTONE,
    RECOVERED,
    past_sentences,
    set_aside,
    straight,
)
from mscommunity.moderation.assessment.crisis_lexicon import Token
from mscommunity.moderation.assessment.cues import CUES, Cue
from mscommunity.moderation.assessment.document import Document, negated
from mscommunity.moderation.assessment.hits import Hit, hit_for
from mscommunity.moderation.assessment.keywords import KeyFinder, required_keys
from mscommunity.moderation.assessment.result import CRISIS, DISTRESS, THRESHOLD

STEP = "crisis_constructs"
_CUES: dict[str, Cue] = {c.name: c for c in CUES.cues if c.step == STEP}


def _hit(name: str, start: int, end: int) -> Hit:
    return hit_for(_CUES[name], start, end)


def noisy_or(weights: Iterator[float]) -> float:
    """``1 - prod(1 - w)`` (as the engine scores a label)."""
    p = 1.0
    for w in weights:
        p *= 1.0 - max(0.0, min(1.0, w))
    return 1.0 - p


def _sentence_span(doc: Document, pos: int) -> tuple[int, int]:
    sent = doc.sentences[doc.sentence_of(pos)]
    return sent.start, sent.end


def _near(doc: Document, pos: int, before: int = 1, after: int = 1) -> tuple[int, int]:
    """The span from ``before`` sentences before ``pos``'s sentence to ``after`` after it."""
    i = doc.sentence_of(pos)
    sents = doc.sentences
    return sents[max(0, i - before)].start, sents[min(len(sents) - 1, i + after)].end


# Keyed by id (a pattern's hash reads its whole compiled code); the pattern is kept alive beside it.
_FOLDED: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without IGNORECASE, for text already in lower case (memoised).

    The vocabulary is written in lower case, and a case-sensitive pattern runs
    about three times faster; a pattern whose source holds an upper-case letter
    (outside an escape such as ``\\S``) keeps IGNORECASE, which is still right on
    lowered text. Callers pass ``text.lower()`` only when it keeps every offset
    (:class:`_Scan`)."""
    entry = _FOLDED.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        literal = re.sub(r"\\.", "", pattern.pattern)
        plain = not any(ch.isupper() for ch in literal)
        entry = _FOLDED[id(pattern)] = (
            pattern, re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE) if plain else pattern)
    return entry[1]


def _gate_keys(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``folded(pattern)`` holds, when it is case-sensitive."""
    plain = folded(pattern)
    return None if plain.flags & re.IGNORECASE else required_keys(plain)


# A speed-up only: a vocabulary pattern none of whose keys is in the lowered text cannot match it
# and is not run (keywords.py). Every pattern of the vocabulary modules has its keys read at import;
# any other pattern always runs.
_KEYS: dict[int, frozenset[str]] = {
    id(p): keys for module in (v, c) for p in vars(module).values()
    if isinstance(p, re.Pattern) and (keys := _gate_keys(p))
}
_FINDER = KeyFinder([k for keys in _KEYS.values() for k in keys])


class _Scan:
    """The text the crisis patterns run over: ``text.lower()`` with the folded
    patterns when lowering keeps every offset (it nearly always does), else the
    text itself with the patterns as written. Either way a match has the offsets
    it would have in ``text``."""

    __slots__ = ("fold", "found", "text")

    def __init__(self, text: str) -> None:
        low = text.lower()
        self.fold = len(low) == len(text)
        self.text = low if self.fold else text
        self.found: set[str] | None = None  # the keys in the lowered text, found at the first gate

    def pattern(self, pattern: re.Pattern[str]) -> re.Pattern[str]:
        return folded(pattern) if self.fold else pattern

    def may_match(self, pattern: re.Pattern[str]) -> bool:
        """False when none of ``pattern``'s keys is in the text, so it cannot match."""
        keys = _KEYS.get(id(pattern)) if self.fold else None
        if keys is None:
            return True
        if self.found is None:
            self.found = _FINDER.present(self.text)
        return not keys.isdisjoint(self.found)


def _matches(pattern: re.Pattern[str], scan: _Scan) -> Iterator[re.Match[str]]:
    if not scan.may_match(pattern):
        return
    for m in scan.pattern(pattern).finditer(scan.text):
        if m.end() > m.start():
            yield m


def construct_hits(doc: Document) -> list[Hit]:
    """New hits for the ``crisis_constructs`` cues ("not", "never" ... just before a match cancel
    it), and the weighed evidence of :mod:`.crisis_evidence` (which weighs negation itself)."""
    toks = tokens(doc, LEXICON)
    hits = [h for h in _construct_hits(doc, toks) if not negated(doc, h.start)]
    return hits + [_hit(EVIDENCE.cue, start, end) for start, end, _ in weighed_spans(toks, EVIDENCE)]


class _Searches:
    """``pattern.search(text, start, end)`` found or not, memoised: many matches
    share one sentence, and a long text without full stops is one sentence."""

    def __init__(self, scan: _Scan) -> None:
        self.scan = scan
        self.memo: dict[tuple[int, int, int], bool] = {}

    def __call__(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        key = (id(pattern), start, end)
        found = self.memo.get(key)
        if found is None:
            scan = self.scan
            found = self.memo[key] = scan.may_match(pattern) and (
                scan.pattern(pattern).search(scan.text, start, end) is not None)
        return found


def _construct_hits(doc: Document, toks: list[Token]) -> list[Hit]:
    text = straight(doc.text)
    scan = _Scan(text)
    low = scan.text if scan.fold else text.lower()
    hits: list[Hit] = []
    found = _Searches(scan)
    for m in _matches(v.WISH_DEAD, scan):
        hits.append(_hit("wish_to_be_dead", m.start(), m.end()))
    if v.DEATH_IN_TEXT.search(text):
        for m in _matches(v.JOIN, scan):
            hits.append(_hit("join_someone_who_died", m.start(), m.end()))
    for m in _matches(v.ACTIVE, scan):
        hits.append(_hit("active_thoughts", m.start(), m.end()))
    for m in _matches(v.SLANG, scan):
        hits.append(_hit("active_thoughts", m.start(), m.end()))
    for m in _matches(v.ASKS, scan):
        hits.append(_hit("asks_to_be_killed", m.start(), m.end()))
    for m in _matches(v.SELF_HARM, scan):
        hits.append(_hit("self_harm_now", m.start(), m.end()))
    for m in _matches(v.LETHAL_QUESTION, scan):
        hits.append(_hit("lethal_amount", m.start(), m.end()))
    methods = list(_matches(v.METHOD, scan))  # read twice: here and in _composed_hits
    for m in methods:
        s, e = _near(doc, m.start(), before=1, after=1)
        ss, se = _sentence_span(doc, m.start())
        near = v.MED_ACCESS if v.MEDICINE.match(m.group(0)) else v.ACCESS
        access = found(near, ss, se) or (found(near, s, e) and (found(v.PLAN, s, e) or found(v.NIGHT, s, e)))
        if access:
            hits.append(_hit("method_at_hand", m.start(), m.end()))
    for m in _matches(v.PLAN_STRONG, scan):
        hits.append(_hit("plan_set", m.start(), m.end()))
    for m in _matches(v.PLAN, scan):
        hits.append(_hit("plan_or_decision", m.start(), m.end()))
    for m in _matches(v.FINAL, scan):
        ss, se = _sentence_span(doc, m.start())
        s, e = _near(doc, m.start(), before=0, after=1)
        hits.append(_hit("finality_with_time" if found(v.NIGHT, s, e) else "finality", m.start(), m.end()))
    for m in _matches(v.CONDITIONAL, scan):
        hits.append(_hit("conditional_intent", m.start(), m.end()))
    for m in _matches(v.CANNOT_GO_ON, scan):
        hits.append(_hit("life_cannot_go_on", m.start(), m.end()))
    for m in _matches(v.FAREWELL, scan):
        hits.append(_hit("farewell_final", m.start(), m.end()))
    for m in _matches(v.FAREWELL_SOFT, scan):
        hits.append(_hit("farewell_soft", m.start(), m.end()))
    for m in _matches(v.PREPARE, scan):
        hits.append(_hit("preparing_to_die", m.start(), m.end()))
    for m in _matches(v.PREPARE_SOFT, scan):
        hits.append(_hit("putting_things_in_order", m.start(), m.end()))
    if any(h.label == CRISIS for h in hits) or "self" in low or "harm" in low:
        for m in _matches(v.SELF_HARM_ESCALATES, scan):
            hits.append(_hit("self_harm_escalates", m.start(), m.end()))
    for h in _composed_hits(doc, text, scan, found, methods) + _lexicon_hits(doc, toks):
        if not any(o.label == h.label and o.weight >= h.weight and o.start < h.end and h.start < o.end for o in hits):
            hits.append(h)
    for m in _matches(v.UNREACHABLE, scan):
        hits.append(_hit("cannot_reach_them", m.start(), m.end()))
    for m in _matches(v.DISTRESS_RE, scan):
        hits.append(_hit("hard_time", m.start(), m.end()))
    return hits


def _lexicon_hits(doc: Document, toks: list[Token]) -> list[Hit]:
    """Hits from the concept rules of ``cues/crisis_lexicon.toml`` (:mod:`.crisis_concepts`)."""
    return [_hit(rule.cue, start, end) for rule, start, end in concept_matches(doc, LEXICON, toks)]


def _composed_hits(doc: Document, text: str, scan: _Scan, found: _Searches,
                   methods: list[re.Match[str]]) -> list[Hit]:
    """Hits from the composed lexicons (:mod:`.crisis_compose`)."""
    hits = [_hit(name, m.start(), m.end()) for pattern, name in c.SIMPLE for m in _matches(pattern, scan)]
    for m in _matches(c.DECISION, scan):
        timed = c.decision_with_time(text, _near(doc, m.start(), before=1, after=1))
        hits.append(_hit("plan_set" if timed else "plan_or_decision", m.start(), m.end()))
    for m in _matches(c.TAKE_ALL, scan):
        timed = c.decision_with_time(text, _near(doc, m.start(), before=0, after=1))
        hits.append(_hit("plan_set" if timed else "method_at_hand", m.start(), m.end()))
    for m in _matches(c.METHOD_PLACE, scan):
        if found(c.METHOD_THOUGHT, *_near(doc, m.start(), before=1, after=1)):
            hits.append(_hit("method_at_hand", m.start(), m.end()))
    for m in methods:
        if found(c.SERIOUS, *_near(doc, m.start(), before=0, after=1)):
            hits.append(_hit("method_at_hand", m.start(), m.end()))
    return hits


def lowered(hits: list[Hit], text: str) -> list[Hit]:
    """An explicit "I'm not suicidal" turns suicide-type crisis hits into the
    gentle help; weak crisis signs that do not reach a crisis give it too, and so
    does hopelessness alone (:data:`.crisis_compose.HOPELESS_SIGNS`), however often said."""
    crisis = [h for h in hits if h.label == CRISIS and h.weight > 0.0 and not h.gated]
    if not crisis:
        return hits
    # One phrase is one piece of evidence: of overlapping weak crisis hits only the first counts.
    echo = [h for i, h in enumerate(crisis) if h.weight < THRESHOLD and any(
        o.start < h.end and h.start < o.end and h.weight <= o.weight < THRESHOLD for o in crisis[:i])]
    if echo:
        hits = [h for h in hits if h not in echo]
        crisis = [h for h in crisis if h not in echo]
    denial = c.DENIAL.search(text)
    if denial:
        suicide = [h for h in crisis if h.cue in c.SUICIDE_CUES]
        if suicide:
            hits = [h for h in hits if h not in suicide]
            return [*hits, _hit("risk_denied", denial.start(), denial.end())]
        return hits
    if all(h.cue in c.HOPELESS_SIGNS for h in crisis):
        # Hopelessness alone, however often said, is the gentle help; a crisis needs a sign of risk.
        hits = [h._replace(weight=0.0) if h in crisis else h for h in hits]
        weak = [h for h in crisis if h.cue in c.WEAK_SIGNS]
        return [*hits, _hit("weak_crisis_signs", weak[0].start, weak[0].end)] if weak else hits
    weak = [h for h in crisis if h.cue in c.WEAK_SIGNS]
    if weak and noisy_or(h.weight for h in crisis) < THRESHOLD:
        hits = [*hits, _hit("weak_crisis_signs", weak[0].start, weak[0].end)]
    return hits


def crisis_hits(doc: Document, hits: list[Hit]) -> list[Hit]:
    """The engine's last step: ``hits`` plus the construct hits, less the
    crisis and distress hits a guard sets aside (see the module docstring)."""
    text = straight(doc.text)
    hits = hits + construct_hits(doc)
    if not any(h.label in (CRISIS, DISTRESS) for h in hits):
        return hits
    past = past_sentences(doc, text)
    recovered = bool(past) and bool(RECOVERED.search(text) or MILESTONE.search(text)) and not CURRENT.search(text)
    memo: dict[tuple[str, int], bool] = {}
    kept = [
        h for h in hits
        if h.label not in (CRISIS, DISTRESS) or h.weight == 0.0 or not set_aside(doc, text, h, past, recovered, memo)
    ]
    return lowered(kept, text)

