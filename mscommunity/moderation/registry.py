"""What other apps provide to moderation, so moderation imports none of them.

Apps register in ``AppConfig.ready``:

* their content models, and how a moderator's decision applies to each::

    registry.register(Comment, ContentHandler(noun="comment", apply=..., describe=..., url=...))

* the treatment vocabulary (the treatments app; the rows staff edit)::

    registry.provide_vocabulary(selectors.vocabulary)

  The provider is called for every text the pipeline assesses, so it must be
  cheap when nothing changed (cache the compiled :class:`Vocabulary` and
  rebuild it when staff save a term).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from django.db.models import Model

from mscommunity.moderation.vocabulary import EMPTY_VOCABULARY, Vocabulary


@dataclass(frozen=True)
class ContentHandler:
    """How moderation acts on one content model.

    ``apply(obj, outcome, *, actor_kind)`` puts the object in the state for
    ``outcome``, an :class:`~mscommunity.moderation.policy.Action`, and saves
    it; ``actor_kind`` is a ``transitions.ActorKind`` (a moderator's decision,
    members' flags). ``describe(obj)`` names it for its author ("your comment on
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
    context: Callable[[Model], Context] | None = None
    explain: Callable[[Model, str], None] | None = None
    withdraw_url: Callable[[Model], str] | None = None


@dataclass(frozen=True)
class Context:
    """A post in its conversation, for the moderator who decides it."""

    title: str = ""
    url: str = ""
    parent: tuple[str, str] | None = None
    replies: tuple[tuple[str, str], ...] = ()
    reply_count: int = 0


_handlers: dict[type[Model], ContentHandler] = {}


def register(model: type[Model], handler: ContentHandler) -> None:
    _handlers[model] = handler


def handler_for(obj_or_model: Model | type[Model]) -> ContentHandler:
    model = obj_or_model if isinstance(obj_or_model, type) else type(obj_or_model)
    return _handlers[model]


_vocabulary_provider: list[Callable[[], Vocabulary]] = []


def provide_vocabulary(provider: Callable[[], Vocabulary]) -> None:
    """Make ``provider`` the source of the treatment vocabulary (replacing any earlier one)."""
    _vocabulary_provider[:] = [provider]


def vocabulary() -> Vocabulary:
    """The current treatment vocabulary: the provider's, or an empty one when no app provides it."""
    return _vocabulary_provider[0]() if _vocabulary_provider else EMPTY_VOCABULARY
