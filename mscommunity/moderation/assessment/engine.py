"""The engine: read the document, run the named steps in order, score the labels.

Pure Python. :func:`explain` returns every hit, in step order:

1. ``regex``: every cue with a pattern (``cues/*.toml``), where its flags
   allow (not in reported speech, not hedged, only in a question ...).
2. ``seeking_sentences``: the sentences holding a seeking-advice hit of step 1
   at or above the threshold (no hits; step 7 reads it).
3. ``sentence_anchored``: patterns starting with ``^`` again at every
   sentence start (step 1 only tries the start of the text).
4. ``questions``, 5. ``doses``, 6. ``spam_structure`` (:mod:`.steps`).
7. ``spam_signals`` (:mod:`.spam`): links, contacts, generic comments, selling words.
8. ``experience`` (:mod:`.experience`), given the sentences of step 2.
9. ``crisis_two_part`` (:mod:`.steps`).
10. ``requests`` (:mod:`.advice`): a request about health in any form.
11. ``topic_gate`` (:mod:`.advice`): advice hits in a sentence about money,
    benefits, work or law are marked ``gated`` (:mod:`.topic`); they score
    nothing and are no evidence.

Then :func:`.spam_weighing.weigh_spam` weighs the spam hits together (each cue once,
guards for personal stories, public-health links and own fundraising), and
last ``crisis_constructs`` (:mod:`.crisis`) adds the crisis and distress
constructs and sets aside what a guard rules out (a past episode, a topic, a joke).

:func:`score` turns hits into labels: a label's score is the noisy OR of its
weights (``1 - prod(1 - w)``); when a post is very probably spam (score >=
0.9) its advice and experience scores are halved; a label is present at
:data:`THRESHOLD`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from mscommunity.moderation.assessment.advice import request_hits, topic_gate
from mscommunity.moderation.assessment.crisis import crisis_hits
from mscommunity.moderation.assessment.cues import CUES, Cue
from mscommunity.moderation.assessment.document import Document, clause_matches, negated
from mscommunity.moderation.assessment.experience import experience_hits
from mscommunity.moderation.assessment.hits import Hit, hit_for
from mscommunity.moderation.assessment.keywords import Gate
from mscommunity.moderation.assessment.result import (
    EXPERIENCE,
    GIVING,
    LABEL_NAMES,
    SEEKING,
    SPAM,
    THRESHOLD,
    Evidence,
    Label,
)
from mscommunity.moderation.assessment.spam import spam_signal_hits
from mscommunity.moderation.assessment.spam_weighing import weigh_spam
from mscommunity.moderation.assessment.steps import (
    crisis_two_part_hits,
    dose_hits,
    question_hits,
    spam_structure_hits,
)
from mscommunity.moderation.assessment.topic import Topics
from mscommunity.moderation.folding import folded

STEPS: tuple[str, ...] = (
    "regex", "seeking_sentences", "sentence_anchored", "questions", "doses", "spam_structure", "spam_signals",
    "experience", "crisis_two_part", "requests", "topic_gate", "crisis_constructs",
)
"""The engine's steps, in the order they run (a cue's ``step`` names one)."""

SPAM_DAMPING = 0.9
"""A spam score at or above this halves the advice and experience scores: spam is not advice."""


def explain(doc: Document, cues: tuple[Cue, ...] = CUES.regex_cues) -> list[Hit]:
    """Every hit for ``doc``, in step order (see the module docstring)."""
    hits = regex_hits(doc, cues)
    seeking = seeking_sentences(doc, hits)
    hits += sentence_anchored_hits(doc, cues)
    hits += question_hits(doc)
    hits += dose_hits(doc)
    hits += spam_structure_hits(doc)
    hits += spam_signal_hits(doc)
    hits += experience_hits(doc, seeking)
    hits += crisis_two_part_hits(doc)
    topics = Topics(doc)
    hits += request_hits(doc, topics)
    hits = topic_gate(doc, topics, hits)
    return crisis_hits(doc, weigh_spam(doc, hits))


def regex_hits(doc: Document, cues: tuple[Cue, ...]) -> list[Hit]:
    """Step 1: every pattern cue where its flags allow it, at its weight
    (halved without a health word for ``health``; scaled for ``off_topic``).
    A cue none of whose keys is in the text is not run (:func:`_gate`); a pattern
    runs case-sensitively over the lowered text where that gives the same spans
    (:mod:`mscommunity.moderation.folding`)."""
    hits: list[Hit] = []
    text = doc.text
    gate, twins = _gate(cues)
    for index in gate.candidates(doc.low):
        cue = cues[index]
        pattern = cue.pattern
        if pattern is None:
            continue
        flags = cue.flags
        # The same spans, found faster case-sensitively in the lowered text where that is exact (moderation/folding.py).
        plain = twins[index] if doc.fold else None
        if plain is not None:
            matches = clause_matches(doc, plain, doc.low) if "clause" in flags else plain.finditer(doc.low)
        else:
            matches = clause_matches(doc, pattern) if "clause" in flags else pattern.finditer(text)
        for m in matches:
            start, end = m.start(), m.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            if end <= start:
                continue
            sent = doc.sentences[doc.sentence_of(start)]
            if cue.anchored and start != sent.start:
                continue  # anchored cues are matched per sentence in step 3
            if not _allowed(doc, flags, start, end, question=sent.question):
                continue
            weight = cue.weight
            if "health" in flags and not sent.health:
                weight *= 0.5
            if "off_topic" in flags:
                weight = 1.0 - (1.0 - weight) ** 3 if doc.off_topic else weight * 0.3
            hits.append(hit_for(cue, start, end, weight))
    return hits


_GATES: dict[int, tuple[tuple[Cue, ...], Gate, tuple[re.Pattern[str] | None, ...]]] = {}


def _gate(cues: tuple[Cue, ...]) -> tuple[Gate, tuple[re.Pattern[str] | None, ...]]:
    """The cues' pre-check (:class:`.keywords.Gate` over their ``keys``) and their
    patterns' folded twins (None: not foldable), built once per tuple of cues."""
    cached = _GATES.get(id(cues))
    if cached is None or cached[0] is not cues:
        if len(_GATES) > 8:
            _GATES.clear()
        twins = tuple(folded(c.pattern) if c.pattern is not None else None for c in cues)
        cached = _GATES[id(cues)] = (cues, Gate([c.keys for c in cues]), twins)
    return cached[1], cached[2]


