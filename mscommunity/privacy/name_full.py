"""PERSON step: a listed given name followed by a capitalised family name anywhere ("Linda Okafor").

Internal to :mod:`.names`.  :func:`_may_hold_full_name` is a cheap pre-test on the
text's word facts (False means :func:`_full_names` would find nothing);
:func:`_full_names` adds ``(start, end, confidence)`` hits through ``add``,
skipping places ("Hospital de Santo António", "at Ruby Hall").
"""

from __future__ import annotations

import re

from .doc import word_bit
from .name_lists import _given, is_family_name, is_given_name, not_a_name
from .name_reading import _name_at
from .vocab import COMMON

_CAP_PAIR = re.compile(r"([A-Z][^\W\d_]+(?:['\u2019\-][^\W\d_]+)*)[ \u00a0]+(?=[A-Z])")
_CAP_PAIR_ASCII = re.compile(r"([A-Z][A-Za-z]+(?:['\-][A-Za-z]+)*) +(?=[A-Z])")  # the same in ASCII text (faster for ``re``)


_PLACE_WORD_BEFORE = re.compile(r"\b(?:de|da|do|del|di|San|Santa|Hospital|Clinic|Hospital\s+de|at|in|near|[Tt]he|metro|[Ss]tation|stop|tube)\s+$")  # "the Charles Bell suite", "metro Ventura Rodríguez"


_FULL_FIRSTS: list[frozenset[str]] = []


def _full_name_firsts() -> frozenset[str]:
    """The listed given names :func:`_full_names` can start with (no common word) that are one a-z
    run, plus every a-z run of those with an apostrophe ("ken'ichi").

    Such a word stands whole among a text's a-z words, so a text in ASCII whose words hold none of
    these, and with no letter-hyphen-letter, has no full name to find (see :func:`_may_hold_full_name`).
    (Never-names are left in: testing every listed name against the drug list would take seconds.)"""
    if not _FULL_FIRSTS:
        firsts = [g for g in _given() if g not in COMMON]
        _FULL_FIRSTS.append(frozenset(g for g in firsts if _AZ_RUN.fullmatch(g)) | frozenset(
            run for g in firsts if "'" in g or "\u2019" in g for run in _AZ_RUN.findall(g)))
    return _FULL_FIRSTS[0]


_AZ_RUN = re.compile(r"[a-z]+")
_LETTER_HYPHEN = re.compile(r"-(?<=[^\W\d_]-)[^\W\d_]")


_FULL_FIRST_BIT = word_bit(lambda w: w in _full_name_firsts())


def _may_hold_full_name(text: str, mask: int) -> bool:
    """False when no word of ``text`` can start a full name for :func:`_full_names`: no listed given
    name of one a-z run among its words, and no name with an apostrophe, a hyphen or other letters."""
    return (bool(mask & _FULL_FIRST_BIT) or not text.isascii()
            or ("-" in text and _LETTER_HYPHEN.search(text) is not None))


def _full_names(text: str, add) -> None:
    """Given name + capitalised family name anywhere ("Linda Okafor")."""
    for m in (_CAP_PAIR_ASCII if text.isascii() else _CAP_PAIR).finditer(text):
        i = m.start()
        if i and (text[i - 1].isalnum() or text[i - 1] in "_'\u2019-"):
            continue
        first = m.group(1)
        if not is_given_name(first) or first.lower() in COMMON or not_a_name(first):
            continue
        if _PLACE_WORD_BEFORE.search(text, max(0, i - 14), i):
            continue  # "Hospital de Santo António", "at Ruby Hall": a place
        hit = _name_at(text, m.start(1), strong=False)
        if hit and hit[1] > m.end(1):
            last = text[hit[0]:hit[1]].split()[-1]
            add((hit[0], hit[1], 0.88 if is_family_name(last) else 0.8))
