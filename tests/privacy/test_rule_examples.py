"""Every rule of issue 17 on fresh phrasings of its own (tests/privacy/rule_examples.toml).

Each rule has three texts where a value must be removed (with the rule's type)
and three where nothing of that type may be removed.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from mscommunity.privacy import scrub

RULES = tomllib.loads((Path(__file__).parent / "rule_examples.toml").read_text(encoding="utf-8"))["rule"]
REMOVE = [(r["name"], r["type"], text, value) for r in RULES for text, value in r["remove"]]
KEEP = [(r["name"], r["type"], text) for r in RULES for text in r["keep"]]


def test_every_rule_has_three_of_each() -> None:
    for rule in RULES:
        assert len(rule["remove"]) >= 3 and len(rule["keep"]) >= 3, rule["name"]


@pytest.mark.parametrize(("rule", "kind", "text", "value"), REMOVE)
def test_removed(rule: str, kind: str, text: str, value: str) -> None:
    result = scrub(text)
    start = text.index(value)
    hits = [r for r in result.redactions if r.type == kind and r.start < start + len(value) and start < r.end]
    assert hits, (rule, [(r.type, text[r.start:r.end]) for r in result.redactions])
    assert value not in result.text


@pytest.mark.parametrize(("rule", "kind", "text"), KEEP)
def test_kept(rule: str, kind: str, text: str) -> None:
    found = [(r.type, text[r.start:r.end]) for r in scrub(text).redactions if r.type == kind]
    assert not found, (rule, found)
