"""Dates of birth: a full or day-month date next to born / DOB / birthday.

Contract: ``find(text)`` returns DATE_OF_BIRTH redactions covering the date only.
A year alone ("born in 1965") or a month and year is not a date of birth; a
date without a birth cue (a diagnosis date) is not flagged.
"""

from __future__ import annotations

import re

from .doc import Doc, doc_for, word_bit, word_in
from .result import Redaction

_MON = (r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
        r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|"
        r"januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|"
        r"ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|"
        r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_ORDINAL = (rf"(?:(?:twenty|thirty)[\s\-]?(?:{_UNITS})|{_UNITS}|tenth|eleventh|twelfth|thirteenth|fourteenth|"
            r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
# Every date needs a digit or one of these words ("the twenty-first of September").
_ORDINAL_WORDS = frozenset(
    (_UNITS + "|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
     "nineteenth|twentieth|thirtieth").split("|"))
_DATE = (
    rf"(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:{_YEAR}|\d\d)"
    rf"|(?:the\s+)?{_ORDINAL}(?:\s+(?:day\s+)?of)?\s+{_MON}(?:,?\s+{_YEAR})?"
    rf"|{_MON}\s+(?:the\s+)?{_ORDINAL}(?:,?\s+{_YEAR})?"
    rf"|{_YEAR}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}"
    rf"|(?:the\s+)?{_DAY}(?:\s+(?:of|de))?\s+{_MON}(?:,?\s+(?:de\s+)?{_YEAR})?"
    rf"|{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?)"
)
# Birth cues in English and in the other languages members write in ("geb. 12.05.1976", "née le 3 mai").
_CUE = (r"(?:born(?:\s+on)?|b\.|d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|birth\s?day(?:\s+is)?|birth\s+date|bday|b-day|"
        r"geb\.|geboren(?:\s+am)?|geburtsdatum|n[ée]e?\s+le|date\s+de\s+naissance|nat[oa]\s+il|data\s+di\s+nascita|"
        r"nacid[oa]\s+el|naci[óo]\s+el|nac[ií]\s+el|fecha\s+de\s+nacimiento|nascid[oa]\s+em|data\s+de\s+nascimento|urodzon[ya]|"
        r"data\s+urodzenia|f[öo]dd|f[øo]dt|geboortedatum|geboren\s+op)")
_DOB = re.compile(rf"\b{_CUE}\s*(?:is|was|=|:|-|on)?\s*(?P<d>{_DATE})(?![\w/])", re.I)
# A full numeric date a few words after a birth cue: "date of birth (05/11/1983)", "DOB as 14/02/1990",
# "DOB: 09-22-1968 instead of 09/22/1968" (both).
_NEAR_CUE = re.compile(rf"\b{_CUE}(?P<gap>[^.\n]{{0,40}}?)", re.I)
_FULL = re.compile(rf"(?<![\w/])(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:{_YEAR}|\d\d)|{_YEAR}[/.\-]\d{{1,2}}[/.\-]\d{{1,2}}|"
                   rf"{_DAY}(?:\s+(?:of|de))?\s+{_MON},?\s+(?:de\s+)?(?:{_YEAR}|'?\d\d)|{_MON}\s+{_DAY},?\s+(?:{_YEAR}|'?\d\d)|"
                   rf"(?:the\s+)?{_ORDINAL}(?:\s+(?:day\s+)?of)?\s+{_MON},?\s+{_YEAR})(?![\w/])", re.I)
_HINT = re.compile(r"born|naci|b\.|d\.?\s?o\.?\s?b|birth|bday|b-day|geb|n[ée]e?\s+le|naissance|nat[oa]\s|nascit|nacid|"
                   r"nacimiento|nascid|urodz|f[öø]d|geboorte")
_DAY_OK = re.compile(r"\d")
# Another event after the birth date: the dates after it are that event's.
_OTHER_EVENT = re.compile(r"\b(?:diagnos\w*|dx\w*|married|started|relapse\w*|onset|symptoms?|died|passed|moved|mri)\b",
                          re.I)
_ORDINAL_BIT = word_in(_ORDINAL_WORDS)
# The a-z word a birth cue starts with, in a text written in ASCII (read off :data:`_CUE`; the cue
# starts a word): "b." "b-day" "d.o.b" "d o b" "ne le" "nato il", or a word beginning "born",
# "dob", "date", "birth", "bday", "geb", "data", "nacid", "fecha", "nascid", "urodzon", "fodd",
# "fodt"; or "do" before a word beginning "b" ("do b").
_CUE_BIT = word_bit(lambda w: w in ("b", "d", "ne", "nee", "nato", "nata") or w.startswith(
    ("born", "dob", "date", "birth", "bday", "geb", "data", "naci", "fecha", "nascid", "urodzon", "fodd", "fodt")))
_DO_BIT = word_in(["do"])
_B_BIT = word_bit(lambda w: w.startswith("b"))
_ORDINAL_RX = re.compile(_ORDINAL, re.I)


def _split_top(alternation: str) -> list[str]:
    """The alternatives of ``alternation`` (the inside of a group) split at its top-level bars."""
    out, cur, depth, in_class, i = [], "", 0, False, 0
    while i < len(alternation):
        ch = alternation[i]
        if ch == "\\":
            cur, i = cur + alternation[i:i + 2], i + 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out, cur, i = [*out, cur], "", i + 1
            continue
        cur, i = cur + ch, i + 1
    return [*out, cur]


def _by_first_letter(group: str) -> str:
    """``\\b(?:a|b|...)`` for ``group`` = ``(?:a|b|...)`` whose alternatives each start with a plain a-z
    letter, written to start at those letters: ``(?:b(?<=\\bb)(?:orn|...)|d(?<=\\bd)(?:...)|...)``.
    Alternatives with different first letters cannot match at the same position, and each letter keeps
    its alternatives' order, so the matches are the same; but ``re`` (without re.I) can now skip ahead to
    a first letter instead of trying the word boundary at every position."""
    by_letter: dict[str, list[str]] = {}
    for alt in _split_top(group[3:-1]):
        by_letter.setdefault(alt[0], []).append(alt[1:])
    return "(?:" + "|".join(f"{c}(?<=\\b{c})(?:{'|'.join(rest)})" for c, rest in by_letter.items()) + ")"


# The same patterns without re.I, for the lower-cased text of a text written in ASCII.
_CUE_AT_LETTERS = _by_first_letter(_CUE)
_NEAR_CUE_LOW = re.compile(_NEAR_CUE.pattern.replace(rf"\b{_CUE}", _CUE_AT_LETTERS, 1))
_FULL_LOW = re.compile(_FULL.pattern)
_DOB_LOW = re.compile(_DOB.pattern.replace(rf"\b{_CUE}", _CUE_AT_LETTERS, 1))


def find(text: str, *, doc: Doc | None = None) -> list[Redaction]:
    """Return DATE_OF_BIRTH redactions found in ``text``."""
    out: list[Redaction] = []
    d = doc_for(text, doc)
    if not d.has_digit and not d.mask & _ORDINAL_BIT:
        return out
    if text.isascii() and not (d.mask & _CUE_BIT or (d.mask & _DO_BIT and d.mask & _B_BIT)):
        return out  # no birth cue can start at any word of the text
    if not _HINT.search(d.low):
        return out
    # Case-insensitive matching is slow in ``re``: in a text written in ASCII the same patterns, without
    # re.I, read the lower-cased text (same offsets; its letters fold to nothing else).
    hay, near_cue, full, dob = (d.low, _NEAR_CUE_LOW, _FULL_LOW, _DOB_LOW) if d.ascii else (text, _NEAR_CUE, _FULL, _DOB)
    for m in near_cue.finditer(hay):
        window_end = min(len(text), m.end() + 60)
        event = _OTHER_EVENT.search(text, m.end(), window_end)
        if event:
            window_end = event.start()  # "born 14.02.1985 and diagnosed 14.02.2015": the second date is no birth
        stop = text.find(".", m.end(), window_end)
        stop = window_end if stop == -1 or (stop + 1 < len(text) and text[stop + 1].isdigit()) else stop
        for d in full.finditer(hay, m.end(), min(window_end, max(stop, m.end() + 12))):
            out.append(Redaction("DATE_OF_BIRTH", d.start(), d.end(), 0.9))
    for m in dob.finditer(hay):
        d = m.group("d")
        if not _DAY_OK.search(d) and not _ORDINAL_RX.search(d):
            continue
        # Reject a bare "May 2019"-like month + year misparse (day would be 20, year 19).
        out.append(Redaction("DATE_OF_BIRTH", m.start("d"), m.end("d"), 0.95))
    return out
