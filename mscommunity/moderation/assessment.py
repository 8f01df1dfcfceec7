"""Step 4 of the ingest pipeline: assess a text for advice, crisis and spam.

Pure Python, no Django import. One public entry point::

    assess(text, *, treatments=None) -> Assessment

The assessment is made of explainable rules: every label carries the phrases
that triggered it (``Evidence(phrase, start, end)`` with
``text[start:end] == phrase``), so a moderator can see why a post was held.

Labels
------
``seeking_advice``
    The author asks what to do about a health or treatment matter, for
    themselves or someone they care for (a question with a first person and a
    health word, "can my son be a candidate", "please help", "call me").
``giving_advice``
    The author tells others what to do about their health (imperatives such as
    "try X" / "don't take", "you should", "I recommend", dosing for others,
    "sounds like you have"). Reported speech (inside quotes, or after "my
    doctor said") and hedged phrases ("not sure you should") do not count,
    nor does a referral to the reader's own doctor.
``crisis``
    Self-harm, suicidal thoughts, abuse or immediate danger, for the author or
    someone near them. Tuned to miss nothing: it flags on a single strong
    phrase, is not silenced by reported speech, and only a plain negation
    ("I'm not suicidal") cancels a phrase. Besides explicit words it knows
    categories: stockpiling medicine, a method (a river, a train, a bridge)
    said with intent or as a recurring thought, farewell and finality ("not
    sticking around", "my last post"), a fall the author cannot get up from,
    alone, and another person threatening to harm themselves. Weak phrases
    ("made my peace with it") only count together.
``spam``
    Off-topic praise ("you just gained a new reader"), promotion, link-only
    posts, repeated text. Scores of 0.95 and above are "certain".
``treatment_experience``
    The author reports a treatment they, or someone they care for, had and how
    it went. Treatments come from :mod:`treatments.vocabulary`, plus generic
    treatment words (transplant, infusion, chemo, steroids, a named diet, a
    device such as FES, "the clinic" ...); the vaguest of these ("the clinic",
    "treatment") need someone having it, not just an outcome.

Scores combine cue weights as a noisy OR (``1 - prod(1 - w)``); a label is
present when its score reaches :data:`THRESHOLD`. When a post is very
probably spam (score >= 0.9), its advice and experience scores are halved:
spam is not advice.

Contract: ``assess`` never raises on any input (``None``, non-strings, empty,
emoji, right-to-left scripts, very long texts); it analyses at most
:data:`MAX_CHARS` characters.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from treatments.vocabulary import (
    DEFAULT_VOCABULARY,
    TreatmentMention,
    TreatmentTerm,
    Vocabulary,
)

SEEKING = "seeking_advice"
GIVING = "giving_advice"
CRISIS = "crisis"
SPAM = "spam"
EXPERIENCE = "treatment_experience"
LABEL_NAMES: tuple[str, ...] = (SEEKING, GIVING, CRISIS, SPAM, EXPERIENCE)

THRESHOLD = 0.5
"""A label is present when its score is at least this."""

SPAM_CERTAIN = 0.95
"""Spam scores at or above this are treated as certain by the policy."""

MAX_CHARS = 100_000
"""Only the first MAX_CHARS characters are analysed (pipeline validation
rejects longer texts anyway)."""


# --------------------------------------------------------------------------
# Public data types
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Evidence:
    """A phrase that triggered a label: ``text[start:end] == phrase``."""

    phrase: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form."""
        return {"phrase": self.phrase, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Label:
    """A label with its score in [0, 1] and the evidence behind it."""

    name: str
    score: float
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form."""
        return {
            "name": self.name,
            "score": self.score,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Assessment:
    """The result of :func:`assess`.

    ``labels`` maps each *present* label name (score >= THRESHOLD) to its
    :class:`Label`; ``candidates`` also holds labels that had some evidence
    but stayed below the threshold (shown to moderators, never acted on).
    ``treatments`` are the distinct treatment slugs mentioned, in order;
    ``mentions`` the individual mentions; ``link_count`` the number of links.
    """

    labels: dict[str, Label] = field(default_factory=dict)
    candidates: dict[str, Label] = field(default_factory=dict)
    treatments: tuple[str, ...] = ()
    mentions: tuple[TreatmentMention, ...] = ()
    link_count: int = 0

    def has(self, name: str) -> bool:
        """True when the label ``name`` is present."""
        return name in self.labels

    def score(self, name: str) -> float:
        """The label's score (0.0 when it had no evidence at all)."""
        label = self.labels.get(name) or self.candidates.get(name)
        return label.score if label else 0.0

    @property
    def names(self) -> tuple[str, ...]:
        """Present label names, in :data:`LABEL_NAMES` order."""
        return tuple(n for n in LABEL_NAMES if n in self.labels)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form (only lists, dicts, strings and numbers)."""
        return {
            "labels": [self.labels[n].to_dict() for n in self.names],
            "scores": {n: self.score(n) for n in LABEL_NAMES},
            "treatments": list(self.treatments),
            "link_count": self.link_count,
        }

    @classmethod
    def from_names(
        cls, names: Iterable[str], *, score: float = 1.0, link_count: int = 0
    ) -> Assessment:
        """An assessment with the given labels present (no evidence).

        Used to apply the policy to gold labels in tests and benchmarks.
        """
        return cls(
            labels={n: Label(n, score) for n in names},
            link_count=link_count,
        )


# --------------------------------------------------------------------------
# Text structure
# --------------------------------------------------------------------------

_F = re.IGNORECASE


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _F)


# A sentence ends at ., ! or ? (followed by space or end, not after a title
# such as "Dr."), or at a line break.
_SENT_RE = re.compile(
    r"[^\n]*?(?:(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bSt)(?<!\bvs)(?<!\be\.g)(?<!\bi\.e)"
    r"[.!?]+[\"'”’)\]]*(?=\s|$)|\n|$)"
)
_WH_START = _rx(
    r"^\W*(?:(?:how|what|where|when|which|who|whom|why)\b(?!\s+an?\b)"
    r"|(?:can|could|would|will|should|is|are|am|does|did|has|have|may|might|wud|wld|cud|cld|shud|shld)\s+"
    r"(?:i|we|he|she|my|anyone|anybody|someone|somebody|you|there|this|it|that|they)\b"
    r"|do\s+(?:i|we|you|they|he|she|anyone|anybody|people)\b)"
)
_QUOTE_RE = re.compile(
    r"\"[^\"\n]{1,400}\"|“[^”\n]{1,400}”|(?<![\w])'[^'\n]{2,200}'(?![\w])"
    r"|(?<![\w])‘[^’\n]{2,200}’(?![\w])"
)
_REPORTER = (
    r"(?:doctor|doc|dr\.?(?:\s+\w+)?|neuro|neurologist|nurse|gp|consultant|specialist|"
    r"physician|surgeon|physio|friend|mum|mom|mother|dad|father|husband|wife|"
    r"partner|sister|brother|son|daughter|team|clinic|hospital|everyone|people)"
)
_REPORTED_RE = _rx(
    rf"\b(?:(?:my|his|her|our|their|the|a|an|your)\s+(?:\w+\s+){{0,2}}?{_REPORTER}(?:'s)?"
    r"|he|she|they|someone|somebody|doctors|neurologists|nurses)"
    r"(?:\s+exact\s+words\s+were|\s+(?:always|just|once|then|even|also|only|kept|keeps))?"
    r"\s+(?:said|says|say|told|tells|tell\s+(?:me|us)|recommended|recommends|advised|"
    r"advises|suggested|suggests|insisted|warned|wants\s+(?:me|us|him|her)|"
    r"wanted\s+(?:me|us|him|her)|thinks|thought|keeps\s+telling|kept\s+telling|"
    r"prescribed|put\s+me\s+on)\b"
    r"|\b(?:i|we|he|she|they)\s+(?:was|were|am|are|have\s+been|had\s+been|got|get)\s+"
    r"(?:told|advised|warned)\b"
    r"|\b(?:the\s+answer\s+was|according\s+to)\b"
)
_HEDGE_RE = _rx(
    r"\b(?:not\s+sure|unsure|don'?t\s+know|do\s+not\s+know|dunno|no\s+idea|"
    r"not\s+saying|never\s+say|wouldn'?t\s+say|would\s+never\s+say|can'?t\s+say|"
    r"cannot\s+say|not\s+telling|not\s+giving\s+advice|wonder\w*|doubt)\b"
)
_LINK_RE = _rx(
    r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|biz|ru|io|co|"
    r"example|xyz|shop|online|site|top)(?:/\S*)?\b"
)
_HEALTH_RE = _rx(
    r"\b(?:ms|multiple\s+sclerosis|rrms|spms|ppms|cis|treat\w*|therap\w*|drugs?|meds?|"
    r"medications?|medicines?|doses?|dosage|mg|clinics?|hospitals?|doctors?|neuro\w*|"
    r"nurses?|gp|mri'?s?|scans?|lesions?|edss|relaps\w*|symptoms?|side[- ]effects?|"
    r"trials?|candidates?|eligible|qualify|dmts?|chemo\w*|transplant\w*|stem\s+cells?|"
    r"infusions?|inject\w*|fatigue|tired\w*|spasms?|spasticity|pain|walk\w*|wheelchair|"
    r"vision|sight|eyes?|bladder|pregnan\w*|breastfeed\w*|diagnos\w*|progress\w*|"
    r"disease|cure[ds]?|steroids?|jcv|pml|results?|report|referr\w*|insurance|nhs|"
    r"cost|price|pay|afford|waiting\s+list|recovery|numb\w*|tingl\w*|spine|hair|nausea|"
    r"heat|alcohol|sleep\w*|options?|appointment|register|surgery|procedure|lumbar|"
    r"blood|tests?|tested|approval|accepted|harvest\w*|hope|done|cope|coping|"
    r"available|worse|better|symptom\w*|carers?|diets?|protocols?|supplements?|vaccin\w*|devices?|"
    r"acupuncture|hyperbaric|stem|pills|tablets)\b"
)
_PERSON_RE = _rx(
    r"\b(?:i|i'm|im|i've|ive|i'd|me|my|myself|we|we're|us|our|anyone|anybody|someone|"
    r"somebody|people|others|you\s+guys|you\s+all|y'all)\b"
)
_CARER = (
    r"(?:son|daughter|wife|husband|partner|mum|mom|mother|father|dad|brother|sister|"
    r"sister-in-law|brother-in-law|friend|child|kid|boy|girl|grandson|granddaughter|"
    r"boyfriend|girlfriend|fiance|fiancee|aunt|uncle|cousin|niece|nephew)"
)
_AUTHOR_RE = _rx(rf"\b(?:i|i'm|im|i've|ive|me|my|we|we're|our|us|he|she|my\s+{_CARER})\b")
_TOKEN_RE = re.compile(r"[\w']+")
_LAST_CONJ_RE = re.compile(r"\b(?:and|then|or|but)\s+(?:\w+\s+)?$", _F)
_FIRST_SUBJECT_RE = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|we|we're|we've)\b", _F)
_CLAUSE_BREAK_RE = re.compile(r"[,;:(—–]|\s-\s|\.\.\.|\b(?:and|but|so|then|or)\b", _F)
_FILLERS = frozenset(
    {"please", "pls", "plz", "just", "also", "honestly", "seriously", "definitely",
     "really", "mate", "guys", "folks", "friends", "everyone", "all", "first",
     "always", "simply", "maybe", "perhaps", "personally", "oh", "ok", "okay", "well",
     "hey", "hi", "yes", "yeah", "no", "and", "but", "so", "then", "or", "now",
     "instead", "hun", "hon", "dear", "carers"}
)


@dataclass(slots=True)
class _Sentence:
    start: int
    end: int
    question: bool
    health: bool
    person: bool
    author: bool


@dataclass(slots=True)
class _Doc:
    text: str
    sentences: list[_Sentence]
    starts: list[int]
    reported: list[tuple[int, int]]
    mentions: list[TreatmentMention]
    mention_sentences: set[int]
    low: str = ""  # text.lower(), for cheap keyword pre-checks
    off_topic: bool = False
    seeking: set[int] = field(default_factory=set)  # sentences holding a seeking-advice cue
    _clause_starts: list[int] | None = None

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def in_reported(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in self.reported)

    def prefix(self, pos: int) -> str:
        """Text from the start of the match's sentence up to ``pos``."""
        return self.text[self.sentences[self.sentence_of(pos)].start:pos]

    def at_clause_start(self, pos: int) -> bool:
        """True when only filler words stand between the last clause break
        (or the sentence start) and ``pos``."""
        prefix = self.prefix(pos)
        parts = _CLAUSE_BREAK_RE.split(prefix)
        tail = parts[-1] if parts else ""
        words = re.findall(r"[\w']+", tail.lower())
        return all(w in _FILLERS for w in words)

    def clause_starts(self) -> list[int]:
        """Every position where :meth:`at_clause_start` can hold for a word: the
        first words of each clause, up to and including the first non-filler."""
        if self._clause_starts is None:
            out: set[int] = set()
            text = self.text
            for sent in self.sentences:
                bounds = [sent.start, *(m.end() for m in _CLAUSE_BREAK_RE.finditer(text, sent.start, sent.end))]
                for b in bounds:
                    for t in _TOKEN_RE.finditer(text, b, sent.end):
                        out.add(t.start())
                        if t.group(0).lower() not in _FILLERS:
                            break
            self._clause_starts = sorted(out)
        return self._clause_starts

    def coordinated_with_author(self, pos: int) -> bool:
        """True when the clause at ``pos`` follows "and"/"then"/"or" after a clause
        whose subject is the author ("I'm 61 now and use a walker")."""
        prefix = self.prefix(pos)
        m = _LAST_CONJ_RE.search(prefix)
        return bool(m and _FIRST_SUBJECT_RE.search(prefix, 0, m.start()))

    def hedged(self, pos: int) -> bool:
        return bool(_HEDGE_RE.search(self.prefix(pos)))


def _split_sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _SENT_RE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            spans.append((s, e))
        if m.end() >= len(text):
            break
    return spans or [(0, len(text))]


def _build_doc(text: str, vocab: Vocabulary) -> _Doc:
    sentences: list[_Sentence] = []
    for s, e in _split_sentences(text):
        chunk = text[s:e]
        sentences.append(
            _Sentence(
                s, e,
                question="?" in chunk or (
                    bool(_WH_START.search(chunk)) and not chunk.rstrip().endswith((".", "!"))
                ),
                health=bool(_HEALTH_RE.search(chunk)),
                person=bool(_PERSON_RE.search(chunk)),
                author=bool(_AUTHOR_RE.search(chunk)),
            )
        )
    starts = [s.start for s in sentences]
    reported: list[tuple[int, int]] = [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)]
    doc = _Doc(text, sentences, starts, reported, [], set(), text.lower())
    for m in _REPORTED_RE.finditer(text):
        sent = sentences[doc.sentence_of(m.start())]
        reported.append((m.start(), sent.end))
    mentions = vocab.find(text)
    doc.mentions = mentions
    doc.mention_sentences = {doc.sentence_of(x.start) for x in mentions}
    for sent in sentences:
        if not sent.health and any(
            sent.start <= x.start < sent.end for x in mentions
        ):
            sent.health = True
    doc.off_topic = not mentions and not any(s.health for s in sentences)
    return doc


