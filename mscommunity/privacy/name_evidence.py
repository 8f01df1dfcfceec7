"""Names without a fixed phrasing: each capitalised word is weighed on its evidence.

Internal to :mod:`.names`.  The cue steps there read a name *after* a known
phrase; the steps here read the word itself and what stands around it:

- the lexicon: a listed given name that is *not* a common English word
  ("Ngozi", "Linda", "Dmitri") is strong evidence on its own; one that is
  also a word ("Grace", "Frank", "Bob") needs a verb of speech or action after
  it ("Frank said", "Grace and I");
- position: mid-sentence a capitalised listed name is a name unless a place
  preposition stands before it ("in Florence"); at a sentence start it must be
  followed by ordinary text (not another capitalised heading word);
- a private title glued or spaced ("Mr.Okafor", "Mrs Patel", "Ms Adebayo");
- possessives without the apostrophe ("Jakes appointment", "Kwames carers");
- sign-offs run into the word before ("hope this helps,Marcus", "toes.-Nate",
  "xxLou"), a dash signature with an adjective ("- Tired Tom"), a made-up
  username alone on the last line ("wobblywendy"), and a full name on the
  line after a valediction ("Best wishes,\\nJoy Okonkwo-Blake\\nVolunteer"):
  these end-of-post steps are in :mod:`.name_tails`.

Never: drug names (MS and general), MS terms, places, months, days, words in
``never_names``, anyone after "Dr" or "Professor" (public professionals).
"""

from __future__ import annotations

import re

from .doc import word_bit, words_mask
from .name_context import not_person_before
from .name_lists import (
    _given,
    extra_never_names,
    is_family_name,
    is_given_name,
    not_a_name,
    reset_never_names,
    set_never_names,
)
from .name_reading import _WORD, _after_title, _capitalised, _name_at
from .name_tails import _endings
from .result import Redaction
from .vocab import (
    CALENDAR_WORDS,
    COMMON,
    ENGLISH,
    GAZETTEER,
    KIN_WORD_SET,
    MONTH_WORDS,
    is_english_word,
    place_phrase_at,
    word_form,
)

Hit = tuple[int, int, float]

# A possessive needs a noun after it: "Jakes appointment", not "Morrisons in it".
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|on|at|to|for|and|or|is|was|are|were|the|a|an|with|of|by|from|as|that|which|who|it|i|but|so|"
    r"when|if|then|too|also|again|now|today)\b)[a-z]")
# After a name, a street, an institution or a thing named after someone: "Henry Street", "Apollo hospital", "Cleo app".
_PLACE_AFTER = re.compile(r"[ \t]+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Square|Bridge|Park|Station|Hospital|Clinic|"
                          r"Centre|Center|College|School|Church|Cathedral|Library|Museum|Bay|Beach|Lake|Airport|Springs|Falls|"
                          r"Heights|City|(?i:hospital|clinic|centre|center|university|hospice|surgery|infirmary|"
                          r"app|website|podcast|protocol|diet|method|programme|program|scheme|foundation|charity|"
                          r"pads|pants|tablets|pills|cream|gel|spray|pen|pens|vest|brand|biscuits))\b")
# Before a month: a word of time ("until May", "since June", "early August").
_TIME_BEFORE = re.compile(r"\b(?:until|till|til|by|since|from|before|after|next|last|early|late|mid|in|of|this|end|"
                          r"start|beginning)\s+$", re.I)
_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|near|into|via|outside|around|the|along|across|de|da|do|del|la|le|San|Santa|St)\.?\s+)$")
_FOLLOW_ACTION = re.compile(
    r"\s+(?:said|says|asked|asks|told|tells|thinks|thought|and\s+I|&\s+I|was|is|has|had|went|goes|got|gets|"
    r"wants|wanted|came|comes|looked|looks|drove|took|takes|made|makes|helped|helps|did|does|kept|keeps|"
    r"laughed|cried|loves|loved|passed|died|sent|brought|found|knows|knew|started|stopped|lives|lived|rang|"
    r"texted|messaged|replied|"
    r"won't|doesn't|didn't|can't|isn't|wasn't|just|always|never|still)\b"
)
# A verb only a person does (speech, thought, feeling), and the verbs any subject takes.
_FOLLOW_SPEECH = re.compile(
    r"\s+(?:said|says|asked|asks|told|tells|thinks|thought|and\s+I|&\s+I|laughed|cried|wants|wanted|loves|loved|"
    r"knows|knew|drove|helped|helps|texted|rang|called|replied|messaged|reckons|reckoned)\b")
