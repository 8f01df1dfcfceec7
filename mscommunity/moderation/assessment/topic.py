"""What a sentence is about: health and care, or money, law, work and daily life.

Pure Python. Medical advice means health, symptoms, treatment, tests, doctors
and care; a question about benefits, insurance, an employer, a landlord or a
school is welcome on the forum and is not medical advice, even when the
writer names MS in it ("Travel insurance for someone with MS?").

Each sentence gets two weights:

* medical: a symptom or body function, a treatment (every name in the
  registry's vocabulary, and generic words: tablets, infusion, physio ...),
  a test (MRI, bloods); a clinician or a place of care (neuro, MS nurse,
  A&E) counts :data:`CARE`, as they also sign forms; words that only set the scene ("MS", "diagnosed", "wheelchair",
  the countries members travel to for HSCT) count :data:`WEAK`; a health
  word with an everyday sense as common ("balance", "tests", "hands",
  "fell", "tired") counts :data:`AMBIGUOUS`, so two make a sentence medical
  and one does not, unless it is a body part someone has or a symptom is
  said of ("my legs", "mum's hands", "cold hands": full weight); a health
  word inside a phrase of money, school, law or politics ("face to face",
  "balance transfer", "drugs policy", "free trial", "driving test", "foot
  the bill") counts nothing;
* other: money, benefits, insurance, work, law, school, housing, travel and
  leisure words (``insurer``, ``tribunal``, ``VAT``, ``holiday cottage``
  ...), who the writer is to tell or ask ("tell my employer", "ask the
  head"), a clinician's letter as evidence; the institutions a request is
  framed by (``PIP``, ``employer``, ``landlord``, ``school``, ``MP``) count
  :data:`FRAME`, as much as a treatment the registry names; everyday places
  and things ("the car keys", "the bathroom", "an A&E job") count
  :data:`WEAK`, so they never decide alone.

The word lists are in :mod:`.topic_words` (compiled by :mod:`.lexicon`).

:meth:`Topics.at` decides the topic of a request or an instruction in
sentence ``i``. The sentence settles it alone when it leans one way only
with a full money, law or work word, or with a medical weight of at least
:data:`FRAME` (a named treatment, two symptoms). Otherwise (silent, mixed,
or one medical word: "should I tell my employer about the relapse", "any
advice?") the evidence of the whole post is weighed by distance
(:meth:`Topics.weighed`: the sentence in full, its neighbours at
:data:`NEAR`, the rest at :data:`FAR`), so the request's own words weigh
most and a post about benefits for someone with MS stays about benefits.
``other`` wins only when it outweighs the medical words; a tie is medical.
Scene words alone never make a request medical: in a post without one word
about health itself (nor an everyday health word), the topic is ``None``
where the weighing would say medical. An amount of money ("$600", "£60")
counts as an everyday other word.
``None`` means nothing was said either way (the caller keeps its label).
"""

from __future__ import annotations

import re

from mscommunity.moderation.assessment.document import Document
from mscommunity.moderation.assessment.topic_words import (
    _AMBIGUOUS,
    _CANCELLABLE,
    _CARE,
    _FRAME,
    _MEDICAL,
    _NOT_HEALTH_RE,
    _OTHER,
    _OTHER_WEAK,
    _OWNABLE,
    _OWNERS,
    _SIDES,
    _SYMPTOM_ADJ,
    _WEAK,
    _WINDOW,
)
from mscommunity.moderation.folding import folded

MEDICAL = "medical"
OTHER = "other"
WEAK = 0.4
"""Weight of a scene-setting word ("MS", "diagnosed", "wheelchair") against a full medical word."""
CARE = 0.6
"""Weight of a clinician or a place of care: one beside a benefits or law word does not make a sentence medical."""


_TOKEN_RE = re.compile(r"[a-z0-9]+")

AMBIGUOUS = 0.5
"""Weight of a health word with an everyday sense too ("balance", "tests", "hands", "fell"): two make a sentence medical, one does not."""


def _is_owner(low: str, prev: str, prev2: str, pos: int) -> bool:
    """True when the body word at ``pos`` has an owner or a symptom before it (``prev`` the token before,
    ``prev2`` the one before that): "my legs", "mum's hands", "her left arm", "cold hands"."""
    if prev in _SIDES:
        prev = prev2
    if prev in _OWNERS or prev in _SYMPTOM_ADJ:
        return True
    j = low.rfind("s", 0, pos)
    return prev == "s" and j > 0 and low[j - 1] in "'\u2019"