# --------------------------------------------------------------------------
# Cues
# --------------------------------------------------------------------------

# Flags restricting where a cue counts.
AUTHOR = "author"        # not inside quotes / reported speech
NO_HEDGE = "no_hedge"    # not after "not sure", "don't know", ...
STATEMENT = "statement"  # not in a question
QUESTION = "question"    # only in a question
CLAUSE = "clause"        # only at the start of a clause (imperatives)
HEALTH = "health"        # full weight only with a health word in the sentence
OFF_TOPIC = "off_topic"  # praise: weak in a post about MS, strong otherwise
NEGATABLE = "negatable"  # cancelled by "not"/"never" just before
ON_TOPIC = "on_topic"    # only in a post with some health or treatment word
NOT_COORDINATED = "not_coordinated"  # not a verb joined by "and" to the author's own clause


@dataclass(frozen=True, slots=True)
class _Cue:
    label: str
    weight: float
    pattern: re.Pattern[str]
    flags: frozenset[str] = frozenset()
    # Lower-case strings one of which every match contains: when none is in the
    # text the (costly) regex is not run at all. Empty: always run.
    keys: tuple[str, ...] = ()


def _cue(label: str, weight: float, pattern: str, *flags: str) -> _Cue:
    compiled = _rx(pattern)
    return _Cue(label, weight, compiled, frozenset(flags), tuple(sorted(_required_factors(compiled) or ())))


def _required_factors(compiled: re.Pattern[str]) -> frozenset[str] | None:
    """A set of literal strings (lower case) at least one of which occurs in every
    match of ``compiled``, or None when no useful set is found.

    Read from the parsed pattern: literal runs are required; a group or a
    repeat with a minimum of one passes on its children's set; an alternation
    needs a set from every branch (their union). Lookarounds, classes and
    optional parts contribute nothing. The set whose shortest member is longest
    wins, so the pre-check stays selective.
    """
    try:
        import re._parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover
        return None
    try:
        tree = sre_parse.parse(compiled.pattern, compiled.flags)
    except Exception:  # pragma: no cover - the pattern compiled, so this should not happen
        return None
    return _factors_of(list(tree))


def _factors_of(items: list[Any]) -> frozenset[str] | None:
    from re._constants import BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

    best: frozenset[str] | None = None

    def consider(cand: frozenset[str] | None) -> None:
        nonlocal best
        if not cand or min(len(c) for c in cand) < 2:
            return
        if best is None or min(len(c) for c in cand) > min(len(c) for c in best):
            best = cand

    run: list[str] = []
    for op, av in items:
        if op is LITERAL:
            run.append(chr(av).lower())
            continue
        consider(frozenset({"".join(run)}) if run else None)
        run = []
        sub: frozenset[str] | None = None
        if op is SUBPATTERN:
            sub = _factors_of(list(av[-1]))
        elif op is BRANCH:
            alts = [_factors_of(list(a)) for a in av[1]]
            if alts and all(a is not None for a in alts):
                sub = frozenset().union(*alts)  # type: ignore[arg-type]
        elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
            sub = _factors_of(list(av[2]))
        consider(sub)
    consider(frozenset({"".join(run)}) if run else None)
    return best


_IMPERATIVE = (
    r"(?:try|take|stop|start|avoid|go|get|ask\s+(?:for|about|your|to|if)|look\s+into|"
    r"look\s+after\s+yoursel\w+|check\s+out|consider|switch|increase|up\s+(?:the|your)|"
    r"use|find|demand|push\s+for|insist|stay\s+away|keep\s+taking|skip|ditch|drink|eat|"
    r"apply|sell|listen\s+to\s+your|tell\s+your|bring|see\s+(?:a|an|your)|forget|cut\s+out|"
    r"join|do\s+it|do\s+your\s+research|research|exercise|move|save|split|book\s+respite|"
    r"give\s+\w+\s+a\s+(?:go|try)|go\s+for|wear|stick\s+with|stay\s+on|come\s+off|"
    r"cut\s+down|limit|reduce|double|add|speak\s+to\s+(?:a|an|your|the|someone)|seek|fight|trust\s+me|"
    r"keep\s+(?:a|an|your|track|notes|a\s+record)|write\s+(?:down|it|them|everything|your)|"
    r"check\s+(?:your|with|that|if|whether)|talk\s+to\s+(?:your|a|an|the|them|someone)|"
    r"ask\s+(?:them|the|him|her|a|an|every|for|about|your)|make\s+sure|take\s+someone|"
    r"get\s+(?:a|an|your|it|them|the|all|every|someone|some|tested|checked|referred))"
)
_NOT_IMPERATIVE_AFTER = (
    r"(?!\s+(?:is|was|has|had|helps|helped|made|makes|does|did|are|were|me\b|well|care|"
    r"telling|saying|explaining)\b)"
)
_DOSE = r"\b\d+(?:[.,]\d+)?\s?(?:mg|mcg|ml|iu|drops?|puffs?|units?|mgs)\b"

