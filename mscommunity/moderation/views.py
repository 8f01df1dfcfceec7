"""The member's side of moderation: decisions about their posts, withdrawal and appeals."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from mscommunity.moderation import appeals, registry, statements, transitions
from mscommunity.moderation.models import ModerationCase


class AppealForm(forms.Form):
    note = forms.CharField(
        label="Why should a moderator look again?", max_length=appeals.NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="A few sentences are enough. A different moderator reads it. "
                  "Do not include phone numbers, e-mail addresses or other people's names.",
        error_messages={"required": "Write a short note: what should the moderator know?"},
    )


def _statement_for(case: ModerationCase) -> str:
    content = case.content
    if content is None:
        return "The post no longer exists."
    if case.is_open:
        flagged = any(r.code == "flagged" for r in case.reasons.all())
        return statements.statement(case=case, content=content,
                                    outcome=statements.HIDDEN if flagged else statements.HELD)
    if case.decision == ModerationCase.Decision.REJECTED:
        return statements.statement(case=case, content=content, outcome=statements.NOT_PUBLISHED,
                                    reason=case.decision_reason if case.decided_by_id else "")
    return f"{case.get_decision_display()}."


@login_required
@require_safe
def decisions(request: HttpRequest) -> HttpResponse:
    """Every decision about the member's posts, with the statement of reasons,
    a way to withdraw what still waits and to appeal what was not published."""
    cases = list(
        ModerationCase.objects.filter(author=request.user)
        .select_related("appeal", "appeal_of", "content_type")
        .prefetch_related("reasons", "content")
        .order_by("-created_at")[:50]
    )
    rows = []
    for case in cases:
        content = case.content
        handler = registry.handler_for(content) if content is not None else None
        if handler is None or handler.noun == "appeal":
            continue
        hidden = transitions.status_of(content) != transitions.ContentStatus.PUBLISHED
        waiting = case.is_open and transitions.status_of(content) == transitions.ContentStatus.HELD
        if not (waiting or (case.decision == ModerationCase.Decision.REJECTED and hidden) or case.appeal_of_id):
            continue  # published posts a moderator only follows up are not a decision about the author
        rows.append({
            "case": case, "what": handler.describe(content), "statement": _statement_for(case),
            "withdraw_url": handler.withdraw_url(content) if waiting and handler.withdraw_url else "",
            "can_appeal": appeals.appeal_problem(case=case, member=request.user) is None,
            "appealed": hasattr(case, "appeal"),
        })
    return render(request, "moderation/decisions.html", {"rows": rows})


@login_required
@require_http_methods(["GET", "POST"])
def appeal(request: HttpRequest, pk: int) -> HttpResponse:
    """Ask once for a second look at a decision not to publish."""
    case = ModerationCase.objects.filter(pk=pk, author=request.user).select_related("content_type").first()
    if case is None:
        raise Http404("No such decision")
    problem = appeals.appeal_problem(case=case, member=request.user)
    if problem:
        messages.info(request, problem)
        return redirect("moderation:decisions")
    form = AppealForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            appeals.appeal_submit(case=case, member=request.user, note=form.cleaned_data["note"])
        except PermissionDenied as denied:
            raise Http404("No such decision") from denied
        except ValidationError as error:
            for message in error.messages:
                form.add_error("note", message)
        else:
            messages.success(request, "Thank you. A different moderator will look again and we will tell you "
                                      "what they decide.")
            return redirect("moderation:decisions")
    content = case.content
    what = registry.handler_for(content).describe(content) if content is not None else "your post"
    return render(request, "moderation/appeal.html", {
        "form": form, "case": case, "what": what, "statement": _statement_for(case),
    })
