"""What an assessment says: labels with scores and the evidence behind them.

Pure Python. An :class:`Assessment` is a value: labels present (score at least
:data:`THRESHOLD`), candidates (some evidence, below the threshold), the
treatments mentioned and the number of links. Evidence offsets index the text
that was assessed: ``text[start:end] == phrase``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from mscommunity.moderation.vocabulary import TreatmentMention

SEEKING = "seeking_advice"
GIVING = "giving_advice"
CRISIS = "crisis"
SPAM = "spam"
EXPERIENCE = "treatment_experience"
DISTRESS = "distress"  # weaker evidence of acute distress: the gentle "having a hard time" help
LABEL_NAMES: tuple[str, ...] = (SEEKING, GIVING, CRISIS, SPAM, EXPERIENCE, DISTRESS)

THRESHOLD = 0.5
"""A label is present when its score is at least this."""

SPAM_CERTAIN = 0.95
"""Spam scores at or above this are treated as certain by the policy."""

MAX_CHARS = 100_000
"""Only the first MAX_CHARS characters are analysed (pipeline validation
rejects longer texts anyway)."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """A phrase that triggered a label: ``text[start:end] == phrase``."""

    phrase: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form."""
        return {"phrase": self.phrase, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Label:
    """A label with its score in [0, 1] and the evidence behind it."""

    name: str
    score: float
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form."""
        return {
            "name": self.name,
            "score": self.score,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Assessment:
    """The result of :func:`assess`.

    ``labels`` maps each *present* label name (score >= THRESHOLD) to its
    :class:`Label`; ``candidates`` also holds labels that had some evidence
    but stayed below the threshold (shown to moderators, never acted on).
    ``treatments`` are the distinct treatment slugs mentioned, in order;
    ``mentions`` the individual mentions; ``link_count`` the number of links.
    """

    labels: dict[str, Label] = field(default_factory=dict)
    candidates: dict[str, Label] = field(default_factory=dict)
    treatments: tuple[str, ...] = ()
    mentions: tuple[TreatmentMention, ...] = ()
    link_count: int = 0

    def has(self, name: str) -> bool:
        """True when the label ``name`` is present."""
        return name in self.labels

    def score(self, name: str) -> float:
        """The label's score (0.0 when it had no evidence at all)."""
        label = self.labels.get(name) or self.candidates.get(name)
        return label.score if label else 0.0

    @property
    def names(self) -> tuple[str, ...]:
        """Present label names, in :data:`LABEL_NAMES` order."""
        return tuple(n for n in LABEL_NAMES if n in self.labels)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form (only lists, dicts, strings and numbers)."""
        return {
            "labels": [self.labels[n].to_dict() for n in self.names],
            "scores": {n: self.score(n) for n in LABEL_NAMES},
            "treatments": list(self.treatments),
            "link_count": self.link_count,
        }

    @classmethod
    def from_names(
        cls, names: Iterable[str], *, score: float = 1.0, link_count: int = 0
    ) -> Assessment:
        """An assessment with the given labels present (no evidence).

        Used to apply the policy to gold labels in tests and benchmarks.
        """
        return cls(
            labels={n: Label(n, score) for n in names},
            link_count=link_count,
        )
