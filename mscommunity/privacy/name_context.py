"""Names from the shape of the text around them and from names already found.

Internal to :mod:`.names` (issue 17, fourth round).  Two kinds of evidence the
other steps do not read:

- structure: a listed given name that is also a word ("Grace", "Dawn", "Bill")
  capitalised in the middle of a sentence by a writer who does not capitalise
  ordinary words ("ask Dawn she has the link", "Update on Grace: she's home");
  a full name with a middle initial ("Chukwuemeka O. Eze");
- names already found: a short form of a found name ("Funmilayo" ... "Funmi",
  "Oluwaseun" ... "Seun"), its initials ("Jean-Baptiste (JB)" ... "JB fell"),
  the other members of a list that holds two found names ("Ana, Beto, Chayo
  and Rafa"), and a found name that is also a month ("My eldest, May, ..." ...
  "May is a saint"), away from dates;
- lines and titles: a full name alone on a line beside a phone number or an
  e-mail (a contact block), a name after a capitalised kinship title ("Aunty
  Bisi"), and that title trimmed off a name found with it.

Never: drug names, MS terms, places, common English words (except the few
listed given names above in their structure), words after a professional title.
"""

from __future__ import annotations

import re

from .doc import word_in
from .name_lists import is_family_name, is_given_name, not_a_name
from .name_reading import _WORD, _after_title, _capitalised, _name_at, ordinary_words
from .result import Redaction
from .vocab import MONTH_WORDS, is_english_word

Hit = tuple[int, int, float]

# Listed given names that are also English words, yet capitalised mid-sentence are almost always a
# person: their word is a common noun, adjective or verb nobody capitalises in running text.  (Not
# months, religious words, nationalities, titles, terms of endearment, or words capitalised in names
# of shops, streets and brands.)
_NAME_WHEN_CAPITALISED = frozenset("""
amber bill brandy crystal dawn drew faith frank gene ginger grace guy harmony hope ivy joy lily mark
patience ray rose rusty sandy sunny will destiny
""".split())  # noqa: SIM905
_CAP_AMBIGUOUS = re.compile(r"[A-Z](?<![\w@#/\-.][A-Z])[a-z]+\b(?!['\u2019\-]\w)")
# What may not stand right before it: an article, a possessive, a place preposition, a number.
_BEFORE_NOT = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|my|your|his|her|our|their|its|in|at|near|on\s+the|to\s+the|"
    r"from|of\s+the|amazing|saint|st|every|some|any|no|with\s+the)|\d)\s+$", re.I)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_NEXT_CAP = re.compile(r"[ \t]+[A-Z]")


def _title_case_writer(text: str) -> bool:
    """True when the writer capitalises many ordinary words mid-sentence (Title Case headings, shouting)."""
    words = text.split()
    if len(words) < 6:
        return False
    caps = sum(1 for w in words[1:] if w[:1].isupper())
    return caps * 3 > len(words)


AMBIGUOUS_BIT = word_in(_NAME_WHEN_CAPITALISED)


def capitalised_ambiguous(text: str, add) -> None:
    """"ask Dawn she has the link", "Update on Grace: she's home": a listed given name that is also a
    word, capitalised mid-sentence between lower-case words.  (Callers skip texts whose word facts,
    :data:`AMBIGUOUS_BIT`, hold none of these words.)"""
    title_case: bool | None = None
    for m in _CAP_AMBIGUOUS.finditer(text):
        w = m.group(0)
        if w.lower() not in _NAME_WHEN_CAPITALISED:
            continue
        if title_case is None:
            title_case = _title_case_writer(text)
        if title_case:
            return
        s, e = m.span()
        prev = _WORD_BEFORE.search(text, max(0, s - 30), s)
        if not prev or not prev.group(1).islower() or _BEFORE_NOT.search(text, max(0, s - 14), s):
            continue  # a sentence start, a heading, a place or a thing ("the Rose and Crown")
        if _NEXT_CAP.match(text, e) or _after_title(text, s):
            continue  # "Hope Street", "Dr Frank"
        add((s, e, 0.75))


