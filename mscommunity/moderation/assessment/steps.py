"""The engine's computed steps: cues that are more than one pattern.

Pure Python. Each step reads the :class:`Document` and returns hits for cues
declared in the cue files with ``step = "<name>"`` (their weights and examples
are there; the conditions are here):

* ``questions``: a question with a health word (and a first person near it);
* ``doses``: a dose said to the reader, not about the author's own treatment;
* ``spam_structure``: link-only posts, many links, repeated sentences or words;
* ``crisis_two_part``: a way of dying with intent, a fall the author cannot
  get up from (alone).

The ``experience`` step is in :mod:`.experience`.
"""

from __future__ import annotations

import re
from collections import Counter

from mscommunity.moderation.assessment.cues import CUES, Cue
from mscommunity.moderation.assessment.document import Document, negated, outside, rx, scan, scan_all
from mscommunity.moderation.assessment.experience import (
    DOSE,
    DURATION_RE,
    EFFECT_RE,
    OUTCOME_RE,
    SINCE_RE,
)
from mscommunity.moderation.assessment.hits import Hit, hit_for

_STEP_CUES = ("questions", "doses", "spam_structure", "crisis_two_part")
_CUES: dict[str, Cue] = {c.name: c for c in CUES.cues if c.step in _STEP_CUES}
_DOSE_RE = rx(DOSE)
_OWN_SUBJECT_RE = rx(r"\b(?:i|my|me|i'm|im|we|our|he|she|his|her)\b")
_TO_READER_RE = rx(r"\b(?:you|your|start|try|take|up|build|work\s+up)\b")


def _hit(name: str, start: int, end: int) -> Hit:
    return hit_for(_CUES[name], start, end)


_CURIOSITY_RE = rx(
    r"\W*how\s+many\s+(?:of\s+the\s+)?(?:people|patients|participants|subjects|women|men|children)\s+"
    r"(?:were|are|was|took|had|did|got|in)\b"
)


def question_hits(doc: Document) -> list[Hit]:
    """A question with a first person (here or in a neighbouring sentence)
    and a health or treatment word asks for advice."""
    hits: list[Hit] = []
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
        hits.append(_hit("health_question_personal" if near else "health_question", sent.start, end))
    return hits


def dose_hits(doc: Document) -> list[Hit]:
    """A dose in a sentence without the author as subject is dosing advice."""
    hits: list[Hit] = []
    dose, subject = scan(doc, _DOSE_RE)  # spans only: the lowered text serves (folding.py)
    for m in dose.finditer(subject):
        si = doc.sentence_of(m.start())
        sent = doc.sentences[si]
        if sent.question or doc.in_reported(m.start(), m.end()):
            continue
        chunk = doc.text[sent.start:sent.end]
        if _OWN_SUBJECT_RE.search(chunk):
            continue
        cue = "dose_to_reader" if _TO_READER_RE.search(chunk) else "dose"
        if cue == "dose" and (DURATION_RE.search(chunk) or OUTCOME_RE.search(chunk)
                              or EFFECT_RE.search(chunk) or SINCE_RE.search(chunk)):
            # A terse report of one's own treatment: "Aubagio 14mg since 2020, stable scans."
            cue = "terse_own_dose"
        hits.append(_hit(cue, m.start(), m.end()))
    return hits


_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def spam_structure_hits(doc: Document) -> list[Hit]:
    """Link-only posts, many links, repeated sentences or words, off-topic
    praise."""
    text = doc.text
    hits: list[Hit] = []
    links = doc.links
    if links:
        words = _WORD_RE.findall(outside(text, links))
        if len(words) <= 3:
            hits.append(_hit("link_only", links[0][0], links[-1][1]))
        elif len(links) >= 3:
            hits.append(_hit("many_links", links[0][0], links[-1][1]))
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
            hits.append(_hit("repeated_sentence", s, e))
            break
    tokens = list(re.finditer(r"[^\W\d_]+", text))
    if len(tokens) >= 8:
        counts = Counter(t.group(0).lower() for t in tokens)
        if len(counts) / len(tokens) < 0.25:
            hits.append(_hit("repeated_words", tokens[0].start(), tokens[-1].end()))
    return hits