_FOLLOW_BE = re.compile(r"\s+(?:is|was|has|had|gets|got|goes|went|comes|came|makes|made|takes|took|keeps|kept|"
                        r"looks|looked|just|always|never|still|does|did|won't|doesn't|didn't|can't|isn't|wasn't)\b")
_GREETING_WORDS = frozenset(
    ["hi", "hello", "hey", "hiya", "hallo", "hola", "ola", "olá", "bonjour", "salut", "ciao", "ahoj", "hej", "hei", "moin", "servus", "namaste", "shalom", "salaam", "salam", "cheers", "thanks", "howdy", "aloha", "greetings", "yo"]
)
_SENT_BREAK = frozenset(".!?\n:;\"(\u201c[*")
_PRIVATE_TITLE = re.compile(r"M(?<![\w]M)(?:r|rs|s|iss|x)(?:\.\s*|\s+|(?=[A-Z][a-z]))(?=[A-Z])")


_PURE: list[frozenset[str]] = []


def _pure_given_set() -> frozenset[str]:
    """Listed given names that are no common word, greeting or large place (lower case): the words
    :func:`pure_given` can be true for, as a set to intersect with a text's words."""
    if not _PURE:
        _PURE.append(_given() - ENGLISH - COMMON - _GREETING_WORDS - GAZETTEER)
    return _PURE[0]


_PURE_GIVEN_BIT = word_bit(lambda w: len(w) >= 3 and w in _pure_given_set())


def pure_given(word: str) -> bool:
    """A listed given name that is not a common English word, drug, place or other never-name."""
    if "-" in word:
        parts = word.split("-")
        return all(is_given_name(p) for p in parts) and not any(not_a_name(p) for p in parts)
    low = word.lower()
    return (is_given_name(word) and not is_english_word(word) and not not_a_name(word)
            and low not in _GREETING_WORDS and low not in GAZETTEER)


def _sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in _SENT_BREAK or not (text[j].isalnum() or text[j] in ",'\u2019")


def _extend(text: str, s: int, e: int, conf: float) -> Hit | None:
    """Extend a one-word name with the capitalised words after it ("Robert J. Kowalski")."""
    hit = _name_at(text, s, strong=True)
    if hit is None:
        return None
    return hit[0], max(hit[1], e), max(conf, hit[2] if hit[1] > e else conf)


def find(
    text: str, lower_text: bool, low: str | None = None, words: frozenset[str] = frozenset(), mask: int | None = None
) -> list[Redaction]:
    """PERSON redactions from word evidence (may overlap the cue steps' finds).

    ``low``, ``words`` and ``mask``: the text lower-cased, its a-z words and their word facts
    (:class:`.doc.Doc`), for the lower-case step."""
    if mask is None:
        mask = words_mask(words)
    out: list[Redaction] = []

    def add(hit: Hit | None) -> None:
        if hit:
            out.append(Redaction("PERSON", hit[0], hit[1], hit[2]))

    if not lower_text:
        _free_words(text, add)
        _titles(text, add)
    if low is not None and len(low) == len(text):
        # Listed names written in lower case somewhere in the text (the test in C first).
        candidates = [w for w in (words & _pure_given_set() if mask & _PURE_GIVEN_BIT else ()) if len(w) >= 3 and w in text]
        candidates = [w for w in candidates if pure_given(w) and w not in KIN_WORD_SET]  # "my lola": kin, lower case
        if candidates:
            hits: list[Hit] = []
            _lower_names(text, low, candidates, hits.append)
            if hits and (lower_text or _lower_habit(text)):  # the writer's habit, read only when needed
                for hit in hits:
                    add(hit)
    _endings(text, add, mask if low is not None and len(low) == len(text) else None)
    return out


