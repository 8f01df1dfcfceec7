"""The hand-kept lists of mscommunity/privacy/data/curated/ (merged by build_lists.py).

Each curated word is in the shipped list it extends (the merge was run), none is a
common given name, and the words they keep from being taken for names stay, while
the same words after a strong name cue are still removed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mscommunity.privacy import scrub
from mscommunity.privacy.vocab import load_word_list

DATA = Path(__file__).resolve().parents[2] / "mscommunity" / "privacy" / "data"
CURATED = sorted(p.name for p in (DATA / "curated").glob("*.txt"))


def curated(name: str) -> frozenset[str]:
    return load_word_list(f"curated/{name}")


def test_the_curated_lists_exist() -> None:
    assert {"drugs.txt", "english.txt", "places.txt", "place_phrases.txt", "not_given_names.txt"} <= set(CURATED)


@pytest.mark.parametrize("name", [n for n in CURATED if n != "not_given_names.txt"])
def test_every_curated_word_is_in_the_shipped_list(name: str) -> None:
    missing = curated(name) - load_word_list(name)
    assert not missing, f"run build_lists.py --curated: {sorted(missing)[:10]}"


def test_removed_given_names_are_gone() -> None:
    assert not curated("not_given_names.txt") & load_word_list("given_names.txt")


@pytest.mark.parametrize("name", ["drugs.txt", "english.txt", "places.txt"])
def test_no_curated_word_is_a_common_given_name(name: str) -> None:
    common = load_word_list("first_names.txt")
    assert not curated(name) & common


@pytest.mark.parametrize("text", [
    "Movicol every night, and Laxido when that fails.",
    "Percocet made me sick, Solpadeine was fine.",
    "Glucosamine, turmeric and CoQ10 are in my pill box.",
    "Ta, see you all Tuesday.",
    "Fasting during Ramadan has been hard with the fatigue.",
    "We're moving to Harrogate in the spring.",
    "Shropshire and Gwynedd have no MS nurse at the moment.",
    "I've been reading Oliver Sacks and Adam Kay on the ward.",
    "They moved my care to the John Radcliffe last year.",
])
def test_ordinary_words_are_kept(text: str) -> None:
    assert not scrub(text).redactions


@pytest.mark.parametrize("text,name", [
    ("Hi all, my name is Ramadan and I was diagnosed in 2019.", "Ramadan"),
    ("my name is Stephen and I live near Harrogate", "Stephen"),
    ("Thanks so much, Bronwyn", "Bronwyn"),
    ("I spoke to Mr Ramadan next door", "Mr Ramadan"),  # a family name still
])
def test_names_after_a_cue_are_still_removed(text: str, name: str) -> None:
    r = scrub(text)
    assert any(text[x.start:x.end] == name and x.type == "PERSON" for x in r.redactions)
