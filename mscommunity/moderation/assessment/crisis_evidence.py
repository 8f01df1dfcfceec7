"""Weighed crisis evidence: the generous "when in doubt, show help" tier.

Pure Python, read by :mod:`.crisis`. Where the concept rules
(:mod:`.crisis_concepts`) each recognise one construct in one sentence, this
tier weighs *kinds* of evidence found near each other, so that an unseen
wording made of the same kinds of words still gets the gentle help:

* classes of evidence (``cues/crisis_evidence.toml``): death, dying and not
  existing; leaving and farewell; apology; being a burden; hopelessness and
  futility; a method as an object and a means in quantity or to hand;
  self-harm; grief joined to following; wanting, deciding and calm; a time;
* each *item* is a short token sequence over the crisis lexicon's tokens
  (contractions expanded, text speak mapped, figurative death words such as
  "killing me" or "my legs are dead" already emptied, so they match nothing);
  an item is cancelled by "not", "never" or "no" in the two words before it,
  unless it starts with a negation itself ("not wake up");
* every window of ``window`` sentences either side of a sentence scores the
  items found in it (beyond one sentence away at ``far`` of their weight: a post at
  risk spreads its evidence over a few sentences, an ordinary one rarely holds
  two kinds of it close together): each class's first item adds its weight, each further
  distinct item of the same class three quarters as much, combined as a noisy-or;
  counter-evidence (a laugh, a joke) multiplies the score down;
* a window whose score reaches ``gentle`` and that holds a *core* class
  (death, leaving, burden, means, self-harm, joining; hopelessness, wanting
  and a time alone never are) gives one hit of the ``distress`` cue named in
  the file, spanning its strongest core item. The guards of
  :mod:`.crisis_guards` (a past episode that is over, suicide as a topic) then
  apply to it as to every crisis hit.

The tier never gives the crisis label by itself: it is the gentle help (the
resources, the post held for a person), which the issue accepts for sad posts
without risk; figurative symptom talk and ordinary posts must stay clean, and
the file's examples (tests/moderation/assessment/test_crisis_evidence.py) and
the blind batches check that they do.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from mscommunity.moderation.assessment.crisis_lexicon import Token

EVIDENCE_FILE = Path(__file__).resolve().parent / "cues" / "crisis_evidence.toml"

_NEG = frozenset({"not", "never", "no", "nor", "without"})


@dataclass(frozen=True, slots=True)
class Item:
    """One token sequence of a class: words, ``word*`` prefixes and ``~N`` gaps."""

    text: str
    seq: tuple[str, ...]
    kind: str  # the class (or counter-evidence) name
    weight: float  # a class weight, or a counter-evidence factor
    against: bool = False
    whole_text: bool = False  # counter-evidence that lowers every window when found anywhere
    near_only: bool = False  # counter-evidence that counts only in the window's own sentence
    needs: frozenset[str] = frozenset()  # the plain words after the first, all of which a match needs
    steps: tuple[tuple[int, str | int], ...] = ()  # ``seq`` compiled: (_WORD, w), (_PREFIX, p), (_CONCEPT, c), (_GAP, n)


@dataclass(frozen=True, slots=True)
class Evidence:
    """The loaded file: items indexed by their first word, and the scoring settings."""

    cue: str
    window: int
    gentle: float
    far: float  # the factor of an item's weight beyond one sentence from the window's centre
    core: frozenset[str]
    by_word: dict[str, tuple[Item, ...]]
    by_prefix: tuple[tuple[str, tuple[Item, ...]], ...]
    by_concept: dict[str, tuple[Item, ...]]
    examples_positive: tuple[str, ...]
    examples_negative: tuple[str, ...]
    # norm -> the items that may start at a token of that norm, longest first (filled as texts are read).
    # A token's concepts follow from its norm (only numbers gain MANY or BIG, which no item names).
    starts: dict[str, tuple[Item, ...]] = field(default_factory=dict, compare=False)

    def items_at(self, tok: Token) -> tuple[Item, ...]:
        """The items whose first word, prefix or concept accepts ``tok`` (memoised: most tokens start none)."""
        found = self.starts.get(tok.norm)
        if found is None:
            norm = tok.norm
            items = list(self.by_word.get(norm, ()))
            items += [i for prefix, group in self.by_prefix if norm.startswith(prefix) for i in group]
            items += [i for concept in tok.concepts for i in self.by_concept.get(concept, ())]
            found = self.starts[norm] = tuple(sorted(items, key=lambda i: -len(i.seq)))
        return found


def _item(text: str, kind: str, weight: float, against: bool, whole_text: bool = False,
          near_only: bool = False) -> Item:
    seq = tuple(w if w.isupper() else w.lower() for w in text.split())
    if not seq or seq[0].startswith("~") or seq[-1].startswith("~"):
        raise ValueError(f"crisis_evidence.toml: item {text!r} of {kind!r} must start and end with a word")
    needs = frozenset(w for w in seq[1:] if not (w.startswith("~") or w.endswith("*") or w.isupper()))
    return Item(text, seq, kind, float(weight), against, whole_text, near_only, needs, tuple(_step(w) for w in seq))


_WORD, _PREFIX, _CONCEPT, _GAP = range(4)


def _step(word: str) -> tuple[int, str | int]:
    if word.startswith("~"):
        return _GAP, int(word[1:])
    if word.isupper():
        return _CONCEPT, word  # a concept of the crisis lexicon ("MEDS", "FIREARM")
    return (_PREFIX, word[:-1]) if word.endswith("*") else (_WORD, word)


def load_evidence(path: Path = EVIDENCE_FILE) -> Evidence:
    """Read the evidence file. Raises ``ValueError`` for a malformed item or an unknown core class."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    items: list[Item] = []
    for name, spec in data.get("class", {}).items():
        items += [_item(t, name, spec["weight"], False) for t in spec["items"]]
    for name, spec in data.get("against", {}).items():
        scope = spec.get("scope")
        items += [_item(t, name, spec["factor"], True, scope == "text", scope == "sentence") for t in spec["items"]]
    core = frozenset(data["core"])
    if unknown := core - data.get("class", {}).keys():
        raise ValueError(f"crisis_evidence.toml: unknown core classes {sorted(unknown)}")
    # Longer items first, so that "kill myself" claims its words before "kill" does.
    items.sort(key=lambda i: -len(i.seq))
    by_word: dict[str, list[Item]] = {}
    by_prefix: dict[str, list[Item]] = {}
    by_concept: dict[str, list[Item]] = {}
    for item in items:
        first = item.seq[0]
        if first.isupper():
            by_concept.setdefault(first, []).append(item)
        elif first.endswith("*"):
            by_prefix.setdefault(first[:-1], []).append(item)
        else:
            by_word.setdefault(first, []).append(item)
    return Evidence(
        cue=data["cue"], window=int(data["window"]), gentle=float(data["gentle"]), far=float(data.get("far", 1.0)),
        core=core,
        by_word={w: tuple(v) for w, v in by_word.items()},
        by_prefix=tuple((p, tuple(v)) for p, v in by_prefix.items()),
        by_concept={c: tuple(v) for c, v in by_concept.items()},
        examples_positive=tuple(data.get("examples_positive", ())),
        examples_negative=tuple(data.get("examples_negative", ())),
    )


