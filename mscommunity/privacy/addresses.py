"""Street addresses: number + street name + street type, PO boxes, postcodes with their street.

Contract: ``find(text)`` returns ADDRESS redactions.  A town, region or country on
its own is not an address; a full UK/IE postcode on its own is removed as uncertain.
The span covers the street line and, when present, the following town, state or
postcode (", Springfield, IL 62704").
"""

from __future__ import annotations

import re

from .doc import Doc, doc_for, word_bit, word_in, word_starts
from .result import Redaction
from .vocab import ENGLISH

_TYPES_ANY_CASE = r"street|road|avenue|lane|boulevard|terrace|crescent|gardens|parkway|highway"
_TYPES_CAPITALISED = (
    r"St|Rd|Ave|Av|Ln|Blvd|Dr|Drive|Close|Cl|Court|Ct|Way|Place|Pl|Grove|Gr|Square|Sq|Circle|Cir|Row|Mews|"
    r"Hill|Walk|Park|Rise|View|Parade|Pde|Hwy|Pkwy|Trail|Trl|Terr|Cres|Gdns|Path|Loop|Run|Point|Plaza|Broadway"
)
_NUMBER = r"(?:(?:flat|apt|apartment|unit|suite|ste)\.?\s*#?\s*\w{1,5}\s*[,/]?\s*)?\d{1,5}[A-Za-z]?(?:\s*[-/]\s*\d{1,5})?"
_DIRECTION = r"(?:[NSEW]\.?|North|South|East|West|NE|NW|SE|SW)"
_NAMEWORD = r"[A-Z\u00c0-\u00deĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ][^\W\d_]*(?:['\-][^\W\d_]+)*"
_STREET = re.compile(
    rf"\d(?<![\w$£€.,]\d)\d{{0,4}}[A-Za-z]?"
    rf"(?:\s*[-/]\s*\d{{1,5}})?,?\s+(?:{_DIRECTION}\s+)?"
    rf"(?:(?:{_NAMEWORD}\s+){{1,3}}(?:{_TYPES_CAPITALISED}|(?i:{_TYPES_ANY_CASE}))\b\.?"
    rf"|(?:[a-z][a-z'\-]+\s+){{1,2}}(?i:{_TYPES_ANY_CASE})\b)"
)
# "1420 n elm st apt 2 fresno ca 93701": a street line in any case, held together by a state and a ZIP code.
_US_LINE_ZIP = re.compile(
    r"\d(?<![\w$£€.,]\d)\d{0,4}\s+(?:[nsew]\.?\s+|north\s+|south\s+|east\s+|west\s+)?(?:[a-z][a-z'\-]+\s+){1,3}"
    r"(?:st|rd|ave|av|blvd|dr|drive|ln|ct|pl|way|cir|hwy|pkwy|ter|street|road|avenue|lane|court|place|circle)\.?,?"
    r"(?:\s+(?:apt|unit|ste|suite|#)\.?\s*#?\w{1,5},?)?(?:\s+[a-z]+){1,3},?\s+[a-z]{2},?\s+\d{5}(?:-\d{4})?(?!\d)", re.I)
_ZIP_HINT = re.compile(r"[0-9]{5}(?![0-9])")
_STREET_TYPE_WORDS = frozenset(f"{_TYPES_ANY_CASE}|{_TYPES_CAPITALISED}".lower().split("|"))
_STREET_TYPE_BIT = word_in(_STREET_TYPE_WORDS)
_UNIT_BEFORE = re.compile(r"(?i:flat|apt|apartment|unit|suite)\.?\s*#?\s*\w{1,5}\s*[,/]?\s*$")
_UNIT_AFTER = re.compile(r"\s*,?\s*(?:apt|apartment|unit|suite|ste|flat|#)\.?\s*#?\s*\w{1,5}\b", re.I)
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}"
_IE_EIRCODE = r"[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y\d]{4}"
_US_STATE = (r"A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|"
             r"T[NX]|UT|V[TA]|W[AVIY]|NSW|VIC|QLD|WA|SA|TAS|ACT|NT|ON|BC|AB|QC|MB|NS|NB|SK")
