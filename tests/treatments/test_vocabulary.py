"""Tests for the treatment vocabulary (pure Python, no Django)."""

from __future__ import annotations

import pytest

from treatments.vocabulary import (
    KINDS,
    MS_TYPES,
    TERMS_BY_SLUG,
    TREATMENTS,
    TreatmentTerm,
    Vocabulary,
    find_treatments,
    search_treatments,
    treatment_slugs,
)

REQUIRED = {
    "ahsct": ["HSCT", "stem cell transplant", "aHSCT", "stem cell transplantation"],
    "mitoxantrone": ["Novantrone"],
    "natalizumab": ["Tysabri"],
    "fingolimod": ["Gilenya", "Gylena"],
    "siponimod": ["Mayzent"],
    "ocrelizumab": ["Ocrevus"],
    "ofatumumab": ["Kesimpta"],
    "rituximab": ["Rituxan"],
    "alemtuzumab": ["Lemtrada"],
    "cladribine": ["Mavenclad"],
    "interferon-beta-1a": ["Avonex", "Rebif", "Rebiff"],
    "interferon-beta-1b": ["Betaseron", "Extavia", "Betasersone"],
    "glatiramer-acetate": ["Copaxone"],
    "dimethyl-fumarate": ["Tecfidera"],
    "teriflunomide": ["Aubagio"],
    "plasmapheresis": [],
    "methylprednisolone": ["Solu-Medrol"],
    "baclofen": [],
    "gabapentin": [],
    "tizanidine": [],
    "dalfampridine": ["Ampyra", "Fampyra"],
    "nabiximols": ["Sativex"],
    "cannabis": ["CBD", "marijuana"],
}


def test_terms_are_well_formed() -> None:
    slugs = [t.slug for t in TREATMENTS]
    assert len(slugs) == len(set(slugs))
    for term in TREATMENTS:
        assert term.kind in KINDS
        assert set(term.ms_types) <= set(MS_TYPES)
        assert term.description and len(term.description) < 300
        assert term.name


@pytest.mark.parametrize(("slug", "synonyms"), sorted(REQUIRED.items()))
def test_required_terms_and_synonyms_are_found(slug: str, synonyms: list[str]) -> None:
    term = TERMS_BY_SLUG[slug]
    for surface in [term.name, *synonyms]:
        text = f"I was on {surface} last year."
        mentions = find_treatments(text)
        assert [m.slug for m in mentions] == [slug], surface
        m = mentions[0]
        assert text[m.start:m.end] == m.surface


def test_offsets_case_and_word_boundaries() -> None:
    text = "had hsct, then GILENYA; stem-cell   transplant? no: CBD oil"
    mentions = find_treatments(text)
    assert [m.slug for m in mentions] == ["ahsct", "fingolimod", "ahsct", "cannabis"]
    for m in mentions:
        assert text[m.start:m.end] == m.surface
    assert mentions[-1].surface == "CBD oil"  # the longest surface wins
    assert find_treatments("HSCTs and THCA and DMFS") == []


@pytest.mark.parametrize(
    ("typo", "slug"),
    [("Tysarbi", "natalizumab"), ("Ocrevs", "ocrelizumab"), ("natalizumb", "natalizumab"),
     ("Tecfidra", "dimethyl-fumarate"), ("Copaxxone", "glatiramer-acetate"),
     ("gilenia", "fingolimod"), ("baclofin", "baclofen")],
)
def test_one_typo_is_tolerated_for_long_names(typo: str, slug: str) -> None:
    assert [m.slug for m in find_treatments(f"started {typo} in 2019")] == [slug]


def test_no_false_hits_on_ordinary_english() -> None:
    text = (
        "I rebuffed the physical therapist's rebuff, but the medal and the canvas "
        "were extra. Avenues, revive, reboot, anyhow; the kitchen, relative, "
        "mention, ambulance, amazing, eventually, medical, physics, central, "
        "certain, material, natural, capital, cabinet, passion, rebirth."
    )
    assert find_treatments(text) == []
    # Short names (< 6 letters) are never typo-matched.
    assert find_treatments("Rebit, HSTC, CBS") == []


def test_search_as_you_type() -> None:
    assert search_treatments("gylena")[0] == "fingolimod"
    assert search_treatments("tysabri")[0] == "natalizumab"
    assert search_treatments("ocre") == ["ocrelizumab"]
    assert "interferon-beta-1b" in search_treatments("Betasersone")
    assert search_treatments("Tysabry ") == ["natalizumab"]
    assert search_treatments("") == []
    assert search_treatments("zzzz") == []
    assert search_treatments(None) == []  # type: ignore[arg-type]


def test_odd_input_never_raises() -> None:
    for text in ["", " ", "💊💊", "تيسابري", "\x00\x01", "a" * 10_000, None, 42]:
        assert isinstance(find_treatments(text), list)  # type: ignore[arg-type]


def test_treatment_slugs_and_custom_vocabulary() -> None:
    assert treatment_slugs("Tysabri, then Ocrevus, then Tysabri") == ("natalizumab", "ocrelizumab")
    vocab = Vocabulary([TreatmentTerm("tai-chi", "tai chi", "lifestyle", "Gentle exercise.",
                                      MS_TYPES, ("taichi",))])
    assert [m.slug for m in vocab.find("I do Tai-Chi and taichi")] == ["tai-chi", "tai-chi"]
    assert vocab.find("Tysabri") == []
