import pytest

from mscommunity.moderation import pipeline

pytestmark = pytest.mark.django_db


def test_prepare_normalises_and_renders():
    prepared = pipeline.prepare("  Hello\r\nworld\x00  ")
    assert prepared.accepted and prepared.decision == pipeline.PUBLISH
    assert prepared.text == "Hello\nworld"
    assert prepared.html == "<p>Hello<br>\nworld</p>"


@pytest.mark.parametrize(("kind", "noun"), [("comment", "comment"), ("report", "story"), ("bio", "profile text")])
def test_empty_text_is_rejected_with_a_message_naming_what_it_is(kind, noun):
    prepared = pipeline.prepare("", kind=kind)
    assert prepared.decision == pipeline.REJECT
    assert prepared.reason_texts == (f"Your {noun} is empty. Write something before you send it.",)


def test_submit_stores_nothing_when_validation_fails():
    calls = []
    with pytest.raises(pipeline.ValidationError):
        pipeline.submit("   ", kind="comment", save=calls.append, author=None)
    assert calls == []