_CUES: tuple[_Cue, ...] = (
    # ---------------- seeking advice ----------------
    _cue(SEEKING, 0.8,
         r"\b(?:would|will|could|can|might|does|do|did)\s+(?:\S+\s+){1,3}?"
         r"(?:work|help|be\s+(?:good|right|safe|suitable|an\s+option|possible|worth))"
         r"\b", QUESTION),
    _cue(SEEKING, 0.85,
         r"\b(?:would|will|could|can|might)\s+(?:this|it|that|hsct|the\s+\w+)\s+"
         r"(?:really\s+)?(?:work|help)\s+(?:for|with)\s+(?:me|my|him|her|us|them|someone)\b"),
    _cue(SEEKING, 0.85,
         r"\b(?:am\s+i|are\s+we)\s+(?:\w+\s+)?too\s+(?:late|old|young|far\s+gone|disabled|"
         r"advanced)\b"),
    _cue(SEEKING, 0.85,
         r"\b(?:is\s+(?:he|she|it|my\s+\w+)|(?:is|are|at)\s+\d+)\s+"
         r"(?:\w+\s+)?too\s+(?:late|old|young|far\s+gone|disabled|advanced)\b", QUESTION),
    _cue(SEEKING, 0.55, r"\btoo\s+(?:late|old)\s+for\s+(?:this|it|hsct|treatment|the\s+\w+)",
         QUESTION),
    _cue(SEEKING, 0.85,
         r"\bwhat\s+(?:should|shall|can|could|do|would|must)\s+(?:i|we|he|she|you|my\s+\w+)"
         r"\s+(?:do|take|try|ask|expect|bring|say|use)\b"),
    _cue(SEEKING, 0.6, r"\b(?:know|knows|idea|me|us)\s+what\s+to\s+do\b"),
    _cue(SEEKING, 0.8,
         r"\bshould\s+(?:i|we|he|she|my\s+\w+|our\s+\w+)\s+(?:\w+\s+)?"
         r"(?:stop|start|switch|take|try|go|do|ask|continue|keep|be|get|push|fight|"
         r"wait|worry|see|change|tell|have|come|consider|stay|apply|insist)\b"),
    _cue(SEEKING, 0.6,
         r"\b(?:not\s+sure|unsure|don'?t\s+know|do\s+not\s+know|wondering|wonder|"
         r"can'?t\s+decide|trying\s+to\s+(?:decide|work\s+out|figure\s+out)|torn)\s+"
         r"(?:\w+\s+){0,2}?(?:if|whether|what|which)\s+(?:\w+\s+){0,2}?"
         r"(?:i|we|he|she|my\s+\w+|hsct|it)\b", HEALTH),
    _cue(SEEKING, 0.75,
         r"\bwhere\s+(?:can|could|do|does|should|would|is|are|did)\s+(?:i|we|he|she|one|you|"
         r"my\s+\w+|the\s+best|a\s+good|there)\b"),
    _cue(SEEKING, 0.7,
         r"\bhow\s+(?:(?:do|can|could|would|should|did)\s+(?:i|we|he|she|you|my\s+\w+)|"
         r"(?:i|we|he|she)\s+(?:can|could|should|would))\s+(?:\w+\s+)?"
         r"(?:get|apply|qualify|sign\s+up|register|enrol|enroll|know|cope|manage|deal|"
         r"start|stop|contact|reach|afford|pay|access|be\s+(?:considered|assessed|accepted))\b"),
    _cue(SEEKING, 0.45,
         r"\bhow\s+(?:do|can|could)\s+(?:i|we)\s+(?:find|learn|read)\b", HEALTH),
    _cue(SEEKING, 0.7,
         r"\bhow\s+(?:much|long|many)\s+(?:\w+\s+){0,3}?(?:cost|charge|take|wait|"
         r"stay|before|does|did|is|will)\b", QUESTION, HEALTH),
    _cue(SEEKING, 0.85,
         r"\bwhat\s+(?:does|do|did|is|would)\s+(?:\w+\s+){0,8}?means?\b"),
    _cue(SEEKING, 0.85,
         r"\bwhat\s+(?:are|is)\s+(?:my|our|his|her|the)\s+(?:\w+\s+)?(?:options|choices|"
         r"chances|next\s+steps?|best\s+option|alternatives)\b"),
    _cue(SEEKING, 0.7,
         r"\bis\s+(?:this|that|it)\s+(?:\w+\s+)?(?:normal|bad|serious|dangerous|safe|ok|"
         r"okay|common|ms|a\s+relapse|from\s+the|permanent|true|realistic|worth)\b",
         QUESTION),
    _cue(SEEKING, 0.7,
         r"\b(?:is|are)\s+(?:\S+\s+){1,3}?(?:ok|okay|safe|dangerous|bad|worth\s+it|worth|"
         r"permanent|available|covered)\b", QUESTION, HEALTH),
    _cue(SEEKING, 0.85,
         r"\b(?:please|pls|plz|kindly)\s+(?:\w+\s+){0,6}?(?:help|advise|advice|contact|call|"
         r"email|message|tell|let\s+me\s+know|explain|respond|reply)\b"),
    _cue(SEEKING, 0.75,
         r"\b(?:(?:i|we)\s+need\s+(?:some\s+)?"
         r"(?:help|advice)|need\s+(?:some\s+)?advice|i\s+am\s+desperate|i'?m\s+desperate|"
         r"we\s+are\s+desperate|begging)\b"),
    _cue(SEEKING, 0.7, r"(?:^|[.!?]\s*)help\s*!+"),
    _cue(SEEKING, 0.75, r"\bhelp\s+(?:me|us|my\s+\w+|him|her)\b", CLAUSE),
    _cue(SEEKING, 0.8,
         r"\b(?:call|contact|email|e-mail|message|text|phone|ring|reach|write\s+to|dm|pm)"
         r"\s+me\b"),
    _cue(SEEKING, 0.8,
         r"\b(?:be|is|am|are|as)\s+(?:a\s+)?(?:good\s+|suitable\s+|possible\s+)?candidates?\b",
         QUESTION),
    _cue(SEEKING, 0.85,
         r"\b(?:would|wud|could|will|do|does|can|am|is|are)\s+(?:i|he|she|we|they|my\s+\w+)"
         r"\s+(?:\w+\s+)?(?:qualify|be\s+eligible|be\s+accepted|be\s+considered|get\s+in|"
         r"be\s+a\s+candidate|be\s+offered|be\s+able\s+to\s+(?:get|join|have))\b"),
    _cue(SEEKING, 0.6,
         r"\b(?:could|can|would)\s+(?:\w+\s+){0,2}?(?:get\s+in(?:to)?|join|be\s+accepted|"
         r"qualify|be\s+considered|sign\s+up|register|volunteer)\b", HEALTH),
    _cue(SEEKING, 0.6,
         r"\b(?:qualify|eligible|eligibility|accepted|considered|get\s+in(?:to)?|"
         r"sign\s+up|register|volunteer|apply|enrol\w*)\b", QUESTION),
    _cue(SEEKING, 0.8,
         r"\bam\s+i\s+(?:the|a)\s+(?:\w+\s+)?(?:type|kind|sort)\s+of\b"),
    _cue(SEEKING, 0.85,
         r"\b(?:is|are)\s+there\s+(?:anyone|anybody|someone|somebody)\s+(?:\w+\s+){0,2}?"
         r"(?:who|that|out\s+there|here)\b"
         r"|\b(?:can|could|will|would)\s+(?:anyone|someone|somebody|anybody)\s+(?:\w+\s+)?"
         r"(?:help|recommend|tell|explain|advise|suggest|point|share)\b"
         r"|\b(?:does|do)\s+(?:anyone|anybody|someone)\s+(?:here\s+)?know\b"
         r"|\b(?:has|have)\s+(?:anyone|anybody)\s+(?:here\s+|else\s+)?(?:tried|had|done|been|"
         r"switched|used|taken|gone|heard|experienced)\b"
         r"|\b(?:anyone|anybody)\s+(?:here\s+)?(?:know|tried|had|been|have|has|got|"
         r"who\s+(?:has|had|went|did))\b"
         r"|\bis\s+anyone\s+here\b"),
    _cue(SEEKING, 0.8,
         r"\b(?:someone|somebody|anyone|anybody)\s+(?:please\s+)?(?:tell|help|explain|advise)"
         r"\b"),
    _cue(SEEKING, 0.7,
         r"\bany\s+(?:advice|tips|suggestions|ideas?|recommendations|thoughts|help|info|"
         r"information|experience|pointers|guidance)\b"),
    _cue(SEEKING, 0.6, r"^\W*(?:thoughts|advice|ideas|suggestions|help)\s*\?+"),
    _cue(SEEKING, 0.7,
         r"\blooking\s+for\s+(?:anyone|someone|advice|help|information|info|a\s+doctor|"
         r"a\s+neuro\w*|a\s+clinic|recommendations)\b"
         r"|\bi'?d\s+love\s+to\s+hear\s+(?:how|from|your|about)\b"
         r"|\b(?:please\s+)?let\s+me\s+know\s+(?:if|whether|what|where|how)\b"
         r"|\bquick\s+question\b"),
    _cue(SEEKING, 0.55,
         r"\b(?:i\s+would\s+like\s+to\s+know|i\s+want\s+to\s+know|i'?d\s+like\s+to\s+know|"
         r"i\s+was\s+wondering|wondering\s+if)\b", HEALTH),
    _cue(SEEKING, 0.6,
         r"\bdo\s+(?:they|you)\s+(?:take|accept|treat|do|offer|operate|see)\b", QUESTION),
    _cue(SEEKING, 0.75,
         r"\bcan\s+(?:it|this|that|hsct|ms|the\s+\w+)\s+(?:\w+\s+)?be\s+(?:done|repeated|"
         r"given|used|treated|cured|stopped|reversed|helped)\b"),
    _cue(SEEKING, 0.75,
         r"\b(?:is|are)\s+there\s+(?:any|a|an|anything|something)\s+(?:\w+\s+)?"
         r"(?:way|trial|study|hope|treatment|cure|option|support|clinic|doctors?|chance|"
         r"for|that|i|we|else|programme|program)\b", QUESTION),
    _cue(SEEKING, 0.8,
         r"\bcan\s+(?:i|we|he|she|my\s+\w+)\s+(?:\w+\s+)?(?:take|drink|have|use|mix|"
         r"combine|get|stop|start|go|do|join|apply|exercise|travel|fly)\b"),
    _cue(SEEKING, 0.75,
         r"\bdo\s+(?:i|we|he|she)\s+(?:really\s+)?(?:need|have\s+to|qualify)\b"),
    _cue(SEEKING, 0.6, r"\bdo\s+you\s+(?:really\s+)?(?:need|have\s+to)\b", QUESTION, HEALTH),
    _cue(SEEKING, 0.7, r"\bwhat\s+(?:helped|helps|works|worked)\b", QUESTION),
    _cue(SEEKING, 0.7,
         r"\bwhat\s+(?:do|did|would|should)\s+(?:other\s+|most\s+)?(?:people|others|you\s+all|"
         r"you\s+guys|everyone|y'all|you)\s+(?:\w+\s+)?(?:do|use|take|recommend|suggest|"
         r"think)\b"),
    _cue(SEEKING, 0.7, r"\bwould\s+(?:it|this)\s+be\s+worth\b", QUESTION),
    _cue(SEEKING, 0.7, r"\bwhen\s+will\s+(?:\w+\s+){0,3}?be\s+available\b"),
    # Comparing options: "which is better, Mexico or Moscow?", "is Russia or Mexico cheaper".
    _cue(SEEKING, 0.75,
         r"\bwhich\s+(?:(?:one|clinic|drug|dmt|option|country|hospital|treatment|place|is|would|should|do|"
         r"did)\s+)?(?:is\s+|would\s+be\s+|do\s+(?:you|people)\s+)?(?:better|best|safer|cheaper|prefer\w*|"
         r"recommend\w*|worse|easier|quicker|faster)\b"
         r"|\b(?:is|are|was)\s+(?:\w+\s+){1,3}?or\s+(?:\w+\s+){1,3}?(?:better|cheaper|safer|best|worse|"
         r"easier|quicker|faster)\b", QUESTION, ON_TOPIC),
    _cue(SEEKING, 0.6,
         r"^\W*[\w\-]+\s+or\s+[\w\-]+\s+(?:for|if|with|when)\b", QUESTION, HEALTH),
    _cue(SEEKING, 0.75,
         r"^\W*(?:is|are|was|would|will)\s+(?:\w+\s+){1,3}?or\s+(?:\w+\s+){1,3}?(?:better|cheaper|safer|best|"
         r"worse|easier|quicker|faster)\b", HEALTH),
    _cue(SEEKING, 0.7,
         r"(?:^|[.!?,;]\s*)(?:please\s+|someone\s+|anyone\s+)?help(?:\s+(?:me|us|please))?\s*[.!]*\s*$"
         r"|(?:^|[.!?,;]\s*)(?:please\s+)?(?:someone|somebody|anyone|anybody)(?:\s+please)?\s*[.!]*\s*$"),
    # Asking for a reality check: "Is that crazy?", "Would it be mad to ...?", "Am I being stupid?"
    _cue(SEEKING, 0.75,
         r"\b(?:am\s+i|is\s+(?:that|it|this)|would\s+(?:it|that|i)\s+be|are\s+we|was\s+i)\s+(?:\w+\s+){0,2}?"
         r"(?:crazy|mad|stupid|silly|insane|nuts|foolish|reckless|daft|irresponsible|an?\s+(?:bad|good|"
         r"terrible|stupid|silly|dumb|crazy)\s+idea|wrong\s+to)\b", QUESTION, ON_TOPIC),
    _cue(SEEKING, 0.75,
         r"\bhow\s+(?:long|soon|many\s+(?:weeks|months|days|years))\s+(?:\w+\s+){0,2}?after\b"
         r"|\b(?:is|would)\s+it\s+(?:be\s+)?(?:safe|ok|okay|wise|sensible)\s+to\b"
         r"|\bwhat'?s\s+the\s+best\s+(?:way|place|clinic|option|time|thing|route)\b"
         r"|\bwhat\s+is\s+the\s+best\s+(?:way|place|clinic|option|time|thing|route)\b"
         r"|\bworth\s+(?:a\s+(?:go|try|shot)|trying|the\s+money|the\s+risk)\b"
         r"|\bwhat\s+would\s+you\s+do\b", QUESTION, ON_TOPIC),
    # ---------------- giving advice ----------------
    _cue(GIVING, 0.85,
         r"\byou\s+(?:really\s+|definitely\s+|just\s+|seriously\s+)?"
         r"(?:should|must|ought\s+to|need\s+to|have\s+to|'?d\s+better|had\s+better|"
         r"'ve\s+got\s+to|have\s+got\s+to|gotta|"
         r"'ll\s+want\s+to|will\s+want\s+to|might\s+want\s+to|may\s+want\s+to|"
         r"could\s+(?:try|ask|go|look|consider|get|take|use|always)|"
         r"need\s+(?:a|an|the|steroids|hsct|treatment|\w+\s+asap)|"
         r"(?:don'?t|do\s+not)\s+need)\b",
         AUTHOR, NO_HEDGE, STATEMENT),
    _cue(GIVING, 0.75,
         r"\byour\s+(?:\w+\s+)?(?:son|daughter|wife|husband|partner|mum|mom|mother|father|"
         r"dad|child|kid)\s+(?:should|must|needs\s+to|has\s+to)\b",
         AUTHOR, NO_HEDGE, STATEMENT),
    _cue(GIVING, 0.8,
         r"\b(?:everyone|everybody|anyone|anybody|people|those|all\s+of\s+you)\b[^.?!\n]{0,50}?"
         r"\b(?:should|must|needs?\s+to|ought\s+to|has\s+to)\b", AUTHOR, NO_HEDGE, STATEMENT),
    _cue(GIVING, 0.9,
         r"\bi(?:'d|\s+would|\s+wouldn'?t|\s+would\s+not|\s+can'?t|\s+cannot|\s+do|"
         r"\s+don'?t|\s+do\s+not)?\s+(?:\w+ly\s+)?recommend\b", AUTHOR, NO_HEDGE),
    _cue(GIVING, 0.85,
         r"\b(?:if\s+i\s+(?:were|was)\s+you|in\s+your\s+(?:shoes|place|position)|"
         r"if\s+i\s+(?:were|was)\s+your\s+age|at\s+your\s+age)\b", AUTHOR),
    _cue(GIVING, 0.8,
         r"\b(?:my\s+advice|take\s+my\s+advice|my\s+(?:two|2)\s+cents|trust\s+me|"
         r"word\s+of\s+(?:advice|warning)|the\s+trick\s+(?:with|is)|"
         r"the\s+best\s+thing\s+(?:you\s+can|to)\s+do|the\s+key\s+is|do\s+your\s+research|"
         r"whatever\s+you\s+do|no\s+need\s+to\s+(?:panic|worry)|nothing\s+to\s+worry\s+about|"
         r"you\s+won'?t\s+regret\s+it|don'?t\s+take\s+no\s+for\s+an\s+answer)\b", AUTHOR),
    _cue(GIVING, 0.8,
         r"\b(?:don'?t|do\s+not|never)\s+(?:ever\s+)?(?:wait|rush|panic|give\s+up|believe|let|"
         r"waste|bother|stop|take|go|touch|mix|push|listen|start|trust|fall\s+for|buy|"
         r"skip|ignore|accept|settle|forget|be\s+afraid|delay|do\s+it|sign|pay|come\s+off|"
         r"do\s+(?:hsct|it|this|that|anything|what)|do\b(?=\s+\w+\s+(?:if|unless|until|before|without))|quit|"
         r"drop|agree|book|travel|fly|drink|eat|use|try|risk|change|switch|hand\s+over|send|spend|"
         r"self[- ]?medicate|overdo|assume|rely|be\s+(?:fooled|pressured|scared\s+off)|"
         r"feel\s+pressured|go\s+ahead|sign\s+up|taper|stop\s+taking)\b",
         AUTHOR, CLAUSE, STATEMENT),
    _cue(GIVING, 0.8, rf"\b{_IMPERATIVE}\b{_NOT_IMPERATIVE_AFTER}",
         AUTHOR, CLAUSE, STATEMENT, NOT_COORDINATED),
    # An imperative after a clause addressed to the reader, with or without a comma:
    # "Before you sign anything get your own neurologist to look", "If you're over 50, skip it".
    _cue(GIVING, 0.8,
         r"(?:\b(?:before|if|when|once|until|after|whatever|whichever|wherever|while|unless)\s+(?:\w+\s+)?"
         r"(?:you|you'?re|your)\b[^.?!\n]{0,80}?"
         r"|\b(?:if|unless|once|before)\s+(?:the|it|that|this)\b(?:(?!\b(?:was|were|had|did|used)\b)[^.?!\n]){0,60}?)"
         r"(?:,\s*|\s)"
         r"(?<!\byou\s)(?<!\bi\s)(?<!\bwe\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bto\s)"
         r"(?:please\s+|always\s+|just\s+)?"
         r"(?:get|ask|make\s+sure|talk|speak|see|check|push|insist|take|try|go|don'?t|never|always|find|call|"
         r"book|write|keep|bring|demand|stop|start|avoid|read|look|consider|tell|wait|skip|do\s+your|"
         r"have\s+(?:a|an|your|someone)|be\s+(?:careful|sure|honest))\b"
         r"(?!\s+(?:is|was|are|were|has|had|me|it\s+(?:is|was)|that)\b)",
         AUTHOR, NO_HEDGE, STATEMENT),
    _cue(GIVING, 0.85, r"\bmake\s+sure\s+(?:you|your|to|they|the)\b", AUTHOR, STATEMENT),
    _cue(GIVING, 0.85,
         r"\b(?:sounds|looks)\s+like\s+(?:you|it'?s|it\s+is|an?\s|the\s|classic|pseudo|ms\b|"
         r"a\s+relapse|lhermitte)", AUTHOR),
    _cue(GIVING, 0.8,
         r"\bthat'?s\s+(?:definitely|probably|clearly|almost\s+certainly|likely|just)\s+"
         r"(?:a|an|the|ms|pseudo|your)\b"
         r"|\byou(?:'re|\s+are)?\s+(?:probably|definitely|likely|most\s+likely)\s+"
         r"(?:have|having|low|deficient|got|suffering)\b"
         r"|\byou\s+(?:probably|definitely|might|may|could)\s+(?:have|be\s+having)\b",
         AUTHOR, NO_HEDGE, STATEMENT),
    _cue(GIVING, 0.6,
         r"\b(?:is|are)\s+the\s+only\s+(?:real\s+)?(?:thing|treatment|cure|way|option|answer|"
         r"hope|drug)\b(?!\s+(?:i|we)\b)", AUTHOR, STATEMENT),
    _cue(GIVING, 0.6,
         r"\byou(?:'ll|\s+will)\s+(?:see|feel|notice)\b|\byou\s+won'?t\s+need\b",
         AUTHOR, STATEMENT),
    _cue(GIVING, 0.6, r"\byou(?:'re|\s+are)\s+not\s+too\s+(?:late|old)\b", AUTHOR, STATEMENT),
    _cue(GIVING, 0.6,
         r"\b(?:go|do\s+it|apply|act)\s+(?:as\s+)?(?:early|soon|fast|quickly)\s+as\s+"
         r"(?:possible|you\s+can)\b|\bbefore\s+it'?s\s+too\s+late\b",
         AUTHOR, STATEMENT),
    _cue(GIVING, 0.6,
         r"\bi(?:'d|\s+would|\s+wouldn'?t|\s+would\s+not)\s+(?:\w+\s+)?(?:stay\s+away|avoid|"
         r"go\s+(?:for|with|to|straight)|choose|pick|try|ask|push|insist|get|take|look\s+into|"
         r"touch|start|stop|switch|wait)\b(?=[^.?!\n]*\byour?\b)", AUTHOR, NO_HEDGE, STATEMENT),
    _cue(GIVING, 0.4, r"\bi'?m\s+not\s+a\s+doctor,?\s+but\b|\bi\s+am\s+not\s+a\s+doctor,?\s+but\b"),
    _cue(GIVING, 0.5, r"\bto\s+(?:everyone|anyone|all\s+of\s+you)\b[^:\n]{0,60}:"),
    # ---------------- crisis ----------------
    _cue(CRISIS, 0.95,
         r"\b(?:end(?:ing)?\s+it\s+all|end(?:ing)?\s+my\s+(?:own\s+)?life|"
         r"tak(?:e|ing)\s+my\s+(?:own\s+)?life|kill(?:ing)?\s+myself|killed\s+myself|"
         r"suicid\w*|self[- ]?harm\w*|want(?:ed|s)?\s+to\s+die|wanna\s+die|"
         r"(?:cut|cutting|hurt|hurting|harm|harming)\s+myself|hang(?:ing)?\s+myself|"
         r"overdos\w*)\b", NEGATABLE),
    _cue(CRISIS, 0.95,
         r"\b(?:wish(?:ed)?\s+(?:i|he|she)\s+(?:was|were)\s+dead|(?:i'?d|i\s+would)\s+rather\s+"
         r"be\s+dead|better\s+off\s+(?:dead|without\s+me)|no\s+(?:reason|point)\s+(?:to|in)\s+"
         r"(?:live|living|go\s+on|going\s+on|carry\s+on|keep\s+going)|nothing\s+(?:left\s+)?"
         r"to\s+live\s+for|not\s+worth\s+living|(?:don'?t|do\s+not|dont)\s+want\s+to\s+"
         r"(?:live|be\s+here|be\s+alive|wake\s+up|go\s+on|exist)|"
         r"(?:pray|hope|wish)\s+(?:that\s+)?i\s+(?:don'?t|do\s+not|never|won'?t)\s+wake\s+up|"
         r"took\s+(?:all|a\s+bunch|too\s+many|the\s+whole|a\s+handful)\s+(?:of\s+)?"
         r"(?:my\s+)?(?:\w+\s+)?(?:pills|tablets|meds)|swallowed\s+(?:a\s+|the\s+)?"
         r"(?:whole|all|entire|lot)|the\s+rope|goodbye\s+(?:everyone|all|world|cruel)|"
         r"not\s+(?:going\s+to\s+)?be\s+around\s+(?:much\s+)?(?:longer|anymore)|"
         r"i'?m\s+still\s+(?:alive|here)\s+for|why\s+(?:i'?m|am\s+i)\s+still\s+(?:here|alive))"),
    _cue(CRISIS, 0.8,
         r"\b(?:can'?t|cannot)\s+(?:do|take|bear|stand|handle)\s+(?:this|it)\s+any\s?more\b"
         r"|\bcan'?t\s+(?:go\s+on|keep\s+going|carry\s+on)\b|\bno\s+way\s+out\b"
         r"|\b(?:pills|tablets|meds)\s+(?:saved|stored|stockpiled|ready)\b|\bstockpil\w*"
         r"|\b(?:nobody|no\s+one|no-one)\s+would\s+(?:even\s+)?(?:notice|care|miss\s+me)\b"
         r"|\bif\s+i\s+(?:was|were)\s+gone\b|\bdone\s+fighting\b|\bdisappear(?:ed)?\s+for\s+good\b"
         r"|\bstop(?:ping)?\s+eating\s+and\s+drinking\b"
         r"|\bsav(?:e|ed|ing)\s+up\s+(?:my\s+)?(?:\w+\s+)?(?:pills|meds|tablets)\b"
         r"|\benough\s+(?:\w+\s+)?(?:pills|insulin|tablets|meds|morphine)\b"
         r"|\bhow\s+many\s+(?:of\s+)?(?:my\s+)?(?:\w+\s+){0,2}(?:pills|tablets)\b"
         r"|\bdignitas\b|\bgoing\s+to\s+(?:finish|end)\s+(?:this|it)\b"
         r"|\b(?:finish|end)\s+(?:this|it)\s+tonight\b"
         r"|\bwhat'?s\s+the\s+point\s+(?:of|in)\s+(?:living|going\s+on|life|carrying\s+on)\b"
         r"|\bwhat\s+is\s+the\s+point\s+(?:of|in)\s+(?:living|going\s+on|life)\b"
         r"|\bpoint\s+of\s+living\b|\bnot\s+safe\s+at\s+home\b"
         r"|\b(?:i'?m|i\s+am|being|feel\s+like)\s+(?:such\s+|just\s+)?a\s+burden\b"
         r"|\b(?:tired|sick)\s+of\s+being\s+a\s+burden\b"),
    _cue(CRISIS, 0.55, r"\bwhat'?s\s+the\s+point\s*[.!?]*\s*$|\bwhats\s+the\s+point\b"),
    _cue(CRISIS, 0.9,
         rf"\b(?:he|she|my\s+(?:\w+\s+)?(?:{_CARER[3:-1]}|carer|ex))\s+(?:\w+\s+){{0,2}}?"
         r"(?:hits|hit|beats|beat|kicks|kicked|pushed|pushes|chokes|choked|slaps|slapped|"
         r"hurts|burns|burned|locks|locked|threatens|threatened|strangled|rapes|raped)\s+"
         r"(?:me|us|the\s+kids|my\s+\w+)\b(?!\s+(?:at|to\s+it)\b)"),
    _cue(CRISIS, 0.8,
         rf"\b(?:he|she|my\s+(?:{_CARER[3:-1]}|carer))\s+(?:\w+\s+)?threaten\w*\b"
         r"|\b(?:scared|afraid|frightened|terrified)\s+(?:of|for)\s+(?:my\s+(?:life|safety|"
         r"husband|wife|partner|son|daughter|carer)|him|her)\b"),
    _cue(CRISIS, 0.4,
         r"\b(?:i'?m|i\s+am)\s+(?:so\s+)?(?:frightened|terrified|scared)\b"
         r"|\b(?:made|make)\s+my\s+decision\b|\bi'?ve\s+decided\b|\bthis\s+is\s+no\s+life\b"
         r"|\btakes\s+my\s+money\b"),
    _cue(CRISIS, 0.45, r"\bassisted\s+(?:dying|death)\b"),
    _cue(CRISIS, 0.3, r"\b(?:killing|kills)\s+me\b"),
    # Someone else's life in danger, in the third person ("says he wants to kill himself").
    _cue(CRISIS, 0.95,
         r"\b(?:kill(?:ing|ed|s)?|hang(?:ing|ed|s)?|hurt(?:ing|s)?|harm(?:ing|s)?|cut(?:ting|s)?)\s+"
         r"(?:himself|herself|themselves|themself)\b"
         r"|\b(?:end(?:ing|s)?|tak(?:e|es|ing))\s+(?:his|her|their)\s+(?:own\s+)?life\b"
         r"|\b(?:done|finished)\s+with\s+(?:life|living|this\s+life|being\s+alive)\b"
         r"|\bbetter\s+off\s+if\s+i\s+(?:just\s+|simply\s+)?(?:disappeared|was\s+gone|were\s+gone|"
         r"wasn'?t\s+(?:here|around)|died|was\s+dead|were\s+dead|ended\s+it)\b"
         r"|\b(?:researching|looking\s+up|googl\w+|searching|reading\s+up\s+on)\s+(?:how|ways)\s+to\s+"
         r"(?:die|end\s+it|end\s+my|kill|overdose)\b", NEGATABLE),
    # Stockpiling medicine ("saving up my baclofen", "hoarding my sleeping tablets"), and
    # counting how much would be enough. Not: stocking up for a trip or a shortage.
    _cue(CRISIS, 0.6,
         r"(?:\b(?:sav(?:e|ed|ing)|keep(?:ing)?|kept|put(?:ting)?|stor(?:e|ed|ing)|hid(?:e|den|ing)?|"
         r"build(?:ing)?|built)\s+(?:up|back|away|aside)\s+"
         r"|\b(?:hoard(?:ed|ing|s)?|stash(?:ed|ing|es)?|stockpil\w*|squirrel(?:l?ed|l?ing))\s+(?:up\s+|away\s+)?"
         r"|\bcollect(?:ed|ing|s)?\s+(?:up\s+)?(?=(?:every|all|enough|spare|a\s+pile)\b))"
         r"(?:a\s+few\s+(?:of\s+)?|some\s+(?:of\s+)?|all\s+(?:of\s+)?|every\s+|enough\s+|"
         r"(?:a|the)\s+(?:pile|stash|supply|stock)\s+of\s+|(?:\w+\s+){0,2}(?:weeks?|months?)\s+of\s+)?"
         r"(?:my\s+|his\s+|her\s+|the\s+)?(?:spare\s+|sleeping\s+|pain\s+)?"
         r"(?:pills|tablets|meds|medication|medicines?|insulin|morphine|opioids|painkillers|oxy\w*|codeine|"
         r"tramadol|diazepam|valium|zopiclone|amitriptyline|paracetamol|patches|baclofen|gabapentin|"
         r"pregabalin|tizanidine)\b"
         r"(?![^.!?\n]{0,40}\b(?:trip|travel\w*|holiday|flight|delays?|customs|shortage|pharmacy\s+(?:is|was)\s+closed|"
         r"strike|brexit|in\s+my\s+(?:bag|handbag|car))\b)"),
    _cue(CRISIS, 0.6,
         r"\b(?:tramadol|diazepam|morphine|insulin|pills|tablets|meds|medication|baclofen|gabapentin|"
         r"painkillers|patches)\s+(?:put|saved|stashed|hidden|kept|tucked)\s+(?:aside|away|back|up)\b"
         r"|\bhow\s+(?:much|many)\s+(?:of\s+)?(?:my\s+)?(?:\w+\s+){0,2}(?:insulin|pills|tablets|morphine|"
         r"paracetamol|meds)\s+(?:it\s+)?(?:would|will|does|do|it)\s+(?:it\s+)?(?:take|kill)\b"
         r"|\bhow\s+much\s+(?:insulin|morphine|paracetamol|\w+\s+(?:pills|tablets))\s+it\s+would\s+take\b"),
    # Taking a lethal amount, said of oneself or someone else ("going to take all his pills").
    _cue(CRISIS, 0.9,
         r"\b(?:swallow(?:ed|ing|s)?|(?:going\s+to|gonna|'ll|will|threaten\w*\s+to|wants?\s+to|"
         r"thinking\s+(?:about|of)|thought\s+(?:about|of))\s+(?:take|taking|swallow|swallowing|down|downing))"
         r"\s+(?:all|the\s+whole|a\s+whole|every|a\s+bottle|a\s+handful|the\s+lot|the\s+entire|"
         r"a\s+box|a\s+packet)\s+(?:of\s+)?(?:(?:my|his|her|their|the|them|those)\s+)?(?:\w+\s+)?"
         r"(?:pills|tablets|meds|medication|insulin|morphine|bottle|packet|box|strip|lot)\b"),
    # Farewell and finality.
    _cue(CRISIS, 0.7,
         r"(?:\bnot|n'?t|\bnever)\s+(?:be\s+|going\s+to\s+|gonna\s+)?(?:stick(?:ing)?|hang(?:ing)?|stay(?:ing)?)\s+around\b"
         r"(?!\s+(?:for|after|at|till|until|to\s+(?:chat|talk|watch\s+the|see\s+the\s+(?:end|rest)))\b)"
         r"|\bmy\s+(?:way\s+out|exit\s+plan)\b(?!\s+of\s+(?:the|this)\b)"
         r"|\b(?:this|it)(?:'s|\s+is|\s+will|\s+might)?\s+(?:probably\s+|likely\s+)?(?:going\s+to\s+)?(?:be\s+)?"
         r"my\s+(?:very\s+)?last\s+(?:post|message|time\s+(?:posting|writing))\b|\bthis\s+is\s+goodbye\b"
         r"|\bmade\s+(?:my\s+)?peace\s+with\s+(?:dying|death|leaving|going|the\s+end|my\s+decision|"
         r"ending\s+it|not\s+being\s+here)\b|\b(?:written|wrote|writing|left)\s+(?:goodbye\s+)?"
         r"(?:letters|notes)\s+(?:to|for)\s+(?:my|the)\s+(?:kids|children|family|wife|husband|son|daughter|"
         r"partner|boys|girls)\b|\bgoodbye\s+letters?\b|\bwon'?t\s+have\s+to\s+wake\s+up\b"),
    # Weak alone: two of these, or one with another cue, make a crisis.
    _cue(CRISIS, 0.45,
         r"\b(?:i\s+)?(?:don'?t|do\s+not|can'?t|cannot)\s+see\s+(?:a|any)\s+future\b"
         r"|\bat\s+peace\s+with\s+my\s+(?:plan|decision)\b"),
    _cue(CRISIS, 0.35,
         r"\b(?:i\s+(?:think\s+|already\s+)?know|i'?ve\s+(?:worked|figured)\s+out|i\s+(?:have\s+)?"
         r"(?:worked|figured)\s+out)\s+how\s+(?:this|it\s+all|my\s+story|it)\s+(?:ends|will\s+end|is\s+going\s+to\s+end)\b"
         r"|\bmade\s+(?:my\s+)?peace\s+with\s+it\b"
         r"|\bwon'?t\s+(?:go\s+on|carry\s+on|live)\s+(?:like|living\s+like)\s+(?:that|this)\b"),
    _cue(CRISIS, 0.3,
         r"\b(?:i'?m|i\s+am)\s+ready\s+to\s+go\b|\btonight\s+is\s+the\s+night\b|\bmy\s+mind\s+is\s+made\s+up\b"
         r"|\bsorted\s+(?:out\s+)?(?:the|my)\s+will\b"),
    _cue(CRISIS, 0.25, r"\bwhen\s+the\s+time\s+comes\b"),
    # ---------------- spam ----------------
    _cue(SPAM, 0.95, r"\bgained\s+a\s+new\s+(?:reader|follower|subscriber|fan)\b"),
    _cue(SPAM, 0.35,
         r"\b(?:great|nice|good|awesome|amazing|fantastic|excellent|superb|wonderful|"
         r"informative|useful|helpful|brilliant|lovely|cool|priceless|impressive|"
         r"interesting)\s+(?:blog|post|article|site|website|web\s+site|weblog|content|"
         r"write-?up|read|info|information|layout|theme|job|work)\b"
         r"|\b(?:this|the)\s+(?:post|article|blog)\s+is\s+(?:\w+\s+)?(?:priceless|great|"
         r"awesome|amazing|excellent|informative)\b"
         r"|\binformative\b", OFF_TOPIC),
    _cue(SPAM, 0.6,
         r"\byour\s+(?:blog|weblog|site|website|web\s+site|writing\s+skills|rss|feed|theme|"
         r"layout)\b|\b(?:appreciate|love)\s+this\s+(?:site|website|blog)\b", OFF_TOPIC),
    _cue(SPAM, 0.45,
         r"\b(?:bookmark(?:ed)?|subscribed|rss\s+feed|keep\s+(?:it|them)\s+up|"
         r"keep\s+up\s+the\s+(?:good|great)\s+work|will\s+(?:come|be)\s+back|"
         r"(?:sharing|share)\s+(?:it\s+|this\s+)?(?:with|on|in)\s+(?:my\s+)?"
         r"(?:friends|followers|delicious|facebook|twitter)|surfing\s+(?:online|the\s+web|around)|"
         r"browsing\s+(?:online|the\s+web)|guest\s+posts?|blogging|weblog|delicious|"
         r"digg|paid\s+theme|customi[sz]e\s+it|through\s+google)\b", OFF_TOPIC),
    _cue(SPAM, 0.2, r"\b(?:thanks|thank\s+you)\s+for\s+sharing\b", OFF_TOPIC),
    _cue(SPAM, 0.8,
         r"\b(?:buy|order|purchase)\b[^.!?\n]{0,40}\b(?:online|now|today|cheap|here)\b"
         r"|\b(?:limited\s+time|free\s+trial|free\s+bottle|order\s+(?:now|today)|"
         r"click\s+(?:here|the\s+link|on\s+the\s+link)|link\s+in\s+my\s+(?:profile|bio)|"
         r"visit\s+(?:my|our)\s+(?:\w+\s+)?(?:site|website|page|blog|store|shop)|"
         r"check\s+out\s+my\s+(?:blog|site|channel|page|store|shop))\b"),
    _cue(SPAM, 0.75,
         r"\b(?:casino|crypto\w*|bitcoin|forex|binary\s+options|trading\s+signals|"
         r"passive\s+income|earn\s+\$|make\s+money|work\s+from\s+home|loans?|bad\s+credit|"
         r"seo|backlinks?|rank\s+your\s+site|viagra|cialis|no\s+prescription|"
         r"without\s+(?:a\s+)?prescription|discreet\s+(?:delivery|shipping)|ships\s+to\s+all|"
         r"worldwide\s+(?:delivery|shipping)|promo\s+code|coupon|use\s+code|"
         r"\d+\s?%\s+off|book\s+now)\b"),
    _cue(SPAM, 0.3, r"\b(?:cheap|discount\w*|lowest\s+price|deals?)\b"),
    _cue(SPAM, 0.5,
         r"\b(?:whatsapp|testif(?:y|ied)|testimony|100\s?%\s+(?:natural|guaranteed|cure|"
         r"effective|safe)|(?:results|returns|price)\s+guaranteed|guaranteed\s+(?:cure|"
         r"results|returns))\b"),
    _cue(SPAM, 0.45, r"(?<!no\s)(?<!not\s)(?<!only\s)\bmiracle\s+cures?\b"),
    # Romance scams: each phrase is weak alone, two of them make spam.
    _cue(SPAM, 0.5,
         r"\b(?:hello|hi|hey|good\s+(?:day|morning|evening))\s*,?\s+(?:my\s+)?(?:dear|sweetheart|sweetie|"
         r"beautiful|handsome|darling|pretty|gorgeous|beloved)\b"),
    _cue(SPAM, 0.5,
         r"\b(?:serious|honest|long[- ]term|loving)\s+(?:relationship|woman|man|lady|partner)\b"
         r"|\b(?:soul\s?mate|lifetime\s+partner|true\s+love|life\s+partner)\b"
         r"|\b(?:widow(?:ed|er)?\s+(?:engineer|doctor|soldier|father|dad|man)|(?:army|military|navy)\s+"
         r"(?:doctor|officer|general|captain|surgeon)|peace\s*keeping\s+mission|(?:oil\s+rig|offshore)\s+"
         r"(?:engineer|worker))\b"),
    _cue(SPAM, 0.45,
         r"\b(?:saw|seen|came\s+across|viewed|liked)\s+your\s+profile\b(?!\s+(?:post|story|write|update))"
         r"|\byour\s+(?:smile|profile\s+(?:picture|photo|pic))\b|\bprofile\s+caught\s+my\s+eye\b"),
    _cue(SPAM, 0.4,
         r"\b(?:get\s+to\s+)?know\s+you\s+(?:better|more)\b|\b(?:i\s+am|i'?m)\s+single\b"
         r"|\b(?:my\s+)?(?:private|personal)\s+(?:e-?mail|email\s+address|number|whatsapp|hangouts)\b"
         r"|\bkind\s+person\b|\bwant\s+to\s+be\s+your\s+friend\b"
         r"|\b(?:kindly|please)\s+(?:reply|write|respond)\s+(?:to\s+)?(?:me\s+)?(?:on|at|to|via)\s+my\s+"
         r"(?:e-?mail|inbox|whatsapp)\b"),

    _cue(SPAM, 0.55,
         r"\b(?:herbal|herbs?|spell|native|natural)\s+(?:doctor|medicine|cure|remedy|formula|"
         r"mixture|treatment)\b|\b(?:contact|email|e-mail)\s+(?:him|her|dr\.?)\b"
         r"|\bhe\s+(?:also\s+)?cures\b|\b(?:totally|completely|permanently)\s+cured\b"
         r"|\bcured\s+(?:of\s+)?(?:my\s+)?(?:ms|multiple\s+sclerosis)\b"),
)