def _match(steps: tuple[tuple[int, str | int], ...], toks: list[Token], i: int, k: int) -> int | None:
    """End index (exclusive) of a match of ``steps[k:]`` starting at token ``i`` (one sentence), or None."""
    n = len(toks)
    sent = toks[i - 1].sent if k else toks[i].sent
    m = len(steps)
    while k < m:
        kind, value = steps[k]
        if kind == _GAP:
            for j in range(i, i + int(value) + 1):
                if j >= n or toks[j].sent != sent:
                    return None
                end = _match(steps, toks, j, k + 1)
                if end is not None:
                    return end
            return None
        if i >= n:
            return None
        tok = toks[i]
        if tok.sent != sent:
            return None
        if kind == _WORD:
            ok = tok.norm == value
        elif kind == _PREFIX:
            ok = tok.norm.startswith(value)  # type: ignore[arg-type]
        else:
            ok = value in tok.concepts
        if not ok:
            return None
        i += 1
        k += 1
    return i


def _negated(toks: list[Token], i: int) -> bool:
    sent = toks[i].sent
    return any(toks[j].sent == sent and toks[j].norm in _NEG for j in range(max(0, i - 2), i))


@dataclass(frozen=True, slots=True)
class Found:
    """An item found: its class, weight, sentence and character span."""

    item: Item
    sent: int
    start: int
    end: int


