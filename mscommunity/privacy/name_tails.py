"""PERSON evidence at the very end of a post: glued sign-offs, dash tails, usernames, names after a valediction.

Internal to :mod:`.name_evidence` (its last step).  :func:`_endings` reads the
end of ``text`` and adds ``(start, end, confidence)`` hits through ``add``: a
sign-off run into the word before ("hope this helps,Marcus", "toes.-Nate",
"xxLou", "lol xRach", "Tack! /Ingrid"), a full name closing the text after a comma, a dash signature with an
adjective ("- Tired Tom"), a made-up username alone on the last line
("wobblywendy"), and a full name on the line after a valediction ("Best
wishes,\\nJoy Okonkwo-Blake").  ``mask`` (the text's word facts, or ``None``)
lets it skip the valediction search when no valediction word occurs.
"""

from __future__ import annotations

import re

from .doc import word_in
from .name_lists import is_given_name, not_a_name
from .name_reading import _name_at, ordinary_words
from .vocab import SIGNOFFS, is_english_word

_GLUED_END = re.compile(
    r"(?:[a-z!.?)](?:,|\.-|-|\u2013|~)|(?<![A-Za-z])x+|(?<![A-Za-z])(?:xo)+x?|(?<=\s)/)"
    r"([A-Z][^\W\d_]+(?:[ ][A-Z][^\W\d_]+)?)[\s.!]*$"
)
_DASH_TAIL = re.compile(r"(?:^|\n)[ \t]*(?:-|\u2013|\u2014|~)[ \t]*((?:[A-Z][^\W\d_]+[ \t]+)?[A-Z][^\W\d_]+)[\s.!]*$")
_USERNAME_LINE = re.compile(r"\n[ \t]*([A-Za-z][A-Za-z0-9_.]{3,29})[ \t]*\s*$")
_AFTER_VALEDICTION = re.compile(
    rf"(?i)[ \t]*(?:{SIGNOFFS}|xoxo|with\s+love|warmly|best\s+wishes)[ \t]*[,!.\-]*[ \t]*\n[ \t]*(?=[A-Z])"
)
# "..., call me on [number], Eudora Pennington": a full name closing the text after a comma.
_COMMA_FULL_END = re.compile(r",[ \t]*([A-Z][a-z]+(?:[ \t]+[A-Z]\.)?[ \t]+[A-Z][a-z]+(?:['\-][A-Z]?[a-z]+)?)[\s.!]*$")
_XOXO = re.compile(r"\b(?:xoxo|xox|xo)\s+([A-Z][^\W\d_]+)[\s.!]*$")


_AZ_WORD = re.compile(r"[a-z]+")
_LINE_NAME_END = re.compile(r"[ \t]*(?:\n|\(|,|$)")


# The first a-z run of every valediction :data:`_AFTER_VALEDICTION` reads: one of them stands whole
# among the a-z words of a text that holds a valediction (written in ASCII).
_VALEDICTION_FIRST = frozenset(
    _AZ_WORD.match(phrase.split()[0]).group()  # type: ignore[union-attr]  # every phrase starts with a-z
    for phrase in SIGNOFFS.split("|")) | frozenset(["xoxo", "with", "warmly", "best"])


_VALEDICTION_BIT = word_in(_VALEDICTION_FIRST)


_ASCII_LETTERS_APOSTROPHE_HYPHEN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'-"


def _endings(text: str, add, mask: int | None = None) -> None:
    """Sign-offs at the very end and full names on the line after a valediction."""
    short_at = max(0, len(text) - 40)
    # The end-anchored patterns below all need the text to end on a capitalised word
    # (then spaces, dots or "!"): most texts do not, and the check is far cheaper than a search.
    end = text.rstrip(" \t\n\r\f\v\u00a0.!")
    if text.isascii():
        k = len(end.rstrip(_ASCII_LETTERS_APOSTROPHE_HYPHEN))  # the loop below, in C
    else:
        k = len(end)
        while k and (end[k - 1].isalpha() or end[k - 1] in "'\u2019-"):
            k -= 1
    cap_end = not end[k:].islower()  # "...Marcus", "xxLou" (no letters at all: False)
    cap_end = cap_end and k < len(end)
    tail40 = text[short_at:] if cap_end else ""
    # Both patterns need a glue ("," "-" "~" or a dash), kisses ("xx") or "xo" near the end.
    glued = cap_end and ("," in tail40 or "-" in tail40 or "~" in tail40 or "\u2013" in tail40 or "xx" in tail40 or " x" in tail40
                         or "xo" in tail40 or "/" in tail40)
    for rx in (_GLUED_END, _XOXO) if glued else ():
        m = rx.search(text, short_at)
        if m:
            first = m.group(1).split()[0]
            if not not_a_name(first) and (is_given_name(first) or not is_english_word(first)):
                add((m.start(1), m.end(1), 0.85))
    m = _COMMA_FULL_END.search(text, max(0, len(text) - 50)) if cap_end and "," in text[-50:] else None
    if m:
        words = m.group(1).replace(".", "").split()
        if not any(is_english_word(x) or not_a_name(x) for x in words):
            add((m.start(1), m.end(1), 0.8))
    tail_at = max(0, len(text) - 80)
    tail = text[tail_at:]
    m = _DASH_TAIL.search(tail) if cap_end and (
        "-" in tail or "\u2013" in tail or "\u2014" in tail or "~" in tail) else None
    if m:
        words = m.group(1).split()
        if any(is_given_name(x) and not not_a_name(x) for x in words) and not all(not_a_name(x) for x in words):
            add((tail_at + m.start(1), tail_at + m.end(1), 0.85))
    m = _USERNAME_LINE.search(tail) if "\n" in tail else None
    if m:
        u = m.group(1).rstrip(".")
        before = text[:tail_at + m.start()].rstrip()
        handle = u.islower() and u[-1:].isdigit() and sum(c.isalpha() for c in u) >= 4  # "wobblywendy72"
        if (handle or before[-1:] in ".!?)" or "\n\n" in text[tail_at + m.start() - 1:tail_at + m.start(1)]) and (
                not is_english_word(u) and not not_a_name(u) and not u.isupper()
                and (not u[:1].isupper() or any(c.isdigit() or c == "_" for c in u) or u.islower()
                     or is_given_name(u))):
            add((tail_at + m.start(1), tail_at + m.start(1) + len(u), 0.8))
    nl = text.find("\n")
    if nl != -1 and mask is not None and not mask & _VALEDICTION_BIT and text.isascii():
        return  # no valediction word in the text (other letters may match one through case folding)
    while nl != -1:
        nxt = text.find("\n", nl + 1)
        line_start = text.rfind("\n", 0, nl) + 1
        m = _AFTER_VALEDICTION.match(text, line_start) if nl - line_start <= 24 else None
        nl = nxt
        if m:
            hit = _name_at(text, m.end(), strong=True)
            if hit and _LINE_NAME_END.match(text[hit[1]:hit[1] + 2]) and not ordinary_words(text[hit[0]:hit[1]]):
                add((hit[0], hit[1], 0.9))
