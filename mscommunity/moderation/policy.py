"""Step 5 of the ingest pipeline: turn an assessment into a decision.

Pure Python, no Django import. The policy is *data*: a sequence of
:class:`PolicyRule` rows (later a database table moderators edit in the
admin). :func:`decide` evaluates every row in order; each row whose condition
holds contributes its action and reason. The strictest action wins
(``reject`` > ``hold`` > ``publish_labeled`` > ``publish``), every reason is
kept (once per reason code, in row order), and the priority is the most
urgent (lowest number) of the matching rows.

Condition language
------------------
A condition is one or more *terms* joined by ``and``; a term may be preceded
by ``not``. Terms:

==========================  =================================================
``always``                  every post
``<label>``                 the assessment has the label (score >= 0.5):
                            ``seeking_advice``, ``giving_advice``, ``crisis``,
                            ``spam``, ``treatment_experience``, ``distress``
``<label> >= <number>``     the label's score is at least the number (0..1),
                            e.g. ``spam >= 0.95`` ("certain spam")
``new_member``              the author joined recently
``first_post``              this is the author's first post
``has_links``               the post contains at least one link
``links >= <n>``            the post contains at least n links
``flagged``                 other members flagged the post
``flags >= <n>``            at least n members flagged the post
``report``                  the text is the story of a treatment report
==========================  =================================================

Example rows, as a moderator reads them::

    crisis                                  -> hold, priority 0
    spam >= 0.95 and not crisis             -> reject
    new_member and first_post and has_links -> hold

Conditions are checked when a rule is built (:func:`parse_condition` raises
``ValueError`` with a plain message), so a bad row cannot be saved.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol


class Action(StrEnum):
    """What happens to a post: the one set of decision names, used by the policy,
    the pipeline, the queue models' choices, the ``ingest`` command, the admin
    and the content handlers. Members are strings (``Action.HOLD == "hold"``),
    listed from most lenient to strictest."""

    PUBLISH = "publish"
    PUBLISH_LABELED = "publish_labeled"
    HOLD = "hold"
    REJECT = "reject"

    @property
    def label(self) -> str:
        """The action in plain words (the admin's choice label)."""
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    Action.PUBLISH: "Publish",
    Action.PUBLISH_LABELED: "Publish with the “not medical advice” notice",
    Action.HOLD: "Hold for a moderator",
    Action.REJECT: "Reject",
}
ACTION_CHOICES: list[tuple[str, str]] = [(a.value, a.label) for a in Action]
"""``choices`` for model and form fields that hold an :class:`Action`."""

# Short names for the members (the same enum members, not separate strings).
PUBLISH, PUBLISH_LABELED, HOLD, REJECT = Action.PUBLISH, Action.PUBLISH_LABELED, Action.HOLD, Action.REJECT
ACTIONS: tuple[Action, ...] = tuple(Action)
"""Actions from most lenient to strictest."""

_SEVERITY = {a: i for i, a in enumerate(ACTIONS)}

LABEL_TERMS: tuple[str, ...] = (
    "seeking_advice", "giving_advice", "crisis", "spam", "treatment_experience", "distress",
)
TRUST_TERMS: tuple[str, ...] = ("new_member", "first_post", "has_links", "flagged", "report")
COUNT_TERMS: tuple[str, ...] = ("links", "flags")
LABEL_THRESHOLD = 0.5
LOWEST_PRIORITY = 100


class AssessmentLike(Protocol):
    """What the policy needs from an assessment (see ``assessment.Assessment``)."""

    def has(self, name: str) -> bool: ...  # pragma: no cover

    def score(self, name: str) -> float: ...  # pragma: no cover


