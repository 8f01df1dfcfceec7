"""Reading a private person's name at a position: the name lists, the context cues, the joins.

Internal to :mod:`.names` (the PERSON detector): :func:`_name_at` reads one to
three capitalised words after a cue; :func:`_cues` finds the cues ("my name
is", kinship words, greetings ...); :func:`_chain` and :func:`_pair_before`
read names joined by "and", "&" or a comma.

Words that are never names: the static lists of :mod:`.vocab`, plus the
caller's ``never_names`` for the current :func:`~mscommunity.privacy.scrub`
call (the treatment vocabulary staff edit), held in a context variable that
:func:`never_names_for` sets for the duration of one ``find``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from functools import lru_cache

from .doc import word_in
from .vocab import (
    _KIN_WORDS,
    _PLACE_FIRST,
    COMMON,
    FOREIGN_GREETINGS,
    FOREIGN_SIGNOFFS,
    GREETINGS,
    INSTITUTION_WORDS,
    KINSHIP,
    PRIVATE_TITLES,
    SIGNOFFS,
    STRICT_NEVER,
    is_english_word,
    load_word_list,
    never_a_name,
    place_phrase_at,
)

_EXTRA_NEVER: ContextVar[frozenset[str]] = ContextVar("privacy_never_names", default=frozenset())


@contextmanager
def never_names_for(words: Iterable[str]) -> Iterator[None]:
    """Within the block, :func:`not_a_name` is also true for ``words`` (any case)."""
    token = set_never_names(words)
    try:
        yield
    finally:
        _EXTRA_NEVER.reset(token)


def set_never_names(words: Iterable[str]) -> Token[frozenset[str]]:
    """Make :func:`not_a_name` true for ``words`` too, until ``reset_never_names(token)``
    (the cheap form of :func:`never_names_for`, for the detector's hot path)."""
    return _EXTRA_NEVER.set(_folded(words) if words else _EMPTY)


def reset_never_names(token: Token[frozenset[str]]) -> None:
    _EXTRA_NEVER.reset(token)


def extra_never_names() -> frozenset[str]:
    """The current call's ``never_names``, folded (empty outside :func:`set_never_names`)."""
    return _EXTRA_NEVER.get()


_EMPTY: frozenset[str] = frozenset()


_LAST_FOLDED: list[tuple[object, frozenset[str]]] = []


def _folded(words: Iterable[str]) -> frozenset[str]:
    """``words`` folded; the same collection passed again (the pipeline's vocabulary) is folded once."""
    if _LAST_FOLDED and _LAST_FOLDED[0][0] is words and isinstance(words, (frozenset, tuple)):
        return _LAST_FOLDED[0][1]
    folded = frozenset(_fold(w) for w in words)
    _LAST_FOLDED[:] = [(words, folded)]
    return folded


def _fold(word: str) -> str:
    """The comparable form of a word: lower case, no trailing dot or possessive."""
    w = word.lower().rstrip(".").replace("\u2019", "'")
    return w[:-2] if w.endswith("'s") else w


def not_a_name(word: str) -> bool:
    """True for a word that is never a private person's name on its own: the
    static lists (:func:`.vocab.never_a_name`) and the current ``never_names``."""
    if never_a_name(word):
        return True
    extra = _EXTRA_NEVER.get()
    return bool(extra) and _fold(word) in extra


# Filled on first use of the lists (module globals: cheaper to reach than an lru_cache call).
_GIVEN: frozenset[str] = frozenset()
_FAMILY: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _given() -> frozenset[str]:
    global _GIVEN
    _GIVEN = load_word_list("given_names.txt")
    return _GIVEN


@lru_cache(maxsize=1)
def _family() -> frozenset[str]:
    global _FAMILY
    _FAMILY = load_word_list("family_names.txt")
    return _FAMILY


def is_given_name(word: str) -> bool:
    """True when ``word`` is in the shipped given-name list (case-insensitive; "Siobhán" as "siobhan")."""
    low = word.lower()
    given = _GIVEN or _given()
    return low in given or (not low.isascii() and _plain(low) in given)


def _plain(word: str) -> str:
    """``word`` without its accents ("siobhán" -> "siobhan"), for the lists, which hold most names plain."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def is_family_name(word: str) -> bool:
    """True when ``word`` is in the shipped family-name list (case-insensitive)."""
    return word.lower() in (_FAMILY or _family())


# A word: letters with inner apostrophes or hyphens ("O'Rourke", "Ella-Mae", "Oisín").
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_TITLE_GAP = re.compile(r"\.?\s+")
_GAP = re.compile(r"[ \u00a0]+")
_GAP_CHARS = frozenset(" \u00a0")
_INITIAL = re.compile(r"[A-Z]\.")
_PRO_TITLES = frozenset(
    ["dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady", "saint", "st", "mt", "mount"]
)


# The last text known to hold no title word at all (see :func:`note_words`): for it,
# :func:`_after_title` is False without looking.  Compared by identity, so a stale
# entry (another call, another thread) is only ever a miss.
_NO_TITLE_TEXT: list[str | None] = [None]
_PRO_TITLE_WORDS = frozenset(_PRO_TITLES)


PRO_TITLE_BIT = word_in(_PRO_TITLE_WORDS)


def note_words(text: str, mask: int) -> None:
    """Record, from the text's word facts (:attr:`.doc.Doc.mask`), whether any title word occurs
    in ``text`` at all."""
    _NO_TITLE_TEXT[0] = None if mask & PRO_TITLE_BIT else text


def _after_title(text: str, start: int) -> bool:
    """True when the word at ``start`` follows "Dr", "Professor" etc. (maybe with a given name between)."""
    if _NO_TITLE_TEXT[0] is text:
        return False
    words = text[max(0, start - 40):start].rsplit(None, 2)  # the last two words are all we need
    if not words:
        return False
    if words[-1].lower().rstrip(".") in _PRO_TITLES:
        return True
    return len(words) >= 2 and words[-2].lower().rstrip(".") in _PRO_TITLES and words[-1][:1].isupper()


_PRO_AFTER = re.compile(
    r"(?:['\u2019]s?\s+(?:trial|trials|team|study|studies|paper|papers|lab|group|protocol|research|clinic|work|"
    r"results|data|book)|\s+et\s+al\b|\s+(?:hospital|clinic|centre|center|university|institute|foundation|"
    r"trust|street|road|avenue|lane|house|ward|unit|syndrome|disease|scale)\b|\s*,?\s+(?:md|phd|mbbs|frcp)\b)",
    re.I,
)


# Titles read before a family name ("Mr Haddad").
_TITLES_BEFORE_NAME = PRIVATE_TITLES | frozenset(["mr", "mrs", "ms", "miss", "mx"])


def _capitalised(w: str) -> bool:
    return w[:1].isupper() and not (len(w) > 1 and w.isupper())


# The facts :func:`_name_at` reads about a first word, by the word as written: (a greeting or
# interjection, a title before a family name, capitalised, lower case, a listed given name, a common
# word (lower-cased), a common word (as written), the first word of a place of several words).
# Never-names are looked up where needed, as before (they depend on the call's ``never_names``, and
# the drug test is costly for a new word).  Cleared when full.
_FIRST_FACTS: dict[str, tuple[bool, ...]] = {}
_FIRST_FACTS_MAX = 50_000


def _first_facts(first: str) -> tuple[bool, ...]:
    low = first.lower()
    facts = (
        low in STRICT_NEVER, low in _TITLES_BEFORE_NAME, _capitalised(first), first.islower(),
        is_given_name(low), low in COMMON, first in COMMON, low in _PLACE_FIRST,
    )
    if len(_FIRST_FACTS) >= _FIRST_FACTS_MAX:
        _FIRST_FACTS.clear()
    _FIRST_FACTS[first] = facts
    return facts


def _name_at(
    text: str, pos: int, *, strong: bool, lowercase_ok: bool = False, after_title_ok: bool = False
) -> tuple[int, int, float] | None:
    """Read a name of 1-3 words starting at ``pos``; return (start, end, confidence) or None.

    ``strong`` cues (my name is, kinship, sign-off) accept any capitalised word
    that is not a never-name; weak cues need a listed given name.
    """
    m = _WORD.match(text, pos)
    if not m:
        return None
    first = m.group()
    start, end = m.span()
    conf: float
    strict, title, cap, lower, given, common_low, common, place_first = _FIRST_FACTS.get(first) or _first_facts(first)
    if strict:
        return None  # "Salam, ...", "Ha, ...", "Grüße": a greeting or interjection, even when listed as a name
    if title:
        # "Mr Haddad": a title plus a family name.
        after = _TITLE_GAP.match(text, end)
        if not after:
            return None
        m2 = _WORD.match(text, after.end())
        if not m2 or not _capitalised(m2.group(0)) or not_a_name(m2.group(0)):
            return None
        return _tail_ok(text, start, m2.end(), 0.9)
    if not cap and not (lowercase_ok and lower):
        if not (given and not common_low and len(first) >= 3 and first.isupper() and _SHOUTED_CUE.search(
                text, max(0, start - 12), start) and not not_a_name(first)):
            return None  # the common case: an ordinary lower-case word after the cue
        return start, end, 0.8  # "THANK YOU DEBORAH!!!": a listed name, shouted after a shouted cue
    if cap:
        if given and (strong or not common_low):
            conf = 0.9
        elif strong and not not_a_name(first) and len(first) >= 2:
            conf = 0.8
        else:
            return None
    elif (lowercase_ok and lower and given and not common and first not in _SHORT_WORDS and not not_a_name(first)
          and not is_english_word(first)):
        conf = 0.8
    else:
        return None
    if not after_title_ok and _NO_TITLE_TEXT[0] is not text and _after_title(text, start):
        return None
    if place_first and place_phrase_at(text, start, first):
        return None  # "Ann Arbor", "San Jose": a place
    # Extend with up to two more capitalised words or an initial ("Mary Jones", "Sandra W.").
    for _ in range(2):
        if text[end:end + 1] not in _GAP_CHARS:
            break
        sp = _GAP.match(text, end)
        if not sp:
            break
        nxt = sp.end()
        if not text[nxt:nxt + 1].isupper():
            break  # the usual case: a lower-case word (or no word) follows
        mi = _INITIAL.match(text, nxt)
        if mi and not _WORD.match(text, mi.end()):
            end = mi.end()
            break
        m2 = _WORD.match(text, nxt)
        if not m2:
            break
        w = m2.group(0)
        if not _capitalised(w) or not_a_name(w) or (is_given_name(w) and w.lower() in COMMON):
            break
        if w.lower() in INSTITUTION_WORDS:
            return None
        end = m2.end()
        if is_family_name(w):
            conf = max(conf, 0.9)
    if _PRO_AFTER.match(text, end, end + 30):  # _tail_ok
        return None
    return start, end, conf


# Short words of other languages some name lists hold ("gracias de corazón"): never a lower-case name.
_SHORT_WORDS = frozenset("de da do di du la le el lo il al en un na no mi tu te se si ta ma ni po ng sa".split())  # noqa: SIM905
_SHOUTED_CUE = re.compile(r"[A-Z]{2,}[ \t,!]+$")


def _tail_ok(text: str, start: int, end: int, conf: float) -> tuple[int, int, float] | None:
    if _PRO_AFTER.match(text, end, end + 30):
        return None
    return start, end, conf


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


def _start_words(low: str, present: frozenset[str]) -> Iterable[re.Match[str]]:
    """The start words (whole words) of ``low``, in order; ``present``: their first a-z runs among
    the text's words."""
    letters = {f[0] for f in present}
    if len(letters) == 1:
        return _LETTER_FINDERS[letters.pop()].finditer(low)
    found = [m for c in letters for m in _LETTER_FINDERS[c].finditer(low)]
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
    letters = {f[0] for f in present}
    if len(letters) == 1:
        return _GATED_FINDERS[letters.pop()].finditer(low)
    found = [m for c in letters for m in _GATED_FINDERS[c].finditer(low)]
    found.sort(key=_match_start)
    return found


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


_AFTER_GREETING_NAME = re.compile(r"\s*(?:[,!.:;\n)]|$|for\b|x+\b)", re.I)
_SIGN = re.compile(rf"(?:^|(?<=[\s.!?,;:)]))(?:{SIGNOFFS})\s*[,!.:\-\u2013\u2014]*\s*(?:\n\s*)?", re.I)
_SIGN_LOWER = re.compile(_SIGN.pattern)
_SIGN_START_WORDS = (
    "thanks thank thankyou many regards kind warm best all love lots much god bless blessings sincerely yours "
    "take hugs peace xx xxx x cheers"
)
_SIGN_STARTS = frozenset(_SIGN_START_WORDS.split()) | frozenset(
    phrase.split()[0] for phrase in FOREIGN_SIGNOFFS.split("|"))
# The first a-z run of each ("grüße" gives "gr"): what :attr:`.doc.Doc.words` can hold.
SIGN_FIRST_WORDS = frozenset(_AZ_RUN.match(w).group(0) for w in _SIGN_STARTS)  # type: ignore[union-attr]
SIGN_OR_FROM_BIT = word_in(SIGN_FIRST_WORDS | {"from"})


def _word_starts(low: str, words: frozenset[str], start: int = 0) -> list[int]:
    """Sorted positions (from ``start``) of whole [a-z] words of ``low`` that are in ``words``."""
    return [m.start() for m in _ASCII_WORD.finditer(low, start) if m.group() in words
            and (not m.start() or not ("a" <= low[m.start() - 1] <= "z"))]


# Sign-offs that are not a thank-you: a "Dr" after these is the poster signing, not a doctor thanked.
_VALEDICTION = re.compile(r"(?:regards|wishes|best|cheers|love|bless|blessings|sincerely|yours|truly|care|hugs|"
                          r"peace|x+)\W*$", re.I)
_DASH = re.compile(r"(?:^|(?<=\s))(?:--?|\u2014|\u2013|~)\s*")
_VOCATIVE_AHEAD = r"(?=[^\W\d_][\w'\u2019\-]*(?:[ ][A-Z][\w'\u2019\-]*\.?){0,2}(?:\s+here\b|\s*,|\s+-\s))"
_SENT_START = re.compile(r"[.!?\n]\s*" + _VOCATIVE_AHEAD)
_TEXT_START = re.compile(r"\s*" + _VOCATIVE_AHEAD)
# What may follow a signature: ", Place" (maybe with an age: ", 54, Swansea"), "and the kids",
# kisses, a smiley, punctuation.
_END_TRAIL = re.compile(
    r"\s*(?:(?:,|\s+from|\s+in|,\s+from|\s*[\-\u2013])\s+(?:\d{1,3}\s*,\s*)?[A-Z][\w.'\-]*(?:,?\s+[A-Z][\w.'\-]*){0,2}"
    r"\s*)?(?:(?:\s+|\s*,\s*)(?:and|&|\+)\s+(?:the\s+|my\s+|our\s+|all\s+the\s+)?(?:family|fam|kids|boys|girls|"
    r"lads|gang|crew|twins|dogs?|cats?|pups?|clan|co|team|bairns|grandkids|little\s+ones)\b)?"
    r"(?:[ \t]*[~\-\u2013\u2014*]+)?"  # "~ Soledad ~": a mark closing the signature
    r"(?:\s*\([^()\n]{1,40}\))?"  # "Ngozi (Emeka's sister)", "Tom (carer)"
    r"[\s.!,]*(?:x+|xo+|\(?[;:]-?\)\)?)?[\s.!]*(?:[^\w\s]{0,8})\s*$",
    re.I,
)
# Joiners between two names: "Doug and Marcy", "Tess & Ollie", "Pete, Sue and Tom".
# "Tomás y Valentina", "Ana e Bruno", "Jan und Eva": other languages' "and" joins only listed given names (as a comma does).
_JOIN_AFTER = re.compile(r"[ \t]*(?:(?P<comma>,|(?<=[ \t])(?:y|e|et|und|en|i)(?=[ \t]))|&|\+|(?i:and))[ \t]+(?=[^\W\d_])")
_JOIN_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"'\u201c]))([^\W\d_]+(?:['\u2019\-][^\W\d_]+)*)[ \t]+(?:&|\+|(?i:and)|y|e|et|und|en|i)[ \t]+$")
# "(Bronwyn, Melbourne)", "(Priya - Leicester)", "(posted by Ravi, 61, Toronto)".
_BRACKET = re.compile(
    r"\((?:(?:posted|written)\s+by\s+|from\s+|by\s+|love\s+)?(?P<n>[A-Z][^\W\d_]+(?:['\u2019\-][^\W\d_]+)*)"
    r"(?:[ ][A-Z][^\W\d_'\u2019\-]+)?\s*(?:,|\s-|\u2013|\u2014)\s*(?:\d{1,3}\s*,\s*)?[A-Z][^\W\d_]+"
    r"(?:[ ,]+[A-Z][^\W\d_]+){0,2}\s*\)"
)
# "love from maureen and the boys", "from Shona and the kids x" near the end.
_FROM_SIGN = re.compile(
    r"(?P<pre>\b(?:love|hugs|wishes|regards|greetings|cheers|x+|blessings|best)[ \t]*,?[ \t]*)?\bfrom[ \t]+", re.I)
