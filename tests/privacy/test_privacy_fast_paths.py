"""The scrubber's shortcuts give the answers of the slow paths they stand in for.

The speed work (issue 17) put cheap tests in front of the detectors: word facts
cached per word (``Doc.mask``), start words found per first letter, ``[0-9]``
for ``\\d`` in ASCII text, patterns rewritten to start with a character class,
and gates that skip a step when the text cannot hold what it looks for. Each
test here compares a shortcut with the slow form it replaced, on texts made to
reach the edge cases, or checks that a failing shortcut still fails closed.
"""

from __future__ import annotations

import re

import pytest

from mscommunity.privacy import (
    ScrubError,
    addresses,
    dates,
    doc,
    emails,
    ids,
    name_cues,
    name_evidence,
    name_full,
    name_signs,
    phone_cues,
    phones,
    scrub,
)
from mscommunity.privacy.doc import Doc

TEXTS = [
    "Hi Terry, I'm Grace. My son, Kieran, 39, has had MS since he was 22. Call me on 920 555 0147.",
    "i'm so tired... it's been a year. my name is sam and this is jo. thanks all x",
    "We are at 1279 victoria lane, come visit. Send any leaflets to PO Box 9450 please.",
    "DOB: 12/05/1976, NHS 943 476 5919, NI AB 12 34 56 C, post code SW1A 1AA, vitamin D3 and B12.",
    "'it's me, i'd say: I'M HERE, It's Raj. Talk to Dr Burt, speak with Maggie Jones",
    "Grüße, Jörg — née le 3 mai 1970, İstanbul: ring 0212 555 01 23",
    "",
    "x",
]


def test_word_mask_is_the_union_of_its_words_facts() -> None:
    tests = doc._WORD_TESTS
    for text in TEXTS:
        d = Doc(text)
        expected = 0
        for bit, test in enumerate(tests):
            if any(test(w) for w in d.words):
                expected |= 1 << bit
        assert d.mask == expected, text


def test_a_failing_word_fact_fails_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(word: str) -> bool:
        raise ValueError("word list missing")

    monkeypatch.setattr(doc, "_WORD_TESTS", [*doc._WORD_TESTS, broken])
    monkeypatch.setattr(doc, "_FACTS", {})
    with pytest.raises(ScrubError):
        scrub("Call Mary on 920 555 0147")


def test_start_words_per_letter_match_one_pattern_for_all_start_words() -> None:
    words = sorted(name_cues._CUE_STARTS, key=len, reverse=True)
    everything = re.compile(r"(?<![a-z'])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z'])")
    samples = [t.lower() for t in TEXTS] + [
        "i'm im i am it's it is this is my name is ... hi, hiya! hello; dear 'i'm' i'd it'll",
        "thankyou thanks thank you, good morning well done hang in there stay strong",
    ]
    for low in samples:
        present = name_cues.CUE_FIRST_WORDS & frozenset(re.findall(r"[a-z]+", low))
        found = [m.span() for m in name_cues._start_words(low, present)] if present else []
        assert found == [m.span() for m in everything.finditer(low)], low


def test_gated_start_words_are_the_start_words_whose_next_word_can_go_on() -> None:
    samples = [t.lower() for t in TEXTS] + [
        "my first post. my son, 12, my sons 3 and 4 my sonss my 2nd my, i am i had i'm it is it's it was",
        "everyone calls me bo, all call me, friends call me, friend of mine, me and my wife, ich bin, ich heisse",
        "i  am   here my\nhusband my\tname is, this is it, his 40yo son, her lovely daughter go raibh maith",
    ]
    for low in samples:
        present = name_cues.CUE_FIRST_WORDS & frozenset(re.findall(r"[a-z]+", low))
        if not present:
            continue
        expected = []
        for m in name_cues._start_words(low, present):
            allowed = name_cues._CUE_NEXT.get(m.group())
            if allowed is None or name_cues.next_word_in(low, m.end(), allowed):
                expected.append(m.span())
        assert [m.span() for m in name_cues._gated_start_words(low, present)] == expected, low