# Experience cues
_EXP_VERB_RE = _rx(
    r"\b(?:had|have\s+had|'ve\s+had|did|took|tried|started|finished|received|underwent|"
    r"went\s+through|went\s+to|was\s+on|were\s+on|am\s+on|'m\s+on|im\s+on|is\s+on|"
    r"has\s+been\s+on|have\s+been\s+on|'ve\s+been\s+on|been\s+on|was\s+treated|"
    r"were\s+treated|got|used|switched|stopped|came\s+off|quit|relapsed|injected|"
    r"tapered|fitted|on\s+it|did\s+(?:it|well|okay|ok|great|badly)|followed|completed|paid|spent|"
    r"flew|went\s+(?:abroad|overseas|out)|put\s+(?:me|him|her|us)\s+on|gave\s+(?:me|him|her)|"
    r"(?:was|were)\s+given|stuck\s+with|injected|infused)\b"
)
_BARE_VERB_START_RE = _rx(
    r"^\W*(?:had|did|took|tried|started|finished|switched|been\s+on|was\s+on|"
    r"stopped|came\s+off|went|followed|completed|paid|spent|"
    r"day\s+\d+|month\s+\d+|year\s+\d+)\b"
)
_DURATION_RE = _rx(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty|several|few|many)\s+(?:years?|yrs?|months?|weeks?|days?|decades?|rounds?|"
    r"infusions?|courses?|sessions?|times)\b|\b(?:since|in|from|until|till)\s+(?:19|20)\d\d"
    r"\b|\ba\s+(?:decade|year|while|few\s+(?:years|months))\b|\blast\s+(?:year|month|week|spring|summer|autumn|"
    r"fall|winter|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b|\bround\s+\d\b|\bin\s+the\s+(?:nineties|eighties|\d0s)\b|"
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|last)\s+(?:one|infusion|dose|round|course)\b|"
    r"\bfor\s+(?:a|one|another|over\s+a)\s+(?:year|month|week|while|decade|fortnight)\b|"
    r"\b(?:\w+\s+)(?:years?|months?|weeks?)\s+(?:on|in|later|after)\b|\b(?:hundreds|dozens)\s+of\b|"
    r"\blast\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\b\d+\s+(?:hours?|hrs?)\s+in\s+the\s+chair\b"
)
_OUTCOME_RE = _rx(
    r"\b(?:edss|no\s+(?:new\s+)?(?:lesions?|relapses?|progression|infections?|"
    r"side[- ]effects?)|(?:new|more)\s+lesions?|relapse[ds]?|stable|improv\w*|worse|"
    r"progressed|progression|progressing|declin\w*|clean\s+mri|mri\s+(?:is\s+)?(?:stable|clean)|"
    r"post[- ]?(?:hsct|transplant)|months?\s+(?:post|out|later)|\d+\s+months?\s+out)\b"
)
_EFFECT_RE = _rx(
    r"\b(?:(?:made|makes|gave|gives|left|knocked|saved|bought|killed|damaged|ruined|"
    r"wrecked|affected|thinned|helps|helped|got)\s+(?:me|my|him|her|us|them|his|our)\b|"
    r"made\s+a\s+(?:\w+\s+)?difference|(?:it\s+)?(?:worked|helped|did\s+nothing|"
    r"didn'?t\s+(?:help|work|do\s+much|stop)|did\s+not\s+(?:help|work)|stopped\s+working)|"
    r"(?:been|was|is|were)\s+(?:\w+\s+)?(?:fine|great|good|ok|okay|easy|hard|tough|brutal|"
    r"awful|rough|a\s+game\s+changer|amazing|life[- ]changing)|life[- ]changing|"
    r"side[- ]effects?|flushing|rash|fever|insomnia|zombie|rebound|lumps|nausea|"
    r"hair\s+(?:is\s+)?(?:growing|fell|falling|loss)|no\s+(?:\w+\s+)?issues|"
    r"so\s+far\s+so\s+good|worth\s+every\s+(?:cent|penny)|don'?t\s+regret|"
    r"(?:am|'m|im)\s+glad|nothing\s+changed|no\s+(?:real\s+)?(?:change|difference|improvement)|"
    r"(?:didn'?t|did\s+not|hasn'?t|has\s+not)\s+(?:change|do|move)\w*|felt\s+nothing|"
    r"(?:bit|ounce|shred)\s+of\s+difference|steadier|settled|wore\s+off|worn\s+off|"
    r"(?:trip|fall|fell)\s+(?:far\s+|much\s+|a\s+lot\s+)?less|headache|lost\s+weight|"
    r"felt\s+(?:\w+\s+)?(?:better|brighter|worse|great|awful|nothing|rough)|"
    r"changed\s+(?:everything|my\s+life|things|nothing))\b"
)
_DOSE_RE = _rx(_DOSE)
_FIRST_SINGULAR_RE = _rx(r"\b(?:i|i'm|im|i've|ive)\b")
_COST_RE = _rx(r"\b(?:paid|spent|cost\s+(?:us|me|him|her)|pay\s+for|crowdfund\w*)\b")
# Treatments named generically (not in the vocabulary): procedures, diets, devices, clinics.
_GENERIC_TX_RE = _rx(
    r"\b(?:transplants?|stem[\s\-]+cells?|chemo\w*|infusions?|injections?|jabs|(?:iv\s+)?steroids?|"
    r"methylpred\w*|solu[\s\-]?medrol|plasma\s+exchange|ivig|hbot|hyperbaric(?:\s+oxygen)?|acupuncture|"
    r"bee\s+(?:venom|stings?)|cord\s+blood|(?:swank|wahls|keto|ketogenic|paleo|oms|mediterranean|"
    r"gluten[\s\-]free|carnivore|vegan|low[\s\-]fat|fasting|best\s*bet)\s+(?:diet|protocol|plan|programme|"
    r"program)|(?:strict\s+|special\s+)?diet|protocol|fes|walkaide|bioness|(?:foot[\s\-]drop|functional\s+"
    r"electrical\s+stimulation)\s+(?:device|unit|stimulator)|cooling\s+vest|tens\s+machine|afo|"
    r"(?P<weak>(?:the|a)\s+(?:\w+\s+)?clinic|treatments?|procedure|surgery|operation|rehab|therapy|"
    r"(?:a|the)\s+course\s+of|courses?\s+of\s+\w+))\b"
)
# "My transplant was in Moscow", "her treatment was in 2019".
_OWN_TX_WAS_RE = _rx(
    r"\b(?:my|his|her|our|their)\s+(?:\w+\s+)?(?:transplant|treatment|infusion|hsct|chemo|procedure|"
    r"surgery|op|course|stem\s+cells?)\s+(?:was|were)\b"
)
_GENERIC_TREATMENT_RE = _rx(
    r"\b(?:the\s+transplant|the\s+chemo\w*|my\s+(?:last\s+)?(?:infusions?|injections?|"
    r"meds|medication|treatment)|the\s+(?:infusions?|injections?|treatment|drug))\b"
)
_PRONOUN_REF_RE = _rx(r"\b(?:it|them|they|this|that)\b")
_ANAPHOR_START_RE = _rx(
    r"^\W*(?:it|this|that|they)\b|^\W*(?:he|she)\s+(?:did|was\s+(?:fine|ok|okay|great|good|sick|ill|better|worse)|"
    r"responded|tolerated|felt|coped|sailed|struggled|got\s+(?:better|worse))\b"
)
# An outcome reported right after a treatment sentence: "EDSS went from 3 to 4.5", "8 months out".
_FOLLOW_UP_RE = _rx(
    r"\bedss\s+(?:went|is|was|has|from|now)\b|\b\d+\s+(?:months?|years?|weeks?)\s+(?:out|post|on|later)\b"
)