# "Chukwuemeka O. Eze", "Mary-Beth K. Olsen": given name, middle initial, family name.
_MIDDLE_INITIAL = re.compile(
    r"[A-Z\u00c0-\u00de](?<![\w.][A-Z\u00c0-\u00de])[^\W\d_]+(?:['\-][^\W\d_]+)?[ ][A-Z]\.[ ]?"
    r"[A-Z\u00c0-\u00de][^\W\d_]+(?:['\-][A-Z]?[^\W\d_]+)?")


_INITIAL_HINT = re.compile(r"\.(?<= [A-Z]\.)")  # starts with the dot: far rarer than a space


def middle_initials(text: str, add) -> None:
    """A capitalised word, an initial and a capitalised word: a person's full name."""
    if _INITIAL_HINT.search(text) is None:
        return  # no capital followed by a dot after a space: no middle initial
    for m in _MIDDLE_INITIAL.finditer(text):
        first, last = m.group(0).split()[0], m.group(0).split()[-1].split(".")[-1]
        if any((is_english_word(x) and not is_given_name(x)) or not_a_name(x) for x in (first, last)):
            continue
        if _after_title(text, m.start()):
            continue
        add((m.start(), m.end(), 0.85))


_CAP_TOKEN = re.compile(r"[A-Z\u00c0-\u00de](?<![\w@#/][A-Z\u00c0-\u00de])[^\W\d_]*")
_DATE_BEFORE = re.compile(
    r"(?:\d(?:st|nd|rd|th)?|\b(?:in|on|of|by|since|until|till|from|last|next|this|early|mid|late|end|during|"
    r"before|after|every|each|since)|[,-])\s*$", re.I)
_DATE_AFTER = re.compile(r"\s*(?:\d|(?:19|20)\d\d)")
_LIST_SEP = re.compile(r"\s*(?:,|&|\band\b|\by\b|\bet\b|\bund\b)\s*(?:(?:don|doña|dona|auntie|aunty|uncle|tia|tio|tía|tío)\s+)?")


def related(text: str, found: list[Redaction], low: str | None = None) -> list[Redaction]:
    """Names that follow from the names ``found``: short forms, initials, list members, month names.

    ``low``: ``text`` lower-cased, when the caller has it."""
    if not found:
        return []
    conf_of: dict[tuple[int, int], float] = {}
    for r in found:
        key = (r.start, r.end)
        if conf_of.get(key, -1.0) < r.confidence:
            conf_of[key] = r.confidence
    spans = set(conf_of)
    words: dict[str, float] = {}
    for (start, end), conf in conf_of.items():
        for part in _WORD.findall(text, start, end):
            if len(part) >= 3 and part[:1].isupper():
                words[part] = max(words.get(part, 0.0), min(conf, 0.85))
    if not words:
        return []
    out: list[Redaction] = []
    short: dict[str, float] = {}
    initials: dict[str, float] = {}
    for w, c in words.items():
        parts = _PARTS.split(w)
        if len(parts) >= 2 and all(p[:1].isupper() for p in parts):
            initials["".join(p[0] for p in parts)] = c  # "Jean-Baptiste" -> "JB"
        if len(w) >= 7:
            short[w.lower()] = c
    repeats = [w for w in words if w.lower() in MONTH_WORDS or w.lower() in _NAME_WHEN_CAPITALISED]
    for m in _tokens(text, initials, short, repeats, low) if initials or short or repeats else ():
        s, e = m.span()
        if (s, e) in spans or any(a <= s < b for a, b in spans):
            continue
        tok = m.group(0)
        if tok in initials and (e == len(text) or not text[e].isalnum()):
            out.append(Redaction("PERSON", s, e, min(initials[tok], 0.8)))
            continue
        if len(tok) < 4 or not _capitalised(tok) or is_english_word(tok) or not_a_name(tok):
            if tok in words and _repeat_ok(text, tok, s, e):
                out.append(Redaction("PERSON", s, e, min(words[tok], 0.8)))  # "May is a saint", "Grace says"
            continue
        tok_low = tok.lower()
        for full, c in short.items():
            if tok_low != full and (full.startswith(tok_low) or full.endswith(tok_low)) and \
                    len(tok_low) * 2 >= len(full) - 3:
                out.append(Redaction("PERSON", s, e, min(c, 0.8)))  # "Funmi" of "Funmilayo"
                break
    if len(spans) >= 2:  # a list needs two found names
        out.extend(_list_members(text, found, spans))
    return out


