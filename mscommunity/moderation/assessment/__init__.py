"""Step 4 of the ingest pipeline: assess a text for advice, crisis, spam and treatment stories.

Pure Python, no Django import. One public entry point::

    assess(text, *, treatments=None) -> Assessment

The assessment is made of explainable rules: every label carries the phrases
that triggered it (``Evidence(phrase, start, end)`` with
``text[start:end] == phrase``), so a moderator can see why a post was held.

Layout
------
``cues/<label>.toml``
    The cues, as data a moderator can read: name, label, weight, pattern (or
    word list, or the engine step that computes it), and examples that run as
    tests. Labels: ``seeking_advice``, ``giving_advice``, ``crisis``,
    ``spam``, ``treatment_experience``, ``distress``.
:mod:`.cues`
    Reads the cue files (format, flags).
:mod:`.document`
    The document model: sentences, questions, who speaks (reported speech,
    quotes) and who is addressed, the treatments named.
:mod:`.engine`
    The named steps in order, and the scoring (noisy OR, spam damping,
    threshold).
:mod:`.steps`, :mod:`.experience`
    The computed steps (cues that are more than one pattern).
:mod:`.topic`, :mod:`.advice`
    What each sentence is about (health, or money, law, work, daily life;
    the word lists in :mod:`.topic_words`, compiled by :mod:`.lexicon`);
    requests in any form, and the gate that keeps advice labels medical.
:mod:`.spam`, :mod:`.spam_weighing`
    The computed spam cues (with :mod:`.spam_promo` and its readers
    :mod:`.spam_words`, :mod:`.spam_tokens`, :mod:`.spam_own`,
    :mod:`.spam_calls`), and the weighing of every spam hit together.
:mod:`.result`
    :class:`Assessment`, :class:`Label`, :class:`Evidence`.
:mod:`.keywords`, :mod:`mscommunity.moderation.folding`
    Speed only: a pattern runs only where a literal every match holds is in
    the text, and case-insensitive patterns run case-sensitively over the
    lowered text where that finds the same spans.

Contract: ``assess`` returns an empty assessment for a non-string or blank
text and analyses at most :data:`MAX_CHARS` characters. It does not catch
errors: a bug raises, and the pipeline holds the post (fail closed).
"""

from __future__ import annotations

from mscommunity.moderation.assessment.document import LINK_RE, build_document
from mscommunity.moderation.assessment.engine import explain, score
from mscommunity.moderation.assessment.hits import Hit
from mscommunity.moderation.assessment.result import (
    CRISIS,
    DISTRESS,
    EXPERIENCE,
    GIVING,
    LABEL_NAMES,
    MAX_CHARS,
    SEEKING,
    SPAM,
    SPAM_CERTAIN,
    THRESHOLD,
    Assessment,
    Evidence,
    Label,
)
from mscommunity.moderation.vocabulary import EMPTY_VOCABULARY, TreatmentTerm, Vocabulary

__all__ = [
    "CRISIS", "DISTRESS", "EXPERIENCE", "GIVING", "LABEL_NAMES", "MAX_CHARS", "SEEKING", "SPAM", "SPAM_CERTAIN", "THRESHOLD",
    "Assessment", "Evidence", "Hit", "Label", "assess", "count_links", "hits",
]

_VOCAB_CACHE: dict[int, tuple[object, Vocabulary]] = {}


def _vocabulary(treatments: Vocabulary | tuple[TreatmentTerm, ...] | list[TreatmentTerm] | None) -> Vocabulary:
    """The compiled vocabulary for ``treatments`` (a sequence of terms is compiled
    once and cached while the same sequence object is passed)."""
    if treatments is None:
        return EMPTY_VOCABULARY
    if isinstance(treatments, Vocabulary):
        return treatments
    cached = _VOCAB_CACHE.get(id(treatments))
    if cached is not None and cached[0] is treatments:
        return cached[1]
    vocab = Vocabulary(treatments)
    if len(_VOCAB_CACHE) > 8:
        _VOCAB_CACHE.clear()
    _VOCAB_CACHE[id(treatments)] = (treatments, vocab)
    return vocab


def hits(
    text: str, *, treatments: Vocabulary | tuple[TreatmentTerm, ...] | list[TreatmentTerm] | None = None
) -> list[Hit]:
    """Every cue hit for ``text`` (at most :data:`MAX_CHARS` characters), in
    engine step order: what :func:`assess` scores. ``[]`` for a blank text."""
    if not isinstance(text, str) or not text.strip():
        return []
    return explain(build_document(text[:MAX_CHARS], _vocabulary(treatments)))


def assess(
    text: object,
    *,
    treatments: Vocabulary | tuple[TreatmentTerm, ...] | list[TreatmentTerm] | None = None,
) -> Assessment:
    """Assess a member's text (already scrubbed of personal data).

    ``treatments`` is the treatment vocabulary to look for: a compiled
    :class:`~mscommunity.moderation.vocabulary.Vocabulary` (the pipeline
    passes :func:`mscommunity.moderation.registry.vocabulary`, the terms staff
    edit), a sequence of :class:`TreatmentTerm`, or ``None`` for no treatment
    names at all (generic treatment words are still found).

    Returns an :class:`Assessment`; evidence offsets index ``text``. A
    non-string or blank text gives an empty assessment; any other failure
    raises (the caller decides what a broken assessment means).
    """
    if not isinstance(text, str) or not text.strip():
        return Assessment()
    text = text[:MAX_CHARS]
    doc = build_document(text, _vocabulary(treatments))
    labels, candidates = score(text, explain(doc))
    return Assessment(
        labels=labels,
        candidates=candidates,
        treatments=tuple(dict.fromkeys(m.slug for m in doc.mentions)),
        mentions=tuple(doc.mentions),
        link_count=len(LINK_RE.findall(text)),
    )


def count_links(text: str) -> int:
    """Number of links (URLs, www. addresses, bare domains) in ``text``."""
    return len(LINK_RE.findall(text)) if isinstance(text, str) else 0