def _not_health_spans(low: str, positions: list[int], fold: bool = False) -> list[tuple[int, int]]:
    """Spans of :data:`_NOT_HEALTH_RE` phrases around the health words at ``positions`` (sorted): the
    phrases are only looked for near a health word, in merged windows (cheaper than the whole text).
    ``fold``: ``low`` is a foldable text's lowered form (the pattern runs folded: moderation/folding.py)."""
    pattern = (folded(_NOT_HEALTH_RE) or _NOT_HEALTH_RE) if fold else _NOT_HEALTH_RE
    spans: list[tuple[int, int]] = []
    start = end = -1
    for pos in [*positions, -1]:
        if pos >= 0 and start >= 0 and pos - _WINDOW <= end:
            end = pos + _WINDOW
            continue
        if start >= 0:
            while start > 0 and low[start - 1].isalnum():
                start -= 1  # a window starts at a word's start
            spans += [(m.start(), m.end()) for m in pattern.finditer(low, start, end)]
        start, end = max(0, pos - _WINDOW), pos + _WINDOW
    return spans


FRAME = 1.5
"""Weight of an institution a request is framed by (PIP, an employer, a landlord, a school): it outweighs one
symptom said of the claimant ("how do I describe my fatigue on the PIP form"). A treatment named by the
registry's vocabulary weighs as much: "my insurance refused the Ocrevus" is a tie, and ties are medical."""
NEAR = 0.4
"""Weight of a neighbouring sentence's words in the topic of a request that its own words leave open."""
FAR = 0.15
"""Weight of the rest of the post's words in that topic."""

_LEXICONS = (_MEDICAL, _CARE, _WEAK, _AMBIGUOUS, _OTHER, _OTHER_WEAK, _FRAME)
_FIRST_OTHER = 4
"""Index in :data:`_LEXICONS` of the first lexicon of other topics."""
_TARGETS = (
    ("health", 1.0), ("health", CARE), ("scene", WEAK), ("ambiguous", AMBIGUOUS), ("other", 1.0), ("other", WEAK),
    ("other", FRAME),
    ("ambiguous", AMBIGUOUS),  # owned body parts (:func:`_owned`)
)
"""Where each lexicon's words count, and how much: "health" words also break a post's silence."""
_TOKEN_LEXICONS: dict[str, tuple[int, ...]] = {}
_AMOUNT = _LEXICONS.index(_OTHER_WEAK)
"""Where an amount of money ("$54,000", "£60") counts: an everyday other word, a detail that never decides alone."""
_CURRENCY = frozenset("$£€₹¥₦₱")


def _token_lexicons(tok: str) -> tuple[int, ...]:
    """Indexes of the lexicons (:data:`_LEXICONS`) whose words or stems ``tok`` is, in order (memoised)."""
    hit = _TOKEN_LEXICONS.get(tok)
    if hit is None:
        hit = tuple(k for k, lex in enumerate(_LEXICONS) if tok in lex.words or (lex.prefixes and tok.startswith(lex.prefixes)))
        if len(_TOKEN_LEXICONS) > 50_000:
            _TOKEN_LEXICONS.clear()
        _TOKEN_LEXICONS[tok] = hit
    return hit


