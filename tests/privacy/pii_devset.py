"""Load the labelled personal-data dev sets (tests/data/pii_*.jsonl) and score a scrubber.

Markup: ``[[TYPE:value]]`` inside the ``marked`` field; the loader returns the
plain text and the gold spans (type, start, end) in it.

Span rule: a predicted span *of the right type* that overlaps a gold span is a
true positive (for recall, the gold span is found; for precision, the prediction
is correct).  Near-miss texts have no gold spans: every prediction there is a
false flag.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"
DEV = DATA / "pii_dev.jsonl"
DEV2 = DATA / "pii_dev2.jsonl"
NEARMISS = DATA / "pii_nearmiss.jsonl"
# Written by someone who never saw the detectors: only scored, never tuned on.
HOLDOUT = DATA / "holdout_pii.jsonl"
_MARK = re.compile(r"\[\[([A-Z_]+):(.*?)\]\](?!\])", re.S)

Span = tuple[str, int, int]


@dataclass(frozen=True)
class Example:
    id: str
    text: str
    gold: tuple[Span, ...]


def parse(marked: str) -> tuple[str, tuple[Span, ...]]:
    """Turn inline markup into (text, gold spans)."""
    out: list[str] = []
    spans: list[Span] = []
    pos = 0
    n = 0
    for m in _MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        n += m.start() - pos
        value = m.group(2)
        spans.append((m.group(1), n, n + len(value)))
        out.append(value)
        n += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), tuple(spans)


def load(path: Path) -> list[Example]:
    """Examples from one file; a missing file gives an empty list."""
    rows: list[Example] = []
    if not path.exists():
        return rows
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                text, gold = parse(d["marked"])
                rows.append(Example(d["id"], text, gold))
    return rows


def load_dev() -> list[Example]:
    """The whole labelled dev set: pii_dev.jsonl plus pii_dev2.jsonl."""
    return load(DEV) + load(DEV2)


@dataclass
class Score:
    tp_gold: dict[str, int] = field(default_factory=dict)
    n_gold: dict[str, int] = field(default_factory=dict)
    tp_pred: dict[str, int] = field(default_factory=dict)
    n_pred: dict[str, int] = field(default_factory=dict)
    removed_any: int = 0
    false_flags: int = 0
    flagged_texts: int = 0
    misses: list[tuple[str, Span, str]] = field(default_factory=list)
    wrong: list[tuple[str, Span, str]] = field(default_factory=list)

    def per_type(self, t: str) -> tuple[float, float, int, int]:
        p = self.tp_pred.get(t, 0) / self.n_pred[t] if self.n_pred.get(t) else 1.0
        r = self.tp_gold.get(t, 0) / self.n_gold[t] if self.n_gold.get(t) else 1.0
        return p, r, self.n_gold.get(t, 0), self.n_pred.get(t, 0)

    def overall(self) -> tuple[float, float, float]:
        tp_p, n_p = sum(self.tp_pred.values()), sum(self.n_pred.values())
        tp_g, n_g = sum(self.tp_gold.values()), sum(self.n_gold.values())
        p = tp_p / n_p if n_p else 1.0
        r = tp_g / n_g if n_g else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _overlap(a: Span, b: Span) -> bool:
    return a[1] < b[2] and b[1] < a[2]


def score(
    predict: Callable[[str], Iterable[Span]], dev: list[Example], near: list[Example] = ()
) -> Score:
    s = Score()
    for ex in dev:
        pred = list(predict(ex.text))
        for g in ex.gold:
            s.n_gold[g[0]] = s.n_gold.get(g[0], 0) + 1
            if any(p[0] == g[0] and _overlap(p, g) for p in pred):
                s.tp_gold[g[0]] = s.tp_gold.get(g[0], 0) + 1
            else:
                s.misses.append((ex.id, g, ex.text[g[1]:g[2]]))
            if any(_overlap(p, g) for p in pred):
                s.removed_any += 1
        for p in pred:
            s.n_pred[p[0]] = s.n_pred.get(p[0], 0) + 1
            if any(p[0] == g[0] and _overlap(p, g) for g in ex.gold):
                s.tp_pred[p[0]] = s.tp_pred.get(p[0], 0) + 1
            else:
                s.wrong.append((ex.id, p, ex.text[p[1]:p[2]]))
    for ex in near:
        pred = list(predict(ex.text))
        s.false_flags += len(pred)
        s.flagged_texts += bool(pred)
        s.wrong.extend((ex.id, p, ex.text[p[1]:p[2]]) for p in pred)
    return s
