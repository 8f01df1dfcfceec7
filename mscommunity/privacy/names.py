"""Names of private people, found from context, plus the poster's own account names.

Contract: ``find(text, known_names)`` returns PERSON redactions.  A name is a run
of one to three capitalised words read *after* a context cue: "my name is",
"I'm", a kinship word ("my son, Jake, 39"), a greeting ("Hi Terry,"), a
sign-off ("Thanks, Mary Jones"), a signature line at the end, or a given name
(from the shipped list) followed by a family name anywhere.  Words that are
drugs (or close misspellings), MS terms, places, institutions, months or common
English words are never names.  A name right after "Dr" or "Professor", or
followed by "'s trial" / "et al", is a public professional and stays.  Every
later occurrence of a found name in the same text is removed too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from .result import Redaction
from .vocab import (
    COMMON,
    GREETINGS,
    INSTITUTION_WORDS,
    KINSHIP,
    MONTH_WORDS,
    PRIVATE_TITLES,
    SIGNOFFS,
    never_a_name,
)

_DATA = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=1)
def _given() -> frozenset[str]:
    return _load("first_names.txt")


@lru_cache(maxsize=1)
def _family() -> frozenset[str]:
    return _load("surnames.txt")


def _load(name: str) -> frozenset[str]:
    try:
        lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    except OSError:  # pragma: no cover - shipped with the package
        return frozenset()
    return frozenset(s.strip().lower() for s in lines if s.strip() and not s.startswith("#"))


def is_given_name(word: str) -> bool:
    """True when ``word`` is in the shipped given-name list (case-insensitive)."""
    return word.lower() in _given()


def is_family_name(word: str) -> bool:
    """True when ``word`` is in the shipped family-name list (case-insensitive)."""
    return word.lower() in _family()


# A word: letters with inner apostrophes or hyphens ("O'Rourke", "Ella-Mae", "Oisín").
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_TITLE_GAP = re.compile(r"\.?\s+")
_GAP = re.compile(r"[ \u00a0]+")
_INITIAL = re.compile(r"[A-Z]\.")
_PRO_TITLES = frozenset(
    ["dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady", "saint", "st", "mt", "mount"]
)


def _after_title(text: str, start: int) -> bool:
    """True when the word at ``start`` follows "Dr", "Professor" etc. (maybe with a given name between)."""
    words = text[max(0, start - 40):start].split()
    if not words:
        return False
    if words[-1].lower().rstrip(".") in _PRO_TITLES:
        return True
    return len(words) >= 2 and words[-2].lower().rstrip(".") in _PRO_TITLES and words[-1][:1].isupper()


_PRO_AFTER = re.compile(
    r"^(?:['\u2019]s?\s+(?:trial|trials|team|study|studies|paper|papers|lab|group|protocol|research|clinic|work|"
    r"results|data|book)|\s+et\s+al\b|\s+(?:hospital|clinic|centre|center|university|institute|foundation|"
    r"trust|street|road|avenue|lane|house|ward|unit|syndrome|disease|scale)\b|\s*,?\s+(?:md|phd|mbbs|frcp)\b)",
    re.I,
)


def _capitalised(w: str) -> bool:
    return w[:1].isupper() and not (len(w) > 1 and w.isupper())


def _name_at(text: str, pos: int, *, strong: bool, lowercase_ok: bool = False) -> tuple[int, int, float] | None:
    """Read a name of 1-3 words starting at ``pos``; return (start, end, confidence) or None.

    ``strong`` cues (my name is, kinship, sign-off) accept any capitalised word
    that is not a never-name; weak cues need a listed given name.
    """
    m = _WORD.match(text, pos)
    if not m:
        return None
    first = m.group(0)
    start, end = m.start(), m.end()
    conf: float
    if first.lower() in PRIVATE_TITLES or first.lower().rstrip(".") in ("mr", "mrs", "ms", "miss", "mx"):
        # "Mr Haddad": a title plus a family name.
        after = _TITLE_GAP.match(text, end)
        if not after:
            return None
        m2 = _WORD.match(text, after.end())
        if not m2 or not _capitalised(m2.group(0)) or never_a_name(m2.group(0)):
            return None
        return _tail_ok(text, start, m2.end(), 0.9)
    if _after_title(text, start):
        return None
    given = is_given_name(first)
    if _capitalised(first):
        if given and (strong or first.lower() not in COMMON):
            conf = 0.9
        elif strong and not never_a_name(first) and len(first) >= 2:
            conf = 0.8
        else:
            return None
    elif lowercase_ok and first.islower() and given and first not in COMMON and not never_a_name(first):
        conf = 0.8
    else:
        return None
    # Extend with up to two more capitalised words or an initial ("Mary Jones", "Sandra W.").
    for _ in range(2):
        sp = _GAP.match(text, end)
        if not sp:
            break
        nxt = sp.end()
        mi = _INITIAL.match(text, nxt)
        if mi and not _WORD.match(text, mi.end()):
            end = mi.end()
            break
        m2 = _WORD.match(text, nxt)
        if not m2:
            break
        w = m2.group(0)
        if not _capitalised(w) or never_a_name(w) or (is_given_name(w) and w.lower() in COMMON):
            break
        if w.lower() in INSTITUTION_WORDS:
            return None
        end = m2.end()
        if is_family_name(w):
            conf = max(conf, 0.9)
    return _tail_ok(text, start, end, conf)


def _tail_ok(text: str, start: int, end: int, conf: float) -> tuple[int, int, float] | None:
    if _PRO_AFTER.match(text[end:end + 30]):
        return None
    return start, end, conf


_KIN_CUE = re.compile(
    r"\b(?:my|our|his|her|their|your|me\s+and\s+my)\s+"
    r"(?:(?:late|dear|darling|beautiful|lovely|little|big|older|younger|eldest|youngest|oldest|only|adult|"
    r"teenage|step|twin|middle|\d{1,2}[\s\-]?(?:yo|y/o|year[\s\-]old|yr[\s\-]old))\s+)*"
    rf"(?:{KINSHIP})(?:s)?\s*(?:[,(\-\u2013\u2014:]\s*)?(?:(?:who\s+is\s+|is\s+)?(?:named|called)\s+)?",
    re.I,
)
_ASK_FOR = re.compile(r"\b(?:ask\s+for|speak\s+to|talk\s+to|speak\s+with|talk\s+with|contact)\s+", re.I)
_ROLE_CUE = re.compile(r"\b(?:nurse|carer|neighbour|neighbor|friend|hubby|bf|gf)\s+", re.I)
_NAME_IS = re.compile(
    r"\b(?:my\s+name\s+is|my\s+name'?s|name\s*:|i\s+am\s+called|i'?m\s+called|they\s+call\s+me|"
    r"you\s+can\s+call\s+me)\s+", re.I)
_I_AM = re.compile(r"\b(?:i'?m|i\s+am|im|this\s+is|it'?s|it\s+is)\s+", re.I)
_GREET = re.compile(rf"\b(?:{GREETINGS})\s*[,!:\-]?\s+(?:to\s+)?", re.I)
_CUES_PATTERN = "|".join(
    f"(?P<{name}>{rx.pattern})"
    for name, rx in (("nameis", _NAME_IS), ("kin", _KIN_CUE), ("iam", _I_AM), ("ask", _ASK_FOR),
                     ("role", _ROLE_CUE), ("greet", _GREET))
)
# Case-insensitive matching is slow in ``re``: match the lower-cased text when
# lower-casing keeps every offset (almost always), else fall back to re.I.
_CUES_LOWER = re.compile(_CUES_PATTERN)
_CUES = re.compile(_CUES_PATTERN, re.I)
# First words of every cue: the cue regex is only tried where one of them starts.
_CUE_START_WORDS = (
    "my our his her their your me i i'm im this it's it ask speak talk contact nurse carer neighbour neighbor "
    "friend hubby bf gf name they you hi hiya hello hey heya dear thanks thank thankyou thx ty good congrats "
    "congratulations bless welcome morning evening sorry hugs prayers praying well hang stay"
)
_CUE_STARTS = frozenset(_CUE_START_WORDS.split())
_LOWER_WORD = re.compile(r"[a-z']+")
_ASCII_WORD = re.compile(r"[a-z]+")


def _cues(text: str, low: str) -> Iterator[re.Match[str]]:
    """Cue matches, found by trying the cue regex only at words that can start a cue."""
    if len(low) != len(text):  # lower-casing changed offsets (rare scripts): slow, exact path
        yield from _CUES.finditer(text)
        return
    last_end = 0
    for w in _LOWER_WORD.finditer(low):
        if w.start() >= last_end and w.group(0) in _CUE_STARTS:
            m = _CUES_LOWER.match(low, w.start())
            if m:
                last_end = m.end()
                yield m


_AFTER_GREETING_NAME = re.compile(r"\s*(?:[,!.:;\n)]|$|for\b|x+\b)", re.I)
_SIGN = re.compile(rf"(?:^|(?<=[\s.!?,;:)]))(?:{SIGNOFFS})\s*[,!.:\-\u2013\u2014]*\s*(?:\n\s*)?", re.I)
_SIGN_LOWER = re.compile(_SIGN.pattern)
_SIGN_START_WORDS = (
    "thanks thank thankyou many regards kind warm best all love lots much god bless blessings sincerely yours "
    "take hugs peace xx xxx x cheers"
)
_SIGN_STARTS = frozenset(_SIGN_START_WORDS.split())
_DASH = re.compile(r"(?:^|(?<=\s))(?:--?|\u2014|\u2013|~)\s*")
_VOCATIVE_AHEAD = r"(?=[^\W\d_][\w'\u2019\-]*(?:[ ][A-Z][\w'\u2019\-]*\.?){0,2}(?:\s+here\b|\s*,|\s+-\s))"
_SENT_START = re.compile(r"[.!?\n]\s*" + _VOCATIVE_AHEAD)
_TEXT_START = re.compile(r"\s*" + _VOCATIVE_AHEAD)
_END_TRAIL = re.compile(
    r"^\s*(?:(?:,|\s+from|\s+in|,\s+from)\s+[A-Z][\w.'\-]*(?:,?\s+[A-Z][\w.'\-]*){0,2}\s*)?[\s.!,]*(?:x+|xo+|\(?[;:]-?\)\)?)?[\s.!]*"
    r"(?:[^\w\s]{0,8})\s*$",
    re.I,
)


def _at_end(text: str, end: int) -> bool:
    """True when only a place, kisses or punctuation follow ``end``."""
    return _END_TRAIL.match(text[end:end + 60]) is not None and len(text) - end <= 60


def find(text: str, known_names: Iterable[str] = ()) -> list[Redaction]:
    """Return PERSON redactions found in ``text``."""
    found: list[Redaction] = []

    def add(hit: tuple[int, int, float] | None, bump: float = 0.0) -> None:
        if hit:
            s, e, c = hit
            found.append(Redaction("PERSON", s, e, min(0.98, c + bump)))

    lower_text = text.islower()
    low = text.lower()
    for m in _cues(text, low):
        kind, pos = m.lastgroup, m.end()
        if kind == "nameis":
            add(_name_at(text, pos, strong=True, lowercase_ok=True), 0.05)
        elif kind == "kin":
            add(_name_at(text, pos, strong=True, lowercase_ok=lower_text))
        elif kind == "role":
            hit = _name_at(text, pos, strong=False)
            if hit and is_given_name(text[hit[0]:hit[1]].split()[0]):
                add((hit[0], hit[1], 0.8))
        elif kind == "iam":
            hit = _name_at(text, pos, strong=True, lowercase_ok=lower_text)
            if hit:
                words = text[hit[0]:hit[1]].split()
                if is_given_name(words[0]) and words[0].lower() not in COMMON:
                    add(hit)
                elif len(words) >= 2 and is_family_name(words[-1].rstrip(".")):
                    add((hit[0], hit[1], 0.85))
        elif kind == "ask":
            hit = _name_at(text, pos, strong=False, lowercase_ok=lower_text)
            if hit:
                add((hit[0], hit[1], 0.8))
        elif kind == "greet":
            hit = _name_at(text, pos, strong=False, lowercase_ok=lower_text)
            if hit is None:
                hit = _name_at(text, pos, strong=True)
                if hit and not _AFTER_GREETING_NAME.match(text, hit[1]):
                    hit = None
                if hit:
                    hit = (hit[0], hit[1], 0.8)
            add(hit)
    tail_start = max(0, len(text) - 120)
    sign_iter = (_SIGN_LOWER.finditer(low, tail_start) if len(low) == len(text)
                 else _SIGN.finditer(text, tail_start))
    if _SIGN_STARTS.isdisjoint(_ASCII_WORD.findall(low, tail_start)):
        sign_iter = ()
    for m in sign_iter:
        hit = _name_at(text, m.end(), strong=True, lowercase_ok=lower_text)
        if hit and _at_end(text, hit[1]):
            add(hit, 0.05)
    dashes = _DASH.finditer(text, tail_start) if any(c in text[tail_start:] for c in "-\u2013\u2014~") else ()
    for m in dashes:
        hit = _name_at(text, m.end(), strong=True)
        if hit and _at_end(text, hit[1]):
            add(hit)
    _signature_line(text, add, lower_text)
    first_sentence = _TEXT_START.match(text)
    for m in (*((first_sentence,) if first_sentence else ()), *_SENT_START.finditer(text)):
        hit = _name_at(text, m.end(), strong=True, lowercase_ok=lower_text)
        if not hit:
            continue
        after = text[hit[1]:hit[1] + 8]
        if re.match(r"\s+here\b", after):
            add(hit)
        elif re.match(r"\s*(?:,|-\s)", after) and is_given_name(text[hit[0]:hit[1]].split()[0]):
            # Vocative at a sentence start: "Raj, I'm so sorry".
            add((hit[0], hit[1], 0.85))
    _full_names(text, add)
    found.extend(_known(text, known_names))
    found.extend(_propagate(text, found))
    return found


def _signature_line(text: str, add, lower_text: bool) -> None:
    """A last line that is only a name (maybe ", Place"), or a name ending the final sentence."""
    body = text.rstrip()
    nl = body.rfind("\n")
    if nl != -1:
        start = nl + 1
        while start < len(body) and body[start] in " \t":
            start += 1
        hit = _name_at(text, start, strong=True, lowercase_ok=lower_text)
        if hit and _at_end(text, hit[1]):
            first = text[hit[0]:hit[1]].split()[0]
            add((hit[0], hit[1], 0.9 if is_given_name(first) else 0.75))
            return
    tail_at = max(0, len(body) - 70)
    m = None
    for m in _LAST_SENTENCE.finditer(body, tail_at):  # noqa: B007 - keep the last match
        pass
    if m:
        hit = _name_at(text, m.end(), strong=True, lowercase_ok=lower_text)
        if hit and _at_end(text, hit[1]):
            words = text[hit[0]:hit[1]].split()
            if words[0].lower() in COMMON or words[0].lower() in MONTH_WORDS:
                return
            sure = is_given_name(words[0]) or (len(words) > 1 and is_family_name(words[-1].rstrip(".")))
            add((hit[0], hit[1], 0.85 if sure else 0.75))


_LAST_SENTENCE = re.compile(r"(?:[.!?)]|\d)\s+(?=[^\W\d_])")
_CAP_PAIR = re.compile(r"([A-Z][^\W\d_]+(?:['\u2019\-][^\W\d_]+)*)[ \u00a0]+(?=[A-Z])")


def _full_names(text: str, add) -> None:
    """Given name + capitalised family name anywhere ("Linda Okafor")."""
    for m in _CAP_PAIR.finditer(text):
        i = m.start()
        if i and (text[i - 1].isalnum() or text[i - 1] in "_'\u2019-"):
            continue
        first = m.group(1)
        if not is_given_name(first) or first.lower() in COMMON or never_a_name(first):
            continue
        hit = _name_at(text, m.start(1), strong=False)
        if hit and hit[1] > m.end(1):
            last = text[hit[0]:hit[1]].split()[-1]
            add((hit[0], hit[1], 0.88 if is_family_name(last) else 0.8))


def _known(text: str, known_names: Iterable[str]) -> list[Redaction]:
    out: list[Redaction] = []
    for name in known_names:
        name = (name or "").strip().lstrip("@")
        if len(name) < 2:
            continue
        variants = {re.escape(name)}
        parts = _split_username(name)
        if len(parts) >= 2:
            variants.add(r"[\s._\-]*".join(re.escape(p) for p in parts))
        pat = re.compile(r"(?<![\w])@?(?:" + "|".join(sorted(variants, key=len, reverse=True)) + r")(?!\w)", re.I)
        for m in pat.finditer(text):
            out.append(Redaction("PERSON", m.start(), m.end(), 0.97))
    return out


def _propagate(text: str, found: list[Redaction]) -> list[Redaction]:
    words: dict[str, float] = {}
    for r in found:
        for w in _WORD.findall(text[r.start:r.end]):
            if len(w) >= 3 and _capitalised(w) and not never_a_name(w) and w.lower() not in PRIVATE_TITLES:
                words[w] = max(words.get(w, 0.0), min(r.confidence, 0.85))
    out: list[Redaction] = []
    known = {(r.start, r.end) for r in found}
    for w, c in words.items():
        i = text.find(w)
        while i != -1:
            j = i + len(w)
            before = text[i - 1] if i else " "
            after = text[j] if j < len(text) else " "
            if (not (before.isalnum() or before in "_'\u2019-") and not (after.isalnum() or after in "_-")
                    and (i, j) not in known and not _after_title(text, i)):
                out.append(Redaction("PERSON", i, j, c))
            i = text.find(w, j)
    return out


_CAMEL = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _split_username(name: str) -> list[str]:
    parts: list[str] = []
    for chunk in re.split(r"[\s._\-]+", name):
        if chunk:
            parts.extend(_CAMEL.findall(chunk) or [chunk])
    return parts


def looks_like_full_name(username: str) -> bool:
    """True when a username reads as a real full name ("JaneSmith", "jane.smith", "Jane_Smith").

    Used to warn at sign-up.  Needs a listed given name followed by a family-name
    part; digits or ordinary words ("msfighter77", "hopeful_carer") make it False.
    """
    u = (username or "").strip()
    if not u or any(c.isdigit() for c in u) or len(u) > 60:
        return False
    parts = _split_username(u)
    if not all(p.isalpha() for p in parts):
        return False
    if 2 <= len(parts) <= 3:
        first, last = parts[0], parts[-1]
        return (
            is_given_name(first) and len(last) >= 2
            and (is_family_name(last) or not never_a_name(last))
            and not (first.lower() in COMMON and not is_family_name(last))
        )
    if len(parts) == 1 and u.isalpha() and len(u) >= 6:
        low = u.lower()
        for i in range(3, len(low) - 2):
            if low[:i] in _given() and low[i:] in _family():
                return True
    return False