def _noisy_or(weights: Iterable[float]) -> float:
    p = 1.0
    for w in weights:
        p *= 1.0 - max(0.0, min(1.0, w))
    return 1.0 - p


# --------------------------------------------------------------------------
# Computed cues (not single regexes)
# --------------------------------------------------------------------------

_Hit = tuple[str, float, int, int]  # label, weight, start, end


def _negated(doc: _Doc, pos: int) -> bool:
    window = doc.text[max(doc.sentences[doc.sentence_of(pos)].start, pos - 24):pos]
    return bool(re.search(r"\b(?:not|never|no|nor|n't|wouldn'?t|won'?t)\s+(?:\w+\s+)?$",
                          window, _F))


def _clause_matches(doc: _Doc, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that start where a clause starts (cheaper than
    scanning the whole text for cues that only count there)."""
    last = -1
    for pos in doc.clause_starts():
        if pos < last:
            continue
        m = pattern.match(doc.text, pos)
        if m:
            last = m.end()
            yield m


def _regex_hits(doc: _Doc) -> list[_Hit]:
    hits: list[_Hit] = []
    text = doc.text
    low = doc.low
    for cue in _CUES:
        if cue.keys and not any(k in low for k in cue.keys):
            continue
        flags = cue.flags
        for m in _clause_matches(doc, cue.pattern) if CLAUSE in flags else cue.pattern.finditer(text):
            start, end = m.start(), m.end()
            while end > start and text[end - 1].isspace():
                end -= 1
            if end <= start:
                continue
            si = doc.sentence_of(start)
            sent = doc.sentences[si]
            if cue.pattern.pattern.startswith("^") and start != sent.start:
                # anchored cues are matched per sentence below
                continue
            if AUTHOR in flags and doc.in_reported(start, end):
                continue
            if NO_HEDGE in flags and doc.hedged(start):
                continue
            if STATEMENT in flags and sent.question:
                continue
            if QUESTION in flags and not sent.question:
                continue
            if CLAUSE in flags and not doc.at_clause_start(start):
                continue
            if NEGATABLE in flags and _negated(doc, start):
                continue
            if ON_TOPIC in flags and doc.off_topic:
                continue
            if NOT_COORDINATED in flags and doc.coordinated_with_author(start):
                continue
            weight = cue.weight
            if HEALTH in flags and not sent.health:
                weight *= 0.5
            if OFF_TOPIC in flags:
                weight = 1.0 - (1.0 - weight) ** 3 if doc.off_topic else weight * 0.3
            hits.append((cue.label, weight, start, end))
            if cue.label == SEEKING and weight >= THRESHOLD:
                doc.seeking.add(si)
    # sentence-anchored cues
    for cue in _CUES:
        if not cue.pattern.pattern.startswith("^"):
            continue
        for sent in doc.sentences:
            m = cue.pattern.search(text, sent.start, sent.end)
            if m and m.end() > m.start():
                hits.append((cue.label, cue.weight, m.start(), m.end()))
    return hits


_CURIOSITY_RE = _rx(
    r"\W*how\s+many\s+(?:of\s+the\s+)?(?:people|patients|participants|subjects|women|men|children)\s+"
    r"(?:were|are|was|took|had|did|got|in)\b"
)


def _question_hits(doc: _Doc) -> list[_Hit]:
    """A question with a first person (here or in a neighbouring sentence)
    and a health or treatment word asks for advice."""
    hits: list[_Hit] = []
    sents = doc.sentences
    for i, sent in enumerate(sents):
        if not sent.question or not sent.health:
            continue
        if doc.in_reported(sent.start, sent.end):
            continue
        if _CURIOSITY_RE.match(doc.text, sent.start, sent.end):
            continue
        near = sent.person or any(
            sents[j].person for j in (i - 1, i + 1) if 0 <= j < len(sents)
        )
        end = sent.end
        while end > sent.start and doc.text[end - 1].isspace():
            end -= 1
        hits.append((SEEKING, 0.7 if near else 0.45, sent.start, end))
    return hits


_TERSE_PREFIX_RE = _rx(
    r"\W*(?:(?:a|an|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple|course|"
    r"round|rounds|days?|weeks?|months?|years?|sessions?|doses?|of|iv|oral|high[\s\-]dose)\W+)*"
)
_IMPERATIVE_START_RE = _rx(rf"\W*(?:please\s+|just\s+|always\s+)?{_IMPERATIVE}\b")
_SINCE_RE = _rx(r"\b(?:since|for)\s+(?:\d|a\s|one\s|two\s|three\s|four\s|five\s|six\s|ten\s)")


def _dose_hits(doc: _Doc) -> list[_Hit]:
    """A dose in a sentence without the author as subject is dosing advice."""
    hits: list[_Hit] = []
    for m in re.finditer(_DOSE, doc.text, _F):
        si = doc.sentence_of(m.start())
        sent = doc.sentences[si]
        if sent.question or doc.in_reported(m.start(), m.end()):
            continue
        chunk = doc.text[sent.start:sent.end]
        if re.search(r"\b(?:i|my|me|i'm|im|we|our|he|she|his|her)\b", chunk, _F):
            continue
        weight = 0.8 if re.search(
            r"\b(?:you|your|start|try|take|up|build|work\s+up)\b", chunk, _F) else 0.6
        if weight < 0.8 and (_DURATION_RE.search(chunk) or _OUTCOME_RE.search(chunk)
                             or _EFFECT_RE.search(chunk) or _SINCE_RE.search(chunk)):
            # A terse report of one's own treatment: "Aubagio 14mg since 2020, stable scans."
            weight = 0.3
        hits.append((GIVING, weight, m.start(), m.end()))
    return hits


def _spam_structure_hits(doc: _Doc) -> list[_Hit]:
    """Link-only posts, many links, repeated sentences or words, off-topic
    praise."""
    text = doc.text
    hits: list[_Hit] = []
    links = list(_LINK_RE.finditer(text))
    if links:
        rest = _LINK_RE.sub(" ", text)
        words = re.findall(r"[^\W\d_]{2,}", rest)
        if len(words) <= 3:
            hits.append((SPAM, 0.97, links[0].start(), links[-1].end()))
        elif len(links) >= 3:
            hits.append((SPAM, 0.5, links[0].start(), links[-1].end()))
    # repeated sentences
    norm: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for sent in doc.sentences:
        key = re.sub(r"\W+", " ", text[sent.start:sent.end].lower()).strip()
        if len(key) >= 4:
            norm[key] += 1
            first.setdefault(key, (sent.start, sent.end))
    for key, n in norm.items():
        if n >= 3:
            s, e = first[key]
            while e > s and text[e - 1].isspace():
                e -= 1
            hits.append((SPAM, 0.97, s, e))
            break
    tokens = list(re.finditer(r"[^\W\d_]+", text))
    if len(tokens) >= 8:
        counts = Counter(t.group(0).lower() for t in tokens)
        if len(counts) / len(tokens) < 0.25:
            hits.append((SPAM, 0.97, tokens[0].start(), tokens[-1].end()))
    return hits


def _experience_hits(doc: _Doc) -> list[_Hit]:
    """A treatment (this sentence or the one before) plus the author or
    someone they care for having it, a duration, an outcome or a cost."""
    text = doc.text
    sents = doc.sentences
    hits: list[_Hit] = []
    author_in_post = any(s.author for s in sents)
    if doc.mentions and doc.mentions[0].start == sents[0].start:
        author_in_post = True  # terse reports: "Kesimpta, 18 months. Fine."
    generic = {doc.sentence_of(m.start()) for m in _GENERIC_TREATMENT_RE.finditer(text)}
    generic_spans: list[tuple[int, int]] = []
    weak: set[int] = set()  # sentences whose only treatment is "the clinic", "treatment", "therapy" ...
    strong = doc.mention_sentences | generic
    for m in _GENERIC_TX_RE.finditer(text):
        generic_spans.append((m.start(), m.end()))
        (weak if m.group("weak") else strong).add(doc.sentence_of(m.start()))
    weak -= strong
    generic |= weak | strong
    doc_spans = [(x.start, x.end) for x in doc.mentions]
    spans = doc_spans + generic_spans
    first = min((a for a, _ in spans), default=-1)
    if first >= 0 and _TERSE_PREFIX_RE.fullmatch(text, sents[0].start, first):
        author_in_post = True  # terse reports: "A course of IV steroids in March ..."
    for i, sent in enumerate(sents):
        chunk_range = (sent.start, sent.end)
        own = i in doc.mention_sentences or i in generic
        prev = ((i - 1) in doc.mention_sentences or (i - 1) in generic) and bool(
            _PRONOUN_REF_RE.search(text, *chunk_range)
            or _ANAPHOR_START_RE.search(text[sent.start:sent.end])
            or _BARE_VERB_START_RE.search(text[sent.start:sent.end])
            or re.match(r"\W*" + _DOSE, text[sent.start:sent.end], _F)
            or _FOLLOW_UP_RE.search(text, *chunk_range)
        )
        if not (own or prev):
            continue
        if sent.question or i in doc.seeking:
            continue
        # Only "the clinic" / "treatment" / "therapy" here: it needs someone having it, not just an outcome.
        weak_only = i not in strong and (i - 1) not in strong

        def add(rx: re.Pattern[str], weight: float, s: _Sentence = sent) -> bool:
            m = rx.search(text, s.start, s.end)
            if m and m.end() > m.start():
                hits.append((EXPERIENCE, weight, m.start(), m.end()))
                return True
            return False

        bare = _BARE_VERB_START_RE.search(text[sent.start:sent.end])
        if sent.author or bare:
            if bare:
                hits.append((EXPERIENCE, 0.7, sent.start + bare.start(), sent.start + bare.end()))
            elif not add(_EXP_VERB_RE, 0.75):
                add(_OWN_TX_WAS_RE, 0.75)
        if weak_only:
            if author_in_post:
                add(_COST_RE, 0.65)
            continue
        if (author_in_post or bare) and not _IMPERATIVE_START_RE.match(text, sent.start, sent.end):
            add(_EFFECT_RE, 0.7)
        if own:
            for x_start, x_end in spans if author_in_post else doc_spans:
                if not (sent.start <= x_start < sent.end):
                    continue
                lo, hi = max(sent.start, x_start - 40), min(sent.end, x_end + 40)
                m = _DURATION_RE.search(text, lo, hi)
                if m:
                    hits.append((EXPERIENCE, 0.55, m.start(), m.end()))
                    break
            if author_in_post:
                add(_COST_RE, 0.65)
                m = re.compile(r"\bhere\b", _F).search(text, sent.start, sent.end)
                if m and doc.mentions and doc.mentions[0].start == sent.start:
                    hits.append((EXPERIENCE, 0.6, m.start(), m.end()))
        if author_in_post:
            add(_OUTCOME_RE, 0.55)
        if _FIRST_SINGULAR_RE.search(text, sent.start, sent.end):
            add(_DOSE_RE, 0.6)
    # Evidence for the treatment itself, so moderators see what was found.
    if hits:
        for x in doc.mentions:
            hits.append((EXPERIENCE, 0.0, x.start, x.end))
    return hits


# A way of dying (a vehicle, a height, water, a train) ...
_METHOD_RE = _rx(
    r"\b(?:driv(?:e|ing)|drove|step(?:ping)?|walk(?:ing)?|jump(?:ing)?|throw(?:ing)?\s+myself|go(?:ing)?|"
    r"swerv(?:e|ing)|crash(?:ing)?|steer(?:ing)?|turn(?:ing)?\s+the\s+wheel|"
    r"(?:drive|driving|go|going)\s+(?:straight\s+)?)\s*(?:straight\s+|just\s+)?"
    r"(?:(?:into|in\s+front\s+of|under)\s+(?:the\s+|a\s+|an\s+|oncoming\s+)?(?:\w+\s+)?(?:river|sea|lake|canal|loch|"
    r"reservoir|water|train|tracks|traffic|bus|lorry|truck|wall|tree)"
    r"|(?:off|over)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:cliff|edge|roof|balcony|railing|parapet|ledge)"
    r"|off\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:bridge|building|multi[\s\-]?storey))\b"
    r"|\b(?:jump(?:ing)?|throw(?:ing)?\s+myself)\b(?=[^.!?\n]{0,60}\b(?:bridge|roof|cliff|building|balcony|"
    r"window|edge|train|platform)\b)"
    r"|\b(?:bridge|cliff|roof|ledge)\b[^.!?\n]{0,40}\bjump(?:ing)?\b"
    r"|\b(?:about|of)\s+(?:just\s+)?(?:ending\s+it|not\s+waking\s+up)\b"
)
# ... said with intent or as a recurring thought ("sometimes I think about", "how easy it would be").
_IDEATION_RE = _rx(
    r"\b(?:think(?:ing)?|thought|imagin\w*|dream\w*|fantasi[sz]\w*|tempted|temptation|consider\w*|"
    r"plan(?:ning|ned)?|going\s+to|gonna|'ll|will|wants?\s+to|want\s+to|threaten\w*|how\s+easy|"
    r"urge|keep\s+(?:looking|thinking|imagining)|would\s+be\s+(?:so\s+)?easy|says?\s+(?:he|she|they)|"
    r"said\s+(?:he|she|they))\b"
)
_FALLEN_RE = _rx(
    r"\b(?:fallen|fell|collapsed|slipped|tripped)\b(?!\s+(?:asleep|apart|behind|ill|pregnant|in\s+love|for\s+it|"
    r"out|through|off\s+the\s+wagon))|\b(?:been\s+(?:lying|stuck|sat)|(?:lying|stuck|sat)\s+on)\s+the\s+"
    r"(?:\w+\s+)?(?:floor|ground)|\bon\s+the\s+(?:\w+\s+)?floor\b|\b(?:hit|banged|cracked)\s+my\s+head\b"
)
_CANT_GET_UP_RE = _rx(
    r"\b(?:can'?t|cannot|cant|unable\s+to|can\s+not)\s+(?:get\s+(?:myself\s+)?(?:up|off\s+the\s+floor|"
    r"to\s+(?:the\s+)?(?:phone|door))|stand(?:\s+up)?(?=\s*(?:[.,!;]|$|and\b|or\b|without\b|on\s+my))|"
    r"move\s+(?:my\s+)?(?:legs|arms|at\s+all)|reach\s+(?:the\s+)?(?:phone|door|help)|get\s+help|call\s+(?:anyone|for\s+help))\b"
    r"|\b(?:on|off)\s+the\s+(?:\w+\s+)?floor\s+(?:since|for)\b|\bstuck\s+on\s+the\s+(?:\w+\s+)?floor\b"
)
_ALONE_RE = _rx(
    r"\b(?:alone|on\s+my\s+own|by\s+myself|nobody|no\s+one|no-one|(?:phone|battery)\s+(?:is\s+)?"
    r"(?:nearly\s+|almost\s+)?(?:dead|dying|low|on\s+\d+\s*%)|battery\s+on\s+\d+|since\s+(?:\d|last|this|"
    r"yesterday)|for\s+hours|all\s+night|until\s+tomorrow|isn'?t\s+due|(?:lot\s+of|so\s+much|lots\s+of)\s+"
    r"blood|broken|bleeding|can'?t\s+breathe)\b"
)


def _crisis_hits(doc: _Doc) -> list[_Hit]:
    """Crisis cues that need two parts: a way of dying said with intent or as a
    recurring thought, and a fall the author cannot get up from, alone."""
    text = doc.text
    hits: list[_Hit] = []
    for m in _METHOD_RE.finditer(text):
        sent = doc.sentences[doc.sentence_of(m.start())]
        intent = _IDEATION_RE.search(text, sent.start, m.start()) or _IDEATION_RE.search(text, m.end(), sent.end)
        if intent and not _negated(doc, m.start()):
            hits.append((CRISIS, 0.85, m.start(), m.end()))
    fallen = list(_FALLEN_RE.finditer(text))
    if fallen:
        cant = list(_CANT_GET_UP_RE.finditer(text))
        if cant:
            f0, c0 = fallen[0], cant[0]
            near = abs(doc.sentence_of(f0.start()) - doc.sentence_of(c0.start())) <= 1
            alone = _ALONE_RE.search(text)
            if near:
                weight = 0.9 if alone else 0.6
                hits.append((CRISIS, weight, c0.start(), c0.end()))
                hits.append((CRISIS, 0.0, f0.start(), f0.end()))
                if alone:
                    hits.append((CRISIS, 0.0, alone.start(), alone.end()))
    return hits


_COMPUTED: tuple[Callable[[_Doc], list[_Hit]], ...] = (
    _regex_hits, _question_hits, _dose_hits, _spam_structure_hits, _experience_hits, _crisis_hits,
)


# --------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------

_VOCAB_CACHE: dict[int, tuple[Sequence[TreatmentTerm], Vocabulary]] = {}


def _vocabulary(treatments: Vocabulary | Sequence[TreatmentTerm] | None) -> Vocabulary:
    if treatments is None:
        return DEFAULT_VOCABULARY
    if isinstance(treatments, Vocabulary):
        return treatments
    cached = _VOCAB_CACHE.get(id(treatments))
    if cached is not None and cached[0] is treatments:
        return cached[1]
    vocab = Vocabulary(treatments)
    if len(_VOCAB_CACHE) > 8:
        _VOCAB_CACHE.clear()
    _VOCAB_CACHE[id(treatments)] = (treatments, vocab)
    return vocab


def assess(
    text: object,
    *,
    treatments: Vocabulary | Sequence[TreatmentTerm] | None = None,
) -> Assessment:
    """Assess a member's text (already scrubbed of personal data).

    ``treatments`` is the vocabulary to look for: ``None`` for the built-in
    :data:`treatments.vocabulary.TREATMENTS`, a compiled
    :class:`~treatments.vocabulary.Vocabulary`, or a sequence of
    :class:`~treatments.vocabulary.TreatmentTerm` (compiled and cached while
    the same sequence object is passed).

    Returns an :class:`Assessment`; evidence offsets index ``text``. Never
    raises: a non-string or empty text gives an empty assessment.
    """
    try:
        return _assess(text, treatments)
    except Exception:  # pragma: no cover - defensive: assessment must not block posting
        return Assessment()


def _assess(
    text: object, treatments: Vocabulary | Sequence[TreatmentTerm] | None
) -> Assessment:
    if not isinstance(text, str) or not text.strip():
        return Assessment()
    text = text[:MAX_CHARS]
    vocab = _vocabulary(treatments)
    doc = _build_doc(text, vocab)

    hits: list[_Hit] = []
    for compute in _COMPUTED:
        hits.extend(compute(doc))

    by_label: dict[str, list[tuple[float, int, int]]] = {n: [] for n in LABEL_NAMES}
    for label, weight, start, end in hits:
        by_label[label].append((weight, start, end))

    scores = {n: _noisy_or(w for w, _, _ in items) for n, items in by_label.items()}
    if scores[SPAM] >= 0.9:
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

    return Assessment(
        labels=labels,
        candidates=candidates,
        treatments=tuple(dict.fromkeys(m.slug for m in doc.mentions)),
        mentions=tuple(doc.mentions),
        link_count=len(_LINK_RE.findall(text)),
    )


def count_links(text: str) -> int:
    """Number of links (URLs, www. addresses, bare domains) in ``text``."""
    return len(_LINK_RE.findall(text)) if isinstance(text, str) else 0
