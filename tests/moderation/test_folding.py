"""A folded pattern over the lowered text finds exactly what the pattern finds over the text (moderation/folding.py).

The engine runs its cue patterns case-sensitively over ``text.lower()`` when
that is exact: these tests check the characters where ``str.lower`` and
``re``'s IGNORECASE part (against every code point), the patterns that may not
be folded, and the spans of every cue pattern both ways on the cue examples
and on generated texts with capitals, accents and the awkward letters.
"""

from __future__ import annotations

import re
import re._casefix as casefix
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from mscommunity.moderation.assessment.cues import CUES
from mscommunity.moderation.folding import UNSAFE, foldable_text, folded

_EXAMPLES = [t for c in CUES.cues for t in (*c.examples_positive, *c.examples_negative)]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_unsafe_holds_every_character_where_lower_and_ignorecase_part() -> None:
    extra = {chr(k) for k in casefix._EXTRA_CASES} | {chr(x) for v in casefix._EXTRA_CASES.values() for x in v}
    found = set()
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        low = ch.lower()
        if low == ch and ch not in extra:
            continue
        paired = (ch in extra and not ch.isascii()) or (low in extra and not low.isascii())
        kind_changes = any(bool(re.match(k, ch)) != bool(re.match(k, low)) for k in (r"\w", r"\d", r"\s"))
        if len(low) != 1 or paired or kind_changes or not re.fullmatch(re.escape(low), ch, re.IGNORECASE):
            found.add(ch)
    assert found == UNSAFE


def test_a_text_with_an_awkward_letter_is_not_folded() -> None:
    for text in ("ſubscribe", "İstanbul", "ΑΣ", "kılıç", "Μy channel"):
        assert not foldable_text(text, text.lower()), text
    for text in ("Check out MY channel", "Café crème, naïve", "emoji 😀 ok", "Straße"):
        assert foldable_text(text, text.lower()), text


def test_only_lower_case_case_free_patterns_are_folded() -> None:
    assert folded(re.compile(r"\bplan(?:ned)?\b", re.IGNORECASE)) is not None
    assert folded(re.compile(r"[a-z]+\s+[^\W\d_]", re.IGNORECASE)) is not None
    assert folded(re.compile(r"\bplan\b")) is None  # already case-sensitive
    assert folded(re.compile(r"\bPlan\b", re.IGNORECASE)) is None
    assert folded(re.compile(r"[A-Z]", re.IGNORECASE)) is None
    assert folded(re.compile(r"\bx(?-i:y)", re.IGNORECASE)) is None
    assert folded(re.compile("ſ", re.IGNORECASE)) is None
    assert folded(re.compile("[à-ÿ]", re.IGNORECASE)) is None  # a range beyond ASCII
    assert all(folded(c.pattern) is not None for c in CUES.regex_cues)  # the speed-up covers every cue


def test_every_cue_pattern_finds_the_same_spans_folded_on_the_examples() -> None:
    for cue in CUES.regex_cues:
        assert cue.pattern is not None
        plain = folded(cue.pattern)
        assert plain is not None
        for text in _EXAMPLES:
            for variant in (text, text.upper()):
                low = variant.lower()
                assert foldable_text(variant, low)
                assert _spans(plain, low) == _spans(cue.pattern, variant), (cue.name, variant)


_PIECES = [*(t for t in _EXAMPLES[::7]), "İ", "ı", "ſ", "Σ", "K", "É", "ß", "ﬅ", "Ω", " ", "\n", "SUB 4 SUB", "I'M"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map(" ".join))
def test_a_foldable_text_gives_the_same_spans_for_every_cue(text: str) -> None:
    low = text.lower()
    if not foldable_text(text, low):
        return
    for cue in CUES.regex_cues:
        assert cue.pattern is not None
        plain = folded(cue.pattern)
        assert plain is not None
        assert _spans(plain, low) == _spans(cue.pattern, text), (cue.name, text)
