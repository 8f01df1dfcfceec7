"""Comment-box spam and the genuine comments beside it (issue 19), on the team's own dev set.

tests/data/spam_comments_dev.jsonl (see tests/data/spam_comments_README.md) is written for
these tests. Decisions are the policy's default rows for an established author, with the
seed treatment vocabulary; the targets are the issue's, on every part of the file.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from mscommunity.moderation.assessment import SPAM, assess
from mscommunity.moderation.policy import HOLD, PUBLISH, PUBLISH_LABELED, REJECT, Trust, decide
from treatments.vocabulary import DEFAULT_VOCABULARY

DATA = Path(__file__).resolve().parents[2] / "data" / "spam_comments_dev.jsonl"
RECORDS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
PARTS = sorted({r["part"] for r in RECORDS})


def _decision(text: str) -> str:
    return decide(assess(text, treatments=DEFAULT_VOCABULARY), trust=Trust()).action


def _held_as_spam(text: str) -> bool:
    assessment = assess(text, treatments=DEFAULT_VOCABULARY)
    return SPAM in assessment.names and decide(assessment, trust=Trust()).action == HOLD


def test_the_file_is_well_formed() -> None:
    assert len({r["id"] for r in RECORDS}) == len(RECORDS)
    counts = Counter((r["part"], r["kind"]) for r in RECORDS)
    assert counts[("tune", "comment_spam")] >= 150 and counts[("tune", "comment_genuine")] >= 150
    assert counts[("tune", "forum_other_topics")] >= 50
    assert all(counts[(p, "comment_spam")] >= 30 for p in PARTS)


@pytest.mark.parametrize("part", PARTS)
def test_spam_is_stopped_and_genuine_comments_are_not(part: str) -> None:
    rows = [r for r in RECORDS if r["part"] == part]
    spam = Counter(_decision(r["text"]) for r in rows if r["spam"])
    genuine_texts = [r["text"] for r in rows if not r["spam"] and r["kind"] == "comment_genuine"]
    genuine = Counter(_decision(t) for t in genuine_texts)
    published = (spam[PUBLISH] + spam[PUBLISH_LABELED]) / sum(spam.values())
    assert published <= 0.05, (part, spam)
    assert genuine[REJECT] == 0, (part, genuine)
    assert sum(_held_as_spam(t) for t in genuine_texts) <= 0.02 * len(genuine_texts), (part, genuine)


def test_genuine_comments_held_for_any_reason_stay_under_the_issue_target() -> None:
    """Other detectors (advice, distress) hold a few genuine comments too ("Play this at my funeral"):
    the issue's target (at most 5 % held) is on every reason together."""
    decisions = Counter(_decision(r["text"]) for r in RECORDS if not r["spam"] and r["kind"] == "comment_genuine")
    assert decisions[HOLD] <= 0.05 * sum(decisions.values()), decisions


def test_ordinary_posts_about_money_teaching_law_or_politics_are_never_rejected() -> None:
    forum = [r["text"] for r in RECORDS if r["kind"] == "forum_other_topics"]
    decisions = Counter(_decision(t) for t in forum)
    assert decisions[REJECT] == 0
    assert sum(SPAM in assess(t, treatments=DEFAULT_VOCABULARY).names for t in forum) <= len(forum) // 20
