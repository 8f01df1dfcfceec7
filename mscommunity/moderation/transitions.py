"""The one table of member-content status changes, and the one function that makes them.

Every piece of member content (a comment, a treatment report) is, whatever
its own model calls it, in one of five states:

* ``published``: everyone reads it (an approved report counts in the figures);
* ``held``: it waits for a moderator; only its author (and moderators) see it;
* ``rejected``: not published; only its author (and moderators) see it;
* ``removed``: a moderator took it down; a tombstone without text at most;
* ``deleted``: its author deleted or withdrew it; a tombstone without text at most.

``removed`` and ``deleted`` are final for everything automatic: no pipeline
decision, no number of flags and no later moderation case brings their text
back. The only way out of ``removed`` is its author erasing it (``deleted``,
when they leave); nothing leaves ``deleted``.

Content models map their own status values onto this vocabulary through
their ``registry.ContentHandler.statuses``; every status change of member
content goes through :func:`transition`, which refuses (``TransitionNotAllowed``,
a ``ValidationError`` with a plain message) anything :data:`ALLOWED` does not
list. A test scans the code so no other path writes a content status.
"""

from __future__ import annotations

from enum import StrEnum

from django.core.exceptions import ValidationError
from django.db.models import Model

from mscommunity.moderation import registry


class ContentStatus(StrEnum):
    PUBLISHED = "published"
    HELD = "held"
    REJECTED = "rejected"
    REMOVED = "removed"
    DELETED = "deleted"


class ActorKind(StrEnum):
    """Who (or what) asks for the change."""

    AUTHOR = "author"  # the author deletes, withdraws or erases their content
    MODERATOR = "moderator"  # a moderator decides a case or removes content
    PIPELINE = "pipeline"  # the ingest pipeline's decision on an edited text
    FLAGS = "flags"  # enough members flagged it


P, H, J, R, D = (ContentStatus.PUBLISHED, ContentStatus.HELD, ContentStatus.REJECTED, ContentStatus.REMOVED,
                 ContentStatus.DELETED)
A, M, PL, F = ActorKind.AUTHOR, ActorKind.MODERATOR, ActorKind.PIPELINE, ActorKind.FLAGS

# (from, to) -> who may make that change. Anything not listed is refused.
ALLOWED: dict[tuple[ContentStatus, ContentStatus], frozenset[ActorKind]] = {
    (P, P): frozenset({M, PL}),  # a moderator re-labels it; an edit the pipeline publishes again
    (P, H): frozenset({PL, F}),  # an edit that needs a moderator; hidden by members' flags
    (P, J): frozenset({M, PL}),  # a moderator's rejection; an edit the policy refuses
    (P, R): frozenset({M}),
    (P, D): frozenset({A}),
    (H, P): frozenset({M}),  # only a moderator lets held content out, never an edit
    (H, H): frozenset({PL}),  # an edit of held content waits again
    (H, J): frozenset({M, PL}),
    (H, R): frozenset({M}),
    (H, D): frozenset({A}),
    (J, P): frozenset({M}),
    (J, H): frozenset({PL}),  # an author resubmits an edited report
    (J, J): frozenset({M, PL}),
    (J, R): frozenset({M}),
    (J, D): frozenset({A}),
    (R, D): frozenset({A}),  # its author leaves and erases their content: the text goes for good
}

_REFUSALS = {
    ContentStatus.REMOVED: "It was removed by a moderator, so it cannot be {what}.",
    ContentStatus.DELETED: "It was deleted or withdrawn by its author, so it cannot be {what}.",
}
_VERBS = {P: "published", H: "held for review", J: "rejected", R: "removed", D: "deleted"}


class TransitionNotAllowed(ValidationError):
    """A status change the table does not allow; ``messages`` are plain words for people."""


def allowed(from_status: str, to_status: str, *, actor_kind: str) -> bool:
    """True when ``actor_kind`` may move content from ``from_status`` to ``to_status``."""
    try:
        key = (ContentStatus(from_status), ContentStatus(to_status))
        actor = ActorKind(actor_kind)
    except ValueError:
        return False
    return actor in ALLOWED.get(key, frozenset())


def status_of(obj: Model) -> ContentStatus:
    """``obj``'s status in the shared vocabulary."""
    statuses = registry.handler_for(obj).statuses
    value = obj.status  # type: ignore[attr-defined]
    return ContentStatus(statuses.get(value, value) if statuses else value)


def is_public(obj: Model) -> bool:
    """True when everybody may read ``obj`` (the only state members may flag or react to)."""
    return status_of(obj) == ContentStatus.PUBLISHED


def refusal(from_status: str, to_status: str) -> str:
    """Why a change is refused, in words a member or moderator understands."""
    what = _VERBS.get(ContentStatus(to_status), to_status)
    template = _REFUSALS.get(ContentStatus(from_status), "It is {state} now, so it cannot be {what}.")
    return template.format(state=_VERBS.get(ContentStatus(from_status), from_status), what=what)


def transition(obj: Model, to_status: str, *, actor_kind: str) -> ContentStatus:
    """Set ``obj.status`` to the model's value for ``to_status`` (not saved: the
    caller saves it with its other fields, in its transaction) and return the
    previous status. Raises ``TransitionNotAllowed`` when :data:`ALLOWED` does
    not list the change for ``actor_kind``."""
    previous = status_of(obj)
    target = ContentStatus(to_status)
    if not allowed(previous, target, actor_kind=actor_kind):
        raise TransitionNotAllowed(refusal(previous, target), code="transition_not_allowed")
    statuses = registry.handler_for(obj).statuses
    if statuses:
        by_generic = {generic: value for value, generic in statuses.items()}
        if target not in by_generic:
            raise TransitionNotAllowed(refusal(previous, target), code="transition_not_allowed")
        value = by_generic[target]
    else:
        value = target.value
    obj.status = value  # type: ignore[attr-defined]  # the only write of a content status
    return previous
