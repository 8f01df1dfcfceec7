"""The document model: a text cut into sentences, with who speaks and who is addressed.

Pure Python. :func:`build_document` reads a (scrubbed) text once: its
sentences (each marked as a question or not, with or without a health word, a
person, the author), the spans in quotes or reported speech ("my doctor said
..."), the treatments named (from the vocabulary given) and whether the post is
about health at all. The engine's steps and the cues' restrictions
(``author``, ``no_hedge``, ``clause`` ...) ask it questions by position.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from mscommunity.moderation.folding import foldable_text, folded
from mscommunity.moderation.vocabulary import TreatmentMention, Vocabulary

_F = re.IGNORECASE


def rx(pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` case-insensitively (every assessment pattern is)."""
    return re.compile(pattern, _F)


# A sentence ends at ., ! or ? (followed by space or end, not after a title
# such as "Dr."), or at a line break.
_SENT_RE = re.compile(
    r"[^\n]*?(?:(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bSt)(?<!\bvs)(?<!\be\.g)(?<!\bi\.e)"
    r"[.!?]+[\"'”’)\]]*(?=\s|$)|\n|$)"
)
_WH_START = rx(
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
_REPORTED_RE = rx(
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
_CONCESSIVE_RE = rx(r"\b(?:whatever|no\s+matter\s+what|regardless\s+of\s+what|even\s+if)\s+$")
_HEDGE_RE = rx(
    r"\b(?:not\s+sure|unsure|don'?t\s+know|do\s+not\s+know|dunno|no\s+idea|"
    r"not\s+saying|never\s+say|wouldn'?t\s+say|would\s+never\s+say|can'?t\s+say|"
    r"cannot\s+say|not\s+telling|not\s+giving\s+advice|wonder\w*|doubt)\b"
)
LINK_RE = rx(
    r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|biz|ru|io|co|"
    r"example|xyz|shop|online|site|top|uk)(?:\.[a-z]{2}(?![\w.-]))?(?:/\S*)?\b"
)
_HEALTH_RE = rx(
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
_PERSON_RE = rx(
    r"\b(?:i|i'm|im|i've|ive|i'd|me|my|myself|we|we're|us|our|anyone|anybody|someone|"
    r"somebody|people|others|you\s+guys|you\s+all|y'all)\b"
)
CARER = (
    r"(?:son|daughter|wife|husband|partner|mum|mom|mother|father|dad|brother|sister|"
    r"sister-in-law|brother-in-law|friend|child|kid|boy|girl|grandson|granddaughter|"
    r"boyfriend|girlfriend|fiance|fiancee|aunt|uncle|cousin|niece|nephew)"
)
_AUTHOR_RE = rx(rf"\b(?:i|i'm|im|i've|ive|me|my|we|we're|our|us|he|she|my\s+{CARER})\b")
_TOKEN_RE = re.compile(r"[\w']+")
_LAST_CONJ_RE = re.compile(r"\b(?:and|then|or|but)\s+(?:\w+\s+)?$", _F)
_FIRST_SUBJECT_RE = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|we|we're|we've)\b", _F)
# A clause also starts after a reply's "@name" ("@Marcus definitely push for an MRI"), scrubbed or not
# ("@[name removed] yes get the flu jab").
_CLAUSE_BREAK_RE = re.compile(
    r"[,;:(—–]|\s-\s|\.\.\.|\b(?:and|but|so|then|or)\b|(?<![\w@])@(?:[\w.\-]*\w|\[[^\]\n]{1,40}\])", _F
)
_FILLERS = frozenset(
    {"please", "pls", "plz", "just", "also", "honestly", "seriously", "definitely",
     "really", "mate", "guys", "folks", "friends", "everyone", "all", "first",
     "always", "simply", "maybe", "perhaps", "personally", "oh", "ok", "okay", "well",
     "hey", "hi", "yes", "yeah", "no", "and", "but", "so", "then", "or", "now",
     "instead", "hun", "hon", "dear", "carers", "def", "deffo", "defo", "defs", "totally", "absolutely",
     "genuinely", "literally", "btw", "tbh", "imo", "imho"}
)


@dataclass(slots=True)
class Sentence:
    """One sentence, ``text[start:end]``, and what it holds."""

    start: int
    end: int
    question: bool
    health: bool
    person: bool
    author: bool


@dataclass(slots=True)
class Document:
    """A text read once for the engine: its sentences, the reported-speech
    spans, the treatment mentions (and the sentences holding them), and whether
    the post is off topic (no health or treatment word at all)."""

    text: str
    sentences: list[Sentence]
    starts: list[int]
    reported: list[tuple[int, int]]
    mentions: list[TreatmentMention]
    mention_sentences: set[int]
    low: str = ""  # text.lower(), for cheap keyword pre-checks
    fold: bool = False  # low stands for text under a folded pattern (moderation/folding.py)
    off_topic: bool = False
    _clause_starts: list[int] | None = None
    _links: list[tuple[int, int]] | None = None

    @property
    def links(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every link (:data:`LINK_RE`), found once for every step."""
        if self._links is None:
            plain = folded(LINK_RE) if self.fold else None
            found = plain.finditer(self.low) if plain is not None else LINK_RE.finditer(self.text)
            self._links = [(m.start(), m.end()) for m in found]
        return self._links

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence holding ``pos``."""
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def in_reported(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside quotes or reported speech."""
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
        """True when "not sure", "don't know" ... comes earlier in the sentence."""
        return bool(_HEDGE_RE.search(self.prefix(pos)))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, leading spaces skipped; never empty."""
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


def outside(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` (sorted, not overlapping) replaced by a space."""
    parts, pos = [], 0
    for s, e in spans:
        parts.append(text[pos:s])
        pos = max(pos, e)
    parts.append(text[pos:])
    return " ".join(parts)


def build_document(text: str, vocab: Vocabulary) -> Document:
    """Read ``text`` into a :class:`Document`, finding treatments with ``vocab``."""
    low = text.lower()
    fold = foldable_text(text, low)
    # Over a foldable text the patterns run case-sensitively on its lowered form: the same spans, faster.
    subject = low if fold else text
    wh_start, health, person, author, reported_re, concessive = (
        (folded(p) or p) if fold else p
        for p in (_WH_START, _HEALTH_RE, _PERSON_RE, _AUTHOR_RE, _REPORTED_RE, _CONCESSIVE_RE)
    )
    sentences: list[Sentence] = []
    for s, e in split_sentences(text):
        chunk = subject[s:e]
        sentences.append(
            Sentence(
                s, e,
                question="?" in chunk or (
                    bool(wh_start.search(chunk)) and not chunk.rstrip().endswith((".", "!"))
                ),
                health=bool(health.search(chunk)),
                person=bool(person.search(chunk)),
                author=bool(author.search(chunk)),
            )
        )
    starts = [s.start for s in sentences]
    reported: list[tuple[int, int]] = [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)]
    doc = Document(text, sentences, starts, reported, [], set(), low, fold)
    for m in reported_re.finditer(subject):
        sent = sentences[doc.sentence_of(m.start())]
        if concessive.search(subject, max(sent.start, m.start() - 24), m.start()):
            continue  # "Whatever the neuro says, get a copy": the writer speaks after the comma
        reported.append((m.start(), sent.end))
    mentions = vocab.find(text, low)
    doc.mentions = mentions
    doc.mention_sentences = {doc.sentence_of(x.start) for x in mentions}
    for sent in sentences:
        if not sent.health and any(
            sent.start <= x.start < sent.end for x in mentions
        ):
            sent.health = True
    doc.off_topic = not mentions and not any(s.health for s in sentences)
    return doc



def scan(doc: Document, pattern: re.Pattern[str]) -> tuple[re.Pattern[str], str]:
    """``(pattern, subject)`` to run for ``doc``: the folded twin of ``pattern`` and
    ``doc.low`` where they give the same spans (moderation/folding.py), else
    ``pattern`` and the text. A match's spans and which groups took part are the
    same either way; its text may be in lower case."""
    plain = folded(pattern) if doc.fold else None
    return (plain, doc.low) if plain is not None else (pattern, doc.text)


def scan_all(doc: Document, patterns: tuple[re.Pattern[str], ...]) -> tuple[tuple[re.Pattern[str], ...], str]:
    """As :func:`scan` for patterns run over one subject: all folded, or all as written."""
    plain = tuple(folded(p) for p in patterns) if doc.fold else ()
    if plain and all(p is not None for p in plain):
        return plain, doc.low  # type: ignore[return-value]
    return patterns, doc.text


def negated(doc: Document, pos: int) -> bool:
    """True when "not", "never", "won't" ... stands just before ``pos`` (same sentence)."""
    window = doc.text[max(doc.sentences[doc.sentence_of(pos)].start, pos - 24):pos]
    return bool(re.search(r"\b(?:not|never|no|nor|n't|wouldn'?t|won'?t)\s+(?:\w+\s+)?$",
                          window, _F))


def clause_matches(doc: Document, pattern: re.Pattern[str], subject: str | None = None) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that start where a clause starts (cheaper than
    scanning the whole text for cues that only count there), in ``subject``
    (default: the text; ``doc.low`` for a folded pattern)."""
    text = doc.text if subject is None else subject
    last = -1
    for pos in doc.clause_starts():
        if pos < last:
            continue
        m = pattern.match(text, pos)
        if m:
            last = m.end()
            yield m
