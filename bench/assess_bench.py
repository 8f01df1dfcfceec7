"""Benchmark the text assessment and the policy on the labelled dev set.

Run from the repository root (no Django needed)::

    .venv/bin/python bench/assess_bench.py            # tuning part, held-out part, all
    .venv/bin/python bench/assess_bench.py --errors tune   # list mistakes in one part
    .venv/bin/python bench/assess_bench.py --errors blind  # ... in the held-out file

The dev set (tests/data/advice_dev.jsonl) is split by line order: the first
two thirds are the part the rules were written against ("tune"), the last
third was only checked afterwards ("holdout").  A second dev file
(tests/data/advice_dev2.jsonl, "dev2") holds further examples of each
category; "all" is both files.

After the dev-set figures, the same report for tests/data/holdout_advice.jsonl,
a held-out set written by someone who never saw the detectors (its first run's misses
guided general fixes, so it is no longer blind).

Reports per-label precision/recall/F1, the decision confusion matrix
(expected = policy applied to the gold labels, predicted = policy applied to
the assessment), the share of plain posts (no advice, crisis or spam label)
that were held, and posts assessed per second.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mscommunity.moderation.assessment import (  # noqa: E402
    LABEL_NAMES,
    Assessment,
    assess,
    count_links,
)
from mscommunity.moderation.policy import ACTIONS, Trust, decide  # noqa: E402
from treatments.vocabulary import DEFAULT_VOCABULARY  # noqa: E402  (the seed list a fresh database holds)

DEV_SET = ROOT / "tests" / "data" / "advice_dev.jsonl"
DEV_SET2 = ROOT / "tests" / "data" / "advice_dev2.jsonl"
BLIND_SET = ROOT / "tests" / "data" / "holdout_advice.jsonl"
NON_PLAIN = frozenset({"seeking_advice", "giving_advice", "crisis", "spam"})
TARGETS = {
    "seeking_advice F1": 0.90,
    "giving_advice F1": 0.90,
    "crisis recall": 1.0,
    "crisis precision": 0.80,
    "spam precision": 0.95,
}


def load(path: Path = DEV_SET) -> list[dict[str, Any]]:
    """The records of one file, in file order (none when the file is missing)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def split(
    records: list[dict[str, Any]], extra: list[dict[str, Any]] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The tuning part (first 2/3), the held-out part (last 1/3), the second
    dev file ("dev2", default: advice_dev2.jsonl) and all of them."""
    if extra is None:
        extra = load(DEV_SET2)
    cut = (2 * len(records)) // 3
    return {"tune": records[:cut], "holdout": records[cut:], "dev2": extra, "all": records + extra}


def trust_of(record: dict[str, Any]) -> Trust:
    """Trust facts for a record (links counted from the text)."""
    return Trust(
        is_new_member=bool(record.get("new_member")),
        is_first_post=bool(record.get("first_post")),
        link_count=count_links(record["text"]),
    )


@dataclass
class Result:
    """Metrics for one part of the dev set."""

    n: int
    per_label: dict[str, dict[str, float]]
    confusion: dict[str, dict[str, int]]
    plain_total: int
    plain_held: int
    posts_per_second: float
    errors: list[str]
    cpu_posts_per_second: float = 0.0  # by this process's CPU time: steady on a busy machine

    @property
    def plain_held_share(self) -> float:
        return self.plain_held / self.plain_total if self.plain_total else 0.0

    def metric(self, key: str) -> float:
        label, stat = key.rsplit(" ", 1)
        return self.per_label[label][{"F1": "f1"}.get(stat, stat)]


def evaluate(records: list[dict[str, Any]]) -> Result:
    """Assess every record and compare with its gold labels."""
    t0, c0 = time.perf_counter(), time.process_time()
    predicted = [assess(r["text"], treatments=DEFAULT_VOCABULARY) for r in records]
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0

    per_label: dict[str, dict[str, float]] = {}
    for name in LABEL_NAMES:
        tp = fp = fn = 0
        for r, a in zip(records, predicted, strict=True):
            gold, pred = name in r["labels"], a.has(name)
            tp += gold and pred
            fp += pred and not gold
            fn += gold and not pred
        p = tp / (tp + fp) if tp + fp else 1.0
        rc = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        per_label[name] = {"tp": tp, "fp": fp, "fn": fn, "precision": p,
                           "recall": rc, "f1": f1, "support": tp + fn}

    confusion = {a: dict.fromkeys(ACTIONS, 0) for a in ACTIONS}
    plain_total = plain_held = 0
    errors: list[str] = []
    for r, a in zip(records, predicted, strict=True):
        trust = trust_of(r)
        expected = decide(Assessment.from_names(r["labels"], link_count=trust.link_count),
                          trust=trust)
        got = decide(a, trust=trust)
        confusion[expected.action][got.action] += 1
        if not NON_PLAIN & set(r["labels"]) and not expected.held:
            plain_total += 1
            plain_held += got.held
        if set(r["labels"]) != set(a.names):
            ev = {n: [e.phrase for e in lab.evidence][:4] for n, lab in a.labels.items()}
            errors.append(f"{r['id']} gold={sorted(r['labels'])} pred={list(a.names)}\n"
                          f"    {r['text'][:200]!r}\n    evidence={ev}")
    return Result(len(records), per_label, confusion, plain_total, plain_held,
                  len(records) / elapsed if elapsed else float("inf"), errors,
                  len(records) / cpu if cpu else float("inf"))


def report(name: str, res: Result) -> str:
    """Human-readable report for one part."""
    lines = [f"== {name}: {res.n} posts =="]
    lines.append(f"{'label':<22}{'support':>8}{'prec':>8}{'recall':>8}{'F1':>8}"
                 f"{'tp':>5}{'fp':>5}{'fn':>5}")
    for label, m in res.per_label.items():
        lines.append(f"{label:<22}{m['support']:>8}{m['precision']:>8.3f}{m['recall']:>8.3f}"
                     f"{m['f1']:>8.3f}{m['tp']:>5}{m['fp']:>5}{m['fn']:>5}")
    lines.append("decision confusion (rows = expected from gold labels, cols = predicted):")
    lines.append(f"{'':<17}" + "".join(f"{a:>17}" for a in ACTIONS))
    for exp in ACTIONS:
        lines.append(f"{exp:<17}" + "".join(f"{res.confusion[exp][g]:>17}" for g in ACTIONS))
    agree = sum(res.confusion[a][a] for a in ACTIONS)
    lines.append(f"decision agreement: {agree}/{res.n} = {agree / res.n:.3f}")
    lines.append(f"plain posts held: {res.plain_held}/{res.plain_total} = "
                 f"{res.plain_held_share:.1%} (target < 10%)")
    checks = []
    for key, target in TARGETS.items():
        value = res.metric(key)
        ok = value >= target
        checks.append(f"{key} {value:.3f} {'>=' if ok else '<'} {target} {'ok' if ok else 'MISS'}")
    lines.append("targets: " + "; ".join(checks))
    lines.append(f"throughput: {res.posts_per_second:,.0f} posts/s "
                 f"({res.cpu_posts_per_second:,.0f} posts per CPU second)")
    return "\n".join(lines)


def steady_throughput(texts: list[str], passes: int = 5) -> str:
    """The assessment's throughput as a running server sees it (the figure
    issue 18 asks for: at least 1,000 posts a second): every dev post
    assessed once to load what is loaded lazily, then ``passes`` timed passes
    over all of them; the best pass, in CPU time of this process, so other
    work on a busy machine is not charged to it. (The per-part throughput
    lines above include the first, cold calls.)"""
    for text in texts:
        assess(text, treatments=DEFAULT_VOCABULARY)
    best = float("inf")
    for _ in range(passes):
        started = time.process_time()
        for text in texts:
            assess(text, treatments=DEFAULT_VOCABULARY)
        best = min(best, time.process_time() - started)
    return (f"assessment throughput, warm: {len(texts) / best:,.0f} posts a second "
            f"(best of {passes} passes over {len(texts):,} dev posts, CPU time; target >= 1,000)")


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark; exit status 1 when a target is missed on 'all'."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=("tune", "holdout", "dev2", "all", "blind"),
                        help="list the posts whose labels differ from gold in that part")
    parser.add_argument("--file", type=Path, default=DEV_SET)
    args = parser.parse_args(argv)

    parts = split(load(args.file))
    results = {name: evaluate(recs) for name, recs in parts.items() if recs}
    for name in ("tune", "holdout", "dev2", "all"):
        if name in results:
            print(report(name, results[name]))
            print()
    # Throughput on longer texts: the whole dev set joined, 20 times.
    long_text = " ".join(r["text"] for r in parts["all"])[:10_000]
    t0 = time.perf_counter()
    for _ in range(20):
        assess(long_text, treatments=DEFAULT_VOCABULARY)
    per = (time.perf_counter() - t0) / 20
    print(f"a 10,000-character post takes {per * 1000:.1f} ms")
    print(steady_throughput([r["text"] for r in parts["all"]]))
    blind = load(BLIND_SET)
    if blind:
        results["blind"] = evaluate(blind)
        print(f"\n#### HELD-OUT SET: {BLIND_SET.name} ####")
        print("Written by someone who never saw the detectors. Its first run's misses (README) guided "
              "general fixes, never rules for its lines, so read these as optimistic. "
              "Expect lower figures than on the dev set (targets shown for reference only).")
        print(report("held-out", results["blind"]))
    if args.errors and args.errors in results:
        print(f"\n== mismatches in {args.errors} ==")
        print("\n".join(results[args.errors].errors))
    ok = all(results["all"].metric(k) >= t for k, t in TARGETS.items())
    ok = ok and results["all"].plain_held_share < 0.10
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
