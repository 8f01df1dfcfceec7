"""Comment text as clauses of normalised tokens, for the promotion readers (:mod:`.spam_promo`).

Pure Python. :func:`clauses` splits a text at punctuation, line breaks and
emoji into lists of :class:`Token` whose spans index the text (HTML entities
and line-break tags are read as what they stand for; each link is one
``<link>`` token). :func:`normalise` maps a lower-case word to the vocabulary
word it stands for (elongations squeezed, spelling variants mapped, one typo
away for the ``fuzzy`` family), else returns it unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import NamedTuple

from mscommunity.moderation.assessment.document import LINK_RE
from mscommunity.moderation.assessment.spam_words import _KNOWN, VOCAB
from mscommunity.privacy import MARKERS

_LINK_MARKER = MARKERS["URL"]
_LINK_WORD = _LINK_MARKER.lower()
_NUMBER_RE = re.compile(r"^\d[\d,.]*k?$|^(?:hundred|thousand|million|one|two|three|four|five|ten|twenty|fifty)$")

# Pasted comments carry HTML: read "&#39;" as an apostrophe and "<br />" as a line break.
_ENTITY_RE = re.compile(r"&#0*39;|&#x0*27;|&apos;|&rsquo;|&amp;|&quot;|<br\s*/?>|’")
_ENTITY_TEXT = {"&amp;": "&", "&quot;": '"'}
# One pass: a clause break (punctuation, a line break, a dash or an ampersand between spaces, emoji) or a word.
# A hyphenated compound is one word ("sub-par", "sub-zero" are not "sub"; "e-mail", "check-out" map below).
_PIECE_RE = re.compile(
    r"[.!?;:,()\n|\u2014\u2013\"]+|\s-\s|\s&\s|[\U0001F300-\U0001FAFF\u2600-\u27BF]+"
    r"|(?P<w>\[[a-z ]+ removed\]|[^\W_]+(?:['-][^\W_]+)*)"
)
_NOT_POSSESSIVE = frozenset({"it's", "that's", "he's", "she's", "what's", "there's", "here's", "who's", "let's"})


class Token(NamedTuple):
    """A word as read (``norm``), its span in the text, and whether it ended in "'s"."""

    norm: str
    start: int
    end: int
    poss: bool = False


def _plain(text: str) -> tuple[str, list[int]]:
    """``text`` with entities and line-break tags replaced, and each character's index in ``text``."""
    out: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _ENTITY_RE.finditer(text):
        out.append(text[pos:m.start()])
        index.extend(range(pos, m.start()))
        raw = m.group(0)
        repl = "\n" if raw.startswith("<") else _ENTITY_TEXT.get(raw.lower(), "'")
        out.append(repl)
        index.extend([m.start()] * len(repl))
        pos = m.end()
    out.append(text[pos:])
    index.extend(range(pos, len(text) + 1))
    return "".join(out), index


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


@cache
def _fuzzy_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for word in VOCAB.fuzzy:
        for d in _deletes(word):
            index.setdefault(d, word)
    return index


_INFLECTIONS = ("s", "d", "r", "ed", "er", "rs", "ing", "es")


@lru_cache(maxsize=65536)
def normalise(word: str) -> str:
    """The vocabulary word ``word`` (lower case) stands for, or ``word`` itself."""
    if word in _KNOWN:
        return VOCAB.variants.get(word, word)
    if "-" in word:  # a compound: a call word only when written joined ("e-mail", "check-out", "sign-up")
        joined = word.replace("-", "")
        if joined in _KNOWN:
            return VOCAB.variants.get(joined, joined)
        prefix, _, last = word.rpartition("-")
        head = normalise(last)  # "youtube-channel" is a channel; "pa-check" (Tagalog "please check") a call
        if head in VOCAB.things_strong or head in VOCAB.things or (len(prefix) <= 2 and head in VOCAB.cta):
            return head
        return word
    squeezed = re.sub(r"(\w)\1{2,}", r"\1", word)
    for candidate in (squeezed, re.sub(r"(\w)\1+", r"\1\1", squeezed), re.sub(r"(\w)\1+", r"\1", squeezed)):
        if candidate in _KNOWN:
            return VOCAB.variants.get(candidate, candidate)
    if len(word) >= 5 and not any(word == f + s for f in VOCAB.fuzzy for s in _INFLECTIONS):
        index = _fuzzy_index()
        if word in index:
            return index[word]
        for d in _deletes(word):
            if d in VOCAB.fuzzy:
                return d
            if d in index and len(index[d]) == len(word):
                return index[d]
    return word


def clauses(text: str, links: Sequence[tuple[int, int]] | None = None, low: str | None = None) -> list[list[Token]]:
    """The text's clauses (split at punctuation, line breaks and emoji), as tokens indexing ``text``.

    Each link (``links``: the spans of ``LINK_RE`` in ``text``, found here when None) is one
    ``<link>`` token, as a link the scrubber removed is ("visit example.com" is a call to a link).
    ``low``: ``text.lower()`` when the caller has it."""
    if _ENTITY_RE.search(text):
        plain, index = _plain(text)
        links = [(index[m.start()], index[m.end()]) for m in LINK_RE.finditer(plain)]
        pieces = _PIECE_RE.finditer(plain.lower())
    else:
        index = None  # no entity: positions are the text's own
        if links is None:
            links = [(m.start(), m.end()) for m in LINK_RE.finditer(text)]
        pieces = _PIECE_RE.finditer(low if low is not None else text.lower())
    out: list[list[Token]] = []
    tokens: list[Token] = []
    li, n_links = 0, len(links)
    for m in pieces:
        start, end = m.span()
        if index is not None:
            start, end = index[start], index[end]
        if li < n_links:
            while li < n_links and start >= links[li][1]:
                li += 1
            if li < n_links and start >= links[li][0]:
                s, e = links[li]
                if not tokens or tokens[-1].start != s:
                    tokens.append(Token("<link>", s, e))
                continue
        word = m.group(1)
        if word is None:  # a clause break
            if tokens:
                out.append(tokens)
                tokens = []
            continue
        poss = False
        if word[0] == "[":
            word = "<link>" if word == _LINK_WORD else "<removed>"
        elif word.endswith("'s") and len(word) > 3 and word not in _NOT_POSSESSIVE:
            word, poss = word[:-2], True
        tokens.append(Token(normalise(word), start, end, poss))
    if tokens:
        out.append(tokens)
    return out
