"""Regression gate: the scrubber must keep its targets on the labelled dev sets."""

from __future__ import annotations

from pii_devset import DEV, DEV2, NEARMISS, load, load_dev, parse, score

from mscommunity.privacy import scrub


def predict(text: str):
    return [(r.type, r.start, r.end) for r in scrub(text).redactions]


def test_loader_parses_markup() -> None:
    text, spans = parse("Call [[PHONE:920 555 0147]] or [[EMAIL:a[at]example[dot]com]]!")
    assert text == "Call 920 555 0147 or a[at]example[dot]com!"
    assert [text[s:e] for _, s, e in spans] == ["920 555 0147", "a[at]example[dot]com"]


def test_dev_set_sizes() -> None:
    assert len(load(DEV)) >= 300
    assert len(load(DEV2)) >= 60
    assert len(load(NEARMISS)) >= 100
    ids = [e.id for e in load_dev()]
    assert len(ids) == len(set(ids))


def test_targets() -> None:
    s = score(predict, load_dev(), load(NEARMISS))
    p, r, f1 = s.overall()
    assert f1 >= 0.90 and p >= 0.92, (p, r, f1)
    for t in ("PHONE", "EMAIL", "URL", "ID_NUMBER"):
        assert s.per_type(t)[1] >= 0.97, (t, s.per_type(t))
    assert s.per_type("PERSON")[1] >= 0.80, s.per_type("PERSON")
    assert s.false_flags == 0, [w for w in s.wrong if w[0].startswith("near")]


def test_targets_on_the_second_dev_file() -> None:
    """pii_dev2.jsonl: greetings, sign-offs, kinship, brackets, name pairs and labelled IDs."""
    s = score(predict, load(DEV2))
    p, r, _ = s.overall()
    assert p >= 0.95 and r >= 0.95, (p, r, s.misses, s.wrong)
    assert s.per_type("ID_NUMBER")[1] >= 0.97, s.per_type("ID_NUMBER")
