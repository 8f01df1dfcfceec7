"""Which blind batches are sealed (never read while tuning, only scored).

A batch whose name ends in ``_final`` is sealed unless
``tests/data/blind/opened.txt`` lists it: a final is opened only after it has
been scored at the end of a round and newer sealed finals exist.
"""

from __future__ import annotations

from pathlib import Path

BLIND = Path(__file__).resolve().parent.parent / "tests" / "data" / "blind"


def opened() -> frozenset[str]:
    lines = (BLIND / "opened.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(s for line in lines if (s := line.strip()) and not s.startswith("#"))


def is_sealed(kind: str, batch: str) -> bool:
    """True for ``kind/batch`` that nobody tuning may read."""
    return batch.endswith("_final") and f"{kind}/{batch}" not in opened()


def tunable(kind: str) -> list[str]:
    """The batch names of one kind that may be read and tuned on, in order."""
    return sorted(p.stem for p in (BLIND / kind).glob("*.jsonl") if not is_sealed(kind, p.stem))
