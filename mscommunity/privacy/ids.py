"""ID numbers: SSN, NHS, Medicare, SIN, PPS, BSN, National Insurance, payment cards, and labelled IDs.

Contract: ``find(text)`` returns ID_NUMBER redactions.  Numbers with a checksum
(payment cards: Luhn; NHS: mod 11; SIN: Luhn; Medicare AU; PPS; BSN; Aadhaar)
are only reported when the checksum passes.  An unlabelled number counts only
when its own shape is distinctive (16-digit Luhn card, ddd-dd-dddd SSN, NI
number, UK driving licence); a number shaped like a phone number needs a label
("NHS number").  A specific label (passport, NHS, SSN, licence, insurance,
Medicare ...) may stand up to six words before the number ("NHS number so here
it is 943 476 5919"); the number then counts as an ID, which wins over PHONE.
"""

from __future__ import annotations

import re

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.gb import nhs as gb_nhs
from stdnum.ie import pps as ie_pps
from stdnum.in_ import aadhaar
from stdnum.nl import bsn as nl_bsn
from stdnum.us import ssn as us_ssn

from .doc import Doc, doc_for
from .result import Redaction

_NINO = re.compile(r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)(?:QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b")
_MBI = re.compile(r"\b\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?"
                  r"[AC-HJKMNP-RT-Y]{2}\d\d\b")
_LABEL = re.compile(
    r"\b(?:(?:nhs|chi|hcn|health\s+card|health\s+insurance|insurance|medicare|medicaid|medical\s+card|"
    r"social\s+security|ss|ssn|sin|social\s+insurance|national\s+insurance|ni|pps|ppsn|bsn|aadhaar|ird|"
    r"tax\s+file|tfn|passport|driver'?s?\s+licen[cs]e|driving\s+licen[cs]e|licen[cs]e|dl|member(?:ship)?|"
    r"policy|patient|hospital|mrn|medical\s+record|account|acct|card|visa|mastercard|amex|debit|credit|"
    r"id|identity|ihi|"
    r"versichertennummer|krankenversicherungsnummer|sozialversicherungsnummer|rentenversicherungsnummer|steuer-?id|"
    r"steueridentifikationsnummer|codice\s+fiscale|tessera\s+sanitaria|num[ée]ro\s+de\s+s[ée]curit[ée]\s+sociale|"
    r"carte\s+vitale|dni|nie|nif|cpf|cns|pesel|personnummer|personal\s+number|burgerservicenummer|ahv|avs|svnr|"
    r"member\s+id)"
    r"(?:\s+(?:number|num|no\.?|nr\.?|id|#|code|card))*)\s*(?:is|was|=|:|#|-|è|é|es|est|ist|er|är)?\s*(?:is\s+)?\(?",
    re.I,
)
# Patterns below start with a character class so that ``re`` can skip ahead quickly.
_NINO_HINT = re.compile(r"[A-Z\d](?:(?<=[A-Z])[A-Z]\s?\d\d\s?\d\d|(?<=\d)[A-Z]{2}\d)")
_CARD_SHAPE = re.compile(r"(?:\d{4}[ \-]?){3}\d{1,7}|\d{4}[ \-]\d{6}[ \-]\d{5}")
_SSN_SHAPE = re.compile(r"\d{3}[- ]\d{2}[- ]\d{4}")
_GENERIC_LABEL = re.compile(r"(?:card|id|account|member|patient|hospital|visa|debit|credit|ni|dl|ss|licen[cs]e)")
_YEAR_OR_AMOUNT = re.compile(r"(?:19|20)\d\d|\d{1,3}(?:,\d{3})+")
_LABEL_KEYS = (
    "nhs", "chi", "hcn", "card", "insur", "medic", "social", "ss", "sin", "pps", "bsn", "aadhaar", "ird",
    "tax", "tfn", "passport", "licen", "dl", "member", "policy", "patient", "hospital", "mrn", "record",
    "account", "acct", "visa", "master", "amex", "debit", "credit", "id", "ihi", "ni",
    # labels in the other languages members write in
    "versich", "sozialvers", "rentenvers", "steuer", "codice", "tessera", "num", "carte", "dni", "nie", "nif", "cpf",
    "cns", "pesel", "personnummer", "personal", "burgerservice", "ahv", "avs", "svnr",
)
# Italy's codice fiscale: its shape alone is distinctive (6 letters, 2 digits, a month letter, ...).
_CODICE_FISCALE = re.compile(r"[A-Z](?<![\w][A-Z])[A-Z]{5}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z]\b")
_TWO_DIGITS_CAPITAL = re.compile(r"\d\d[A-EHLMPRST]\d\d[A-Z]")
_FIVE_DIGITS = re.compile(r"\d(?:[ \-]?\d){4}")
_FIVE_DIGITS_ASCII = re.compile(r"[0-9](?:[ \-]?[0-9]){4}")  # the same in ASCII text (faster for ``re``)
_LABEL_AT_END = re.compile(r"(?:" + _LABEL.pattern + r")$")
# A label a few words before the number still counts ("NHS number so here it is 943 476 5919",
# "passport number (533380006)", "my SSN and I put 219-09-9999"); it then wins over PHONE.
_NEAR_LABEL = re.compile(
    r"\b(?P<lab>passport|nhs|ssn|social\s+security|national\s+insurance|driv(?:ing|er'?s?)\s+licen[cs]e|"
    r"licen[cs]e|insurance|medicare|medicaid|medical\s+record|mrn|tax\s+file|tfn|ppsn?|bsn|aadhaar|ird|"
    r"health\s+card|ihi|hcn|"
    r"versichertennummer|krankenversicherungsnummer|sozialversicherungsnummer|rentenversicherungsnummer|steuer-?id|"
    r"steueridentifikationsnummer|codice\s+fiscale|tessera\s+sanitaria|num[ée]ro\s+de\s+s[ée]curit[ée]\s+sociale|"
    r"carte\s+vitale|dni|nie|nif|cpf|cns|pesel|personnummer|personal\s+number|burgerservicenummer|ahv|avs|svnr|member\s+id)"
    r"(?:\s+(?:number|num|no\.?|nr\.?|#|id|card|details))*"
)
_GAP_STOP = re.compile(
    r"[!?\n]|\.(?:\s|$)|\b(?:call|ring|phone|mobile|cell|text|whats\s?app|tel|landline|fax|contact|reach|"
    r"helpline|line|office|company|desk|team|department|number|numbers)\b"
)
# UK driving licence: 5 letters of the surname (9-padded), 6 digits, 2 initials, a digit, 2 check characters.
_UK_LICENCE = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z9]{4}[ ]?\d[0156]\d[0-3]\d\d[ ]?[A-Z][A-Z9]\d[ ]?[A-Z0-9]{2}\b")
# A token starts at a digit; up to four letters before it ("XGH123...", "PN-123...") are added in code.
_TOKEN = re.compile(r"\d[\dA-Za-z]*(?:[ \-/](?=[\dA-Za-z]*\d)[\dA-Za-z]+){0,4}\b")