# "..., bev xx" at the very end; "ok, jackie here again".
_KISS_END = re.compile(r"[,.!?\-]\s*([^\W\d_]+(?:[ ][A-Z][^\W\d_]+)?)\s+(?:x+|xo+|xox[xo]*)\b[\s.!]*$", re.I)
_HERE = re.compile(r"(?:^|[,;:!.?\n]\s*)([^\W\d_]+(?:[ ][A-Z][^\W\d_]+)?)\s+here\b")
# A doctor who describes themself as retired or as a patient is posting as a private person.
_DR_SELF = re.compile(
    r"[DP](?<![\w][DP])(?:r|octor|rof)\.?\s+[A-Z][^\W\d_]+(?:['\u2019\-][^\W\d_]+)*(?:\s+[A-Z][^\W\d_]+(?:['\u2019\-][^\W\d_]+)*)?"
    r"(?=\s*[(,\-\u2013]\s*(?:a\s+|an\s+|now\s+)?(?:retired|former|ex[\s\-]|not\s+practi[sc]ing|ms\s+patient|patient\b"
    r"|[^)\n]{0,40}\b(?:myself|as\s+well|too)\b))"
)
_TITLE_WORD = re.compile(r"(?:Dr|Doctor|Prof|Professor)\.?\s+", re.I)


