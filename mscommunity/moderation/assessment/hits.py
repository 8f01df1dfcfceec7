"""A hit: one cue firing on one span of the text.

Pure Python. Every engine step returns hits; the score of a label is the noisy
OR of its hits' weights, and the hits' spans are the label's evidence.
"""

from __future__ import annotations

from typing import NamedTuple

from mscommunity.moderation.assessment.cues import Cue


class Hit(NamedTuple):
    """Cue ``cue`` (of ``label``) fired on ``text[start:end]`` with ``weight``.

    ``gated``: the cue fired but a later step cancelled it (the advice topic
    gate: a sentence about money or law); it scores nothing and is no evidence.
    """

    cue: str
    label: str
    weight: float
    start: int
    end: int
    gated: bool = False


def hit_for(cue: Cue, start: int, end: int, weight: float | None = None) -> Hit:
    """A hit of ``cue`` on ``[start, end)``, with the cue's weight unless ``weight`` is given."""
    return Hit(cue.name, cue.label, cue.weight if weight is None else weight, start, end)
