"""Value types returned by :func:`mscommunity.privacy.scrub`.

Contract: offsets are Python ``str`` indices into the *input* text, half-open
``[start, end)``; redactions in a :class:`Scrubbed` are sorted by ``start`` and
never overlap.  Confidence is in ``[0, 1]``; below :data:`UNCERTAIN_BELOW` a
redaction is "uncertain" (still removed, but a moderator should look).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

UNCERTAIN_BELOW = 0.8

TYPES: tuple[str, ...] = (
    "PHONE", "EMAIL", "PERSON", "ADDRESS", "URL", "DATE_OF_BIRTH", "ID_NUMBER", "HANDLE", "OTHER",
)

MARKERS: dict[str, str] = {
    "PHONE": "[phone number removed]",
    "EMAIL": "[email removed]",
    "PERSON": "[name removed]",
    "ADDRESS": "[address removed]",
    "URL": "[link removed]",
    "DATE_OF_BIRTH": "[date of birth removed]",
    "ID_NUMBER": "[ID number removed]",
    "HANDLE": "[social media handle removed]",
    "OTHER": "[personal data removed]",
}

_NOUNS: dict[str, tuple[str, str]] = {
    "PHONE": ("phone number", "phone numbers"),
    "EMAIL": ("email address", "email addresses"),
    "PERSON": ("name", "names"),
    "ADDRESS": ("address", "addresses"),
    "URL": ("link", "links"),
    "DATE_OF_BIRTH": ("date of birth", "dates of birth"),
    "ID_NUMBER": ("ID number", "ID numbers"),
    "HANDLE": ("social media handle", "social media handles"),
    "OTHER": ("piece of personal data", "pieces of personal data"),
}


@dataclass(frozen=True, slots=True)
class Redaction:
    """One removed span: ``type`` is one of :data:`TYPES`."""

    type: str
    start: int
    end: int
    confidence: float

    def __init__(self, type: str, start: int, end: int, confidence: float) -> None:
        # The generated __init__ of a frozen dataclass calls object.__setattr__ once per field; setting
        # the slots through their descriptors does the same about 40% faster (detectors make many).
        _SET_TYPE(self, type)
        _SET_START(self, start)
        _SET_END(self, end)
        _SET_CONFIDENCE(self, confidence)

    @property
    def uncertain(self) -> bool:
        """True when the detector was not sure (a moderator should check)."""
        return self.confidence < UNCERTAIN_BELOW


_SET_TYPE, _SET_START, _SET_END, _SET_CONFIDENCE = (
    Redaction.type.__set__, Redaction.start.__set__, Redaction.end.__set__, Redaction.confidence.__set__)  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Scrubbed:
    """The scrubbed text plus what was removed from the input."""

    text: str
    redactions: tuple[Redaction, ...]

    @property
    def uncertain(self) -> bool:
        """True when any redaction is uncertain."""
        return any(r.uncertain for r in self.redactions)


def describe(redactions: Iterable[Redaction]) -> list[str]:
    """Plain-English counts for member notices, e.g. ``["1 phone number", "2 email addresses"]``.

    Order follows :data:`TYPES`; types with no redactions are left out.
    """
    counts = Counter(r.type for r in redactions)
    out: list[str] = []
    for t in TYPES:
        n = counts.get(t, 0)
        if n:
            one, many = _NOUNS[t]
            out.append(f"{n} {one if n == 1 else many}")
    return out
