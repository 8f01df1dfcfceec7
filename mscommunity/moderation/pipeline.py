"""The ingest pipeline: the one path by which member text reaches the database.

``prepare`` runs every step that does not store (validate, scrub, render,
and later assess and decide) and is what ``manage.py ingest`` shows.
``submit`` runs ``prepare`` and then stores, in one transaction, the content
row through the caller's ``save`` function.

Callers (``threads.services`` and every other app that accepts member text)
never write member text themselves: they hand ``submit`` a ``save`` function
that receives the prepared (scrubbed) text and returns the saved row.

Scrubbing runs on the text exactly as typed, so redaction offsets index the
input; the stored text is the scrubbed text, normalised. The raw values are
never stored, logged or e-mailed: nothing here logs text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction

from mscommunity import sanitizer
from mscommunity.moderation import validation
from mscommunity.privacy import Redaction, describe, scrub

Row = TypeVar("Row")

PUBLISH = "publish"
PUBLISH_LABELED = "publish_labeled"
HOLD = "hold"
REJECT = "reject"

NOUNS = {"comment": "comment", "report": "story", "bio": "profile text"}

__all__ = ["HOLD", "PUBLISH", "PUBLISH_LABELED", "REJECT", "Prepared", "ValidationError", "prepare", "submit"]


@dataclass(frozen=True)
class Prepared:
    """What would happen to a text: as stored, as rendered, and why.

    ``redactions`` index the input text; ``problems`` are validation messages
    (the text is refused when there are any).
    """

    text: str
    html: str
    decision: str
    reasons: tuple[str, ...] = ()
    redactions: tuple[Redaction, ...] = ()
    labels: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()

    @property
    def accepted(self) -> bool:
        return not self.problems

    @property
    def personal_data_uncertain(self) -> bool:
        return any(r.uncertain for r in self.redactions)

    @property
    def removed(self) -> list[str]:
        """Plain-English counts of what was removed, e.g. ``["1 phone number"]``."""
        return describe(self.redactions)


def _refused(found: list[str]) -> Prepared:
    return Prepared(text="", html="", decision=REJECT, reasons=tuple(found), problems=tuple(found))


def prepare(
    text: str,
    *,
    kind: str = "comment",
    author_names: Iterable[str] = (),
    previous_text: str | None = None,
) -> Prepared:
    """Run validate → scrub → render for ``text`` without storing anything.

    ``author_names`` are the author's own account names (always removed).
    ``previous_text`` is the author's last stored text (a repeat is refused).
    A text that fails validation comes back with decision ``reject`` and the
    validation messages as ``problems`` and ``reasons``.
    """
    noun = NOUNS.get(kind, "text")
    found = validation.problems(validation.normalize(text), noun=noun)
    if found:
        return _refused(found)
    scrubbed = scrub(text, allowed_domains=settings.PRIVACY_ALLOWED_DOMAINS, known_names=tuple(author_names))
    clean = validation.normalize(scrubbed.text)
    found = validation.problems(clean, noun=noun, previous_text=previous_text)
    if found:
        return _refused(found)
    return Prepared(
        text=clean,
        html=sanitizer.render_member_text(clean),
        decision=PUBLISH,
        redactions=scrubbed.redactions,
    )


def submit(
    text: str,
    *,
    kind: str,
    save: Callable[[Prepared], Row],
    author_names: Iterable[str] = (),
    previous_text: str | None = None,
) -> tuple[Row, Prepared]:
    """Prepare ``text`` and store it with ``save`` in one transaction.

    Raises ``ValidationError`` (with the member-facing messages) when the text
    is not acceptable; nothing is written then.
    """
    prepared = prepare(text, kind=kind, author_names=author_names, previous_text=previous_text)
    if not prepared.accepted:
        raise ValidationError(list(prepared.problems))
    with transaction.atomic():
        row = save(prepared)
    return row, prepared
