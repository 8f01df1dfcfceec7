"""Print each missed and each wrong personal-data span on the tunable pii batches.

    .venv/bin/python bench/pii_misses.py [batch1 batch4 ...]

Runs every text through ``ingest_line`` (as ``bench/blind_bench.py`` does) and
prints, per text, the gold spans no redaction overlaps (MISS) and the
redactions that overlap no gold span (FALSE), with a little context. Sealed batches
(``bench/_blind.py``) are refused: they are never tuned on.
"""

from __future__ import annotations

import json
import sys

from _blind import is_sealed, tunable
from _django import ROOT, setup

PII = ROOT / "tests" / "data" / "blind" / "pii"


def _ctx(text: str, s: int, e: int, width: int = 40) -> str:
    return (text[max(0, s - width):s] + "[[" + text[s:e] + "]]" + text[e:e + width]).replace("\n", "⏎")


def main(argv: list[str]) -> int:
    names = argv or tunable("pii")
    if any(is_sealed("pii", n) for n in names):
        print("sealed final batches are never tuned on", file=sys.stderr)
        return 2
    setup()
    from mscommunity.moderation.management.commands.ingest import ingest_line

    for name in names:
        print(f"===== {name}")
        for line in (PII / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            out = ingest_line(json.dumps({"id": rec["id"], "text": rec["text"]}), kind="comment")
            pred, gold, text = out["redactions"], rec["spans"], rec["text"]
            for g in gold:
                if not any(g["start"] < r["end"] and r["start"] < g["end"] for r in pred):
                    print(f"{rec['id']} MISS  {g['type']:<13} {_ctx(text, g['start'], g['end'])}")
            for r in pred:
                if not any(g["start"] < r["end"] and r["start"] < g["end"] for g in gold):
                    print(f"{rec['id']} FALSE {r['type']:<13} {_ctx(text, r['start'], r['end'])}")
                else:
                    types = {g["type"] for g in gold if g["start"] < r["end"] and r["start"] < g["end"]}
                    if r["type"] not in types:
                        print(f"{rec['id']} TYPE  {r['type']}≠{'/'.join(types)} {_ctx(text, r['start'], r['end'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
