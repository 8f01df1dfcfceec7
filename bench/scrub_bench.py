"""Benchmark the personal-data scrubber against scrubadub on the labelled dev sets.

Run from the repository root (no Django needed):

    .venv/bin/python bench/scrub_bench.py [--misses]

Prints per-type precision/recall, overall P/R/F1, false flags on the near-miss
set and throughput (KB/s of UTF-8 input), for mscommunity.privacy and for
scrubadub (scrubadub.Scrubber().iter_filth, filth types mapped to ours), both
run in this process on the same texts.
"""

from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "privacy"))

from pii_devset import DEV, NEARMISS, Score, load, score  # noqa: E402

from mscommunity.privacy import TYPES, scrub  # noqa: E402

SCRUBADUB_TYPES = {
    "phone": "PHONE", "email": "EMAIL", "url": "URL", "name": "PERSON", "address": "ADDRESS",
    "postalcode": "ADDRESS", "credit_card": "ID_NUMBER", "social_security_number": "ID_NUMBER",
    "national_insurance_number": "ID_NUMBER", "tax_reference_number": "ID_NUMBER",
    "drivers_licence": "ID_NUMBER", "vehicle_license_plate": "ID_NUMBER", "twitter": "HANDLE",
    "skype": "HANDLE", "date_of_birth": "DATE_OF_BIRTH",
}
RULE = ("Span rule: a predicted span of the right type that overlaps a gold span is a hit "
        "(recall: gold found; precision: prediction correct). Near-miss texts have no gold spans.")


def ours(text: str):
    return [(r.type, r.start, r.end) for r in scrub(text).redactions]


def make_scrubadub():
    import scrubadub

    scrubber = scrubadub.Scrubber()

    def predict(text: str):
        out = []
        for f in scrubber.iter_filth(text):
            out.append((SCRUBADUB_TYPES.get(f.type, "OTHER"), f.beg, f.end))
        return out

    return predict


def throughput(predict, texts: list[str], rounds: int = 5) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts) / 1024
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for t in texts:
            predict(t)
        best = min(best, time.perf_counter() - t0)
    return size / best if best > 0 else float("inf")


def report(name: str, s: Score, kbps: float, n_near: int) -> list[str]:
    lines = [f"== {name} =="]
    lines.append(f"{'type':<14}{'gold':>6}{'pred':>6}{'precision':>11}{'recall':>9}")
    for t in TYPES:
        p, r, ng, npred = s.per_type(t)
        if ng or npred:
            lines.append(f"{t:<14}{ng:>6}{npred:>6}{p:>11.3f}{r:>9.3f}")
    p, r, f1 = s.overall()
    total_gold = sum(s.n_gold.values())
    lines.append(f"overall       precision {p:.3f}  recall {r:.3f}  F1 {f1:.3f}")
    lines.append(f"removed (any type) {s.removed_any}/{total_gold} = {s.removed_any / max(1, total_gold):.3f}")
    lines.append(f"near-miss false flags: {s.false_flags} in {s.flagged_texts}/{n_near} texts")
    lines.append(f"throughput: {kbps:.1f} KB/s")
    return lines


def main() -> int:
    warnings.filterwarnings("ignore")
    dev, near = load(DEV), load(NEARMISS)
    texts = [e.text for e in dev + near]
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
    print(f"dev set: {len(dev)} texts, {sum(len(e.gold) for e in dev)} gold spans; "
          f"near-miss set: {len(near)} texts; {kb:.1f} KB in all")
    print(RULE)
    ours_score = score(ours, dev, near)
    ours_kbps = throughput(ours, texts)
    print("\n".join(report("mscommunity.privacy", ours_score, ours_kbps, len(near))))
    try:
        sd = make_scrubadub()
        sd_score = score(sd, dev, near)
        sd_kbps = throughput(sd, texts)
        print("\n".join(report("scrubadub (Scrubber().iter_filth, types mapped)", sd_score, sd_kbps, len(near))))
        print(f"throughput ratio ours/scrubadub: {ours_kbps / sd_kbps:.2f}x")
    except ImportError:
        print("scrubadub not installed: comparison skipped")
    if "--misses" in sys.argv:
        print("\n-- misses (gold not found with right type) --")
        for m in ours_score.misses:
            print(m)
        print("\n-- wrong predictions (dev wrong type/extra, near-miss flags) --")
        for w in ours_score.wrong:
            print(w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
