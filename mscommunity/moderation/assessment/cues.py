"""The cues, read from the data files in ``cues/``: one TOML file per label.

Pure Python (``tomllib``). Each file names its ``label`` and lists its cues::

    label = "giving_advice"

    [[cue]]
    name = "make_sure_you"            # unique across all files
    label = "giving_advice"           # the file's label
    weight = 0.85                     # in [0, 1]; scores combine as a noisy OR
    flags = ["author", "statement"]   # where the cue counts (see FLAGS)
    pattern = ['\\bmake\\s+sure\\s+', '(?:you|your|to|they|the)\\b']   # or one string
    examples_positive = ["Make sure you bring your scans."]
    examples_negative = ["My nurse said to make sure you bring your scans."]

A cue has either a ``pattern`` (a regular expression, matched ignoring case;
a list of strings is joined; ``${fragment}`` inserts a shared piece from
``fragments.toml``), or ``words`` (matched as whole words, any case), or a
``step``: the name of an engine step that computes it (see ``engine.STEPS``),
for cues that are more than one pattern (a question with a health word, a
dose said to the reader, a fall the author cannot get up from ...). Every
example is a test (``tests/moderation/assessment/test_cue_examples.py``): each
positive example must fire the cue, each negative one must not.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mscommunity.moderation.assessment.keywords import required_keys
from mscommunity.moderation.assessment.result import LABEL_NAMES

CUES_DIR = Path(__file__).resolve().parent / "cues"

FLAGS: dict[str, str] = {
    "author": "not inside quotes or reported speech",
    "no_hedge": 'not after "not sure", "don\'t know" ... in the sentence',
    "statement": "not in a question",
    "question": "only in a question",
    "clause": "only at the start of a clause (imperatives)",
    "health": "full weight only with a health word in the sentence (else half)",
    "off_topic": "praise: strong in a post not about health, weak (x0.3) otherwise",
    "negatable": 'cancelled by "not"/"never" just before',
    "on_topic": "only in a post with some health or treatment word",
    "not_coordinated": 'not a verb joined by "and" to the author\'s own clause',
    "guarded": "spam a genuine post can carry: scaled down in a personal story (assessment.spam)",
    "direct_ask": "spam asking the reader for the writer's own channel, page or likes: in a personal story or a post "
                  "about MS only the strongest counts, capped so it is held, never rejected (assessment.spam)",
    "any_topic": 'advice cues: count even in a post with no health word at all ("Would this work for me?", '
                 '"call me" under an article); others need one (assessment/advice.py)',
}
"""Restrictions a cue may carry, and what each means."""

REGEX_STEP = "regex"
"""The ``step`` of cues with a ``pattern`` or ``words``: matched by the engine's regex step."""


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue. ``pattern`` is None for cues computed by a named engine step.

    ``keys``: lower-case strings one of which every match contains; when none
    is in the text the (costly) pattern is not run. Empty: always run.
    ``anchored``: the pattern starts with ``^`` (matched at sentence starts).
    """

    name: str
    label: str
    weight: float
    step: str = REGEX_STEP
    pattern: re.Pattern[str] | None = None
    flags: frozenset[str] = frozenset()
    keys: tuple[str, ...] = ()
    anchored: bool = False
    description: str = ""
    examples_positive: tuple[str, ...] = ()
    examples_negative: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CueBook:
    """Every cue, in file order (labels in :data:`LABEL_NAMES` order), and the
    shared pattern fragments (``fragments.toml``) the steps use too."""

    cues: tuple[Cue, ...]
    fragments: dict[str, str]

    @property
    def regex_cues(self) -> tuple[Cue, ...]:
        """The cues matched by the regex step, in order."""
        return tuple(c for c in self.cues if c.step == REGEX_STEP)

    def named(self, name: str) -> Cue:
        """The cue called ``name`` (KeyError when there is none)."""
        for cue in self.cues:
            if cue.name == name:
                return cue
        raise KeyError(name)


def load_cues(directory: Path = CUES_DIR) -> CueBook:
    """Read ``fragments.toml`` and one ``<label>.toml`` per label from ``directory``.

    Raises ``ValueError`` for a malformed file (unknown flag or step key,
    duplicate name, label mismatch, weight outside [0, 1], no pattern).
    """
    fragments: dict[str, str] = {}
    frag_file = directory / "fragments.toml"
    if frag_file.exists():
        fragments = {k: _joined(v) for k, v in _read(frag_file).get("fragments", {}).items()}
    cues: list[Cue] = []
    seen: set[str] = set()
    for label in LABEL_NAMES:
        data = _read(directory / f"{label}.toml")
        if data.get("label") != label:
            raise ValueError(f"{label}.toml: label must be {label!r}")
        for raw in data.get("cue", []):
            cue = _cue(raw, label=label, fragments=fragments)
            if cue.name in seen:
                raise ValueError(f"{label}.toml: duplicate cue name {cue.name!r}")
            seen.add(cue.name)
            cues.append(cue)
    return CueBook(tuple(cues), fragments)


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _joined(value: str | list[str]) -> str:
    return value if isinstance(value, str) else "".join(value)


def _cue(raw: dict[str, Any], *, label: str, fragments: dict[str, str]) -> Cue:
    name = raw.get("name", "")
    where = f"{label}.toml cue {name!r}"
    if not name or raw.get("label", label) != label:
        raise ValueError(f"{where}: needs a name and the file's label")
    weight = float(raw["weight"])
    if not 0.0 <= weight <= 1.0:
        raise ValueError(f"{where}: weight must be in [0, 1]")
    flags = frozenset(raw.get("flags", ()))
    if flags - FLAGS.keys():
        raise ValueError(f"{where}: unknown flags {sorted(flags - FLAGS.keys())}")
    common = {
        "name": name, "label": label, "weight": weight, "flags": flags,
        "description": raw.get("description", ""),
        "examples_positive": tuple(raw.get("examples_positive", ())),
        "examples_negative": tuple(raw.get("examples_negative", ())),
    }
    if "step" in raw:
        return Cue(step=raw["step"], **common)
    if "words" in raw:
        source = r"\b(?:" + "|".join(re.escape(w) for w in raw["words"]) + r")\b"
    elif "pattern" in raw:
        source = re.sub(r"\$\{(\w+)\}", lambda m: fragments[m.group(1)], _joined(raw["pattern"]))
    else:
        raise ValueError(f"{where}: needs a pattern, words or a step")
    compiled = re.compile(source, re.IGNORECASE)
    keys = tuple(sorted(required_keys(compiled) or ()))
    return Cue(pattern=compiled, keys=keys, anchored=source.startswith("^"), **common)


CUES: CueBook = load_cues()
"""The cues the engine uses, loaded once at import."""
