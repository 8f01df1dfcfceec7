"""Links read by a parser (mscommunity.moderation.assessment.spam_links) and what the spam step makes of them."""

from __future__ import annotations

import pytest

from mscommunity.moderation.assessment import SPAM, assess, hits
from mscommunity.moderation.assessment.spam_links import affiliate, host, letter_spaced, spelled_links, under
from mscommunity.moderation.assessment.spam_tokens import clauses
from mscommunity.moderation.policy import HOLD, REJECT, Trust, decide


@pytest.mark.parametrize(("link", "expected"), [
    ("https://www.nhs.uk/conditions/ms/", "nhs.uk"),
    ("mstrust.org.uk/fatigue", "mstrust.org.uk"),
    ("WWW.Example.COM", "example.com"),
    ("http://[broken", ""),
])
def test_host(link: str, expected: str) -> None:
    assert host(link) == expected


def test_under_reads_subdomains_not_lookalikes() -> None:
    domains = frozenset({"nhs.uk"})
    assert under("www.nhs.uk", domains) and under("nhs.uk", domains)
    assert not under("nhs.uk.deals.example", domains) and not under("fakenhs.uk", domains)


def test_affiliate_tags_are_read_from_the_query() -> None:
    assert affiliate("shop.example/book?tag=aff-21")
    assert affiliate("https://broker.example/join?utm_source=x&ref_id=99")
    assert not affiliate("https://www.nhs.uk/page?ref=share")
    assert not affiliate("https://clinicaltrials.gov/study/NCT05550147?tab=results")


def test_spelled_out_addresses_are_read_as_hosts() -> None:
    assert [h for _, _, h in spelled_links("see www dot cheap-pills dot com now")] == ["cheap-pills.com"]
    assert [h for _, _, h in spelled_links("order at vitalshop(dot)net")] == ["vitalshop.net"]
    assert spelled_links("back in the dot com boom") == []
    assert spelled_links("I was so tired . Me too") == []


def test_letter_spaced_words() -> None:
    assert letter_spaced("b u y  n o w") is not None
    assert letter_spaced("Plan A, B or C? I chose B.") is None


def test_a_link_in_the_text_is_one_token() -> None:
    words = [[t.norm for t in c] for c in clauses("Visit deals.example/x?y=1 today. Bye")]
    assert words == [["visit", "<link>", "today"], ["bye"]]


def test_a_call_before_a_written_link_points_at_it() -> None:
    assert "look_here" in {h.cue for h in hits("Lovely garden. Visit gardenpro.example for more")}


def test_a_public_health_body_spelled_out_is_no_evidence() -> None:
    assert not {h.cue for h in hits("the MS Society is mssociety dot org dot uk") if h.label == SPAM}


def test_praise_alone_is_held_never_rejected_even_as_a_first_post() -> None:
    text = "Great post! I have bookmarked your blog and subscribed to your RSS feed, keep up the good work!"
    a = assess(text)
    assert SPAM in a.names and a.score(SPAM) < 0.8
    assert decide(a, trust=Trust(is_new_member=True, is_first_post=True)).action == HOLD
    assert decide(a, trust=Trust()).action != REJECT


def test_praise_beside_the_writers_own_care_is_a_reader() -> None:
    assert SPAM not in assess("Lovely article Helen, my OT recommended your site to me last week.").names


def test_spelled_addresses_are_read_in_linear_time() -> None:
    import time

    start = time.process_time()
    for text in ("a . " * 5000, "ab dot " * 3000, "x.com/a?b=c " * 2000):
        spelled_links(text)
        hits(text)
    assert time.process_time() - start < 5.0  # quadratic backtracking took minutes at this size