def _allowed(doc: Document, flags: frozenset[str], start: int, end: int, *, question: bool) -> bool:
    """True when the restrictions in ``flags`` let a match at ``[start, end)`` count."""
    return not (
        ("author" in flags and doc.in_reported(start, end))
        or ("no_hedge" in flags and doc.hedged(start))
        or ("statement" in flags and question)
        or ("question" in flags and not question)
        or ("clause" in flags and not doc.at_clause_start(start))
        or ("negatable" in flags and negated(doc, start))
        or ("on_topic" in flags and doc.off_topic)
        or ("not_coordinated" in flags and doc.coordinated_with_author(start))
    )


def seeking_sentences(doc: Document, hits: Iterable[Hit]) -> set[int]:
    """Step 2: indexes of the sentences holding a seeking-advice hit at or above the threshold."""
    return {doc.sentence_of(h.start) for h in hits if h.label == SEEKING and h.weight >= THRESHOLD}


def sentence_anchored_hits(doc: Document, cues: tuple[Cue, ...]) -> list[Hit]:
    """Step 3: cues anchored with ``^``, tried at every sentence (no flags, full weight)."""
    hits: list[Hit] = []
    for cue in cues:
        if not cue.anchored or cue.pattern is None:
            continue
        for sent in doc.sentences:
            m = cue.pattern.search(doc.text, sent.start, sent.end)
            if m and m.end() > m.start():
                hits.append(hit_for(cue, m.start(), m.end()))
    return hits


def noisy_or(weights: Iterable[float]) -> float:
    """``1 - prod(1 - w)`` over the weights (each clipped to [0, 1])."""
    p = 1.0
    for w in weights:
        p *= 1.0 - max(0.0, min(1.0, w))
    return 1.0 - p


def score(text: str, hits: Iterable[Hit]) -> tuple[dict[str, Label], dict[str, Label]]:
    """``(labels, candidates)``: labels at or above :data:`THRESHOLD`, and
    labels with some evidence below it; evidence spans index ``text``."""
    by_label: dict[str, list[tuple[float, int, int]]] = {n: [] for n in LABEL_NAMES}
    for h in hits:
        if not h.gated:  # a hit the topic gate cancelled is no evidence
            by_label[h.label].append((h.weight, h.start, h.end))
    scores = {n: noisy_or(w for w, _, _ in items) for n, items in by_label.items()}
    if scores[SPAM] >= SPAM_DAMPING:
        for n in (SEEKING, GIVING, EXPERIENCE):
            scores[n] *= 0.5
    labels: dict[str, Label] = {}
    candidates: dict[str, Label] = {}
    for name in LABEL_NAMES:
        items = by_label[name]
        if not items or scores[name] <= 0.0:
            continue
        spans = sorted({(s, e) for _, s, e in items})
        evidence = tuple(Evidence(text[s:e], s, e) for s, e in spans)
        label = Label(name, round(min(1.0, scores[name]), 3), evidence)
        if label.score >= THRESHOLD:
            labels[name] = label
        else:
            candidates[name] = label
    return labels, candidates