_TAIL = re.compile(
    rf"(?:,?\s+(?:{_NAMEWORD}(?:\s+{_NAMEWORD}){{0,2}}))?"
    rf"(?:,?\s+(?:{_US_STATE})\b)?"
    rf"(?:,?\s+(?:\d{{5}}(?:-\d{{4}})?|\d{{4}}|{_UK_POSTCODE}|{_IE_EIRCODE})\b)"
)
_TAIL_TOWN = re.compile(rf",\s+{_NAMEWORD}(?:\s+{_NAMEWORD})?(?:,?\s+(?:{_US_STATE})\b)")
# "PO Box 12", "Post Office Box 7", "Locked Bag 3" at a word start.  Written to start with a character
# class (the first letter, then the look-behind for the word start) so that ``re`` skips ahead quickly.
_POBOX = re.compile(r"[pPlL](?<!\w[pPlL])(?:(?<=[pP])(?i:\.?\s?O\.?\s?Box|ost\s+Office\s+Box|O\s+Box)|"
                    r"(?<=[lL])(?i:ocked\s+Bag))(?i:\s*#?\s*\d{1,6}\b)")
# Starts with a character class (not \b) so that ``re`` can skip ahead quickly.
_POSTCODE_ALONE = re.compile(r"[A-Z](?<!\w[A-Z])(?:[A-Z]?\d[A-Z\d]?\s*\d[A-Z]{2})\b")
_NOT_STREET_WORDS = re.compile(
    r"\b(?:hours?|hrs?|minutes?|mins?|miles?|km|days?|weeks?|months?|years?|yrs?|mg|times?|min|metres?|"
    r"meters?|steps|people|patients|lesions?)\b",
    re.I,
)


_HINT = re.compile(r"\d")
_DIGIT = _HINT
# Other countries' orders: the street word first or as a suffix, the number after it, the postcode
# before the town ("Kerkstraat 45, 3581 RA Utrecht", "Lindenstraße 14, 10969 Berlin",
# "12 rue de la Paix, 75002 Paris", "Calle Mayor 5, 3º B, 28013 Madrid", "ul. Długa 7/3, 00-238 Warszawa").
_SUFFIX = (r"stra(?:ß|ss)e|str\.|straat|weg|gasse|laan|plein|gracht|vej|gade|gatan|vägen|veien|gata|allee|platz|"
           r"dijk|kade|singel|steig|ufer|damm|markt")
_LEAD = (r"rue|avenue|av\.|boulevard|bd|chemin|allée|impasse|quai|place|via|viale|piazza|corso|vicolo|calle|avenida|"
         r"carrer|paseo|plaza|rua|travessa|largo|praça|ul\.|ulica|aleja|al\.|utca|út|c/")
_PARTICLE = r"(?:(?:de\s+la|de\s+l'|du|des|de|del|della|delle|dei|da|do|dos|das|di|van|von|der|den)\s+)*"
_STREET_WORDS = (rf"(?:{_NAMEWORD}(?i:{_SUFFIX})|(?i:{_LEAD})\s+{_PARTICLE}{_NAMEWORD}(?:\s+{_NAMEWORD}){{0,2}}"
                 rf"|{_NAMEWORD}\s+(?i:{_TYPES_ANY_CASE}))")
# "Kerkstraat 45": the street, then the number (searched for in the text just before a number).
_STREET_FIRST = re.compile(rf"(?<![\w])(?:{_STREET_WORDS}),?\s+$")
_NUMBER_AFTER = re.compile(r"\d{1,4}[a-zA-Z]?(?:\s*[/\-]\s*\d{1,4})?\b")
# "12 rue de la Paix": the number, then the street.
_NUMBER_FIRST = re.compile(
    rf"\d{{1,4}}[a-zA-Z]?,?\s+(?i:{_LEAD})\s+{_PARTICLE}{_NAMEWORD}(?:\s+{_NAMEWORD}){{0,2}}")
_LEAD_WORDS = frozenset(w.replace("\\", "") for w in _LEAD.split("|"))
_SUFFIXES = tuple(w.replace("\\", "") for w in _SUFFIX.replace("stra(?:ß|ss)e", "straße|strasse").split("|"))
_TYPE_WORDS = frozenset(_TYPES_ANY_CASE.split("|"))


def _street_word_near(words: list[str]) -> bool:
    """A street word among the few words before a number (cheap test before the regex)."""
    for w in words:
        w = w.lower().rstrip(",")
        if w in _LEAD_WORDS or w in _TYPE_WORDS or w.endswith(_SUFFIXES):
            return True
    return False


