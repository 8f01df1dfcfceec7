"""`manage.py ingest --jsonl`: the pipeline from the command line, storing nothing."""

import io
import json

from django.core.management import call_command

from threads.models import Comment

PHONE = "(440) 555-0147"


def test_ingest_command_follows_the_contract(db):
    lines = [
        {"id": "a", "text": f"Call {PHONE} today"},
        {"id": "b", "text": "   "},
        {"id": "c", "text": "EDSS 6.5 since 1991, 20 mg every 3 months, $45,000"},
    ]
    out = io.StringIO()
    call_command("ingest", "--jsonl", stdin=io.StringIO("\n".join(json.dumps(x) for x in lines)), stdout=out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["a", "b", "c"]
    first = records[0]
    assert set(first) >= {"id", "text", "html", "redactions", "labels", "decision", "reasons"}
    span = first["redactions"][0]
    assert span["type"] == "PHONE" and lines[0]["text"][span["start"]:span["end"]] == PHONE
    assert first["text"] == "Call [phone number removed] today"
    assert records[1]["decision"] == "reject" and "empty" in records[1]["reasons"][0]
    assert records[2]["redactions"] == [] and records[2]["text"] == lines[2]["text"]
    assert Comment.objects.count() == 0