@pytest.mark.parametrize(("slow", "fast"), [
    (doc._DIGIT, doc._DIGIT_ASCII),
    (doc._CAPITAL_DIGIT, doc._CAPITAL_DIGIT_ASCII),
    (ids._FIVE_DIGITS, ids._FIVE_DIGITS_ASCII),
    (phones._SIX_DIGITS, phones._SIX_DIGITS_ASCII),
    (phones._SEVEN_DIGITS, phones._SEVEN_DIGITS_ASCII),
])
def test_ascii_digit_patterns_agree_on_ascii_text(slow: re.Pattern[str], fast: re.Pattern[str]) -> None:
    samples = [t for t in TEXTS if t.isascii()] + ["1 2 3 4 5 6 7", "12-34/56 78", "AB1 2CD", "x 1234567 y"]
    for text in samples:
        assert [m.span() for m in slow.finditer(text)] == [m.span() for m in fast.finditer(text)], text


@pytest.mark.parametrize("pattern", [
    doc._CAPITAL_DIGIT, doc._CAPITAL_DIGIT_ASCII, ids._FIVE_DIGITS, ids._FIVE_DIGITS_ASCII, ids._TOKEN,
    ids._TWO_DIGITS_CAPITAL, phones._SIX_DIGITS, phones._SIX_DIGITS_ASCII,
])
def test_digit_patterns_searched_from_the_first_digit_find_what_a_whole_search_finds(pattern: re.Pattern[str]) -> None:
    """These patterns start with a digit, so the detectors search them from ``Doc.first_digit``; their
    look-behinds still see the letters before it ("A1", "AB 12")."""
    samples = [*TEXTS, "NI AB123456C", "ref 12A34B", "x\u0663\u0664 5 6 7 8 9 0", "SW1A 1AA", "no digits"]
    for text in samples:
        d = Doc(text)
        first = doc._DIGIT.search(text)
        assert (d.has_digit, d.first_digit) == ((True, first.start()) if first else (False, 0)), text
        assert [m.span() for m in pattern.finditer(text, d.first_digit)] == [
            m.span() for m in pattern.finditer(text)], text


def test_rewritten_address_patterns_match_their_old_form() -> None:
    old_pobox = re.compile(r"\b(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|PO\s+Box|Locked\s+Bag)\s*#?\s*\d{1,6}\b", re.I)
    old_clause = re.compile(
        r"(?<!\bno)(?<!\bnr)(?<!\bst)(?<!\brd)(?<!\bdr)(?<!\bave)(?<!\bapt)(?<!\bbrgy)(?<!\b(?-i:[A-Z][a-z]))(?<!\b(?-i:[A-Z]))"
        r"[.!?;]\s|\n|\s+(?:just|and\s+"
        r"(?:then|i|we|it)|but|so|if|please|pls|thanks|ring|call|text|knock|ramp|parking|ground\s+floor|any\s?time|"
        r"after|before|between|from\s+\d|and\s+(?:she|he|they|my|her|his))\b", re.I)
    samples = [*TEXTS, "PO Box 12, P.O. Box 99, p o box 5, Post Office Box 7, LOCKED BAG 3, xPO Box 1",
               "12 St. Mary no. 5 Apt. 3 brgy. San; end. Then Ave! x NO. 4\nthen after 9"]
    for text in samples:
        assert [m.span() for m in addresses._POBOX.finditer(text)] == [m.span() for m in old_pobox.finditer(text)]
        assert [m.span() for m in addresses._CLAUSE_END.finditer(text)] == [
            m.span() for m in old_clause.finditer(text)]


def test_rewritten_phone_and_email_patterns_match_their_old_form() -> None:
    old_candidate = re.compile(
        r"(?<![\w.,/$£€+])(?:\+\s?\d|\(\s?\+?\d|\d)[\d ().\-\u2010-\u2014/\u00a0]{5,24}\d(?!\w|[.,]\d|\s?%)")
    old_run = re.compile(
        r"(?<![\w.,/$£€])\+?\(?\d[\d \u00a0.\-\u2010-\u2013()/]{3,26}\d"
        r"(?:[ \u00a0]*(?:,\s*)?(?:ext\.?|extension|x|#)[ \u00a0]*\d{1,5})?(?![\d%])")
    old_at = re.compile(r"[\[({<]\s*at\s*[\])}>]\s*|\sat\s+|\(@\)\s*|\{@\}\s*")
    samples = [*TEXTS, "(440) 555-0132, +44 20 7946 0958, +1-907-555-0162, a(12) 345 6789, $12 345 678",
               "+(44) 20 7946 0958 ext 12, (0)20 7946, 1.234.567, 07700 900412 x12",
               "jane [at] x dot com, jane (at) x, jane(@)x, jane {@} x, look at  that, x\tat\nb"]
    for text in samples:
        for pos in (0, 3):
            assert [m.span() for m in phones._CANDIDATE.finditer(text, pos)] == [
                m.span() for m in old_candidate.finditer(text, pos)]
            assert [m.span() for m in phone_cues._RUN.finditer(text, pos)] == [
                m.span() for m in old_run.finditer(text, pos)]
            assert [m.span() for m in emails._AT_TOKEN.finditer(text, pos)] == [
                m.span() for m in old_at.finditer(text, pos)]