_FOREIGN_TAIL = re.compile(
    rf"(?:,?\s*(?:\d{{1,2}}(?:º|ª|°)?\s*[A-Z]?|(?i:apt|apartment|flat|unit|bus|app\.?|apto|piso|étage)\.?\s*\w{{1,4}})\s*(?=,))?"
    rf"(?:,?\s*(?:[A-Z]{{1,2}}-)?(?:\d{{4}}\s?[A-Z]{{2}}|\d{{2}}-\d{{3}}|\d{{4,5}})\s+{_NAMEWORD}(?:[\s\-]{_NAMEWORD})?)?"
)


def _extend(text: str, end: int) -> int:
    m = _UNIT_AFTER.match(text, end)
    if m:
        end = m.end()
    m = _TAIL.match(text, end)
    if m and m.end() > end:
        return m.end()
    m = _TAIL_TOWN.match(text, end)
    if m:
        return m.end()
    return end


_NUMBER_RUN = re.compile(r"\d{1,5}")
# Every foreign address needs a street word: without one, the per-number scan is skipped.
_LETTERS = re.compile(r"[^\W\d_]+")
_HINT_WORDS = frozenset(w.rstrip(".") for w in _LEAD_WORDS) | _TYPE_WORDS
_SUFFIX_ENDS = tuple(w.rstrip(".") for w in _SUFFIXES)


# Common English words that end like a street ("brigade"): every other word of a text that does is
# an uncommon word, so only those are tested one by one.
_ENGLISH_SUFFIXED = frozenset(w for w in ENGLISH if len(w) > 4 and w.endswith(_SUFFIX_ENDS))


# A street word among a word's facts (:attr:`.doc.Doc.mask`): a street word, or a longer word ending
# like a street ("Kerkstraat", "Lindenweg").
_STREET_WORD_BIT = word_bit(lambda w: w in _HINT_WORDS or (len(w) > 4 and w.endswith(_SUFFIX_ENDS)))


def _street_word_in(d: Doc) -> bool:
    if "c/" in d.low:
        return True  # "C/ Mayor 23": the Spanish "calle"
    if d.text.isascii():
        return bool(d.mask & _STREET_WORD_BIT)
    words = set(_LETTERS.findall(d.low))
    if not words.isdisjoint(_HINT_WORDS) or not words.isdisjoint(_ENGLISH_SUFFIXED):
        return True
    return any(w.endswith(_SUFFIX_ENDS) for w in words.difference(ENGLISH) if len(w) > 4)


def _foreign_streets(text: str, d: Doc) -> list[tuple[int, int]]:
    """Street-first and number-first addresses, looked for only next to short numbers with a
    street word near them."""
    out: list[tuple[int, int]] = []
    if not _street_word_in(d):
        return out
    for d in _NUMBER_RUN.finditer(text):
        i = d.start()
        if i and (text[i - 1].isdigit() or text[i - 1] in ".,$\u00a3\u20ac"):
            continue
        lo = max(0, i - 60)
        before = text[max(0, i - 30):i]
        last = before.split()[-1:] if before[-1:] == " " else ()
        if last and (last[0][:1].isupper() or last[0].lower() in _TYPE_WORDS) and _street_word_near(
                text[lo:i].split()[-5:]):
            m = _STREET_FIRST.search(text, lo, i)
            n = _NUMBER_AFTER.match(text, i) if m else None
            if m and n:
                out.append((m.start(), n.end()))
                continue
        m = _NUMBER_FIRST.match(text, i)
        if m:
            out.append((m.start(), m.end()))
    return out


# After an address cue ("address is", "come get it", "pick up from", "live at", "Endereço:") the
# address may be written any way: lower case ("9 kestrel close bicester"), or in another country's
# order ("No. 45, 3rd Cross, Indiranagar 1st Stage, Bengaluru 560038").
_ADDRESS_CUE = re.compile(
    r"(?:\b(?:(?:my|our|the|his|her|their|home|postal|full|new)\s+)?(?:address|addy|addr)(?:\s+is|\s*:|\s+here\s+is|"
    r"\s+=)?|\b(?:come\s+(?:and\s+)?(?:get|collect|pick\s+up)\s+(?:it|them)|pick\s*up\s+(?:only\s*)?(?:from|at|:)|"
    r"collect(?:ion)?\s+(?:from|at|:)|(?:i|we|she|he|they)\s+(?:live|lives|living|stay|stays)\s+at|"
    r"(?:lives|living|staying)\s+at|send\s+(?:it\s+|them\s+)?to|vivo\s+en|moro\s+(?:na|em|no)|j'habite|"
    r"ich\s+wohne\s+in|mieszkam\s+(?:na|w)|(?:i|we)(?:'re|'m|\s+am|\s+are)\s+at|drop\s+(?:it\s+)?off\s+at|"
    r"send\s+(?:it|them|cards?|post)\s+to|post\s+(?:it|them)\s+to|deliver(?:ed)?\s+to|located\s+at|"
    r"endere[cç]o|adresse|direcci[oó]n|indirizzo|adres))\s*:?\s*",
    re.I,
)
_ADDRESS_CUE_WORDS = frozenset((  # noqa: SIM905
    "address addy addr get collect pick pickup collection live at drop send post deliver delivered located endere adresse "
    "direcci indirizzo adres lives living staying vivo moro habite wohne mieszkam").split())
