"""The ingest pipeline: the one path by which member text reaches the database.

    validate → scrub → render → assess → decide → store → tell

``prepare`` runs every step that does not store and is what ``manage.py
ingest`` shows. ``submit`` runs ``prepare``, then stores in one transaction
the content row (through the caller's ``save`` function), the moderation case
if the decision needs one, and the audit event; moderators are alerted for
urgent cases after the commit.

Callers (``threads.services`` and every other app that accepts member text)
never write member text themselves: they hand ``submit`` a ``save`` function
that receives the prepared (scrubbed) text and returns the saved row.

Safety steps fail closed. If scrubbing (or rendering) raises, the text is
refused with a calm "please try again" problem and nothing is stored; if the
assessment or the policy raises, the text is held at the top of the queue
with the reason "could not be checked automatically". Either way the failure
is logged without member text and counted (:mod:`.failures`).

Scrubbing runs on the text exactly as typed, so redaction offsets index the
input; everything after it (the stored text, the HTML, the assessment and
its evidence) sees only the scrubbed text, so the raw values are never
stored, logged or e-mailed.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Model
from django.db.models.functions import Lower
from django.utils import timezone

from mscommunity import sanitizer
from mscommunity.accounts.models import User
from mscommunity.accounts.policy import MODERATORS_GROUP
from mscommunity.moderation import audit, failures, registry, selectors, services, statements, validation
from mscommunity.moderation.assessment import Assessment, assess
from mscommunity.moderation.models import AuditEvent, CaseReason, ModerationCase
from mscommunity.moderation.policy import HOLD, PUBLISH, PUBLISH_LABELED, REJECT, Decision, Reason, decide
from mscommunity.notifications.services import email_group
from mscommunity.privacy import Redaction, describe, scrub
from mscommunity.privacy.members import token_around

Row = TypeVar("Row")
help_logger = logging.getLogger("mscommunity.safety.help")

NOUNS = {"comment": "comment", "report": "story", "bio": "profile text", "appeal": "note"}
# Kinds whose caller puts the pipeline's reasons into a case of its own (an
# appeal's note is read in the appeal's case, never queued on its own).
OWN_CASE_KINDS = frozenset({"appeal"})
UNCERTAIN_REASON = Reason("personal_data_uncertain", "personal details may remain, so a moderator will check it")
UNCHECKED_REASON = Reason("unchecked", "it could not be checked automatically, so a moderator will read it first")
UNCHECKED_PRIORITY = 0  # as urgent as a crisis: nobody knows what the post says
CHECK_FAILED_MESSAGE = (
    "We could not check your {noun} just now, so it has not been saved. "
    "Please try again in a minute: what you wrote is still here."
)

__all__ = ["HOLD", "PUBLISH", "PUBLISH_LABELED", "REJECT", "Prepared", "ValidationError", "prepare", "submit"]


@dataclass(frozen=True)
class Prepared:
    """What would happen to a text: as stored, as rendered, and why.

    ``redactions`` index the input text; the assessment's evidence indexes
    ``text`` (the stored, scrubbed text). ``problems`` are validation
    messages: the text is refused when there are any.
    """

    text: str
    html: str
    decision: str
    reasons: tuple[Reason, ...] = ()
    redactions: tuple[Redaction, ...] = ()
    assessment: Assessment = field(default_factory=Assessment)
    priority: int = 100
    labeled: bool = False
    needs_followup: bool = False
    problems: tuple[str, ...] = ()

    @property
    def accepted(self) -> bool:
        return not self.problems

    @property
    def labels(self) -> tuple[str, ...]:
        return self.assessment.names

    @property
    def crisis(self) -> bool:
        return self.assessment.has("crisis")

    @property
    def distress(self) -> bool:
        """Weaker signs of a hard time (and no crisis): the gentle help, the post waits for a person."""
        return self.assessment.has("distress") and not self.crisis

    @property
    def support(self) -> str:
        """Which help the author sees by the post: ``"crisis"``, ``"distress"`` or ``""``."""
        return "crisis" if self.crisis else "distress" if self.distress else ""

    @property
    def seeks_advice(self) -> bool:
        return self.assessment.has("seeking_advice")

    @property
    def personal_data_uncertain(self) -> bool:
        return any(r.uncertain for r in self.redactions)

    @property
    def needs_case(self) -> bool:
        """A moderator must see it: held, rejected, to follow up, or unsure personal data."""
        return self.decision in {HOLD, REJECT} or self.needs_followup or self.personal_data_uncertain

    @property
    def removed(self) -> list[str]:
        """Plain-English counts of what was removed, e.g. ``["1 phone number"]``."""
        return describe(self.redactions)

    @property
    def reason_texts(self) -> tuple[str, ...]:
        return tuple(r.text for r in self.reasons)


def _refused(found: list[str], *, code: str = "invalid") -> Prepared:
    return Prepared(
        text="", html="", decision=REJECT, reasons=tuple(Reason(code, m) for m in found), problems=tuple(found)
    )


def members_named(text: str, redactions: Sequence[Redaction]) -> tuple[str, ...]:
    """Pseudonyms of existing members among the words removed as names, in one query.

    Only texts where a name was found cost a query; the words looked up are the
    username-shaped tokens around each PERSON redaction, compared case-insensitively.
    """
    words = {text[s:e].lower() for s, e in (token_around(text, r.start, r.end) for r in redactions
                                            if r.type == "PERSON") if e > s}
    if not words:
        return ()
    return tuple(User.objects.annotate(lname=Lower("username")).filter(lname__in=words)
                 .values_list("username", flat=True))


def prepare(
    text: str,
    *,
    kind: str = "comment",
    author: User | None = None,
    author_names: Iterable[str] = (),
    previous_text: str | None = None,
) -> Prepared:
    """Run validate → scrub → render → assess → decide for ``text``; store nothing.

    ``author`` gives the trust facts (new member, first post); without one
    (the ``ingest`` command) the author counts as established.
    ``author_names`` are the author's own account names (always removed).
    ``previous_text`` is the author's last stored text (a repeat is refused).
    A text that fails validation comes back with decision ``reject`` and the
    validation messages as ``problems`` and reasons.
    """
    noun = NOUNS.get(kind, "text")
    found = validation.problems(validation.normalize(text), noun=noun)
    if found:
        return _refused(found)
    try:
        vocabulary = registry.vocabulary()  # the one treatment vocabulary, as staff edit it
        author_names = tuple(author_names)
        scrubbed = scrub(text, allowed_domains=settings.PRIVACY_ALLOWED_DOMAINS, known_names=author_names,
                         never_names=vocabulary.words)
        addressed = members_named(text, scrubbed.redactions)
        if addressed:  # a member greeted by pseudonym ("Thanks, wobbly_walker!") stays
            scrubbed = scrub(text, allowed_domains=settings.PRIVACY_ALLOWED_DOMAINS, known_names=author_names,
                             never_names=vocabulary.words, member_names=addressed)
        clean = validation.normalize(scrubbed.text)
        html = sanitizer.render_member_text(clean)
    except Exception as error:  # fail closed: nothing unexamined is stored
        failures.report(stage="scrub", detector=getattr(error, "detector", "scrub"),
                        error_type=getattr(error, "error_type", type(error).__name__), kind=kind)
        return _refused([CHECK_FAILED_MESSAGE.format(noun=noun)], code="check_failed")
    found = validation.problems(clean, noun=noun, previous_text=previous_text)
    if found:
        return _refused(found)
    uncertain = (UNCERTAIN_REASON,) if any(r.uncertain for r in scrubbed.redactions) else ()
    try:
        assessment = assess(clean, treatments=vocabulary)
        removed_links = sum(1 for r in scrubbed.redactions if r.type == "URL")
        trust = selectors.author_trust(author, link_count=assessment.link_count + removed_links, kind=kind)
        decision: Decision = decide(assessment, trust=trust, rules=selectors.policy_rules())
    except Exception as error:  # fail closed: a person reads what no check could
        failures.report(stage="assess", detector="assessment", error_type=type(error).__name__, kind=kind)
        return Prepared(text=clean, html=html, decision=HOLD, reasons=(UNCHECKED_REASON, *uncertain),
                        redactions=scrubbed.redactions, priority=UNCHECKED_PRIORITY)
    return Prepared(
        text=clean,
        html=html,
        decision=decision.action,
        reasons=(*decision.reasons, *uncertain),
        redactions=scrubbed.redactions,
        assessment=assessment,
        priority=decision.priority,
        labeled=decision.labeled,
        needs_followup=decision.needs_followup,
    )


def prepare_label(text: str, *, max_length: int) -> str:
    """The pipeline for a short label a member supplies (a suggested clinic's
    name or city): normalised, cut to ``max_length`` and scrubbed of personal
    data like any other member text. Not assessed: labels wait for staff
    approval before anyone else sees them. Raises ``ValidationError`` (and
    counts the failure) when scrubbing breaks: a label is never kept raw."""
    clean = " ".join(validation.normalize(text).split())[:max_length]
    try:
        scrubbed = scrub(clean, allowed_domains=settings.PRIVACY_ALLOWED_DOMAINS)
    except Exception as error:  # fail closed
        failures.report(stage="scrub", detector=getattr(error, "detector", "scrub"),
                        error_type=getattr(error, "error_type", type(error).__name__), kind="label")
        raise ValidationError(CHECK_FAILED_MESSAGE.format(noun="suggestion")) from None
    return " ".join(scrubbed.text.split())[:max_length]


def submit(
    text: str,
    *,
    kind: str,
    save: Callable[[Prepared], Row],
    author: User | None,
    author_names: Iterable[str] = (),
    previous_text: str | None = None,
    event: str = "submitted",
) -> tuple[Row, Prepared]:
    """Prepare ``text`` and store it: the row (through ``save``), the moderation
    case if one is needed, and the audit event, in one transaction.

    Raises ``ValidationError`` (with the member-facing messages) when the text
    is not acceptable; nothing is written then. ``event`` names the audit
    event (``submitted``, ``edited``).
    """
    prepared = prepare(text, kind=kind, author=author, author_names=author_names, previous_text=previous_text)
    if not prepared.accepted:
        raise ValidationError(list(prepared.problems))
    with transaction.atomic():
        row = save(prepared)
        record(row, prepared, kind=kind, author=author, event=event)
    return row, prepared


def record(
    row: Model, prepared: Prepared, *, kind: str, author: User | None, event: str = "submitted"
) -> ModerationCase | None:
    """Store what the pipeline decided about a freshly saved ``row``: the
    moderation case if one is needed and the audit event; alert moderators
    after the commit for a crisis. Call inside the transaction that saved it.
    """
    case = None
    if prepared.needs_case and kind not in OWN_CASE_KINDS:
        case = services.case_open(
            content=row,
            author=author,
            reasons=[(r.code, r.text) for r in prepared.reasons if r.code != "ok"],
            priority=prepared.priority,
            pipeline_decision=prepared.decision,
            evidence=prepared.assessment.to_dict(),
            personal_data_uncertain=prepared.personal_data_uncertain,
            decided=prepared.decision == REJECT,
        )
        if prepared.crisis:
            _alert_crisis(case)
        if author is not None and kind != "appeal" and prepared.decision in {HOLD, REJECT}:
            # The statement of reasons, kept with the author's notifications (they saw it on screen already).
            outcome = statements.HELD if prepared.decision == HOLD else statements.NOT_PUBLISHED
            statements.tell(case=case, content=row, outcome=outcome, email=False, seen=True)
    _log_help(prepared, kind=kind)
    audit.record(action=f"{kind}.{event}", actor=author, content=row, case=case, detail=_audit_detail(prepared))
    return case


def record_many(rows: Sequence[tuple[Model, Prepared, User | None]], *, kind: str) -> None:
    """``record`` for a batch of freshly saved rows (seeding, imports): the
    cases, their reasons and the audit events in a few bulk inserts; crisis
    posts still alert the moderators. Rows are new, so none has a case yet."""
    if not rows:
        return
    content_type = ContentType.objects.get_for_model(rows[0][0])
    cases: list[ModerationCase] = []
    queued: list[tuple[Model, Prepared, User | None]] = []
    now = timezone.now()
    for row, prepared, author in rows:
        if not prepared.needs_case:
            continue
        rejected = prepared.decision == REJECT
        cases.append(ModerationCase(
            content_type=content_type, object_id=row.pk, author=author, priority=prepared.priority,
            pipeline_decision=prepared.decision, evidence=prepared.assessment.to_dict(),
            personal_data_uncertain=prepared.personal_data_uncertain,
            status=ModerationCase.Status.DECIDED if rejected else ModerationCase.Status.OPEN,
            decision=ModerationCase.Decision.REJECTED if rejected else "",
            decision_reason="; ".join(r.text for r in prepared.reasons) if rejected else "",
            decided_at=now if rejected else None,
        ))
        queued.append((row, prepared, author))
    ModerationCase.objects.bulk_create(cases, batch_size=1000)
    CaseReason.objects.bulk_create(
        [CaseReason(case=case, code=r.code, text=r.text)
         for case, (_, prepared, _) in zip(cases, queued, strict=True) for r in prepared.reasons if r.code != "ok"],
        batch_size=2000,
    )
    case_of = {row.pk: case for case, (row, _, _) in zip(cases, queued, strict=True)}
    AuditEvent.objects.bulk_create(
        [AuditEvent(action=f"{kind}.submitted", actor=author, content_type=content_type, object_id=row.pk,
                    case=case_of.get(row.pk), detail=_audit_detail(prepared))
         for row, prepared, author in rows],
        batch_size=2000,
    )
    for case, (_, prepared, _) in zip(cases, queued, strict=True):
        if prepared.crisis:
            _alert_crisis(case)
    helped = Counter(prepared.support for _, prepared, _ in rows if prepared.support)
    for support, count in sorted(helped.items()):
        help_logger.info("help shown: path=%s kind=%s count=%d", support, kind, count)


def _log_help(prepared: Prepared, *, kind: str) -> None:
    """Count a post given the crisis path or the gentle help: codes and counts, never text."""
    if prepared.support:
        help_logger.info("help shown: path=%s kind=%s count=1", prepared.support, kind)


def _alert_crisis(case: ModerationCase) -> None:
    email_group(
        group=MODERATORS_GROUP,
        subject="Urgent: a member may be in crisis",
        body="A new post suggests a member may be in danger. Please read it now:\n\n"
        f"{settings.SITE_URL}/{settings.ADMIN_URL}moderation/review/?case={case.pk}",
    )


def _audit_detail(prepared: Prepared) -> dict:
    """Codes and counts only: never text."""
    return {
        "decision": prepared.decision,
        "reasons": [r.code for r in prepared.reasons],
        "labels": list(prepared.labels),
        "removed": dict(Counter(r.type for r in prepared.redactions)),
    }
