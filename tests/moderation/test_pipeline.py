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


def test_record_many_opens_cases_with_reasons_and_audits_every_row(member, article):
    from mscommunity.moderation.models import AuditEvent, ModerationCase
    from threads.services import ImportedComment, comments_bulk_create

    now = article.published_at
    result = comments_bulk_create(article=article, items=[
        ImportedComment("1", None, member, "A plain story about my infusion day.", now),
        ImportedComment("2", None, member, "You should stop Tysabri now and go to Mexico for HSCT. "
                                           "I highly recommend it to anyone with MS.", now),
    ])
    assert result.stored == 2 and result.held == 1
    case = ModerationCase.objects.get()
    assert case.status == "open" and "gives_advice" in {r.code for r in case.reasons.all()}
    assert AuditEvent.objects.filter(action="comment.submitted").count() == 2
    assert AuditEvent.objects.filter(case=case).count() == 1
