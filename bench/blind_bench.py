"""Score the frozen blind batches (tests/data/blind) through the ingest pipeline.

    .venv/bin/python bench/blind_bench.py                     # first run beside now
    .venv/bin/python bench/blind_bench.py --only pii          # one kind
    .venv/bin/python bench/blind_bench.py --record-first-run  # once, before any tuning

Every text goes through ``ingest_line``, the code behind ``manage.py ingest
--jsonl``, exactly as the independent evaluation runs it. Printed per batch:

- crisis: share of posts at current risk that got the crisis path (the
  crisis label, or the gentle "having a hard time" help when it exists), and
  the share of figurative, ordinary, distress and past posts that got it;
- pii: precision, recall and F1 over spans (a gold span is found when a
  redaction overlaps it; a redaction is right when it overlaps a gold span),
  recall per type, precision / recall / F1 per type (a redaction of a type
  is right when it overlaps any gold span), and texts without personal data
  that lost something;
- advice: precision, recall, F1 for seeking and giving advice, the F1 when
  only advice on a medical topic counts as gold (what the labels mean), and
  the share of non-medical posts given a medical-advice label;
- spam: spam published / held / rejected, genuine posts rejected / held /
  labelled spam.

Sealed final batches (``bench/_blind.py``) are never tuned on; ``--no-finals``
leaves them out.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

from _blind import is_sealed
from _django import ROOT, setup

BLIND = ROOT / "tests" / "data" / "blind"
FIRST_RUN = BLIND / "first_run.json"


def batches(kind: str) -> list[str]:
    """The batch names of one kind, in order."""
    return sorted(p.stem for p in (BLIND / kind).glob("*.jsonl"))
HELP_LABELS = {"crisis", "distress"}


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run(records: list[dict]) -> list[dict]:
    from mscommunity.moderation.management.commands.ingest import ingest_line

    return [ingest_line(json.dumps({"id": r["id"], "text": r["text"]}), kind="comment") for r in records]


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 3) if total else None


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def score_crisis(records: list[dict], out: list[dict]) -> dict:
    by: dict[str, list[bool]] = {}
    for record, result in zip(records, out, strict=True):
        by.setdefault(record["label"], []).append(bool(HELP_LABELS & set(result["labels"])))
    return {f"{label} given the crisis path": _share(sum(v), len(v)) for label, v in sorted(by.items())}


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def score_pii(records: list[dict], out: list[dict]) -> dict:
    """Span scores overall and per type.

    Recall per type: gold spans of that type overlapped by any redaction.
    Precision per type: redactions of that type overlapping any gold span.
    """
    tp = fp = fn = 0
    found_by_type: Counter = Counter()
    gold_by_type: Counter = Counter()
    pred_by_type: Counter = Counter()
    right_by_type: Counter = Counter()
    clean_texts = clean_flagged = 0
    for record, result in zip(records, out, strict=True):
        gold, predicted = record["spans"], result["redactions"]
        for span in gold:
            hit = any(_overlaps(span, r) for r in predicted)
            gold_by_type[span["type"]] += 1
            found_by_type[span["type"]] += hit
            tp += hit
            fn += not hit
        for r in predicted:
            right = any(_overlaps(r, span) for span in gold)
            pred_by_type[r["type"]] += 1
            right_by_type[r["type"]] += right
            fp += not right
        if not gold:
            clean_texts += 1
            clean_flagged += bool(predicted)
    figures = _prf(tp, fp, fn)
    figures.update({f"recall {t}": _share(found_by_type[t], n) for t, n in sorted(gold_by_type.items())})
    for t in sorted(set(gold_by_type) | set(pred_by_type)):
        p = right_by_type[t] / pred_by_type[t] if pred_by_type[t] else 1.0
        r = found_by_type[t] / gold_by_type[t] if gold_by_type[t] else 1.0
        figures[f"{t} precision / recall / F1"] = (
            f"{p:.2f}/{r:.2f}/{2 * p * r / (p + r) if p + r else 0.0:.2f} ({gold_by_type[t]} gold, {pred_by_type[t]} found)")
    figures["texts without personal data flagged"] = f"{clean_flagged} of {clean_texts}"
    return figures


def score_advice(records: list[dict], out: list[dict]) -> dict:
    figures: dict = {}
    for label in ("seeking_advice", "giving_advice"):
        tp = fp = fn = 0
        for record, result in zip(records, out, strict=True):
            gold, got = record[label], label in result["labels"]
            tp += gold and got
            fp += got and not gold
            fn += gold and not got
        figures.update({f"{label} {k}": v for k, v in _prf(tp, fp, fn).items()})
    # The labels are medical advice: some batches (advice/batch4 on) mark a request or a tip
    # about money, law or work as seeking or giving advice too, with its topic beside it.
    # Scored against "advice and topic medical", as the labels are defined (issue 18).
    for label in ("seeking_advice", "giving_advice"):
        tp = fp = fn = 0
        for record, result in zip(records, out, strict=True):
            gold, got = record[label] and record["topic"] == "medical", label in result["labels"]
            tp += gold and got
            fp += got and not gold
            fn += gold and not got
        figures[f"{label} f1, medical advice only"] = _prf(tp, fp, fn)["f1"]
    other = [(r, o) for r, o in zip(records, out, strict=True) if r["topic"] != "medical"]
    labelled = sum(1 for _, o in other if {"seeking_advice", "giving_advice"} & set(o["labels"]))
    figures["non-medical posts given a medical label"] = f"{labelled} of {len(other)}"
    return figures


def score_spam(records: list[dict], out: list[dict]) -> dict:
    spam = [o for r, o in zip(records, out, strict=True) if r["spam"]]
    genuine = [o for r, o in zip(records, out, strict=True) if not r["spam"]]

    def decisions(rows: list[dict]) -> Counter:
        return Counter(o["decision"] for o in rows)

    s, g = decisions(spam), decisions(genuine)
    return {
        "spam published": _share(s["publish"] + s["publish_labeled"], len(spam)),
        "spam held": _share(s["hold"], len(spam)),
        "spam rejected": _share(s["reject"], len(spam)),
        "genuine rejected": _share(g["reject"], len(genuine)),
        "genuine held": _share(g["hold"], len(genuine)),
        # Most genuine holds here are the advice queue (a member giving medical advice), not spam:
        "genuine held as spam": _share(sum(o["decision"] == "hold" and "spam" in o["labels"] for o in genuine),
                                       len(genuine)),
        "genuine labelled spam": _share(sum("spam" in o["labels"] for o in genuine), len(genuine)),
    }


SCORERS = {"crisis": score_crisis, "pii": score_pii, "advice": score_advice, "spam": score_spam}


def measure(only: tuple[str, ...] = (), *, finals: bool = True) -> tuple[dict, float]:
    figures: dict = {}
    texts = 0
    started = time.perf_counter()
    for kind, scorer in SCORERS.items():
        if only and kind not in only:
            continue
        for batch in batches(kind):
            if is_sealed(kind, batch) and not finals:
                continue
            records = load(BLIND / kind / f"{batch}.jsonl")
            texts += len(records)
            figures[f"{kind}/{batch}"] = scorer(records, run(records))
    return figures, texts / (time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--record-first-run", action="store_true",
                        help="add the figures of batches not yet in first_run.json (never overwrites)")
    parser.add_argument("--only", nargs="*", choices=sorted(SCORERS), default=(), help="score only these kinds")
    parser.add_argument("--no-finals", action="store_true",
                        help="leave out the sealed final batches (while tuning: their figures are for the end)")
    args = parser.parse_args()
    setup()
    figures, rate = measure(tuple(args.only), finals=not args.no_finals)
    first = json.loads(FIRST_RUN.read_text(encoding="utf-8")) if FIRST_RUN.exists() else {}
    if args.record_first_run:
        added = {name: value for name, value in figures.items() if name not in first}
        first.update(added)
        FIRST_RUN.write_text(json.dumps(first, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"first-run figures recorded for: {', '.join(added) or 'nothing new'}", file=sys.stderr)
    for name, now in figures.items():
        suffix = "   (sealed: never tuned on)" if is_sealed(*name.split("/")) else ""
        print(f"\n{name}{suffix}\n  {'measure':<45} {'first run':>10} {'now':>10}")
        for key, value in now.items():
            print(f"  {key:<45} {first.get(name, {}).get(key, '-')!s:>10} {value!s:>10}")
    print(f"\n{rate:.0f} texts a second through the pipeline (all batches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
