"""The words that are never names, and the shipped given- and family-name lists.

Internal to the PERSON detector (:mod:`.names` and its helpers).
:func:`not_a_name` is true for the static lists of :mod:`.vocab` plus the
caller's ``never_names`` for the current :func:`~mscommunity.privacy.scrub`
call (the treatment vocabulary staff edit), held in a context variable that
:func:`never_names_for` (or :func:`set_never_names` / :func:`reset_never_names`)
sets for the duration of one ``find``.  :func:`is_given_name` and
:func:`is_family_name` look a word up in the shipped lists, loaded on first use.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from functools import lru_cache

from .vocab import load_word_list, never_a_name

_EXTRA_NEVER: ContextVar[frozenset[str]] = ContextVar("privacy_never_names", default=frozenset())


@contextmanager
def never_names_for(words: Iterable[str]) -> Iterator[None]:
    """Within the block, :func:`not_a_name` is also true for ``words`` (any case)."""
    token = set_never_names(words)
    try:
        yield
    finally:
        _EXTRA_NEVER.reset(token)


def set_never_names(words: Iterable[str]) -> Token[frozenset[str]]:
    """Make :func:`not_a_name` true for ``words`` too, until ``reset_never_names(token)``
    (the cheap form of :func:`never_names_for`, for the detector's hot path)."""
    return _EXTRA_NEVER.set(_folded(words) if words else _EMPTY)


def reset_never_names(token: Token[frozenset[str]]) -> None:
    _EXTRA_NEVER.reset(token)


def extra_never_names() -> frozenset[str]:
    """The current call's ``never_names``, folded (empty outside :func:`set_never_names`)."""
    return _EXTRA_NEVER.get()


_EMPTY: frozenset[str] = frozenset()


_LAST_FOLDED: list[tuple[object, frozenset[str]]] = []


def _folded(words: Iterable[str]) -> frozenset[str]:
    """``words`` folded; the same collection passed again (the pipeline's vocabulary) is folded once."""
    if _LAST_FOLDED and _LAST_FOLDED[0][0] is words and isinstance(words, (frozenset, tuple)):
        return _LAST_FOLDED[0][1]
    folded = frozenset(_fold(w) for w in words)
    _LAST_FOLDED[:] = [(words, folded)]
    return folded


def _fold(word: str) -> str:
    """The comparable form of a word: lower case, no trailing dot or possessive."""
    w = word.lower().rstrip(".").replace("\u2019", "'")
    return w[:-2] if w.endswith("'s") else w


def not_a_name(word: str) -> bool:
    """True for a word that is never a private person's name on its own: the
    static lists (:func:`.vocab.never_a_name`) and the current ``never_names``."""
    if never_a_name(word):
        return True
    extra = _EXTRA_NEVER.get()
    return bool(extra) and _fold(word) in extra


# Filled on first use of the lists (module globals: cheaper to reach than an lru_cache call).
_GIVEN: frozenset[str] = frozenset()
_FAMILY: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _given() -> frozenset[str]:
    global _GIVEN
    _GIVEN = load_word_list("given_names.txt")
    return _GIVEN


@lru_cache(maxsize=1)
def _family() -> frozenset[str]:
    global _FAMILY
    _FAMILY = load_word_list("family_names.txt")
    return _FAMILY


def is_given_name(word: str) -> bool:
    """True when ``word`` is in the shipped given-name list (case-insensitive; "Siobhán" as "siobhan")."""
    low = word.lower()
    given = _GIVEN or _given()
    return low in given or (not low.isascii() and _plain(low) in given)


def _plain(word: str) -> str:
    """``word`` without its accents ("siobhán" -> "siobhan"), for the lists, which hold most names plain."""
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def is_family_name(word: str) -> bool:
    """True when ``word`` is in the shipped family-name list (case-insensitive)."""
    return word.lower() in (_FAMILY or _family())
