"""Tests for the moderation policy (pure Python, no Django)."""

from __future__ import annotations

import json

import pytest

from mscommunity.moderation.assessment import Assessment, Label, assess
from mscommunity.moderation.policy import (
    DEFAULT_RULES,
    HOLD,
    PUBLISH,
    PUBLISH_LABELED,
    REJECT,
    PolicyRule,
    Trust,
    decide,
    parse_condition,
)

PLAIN = Trust(is_new_member=False, is_first_post=False, link_count=0)


def with_labels(*names: str, spam: float = 0.9) -> Assessment:
    return Assessment(labels={n: Label(n, spam if n == "spam" else 0.9) for n in names})


def codes(decision) -> list[str]:
    return [r.code for r in decision.reasons]


def test_plain_post_is_published() -> None:
    d = decide(with_labels(), trust=PLAIN)
    assert (d.action, codes(d), d.labeled, d.needs_followup) == (PUBLISH, ["ok"], False, False)
    d = decide(with_labels("treatment_experience"), trust=PLAIN)
    assert d.action == PUBLISH


def test_crisis_is_held_first() -> None:
    d = decide(with_labels("crisis"), trust=PLAIN)
    assert (d.action, d.priority, codes(d)) == (HOLD, 0, ["crisis"])


def test_giving_advice_is_held_with_notice() -> None:
    d = decide(with_labels("giving_advice"), trust=PLAIN)
    assert (d.action, codes(d), d.labeled) == (HOLD, ["gives_advice"], True)
    assert "advice about treatment" in d.reasons[0].text


def test_seeking_advice_is_published_labeled_with_followup() -> None:
    d = decide(with_labels("seeking_advice"), trust=PLAIN)
    assert (d.action, codes(d), d.labeled, d.needs_followup) == (
        PUBLISH_LABELED, ["seeks_advice"], True, True)


def test_spam_held_unless_certain() -> None:
    assert decide(with_labels("spam", spam=0.8), trust=PLAIN).action == HOLD
    d = decide(with_labels("spam", spam=0.95), trust=PLAIN)
    assert (d.action, codes(d)) == (REJECT, ["spam"])


def test_certain_spam_with_crisis_is_held_not_rejected() -> None:
    d = decide(with_labels("spam", "crisis", spam=0.99), trust=PLAIN)
    assert (d.action, d.priority) == (HOLD, 0)
    assert codes(d) == ["crisis", "spam"]


def test_new_member_first_post_with_links() -> None:
    trust = Trust(is_new_member=True, is_first_post=True, link_count=1)
    d = decide(with_labels(), trust=trust)
    assert (d.action, codes(d)) == (HOLD, ["new_member_links"])
    assert decide(with_labels(), trust=Trust(True, True, 0)).action == PUBLISH
    assert decide(with_labels(), trust=Trust(False, True, 2)).action == PUBLISH
    assert decide(with_labels(), trust=Trust(True, False, 2)).action == PUBLISH


def test_strictest_action_wins_and_all_reasons_are_kept() -> None:
    d = decide(with_labels("seeking_advice", "giving_advice"), trust=PLAIN)
    assert d.action == HOLD
    assert codes(d) == ["gives_advice", "seeks_advice"]
    assert d.priority == 2 and d.labeled and d.needs_followup
    d = decide(with_labels("giving_advice", "crisis", "seeking_advice"),
               trust=Trust(True, True, 3))
    assert d.action == HOLD and d.priority == 0
    assert codes(d) == ["crisis", "gives_advice", "new_member_links", "seeks_advice"]
    d = decide(with_labels("seeking_advice", "spam", spam=0.99), trust=PLAIN)
    assert d.action == REJECT and "spam" in codes(d)


def test_end_to_end_with_assessment() -> None:
    d = decide(assess("I want to end it all. Should I stop my meds?"), trust=PLAIN)
    assert d.action == HOLD and d.priority == 0 and codes(d)[0] == "crisis"
    d = decide(assess("you just gained a new reader"), trust=PLAIN)
    assert d.action == REJECT


def test_rules_are_data_and_can_be_changed() -> None:
    rules = (
        PolicyRule("flags >= 3", HOLD, 1, "flagged", "several members flagged it"),
        PolicyRule("treatment_experience", PUBLISH, 50, "story", "a treatment story"),
        *DEFAULT_RULES,
    )
    d = decide(with_labels(), trust=Trust(flag_count=3), rules=rules)
    assert (d.action, codes(d)) == (HOLD, ["flagged"])
    assert codes(decide(with_labels(), trust=Trust(flag_count=2), rules=rules)) == ["ok"]
    d = decide(with_labels("treatment_experience"), trust=PLAIN, rules=rules)
    assert (d.action, codes(d)) == (PUBLISH, ["story", "ok"])
    d = decide(with_labels("crisis"), trust=PLAIN, rules=())
    assert (d.action, codes(d)) == (PUBLISH, ["ok"])


@pytest.mark.parametrize("condition", [
    "crisis", "always", "spam >= 0.95", "spam>=0.95 and not crisis",
    "new_member and first_post and has_links", "links >= 2", "flagged", "not flagged",
])
def test_valid_conditions(condition: str) -> None:
    assert parse_condition(condition)


@pytest.mark.parametrize("condition", [
    "", "   ", "crises", "spam >= 1.5", "links >= 1.5", "new_member >= 1",
    "spam or crisis", "crisis and", "DROP TABLE",
])
def test_invalid_conditions_are_refused(condition: str) -> None:
    with pytest.raises(ValueError):
        parse_condition(condition)


def test_invalid_rules_are_refused() -> None:
    with pytest.raises(ValueError):
        PolicyRule("crisis", "delete", 0, "crisis", "x")
    with pytest.raises(ValueError):
        PolicyRule("crisis", HOLD, -1, "crisis", "x")
    with pytest.raises(ValueError):
        PolicyRule("crisis", HOLD, 0, "", "x")


def test_default_rules_read_plainly() -> None:
    for rule in DEFAULT_RULES:
        assert rule.reason_text and not rule.reason_text.endswith(".")
        assert "_" not in rule.reason_text
    d = decide(with_labels("crisis", "giving_advice"), trust=PLAIN)
    assert json.loads(json.dumps(d.to_dict()))["action"] == HOLD
