"""Which models hold member content, and how a moderator's decision applies to each.

Apps register their content models in ``AppConfig.ready`` so the moderation
app needs no import of them:

    registry.register(Comment, ContentHandler(noun="comment", apply=..., describe=..., url=...))
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from django.db.models import Model


@dataclass(frozen=True)
class ContentHandler:
    """How moderation acts on one content model.

    ``apply(obj, outcome, *, actor_kind)`` puts the object in the state for
    ``outcome``, one of ``"publish"``, ``"publish_labeled"``, ``"hold"``,
    ``"reject"``, and saves it; ``actor_kind`` is a
    ``transitions.ActorKind`` (a moderator's decision, members' flags). ``describe(obj)`` names it for its author ("your comment on
    “Title”"); ``url(obj)`` is where its author can see it; ``text(obj)``
    and ``html(obj)`` are its stored (scrubbed) text and rendered HTML.
    ``statuses`` maps the model's own status values onto the shared
    vocabulary of ``moderation.transitions.ContentStatus`` (empty: the model
    uses those values as they are). ``apply`` changes a status only through
    ``transitions.transition``.
    """

    noun: str
    apply: Callable[..., None]
    describe: Callable[[Model], str]
    url: Callable[[Model], str]
    text: Callable[[Model], str]
    statuses: Mapping[str, str] = field(default_factory=dict)


_handlers: dict[type[Model], ContentHandler] = {}


def register(model: type[Model], handler: ContentHandler) -> None:
    _handlers[model] = handler


def handler_for(obj_or_model: Model | type[Model]) -> ContentHandler:
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    return _handlers[model]
