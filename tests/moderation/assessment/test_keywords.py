"""The pre-checks that skip costly patterns (assessment/keywords.py) agree with what they replace.

A :class:`KeyFinder` must find exactly the keys a substring test finds, a
:class:`Gate` exactly the items one of whose keys is in the text, and every
match of a cue pattern must hold one of the keys :func:`required_keys` gives
it: otherwise a cue would be skipped where it fires, and the assessment change.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mscommunity.moderation.assessment.cues import CUES
from mscommunity.moderation.assessment.keywords import Gate, KeyFinder, required_keys

_CUE_KEYS = sorted({k for c in CUES.regex_cues for k in c.keys})
_FINDER = KeyFinder(_CUE_KEYS)
_EXAMPLES = [t for c in CUES.cues for t in (*c.examples_positive, *c.examples_negative)]


def test_the_finder_finds_what_a_substring_test_finds_on_every_cue_example() -> None:
    for text in _EXAMPLES:
        low = text.lower()
        assert _FINDER.present(low) == {k for k in _CUE_KEYS if k in low}, text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_CUE_KEYS[:200], "a", "e", " ", "'", "-", "ss", "é"]), max_size=30)
       .map("".join))
def test_the_finder_finds_overlapping_and_nested_keys(text: str) -> None:
    # Keys next to and inside each other ("add" in "address", "ion" across "tion"+"nal").
    assert _FINDER.present(text) == {k for k in _CUE_KEYS if k in text}


def test_the_gate_keeps_the_items_with_a_key_present_and_those_without_keys() -> None:
    items = [("add", "address"), (), ("dress",), ("xyz",), ("ad",)]
    gate = Gate(items)
    assert gate.candidates("my address") == [0, 1, 2, 4]
    assert gate.candidates("nothing") == [1]
    cue_gate = Gate([c.keys for c in CUES.regex_cues])
    for text in _EXAMPLES:
        low = text.lower()
        want = [i for i, c in enumerate(CUES.regex_cues) if not c.keys or any(k in low for k in c.keys)]
        assert cue_gate.candidates(low) == want


def test_every_cue_match_on_the_examples_holds_one_of_its_keys() -> None:
    for cue in CUES.regex_cues:
        assert cue.pattern is not None
        for text in _EXAMPLES:
            for m in cue.pattern.finditer(text):
                if m.end() > m.start():
                    assert not cue.keys or any(k in m.group(0).lower() for k in cue.keys), (cue.name, text)


def test_required_keys_keep_case_for_a_case_sensitive_pattern() -> None:
    assert required_keys(re.compile(r"\bPlan(?:ed|ning)\b")) == frozenset({"Plan"})
    assert required_keys(re.compile(r"\bPlan(?:ed|ning)\b", re.IGNORECASE)) == frozenset({"plan"})
    assert required_keys(re.compile(r"\bx(?i:abc)")) is None  # case turned off inline: no keys
    assert required_keys(re.compile(r"a|bc")) is None  # a one-letter branch: no useful key


def test_every_crisis_pattern_match_on_the_examples_holds_one_of_its_keys() -> None:
    # The crisis step skips a vocabulary pattern none of whose keys is in the text (crisis._KEYS).
    from mscommunity.moderation.assessment import crisis
    from mscommunity.moderation.assessment.crisis_concepts import LEXICON
    from mscommunity.moderation.assessment.crisis_guards import straight

    texts = [*_EXAMPLES, *(t for r in LEXICON.rules for t in (*r.examples_positive, *r.examples_negative))]
    lows = [straight(t).lower() for t in texts]
    gated = 0
    for module in (crisis.v, crisis.c):
        for pattern in vars(module).values():
            keys = crisis._KEYS.get(id(pattern)) if isinstance(pattern, re.Pattern) else None
            if not keys:
                continue
            gated += 1
            plain = crisis.folded(pattern)
            for low in lows:
                for m in plain.finditer(low):
                    assert m.end() == m.start() or any(k in m.group(0) for k in keys), (pattern.pattern[:60], low)
    assert gated >= 30