# A way of dying (a vehicle, a height, water, a train) ...
_METHOD_RE = rx(
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
_IDEATION_RE = rx(
    r"\b(?:think(?:ing)?|thought|imagin\w*|dream\w*|fantasi[sz]\w*|tempted|temptation|consider\w*|"
    r"plan(?:ning|ned)?|going\s+to|gonna|'ll|will|wants?\s+to|want\s+to|threaten\w*|how\s+easy|"
    r"urge|keep\s+(?:looking|thinking|imagining)|would\s+be\s+(?:so\s+)?easy|says?\s+(?:he|she|they)|"
    r"said\s+(?:he|she|they))\b"
)
_FALLEN_RE = rx(
    r"\b(?:fallen|fell|collapsed|slipped|tripped)\b(?!\s+(?:asleep|apart|behind|ill|pregnant|in\s+love|for\s+it|"
    r"out|through|off\s+the\s+wagon))|\b(?:been\s+(?:lying|stuck|sat)|(?:lying|stuck|sat)\s+on)\s+the\s+"
    r"(?:\w+\s+)?(?:floor|ground)|\bon\s+the\s+(?:\w+\s+)?floor\b|\b(?:hit|banged|cracked)\s+my\s+head\b"
)
_CANT_GET_UP_RE = rx(
    r"\b(?:can'?t|cannot|cant|unable\s+to|can\s+not)\s+(?:get\s+(?:myself\s+)?(?:up|off\s+the\s+floor|"
    r"to\s+(?:the\s+)?(?:phone|door))|stand(?:\s+up)?(?=\s*(?:[.,!;]|$|and\b|or\b|without\b|on\s+my))|"
    r"move\s+(?:my\s+)?(?:legs|arms|at\s+all)|reach\s+(?:the\s+)?(?:phone|door|help)|get\s+help|call\s+(?:anyone|for\s+help))\b"
    r"|\b(?:on|off)\s+the\s+(?:\w+\s+)?floor\s+(?:since|for)\b|\bstuck\s+on\s+the\s+(?:\w+\s+)?floor\b"
)
_ALONE_RE = rx(
    r"\b(?:alone|on\s+my\s+own|by\s+myself|nobody|no\s+one|no-one|(?:phone|battery)\s+(?:is\s+)?"
    r"(?:nearly\s+|almost\s+)?(?:dead|dying|low|on\s+\d+\s*%)|battery\s+on\s+\d+|since\s+(?:\d|last|this|"
    r"yesterday)|for\s+hours|all\s+night|until\s+tomorrow|isn'?t\s+due|(?:lot\s+of|so\s+much|lots\s+of)\s+"
    r"blood|broken|bleeding|can'?t\s+breathe)\b"
)


def crisis_two_part_hits(doc: Document) -> list[Hit]:
    """Crisis cues that need two parts: a way of dying said with intent or as a
    recurring thought, and a fall the author cannot get up from, alone."""
    hits: list[Hit] = []
    # Spans only: the patterns run over the lowered text where that is exact (folding.py).
    (method, ideation, fallen_re, cant_re, alone_re), text = scan_all(
        doc, (_METHOD_RE, _IDEATION_RE, _FALLEN_RE, _CANT_GET_UP_RE, _ALONE_RE))
    for m in method.finditer(text):
        sent = doc.sentences[doc.sentence_of(m.start())]
        intent = ideation.search(text, sent.start, m.start()) or ideation.search(text, m.end(), sent.end)
        if intent and not negated(doc, m.start()):
            hits.append(_hit("method_with_intent", m.start(), m.end()))
    fallen = list(fallen_re.finditer(text))
    if fallen:
        cant = list(cant_re.finditer(text))
        if cant:
            f0, c0 = fallen[0], cant[0]
            near = abs(doc.sentence_of(f0.start()) - doc.sentence_of(c0.start())) <= 1
            alone = alone_re.search(text)
            if near:
                hits.append(_hit("cannot_get_up_alone" if alone else "cannot_get_up", c0.start(), c0.end()))
                hits.append(_hit("fall_evidence", f0.start(), f0.end()))
                if alone:
                    hits.append(_hit("alone_evidence", alone.start(), alone.end()))
    return hits
