"""The patterns around names at the end of a post and between names: sign-offs, signatures, joins.

Internal to :mod:`.names` and :mod:`.name_reading`: compiled patterns and small
word-position helpers only (no decisions).  Sign-offs ("Thanks, Mary",
"love from maureen"), dashes and kisses before a signature, what may trail a
signature (:data:`_END_TRAIL`), the joiners between two names ("and", "&", a
comma, other languages' "and"), bracketed tags ("(Niamh, Galway)"), "X here"
introductions and doctors who post as private persons.
"""

from __future__ import annotations

import re

from .doc import word_in
from .name_cues import _ASCII_WORD, _AZ_RUN
from .vocab import FOREIGN_SIGNOFFS, SIGNOFFS

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
# A dash at the start or after white space: each alternative starts with its dash, then looks behind for
# the white space (``(?<!\S.)``: no non-space before the dash), so that ``re`` skips ahead to a dash quickly
# instead of trying every position (the same matches as ``(?:^|(?<=\s))(?:--?|\u2014|\u2013|~)\s*``).
_DASH = re.compile(r"(?:-(?<!\S-)-?|\u2014(?<!\S\u2014)|\u2013(?<!\S\u2013)|~(?<!\S~))\s*")
# The word runs are possessive (``*+``): what follows them (a space, white space, a comma) is never one
# of their characters, so giving characters back could not match and only cost time at every sentence.
_VOCATIVE_AHEAD = r"(?=[^\W\d_][\w'\u2019\-]*+(?:[ ][A-Z][\w'\u2019\-]*+\.?){0,2}(?:\s+here\b|\s*,|\s+-\s))"
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
# An age may stand between a name and the join: "Ellie 7 and Jack 4", "Ellie (7), Jack (4)".
_JOIN_AFTER = re.compile(r"(?:[ \t]+\(?\d{1,2}\)?(?=[ \t]*(?:,|and\b|&)))?[ \t]*(?:(?P<comma>,|(?<=[ \t])(?:y|e|et|und|en|i)(?=[ \t]))|&|\+|(?i:and))[ \t]+(?=[^\W\d_])")
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
# The same without re.I, for the lower-cased text of a text written in ASCII (same offsets, and there
# lower-casing is exactly what re.I compares): case-insensitive matching is slow in ``re``.
_FROM_SIGN_LOWER = re.compile(_FROM_SIGN.pattern)
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