def _token_start(text: str, i: int) -> int | None:
    """Start of the token whose first digit is at ``i`` (with a short letter prefix), or None if glued on."""
    j = i
    if j and text[j - 1] == "-":
        j -= 1
    k = j
    while k > 0 and j - k < 4 and text[k - 1].isascii() and text[k - 1].isalpha():
        k -= 1
    if k == j:
        k = i
    elif k and (text[k - 1].isalnum() or text[k - 1] == "_"):
        k = i  # letters belong to a longer word: start at the digit
    if k and (text[k - 1].isalnum() or text[k - 1] in "_.,$£€"):
        return None
    return k


_NON_DIGIT = re.compile(r"\D")
_SEPARATORS = re.compile(r"[\s\-/]")


def _digits(s: str) -> str:
    return _NON_DIGIT.sub("", s)


def _medicare_au(d: str) -> bool:
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    w = (1, 3, 7, 9, 1, 3, 7, 9)
    return sum(int(a) * b for a, b in zip(d[:8], w, strict=False)) % 10 == int(d[8])


def _checksum_kind(d: str) -> str | None:
    """Name of the first checksum scheme the digit string passes, or None."""
    if len(d) == 10 and gb_nhs.is_valid(d):
        return "nhs"
    if len(d) in (10, 11) and _medicare_au(d):
        return "medicare"
    if len(d) == 9 and ca_sin.is_valid(d):
        return "sin"
    if len(d) == 9 and us_ssn.is_valid(d):
        return "ssn"
    if len(d) == 9 and nl_bsn.is_valid(d):
        return "bsn"
    if len(d) == 12 and aadhaar.is_valid(d):
        return "aadhaar"
    if 13 <= len(d) <= 19 and luhn.is_valid(d):
        return "card"
    return None