# The end of an address read after a cue: a postcode, else the end of the clause.
_CUED_POSTCODE = re.compile(rf"\b(?:\d{{6}}|\d{{5}}(?:-\d{{3,4}})?|\d{{2}}-\d{{3}}(?:\s+{_NAMEWORD})?|\d{{4}}(?:\s?[A-Z]{{2}})?|{_UK_POSTCODE}|{_IE_EIRCODE})\b")
# A sentence end (not after "no", "st", "apt" ...), a line break, or words that go on to something else.
# Written to start with one character class (the punctuation or white space) so that ``re`` skips ahead quickly.
_CLAUSE_END = re.compile(r"[.!?;\s](?:(?<=[.!?;])(?<!\bno.)(?<!\bnr.)(?<!\bst.)(?<!\brd.)(?<!\bdr.)(?<!\bave.)(?<!\bapt.)"
                         r"(?<!\bbrgy.)(?<!\b(?-i:[A-Z][a-z]).)(?<!\b(?-i:[A-Z]).)\s|(?<=\n)|(?<=\s)\s*(?:just|and\s+(?:then|i|we|it)|but|so|if|please|pls|thanks|ring|call|"
                         r"text|knock|ramp|parking|ground\s+floor|any\s?time|after|before|between|from\s+\d|and\s+(?:she|he|they|my|her|his))\b)",
                         re.I)
_STREETISH = re.compile(
    rf"\d{{1,5}}[a-zA-Z]?\b.{{0,40}}?\b(?:{_TYPES_ANY_CASE}|close|drive|way|place|court|grove|mews|walk|row|rise|view|"
    r"square|cross|main|stage|block|lot|nagar|colony|sector|phase|apt|apto|flat|unit|house|st|rd|ave|dr|ln)\b"
    rf"|\b(?:no[.:]?|nr\.?|house\s+no\.?)\s*\d{{1,5}}|\b(?i:{_LEAD})\s+\w+",
    re.I,
)


# What must stand next to a frequent cue word for any cue to hold it (read off :data:`_ADDRESS_CUE`):
# the a-z word before "at" ("live at", "pick up at", "I'm at"), the start of the word after the others
# ("get it", "post them to", "live at", "drop off at", "pick up").  Rarer cue words are not tested.
_BEFORE_AT = frozenset(["up", "pickup", "only", "collect", "collection", "live", "re", "m", "am", "are", "off",
                        "located", "lives", "living", "stay", "stays", "staying"])
_AT = frozenset(["at"])
_NO_WORDS: frozenset[str] = frozenset()
_BEFORE_AT_BIT = word_in(_BEFORE_AT)
_AFTER_CUE_WORD: dict[str, tuple[str, ...]] = {
    "get": ("it", "them"), "post": ("it", "them", "to"), "live": ("at",), "send": ("it", "them", "card", "post", "to"),
    "lives": ("at",), "living": ("at",), "staying": ("at",),
    "drop": ("it", "off"), "pick": ("up",),
}
_AZ_WORD = re.compile(r"[a-z]+")
_WORD_AFTER = re.compile(r"\s+([a-z]+)")


def _cue_word_fits(low: str, i: int) -> bool:
    """False when the whole word at ``i`` of ``low`` (an ASCII text, lower-cased) can be part of no
    address cue: "at home", "get better", "post office"."""
    word = _AZ_WORD.match(low, i).group()  # type: ignore[union-attr]  # a cue word stands at i
    if word == "at":
        j = i
        while j and low[j - 1].isspace():
            j -= 1
        if j == i:
            return False
        k = j
        while k and "a" <= low[k - 1] <= "z":
            k -= 1
        return low[k:j] in _BEFORE_AT
    needs = _AFTER_CUE_WORD.get(word)
    if needs is None:
        return True
    m = _WORD_AFTER.match(low, i + len(word))
    return m is not None and m.group(1).startswith(needs)