class Topics:
    """The medical and other weights of each sentence of ``doc``, and the topic at a sentence."""

    __slots__ = ("_cache", "everyday_health", "health_words", "medical", "other")

    def __init__(self, doc: Document) -> None:
        n = len(doc.sentences)
        self.medical = [0.0] * n
        self.other = [0.0] * n
        low = doc.low
        tokens = [(m.start(), m.group()) for m in _TOKEN_RE.finditer(low)]
        at = doc.sentence_of
        # found[k]: offsets of the words of _LEXICONS[k] (one dictionary look-up per token), then owned body parts
        found: list[list[int]] = [[] for _ in range(len(_LEXICONS) + 1)]
        cancellable: list[int] = []
        owned = found[-1]
        prev2 = prev = ""
        for pos, tok in tokens:
            if pos and tok[0].isdigit() and low[pos - 1] in _CURRENCY:
                found[_AMOUNT].append(pos)  # "$600 a month", "£60": an amount of money is a money detail
            hit = _token_lexicons(tok)
            if hit:
                for k in hit:
                    found[k].append(pos)
                if hit[0] < _FIRST_OTHER and tok.startswith(_CANCELLABLE):
                    cancellable.append(pos)
                if tok in _OWNABLE and _is_owner(low, prev, prev2, pos):
                    owned.append(pos)
                    cancellable.append(pos)
            prev2, prev = prev, tok
        for k, lexicon in enumerate(_LEXICONS):
            extra = lexicon.phrase_positions(low, tokens)
            if extra:
                found[k] += extra
                if k < _FIRST_OTHER:
                    cancellable += [pos for pos in extra if low.startswith(_CANCELLABLE, pos)]
        cancellable += [x.start for x in doc.mentions if low.startswith(_CANCELLABLE, x.start)]
        # Health words inside a phrase of money, law, school or politics ("balance transfer") do not count.
        spans = _not_health_spans(low, sorted(cancellable), doc.fold) if cancellable else []
        self.health_words = len(doc.mentions)  # words about health itself, not the scene ("MS", "diagnosed")
        ambiguous = [0.0] * n
        for k, (target, weight) in enumerate(_TARGETS):
            positions = found[k]
            if spans and target != "other":
                positions = [pos for pos in positions if not any(a <= pos < b for a, b in spans)]
            weights = self.other if target == "other" else ambiguous if target == "ambiguous" else self.medical
            for pos in positions:
                weights[at(pos)] += weight
            if target == "health":
                self.health_words += len(positions)
        self.everyday_health = any(ambiguous)  # "keep moving", "tired": health or not, as the post goes on
        for i, w in enumerate(ambiguous):
            if w:
                self.medical[i] += w
                self.health_words += w >= 1.0  # two of them, or an owned body part ("my legs")
        for x in doc.mentions:
            if any(a <= x.start < b for a, b in spans):  # "should cannabis be legalised" is politics
                self.health_words -= 1
            else:
                self.medical[at(x.start)] += FRAME
        self._cache: dict[int, str | None] = {}

    @staticmethod
    def decide(medical: float, other: float) -> str | None:
        """``other`` when the other words (at least one full one) outweigh the
        medical ones, ``medical`` with at least one full medical word, else ``None``."""
        if other >= 1.0 and other > medical:
            return OTHER
        if medical >= 1.0:
            return MEDICAL
        return None

    def at(self, i: int) -> str | None:
        """The topic of sentence ``i``: its own words when they lean one way only; when they are silent or
        mixed ("should I tell my employer about the relapse"), the evidence of the whole post weighed by
        distance (:meth:`weighed`); when that says nothing, the post's."""
        if i not in self._cache:
            medical, other = self.medical[i], self.other[i]
            settled = not (medical and other) and (other >= 1.0 or medical >= FRAME)
            topic = self.decide(medical, other) if settled else None
            if topic is None:
                medical, other = self.weighed(i)
                # everyday things alone ("the kitchen", "cooking") never make a post other
                full = sum(self.other) >= 1.0
                # and a scene word or one everyday health word alone ("MS", "tired") never makes it medical
                topic = OTHER if other > medical and full else MEDICAL if medical > AMBIGUOUS else None
            if topic is None:
                topic = self.post()
            if topic == MEDICAL and not self.health_words and not self.everyday_health:
                # scene words alone ("MS", "disabled", "wheelchair", "carer") never make a request medical
                topic = None
            self._cache[i] = topic
        return self._cache[i]

    def weighed(self, i: int) -> tuple[float, float]:
        """The medical and other weights around sentence ``i``: its own in full, its neighbours' at
        :data:`NEAR`, the rest of the post's at :data:`FAR`."""
        def around(w: list[float]) -> float:
            near = (w[i - 1] if i else 0.0) + (w[i + 1] if i + 1 < len(w) else 0.0)
            rest = sum(w[: max(0, i - 1)]) + sum(w[i + 2:])
            return round(w[i] + NEAR * near + FAR * rest, 6)  # so that a tie stays a tie

        return around(self.medical), around(self.other)

    def post(self) -> str | None:
        """The topic of the whole post."""
        return self.decide(sum(self.medical), sum(self.other))
