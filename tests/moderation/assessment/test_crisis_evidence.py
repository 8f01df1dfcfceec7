"""The weighed crisis evidence (``cues/crisis_evidence.toml``): its examples are tests.

Each positive example must reach the gentle help through the weighed tier alone,
each negative one must not (hopelessness alone may still get the gentle help
from the ``hard_time`` cue: that is a different, deliberate path);
the loader's checks and the scoring are tested directly.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mscommunity.moderation.assessment import assess
from mscommunity.moderation.assessment.crisis_concepts import LEXICON, LEXICON_FILE, tokens
from mscommunity.moderation.assessment.crisis_evidence import EVIDENCE, find_items, load_evidence, weighed_spans
from mscommunity.moderation.assessment.document import build_document
from mscommunity.moderation.assessment.result import CRISIS, DISTRESS
from mscommunity.moderation.vocabulary import EMPTY_VOCABULARY


def _weighed(text: str) -> list[tuple[int, int, float]]:
    return weighed_spans(tokens(build_document(text, EMPTY_VOCABULARY), LEXICON), EVIDENCE)


@pytest.mark.parametrize("text", EVIDENCE.examples_positive)
def test_positive_example_gets_the_gentle_help(text: str) -> None:
    assert _weighed(text), f"crisis_evidence.toml: should reach the gentle help: {text!r}"
    assert {CRISIS, DISTRESS} & set(assess(text).names)


@pytest.mark.parametrize("text", EVIDENCE.examples_negative)
def test_negative_example_gets_no_help(text: str) -> None:
    assert not _weighed(text), f"crisis_evidence.toml: should not reach the gentle help: {text!r}"


def test_the_file_has_examples_both_ways() -> None:
    assert len(EVIDENCE.examples_positive) >= 5 and len(EVIDENCE.examples_negative) >= 5


def test_every_concept_named_is_a_concept_of_the_lexicon() -> None:
    words = [w for items in EVIDENCE.by_word.values() for i in items for w in i.seq]
    words += [w for _, items in EVIDENCE.by_prefix for i in items for w in i.seq]
    words += [w for items in EVIDENCE.by_concept.values() for i in items for w in i.seq]
    known = set(tomllib.loads(LEXICON_FILE.read_text(encoding="utf-8"))["concepts"])
    assert {w for w in words if w.isupper()} <= known


def test_one_kind_of_evidence_alone_is_not_enough() -> None:
    # Hopelessness however often said, or a medicine and a time, is no core evidence.
    assert not _weighed("So tired, nobody cares, no point, can't take it anymore, totally alone.")
    assert not _weighed("Picking up my tablets tomorrow, going to start the new dose tonight.")


def test_negation_cancels_an_item_and_a_laugh_lowers_the_window() -> None:
    doc = build_document("I am not a burden to anyone", EMPTY_VOCABULARY)
    assert not [f for f in find_items(tokens(doc, LEXICON), EVIDENCE) if f.item.kind == "burden"]
    assert _weighed("I just want to disappear. Everyone would be better off without me.")
    assert not _weighed("I just want to disappear lol. Everyone would be better off without me haha.")


def test_a_malformed_item_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "e.toml"
    bad.write_text('cue = "x"\nwindow = 1\ngentle = 0.6\ncore = ["a"]\n[class.a]\nweight = 0.5\nitems = ["~2 die"]\n')
    with pytest.raises(ValueError):
        load_evidence(bad)
    bad.write_text('cue = "x"\nwindow = 1\ngentle = 0.6\ncore = ["b"]\n[class.a]\nweight = 0.5\nitems = ["die"]\n')
    with pytest.raises(ValueError):
        load_evidence(bad)
