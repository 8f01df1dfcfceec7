"""Phone numbers after a contact cue, in any region's format.

Internal to :mod:`.phones`.  After "call me on", "my number is", "reach me at",
"text me", "ring", "whatsapp", "mobile", "cell", "tel" ... a run of 6 to 15
digits is read as a phone number:

1. ``phonenumbers`` decides where it is a number: the run is parsed against
   every supported region (the usual ones first) and, in the first region that
   finds it possible, ``PhoneNumberMatcher`` (``Leniency.POSSIBLE``) gives the
   span;
2. no region parses it (a local number with dots, digit pairs, a trunk zero,
   an extension): the run itself is taken, unless it reads as a date, a time, a
   year range, an amount of money or a measure ("450 000 units").

Without a cue nothing here fires: NHS-style reference numbers, lab values,
doses and dates in running text are left to the stricter steps of :mod:`.phones`.
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from .doc import Doc, doc_for, word_in
from .result import Redaction

_FIRST_REGIONS = ("US", "GB", "AU", "CA", "IE", "NZ", "IN", "NL", "FR", "DE", "ES", "IT", "BE", "CH", "AT", "ZA",
                  "SE", "NO", "DK", "PL", "PT", "BR", "MX", "AR", "KE", "NG", "PH", "SG", "MY", "JP")
ALL_REGIONS: tuple[str, ...] = _FIRST_REGIONS + tuple(
    sorted(r for r in phonenumbers.SUPPORTED_REGIONS if r not in _FIRST_REGIONS))

# The cue, then up to a few words (no digits, no sentence end) before the number.
_CUE = re.compile(
    r"(?:\b(?:call|ring|phone|text|txt|sms|message|msg|whats\s?app|reach|contact|buzz|bell|dial|try)"
    r"(?:\s+(?:me|us|him|her|them|my\s+\w+|our\s+\w+|the\s+\w+))?"
    r"|\b(?:phone|tel|telephone|mob|mobile|cell|cellphone|landline|whats\s?app|fax|contact|direct\s+line)"
    r"(?!\s+(?:count|counts|therapy|line\s+of))"
    r"|\b(?:my|our|his|her|their|the|a|contact|home|work|office)\s+(?:number|no|num|digits)"
    r"|\b(?:number|no|num)\s*(?:is|:|=)"
    r"|\b(?:shout|bell|ring|call|buzz|text|message|line)\s+(?:on|at)"
    r")['\u2019]?s?\b\.?[^\d\n!?;]{0,32}$",
)
# Words that make a number after "number" a reference, not a phone ("NHS number is 485 ...").
REFERENCE = re.compile(
    r"\b(?:nhs|chi|reference|ref|patient|hospital|case|order|account|policy|member|membership|id|passport|"
    r"licen[cs]e|insurance|claim|tracking|serial|batch|lot|invoice|ticket|booking|registration|medicare|"
    r"ssn|social\s+security|national\s+insurance|ni|employee|staff|customer|card|prescription|rx)\b"
    r"[^\w\n]{0,3}(?:(?:number|no|num|#)\b[^\w\n]{0,3}(?:is\s+)?)?$",
    re.I,
)
# A run of 6-15 digits in phone punctuation, maybe with a "(0)" trunk and an extension.
# (Written to start with a character class, the first character, so that ``re`` skips ahead quickly.)
_RUN = re.compile(
    r"[+(\d](?<![\w.,/$£€].)(?:(?<=\+)\(?\d|(?<=\()\d|(?<=\d))[\d \u00a0.\-\u2010-\u2013()/]{3,26}\d"
    r"(?:[ \u00a0]*(?:,\s*)?(?:ext\.?|extension|x|#)[ \u00a0]*\d{1,5})?(?![\d%])"
)
_EXT = re.compile(r"[ \u00a0]*(?:,\s*)?(?:ext\.?|extension|x|#)[ \u00a0]*\d{1,5}$", re.I)
_DATE = re.compile(r"^\d{1,4}\s?[/.\-]\s?\d{1,2}\s?[/.\-]\s?\d{2,4}$|^\d{1,2}\s\d{1,2}\s(?:19|20)\d\d$")
_YEARS = re.compile(r"^(?:19|20)\d\d\s*[-\u2013/]\s*(?:19|20)?\d\d$")
_TIME = re.compile(r"^\d{1,2}[:.]\d\d(?:\s*[-\u2013]\s*\d{1,2}[:.]\d\d)?$")
_MONEY_BEFORE = re.compile(r"(?:[$£€¥₹]|\b(?:usd|gbp|eur|aud|cad|rs|inr))\s*$", re.I)
UNIT_AFTER = re.compile(
    r"^\s?(?:%|mg|mcg|µg|ug|ml|iu|units?|kg|g\b|km|lbs?|miles?|m\b|cm|mm|years?|yrs?|months?|weeks?|days?|"
    r"hours?|hrs?|mins?|minutes?|seconds?|secs?|steps|patients|people|dollars|pounds|euros|rupees|cells|"
    r"nmol|mmol|µmol|umol|pmol|mmhg|mg/dl|/l|/ml|/µl|/ul|x\s?10|per\b|am\b|pm\b)",
    re.I,
)
_CUE_WORDS = re.compile(
    r"call|ring|phone|tel|mob|cell|text|txt|sms|whats|reach|contact|fax|number|num|no\b|shout|bell|buzz|"
    r"dial|line|message|msg|digits|try")
_GAP_STOPS = frozenset("0123456789\n!?;")
_DECIMAL = re.compile(r"\d+[.,]\d{1,2}")


# Every word REFERENCE needs: without one of them in the text, it is not tried.
REFERENCE_WORDS = frozenset(
    ["nhs", "chi", "reference", "ref", "patient", "hospital", "case", "order", "account", "policy", "member", "membership", "id", "passport", "licence", "license", "insurance", "claim", "tracking", "serial", "batch", "lot", "invoice", "ticket", "booking", "registration", "medicare", "ssn", "social", "national", "ni", "employee", "staff", "customer", "card", "prescription", "rx"])
REFERENCE_BIT = word_in(REFERENCE_WORDS)
_LAST_STOP = re.compile(r"[0-9\n!?;]")


def _digit_count(s: str) -> int:
    return sum(map(str.isdigit, s))


def find(text: str, doc: Doc | None = None, start: int = 0) -> list[Redaction]:
    """PHONE redactions for digit runs right after a contact cue (none begins before ``start``,
    the first run of six digits)."""
    out: list[Redaction] = []
    d = doc_for(text, doc)
    references = bool(d.mask & REFERENCE_BIT)
    for m in _RUN.finditer(text, start):
        s, e = m.start(), m.end()
        while e > s and not text[e - 1].isdigit():
            e -= 1
        raw = text[s:e]
        n = _digit_count(raw)
        if not 6 <= n <= 15:
            continue
        # The cue and the words after it hold no digit, line break or "!?;": look only past the last one.
        lo = max(0, s - 60)
        stop = _LAST_STOP.search(text[lo:s][::-1])  # the last digit, line break or "!?;" before the run
        if stop:
            lo = s - stop.start()
        before = text[lo:s].lower()
        cue = _CUE.search(before) if _CUE_WORDS.search(before) else None
        if not cue or (references and REFERENCE.search(before, 0, cue.start())):
            continue
        if _plausible(text, s, e, raw):
            out.append(Redaction("PHONE", s, e, 0.95 if _possible_somewhere(raw) else 0.9))
            continue
        # "07700 900123 2 days a week": drop trailing groups until the rest is a number.
        cut = raw.rstrip("0123456789").rstrip(" \u00a0.-/(")
        while _digit_count(cut) >= 7:
            if _possible_somewhere(cut) and _plausible(text, s, s + len(cut), cut):
                out.append(Redaction("PHONE", s, s + len(cut), 0.9))
                break
            cut = cut.rstrip("0123456789").rstrip(" \u00a0.-/(")
    return out


def _plausible(text: str, s: int, e: int, raw: str) -> bool:
    """A local number no region parses, unless it reads as a date, time, amount or measure."""
    core = _EXT.sub("", raw)
    return not (
        _DATE.match(core) or _YEARS.match(core) or _TIME.match(core)
        or _MONEY_BEFORE.search(text[max(0, s - 6):s]) or UNIT_AFTER.match(text[e:e + 8])
        or _DECIMAL.fullmatch(core)
    )


@lru_cache(maxsize=2048)
def _possible_somewhere(raw: str) -> bool:
    """True when the number is a possible number in some region (the usual ones tried first)."""
    core = _EXT.sub("", raw)
    for region in ("ZZ",) if core.lstrip("(").startswith("+") else ALL_REGIONS:
        try:
            if phonenumbers.is_possible_number(phonenumbers.parse(core, region)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False
