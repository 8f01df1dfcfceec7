"""The blind batches are frozen: their hashes match the manifest, and every
line has the fields the benchmark reads."""

import hashlib
import json
from pathlib import Path

import pytest

BLIND = Path(__file__).resolve().parent / "data" / "blind"
MANIFEST = dict(reversed(line.split()) for line in (BLIND / "MANIFEST.sha256").read_text().splitlines())
FIELDS = {"crisis": {"id", "text", "label"}, "pii": {"id", "text", "spans"},
          "advice": {"id", "text", "seeking_advice", "giving_advice", "topic"}, "spam": {"id", "text", "spam"}}


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_batch_is_unchanged_since_it_was_frozen(name):
    assert hashlib.sha256((BLIND / name).read_bytes()).hexdigest() == MANIFEST[name]


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_batch_lines_have_their_fields(name):
    records = [json.loads(line) for line in (BLIND / name).read_text(encoding="utf-8").splitlines() if line]
    assert len(records) >= 70
    for record in records:
        assert FIELDS[name.split("/")[0]] <= set(record)
        for span in record.get("spans", ()):
            assert 0 <= span["start"] < span["end"] <= len(record["text"])


def test_every_batch_file_is_in_the_manifest():
    assert {str(p.relative_to(BLIND)) for p in BLIND.glob("*/*.jsonl")} == set(MANIFEST)


def test_each_kind_keeps_a_sealed_final_and_opened_lists_only_scored_finals():
    opened = {s for line in (BLIND / "opened.txt").read_text().splitlines()
              if (s := line.strip()) and not s.startswith("#")}
    assert opened <= {name.removesuffix(".jsonl") for name in MANIFEST if name.endswith("_final.jsonl")}
    first_run = json.loads((BLIND / "first_run.json").read_text())
    assert opened <= set(first_run)
    for kind in FIELDS:
        sealed = {n.removesuffix(".jsonl") for n in MANIFEST
                  if n.startswith(kind + "/") and n.endswith("_final.jsonl")} - opened
        assert sealed, f"{kind} has no sealed final batch"
