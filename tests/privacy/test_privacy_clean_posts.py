"""Health-forum posts without personal data are left whole (tests/privacy/clean_forum_posts.txt).

Over-redaction is the scrubber's main cost on real members' text: a heading
("Sunday - ...", "Covid - ..."), a benefit after a kinship word ("My father
Medicare ..."), a drug beyond MS, a list item or a made-up sign-off must never be
taken for a name. Each post here was written for this test in a member's register.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mscommunity.privacy import scrub

_TEXT = (Path(__file__).parent / "clean_forum_posts.txt").read_text(encoding="utf-8")
POSTS = [p.strip("\n") for p in "\n".join(
    line for line in _TEXT.splitlines() if not line.startswith("#")).split("\n====\n") if p.strip()]


def test_there_are_many_posts() -> None:
    assert len(POSTS) >= 200


@pytest.mark.parametrize("post", POSTS, ids=[f"post{i}" for i in range(len(POSTS))])
def test_nothing_is_removed(post: str) -> None:
    found = [(r.type, post[r.start:r.end]) for r in scrub(post).redactions]
    assert not found, found