# A writer who does not capitalise: most sentences open in lower case ("marta said ...").
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?]\s+|\n\s*)([^\W\d_])")


def _lower_habit(text: str) -> bool:
    lower = upper = 0
    for m in _SENTENCE_OPENING.finditer(text):
        if m.group(1).islower():
            lower += 1
        else:
            upper += 1
    return lower > upper


# After a lower-case given name: a verb of speech or action ("marta said"), or the reader
# addressed ("leah ur so lucky", "jo you are right").
_LOWER_NAME_AFTER = re.compile(
    _FOLLOW_ACTION.pattern.replace("and\\s+I|&\\s+I|", "and\\s+i|&\\s+i|")
    + r"|\s+(?:ur|u|you|your|youre|you're|yours)\b|\s*,\s+(?:you|u|ur|i|im|i'm|thanks|thank|sorry|welcome)\b"
)
# Before it: an interjection or greeting opening the text or a sentence ("omg leah", "aw bless you tom").
_LOWER_NAME_BEFORE = re.compile(
    r"(?:^|[.!?\n]\s*)(?:omg|oh|aw+|ah|lol|haha|wow|yes|no|ok|okay|hey|hi|hiya|hello|thanks|thank\s+you|sorry|"
    r"bless\s+you|congrats|welcome|morning|night)[\s,!]+$"
)
# "this arvo", "the max", "a will": a word after an article or a possessive is no name.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|a|an|my|your|his|her|our|their|every|each|some|any|no)\s+$", re.I)


def _lower_names(text: str, low: str, candidates: list[str], add) -> None:
    """Lower-case listed given names of writers who do not capitalise, on the evidence around them."""
    for w in candidates:
        i = low.find(w)
        while i != -1:
            j = i + len(w)
            whole = (not i or not low[i - 1].isalpha()) and (j == len(low) or not low[j].isalpha())
            if whole and text[i:j].islower() and not _DETERMINER_BEFORE.search(text, max(0, i - 12), i) and (
                    _LOWER_NAME_AFTER.match(text, j) or _LOWER_NAME_BEFORE.search(text, max(0, i - 20), i)):
                add((i, j, 0.8))
            i = low.find(w, j)