def find_items(toks: list[Token], ev: Evidence) -> list[Found]:
    """Every item found in ``toks``; each token belongs to at most one item (the longest wins)."""
    found: list[Found] = []
    claimed_to = -1
    names = [t.norm for t in toks]
    # Most tokens start no item: look each norm up in one pass, then visit only those that do.
    looked = list(map(ev.starts.get, names))
    for i in [i for i, c in enumerate(looked) if c is None]:
        looked[i] = ev.items_at(toks[i])
    norms: set[str] | None = None
    for i in [i for i, c in enumerate(looked) if c]:
        if i <= claimed_to:
            continue
        tok = toks[i]
        candidates = looked[i]
        if norms is None:
            norms = set(names)
        best: tuple[int, Item] | None = None
        for item in candidates:
            # The first word accepts this token already (that is how the item was found);
            # an item with a word the text lacks cannot match.
            if len(item.seq) == 1:
                end: int | None = i + 1
            elif item.needs <= norms:
                end = _match(item.steps, toks, i + 1, 1)
            else:
                continue
            if end is not None and (best is None or end > best[0]):
                best = (end, item)
        if best is None:
            continue
        end, item = best
        if not item.against and item.seq[0] not in _NEG and _negated(toks, i):  # "without me haha" still laughs
            continue
        found.append(Found(item, tok.sent, tok.start, toks[end - 1].end))
        claimed_to = end - 1
    return found


def window_score(found: list[Found], far: dict[int, float] | None = None) -> float:
    """The noisy-or of the items' weights (a class's further distinct items at three quarters),
    times the factor of each kind of counter-evidence found. ``far`` maps an index of ``found``
    to a factor for its weight (an item further from the window's centre counts less); the nearest
    item of each kind should come first, so that a repeat further away is the one discounted."""
    keep = 1.0
    factor = 1.0
    seen: set[tuple[str, str]] = set()
    per_class: dict[str, int] = {}
    for i, f in enumerate(found):
        item = f.item
        key = (item.kind, "" if item.against else item.text)
        if key in seen:
            continue
        seen.add(key)
        if item.against:
            factor *= item.weight
            continue
        n = per_class.get(item.kind, 0)
        per_class[item.kind] = n + 1
        scale = far.get(i, 1.0) if far else 1.0
        keep *= 1.0 - item.weight * scale * (0.75 if n else 1.0)
    return (1.0 - keep) * factor


def weighed_spans(toks: list[Token], ev: Evidence) -> list[tuple[int, int, float]]:
    """``(start, end, score)`` of the strongest core item of each window that reaches ``ev.gentle``
    (each span once)."""
    found = find_items(toks, ev)
    if not any(f.item.kind in ev.core for f in found):
        return []
    # Distances count whole sentences: a fragment of one or two words ("Genuinely.", "Anyway.")
    # belongs to the sentence before it.
    size: dict[int, int] = {}
    for t in toks:
        size[t.sent] = size.get(t.sent, 0) + 1
    place: dict[int, int] = {}
    n = -1
    for sent, count in size.items():  # in text order
        n += 0 if (count <= 2 and n >= 0) else 1
        place[sent] = n
    found = [f if place.get(f.sent, f.sent) == f.sent else Found(f.item, place[f.sent], f.start, f.end) for f in found]
    by_sent: dict[int, list[Found]] = {}
    for f in found:
        by_sent.setdefault(f.sent, []).append(f)
    out: dict[tuple[int, int], float] = {}
    w = ev.window
    everywhere = [f for f in found if f.item.whole_text]
    for s in sorted({f.sent for f in found if f.item.kind in ev.core}):
        # Nearest sentences first; beyond one sentence away an item counts at ``ev.far`` of its weight.
        order = sorted(range(s - w, s + w + 1), key=lambda t: abs(t - s))
        near = [f for t in order for f in by_sent.get(t, ()) if not f.item.whole_text]
        # Some counter-evidence is local: a laugh in the sentence before does not lower a plan.
        near = [f for f in near if not (f.item.near_only and f.sent != s)]
        far = {i: ev.far for i, f in enumerate(near) if abs(f.sent - s) > 1}
        near += everywhere
        score = window_score(near, far)
        if score >= ev.gentle:
            core = max((f for f in near if f.item.kind in ev.core), key=lambda f: f.item.weight)
            span = (core.start, core.end)
            out[span] = max(score, out.get(span, 0.0))
    return [(s, e, score) for (s, e), score in out.items()]


EVIDENCE: Evidence = load_evidence()
"""The evidence classes, loaded once at import."""