def test_label_hint_pattern_matches_its_old_form() -> None:
    old = re.compile(r"\b(?:" + "|".join(sorted(ids._LABEL_KEYS, key=len, reverse=True)) + ")")
    samples = [t.lower() for t in TEXTS] + [
        "my nhs number is", "did less", "xnhs", "_card", "1passport", "medicare-card", "the insurer said", "dl:"]
    for text in samples:
        for pos in (0, 2):
            a, b = old.search(text, pos), ids._LABEL_HINT.search(text, pos)
            assert (a and a.span()) == (b and b.span()), text


@pytest.mark.parametrize("text", [
    "DOB: 12/05/1976", "d.o.b 12/05/1976", "my do b is 12.05.1976", "B-day 12/05/1990", "Nee le 12/05/1976",
    "nato il 12/05/1976", "Geb. 12.05.1976", "born on 3 May 1980", "DOBSON 12/05/1976",
])
def test_birth_cue_gate_lets_every_cue_through(text: str) -> None:
    assert any(r.type == "DATE_OF_BIRTH" for r in scrub(text).redactions), text


def test_patterns_rewritten_for_speed_match_their_old_form() -> None:
    """Round 5 rewrites: dashes found from the dash, possessive e-mail runs, the ASCII twins of the
    capitalised-word patterns, "from" sign-offs and birth cues matched in lower case without re.I."""
    pairs = [  # (old, new, lower-case the sample first, ASCII samples only)
        (re.compile(r"(?:^|(?<=\s))(?:--?|\u2014|\u2013|~)\s*"), name_signs._DASH, False, False),
        (re.compile(r"(?<![\w.+\-])[\w.+\-']{1,64}(?:@| @ )(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,24}\b"), emails._PLAIN,
         False, False),
        (re.compile(r"(?<![\w.+\-])[A-Za-z0-9][\w.+\-]{0,63}" + emails._AT + emails._LABEL + "(?:" + emails._DOT
                    + emails._LABEL + "){0,3}" + emails._DOT + r"(?:com|org|net|co|uk)\b", re.I),
         re.compile(r"(?<![\w.+\-])[A-Za-z0-9][\w.+\-]{0,63}+" + emails._AT + emails._LABEL + "+(?:" + emails._DOT
                    + emails._LABEL + "+){0,3}" + emails._DOT + r"(?:com|org|net|co|uk)\b", re.I), False, False),
        (name_evidence._CAP_WORD, name_evidence._CAP_WORD_ASCII, False, True),
        (name_full._CAP_PAIR, name_full._CAP_PAIR_ASCII, False, True),
        (name_signs._FROM_SIGN, name_signs._FROM_SIGN_LOWER, True, True),
        (dates._NEAR_CUE, dates._NEAR_CUE_LOW, True, True),
        (dates._DOB, dates._DOB_LOW, True, True),
    ]
    samples = [*TEXTS, "- Maggie\n-- Tess ~ x\u2014y a-b \u2013 c ~", "jo.bloggs+ms@mail.example.co.uk, x'y@z.org, "
               + "a" * 70 + "@x.com", "jane [at] x [dot] co [dot] uk, JANE AT X DOT COM, jo(@)x.com",
               "Hi Mary-Jane O'Neil, Linda  Okafor and @Sam; #Tom /Ann McDonald Smith",
               "Love from Maureen, xx from Tom, greetings from Hamburg, best from Ann",
               "DOB: 12/05/1976, unborn d o b 3 May 1980, b-day 12/05/1990, geboren am 12.05.1976, abborn 1.2.1990"]
    for old, new, lower, ascii_only in pairs:
        for text in samples:
            if ascii_only and not text.isascii():
                continue
            hay = text.lower() if lower else text
            for pos in (0, 5):
                assert [m.regs for m in old.finditer(text if lower else hay, pos)] == [
                    m.regs for m in new.finditer(hay, pos)], (new.pattern[:40], text)
