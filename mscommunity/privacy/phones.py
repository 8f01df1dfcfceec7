"""Phone numbers, via the phonenumbers matcher run only on cheap candidate windows.

Contract: ``find(text)`` returns PHONE redactions (may overlap other types; the
core resolves overlaps).  A candidate window is a run of digits and phone
punctuation holding 7 to 15 digits; windows that look like dates, year ranges,
times, money, decimals, percentages or doses are dropped before the matcher runs.
After a contact cue ("call me on", "my number is", "whatsapp") any region's
format counts, and a local number no region parses too (:mod:`.phone_cues`).
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

from . import phone_cues
from .doc import Doc, doc_for
from .result import Redaction

REGIONS: tuple[str, ...] = ("US", "GB", "AU", "CA", "IE", "NZ", "IN", "NL")

# A digit run with phone punctuation; must not touch letters/digits on either side.
# Written to start with a character class (the first character, then the look-behind) so that
# ``re`` skips ahead quickly: "+1 ...", "(440) ...", "07700 ...", not glued to a word, a dot or money.
_CANDIDATE = re.compile(
    r"[+(\d](?<![\w.,/$£€+].)(?:(?<=\+)\s?\d|(?<=\()\s?\+?\d|(?<=\d))"
    r"[\d ().\-\u2010-\u2014/\u00a0]{5,24}\d(?!\w|[.,]\d|\s?%)"
)
_SIX_DIGITS = re.compile(r"\d(?:[^\w\n]{0,3}\d){5}")
_SEVEN_DIGITS = re.compile(r"\d(?:[^\w\n]{0,3}\d){6}")
# The same two in a text written in ASCII, where ``\d`` is ``[0-9]`` (which ``re`` tests faster).
_SIX_DIGITS_ASCII = re.compile(r"[0-9](?:[^\w\n]{0,3}[0-9]){5}")
_SEVEN_DIGITS_ASCII = re.compile(r"[0-9](?:[^\w\n]{0,3}[0-9]){6}")
_CONTEXT = re.compile(
    r"\b(?:call|ring|phone|tel|telephone|mobile|mob|cell|cellphone|text|txt|sms|whats\s?app|number|no\.?|"
    r"contact|reach|fax|landline|home|work|office)\b",
    re.I,
)
_DATE_LIKE = re.compile(r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}$")
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d\s*[-\u2013/]\s*(?:19|20)?\d\d$")
_TIME_LIKE = re.compile(r"^\d{1,2}[:.]\d\d")
_AFTER_UNIT = re.compile(r"^\s?(?:%|mg|mcg|µg|ml|iu|units?|kg|km|lbs?|miles?|m\b|cm|mm|years?|yrs?|"
                         r"months?|weeks?|days?|hours?|hrs?|mins?|minutes?|patients|people|dollars|"
                         r"pounds|euros|rupees|cells|x\b)", re.I)
_BEFORE_MONEY = re.compile(r"(?:[$£€¥₹]|\b(?:usd|gbp|eur|aud|cad|rs|inr|nct|isrctn|pmid|doi|ref|order|"
                           r"invoice|isbn|case|room|ward|page|pp))\s*[:#]?\s*$", re.I)
_NANP_SHAPE = re.compile(r"^(?:\+?1[\s.\-]?)?\(?\d{3}\)?[\s.\-]?\d{3}[\s.\-]\d{4}$")
_FICTION = re.compile(r"555[\s.\-]?01\d\d|7700[\s.\-]?900|01632|7946[\s.\-]?0|9100|5550")


def _digits(s: str) -> int:
    return sum(map(str.isdigit, s))


_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_DECIMAL = re.compile(r"\d+\.\d{1,2}")


def _plausible_window(text: str, start: int, end: int, references: bool = True) -> bool:
    raw = text[start:end].strip()
    n = _digits(raw)
    if n < 7 or n > 15:
        return False
    if _DATE_LIKE.match(raw) or _YEAR_RANGE.match(raw) or _TIME_LIKE.match(raw):
        return False
    if _BEFORE_MONEY.search(text[max(0, start - 8):start]):
        return False
    if _AFTER_UNIT.match(text[end:end + 9]) or phone_cues.UNIT_AFTER.match(text[end:end + 9]):
        return False
    if references and phone_cues.REFERENCE.search(text[max(0, start - 40):start]):
        return False  # "NHS number 485 ...", "reference no 2023...": not a phone
    # Thousands separators "45,000" never reach here (comma excluded); "1.234.567" style money:
    if _THOUSANDS.fullmatch(raw):
        return False
    # Decimal numbers such as 6.5 or 1000.25
    return not _DECIMAL.fullmatch(raw)


# Regions tried, after the usual ones, for a national number with a leading trunk zero.
_MORE_REGIONS = ("FR", "DE", "ES", "IT", "BE", "CH", "AT", "ZA", "SE", "NO", "DK", "PL", "PT", "BR", "MX",
                 "AR", "KE", "NG", "PH", "SG", "MY", "JP")


def _valid_elsewhere(raw: str) -> bool:
    """True when a number with a leading trunk zero is valid in one of :data:`_MORE_REGIONS`."""
    for region in _MORE_REGIONS:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(raw, region)):
                return True
        except Exception:  # noqa: S112 - not a number there: try the next
            continue
    return False


_RUN_CHARS = frozenset("0123456789 ().-/+\u00a0\u2010\u2011\u2012\u2013\u2014")


def _run_start(text: str, i: int) -> int:
    """The start of the run of digits and phone punctuation holding position ``i``: no number
    the patterns below find can start before it (the earlier text has no six digits close together)."""
    while i > 0 and text[i - 1] in _RUN_CHARS:
        i -= 1
    return i


def find(text: str, *, doc: Doc | None = None) -> list[Redaction]:
    """Return PHONE redactions found in ``text``."""
    d = doc_for(text, doc)
    six = (_SIX_DIGITS_ASCII if d.ascii else _SIX_DIGITS).search(text, d.first_digit) if d.has_digit else None
    if six is None:
        return []
    first = _run_start(text, six.start())
    out: list[Redaction] = phone_cues.find(text, d, first)
    seven = (_SEVEN_DIGITS_ASCII if d.ascii else _SEVEN_DIGITS).search(text, six.start())
    if seven is None:
        return out
    # Numbers the cue step took for certain: the matcher below could not change what is removed.
    sure = [(r.start, r.end) for r in out if r.confidence >= 0.95]
    references = bool(d.mask & phone_cues.REFERENCE_BIT)
    for m in _CANDIDATE.finditer(text, _run_start(text, seven.start())):
        s, e = m.start(), m.end()
        # Trim trailing punctuation the class allowed (closing bracket w/o opener, dashes, dots).
        while e > s and text[e - 1] in " .-/(\u00a0":
            e -= 1
        if any(a <= s and e <= b for a, b in sure):
            continue
        if not _plausible_window(text, s, e, references):
            continue
        found = _match_window(text, s, e)
        if not found and text[s] == "0" and 9 <= _digits(text[s:e]) <= 12 and _valid_elsewhere(text[s:e]):
            found = [Redaction("PHONE", s, e, 0.85)]
        out.extend(found)
    return [r for r in out if not _service_number(text, r.start, r.end)] if out else out


# Freephone, shared-cost and premium numbers belong to services (helplines, charities, clinics), never
# to a member: "the MS Society helpline is 0808 800 8000", "call 1-800-344-4867".
_SERVICE_TYPES = frozenset([phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.SHARED_COST,
                            phonenumbers.PhoneNumberType.PREMIUM_RATE, phonenumbers.PhoneNumberType.UAN])
_SERVICE_START = re.compile(
    r"(?:\+?1[ \-.]?)?\(?(?:8(?:00|33|44|55|66|77|88)|900)\)?[ \-.]"  # North American toll-free and premium
    r"|0[ \-]?[389]|\+44[ \-]?(?:\(0\)[ \-]?)?[389]"  # UK and Irish 03, 08, 09
    r"|1[ \-]?[358]\d0|13[ \-]?\d\d[ \-]?\d\d(?!\d)|\+61[ \-]?1[38]|\+353[ \-]?1[58]")  # AU and IE 1300, 1800, 1850


_SERVICE_WORD = re.compile(r"(?i:help\s?line|hot\s?line|free\s?phone|toll[\s\-]?free|switchboard|support\s+line|"
                           r"advice\s+line|information\s+line|nurse\s+line|society|charity|trust|foundation|service|"
                           r"team|centre|center|clinic|hospital|office|line\s+is|number\s+for)")


def _service_number(text: str, s: int, e: int) -> bool:
    """True for a freephone, shared-cost or premium number (parsed in the usual regions)."""
    raw = text[s:e].strip()
    if not _SERVICE_START.match(raw):
        return False  # cheap: every service range starts with one of these
    if not _SERVICE_WORD.search(text, max(0, s - 60), s):
        return False  # only where the words say it is a service's ("0803 ..." is a Nigerian mobile, a UK service range)
    for region in (*_regions_for(raw), "IE"):
        try:
            number = phonenumbers.parse(raw, region)
        except Exception:  # noqa: S112 - not a number there: try the next
            continue
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in _SERVICE_TYPES:
            return True
    return False


def _regions_for(raw: str) -> tuple[str, ...]:
    """Default regions to try, most likely first: "+" numbers parse the same in any region."""
    if raw.startswith("+"):
        return REGIONS[:1]
    if raw.lstrip("(").startswith("0"):
        return ("GB", "AU", "IE", "NZ", "NL", "IN")
    return ("US", "CA", "IN", "GB", "AU")


# One plain number ("+44 20 7946 0371", "(440) 555-0132", "07700 900412"): parsed directly,
# which is several times faster than running the matcher over the window.
_SIMPLE = re.compile(r"\+?(?:\(\+?\d{1,5}\)|\d)(?:[ .\-]?(?:\d|\(\d{1,5}\)))*")


def _parse_simple(raw: str) -> object | None:
    for region in _regions_for(raw):
        try:
            number = phonenumbers.parse(raw, region)
        except Exception:  # noqa: S112 - not a number in this region: try the next
            continue
        if phonenumbers.is_possible_number(number):
            return number
    return None


def _match_window(text: str, s: int, e: int) -> list[Redaction]:
    raw = text[s:e]
    if raw[:1] in "23456789(" and _SIMPLE.fullmatch(raw):
        # A plain NANP-style number of 7 or 10 digits is always a possible US number, so
        # with phone context or in a fiction range it is certain without running the parser.
        n = _digits(raw)
        first = raw.lstrip("(")[:1]
        if n in (7, 10) and first not in "01" and (
                _FICTION.search(raw) or _CONTEXT.search(text[max(0, s - 40):s])):
            return [Redaction("PHONE", s, e, 0.95)]
    lo = max(0, s - 1)
    window = text[lo:e + 1]
    best: list[tuple[int, int, object]] = []
    best_cover = 0
    simple = _parse_simple(text[s:e]) if _SIMPLE.fullmatch(text, s, e) else None
    if simple is not None:
        best, best_cover = [(s, e, simple)], e - s
    for region in () if simple is not None else _regions_for(text[s:e]):
        spans: list[tuple[int, int, object]] = []
        try:
            for pm in PhoneNumberMatcher(window, region, leniency=Leniency.POSSIBLE):
                spans.append((lo + pm.start, lo + pm.end, pm.number))
        except Exception:  # noqa: S112 - the matcher must never break scrubbing
            continue
        covered = sum(b - a for a, b, _ in spans)
        if covered > best_cover:
            best, best_cover = spans, covered
        if covered >= (e - s) - 2:
            break
    out: list[Redaction] = []
    for a, b, number in best:
        raw = text[a:b]
        if _digits(raw) < 7:
            continue
        ctx = _CONTEXT.search(text[max(0, a - 40):a]) is not None
        shaped = bool(_NANP_SHAPE.match(raw)) or raw.lstrip().startswith(("+", "(", "0"))
        fiction = bool(_FICTION.search(raw))
        valid = False
        if not (ctx or fiction):
            try:
                valid = phonenumbers.is_valid_number(number)
            except Exception:
                valid = False
        if ctx or valid or fiction:
            conf = 0.95
        elif shaped:
            conf = 0.85
        else:
            conf = 0.7
        if not (ctx or shaped or valid or fiction) and _digits(raw) < 9:
            continue
        out.append(Redaction("PHONE", a, b, conf))
    return out
