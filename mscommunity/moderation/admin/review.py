"""The review screen, ``<admin>/moderation/review/``: one case at a time, the
most urgent first, decided with one button (or one key) and followed at once
by the next.

Plain forms and links: it works without JavaScript. ``static/js/review.js``
adds the keyboard shortcuts (a static file: the CSP forbids inline scripts).
"""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_POST

from mscommunity.moderation import queue, services
from mscommunity.moderation.models import ModerationCase

PERMISSION = "moderation.decide_moderationcase"
ESCALATE, SKIP = "escalate", "skip"
VERBS = {
    ModerationCase.Decision.APPROVED: "Approved",
    ModerationCase.Decision.APPROVED_LABELED: "Approved with the medical-advice notice",
    ModerationCase.Decision.REJECTED: "Rejected",
    ESCALATE: "Escalated",
}


class ReviewForm(forms.Form):
    """One decision on the review screen (the buttons set ``decision``)."""

    decision = forms.ChoiceField(choices=[(d, d) for d in (*ModerationCase.Decision.values, ESCALATE, SKIP)],
                                 error_messages={"required": "Choose a decision.", "invalid_choice": "Choose a decision."})
    reason_template = forms.ChoiceField(choices=[("", "Choose a saved reason"), *services.REJECTION_TEMPLATES.items()],
                                        required=False, label="Saved reason")
    reason_note = forms.CharField(required=False, max_length=600, label="Your words",
                                  widget=forms.Textarea(attrs={"rows": 3}))

    def reason(self) -> str:
        data = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        parts = [services.REJECTION_TEMPLATES.get(data.get("reason_template") or "", ""),
                 (data.get("reason_note") or "").strip()]
        return ". ".join(p for p in parts if p)


def _filters(source) -> dict[str, str]:
    """The queue filters carried from page to page (status, reason, kind)."""
    status = source.get("status", "")
    out = {"status": status if status in queue.STATUSES else ModerationCase.Status.OPEN}
    if source.get("reason"):
        out["reason"] = source["reason"][:40]
    if str(source.get("kind", "")).isdigit():
        out["kind"] = source["kind"]
    return out


def _url(filters: dict[str, str], **extra) -> str:
    return f"{reverse('admin:moderation_review')}?{urlencode({**filters, **extra})}"


def _check(request: HttpRequest) -> None:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied("Only moderators review cases.")


def _queue(request: HttpRequest, filters: dict[str, str]):
    return queue.queue(moderator=request.user, status=filters["status"], reason=filters.get("reason", ""),
                       kind=int(filters["kind"]) if filters.get("kind") else None)


def _current(request: HttpRequest, cases, filters) -> ModerationCase | None:
    """The case to show: the one asked for, the one after/before a place, or the most urgent."""
    params = request.GET
    related = cases.select_related("author", "content_type", "decided_by", "appeal_of__decided_by")
    related = related.prefetch_related("reasons")
    if str(params.get("case", "")).isdigit():
        return ModerationCase.objects.select_related("author", "content_type", "decided_by", "appeal_of__decided_by")\
            .prefetch_related("reasons").filter(pk=params["case"]).first()
    for key, step in (("after", queue.after), ("before", queue.before)):
        if str(params.get(key, "")).isdigit():
            place = ModerationCase.objects.filter(pk=params[key]).only("priority", "created_at").first()
            if place is not None:
                found = step(related, place)
                if found is not None or key == "before":
                    return found or related.first()
    return related.first()


def _render(request: HttpRequest, *, case: ModerationCase | None, filters: dict[str, str],
            form: ReviewForm | None = None, status: int = 200, problem: str = "") -> HttpResponse:
    cases = _queue(request, filters)
    context = {
        **admin.site.each_context(request),
        "title": "Review queue",
        "filters": filters,
        "status_counts": queue.status_counts(),
        "reason_counts": queue.reason_counts(status=filters["status"]),
        "kind_counts": queue.kind_counts(status=filters["status"]),
        "view": queue.case_view(case) if case is not None else None,
        "form": form or ReviewForm(),
        "problem": problem,
        "chosen": form.data.get("decision", "") if form is not None else "",
        "previous_url": _url(filters, before=case.pk) if case else "",
        "next_url": _url(filters, after=case.pk) if case else "",
        "decide_url": reverse("admin:moderation_review_decide", args=[case.pk]) if case else "",
        "filter_url": reverse("admin:moderation_review"),
        "list_url": reverse("admin:moderation_moderationcase_changelist"),
        "waiting": cases.count(),
    }
    return render(request, "admin/moderation/review.html", context, status=status)


def review_view(request: HttpRequest) -> HttpResponse:
    _check(request)
    filters = _filters(request.GET)
    case = _current(request, _queue(request, filters), filters)
    return _render(request, case=case, filters=filters)


@require_POST
def decide_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Apply one decision and go straight to the next case; a refused decision
    comes back with only its error, the moderator's choice and words kept."""
    _check(request)
    case = get_object_or_404(ModerationCase.objects.select_related("author", "appeal_of"), pk=pk)
    filters = _filters(request.POST)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        problem = next(iter(form.errors.values()))[0]
        return _render(request, case=case, filters=filters, form=form, status=400, problem=problem)
    decision = form.cleaned_data["decision"]
    if decision == SKIP:
        return redirect(_url(filters, after=case.pk))
    described = queue.describe_case(case)
    place = {"priority": case.priority, "created_at": case.created_at}
    try:
        if decision == ESCALATE:
            problem = None if case.is_open else "This case has already been decided."
            if problem is None:
                services.case_escalate(case=case, moderator=request.user, note=form.cleaned_data["reason_note"])
        else:
            problem = services.decision_problem(case=case, moderator=request.user, decision=decision,
                                                reason=form.reason())
            if problem is None:
                services.case_decide(case=case, moderator=request.user, decision=decision, reason=form.reason())
    except (ValidationError, PermissionDenied) as error:
        problem = " ".join(getattr(error, "messages", [str(error)]))
    if problem:
        return _render(request, case=case, filters=filters, form=form, status=400, problem=problem)
    messages.success(request, f"{VERBS[decision]}: the {described}")
    upcoming = queue.after(_queue(request, filters), ModerationCase(pk=case.pk, **place))
    return redirect(_url(filters, case=upcoming.pk) if upcoming else _url(filters))
