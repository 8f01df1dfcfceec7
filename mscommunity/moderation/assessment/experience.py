"""The engine step for ``treatment_experience``: a treatment plus someone having it.

Pure Python. The cues it emits (names, weights, examples) are in
``cues/treatment_experience.toml``; the patterns that decide where they count
are here. It runs after the regex step, because a sentence that asks for
advice is never an experience report.
"""

from __future__ import annotations

import re

from mscommunity.moderation.assessment.cues import CUES, Cue
from mscommunity.moderation.assessment.document import Document, Sentence, rx, scan
from mscommunity.moderation.assessment.hits import Hit, hit_for

DOSE = CUES.fragments["dose"]
IMPERATIVE = CUES.fragments["imperative"]
_CUES: dict[str, Cue] = {c.name: c for c in CUES.cues if c.step == "experience"}


def _hit(name: str, start: int, end: int) -> Hit:
    return hit_for(_CUES[name], start, end)


_EXP_VERB_RE = rx(
    r"\b(?:had|have\s+had|'ve\s+had|did|took|tried|started|finished|received|underwent|"
    r"went\s+through|went\s+to|was\s+on|were\s+on|am\s+on|'m\s+on|im\s+on|is\s+on|"
    r"has\s+been\s+on|have\s+been\s+on|'ve\s+been\s+on|been\s+on|was\s+treated|"
    r"were\s+treated|got|used|switched|stopped|came\s+off|quit|relapsed|injected|"
    r"tapered|fitted|on\s+it|did\s+(?:it|well|okay|ok|great|badly)|followed|completed|paid|spent|"
    r"flew|went\s+(?:abroad|overseas|out)|put\s+(?:me|him|her|us)\s+on|gave\s+(?:me|him|her)|"
    r"(?:was|were)\s+given|stuck\s+with|injected|infused)\b"
)
_BARE_VERB_START_RE = rx(
    r"^\W*(?:had|did|took|tried|started|finished|switched|been\s+on|was\s+on|"
    r"stopped|came\s+off|went|followed|completed|paid|spent|"
    r"day\s+\d+|month\s+\d+|year\s+\d+)\b"
)
DURATION_RE = rx(
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
OUTCOME_RE = rx(
    r"\b(?:edss|no\s+(?:new\s+)?(?:lesions?|relapses?|progression|infections?|"
    r"side[- ]effects?)|(?:new|more)\s+lesions?|relapse[ds]?|stable|improv\w*|worse|"
    r"progressed|progression|progressing|declin\w*|clean\s+mri|mri\s+(?:is\s+)?(?:stable|clean)|"
    r"post[- ]?(?:hsct|transplant)|months?\s+(?:post|out|later)|\d+\s+months?\s+out)\b"
)
EFFECT_RE = rx(
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
_DOSE_RE = rx(DOSE)
_DOSE_START_RE = rx(r"\W*" + DOSE)
_HERE_RE = rx(r"\bhere\b")
_FIRST_SINGULAR_RE = rx(r"\b(?:i|i'm|im|i've|ive)\b")
_COST_RE = rx(r"\b(?:paid|spent|cost\s+(?:us|me|him|her)|pay\s+for|crowdfund\w*)\b")
# Treatments named generically (not in the vocabulary): procedures, diets, devices, clinics.
_GENERIC_TX_RE = rx(
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
_OWN_TX_WAS_RE = rx(
    r"\b(?:my|his|her|our|their)\s+(?:\w+\s+)?(?:transplant|treatment|infusion|hsct|chemo|procedure|"
    r"surgery|op|course|stem\s+cells?)\s+(?:was|were)\b"
)
_GENERIC_TREATMENT_RE = rx(
    r"\b(?:the\s+transplant|the\s+chemo\w*|my\s+(?:last\s+)?(?:infusions?|injections?|"
    r"meds|medication|treatment)|the\s+(?:infusions?|injections?|treatment|drug))\b"
)
_PRONOUN_REF_RE = rx(r"\b(?:it|them|they|this|that)\b")
_ANAPHOR_START_RE = rx(
    r"^\W*(?:it|this|that|they)\b|^\W*(?:he|she)\s+(?:did|was\s+(?:fine|ok|okay|great|good|sick|ill|better|worse)|"
    r"responded|tolerated|felt|coped|sailed|struggled|got\s+(?:better|worse))\b"
)
# An outcome reported right after a treatment sentence: "EDSS went from 3 to 4.5", "8 months out".
_FOLLOW_UP_RE = rx(
    r"\bedss\s+(?:went|is|was|has|from|now)\b|\b\d+\s+(?:months?|years?|weeks?)\s+(?:out|post|on|later)\b"
)
_TERSE_PREFIX_RE = rx(
    r"\W*(?:(?:a|an|the|\d+|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple|course|"
    r"round|rounds|days?|weeks?|months?|years?|sessions?|doses?|of|iv|oral|high[\s\-]dose)\W+)*"
)
_IMPERATIVE_START_RE = rx(rf"\W*(?:please\s+|just\s+|always\s+)?{IMPERATIVE}\b")
SINCE_RE = rx(r"\b(?:since|for)\s+(?:\d|a\s|one\s|two\s|three\s|four\s|five\s|six\s|ten\s)")


def experience_hits(doc: Document, seeking: set[int]) -> list[Hit]:
    """A treatment (this sentence or the one before) plus the author or
    someone they care for having it, a duration, an outcome or a cost.

    ``seeking``: sentences that ask for advice (from the regex step); they and
    questions never count as experience.
    """
    text = doc.text
    sents = doc.sentences
    hits: list[Hit] = []
    author_in_post = any(s.author for s in sents)
    if doc.mentions and doc.mentions[0].start == sents[0].start:
        author_in_post = True  # terse reports: "Kesimpta, 18 months. Fine."
    pattern, subject = scan(doc, _GENERIC_TREATMENT_RE)  # spans only: the lowered text serves (folding.py)
    generic = {doc.sentence_of(m.start()) for m in pattern.finditer(subject)}
    generic_spans: list[tuple[int, int]] = []
    weak: set[int] = set()  # sentences whose only treatment is "the clinic", "treatment", "therapy" ...
    strong = doc.mention_sentences | generic
    pattern, subject = scan(doc, _GENERIC_TX_RE)
    for m in pattern.finditer(subject):
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
            or _DOSE_START_RE.match(text[sent.start:sent.end])
            or _FOLLOW_UP_RE.search(text, *chunk_range)
        )
        if not (own or prev):
            continue
        if sent.question or i in seeking:
            continue
        # Only "the clinic" / "treatment" / "therapy" here: it needs someone having it, not just an outcome.
        weak_only = i not in strong and (i - 1) not in strong

        def add(rx: re.Pattern[str], cue: str, s: Sentence = sent) -> bool:
            m = rx.search(text, s.start, s.end)
            if m and m.end() > m.start():
                hits.append(_hit(cue, m.start(), m.end()))
                return True
            return False

        bare = _BARE_VERB_START_RE.search(text[sent.start:sent.end])
        if sent.author or bare:
            if bare:
                hits.append(_hit("bare_verb_start", sent.start + bare.start(), sent.start + bare.end()))
            elif not add(_EXP_VERB_RE, "experience_verb"):
                add(_OWN_TX_WAS_RE, "own_treatment_was")
        if weak_only:
            if author_in_post:
                add(_COST_RE, "cost")
            continue
        if (author_in_post or bare) and not _IMPERATIVE_START_RE.match(text, sent.start, sent.end):
            add(EFFECT_RE, "effect")
        if own:
            for x_start, x_end in spans if author_in_post else doc_spans:
                if not (sent.start <= x_start < sent.end):
                    continue
                lo, hi = max(sent.start, x_start - 40), min(sent.end, x_end + 40)
                m = DURATION_RE.search(text, lo, hi)
                if m:
                    hits.append(_hit("duration", m.start(), m.end()))
                    break
            if author_in_post:
                add(_COST_RE, "cost")
                m = _HERE_RE.search(text, sent.start, sent.end)
                if m and doc.mentions and doc.mentions[0].start == sent.start:
                    hits.append(_hit("here_after_name", m.start(), m.end()))
        if author_in_post:
            add(OUTCOME_RE, "outcome")
        if _FIRST_SINGULAR_RE.search(text, sent.start, sent.end):
            add(_DOSE_RE, "own_dose")
    # Evidence for the treatment itself, so moderators see what was found.
    if hits:
        for x in doc.mentions:
            hits.append(_hit("treatment_named", x.start, x.end))
    return hits
