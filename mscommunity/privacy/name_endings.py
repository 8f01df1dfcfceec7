"""PERSON steps for the end of a post: sign-offs, dash signatures, the signature line.

Internal to :mod:`.names` (run by :func:`.names.find`, in its order).  Each step
reads ``text`` and adds what it finds through the callback or the
:class:`.names._Found` it is given, returning nothing: names after a sign-off near
the end ("Love Tess & Ollie xx", "from maureen and the boys", "..., bev xx"), a
name after a dash near the end ("- Maggie"), and a last line that is only a name,
initials, or a name ending the final sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .doc import word_starts
from .name_lists import is_family_name, is_given_name
from .name_reading import _at_end, _capitalised, _chain, _given_word, _name_at, ordinary_words
from .name_signs import (
    _DASH,
    _FROM_SIGN,
    _FROM_SIGN_LOWER,
    _KISS_END,
    _SIGN,
    _SIGN_LOWER,
    _TITLE_WORD,
    _VALEDICTION,
    SIGN_FIRST_WORDS,
)
from .vocab import CALENDAR_WORDS, COMMON, FOREIGN_WORDS, MONTH_WORDS, is_english_word, word_form

if TYPE_CHECKING:
    from .names import _Found


def _dash_signatures(text: str, tail_start: int, found: _Found) -> None:
    """A name after a dash near the end: "- Maggie", "~ Tess & Ollie"."""
    tail = text[tail_start:]
    if not ("-" in tail or "~" in tail or "\u2013" in tail or "\u2014" in tail):
        return  # no dash near the end (found far faster than by a pattern)
    for m in _DASH.finditer(text, tail_start):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text.count("(", line_start, m.start()) > text.count(")", line_start, m.start()):
            continue  # "(Priya - Leicester)": the part after the dash is a place
        hit = _name_at(text, m.end(), strong=True)
        if hit and not ordinary_words(text[hit[0]:hit[1]]):
            extra = _chain(text, hit[1], strong=True, lowercase_ok=False)
            if _at_end(text, extra[-1][1] if extra else hit[1]):
                found.add_group(hit, extra)


def _sign_offs(text: str, low: str, tail_start: int, add_group, words: frozenset[str]) -> None:
    """Names after a sign-off near the end: "Love Tess & Ollie xx", "from maureen and the boys"."""
    if len(low) == len(text):
        sign_iter: Iterable[re.Match[str] | None] = (
            _SIGN_LOWER.match(low, i) for i in word_starts(low, SIGN_FIRST_WORDS & words, tail_start))
    else:
        sign_iter = _SIGN.finditer(text, tail_start)
    for m in sign_iter:
        if m is None:
            continue
        pos = m.end()
        hit = _name_at(text, pos, strong=True, lowercase_ok=True)
        title = None
        if hit is None and _VALEDICTION.search(text[m.start():pos]):
            title = _TITLE_WORD.match(text, pos)  # "Best wishes, Dr Geoff Nolan": the poster signing
            if title:
                hit = _name_at(text, title.end(), strong=True, after_title_ok=True)
                hit = (pos, hit[1], hit[2]) if hit else None
        if not hit:
            continue
        low_name = text[hit[0]:hit[1]].islower()
        if low_name and not _given_word(text[hit[0]:hit[1]].split()[0], True):
            continue
        sign_first = text[hit[0]:hit[1]].split()[0]
        if title is None and ((is_english_word(sign_first) and not is_given_name(sign_first))
                              or ordinary_words(text[hit[0]:hit[1]])):
            continue  # "show some love!! Link in my profile": a word, not a signature
        extra = _chain(text, hit[1], strong=True, lowercase_ok=low_name)
        end = extra[-1][1] if extra else hit[1]
        if sign_first.lower() in CALENDAR_WORDS and _WORDS_AFTER.match(text, end):
            continue  # "Best Easter in years", "Love Christmas with them": the day, where a name would end
        if _at_end(text, end):
            add_group(hit, extra, 0.05)
    if "from" in words and low.find("from", tail_start) != -1:
        # In ASCII, the lower-cased text without re.I (faster; "pre" is only tested for being there, lower-cased).
        ascii_text = text.isascii()
        for m in (_FROM_SIGN_LOWER.finditer(low, tail_start) if ascii_text else _FROM_SIGN.finditer(text, tail_start)):
            hit = _name_at(text, m.end(), strong=bool(m.group("pre")), lowercase_ok=True)
            if not hit:
                continue
            first = text[hit[0]:hit[1]].split()[0]
            if not _given_word(first, True) and not (m.group("pre") and _capitalised(first)
                                                      and not m.group("pre").lower().startswith("greetings")):
                continue  # "Greetings from Hamburg": a place
            extra = _chain(text, hit[1], strong=bool(m.group("pre")), lowercase_ok=first.islower())
            if _at_end(text, extra[-1][1] if extra else hit[1]):
                add_group((hit[0], hit[1], 0.85), extra)
    end = text.rstrip(" \t\n.!")
    k = _KISS_END.search(text, max(tail_start, len(end) - 40)) if end[-1:] in ("x", "X", "o", "O") else None
    if k and _given_word(k.group(1).split()[0], True):
        add_group((k.start(1), k.end(1), 0.85), [])


_WORDS_AFTER = re.compile(r"\s+[^\W\d_]")


def _signature_line(text: str, add_group, lower_text: bool) -> None:
    """A last line that is only a name or names (maybe ", Place"), or a name ending the final sentence."""
    body = text.rstrip()
    nl = body.rfind("\n")
    if nl != -1:
        start = nl + 1
        while start < len(body) and body[start] in " \t":
            start += 1
        hit = _name_at(text, start, strong=True, lowercase_ok=lower_text)
        if hit:
            extra = _chain(text, hit[1], strong=True, lowercase_ok=lower_text)
            first = text[hit[0]:hit[1]].split()[0]
            if _at_end(text, extra[-1][1] if extra else hit[1]) and not (
                    not is_given_name(first) and word_form(first, is_family_name(first))):
                add_group((hit[0], hit[1], 0.9 if is_given_name(first) else 0.75), extra)
                return
        alone = _LINE_ALONE.fullmatch(body, start)
        if alone and body[:nl].rstrip()[-1:] in ".!?)":
            w = alone.group(1)
            if (w.isupper() and 2 <= len(w.replace(".", "")) <= 4 and w.replace(".", "").lower() not in _ACRONYMS
                    and ("\n\n" in text[max(0, nl - 2):start + 1] or "." in w)) or (
                    _capitalised(w) and w.lower() in FOREIGN_WORDS and not is_english_word(w)):
                # "...for me.\n\nRJM", "...PALS.\n- K.T.": initials signing; "...about this?\nAma": a name in no list but a foreign word
                add_group((alone.start(1), alone.end(1), 0.75), [])
                return
    tail_at = max(0, len(body) - 70)
    m = _LAST_SENTENCE_END.match(body, tail_at)  # the greedy prefix finds the last sentence start
    if m:
        hit = _name_at(text, m.end(), strong=True, lowercase_ok=lower_text)
        if hit and _at_end(text, hit[1]):
            words = text[hit[0]:hit[1]].split()
            if words[0].lower() in COMMON or words[0].lower() in MONTH_WORDS or (
                    not is_given_name(words[0]) and word_form(words[0], is_family_name(words[0]))):
                return
            sure = is_given_name(words[0]) or (len(words) > 1 and is_family_name(words[-1].rstrip(".")))
            add_group((hit[0], hit[1], 0.85 if sure else 0.75), [])


_LINE_ALONE = re.compile(r"[ \t]*(?:[\-\u2013\u2014~][ \t]*)?((?:[A-Z]\.){2,4}|[^\W\d_]+)[ \t.!]*")
# Abbreviations that end a post on their own line without being anyone's initials.
_ACRONYMS = frozenset("""
ms rrms spms ppms cis edss hsct ahsct mri dmt nhs gp er ae icu uk usa us eu lol omg btw fyi imo imho tia
asap ps pps dm pm ok tbh rip xo xx xxx xoxo irl ty thx nb fwiw afaik smh jk brb ttyl
""".split())  # noqa: SIM905
_LAST_SENTENCE = re.compile(r"(?:[.!?)]|\d)\s+(?=[^\W\d_])")
_LAST_SENTENCE_END = re.compile(r"(?s:.*)" + _LAST_SENTENCE.pattern)
