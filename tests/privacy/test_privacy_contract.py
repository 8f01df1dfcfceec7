"""The API contract: types, offsets, markers, robustness, helpers."""

from __future__ import annotations

import random

import pytest

from mscommunity.privacy import (
    DEFAULT_ALLOWED_DOMAINS,
    MARKERS,
    TYPES,
    Redaction,
    Scrubbed,
    describe,
    looks_like_full_name,
    scrub,
)

SAMPLE = ("Hi Terry, my son Jake (39) can be reached on 920 555 0147 or jake@example.com, "
          "facebook.com/jake.doe, 12 Elm Street. DOB 01/02/1985. SSN 412-33-9021.\nThanks, Mary Jones")


def test_markers_cover_every_type() -> None:
    assert set(MARKERS) == set(TYPES)
    assert MARKERS["PHONE"] == "[phone number removed]"
    assert MARKERS["HANDLE"] == "[social media handle removed]"
    assert "nhs.uk" in DEFAULT_ALLOWED_DOMAINS


def test_offsets_sorted_inside_and_non_overlapping() -> None:
    r = scrub(SAMPLE)
    assert isinstance(r, Scrubbed)
    prev = 0
    for x in r.redactions:
        assert isinstance(x, Redaction)
        assert 0 <= x.start < x.end <= len(SAMPLE)
        assert x.start >= prev
        prev = x.end
        assert x.type in TYPES


def test_raw_values_absent_and_markers_present() -> None:
    r = scrub(SAMPLE)
    for x in r.redactions:
        assert SAMPLE[x.start:x.end] not in r.text or len(SAMPLE[x.start:x.end]) < 4
        assert MARKERS[x.type] in r.text
    assert {x.type for x in r.redactions} >= {"PHONE", "EMAIL", "URL", "PERSON", "ADDRESS", "DATE_OF_BIRTH",
                                              "ID_NUMBER"}


def test_redaction_is_frozen_and_uncertain_flag() -> None:
    r = Redaction("PHONE", 0, 3, 0.5)
    assert r.uncertain
    assert not Redaction("PHONE", 0, 3, 0.95).uncertain
    with pytest.raises(AttributeError):
        r.start = 1  # type: ignore[misc]
    assert Scrubbed("x", (r,)).uncertain


def test_uncertain_result() -> None:
    # A bare unknown domain is removed, but as uncertain.
    r = scrub("have a look at some-random-shop.com")
    assert r.redactions and r.uncertain


def test_describe() -> None:
    rs = [Redaction("PHONE", 0, 1, 1), Redaction("EMAIL", 2, 3, 1), Redaction("EMAIL", 4, 5, 1)]
    assert describe(rs) == ["1 phone number", "2 email addresses"]
    assert describe([]) == []


@pytest.mark.parametrize("text", [
    "", " ", "\x00\x01\x02", "🙂" * 50, "שלום 920 555 0147 مرحبا", "\u202e920 555 0147\u202c",
    "a" * 10000, "1" * 10000, ("Hi Terry, call 920 555 0147. " * 400), "\ud800 lone surrogate",
    "İstanbul İİİ my son İbrahim", "[[[at]]] @ @@ .. http:// www.", "ß" * 300 + " Thanks, Mary Jones",
])
def test_never_raises(text: str) -> None:
    r = scrub(text)
    for x in r.redactions:
        assert 0 <= x.start < x.end <= len(text)


def test_random_fuzz() -> None:
    rnd = random.Random(7)
    alphabet = "abc XYZ 0123456789 .,:;-+()[]@/\n\t'\"🙂é日"
    for _ in range(300):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 300)))
        r = scrub(t)
        prev = 0
        for x in r.redactions:
            assert prev <= x.start < x.end <= len(t)
            prev = x.end


@pytest.mark.parametrize("name,expected", [
    ("JaneSmith", True), ("jane.smith", True), ("Jane_Smith", True), ("mary-jones", True),
    ("msfighter77", False), ("hopeful_carer", False), ("HSCTwarrior", False), ("", False),
    ("stemcellmum", False), ("Tysabri_Tom", False),
])
def test_looks_like_full_name(name: str, expected: bool) -> None:
    assert looks_like_full_name(name) is expected


def test_no_django_import() -> None:
    import pathlib

    pkg = pathlib.Path(__file__).resolve().parents[2] / "mscommunity" / "privacy"
    for f in pkg.rglob("*.py"):
        src = f.read_text(encoding="utf-8")
        assert "import django" not in src and "from django" not in src, f


def test_detectors_do_not_raise_directly() -> None:
    """Call each detector directly on the dev sets: none of them raises on ordinary text."""
    from pii_devset import DEV, NEARMISS, load

    from mscommunity.privacy import addresses, dates, emails, handles, ids, names, phones, urls

    texts = [e.text for e in load(DEV) + load(NEARMISS)] + [SAMPLE, "", "🙂\u202e\x00"]
    for t in texts:
        for find in (emails.find, urls.find, ids.find, handles.find, dates.find, phones.find, addresses.find):
            find(t)
        names.find(t, ("JaneSmith",))


DETECTOR_NAMES = ("emails", "urls", "ids", "handles", "dates", "phones", "addresses", "names")


@pytest.mark.parametrize("detector", DETECTOR_NAMES)
def test_a_failing_detector_makes_scrub_fail_closed(detector: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken detector is never skipped: scrub() raises, naming it, with no member text in the error."""
    from mscommunity.privacy import ScrubError, core

    def broken(*args, **kwargs):
        raise ValueError("detector bug while reading Call Mary on 920 555 0147")

    module = getattr(core, detector)
    monkeypatch.setattr(module, "find", broken)
    monkeypatch.setattr(core, "_DETECTORS", tuple(
        (name, broken if name == detector else job) for name, job in core._DETECTORS))
    with pytest.raises(ScrubError) as raised:
        scrub("Call Mary on 920 555 0147 or mary@example.com")
    assert raised.value.detector == detector and raised.value.error_type == "ValueError"
    assert "555" not in str(raised.value) and "Mary" not in str(raised.value)
