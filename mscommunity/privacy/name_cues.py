"""The context cues after which a private person's name is read.

Internal to :mod:`.names`.  :func:`_cues` yields the matches of the cue regex
("my name is", "I'm", kinship words, "ask for", greetings ...) in a text, trying
the regex only where a word that can start a cue stands (:data:`CUE_FIRST_WORDS`,
gated on the word after it); the match ends where the name should begin.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .doc import word_in
from .vocab import _KIN_WORDS, FOREIGN_GREETINGS, GREETINGS, KINSHIP

_KIN_CUE = re.compile(
    r"\b(?:my|our|his|her|their|your|me\s+and\s+my)\s+"
    r"(?:(?:late|dear|darling|beautiful|lovely|little|big|older|younger|eldest|youngest|oldest|only|adult|"
    r"teenage|step|twin|middle|wee|gorgeous|amazing|wonderful|clever|precious|sweet|baby|brave|poor|grown|"
    r"grown[\s\-]up|new|favourite|favorite|\d{1,2}[\s\-]?(?:yo|y/o|year[\s\-]old|yr[\s\-]old))\s+)*"
    rf"(?:{KINSHIP})(?:s)?\s*(?:[,(\-\u2013\u2014:]\s*)?(?:(?:who\s+is\s+|is\s+)?(?:named|called)\s+)?",
    re.I,
)
_ASK_FOR = re.compile(r"\b(?:ask\s+for|speak\s+to|talk\s+to|speak\s+with|talk\s+with|contact)\s+", re.I)
_ROLE_CUE = re.compile(r"\b(?:nurse|carer|neighbour|neighbor|friend|hubby|bf|gf)\s+", re.I)
_NAME_IS = re.compile(
    r"\b(?:my\s+name\s+is|my\s+name'?s|name\s*:|i\s+am\s+called|i'?m\s+called|they\s+call\s+me|"
    r"you\s+can\s+call\s+me|name\s+of|goes\s+by(?:\s+the\s+name(?:\s+of)?)?|"
    r"(?:just|pls|please|u\s+can|everyone|everybody|people|friends|family|folks|most\s+people|all)\s+calls?\s+me|"
    # other languages' "my name is" / "I am called"
    r"me\s+llamo|mi\s+nombre\s+es|mi\s+chiamo|je\s+m'appelle|ich\s+hei(?:ße|sse)|mein\s+name\s+ist|"
    r"meu\s+nome\s+(?:é|e)|mon\s+nom\s+est|ik\s+heet|mijn\s+naam\s+is|nazywam\s+si[ęe])\s+",
    re.I)
# "a nurse called Sandra", "our Becky": only a listed given name counts after these.
_CALLED = re.compile(r"\b(?:called|named|our)\s+", re.I)
_I_AM = re.compile(r"\b(?:i'?m|i\s+am|im|this\s+is|it'?s|it\s+is|soy|sou|sono|jestem|ich\s+bin|je\s+suis|ik\s+ben)\s+",
                   re.I)
_GREET = re.compile(rf"\b(?:{GREETINGS})\s*[,!:\-]?\s+(?:to\s+)?", re.I)
_CUES_PATTERN = "|".join(
    f"(?P<{name}>{rx.pattern})"
    for name, rx in (("nameis", _NAME_IS), ("kin", _KIN_CUE), ("iam", _I_AM), ("ask", _ASK_FOR),
                     ("role", _ROLE_CUE), ("greet", _GREET), ("called", _CALLED))
)
# Case-insensitive matching is slow in ``re``: match the lower-cased text when
# lower-casing keeps every offset (almost always), else fall back to re.I.
_CUES_LOWER = re.compile(_CUES_PATTERN)
_CUES = re.compile(_CUES_PATTERN, re.I)
# First words of every cue: the cue regex is only tried where one of them starts.
_CUE_START_WORDS = (
    "my our his her their your me i i'm im this it's it ask speak talk contact nurse carer neighbour neighbor "
    "friend friends hubby bf gf name they you hi hiya hello hey heya dear thanks thank thankyou thx ty good congrats "
    "goes called named afternoon happy just pls please u everyone everybody people family folks most all "
    "congratulations bless welcome morning evening sorry hugs prayers praying well hang stay "
    "soy sou sono jestem ich je ik mi meu mein mon mijn nazywam"
)
_CUE_STARTS = frozenset(_CUE_START_WORDS.split()) | frozenset(
    phrase.split()[0] for phrase in FOREIGN_GREETINGS.split("|"))
_AZ_RUN = re.compile(r"[a-z]+")
_LOWER_WORD = re.compile(r"[a-z']+")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz'")
_ASCII_WORD = re.compile(r"[a-z]+")


# Every start word by its first a-z run ("i" gives "i", "i'm"; "it" gives "it", "it's").
_STARTS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _w in sorted(_CUE_STARTS):
    _first = _AZ_RUN.match(_w).group(0)  # type: ignore[union-attr]  # every start word begins with a-z
    _STARTS_BY_FIRST[_first] = (*_STARTS_BY_FIRST.get(_first, ()), _w)
CUE_FIRST_WORDS = frozenset(_STARTS_BY_FIRST)
CUE_FIRST_BIT = word_in(CUE_FIRST_WORDS)


_NEXT_TOKEN = re.compile(r"\s+([a-z0-9]+)")


def next_word_in(low: str, end: int, allowed: frozenset[str]) -> bool:
    """True when the word after ``end`` (or its singular) is in ``allowed``, or starts with a digit."""
    m = _NEXT_TOKEN.match(low, end)
    if m is None:
        return False
    w = m.group(1)
    return w in allowed or w[0].isdigit() or (w[-1] == "s" and w[:-1] in allowed)


_KIN_ADJECTIVES = (
    "late dear darling beautiful lovely little big older younger eldest youngest oldest only adult teenage step twin "
    "middle wee gorgeous amazing wonderful clever precious sweet baby brave poor grown new favourite favorite")
_KIN_NEXT = frozenset(_KIN_ADJECTIVES.split()) | frozenset(
    re.match(r"[a-z]+", w).group(0) for w in _KIN_WORDS) | {"name", "names"}  # type: ignore[union-attr]
# The words a cue must go on with, by its first word (the cue patterns above, read one word ahead):
# a start word missing here may be followed by anything.
_CUE_NEXT: dict[str, frozenset[str]] = {
    **dict.fromkeys(("my", "his", "her", "their", "your"), _KIN_NEXT),
    "i": frozenset(["am"]), "it": frozenset(["is"]), "this": frozenset(["is"]),
    "you": frozenset(["can"]), "they": frozenset(["call"]), "u": frozenset(["can"]), "most": frozenset(["people"]),
    **dict.fromkeys(("just", "pls", "please", "everyone", "everybody", "people", "friends", "family", "folks", "all"),
                    frozenset(["call", "calls"])),
    "good": frozenset(["luck", "morning", "afternoon", "evening"]), "well": frozenset(["done"]),
    "hang": frozenset(["in"]), "stay": frozenset(["strong"]), "happy": frozenset(["birthday", "anniversary"]),
    "hugs": frozenset(["to"]), "prayers": frozenset(["for"]), "praying": frozenset(["for"]),
    "speak": frozenset(["to", "with"]), "talk": frozenset(["to", "with"]), "ask": frozenset(["for"]),
    "goes": frozenset(["by"]),
    "me": frozenset(["and", "llamo"]), "ich": frozenset(["bin", "hei"]), "je": frozenset(["suis", "m"]),
    "ik": frozenset(["ben", "heet"]), "mi": frozenset(["nombre", "chiamo"]), "meu": frozenset(["nome"]),
    "mein": frozenset(["name"]), "mon": frozenset(["nom"]), "mijn": frozenset(["naam"]),
    "nazywam": frozenset(["si"]), "go": frozenset(["raibh"]), "muchas": frozenset(["gracias"]),
}


def _letter_finder(first: str) -> re.Pattern[str]:
    """A pattern for every start word beginning with the letter ``first``, as whole words (longest first).

    Starting with a literal letter lets ``re`` skip ahead to a candidate quickly."""
    words = sorted((w for w in _CUE_STARTS if w[0] == first), key=len, reverse=True)
    rest = "|".join(re.escape(w[1:]) for w in words)
    return re.compile(f"{re.escape(first)}(?<![a-z'].)(?:{rest})(?![a-z'])")


# One finder per first letter, built once: a text's start words are found by the finders of their
# first letters (a finder also holds start words missing from the text, which cannot match there).
_LETTER_FINDERS: dict[str, re.Pattern[str]] = {c: _letter_finder(c) for c in sorted({w[0] for w in _CUE_STARTS})}


def _start_words(low: str, present: frozenset[str],
                 finders: dict[str, re.Pattern[str]] = _LETTER_FINDERS) -> Iterable[re.Match[str]]:
    """The start words (whole words) of ``low``, in order, as ``finders`` (one per first letter) find
    them; ``present``: their first a-z runs among the text's words."""
    letters = {f[0] for f in present}
    if len(letters) == 1:
        return finders[letters.pop()].finditer(low)
    found = [m for c in letters for m in finders[c].finditer(low)]
    found.sort(key=_match_start)
    return found