# The look-behind comes after the first character so that ``re`` can skip ahead to a capital quickly.
_CAP_WORD = re.compile(r"[A-Z\u00c0-\u00de](?<![\w@#/][A-Z\u00c0-\u00de])[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
# The same in a text written in ASCII, where a letter is [A-Za-z] and ``\w`` is [A-Za-z0-9_] (classes ``re`` tests faster).
_CAP_WORD_ASCII = re.compile(r"[A-Z](?<![A-Za-z0-9_@#/][A-Z])[A-Za-z]+(?:['\-][A-Za-z]+)*")
_PREV_CAP = re.compile(r"([A-Z][^\W\d_]+)\s+$")
_PURE_NEXT = re.compile(r"(?:\s+[a-z&]|\s*[,\-\u2013]|['\u2019]s|\s+I\b|\s*\()")


_BORING: list[frozenset[str]] = []


def _boring() -> frozenset[str]:
    """Common words that are no listed given name (nor a plural of one, nor hyphenated):
    :func:`_free_words` passes them over at once, as its longer tests would."""
    if not _BORING:
        given = _given()
        _BORING.append(frozenset(w for w in ENGLISH | COMMON if w not in given and "-" not in w
                                 and not (w[-1:] == "s" and w[:-1] in given)))
    return _BORING[0]


# What :func:`_free_words` does with a capitalised word, on the word alone (see :func:`_free_kind`).
_K_SKIP, _K_UNLISTED, _K_PURE, _K_POSSESSIVE, _K_AMBIGUOUS = range(5)
# Word (as the pattern matched it, possessive included) -> its kind with no ``never_names``.
# Cleared when full, so a stream of made-up words cannot grow it without bound.
_KINDS: dict[str, int] = {}
_KINDS_MAX = 50_000


def _free_kind(word: str) -> int:
    """The kind of a capitalised word for :func:`_free_words`, from the word alone.

    ``_K_SKIP``: never a name there, whatever stands around it. ``_K_UNLISTED``: in no list,
    a name only in a structure names take (:func:`_unknown_name`). ``_K_PURE``: a listed
    given name that is no common word. ``_K_POSSESSIVE``: a pure given name plus "s" (a name
    when a noun follows). ``_K_AMBIGUOUS``: a listed given name that is also a word.
    Depends on :func:`not_a_name`, so on the current ``never_names``: extra never-names
    only ever turn a kind into ``_K_SKIP``."""
    w = word
    if w[-1:] == "s" and w[-2:-1] in ("'", "\u2019"):
        w = w[:-2]  # "Kayleigh's"
    low = w.lower()
    if low in _boring() or w[1:].isupper():
        return _K_SKIP  # the usual case: an ordinary word at a sentence start ("The", "Tysabri")
    given = _given()
    listed = low in given or (low[-1:] == "s" and low[:-1] in given) or ("-" in low)
    if not listed:
        if low in ENGLISH or low in COMMON:
            return _K_SKIP
        # The word's own part of :func:`_unknown_name` (all but the never-names, which it tests itself:
        # the drug test is costly for a new word, so it waits until the structure around the word fits).
        if len(w) < 3 or not w[1:].islower() or is_english_word(w) or low in GAZETTEER or low in _GREETING_WORDS:
            return _K_SKIP
        return _K_UNLISTED
    if ("-" in low or low in _pure_given_set()) and pure_given(w):
        return _K_PURE
    if low not in given and low[:-1] in given and pure_given(w[:-1]) and not is_english_word(w) \
            and not not_a_name(w):
        return _K_POSSESSIVE  # "Jakes appointment": a possessive without its apostrophe (not "Morrisons in it")
    if low in given and len(w) >= 3 and not (not_a_name(w) and low not in COMMON):
        return _K_AMBIGUOUS
    return _K_SKIP


def _static_kind(word: str) -> int:
    """:func:`_free_kind` with no ``never_names`` in force, cached."""
    kind = _KINDS.get(word)
    if kind is None:
        token = set_never_names(())
        try:
            kind = _free_kind(word)
        finally:
            reset_never_names(token)
        if len(_KINDS) >= _KINDS_MAX:
            _KINDS.clear()
        _KINDS[word] = kind
    return kind


def _free_words(text: str, add) -> None:
    """Capitalised listed given names in running text, on the evidence around them."""
    kinds = _KINDS
    extra = extra_never_names()
    for m in (_CAP_WORD_ASCII if text.isascii() else _CAP_WORD).finditer(text):
        w = m.group(0)
        kind = kinds.get(w)
        if kind is None:
            kind = _static_kind(w)
        if not kind:
            continue
        if extra:
            kind = _free_kind(w)  # the call's never-names can only turn a name word into no name
            if not kind:
                continue
        s, e = m.start(), m.end()
        if w[-1:] == "s" and w[-2:-1] in ("'", "\u2019"):
            w, e = w[:-2], e - 2  # "Kayleigh's"
        if kind == _K_UNLISTED:
            if _STRONG_AFTER.match(text, e) and _unknown_name(text, w, s, e):
                add((s, e, 0.8))
            continue
        if kind == _K_POSSESSIVE:
            if not _NOUN_AFTER.match(text, e):
                continue  # not followed by a noun: no possessive, and not a listed name as it stands
            kind = _K_PURE
        pure = kind == _K_PURE
        if not pure and not _FOLLOW_ACTION.match(text, e):
            continue  # a listed name that is also a word counts only before a verb ("Frank said")
        if (_after_title(text, s) or _PLACE_BEFORE.search(text, max(0, s - 12), s) or place_phrase_at(text, s, w)
                or not_person_before(text, s) or _PLACE_AFTER.match(text, e)):
            continue  # "in Florence", "my dog Lola", "Henry Street"
        if not pure and w.lower() in MONTH_WORDS and (not _FOLLOW_SPEECH.match(text, e)
                                                      or _TIME_BEFORE.search(text, max(0, s - 12), s)):
            continue  # "and May is 40 degrees", "not until May and I've ...": the month
        prev = _PREV_CAP.search(text, max(0, s - 24), s)
        if prev and (_PLACE_BEFORE.search(text, max(0, prev.start() - 12), prev.start())
                     or place_phrase_at(text, prev.start(1), prev.group(1))):
            continue  # "at Hospital de Santo António", "moved to Fiona Stanley" (a hospital)
        start = _sentence_start(text, s)
        if pure:
            if start and not _PURE_NEXT.match(text, e):
                continue
            if start and len(w) == 2 and not _FOLLOW_ACTION.match(text, e):
                continue  # "Na wa o", "Di ko na kaya": a short word of another language, unless it acts ("Jo said")
            if not start and text[e:e + 1] == "." and text[e + 1:e + 2].isalpha():
                continue  # "doctor.In": a missing space, not a name
            add(_extend(text, s, e, 0.82) or (s, e, 0.82))
        elif start and not _FOLLOW_SPEECH.match(text, e) and (
                w.lower() in _VERBISH or _FOLLOW_BE.match(text, e)):
            continue  # "May I ask", "Dawn is the worst time": at a sentence start the word, unless it speaks
        else:
            if prev and is_english_word(prev.group(1)) and not is_given_name(prev.group(1)):
                continue  # "Amazing Grace was sung": a title, not a person
            add((s, e, 0.8))


_STRONG_AFTER = re.compile(r"(?:\s+[\-\u2013]\s+(?=[a-z])|\s+(?:and|&)\s+I\b|,?\s+I['\u2019]m\b|['\u2019]s\s+\d{1,2}(?:st|nd|rd|th)\b|"
                           r"\s+from\s+the\s+[A-Z]\w+\s+(?:group|lot|meetup|branch))")


def _unknown_name(text: str, w: str, s: int, e: int) -> bool:
    """A word in no list, read as a name only in a structure names take: "Wanjiru and I met",
    "Ngozi I'm so glad", "Siobhán from the Boston group", "Our Kayleigh's 21st"."""
    if (len(w) < 3 or not w[1:].islower() or word_form(w, is_family_name(w)) or not_a_name(w)
            or w.lower() in GAZETTEER or w.lower() in CALENDAR_WORDS):
        return False  # "Vaping - ...", "Carers - ...", "Ramadan - ...": a word or a day heading the post
    if w.lower() in _GREETING_WORDS or _after_title(text, s):
        return False
    m = _STRONG_AFTER.match(text, e)
    if not m or (m.group(0).lstrip()[:1] in "-\u2013" and text[:s].strip()):
        return False  # a dash after an unknown word is a vocative only at the very start
    return _sentence_start(text, s) or text[max(0, s - 4):s].lower() == "our "


# Given names that at a sentence start are far more often an English word.
_VERBISH = frozenset(["will", "may", "mark", "pat", "bill", "hope", "faith", "grace", "joy", "rose", "summer", "june", "april", "august", "sky", "art"])


def _titles(text: str, add) -> None:
    """"Mr.Okafor", "Mrs Patel", "Ms Adebayo": a private title and a family name."""
    if not ("Mr" in text or "Ms" in text or "Mx" in text or "Miss" in text):
        return  # every private title starts so (found far faster than by the pattern)
    for m in _PRIVATE_TITLE.finditer(text):
        w = _WORD.match(text, m.end())
        if not w or not _capitalised(w.group(0)) or not_a_name(w.group(0)) or is_english_word(w.group(0)):
            continue
        hit = _name_at(text, w.start(), strong=True)
        end = hit[1] if hit else w.end()
        add((m.start(), end, 0.9))


def unlisted_at(text: str, pos: int) -> Hit | None:
    """"my name is ferdia": after the strongest cue, a lower-case word in no list is a name."""
    m = _WORD.match(text, pos)
    if not m:
        return None
    w = m.group(0)
    if w.islower() and len(w) >= 3 and not is_english_word(w) and not not_a_name(w):
        return m.start(), m.end(), 0.75
    return None


__all__ = ["find", "pure_given", "unlisted_at"]