_ADDRESS_CUE_BIT = word_in(_ADDRESS_CUE_WORDS)


def _cue_matches(text: str, low: str | None, present: frozenset[str]) -> list[re.Match[str]]:
    """The address cues of ``text``, looked for only around the cue words it holds."""
    if low is None:
        return list(_ADDRESS_CUE.finditer(text))
    out: list[re.Match[str]] = []
    end = -1
    ascii_text = text.isascii()  # other letters may match a cue's through case folding ("ſ", "ı")
    for i in word_starts(low, present):
        if not _DIGIT.search(text, i, i + 80):
            continue  # no number after the cue: no address to read
        if ascii_text and not _cue_word_fits(low, i):
            continue  # "at home", "get better": no cue can hold this word here
        m = _ADDRESS_CUE.search(text, max(0, i - 16, end), i + 40)
        if m and m.start() <= i < m.end():
            out.append(m)
            end = m.end()
    return out


def _after_cue(text: str, low: str | None, present: frozenset[str]) -> list[tuple[int, int]]:
    """Addresses read right after an address cue: up to a postcode, else to the end of the clause."""
    out: list[tuple[int, int]] = []
    for cue in _cue_matches(text, low, present):
        start = cue.end()
        window = text[start:start + 140]
        if not window[:1].isalnum():
            continue
        post = _CUED_POSTCODE.search(window, 4)
        clause = _CLAUSE_END.search(window)
        end = post.end() if post and (clause is None or post.start() < clause.start()) else (
            clause.start() if clause else len(window))
        span = window[:end].rstrip(" ,")
        if len(span) < 8 or not any(c.isdigit() for c in span) or not _STREETISH.search(span):
            continue
        if _NOT_STREET_WORDS.search(span):
            continue
        out.append((start, start + len(span)))
    return out


def find(text: str, *, doc: Doc | None = None) -> list[Redaction]:
    """Return ADDRESS redactions found in ``text``."""
    out: list[Redaction] = []
    taken: list[tuple[int, int]] = []
    d = doc_for(text, doc)
    if not d.has_digit:
        return out
    # A street line ends on a street type, a whole word: without one among the text's words (letters
    # outside a-z can match a type only through case folding, so such a text is always scanned) no
    # street line can match.
    streets = _STREET.finditer(text) if d.mask & _STREET_TYPE_BIT or not d.text.isascii() else ()
    for m in streets:
        if _NOT_STREET_WORDS.search(m.group(0)):
            continue
        end = _extend(text, m.end())
        unit = _UNIT_BEFORE.search(text, max(0, m.start() - 24), m.start())
        start = unit.start() if unit else m.start()
        out.append(Redaction("ADDRESS", start, end, 0.92))
        taken.append((start, end))
    if d.mask & _STREET_TYPE_BIT and d.same_len and _ZIP_HINT.search(text) is not None:
        for m in _US_LINE_ZIP.finditer(d.low):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(Redaction("ADDRESS", m.start(), m.end(), 0.88))
                taken.append(m.span())
    for s, e in _foreign_streets(text, d):
        if any(a <= s < b for a, b in taken) or _NOT_STREET_WORDS.search(text, s, e):
            continue
        end = _FOREIGN_TAIL.match(text, e).end()
        out.append(Redaction("ADDRESS", s, end, 0.88))
        taken.append((s, end))
    if "box" in d.words or "bag" in d.words:
        for m in _POBOX.finditer(text):
            end = _extend(text, m.end())
            out.append(Redaction("ADDRESS", m.start(), end, 0.95))
            taken.append((m.start(), end))
    present = _ADDRESS_CUE_WORDS.intersection(d.words) if d.mask & _ADDRESS_CUE_BIT else _NO_WORDS
    if "at" in present and not d.mask & _BEFORE_AT_BIT and text.isascii():
        present = present - _AT  # no word that can stand before "at" in a cue ("live at", "I'm at")
    if present or not d.same_len:
        for s, e in _after_cue(text, d.low if d.same_len else None, present):
            if not any(a < e and s < b for a, b in taken):
                out.append(Redaction("ADDRESS", s, e, 0.85))
                taken.append((s, e))
    # A postcode holds a capital right before a digit ("SW1A 1AA", "D02 X285").
    for m in _POSTCODE_ALONE.finditer(text) if d.capital_digit else ():
        if any(a <= m.start() < b for a, b in taken):
            continue
        out.append(Redaction("ADDRESS", m.start(), m.end(), 0.7))
    return out
