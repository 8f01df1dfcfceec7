"""Show what the ingest pipeline would do to texts, storing nothing.

    python manage.py ingest --jsonl [--kind comment|report|bio] < in.jsonl > out.jsonl

Each input line is ``{"id": ..., "text": "..."}``; each output line, in the
same order, is ``{"id", "text", "html", "redactions": [{"type", "start",
"end"}], "labels", "decision", "reasons"}`` (DESIGN.md; fields are only ever
added). A line that is not such an object comes back rejected with a reason.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from mscommunity.moderation import pipeline
from mscommunity.moderation.policy import Action


def ingest_line(line: str, *, kind: str) -> dict:
    """The output record for one input line."""
    try:
        item = json.loads(line)
    except ValueError:
        item = None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return {
            "id": item.get("id") if isinstance(item, dict) else None,
            "text": "", "html": "", "redactions": [], "labels": [], "decision": Action.REJECT,
            "reasons": ['Each line must be a JSON object with a "text" string.'],
        }
    prepared = pipeline.prepare(item["text"], kind=kind)
    return {
        "id": item.get("id"),
        "text": prepared.text,
        "html": prepared.html,
        "redactions": [
            {"type": r.type, "start": r.start, "end": r.end, "confidence": round(r.confidence, 2)}
            for r in prepared.redactions
        ],
        "labels": list(prepared.labels),
        "decision": prepared.decision,
        "reasons": list(prepared.reason_texts),
        # Added fields (the contract only grows):
        "reason_codes": [r.code for r in prepared.reasons],
        "evidence": prepared.assessment.to_dict()["labels"],
        "treatments": list(prepared.assessment.treatments),
    }


class Command(BaseCommand):
    stealth_options = ("stdin",)
    help = "Run member texts (JSON lines on stdin) through the ingest pipeline without storing; JSON lines out."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--jsonl", action="store_true", required=True, help="read and write JSON lines")
        parser.add_argument("--kind", choices=sorted(pipeline.NOUNS), default="comment")

    def handle(self, *args, kind: str, **options) -> None:
        stdin = options.get("stdin") or sys.stdin
        out = self.stdout
        for number, line in enumerate(stdin, start=1):
            if not line.strip():
                continue
            try:
                record = ingest_line(line, kind=kind)
            except Exception as error:  # never print the text: it may hold personal data
                raise CommandError(f"line {number}: {type(error).__name__}") from None
            out.write(json.dumps(record, ensure_ascii=False))
