"""The spam profile (mscommunity.moderation.assessment.spam_profile): classes of evidence counted together.

The texts are written for these tests (none is taken from a blind batch).
"""

from __future__ import annotations

import pytest

from mscommunity.moderation.assessment import SPAM, assess, hits
from mscommunity.moderation.policy import HOLD, PUBLISH, REJECT, Trust, decide

NEW = Trust(is_new_member=True, is_first_post=True)


def _profile(text: str) -> bool:
    """The profile is read in the post (its weight may be 0 when other evidence already holds it)."""
    return any(h.cue == "spam_profile" for h in hits(text))


@pytest.mark.parametrize("text", [
    "Quick question for the admin: which hosting company runs this site? Pages load really fast.",
    "Dental implants Leeds: best prices, expert team, free consultation. Call now for an appointment!",
    "Our recovery team got back 95% of funds for clients who lost crypto. Email [email removed]",
    "Cool clip! my latest upload is a reaction to this, go watch it on my channel",
    "Grandad walks again after Dr Obi's roots cured his MS. His email is [email removed]",
])
def test_several_classes_of_evidence_hold_the_post(text: str) -> None:
    assert _profile(text)
    assert SPAM in assess(text).names


@pytest.mark.parametrize("text", [
    "Thank you for this article.",
    "We paid about 45,000 euros for HSCT abroad, all-inclusive package, and my wife hasn't relapsed since.",
    "I earn about $3,000 a month and my rent is $1,400. Should I buy a flat now?",
    "I got scammed by a trading 'expert' promising 20% weekly returns. Lost £900.",
    "Check out the MS Trust page on fatigue, it helped me pace my week.",
    "I started a YouTube channel to teach my pupils chess.",
    "Our choir raised 800 pounds for the hospice; the page is still open at example.org/choir.",
])
def test_a_real_persons_post_has_no_profile(text: str) -> None:
    assert not _profile(text)


def test_the_profile_holds_and_never_rejects_even_a_new_accounts_first_post() -> None:
    text = "Great read. Stumbled on this site today; what WordPress theme is it?"
    assessment = assess(text)
    assert _profile(text)
    assert assessment.labels[SPAM].score < 0.8
    assert decide(assessment, trust=NEW).action == HOLD


def test_the_profile_adds_nothing_when_other_evidence_already_holds() -> None:
    text = "Earn $600 a day from home with my system, message me on WhatsApp for details"
    weights = [h.weight for h in hits(text) if h.cue == "spam_profile"]
    assert weights and all(w == 0.0 for w in weights)
    assert decide(assess(text), trust=Trust()).action in {HOLD, REJECT}
    assert decide(assess("Lovely weather for the match today."), trust=NEW).action == PUBLISH
