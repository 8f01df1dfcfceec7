"""Property tests: the sanitizer, the scrubber and the assessment never raise,
their output is well-formed, and redaction offsets are sane."""

from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mscommunity.moderation.assessment import assess
from mscommunity.privacy import scrub
from mscommunity.sanitizer import clean_article_html, render_member_text
from tests.security.hostile import unsafe_parts

# Text with the characters that matter: markup, digits, @, dots, newlines, any Unicode.
member_text = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("<>\"'&=/:;@.-_()[]{}#%+ \n\t0123456789")),
        st.characters(blacklist_categories=("Cs",)),
    ),
    max_size=400,
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class _WellFormed(HTMLParser):
    VOID = {"br", "hr", "img"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ok = True

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.ok = False


def well_formed(markup: str) -> bool:
    parser = _WellFormed()
    parser.feed(markup)
    parser.close()
    return parser.ok and not parser.stack


@FAST
@given(member_text)
def test_member_text_renders_safe_well_formed_html(text):
    html = render_member_text(text)
    assert well_formed(html)
    assert unsafe_parts(html) == []


@FAST
@given(member_text)
def test_staff_html_is_cleaned_to_safe_well_formed_html(text):
    html = clean_article_html(text)
    assert unsafe_parts(html) == []


@FAST
@given(member_text)
def test_scrub_offsets_lie_inside_the_text_and_never_overlap(text):
    result = scrub(text)
    previous_end = 0
    for redaction in result.redactions:
        assert 0 <= redaction.start < redaction.end <= len(text)
        assert redaction.start >= previous_end
        assert 0.0 <= redaction.confidence <= 1.0
        previous_end = redaction.end
    assert isinstance(result.text, str)


@FAST
@given(member_text)
def test_assessment_never_raises_and_evidence_matches_the_text(text):
    assessment = assess(text)
    for label in assessment.labels.values():
        assert 0.0 <= label.score <= 1.0
        for evidence in label.evidence:
            assert text[evidence.start:evidence.end] == evidence.phrase
