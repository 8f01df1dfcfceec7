"""Print each spam text published and each genuine text held, rejected or labelled spam, on the tunable spam batches.

    .venv/bin/python bench/spam_misses.py [batch1 batch4 ...]
    .venv/bin/python bench/spam_misses.py --dev      # tests/data/spam_comments_dev.jsonl instead

Runs every text through ``ingest_line`` (as ``bench/blind_bench.py`` does) and
prints MISS (spam published) and FALSE (a genuine text held, rejected or
labelled spam) with the decision, the reason codes and the spam cues that fired
on the stored (scrubbed) text, with their weights after weighing. Sealed batches
(``bench/_blind.py``) are refused: they are never tuned on.
"""

from __future__ import annotations

import json
import sys

from _blind import is_sealed, tunable
from _django import ROOT, setup

SPAM_DIR = ROOT / "tests" / "data" / "blind" / "spam"
DEV = ROOT / "tests" / "data" / "spam_comments_dev.jsonl"


def main(argv: list[str]) -> int:
    if argv == ["--dev"]:
        sources = [("dev", DEV)]
    else:
        names = argv or tunable("spam")
        if any(is_sealed("spam", n) for n in names):
            print("sealed final batches are never tuned on", file=sys.stderr)
            return 2
        sources = [(n, SPAM_DIR / f"{n}.jsonl") for n in names]
    setup()
    from mscommunity.moderation.assessment import hits
    from mscommunity.moderation.management.commands.ingest import ingest_line

    for name, path in sources:
        print(f"===== {name}")
        misses = falses = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            out = ingest_line(json.dumps({"id": rec["id"], "text": rec["text"]}), kind="comment")
            published = out["decision"] in ("publish", "publish_labeled")
            if rec["spam"] and published:
                tag, misses = "MISS ", misses + 1
            elif not rec["spam"] and (not published or "spam" in out["labels"]):
                tag, falses = "FALSE", falses + 1
            else:
                continue
            cues = [(h.cue, round(h.weight, 2)) for h in hits(out["text"]) if h.label == "spam"]
            print(f"{tag} {rec['id']} [{rec.get('kind', '')}] {out['decision']} {out['reason_codes']}")
            print(f"      {rec['text']!r}")
            print(f"      spam cues: {cues}")
        print(f"----- {name}: {misses} spam published, {falses} genuine held, rejected or labelled spam")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