def _gated_finder(first: str) -> re.Pattern[str]:
    """:func:`_letter_finder` with each start word's :data:`_CUE_NEXT` test inside the pattern: a start
    word is found only where the word after it can go on to a cue (one of its words or their plural,
    or a number), which :func:`_cues` used to test in Python for every start word."""
    alts = []
    for w in sorted((w for w in _CUE_STARTS if w[0] == first), key=len, reverse=True):
        alt = re.escape(w[1:]) + "(?![a-z'])"
        allowed = _CUE_NEXT.get(w)
        if allowed is not None:
            words = "|".join(re.escape(a) for a in sorted(allowed, key=len, reverse=True))
            alt += rf"(?=\s+(?:[0-9]|(?:{words})s?(?![a-z0-9])))"
        alts.append(alt)
    return re.compile(f"{re.escape(first)}(?<![a-z'].)(?:{'|'.join(alts)})")


_GATED_FINDERS: dict[str, re.Pattern[str]] = {c: _gated_finder(c) for c in _LETTER_FINDERS}


def _gated_start_words(low: str, present: frozenset[str]) -> Iterable[re.Match[str]]:
    """:func:`_start_words`, but only the start words that pass their next-word test."""
    return _start_words(low, present, _GATED_FINDERS)


def _match_start(m: re.Match[str]) -> int:
    return m.start()


def _cues(text: str, low: str, words: frozenset[str] | None = None) -> Iterator[re.Match[str]]:
    """Cue matches, found by trying the cue regex only at words that can start a cue.

    ``words``: the text's a-z words (:attr:`.doc.Doc.words`); only the start words
    among them are looked for."""
    if len(low) != len(text):  # lower-casing changed offsets (rare scripts): slow, exact path
        yield from _CUES.finditer(text)
        return
    present = CUE_FIRST_WORDS.intersection(words if words is not None else _ASCII_WORD.findall(low))
    if not present:
        return
    match = _CUES_LOWER.match
    # The cue regex only where a start word stands and the word after it can go on to a cue
    # (not "my first ...", "i had ...": the finders test that).
    for w in _gated_start_words(low, present):
        m = match(low, w.start())
        if m:  # cues may overlap: "my friends call me zeb" is a kinship cue and a name cue
            yield m