_PARTS = re.compile(r"[\-'\u2019 ]")


def _tokens(text: str, initials: dict[str, float], short: dict[str, float], repeats: list[str],
            low: str | None) -> list[re.Match[str]]:
    """The capitalised words (:data:`_CAP_TOKEN`) of ``text`` that :func:`related` can take, in order: those
    starting where an initials key or a repeated word stands, where a long name's first four letters
    stand (a short form at its start), or a few letters before its last four (a short form at its end).
    Found by ``str.find`` rather than by reading every capitalised word."""
    lowered = (text.lower() if low is None else low) if short else ""
    if short and len(lowered) != len(text):
        return list(_CAP_TOKEN.finditer(text))  # lower-casing moved offsets (rare scripts): read them all
    starts: set[int] = set()
    for needle in (*initials, *repeats):
        i = text.find(needle)
        while i != -1:
            starts.add(i)
            i = text.find(needle, i + 1)
    for full in short:
        head, tail = full[:4], full[-4:]
        i = lowered.find(head)
        while i != -1:
            starts.add(i)
            i = lowered.find(head, i + 1)
        i = lowered.find(tail)
        while i != -1:
            starts.update(range(max(0, i - len(full)), i + 1))  # the short form starts somewhere before
            i = lowered.find(tail, i + 1)
    out = []
    match = _CAP_TOKEN.match
    for i in sorted(starts):
        c = text[i]
        if not ("A" <= c <= "Z" or "\u00c0" <= c <= "\u00de"):
            continue  # no capital here, so no token (the pattern's first character; a short form's tail
            # start adds every position before it, most of them mid-word)
        m = match(text, i)
        if m is not None:
            out.append(m)
    return out


def _repeat_ok(text: str, tok: str, s: int, e: int) -> bool:
    """A found name that is also a month or a word, again in the same case: a name away from dates,
    articles and places ("May is a saint", not "on 3 May"; "Grace says", not "the Grace period")."""
    low = tok.lower()
    if low in MONTH_WORDS:
        return not _DATE_BEFORE.search(text, max(0, s - 12), s) and not _DATE_AFTER.match(text, e)
    if low not in _NAME_WHEN_CAPITALISED or _BEFORE_NOT.search(text, max(0, s - 14), s) or _NEXT_CAP.match(text, e):
        return False
    j = s - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] in ".!?\n:;\"(":
        return bool(_VERB_AFTER.match(text, e))  # a sentence start: "Grace says ...", not "Will be ..."
    return True


_VERB_AFTER = re.compile(r"\s+(?:said|says|asked|asks|told|tells|thinks|thought|is|was|has|had|wants|wanted|loves|"
                         r"loved|knows|knew|drove|helped|helps|went|came|got|and\s+I)\b")


_LIST_WORD = re.compile(r"[A-Z\u00c0-\u00de][^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")


def _list_members(text: str, found: list[Redaction], spans: set[tuple[int, int]]) -> list[Redaction]:
    """"Ana, Beto, Chayo and don Rafa": in a run of capitalised words joined by commas and "and" that
    holds two found names, the others are names too."""
    out: list[Redaction] = []
    done: set[int] = set()
    for r in sorted(found, key=lambda x: x.start):
        if r.start in done:
            continue
        run = [(r.start, r.end)]
        pos = r.end
        while len(run) < 8:
            sep = _LIST_SEP.match(text, pos)
            if not sep or sep.end() == pos:
                break
            w = _LIST_WORD.match(text, sep.end())
            if not w:
                break
            run.append(w.span())
            pos = w.end()
        done.update(s for s, _ in run)
        if len(run) < 3:
            continue
        known = [sp for sp in run if sp in spans or any(a <= sp[0] < b for a, b in spans)]
        if len(known) < 2:
            continue
        for s, e in run:
            if (s, e) in known:
                continue
            w = text[s:e]
            if not_a_name(w) or (is_english_word(w) and not is_given_name(w)):
                continue
            out.append(Redaction("PERSON", s, e, 0.8))
    return out


