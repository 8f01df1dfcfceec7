"""Reading a private person's name at a position, and the names joined to it.

Internal to :mod:`.names` (the PERSON detector): :func:`_name_at` reads one to
three capitalised words at a position (after a cue) and returns
``(start, end, confidence)`` or ``None``; :func:`_after_title` says whether a
word follows "Dr" or "Professor" (a public professional); :func:`_chain` and
:func:`_pair_before` read names joined by "and", "&" or a comma.

The cues themselves are in :mod:`.name_cues`, the sign-off and join patterns in
:mod:`.name_signs`, and the words that are never names (with the name lists) in
:mod:`.name_lists`.
"""

from __future__ import annotations

import re

from .doc import word_in
from .name_lists import is_family_name, is_given_name, not_a_name
from .name_signs import _END_TRAIL, _JOIN_AFTER, _JOIN_BEFORE
from .vocab import (
    _PLACE_FIRST,
    COMMON,
    INSTITUTION_WORDS,
    PRIVATE_TITLES,
    STRICT_NEVER,
    is_english_word,
    place_phrase_at,
    word_form,
)

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
# Nursing titles, written capitalised before a name ("Sister Blake rang me back", "Nurse Kelly"): staff in
# their role, like "Dr". Lower case they are kin or a role ("my sister Aoife", "a nurse called Sandra").
_CAPITAL_TITLES = frozenset(["Nurse", "Sister", "Matron"])
_OWNER_WORDS = frozenset(["my", "our", "his", "her", "their", "your"])
_PRO_TITLE_WORDS = frozenset(_PRO_TITLES) | frozenset(t.lower() for t in _CAPITAL_TITLES)


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
    if words[-1] in _CAPITAL_TITLES and not (len(words) >= 2 and words[-2].lower() in _OWNER_WORDS):
        return True  # "Sister Blake", not "my Sister Aoife"
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


def _at_end(text: str, end: int) -> bool:
    """True when only a place, kisses or punctuation follow ``end``."""
    return len(text) - end <= 60 and _END_TRAIL.match(text, end) is not None


def ordinary_words(name: str) -> bool:
    """True when every word of ``name`` is an ordinary word and none a listed given name: a list item or a
    made-up signature ("- Decaf Coffee", "Wobbly Legs", "Thanks,\nNewbie"), not a person ("- Tired Tom")."""
    words = _WORD.findall(name)
    return bool(words) and all(w.lower() in _FUNCTION_WORDS or (not is_given_name(w) and word_form(w, is_family_name(w)))
                               for w in words)


# Pronouns and small words some name lists hold ("My", "So", "An"): never a name in a signature or list item.
_FUNCTION_WORDS = frozenset("my so ok an the a to of in on at by it is be as or if no we us me our you your this that".split())  # noqa: SIM905


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


_COMMA_BEFORE = re.compile(r"(?:^|(?<=[\s(\"'\u201c]))([^\W\d_]+(?:['\u2019\-][^\W\d_]+)*)[ \t]*,[ \t]+$")


def comma_pair_before(text: str, start: int) -> tuple[int, int] | None:
    """A capitalised listed given name heading a list that the name at ``start`` goes on ("had [Ciarán],
    Gráinne and Eimear"); the caller checks that a join follows that name."""
    if text[max(0, start - 3):start].rstrip(" \t")[-1:] != ",":
        return None
    m = _COMMA_BEFORE.search(text, max(0, start - 40), start)
    if not m or not _given_word(m.group(1), False) or _after_title(text, m.start(1)):
        return None
    return m.start(1), m.end(1)


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