@dataclass(frozen=True, slots=True)
class Trust:
    """Facts about the author and the post, computed outside the assessment."""

    is_new_member: bool = False
    is_first_post: bool = False
    link_count: int = 0
    flag_count: int = 0
    is_report: bool = False


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a decision was taken: a stable code and words a member understands."""

    code: str
    text: str

    def to_dict(self) -> dict[str, str]:
        """JSON-friendly form."""
        return {"code": self.code, "text": self.text}


# --------------------------------------------------------------------------
# Conditions
# --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Term:
    name: str
    negated: bool = False
    minimum: float | None = None  # for "<label> >= x", "links >= n", "flags >= n"


_TERM_RE = re.compile(r"^(not\s+)?([a-z_]+)(?:\s*>=\s*([0-9]+(?:\.[0-9]+)?))?$")


def parse_condition(condition: str) -> tuple[_Term, ...]:
    """Parse a rule condition (see the module docstring).

    Returns its terms; raises ``ValueError`` with a message naming the
    offending part when the condition is not in the language.
    """
    if not isinstance(condition, str) or not condition.strip():
        raise ValueError("A rule needs a condition, for example 'crisis' or 'always'.")
    terms: list[_Term] = []
    for part in re.split(r"\s+and\s+", condition.strip().lower()):
        m = _TERM_RE.match(part.strip())
        if not m:
            raise ValueError(f"Cannot read {part!r}: expected e.g. 'spam >= 0.95'.")
        negated, name, number = bool(m.group(1)), m.group(2), m.group(3)
        if number is not None:
            value = float(number)
            if name in LABEL_TERMS:
                if not 0.0 <= value <= 1.0:
                    raise ValueError(f"A score in {part!r} must be between 0 and 1.")
            elif name in COUNT_TERMS:
                if value != int(value):
                    raise ValueError(f"A count in {part!r} must be a whole number.")
            else:
                raise ValueError(f"{name!r} cannot be compared with a number.")
            terms.append(_Term(name, negated, value))
        elif name in LABEL_TERMS or name in TRUST_TERMS or name == "always":
            terms.append(_Term(name, negated))
        else:
            known = ", ".join((*LABEL_TERMS, *TRUST_TERMS, "always"))
            raise ValueError(f"Unknown condition {name!r}; known: {known}.")
    return tuple(terms)


def _term_holds(term: _Term, assessment: AssessmentLike, trust: Trust) -> bool:
    name = term.name
    if name == "always":
        value = True
    elif name in LABEL_TERMS:
        if term.minimum is None:
            value = assessment.has(name)
        else:
            value = assessment.has(name) and assessment.score(name) >= term.minimum
    elif name == "new_member":
        value = trust.is_new_member
    elif name == "first_post":
        value = trust.is_first_post
    elif name == "has_links":
        value = trust.link_count > 0
    elif name == "flagged":
        value = trust.flag_count > 0
    elif name == "report":
        value = trust.is_report
    elif name == "links":
        value = trust.link_count >= (term.minimum or 0)
    elif name == "flags":
        value = trust.flag_count >= (term.minimum or 0)
    else:  # pragma: no cover - parse_condition rejects unknown names
        value = False
    return value != term.negated


# --------------------------------------------------------------------------
# Rules and decisions
# --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class PolicyRule:
    """One row of the policy table.

    ``label_or_condition``: when the row applies (see the module docstring).
    ``action``: an :class:`Action` (a string naming one is accepted). ``priority``: queue urgency, 0 is the
    most urgent. ``reason_code``/``reason_text``: what is recorded and what
    the member is told. ``needs_followup``: queue the post for a moderator's
    follow-up even when it is published. ``medical_notice``: the post carries
    the "not medical advice" notice when it is (or later gets) published.
    """

    label_or_condition: str
    action: Action
    priority: int
    reason_code: str
    reason_text: str
    needs_followup: bool = False
    medical_notice: bool = False
    _terms: tuple[_Term, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(f"Unknown action {self.action!r}; use one of {', '.join(ACTIONS)}.")
        object.__setattr__(self, "action", Action(self.action))  # a row read from the database holds a str
        if not isinstance(self.priority, int) or self.priority < 0:
            raise ValueError("Priority must be a whole number, 0 or more.")
        if not self.reason_code:
            raise ValueError("A rule needs a reason code.")
        object.__setattr__(self, "_terms", parse_condition(self.label_or_condition))

    def matches(self, assessment: AssessmentLike, trust: Trust) -> bool:
        """True when every term of the condition holds."""
        return all(_term_holds(t, assessment, trust) for t in self._terms)


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome for one post.

    ``labeled``: published (now or on approval) with the "not medical
    advice" notice. ``needs_followup``: a moderator should follow up even
    though the post is visible. ``priority``: queue urgency (0 first).
    """

    action: Action
    reasons: tuple[Reason, ...]
    priority: int
    labeled: bool
    needs_followup: bool = False

    @property
    def held(self) -> bool:
        """True when the post is not visible right away (hold or reject)."""
        return self.action in (Action.HOLD, Action.REJECT)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form."""
        return {
            "action": self.action,
            "reasons": [r.to_dict() for r in self.reasons],
            "priority": self.priority,
            "labeled": self.labeled,
            "needs_followup": self.needs_followup,
        }


DEFAULT_RULES: tuple[PolicyRule, ...] = (
    PolicyRule(
        "crisis", Action.HOLD, 0, "crisis",
        "it sounds like you or someone near you may be in danger; a moderator "
        "will read it straight away, and help is available right now",
    ),
    PolicyRule(
        "distress and not crisis", Action.HOLD, 1, "distress",
        "it sounds like you are having a hard time; a person will read it soon, "
        "and there is help you can reach right now",
    ),
    PolicyRule(
        "spam >= 0.95 and not crisis", Action.REJECT, 5, "spam",
        "it looks like advertising or spam, so it is not shown; a moderator can still read it",
    ),
    PolicyRule(
        "spam", Action.HOLD, 5, "spam",
        "it looks like advertising, so a moderator will check it first",
    ),
    PolicyRule(
        "giving_advice", Action.HOLD, 2, "gives_advice",
        "it gives advice about treatment, so a moderator checks it first",
        medical_notice=True,
    ),
    PolicyRule(
        "new_member and first_post and has_links", Action.HOLD, 4, "new_member_links",
        "it is a new member's first post and contains links",
    ),
    PolicyRule(
        "seeking_advice", Action.PUBLISH_LABELED, 3, "seeks_advice",
        "it asks for medical advice; it is shown with a note that answers here "
        "are not medical advice, and a moderator will follow up",
        needs_followup=True, medical_notice=True,
    ),
    PolicyRule(
        "report", Action.HOLD, 30, "new_report",
        "every treatment report is read by a moderator before it counts",
    ),
    PolicyRule(
        "always", Action.PUBLISH, LOWEST_PRIORITY, "ok",
        "nothing in it needs a moderator",
    ),
    # Author history (migration 0009_spam_policy): likely spam as a new account's first post.
    PolicyRule(
        "spam >= 0.8 and new_member and first_post and not crisis", Action.REJECT, 5, "spam_new_member",
        "it looks like advertising and is a new account's first post, so it is not shown; "
        "a moderator can still read it",
    ),
)


def decide(
    assessment: AssessmentLike,
    *,
    trust: Trust,
    rules: Sequence[PolicyRule] = DEFAULT_RULES,
) -> Decision:
    """Apply ``rules`` to an assessment and the author's trust facts.

    Every matching row counts: the strictest action wins, reasons are kept
    once per code in row order, the priority is the lowest matching number.
    A row whose action is ``publish`` only adds its reason when no stricter
    row matched (so "ok" never sits next to "crisis"). With no matching row
    the post is published with reason code ``ok``.
    """
    matched = [r for r in rules if r.matches(assessment, trust)]
    if not matched:
        return Decision(Action.PUBLISH, (Reason("ok", "nothing in it needs a moderator"),),
                        LOWEST_PRIORITY, False)
    action = max((r.action for r in matched), key=_SEVERITY.__getitem__)
    if action != Action.PUBLISH:
        matched = [r for r in matched if r.action != Action.PUBLISH]
    reasons: dict[str, Reason] = {}
    for rule in matched:
        reasons.setdefault(rule.reason_code, Reason(rule.reason_code, rule.reason_text))
    return Decision(
        action=action,
        reasons=tuple(reasons.values()),
        priority=min(r.priority for r in matched),
        labeled=action in (Action.PUBLISH_LABELED, Action.HOLD) and any(r.medical_notice for r in matched),
        needs_followup=any(r.needs_followup for r in matched),
    )