# Contact blocks and kinship titles (issue 17, sixth round): names by the lines and titles around them.
DIGIT_RUN = re.compile(r"\d(?:[\d \-().]{5,}\d)")
_NAME_LINE = re.compile(r"[ \t]*([^\W\d_]+(?:['\u2019\-][^\W\d_]+)*(?:[ \t]+(?:[A-Z]\.|[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*)){1,2})"
                        r"[ \t]*$", re.M)


def contact_lines(text: str, add) -> None:
    """A full name alone on a line next to a line with an e-mail or a phone number: a contact block
    ("Contact:\nŁukasz Wiśniewski\n+353 87 555 0199")."""
    lines = text.split("\n")
    pos = 0
    for i, line in enumerate(lines):
        m = _NAME_LINE.fullmatch(line)
        if m:
            near = [x for x in lines[max(0, i - 1):i] + lines[i + 1:i + 2] if x.strip()]
            words = m.group(1).split()
            if any("@" in x or DIGIT_RUN.search(x) or sum(c.isdigit() for c in x) >= 5 for x in near) and all(
                    _capitalised(w) and not (not_a_name(w) or (is_english_word(w) and not is_given_name(w)))
                    for w in words if not w.endswith(".")) and (
                    is_given_name(words[0]) or is_family_name(words[-1]) or not m.group(1).isascii()):
                add((pos + m.start(1), pos + m.end(1), 0.85))
        pos += len(line) + 1


# A kinship word used as a title, capitalised and without "my" ("Aunty Bisi will bring zobo", "Tita Marites").
KIN_TITLE_FIRST = re.compile(r"\b(?:Aunty|Auntie|Aunt|Uncle|Tita|Tito|Lola|Lolo|Nonna|Nonno|Oma|Opa|Tía|Tia|Tío|Tio|Dona|"
                              r"Babcia|Ciocia|Wujek|Granny|Grandma|Grandpa|Nana|Nanna|Cousin)[ \t]+(?=[A-Z])")


def without_kin_title(text: str, r: Redaction) -> Redaction:
    """The name without a kinship title opening it ("Auntie Akosua" -> "Akosua"): the title is no name."""
    m = KIN_TITLE_FIRST.match(text, r.start)
    if m and m.end() < r.end:
        return Redaction(r.type, m.end(), r.end, r.confidence)
    return r


def kin_titles(text: str, add) -> None:
    """A capitalised kinship title before a name that is no ordinary word: "Aunty Bisi", "Uncle Ferdie"."""
    for m in KIN_TITLE_FIRST.finditer(text):
        hit = _name_at(text, m.end(), strong=True)
        if hit and not ordinary_words(text[hit[0]:hit[1]]) and not is_english_word(text[hit[0]:hit[1]].split()[0]):
            add((hit[0], hit[1], 0.8))


# An animal, a thing or an article before a name: "my dog Lola", "the old Astra", "a new Ford".
_ANIMALS_THINGS = frozenset((  # noqa: SIM905
    "dog dogs cat cats puppy pup kitten horse pony rabbit bunny hamster parrot budgie tortoise pet car van scooter "
    "rollator wheelchair walker cane boat bike robot alexa doll teddy plant metro station tube").split())
# The article, or a verb whose object is a thing: "the old Astra", "anyone else use Alexa".
_ARTICLES = frozenset(["the", "a", "an", "this", "that", "use", "uses", "used", "using"])
_THING_ADJECTIVES = frozenset(
    "old new little big red blue black white grey gray silver trusty faithful".split())  # noqa: SIM905


def not_person_before(text: str, s: int) -> bool:
    """An animal, a thing or an article right before ``s``: "my dog Lola", "the old Astra"."""
    if not text[s - 1:s].isspace():
        return False
    words = text[max(0, s - 30):s].lower().split()[-3:]
    if not words:
        return False
    last = words[-1]
    if last in _ANIMALS_THINGS or last in _ARTICLES:
        return True
    return len(words) >= 2 and ((last in ("called", "named") and words[-2] in _ANIMALS_THINGS)
                                or (last in _THING_ADJECTIVES and words[-2] in _ARTICLES))


__all__ = [
    "DIGIT_RUN", "KIN_TITLE_FIRST", "capitalised_ambiguous", "contact_lines", "kin_titles", "middle_initials",
    "not_person_before", "related", "without_kin_title",
]
