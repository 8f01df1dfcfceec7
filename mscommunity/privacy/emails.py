"""E-mail addresses, plain and obfuscated ("jane at example dot com", "jane[at]example[dot]org").

Contract: ``find(text)`` returns EMAIL redactions.  An obfuscated form needs an
"at" token *and* a "dot" token (or a real dot followed by a known TLD), so
ordinary English ("look at that") never matches.
"""

from __future__ import annotations

import re

from .doc import Doc, doc_for
from .result import Redaction
from .vocab import COMMON, is_english_word

# The runs of local-part and label characters are possessive (``{m,n}+``): what must follow each ("@", " @ ",
# white space, a bracket, a dot) is never one of its characters, so giving characters back could never
# match; it only cost time at every word of the window.
_PLAIN = re.compile(
    r"(?<![\w.+\-])[\w.+\-']{1,64}+(?:@| @ )(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,24}\b", re.UNICODE
)
_AT = r"(?:\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+|\s+AT\s+|\s*\(@\)\s*|\s*\{@\}\s*)"
_DOT = r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\s+DOT\s+|\.)"
_LABEL = r"[A-Za-z0-9\-]{1,63}"
_OBFUSCATED = re.compile(
    rf"(?<![\w.+\-])[A-Za-z0-9][\w.+\-]{{0,63}}+{_AT}{_LABEL}+(?:{_DOT}{_LABEL}+){{0,3}}{_DOT}"
    r"(?:com|org|net|edu|gov|co|uk|ie|au|nz|ca|in|nl|de|fr|es|it|info|me|io|us|eu|biz|mail)\b",
    re.IGNORECASE,
)
# "[at]", " at ", "(@)", "{@}"; written to start with a character class so that ``re`` skips ahead quickly.
_AT_TOKEN = re.compile(r"[\[({<\s](?:(?<=[\[({<])\s*at\s*[\])}>]\s*|(?<=\s)at\s+|(?<=\()@\)\s*|(?<=\{)@\}\s*)")
_NEXT_WORD = re.compile(r"[a-z0-9\-]+")
_LOCAL_END = re.compile(r"\s|\[|\(|\{|<")
_WORD_DOT = re.compile(r"[\[({<]?\s*\bdot\b\s*[\])}>]?|[\[({<]\s*at\s*[\])}>]", re.I)
_COMMON_LOCAL = frozenset(
    ["look", "looked", "looking", "me", "us", "them", "him", "her", "it", "is", "are", "was", "were", "be", "stay", "stayed", "live", "lived", "living", "arrive", "arrived", "arriving", "treated", "diagnosed", "born", "work", "worked", "working", "here", "there", "this", "that", "available", "anyone", "info"]
)


def _local_start(text: str, at: int) -> int:
    """Start of the run of local-part characters ending at ``at`` (after spaces; at most 66 back)."""
    j = at
    while j > 0 and text[j - 1].isspace() and at - j < 8:
        j -= 1
    at = j
    lo = max(0, at - 66)
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in "_.+-"):
        j -= 1
    return j


def _obfuscated_at(text: str, at: int, hi: int) -> re.Match[str] | None:
    """The obfuscated address whose "at" token starts at ``at``, or None.

    Its local part is the run of word characters just before the token, so the
    pattern is tried at that one position instead of scanning a window.
    """
    j = _local_start(text, at)
    if j == at or not text[j].isascii() or not text[j].isalnum():
        return None
    m = _OBFUSCATED.match(text, j, hi)
    if m and m.start() <= at < m.end():
        return m
    return None


def find(text: str, *, doc: Doc | None = None) -> list[Redaction]:
    """Return EMAIL redactions found in ``text``."""
    out: list[Redaction] = []
    at = text.find("@")
    plain_end = -1
    while at != -1:
        # Only look around each "@": the plain pattern is costly to run over the whole text.
        for m in _PLAIN.finditer(text, max(0, at - 66), min(len(text), at + 260)):
            if m.start() <= at < m.end() and m.end() > plain_end:
                out.append(Redaction("EMAIL", m.start(), m.end(), 0.98))
                plain_end = m.end()
                break
        at = text.find("@", max(at + 1, plain_end))
    d = doc_for(text, doc)
    if "at" not in d.words and at == -1 and plain_end == -1 and "@" not in text:
        return out
    seen_end = -1
    low = d.low
    for a in _AT_TOKEN.finditer(low):
        nxt = _NEXT_WORD.match(low, a.end())
        if not nxt or nxt.group(0) in COMMON or (low.find("dot", a.end(), a.end() + 60) == -1 and (
            "." not in low[a.end():a.end() + 40]
        )):
            continue
        m = _obfuscated_at(text, a.start(), min(len(text), a.end() + 140))
        if m is None or m.end() <= seen_end:
            continue
        seen_end = m.end()
        raw = m.group(0)
        local = _LOCAL_END.split(raw, maxsplit=1)[0]
        has_word_dot = bool(_WORD_DOT.search(raw[len(local):]))
        if not has_word_dot:
            # "name at domain.tld": accept only if the local part is not an ordinary word.
            if local.lower() in _COMMON_LOCAL or (local.isalpha() and local.islower() and len(local) <= 3):
                continue
            if local.isalpha() and (local.islower() or local[1:].islower()) and is_english_word(local):
                continue  # "good stuff at nationalmssociety.org", "the Register at clinicaltrialsregister.eu"
            conf = 0.85
        else:
            conf = 0.95
        out.append(Redaction("EMAIL", m.start(), m.end(), conf))
    return out
