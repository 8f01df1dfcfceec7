"""The ingest pipeline: the one path by which member text reaches the database.

``prepare`` runs every step that does not store (validate, scrub, render,
assess, decide) and is what ``manage.py ingest`` shows. ``submit`` runs
``prepare`` and then stores, in one transaction, the content row (through the
caller's ``save`` function), and the audit event.

Callers (``threads.services`` and, later, every other app that accepts member
text) never write member text themselves: they hand ``submit`` a ``save``
function that receives the prepared text and returns the saved row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import transaction

from mscommunity import sanitizer
from mscommunity.moderation import validation

Row = TypeVar("Row")

PUBLISH = "publish"
PUBLISH_LABELED = "publish_labeled"
HOLD = "hold"
REJECT = "reject"


@dataclass(frozen=True)
class Prepared:
    """What would happen to a text: as stored, as rendered, and why."""

    text: str
    html: str
    decision: str
    reasons: tuple[str, ...] = ()
    redactions: tuple[Any, ...] = ()
    labels: tuple[str, ...] = ()
    problems: tuple[str, ...] = field(default=())

    @property
    def accepted(self) -> bool:
        return not self.problems


def prepare(text: str, *, kind: str = "comment", previous_text: str | None = None) -> Prepared:
    """Run validate → render for ``text`` without storing anything.

    A text that fails validation comes back with decision ``reject`` and the
    validation messages as ``problems`` and ``reasons``.
    """
    noun = {"comment": "comment", "report": "story", "bio": "profile text"}.get(kind, "text")
    clean = validation.normalize(text)
    found = validation.problems(clean, noun=noun, previous_text=previous_text)
    if found:
        return Prepared(text="", html="", decision=REJECT, reasons=tuple(found), problems=tuple(found))
    return Prepared(text=clean, html=sanitizer.render_member_text(clean), decision=PUBLISH)


def submit(
    text: str,
    *,
    kind: str,
    save: Callable[[Prepared], Row],
    previous_text: str | None = None,
) -> tuple[Row, Prepared]:
    """Prepare ``text`` and store it with ``save`` in one transaction.

    Raises ``ValidationError`` (with the member-facing messages) when the text
    is not acceptable; nothing is written then.
    """
    prepared = prepare(text, kind=kind, previous_text=previous_text)
    if not prepared.accepted:
        raise ValidationError(list(prepared.problems))
    with transaction.atomic():
        row = save(prepared)
    return row, prepared
