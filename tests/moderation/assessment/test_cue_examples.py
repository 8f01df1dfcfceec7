"""Every example in the cue files is a test: a rule cannot change without its examples still holding.

For each cue in ``mscommunity/moderation/assessment/cues/*.toml``, every
``examples_positive`` text must fire that cue and every ``examples_negative``
text must not. The assessment is given the seed treatment vocabulary (what a
fresh database holds).
"""

from __future__ import annotations

import pytest

from mscommunity.moderation.assessment import hits
from mscommunity.moderation.assessment.cues import CUES, CUES_DIR, FLAGS, REGEX_STEP, Cue, load_cues
from mscommunity.moderation.assessment.engine import STEPS
from mscommunity.moderation.assessment.result import LABEL_NAMES
from treatments.vocabulary import DEFAULT_VOCABULARY


def _cases(kind: str) -> list[pytest.param]:
    return [
        pytest.param(cue, text, id=f"{cue.name}-{n}")
        for cue in CUES.cues
        for n, text in enumerate(getattr(cue, kind))
    ]


def _fired(text: str) -> set[str]:
    return {h.cue for h in hits(text, treatments=DEFAULT_VOCABULARY)}


@pytest.mark.parametrize(("cue", "text"), _cases("examples_positive"))
def test_positive_example_fires_its_cue(cue: Cue, text: str) -> None:
    assert cue.name in _fired(text), f"{cue.label}.toml: {cue.name!r} should fire on {text!r}"


@pytest.mark.parametrize(("cue", "text"), _cases("examples_negative"))
def test_negative_example_does_not_fire_its_cue(cue: Cue, text: str) -> None:
    assert cue.name not in _fired(text), f"{cue.label}.toml: {cue.name!r} should not fire on {text!r}"


def test_every_label_has_a_file_and_every_cue_an_example() -> None:
    assert {p.stem for p in CUES_DIR.glob("*.toml")} == {*LABEL_NAMES, "fragments", "crisis_lexicon", "crisis_evidence"}
    assert {c.label for c in CUES.cues} == set(LABEL_NAMES)
    assert [c.name for c in CUES.cues if not c.examples_positive] == []


def test_cues_name_known_steps_and_flags() -> None:
    assert all(c.step in STEPS for c in CUES.cues)
    assert all(c.flags <= FLAGS.keys() for c in CUES.cues)
    assert all((c.pattern is None) == (c.step != REGEX_STEP) for c in CUES.cues)


def test_a_malformed_cue_file_is_refused(tmp_path) -> None:
    for path in CUES_DIR.glob("*.toml"):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    spam = tmp_path / "spam.toml"
    spam.write_text(spam.read_text(encoding="utf-8").replace('flags = ["off_topic"]', 'flags = ["offtopic"]', 1),
                    encoding="utf-8")
    with pytest.raises(ValueError, match="unknown flags"):
        load_cues(tmp_path)
