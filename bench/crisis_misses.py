"""Print each miss and false alarm of the crisis path on the tunable blind batches.

    .venv/bin/python bench/crisis_misses.py              # every tunable batch
    .venv/bin/python bench/crisis_misses.py batch6 --all  # also past and distress posts

A miss: a post at current risk without the help path (``crisis`` or
``distress``). A false alarm: a figurative or ordinary post with it. Every
text goes through ``ingest_line``, like ``bench/blind_bench.py``. Sealed batches
(``bench/_blind.py``) are refused: nobody reads them.
"""

from __future__ import annotations

import argparse
import json
import sys

from _blind import is_sealed, tunable
from _django import ROOT, setup

HELP = {"crisis", "distress"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("batches", nargs="*", default=tunable("crisis"))
    parser.add_argument("--all", action="store_true", help="print past and distress posts too")
    args = parser.parse_args()
    if any(is_sealed("crisis", b) for b in args.batches):
        parser.error("sealed final batches are never read")
    setup()
    from mscommunity.moderation.management.commands.ingest import ingest_line

    for batch in args.batches:
        for line in (ROOT / "tests" / "data" / "blind" / "crisis" / f"{batch}.jsonl").read_text().splitlines():
            record = json.loads(line)
            out = ingest_line(json.dumps({"id": record["id"], "text": record["text"]}), kind="comment")
            got = sorted(HELP & set(out["labels"]))
            label = record["label"]
            if label == "risk" and not got:
                kind = "MISS"
            elif label in ("ordinary", "figurative") and got:
                kind = "FALSE ALARM"
            elif args.all and label in ("past", "distress"):
                kind = "help" if got else "none"
            else:
                continue
            print(f"{kind:<11} {record['id']} {label} {got} [{record.get('note', '')}]\n    {record['text']}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