def _at_end(text: str, end: int) -> bool:
    """True when only a place, kisses or punctuation follow ``end``."""
    return len(text) - end <= 60 and _END_TRAIL.match(text, end) is not None


def _given_word(w: str, lowercase_ok: bool) -> bool:
    """A listed given name that is not a common word (lower-case only when allowed)."""
    if not is_given_name(w) or w.lower() in COMMON or not_a_name(w):
        return False
    return _capitalised(w) or (lowercase_ok and w.islower())


def _chain(text: str, end: int, *, strong: bool, lowercase_ok: bool) -> list[tuple[int, int]]:
    """Names joined on after ``end``: "[Doug] and Marcy", "[Pete], Sue and Tom".

    After "and"/"&" a ``strong`` context accepts any capitalised non-name-word; a
    comma, or a weak context, needs a listed given name.
    """
    out: list[tuple[int, int]] = []
    for _ in range(4):
        j = _JOIN_AFTER.match(text, end)
        if not j:
            break
        m = _WORD.match(text, j.end())
        if not m:
            break
        w = m.group(0)
        if not_a_name(w) or w.lower() in PRIVATE_TITLES:
            break
        if not (_given_word(w, lowercase_ok) or (strong and not j.group("comma") and _capitalised(w)
                                                  and len(w) >= 2)):
            break
        hit = _name_at(text, m.start(), strong=True, lowercase_ok=lowercase_ok)
        s, e = (hit[0], hit[1]) if hit and hit[0] == m.start() else (m.start(), m.end())
        out.append((s, e))
        end = e
    return out


def _pair_before(text: str, start: int, lowercase_ok: bool) -> tuple[int, int] | None:
    """A given name joined on before ``start``: "Roger and [Pam Lister]"."""
    if not text[max(0, start - 6):start].rstrip(" \t").endswith(("and", "And", "AND", "&", "+", " y", " e", " et", " und",
                                                                 " en", " i")):
        return None
    m = _JOIN_BEFORE.search(text, max(0, start - 40), start)
    if not m:
        return None
    w = m.group(1)
    if not _given_word(w, lowercase_ok) or _after_title(text, m.start(1)):
        return None
    return m.start(1), m.end(1)

