"""Reads for the review screen: the queue in order of urgency, its counts, one
case with everything a moderator needs to decide it, the author's history.

Every function runs a fixed number of queries, whatever the queue's length
(``bench/review_bench.py`` measures it with 1,000 open cases).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from mscommunity.accounts.models import User
from mscommunity.moderation import registry
from mscommunity.moderation.models import Appeal, AuditEvent, CaseReason, ModerationCase, Suspension
from mscommunity.moderation.text import highlight

ORDER = ("priority", "created_at", "id")
STATUSES = (ModerationCase.Status.OPEN, ModerationCase.Status.ESCALATED)
SNIPPET = 80


def plain(code: str) -> str:
    """A reason code in plain words: ``gives_advice`` → "gives advice", ``flag_spam`` → "flagged: spam"."""
    if code.startswith("flag_"):
        return "flagged: " + code[5:].replace("_", " ")
    return {"flagged": "flagged by members", "appeal": "appeal"}.get(code, code.replace("_", " "))


def snippet(text: str, length: int = SNIPPET) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def describe_case(case: ModerationCase) -> str:
    """How confirmations name a case: the content, its author's pseudonym and a snippet."""
    content = case.content
    who = case.author.username if case.author else "a former member"
    if content is None:
        return f"a post by {who} (no longer there)"
    handler = registry.handler_for(content)
    return f"{handler.noun} by {who}: “{snippet(handler.text(content))}”"


def queue(*, moderator: User | None, status: str = ModerationCase.Status.OPEN, reason: str = "",
          kind: int | None = None) -> QuerySet[ModerationCase]:
    """Cases in ``status``, most urgent first (priority, then age). Appeals
    against ``moderator``'s own decisions are left out: another moderator decides them."""
    cases = ModerationCase.objects.filter(status=status)
    if reason:
        cases = cases.filter(Exists(CaseReason.objects.filter(case=OuterRef("pk"), code=reason)))
    if kind:
        cases = cases.filter(content_type_id=kind)
    if moderator is not None:
        cases = cases.exclude(appeal_of__decided_by=moderator)
    return cases.order_by(*ORDER)


def after(cases: QuerySet[ModerationCase], case: ModerationCase) -> ModerationCase | None:
    """The next case in ``cases`` after ``case``'s place in the order."""
    p, t = case.priority, case.created_at
    return cases.filter(
        Q(priority__gt=p) | Q(priority=p, created_at__gt=t) | Q(priority=p, created_at=t, id__gt=case.pk)
    ).first()


def before(cases: QuerySet[ModerationCase], case: ModerationCase) -> ModerationCase | None:
    """The case just before ``case``'s place in the order."""
    p, t = case.priority, case.created_at
    return cases.filter(
        Q(priority__lt=p) | Q(priority=p, created_at__lt=t) | Q(priority=p, created_at=t, id__lt=case.pk)
    ).order_by("-priority", "-created_at", "-id").first()


def reason_counts(*, status: str = ModerationCase.Status.OPEN) -> list[tuple[str, str, int]]:
    """(code, plain words, number of cases) for every reason in the queue."""
    rows = (CaseReason.objects.filter(case__status=status).values("code")
            .annotate(n=Count("case_id", distinct=True)).order_by("-n", "code"))
    return [(row["code"], plain(row["code"]), row["n"]) for row in rows]


def status_counts() -> dict[str, int]:
    rows = ModerationCase.objects.filter(status__in=STATUSES).values("status").annotate(n=Count("id"))
    counts = {status: 0 for status in STATUSES}
    counts.update({row["status"]: row["n"] for row in rows})
    return counts


def kind_counts(*, status: str = ModerationCase.Status.OPEN) -> list[tuple[int, str, int]]:
    """(content type id, noun, number of cases) for every kind of content in the queue."""
    rows = ModerationCase.objects.filter(status=status).values("content_type").annotate(n=Count("id")).order_by()
    out = []
    for row in rows:
        model = ContentType.objects.get_for_id(row["content_type"]).model_class()
        noun = registry.handler_for(model).noun if model is not None else "removed kind"
        out.append((row["content_type"], noun, row["n"]))
    return sorted(out, key=lambda item: item[1])


@dataclass
class AuthorHistory:
    name: str
    joined: object = None
    posts: int = 0
    approved: int = 0
    rejected: int = 0
    flagged: int = 0
    recent: list[ModerationCase] = field(default_factory=list)
    suspensions: list[Suspension] = field(default_factory=list)


def author_history(author: User | None, *, exclude: ModerationCase) -> AuthorHistory:
    """What the author posted and what moderators decided before (four queries)."""
    if author is None:
        return AuthorHistory(name="a former member")
    posts = AuditEvent.objects.filter(actor=author, action__endswith=".submitted").exclude(
        action="appeal.submitted").count()
    earlier = ModerationCase.objects.filter(author=author).exclude(pk=exclude.pk)
    counts = earlier.aggregate(
        approved=Count("pk", filter=Q(decision__in=["approved", "approved_labeled"]), distinct=True),
        rejected=Count("pk", filter=Q(decision="rejected"), distinct=True),
        flagged=Count("pk", filter=Q(reasons__code="flagged"), distinct=True),
    )
    recent = list(earlier.filter(status=ModerationCase.Status.DECIDED).exclude(decision="")
                  .select_related("decided_by").order_by("-decided_at")[:5])
    suspensions = list(Suspension.objects.filter(member=author).order_by("-created_at")[:5])
    return AuthorHistory(name=author.username, joined=author.date_joined, posts=posts, recent=recent,
                         suspensions=suspensions, **counts)


@dataclass
class CaseView:
    """One case as the review screen shows it."""

    case: ModerationCase
    noun: str = "post"
    text: str = ""
    url: str = ""
    context: registry.Context | None = None
    reasons: list[tuple[str, str]] = field(default_factory=list)
    evidence: list[tuple[str, str, str]] = field(default_factory=list)
    history: list[AuditEvent] = field(default_factory=list)
    appeal: Appeal | None = None
    author: AuthorHistory | None = None
    describe: str = ""


def case_view(case: ModerationCase) -> CaseView:
    """Everything about ``case`` for the moderator: the post highlighted in its
    context, the reasons in plain words, the evidence, the history (both
    decisions of an appeal) and the author's record."""
    view = CaseView(case=case, reasons=[(plain(r.code), r.text) for r in case.reasons.all()])
    content = case.content
    if content is not None:
        handler = registry.handler_for(content)
        spans = [(e["start"], e["end"]) for label in case.evidence.get("labels", [])
                 for e in label.get("evidence", [])]
        view.noun, view.url = handler.noun, handler.url(content)
        view.text = highlight(handler.text(content), spans)
        view.context = handler.context(content) if handler.context else None
    view.evidence = [
        (label["name"].replace("_", " "), f'{label.get("score", 0):.2f}',
         "; ".join(e["phrase"] for e in label.get("evidence", [])))
        for label in case.evidence.get("labels", [])
    ]
    cases = [case.pk] + ([case.appeal_of_id] if case.appeal_of_id else [])
    view.history = list(AuditEvent.objects.filter(case_id__in=cases).select_related("actor").order_by("created_at"))
    if case.appeal_of_id:
        view.appeal = Appeal.objects.filter(case_id=case.appeal_of_id).select_related("case__decided_by").first()
    view.author = author_history(case.author, exclude=case)
    view.describe = describe_case(case)
    return view
