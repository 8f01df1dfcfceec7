"""The crisis lexicon (``cues/crisis_lexicon.toml``): every rule's examples are tests.

Each positive example must fire its rule and each negative one must not; the
tokeniser's normalisation (contractions, text speak, one-typo key words,
figurative death words) and the loader's checks are tested directly.
"""

from __future__ import annotations

import pytest

from mscommunity.moderation.assessment.crisis_concepts import (
    LEXICON,
    LEXICON_FILE,
    concept_matches,
    load_lexicon,
    tokens,
)
from mscommunity.moderation.assessment.cues import CUES
from mscommunity.moderation.assessment.document import build_document
from mscommunity.moderation.vocabulary import EMPTY_VOCABULARY


def _fired(text: str) -> set[str]:
    return {rule.name for rule, _, _ in concept_matches(build_document(text, EMPTY_VOCABULARY), LEXICON)}


def _norms(text: str) -> list[str]:
    return [t.norm for t in tokens(build_document(text, EMPTY_VOCABULARY), LEXICON)]


def _cases(kind: str) -> list[pytest.param]:
    return [pytest.param(rule.name, text, id=f"{rule.name}-{n}")
            for rule in LEXICON.rules for n, text in enumerate(getattr(rule, kind))]


@pytest.mark.parametrize(("name", "text"), _cases("examples_positive"))
def test_positive_example_fires_its_rule(name: str, text: str) -> None:
    assert name in _fired(text), f"crisis_lexicon.toml: {name!r} should fire on {text!r}"


@pytest.mark.parametrize(("name", "text"), _cases("examples_negative"))
def test_negative_example_does_not_fire_its_rule(name: str, text: str) -> None:
    assert name not in _fired(text), f"crisis_lexicon.toml: {name!r} should not fire on {text!r}"


def test_every_rule_has_examples_and_fires_a_construct_cue() -> None:
    construct_cues = {c.name for c in CUES.cues if c.step == "crisis_constructs"}
    assert all(rule.examples_positive and rule.examples_negative for rule in LEXICON.rules)
    assert {rule.cue for rule in LEXICON.rules} <= construct_cues


@pytest.mark.parametrize(("text", "expected"), [
    ("i dont wanna die", ["i", "do", "not", "want", "to", "die"]),
    ("im gonna kms 2nite", ["i", "am", "going", "to", "kill", "myself", "tonight"]),
    ("I can't, I won't, tmrw", ["i", "can", "not", "i", "will", "not", "tomorrow"]),
    ("thinkin bout endin it", ["thinking", "about", "ending", "it"]),
    ("so suiicidal, tommorow", ["so", "suicidal", "tomorrow"]),
    ("kill my self", ["kill", "myself"]),
    ("tonight's the night", ["tonight", "is", "the", "night"]),
])
def test_tokens_are_normalised(text: str, expected: list[str]) -> None:
    assert _norms(text) == expected


def test_a_death_word_in_a_figurative_frame_loses_its_concepts() -> None:
    doc = build_document("dying for a coffee. my legs are dead. i want to die.", EMPTY_VOCABULARY)
    concepts = {t.start: t.concepts for t in tokens(doc, LEXICON)}
    text = doc.text
    assert not concepts[text.index("dying")]
    assert not concepts[text.index("dead")]
    assert "DIE" in concepts[text.rindex("die")]


def test_a_number_is_many_unless_a_unit_follows() -> None:
    toks = {t.norm: t.concepts for t in tokens(build_document("took 30 pills and 40 mg", EMPTY_VOCABULARY), LEXICON)}
    assert "MANY" in toks["30"] and "MANY" not in toks["40"]


def test_an_unknown_concept_is_refused(tmp_path) -> None:
    broken = tmp_path / "lexicon.toml"
    broken.write_text(LEXICON_FILE.read_text(encoding="utf-8").replace('seq = ["FIREARM"]', 'seq = ["FIREARMS"]', 1),
                      encoding="utf-8")
    with pytest.raises(ValueError, match="unknown concepts"):
        load_lexicon(broken)