def find(text: str, *, doc: Doc | None = None) -> list[Redaction]:
    """Return ID_NUMBER redactions found in ``text``."""
    out: list[Redaction] = []
    read = doc_for(text, doc)
    if not read.has_digit:
        return out
    first = read.first_digit  # the patterns below that start with a digit are searched from there
    # NINO, MBI, codice fiscale and UK licence all hold a capital next to a digit: one cheap test first.
    capital_digit = read.capital_digit
    if capital_digit and _NINO_HINT.search(text):
        for m in _NINO.finditer(text):
            out.append(Redaction("ID_NUMBER", m.start(), m.end(), 0.9))
        for m in _MBI.finditer(text):
            out.append(Redaction("ID_NUMBER", m.start(), m.end(), 0.9))
    for m in _CODICE_FISCALE.finditer(text) if capital_digit and _TWO_DIGITS_CAPITAL.search(text, first) else ():
        out.append(Redaction("ID_NUMBER", m.start(), m.end(), 0.9))
    if not (_FIVE_DIGITS_ASCII if read.ascii else _FIVE_DIGITS).search(text, first):
        return out
    for m in _UK_LICENCE.finditer(text) if capital_digit else ():
        out.append(Redaction("ID_NUMBER", m.start(), m.end(), 0.9))
    for t in _TOKEN.finditer(text, first):  # a token starts at a digit
        g = t.group(0)
        if len(g) < 5 or (len(g) < 12 and sum(map(str.isdigit, g)) < 5):
            continue  # fewer than five digits (a year, a dose): the test below, made cheap
        start = _token_start(text, t.start())
        if start is None:
            continue
        raw = text[start:t.end()].rstrip(" -")
        d = _digits(raw)
        if len(d) < 5 or len(raw) > 28:
            continue
        card = _CARD_SHAPE.match(raw)
        if card and (card.end() == len(raw) or raw[card.end()] in " -"):
            cd = _digits(card.group(0))
            if 13 <= len(cd) <= 19 and luhn.is_valid(cd) and len(set(cd)) > 1:
                out.append(Redaction("ID_NUMBER", start, start + card.end(), 0.95))
                continue
        window = text[max(0, start - 48):start].lower()
        if _SSN_SHAPE.fullmatch(raw) and us_ssn.is_valid(d):
            label = _has_label_hint(window) and _LABEL.search(window)
            out.append(Redaction("ID_NUMBER", start, start + len(raw), 0.95 if label else 0.85))
            continue
        if not _has_label_hint(window):
            continue
        hit = _id_after_label(window, raw, d)
        if hit is None:
            hit = _id_near_label(window, raw, d)
        if hit is not None:
            out.append(Redaction("ID_NUMBER", start, start + len(raw), hit))
    return out


def _id_near_label(window: str, raw: str, d: str) -> float | None:
    """Confidence for ``raw`` when a specific ID label stands up to six words before it, or None.

    Only specific labels count (passport, NHS, SSN, licence, insurance, Medicare ...), the
    words between must not end a sentence or talk about phoning, and the value must have
    the label's shape (NHS: 10 digits; SSN: 9; others: at least five digits).
    """
    m = None
    for m in _NEAR_LABEL.finditer(window):  # noqa: B007 - keep the last label
        pass
    if m is None:
        return None
    gap = window[m.end():]
    if len(gap.split()) > 6 or _GAP_STOP.search(gap) or any(c.isdigit() for c in gap):
        return None
    if _YEAR_OR_AMOUNT.fullmatch(raw):
        return None
    lab = m.group("lab")
    plain = _SEPARATORS.sub("", raw)
    if not plain.isalnum() or len(plain) > 20:
        return None
    kind = _checksum_kind(d) if plain.isdigit() else None
    if lab == "nhs":
        if not plain.isdigit() or len(d) != 10:
            return None
        return 0.95 if kind == "nhs" else 0.8
    if lab in ("ssn", "social security") or lab.startswith("social"):
        if not plain.isdigit() or len(d) != 9:
            return None
        return 0.95
    if len(d) < 5:
        return None
    return 0.95 if kind else 0.85


# Every label starts at a word boundary: look for a key there ("did" or "less" do not count).  The
# pattern is ``\b(?:key|key|...)`` (longest key first), written to start with the keys' first letters
# and then the look-behind for the word start, so that ``re`` skips ahead to a candidate quickly.
def _label_hint_pattern() -> re.Pattern[str]:
    by_first: dict[str, list[str]] = {}
    for key in sorted(_LABEL_KEYS, key=len, reverse=True):
        by_first.setdefault(key[0], []).append(re.escape(key[1:]))
    body = "|".join(f"(?<={c})(?:{'|'.join(rest)})" for c, rest in by_first.items())
    return re.compile(f"[{''.join(by_first)}](?<!\\w.)(?:{body})")


_LABEL_HINT = _label_hint_pattern()


def _has_label_hint(window: str) -> bool:
    return _LABEL_HINT.search(window) is not None


def _id_after_label(window: str, raw: str, d: str) -> float | None:
    """Confidence for ``raw`` right after a label at the end of ``window`` (lower-case), or None."""
    m = _LABEL_AT_END.search(window)
    if not m:
        return None
    lab = m.group(0).strip()
    # A bare generic word ("card", "id", "patient") needs a checksum-valid number after it.
    need_checksum = len(lab.split()) == 1 and not lab.endswith((":", "#")) and _GENERIC_LABEL.fullmatch(lab) is not None
    if _YEAR_OR_AMOUNT.fullmatch(raw):
        return None
    plain = raw.replace(" ", "").replace("-", "")
    kind = _checksum_kind(d) if plain.isdigit() else None
    if need_checksum and kind is None:
        return None
    if plain.isdigit() and kind is None and len(d) < 6:
        return None
    if "nhs" in lab and kind != "nhs":
        return None
    if "pps" in lab and not ie_pps.is_valid(plain):
        return None
    return 0.95 if kind else 0.85
