"""Thin views for the treatment directory: read through selectors, write through services."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from mscommunity import ratelimits
from mscommunity.accounts.policy import can_post
from mscommunity.moderation import pipeline
from mscommunity.notifications import selectors as notification_selectors
from mscommunity.notifications import services as notification_services
from treatments import downloads, selectors, services
from treatments.drafts import ReportDraft
from treatments.forms import (
    REPORT_STEPS,
    SIDE_EFFECT_FIELDS,
    STEPS_BY_SLUG,
    ClinicSuggestForm,
    DirectoryFilterForm,
    ReportForm,
    ReportStep,
)
from treatments.models import ExperienceReport, Treatment


def _treatment_or_404(slug: str) -> Treatment:
    treatment = selectors.treatment_for_page(slug=slug)
    if treatment is None:
        raise Http404("No such treatment")
    return treatment


@require_safe
def treatment_list(request: HttpRequest) -> HttpResponse:
    form = DirectoryFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    rows = selectors.treatment_list(
        kind=data.get("kind", ""), ms_type=data.get("ms_type", ""), query=data.get("q", "")
    )
    return render(request, "treatments/list.html", {
        "filters": form, "rows": rows, "query": data.get("q", ""), "k": selectors.min_group_size(),
        "filtered": any(data.values()),
    })


@require_safe
def treatment_detail(request: HttpRequest, slug: str) -> HttpResponse:
    treatment = _treatment_or_404(slug)
    figures = selectors.treatment_figures(treatment=treatment, ms_type=request.GET.get("ms_type", ""))
    following = notification_selectors.is_following(user=request.user, target=treatment)
    return render(request, "treatments/detail.html", {
        "treatment": treatment,
        "following": following,
        "articles": selectors.evidence_articles(treatment=treatment),
        "figures": figures,
        "group": figures.selected,
        "stories": selectors.stories_page(treatment=treatment, page=request.GET.get("page", 1)),
    })


@require_safe
def treatment_data_csv(request: HttpRequest, slug: str) -> HttpResponse:
    treatment = _treatment_or_404(slug)
    figures = selectors.treatment_figures(treatment=treatment)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{treatment.slug}-aggregates.csv"'
    writer = csv.writer(response)
    writer.writerows(downloads.csv_rows(treatment=treatment, figures=figures))
    return response


@require_safe
def treatment_data_json(request: HttpRequest, slug: str) -> HttpResponse:
    treatment = _treatment_or_404(slug)
    figures = selectors.treatment_figures(treatment=treatment)
    response = HttpResponse(
        json.dumps(downloads.as_json(treatment=treatment, figures=figures), indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{treatment.slug}-aggregates.json"'
    return response


@require_safe
def suggest(request: HttpRequest) -> JsonResponse:
    """Suggestions for the search-as-you-type list: ``?q=gil`` → fingolimod (Gilenya)."""
    query = request.GET.get("q", "")[:100]
    results = [
        {"slug": t.slug, "name": t.name, "kind": t.get_kind_display(), "brands": t.brand_names,
         "url": t.get_absolute_url()}
        for t in selectors.search_treatments(query)[: selectors.SUGGESTIONS]
    ]
    return JsonResponse({"query": query, "results": results})


# --- reports: the form in steps ---------------------------------------------------------
#
# One question (or a few close ones) per page, then a page to check every
# answer before sending. The answers wait in the session (treatments.drafts)
# and reach the database only when the member confirms them on the check page,
# through services.report_create / report_update and the pipeline. A new report
# and a change to one use the same steps; a change starts at the check page.

def _tell_author(request: HttpRequest, result: services.ReportResult, *, edited: bool,
                 removed_before: list[str] = ()) -> None:
    """The outcome in plain words; ``removed_before`` is what the pipeline took
    out of the story when the draft kept it (the draft never holds it as typed)."""
    report, prepared = result.report, result.prepared
    if report.status == ExperienceReport.Status.REJECTED:
        messages.error(request, f"Your report was not accepted because {report.status_reason}.")
    else:
        what = "Your changes are saved" if edited else "Thank you. Your report is saved"
        messages.success(
            request,
            f"{what}. It is waiting for a moderator: every report is read before it counts in the figures. "
            "We will tell you when it has been read.",
        )
    removed = [*removed_before, *(prepared.removed if prepared is not None else [])]
    if removed:
        joined = removed[0] if len(removed) == 1 else ", ".join(removed[:-1]) + " and " + removed[-1]
        messages.warning(
            request, f"To protect your privacy we removed {joined} from your story.",
            extra_tags="personal-data-removed",
        )


@dataclass(frozen=True)
class _Flow:
    """A new report (``report`` None) or one of the member's reports being changed."""

    report: ExperienceReport | None
    draft: ReportDraft

    @property
    def editing(self) -> bool:
        return self.report is not None

    def step_url(self, step: ReportStep) -> str:
        if self.report is not None:
            return reverse("treatments:report_edit_step", kwargs={"pk": self.report.pk, "step": step.slug})
        if step == REPORT_STEPS[0]:
            return reverse("treatments:report_create")
        return reverse("treatments:report_step", kwargs={"step": step.slug})

    @property
    def check_url(self) -> str:
        if self.report is not None:
            return reverse("treatments:report_edit", kwargs={"pk": self.report.pk})
        return reverse("treatments:report_check")

    @property
    def cancel_url(self) -> str:
        if self.report is not None:
            return reverse("treatments:report_edit_cancel", kwargs={"pk": self.report.pk})
        return reverse("treatments:report_cancel")


def _new_flow(request: HttpRequest) -> _Flow:
    return _Flow(report=None, draft=ReportDraft(request.session))


def _edit_flow(request: HttpRequest, pk: int) -> _Flow | HttpResponse:
    """The member's own report being changed; its draft starts from the stored
    answers (again, if the report changed since the draft began)."""
    report = _own_report_or_404(request, pk)
    if report.is_withdrawn:
        messages.error(request, "This report was withdrawn, so it cannot be changed.")
        return redirect(report)
    draft = ReportDraft(request.session, report_pk=report.pk)
    base = report.updated_at.isoformat()
    if not draft.exists or draft.base != base:
        draft.start(ReportForm.initial_for(report), base=base)
    return _Flow(report=report, draft=draft)


def _step_or_404(slug: str) -> ReportStep:
    if slug not in STEPS_BY_SLUG:
        raise Http404("No such step")
    return STEPS_BY_SLUG[slug]


@sensitive_variables()
def _checked(request: HttpRequest, form: ReportForm) -> tuple[ReportForm, pipeline.Prepared | None]:
    """Validate a step's form; the story step also asks the pipeline, so a
    story it would refuse is refused here, next to the text. Returns the form
    and, for a story, what the pipeline would store (None without one)."""
    prepared = None
    if form.is_valid() and "story" in form.fields:
        prepared = services.report_preview(author=request.user, story=form.cleaned_data["story"])
        for problem in prepared.problems if prepared else ():
            form.add_error("story", problem)
    return form, prepared


@sensitive_variables()
def _step(request: HttpRequest, flow: _Flow, step: ReportStep) -> HttpResponse:
    """One step: show it with what was kept, or keep what was sent and move on."""
    index = REPORT_STEPS.index(step)
    missing = flow.draft.first_missing(REPORT_STEPS[:index])
    if missing is not None:  # earlier questions first
        return redirect(flow.step_url(missing))
    change = flow.editing or request.POST.get("change") == "1" or request.GET.get("change") == "1"
    allowed = can_post(request.user)
    if request.method == "POST" and allowed:
        form, prepared = _checked(request, ReportForm(request.POST, step=step))
        if form.is_valid():
            values = form.step_values()
            if "story" in values:
                # The draft lives in the session table: the story only as the pipeline would
                # store it (personal data removed), never as typed.
                values["story"] = prepared.text if prepared is not None else ""
                flow.draft.keep_story_removed(prepared.removed if prepared is not None else [])
            flow.draft.keep(step, values, done=True)
            following = REPORT_STEPS[index + 1] if index + 1 < len(REPORT_STEPS) else None
            return redirect(flow.check_url if change or following is None else flow.step_url(following))
        # Kept as typed, so going back and forth loses nothing; the step stays to be done.
        typed = {name: request.POST.get(name, "") for name in step.fields}
        if "story" in typed:  # a refused story is shown again from the POST, never kept unscrubbed
            typed["story"] = flow.draft.values(step).get("story", "")
        flow.draft.keep(step, typed, done=False)
    elif request.method == "POST":
        form = ReportForm(request.POST, step=step)
    elif flow.draft.has_values(step) and not flow.draft.is_done(step):
        form, _ = _checked(request, ReportForm(flow.draft.values(step), step=step))  # its problems, again
    else:
        form = _unbound_step(request, flow, step)
    if change:
        back_url, back_label = flow.check_url, "your answers"
    elif index == 0:
        back_url, back_label = reverse("treatments:list"), "the treatments"
    else:
        back_url, back_label = flow.step_url(REPORT_STEPS[index - 1]), "the previous question"
    return render(request, "treatments/report_step.html", {
        "form": form, "step": step, "number": index + 1, "total": len(REPORT_STEPS), "report": flow.report,
        "can_post": allowed, "returning": change, "change": change and not flow.editing,
        "action_url": flow.step_url(step),
        "back_url": back_url, "back_label": back_label,
        "cancel_url": flow.cancel_url if flow.draft.exists else "",
    })


def _unbound_step(request: HttpRequest, flow: _Flow, step: ReportStep) -> ReportForm:
    """A step as first shown: the kept answers, or for a new report's
    treatment ``?treatment=slug1,slug2`` (one prefilled, several offered)."""
    kept = flow.draft.values(step)
    if kept or step != REPORT_STEPS[0] or flow.editing:
        form = ReportForm(initial=kept, step=step)
        if step == REPORT_STEPS[0]:
            form.show_candidates()
        return form
    prefill = selectors.treatments_by_slugs([s.strip() for s in request.GET.get("treatment", "").split(",") if s])
    initial = {"treatment_name": prefill[0].name, "treatment": prefill[0].slug} if len(prefill) == 1 else {}
    form = ReportForm(initial=initial, step=step)
    if len(prefill) > 1:
        form.offer(prefill)
    return form


def _problems_from(error: ValidationError, flow: _Flow) -> list[tuple[str, str]]:
    """The service's messages, each with a link to the step that can fix it."""
    def url_for(name: str) -> str:
        name = SIDE_EFFECT_FIELDS[0] if name == "side_effects" else name
        step = next((s for s in REPORT_STEPS if name in s.fields), STEPS_BY_SLUG["story"])
        return f"{flow.step_url(step)}?change=1#id_{name if name in step.fields else step.fields[0]}"

    if hasattr(error, "error_dict"):
        return [(message, url_for(name)) for name, errors in error.message_dict.items() for message in errors]
    return [(message, url_for("story")) for message in error.messages]


@sensitive_variables()
def _check(request: HttpRequest, flow: _Flow) -> HttpResponse:
    """The check page: every answer with a link to change it, the story as it
    will be stored; its button sends the report, the one write of the form."""
    missing = flow.draft.first_missing()
    if missing is not None:
        if request.method == "POST":
            messages.error(request, "Answer every question before you send your report. "
                                    "Nothing was sent; start with this one.")
        return redirect(flow.step_url(missing))
    form = ReportForm(flow.draft.data)
    if not form.is_valid():  # an answer no longer passes (a clinic was withdrawn, say): back to its step
        step = next(s for s in REPORT_STEPS if any(name in form.errors for name in s.fields))
        flow.draft.keep(step, flow.draft.values(step), done=False)
        messages.error(request, "One of your answers needs another look before you send your report.")
        return redirect(flow.step_url(step))
    story = form.cleaned_data["story"]
    preview = services.report_preview(author=request.user, story=story)
    problems = [(p, f"{flow.step_url(STEPS_BY_SLUG['story'])}?change=1#id_story")
                for p in (preview.problems if preview else ())]
    if request.method == "POST" and not problems:
        if not flow.editing:
            # Only complete reports count against the limit: a member who needs
            # several tries (a misspelt name, a missing answer) is not punished.
            retry_after = ratelimits.consume(request, "report")
            if retry_after is not None:
                return ratelimits.too_many(request, retry_after, resume_url=flow.check_url)
        try:
            if flow.report is None:
                result = services.report_create(author=request.user, answers=form.answers(), story=story)
            else:
                result = services.report_update(report=flow.report, author=request.user, answers=form.answers(),
                                                story=story)
        except ValidationError as error:
            problems = _problems_from(error, flow)
        except PermissionDenied as denied:
            messages.error(request, str(denied))
        else:
            removed_before = flow.draft.story_removed
            flow.draft.clear()
            _tell_author(request, result, edited=flow.editing, removed_before=removed_before)
            return redirect(result.report)
    return render(request, "treatments/report_check.html", {
        "rows": [(row, f"{flow.step_url(STEPS_BY_SLUG[row.step])}?change=1#id_{row.field}")
                 for row in form.summary()],
        "preview": preview, "story_removed": [*flow.draft.story_removed, *(preview.removed if preview else [])],
        "problems": problems, "report": flow.report, "can_post": can_post(request.user),
        "story_url": f"{flow.step_url(STEPS_BY_SLUG['story'])}?change=1#id_story",
        "check_url": flow.check_url, "cancel_url": flow.cancel_url,
        "back_url": flow.report.get_absolute_url() if flow.report else flow.step_url(REPORT_STEPS[-1]),
    })


@login_required
@require_http_methods(["GET", "POST"])
@sensitive_post_parameters()
def report_create(request: HttpRequest) -> HttpResponse:
    """The first step of a new report. ``?treatment=slug1,slug2`` prefills the
    treatment (one slug) or offers the named treatments to choose from (several)."""
    return _step(request, _new_flow(request), REPORT_STEPS[0])


@login_required
@require_http_methods(["GET", "POST"])
@sensitive_post_parameters()
def report_step(request: HttpRequest, step: str) -> HttpResponse:
    return _step(request, _new_flow(request), _step_or_404(step))


@login_required
@require_http_methods(["GET", "POST"])
def report_check(request: HttpRequest) -> HttpResponse:
    return _check(request, _new_flow(request))


@login_required
@require_POST
def report_cancel(request: HttpRequest) -> HttpResponse:
    """Delete the answers of the report being written."""
    _new_flow(request).draft.clear()
    messages.success(request, "Your answers are deleted. Nothing was sent.")
    return redirect("treatments:my_reports")


def _own_report_or_404(request: HttpRequest, pk: int) -> ExperienceReport:
    report = selectors.report_for_author(pk=pk, author=request.user)
    if report is None:
        raise Http404("No such report")
    return report


@login_required
@require_http_methods(["GET", "POST"])
def report_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change a report: the check page of its answers, each with a link to its step."""
    flow = _edit_flow(request, pk)
    return flow if isinstance(flow, HttpResponse) else _check(request, flow)


@login_required
@require_http_methods(["GET", "POST"])
@sensitive_post_parameters()
def report_edit_step(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    flow = _edit_flow(request, pk)
    return flow if isinstance(flow, HttpResponse) else _step(request, flow, _step_or_404(step))


@login_required
@require_POST
def report_edit_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    """Forget the unsaved changes to a report."""
    report = _own_report_or_404(request, pk)
    ReportDraft(request.session, report_pk=report.pk).clear()
    messages.success(request, "Your changes are deleted. Your report is as it was.")
    return redirect(report)


@login_required
@require_safe
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One report, for its author (and moderators) only; a withdrawn one shows
    its answers and story to moderators only."""
    report = selectors.report_for_viewer(pk=pk, viewer=request.user)
    if report is None:
        raise Http404("No such report")
    return render(request, "treatments/report_detail.html", {
        "report": report, "own": report.author_id == request.user.pk, "k": selectors.min_group_size(),
        "content_shown": selectors.report_content_shown(report=report, viewer=request.user),
    })


@login_required
@require_safe
def my_reports(request: HttpRequest) -> HttpResponse:
    return render(request, "treatments/my_reports.html", {"reports": selectors.reports_of(member=request.user)})


@login_required
@require_http_methods(["GET", "POST"])
def report_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """Confirm, then withdraw: the report leaves the figures at once."""
    report = _own_report_or_404(request, pk)
    if request.method == "POST":
        services.report_withdraw(report=report, author=request.user)
        messages.success(request, f"Your report about {report.treatment.name} is withdrawn. "
                                  "It no longer counts in the figures.")
        return redirect("treatments:my_reports")
    return render(request, "treatments/report_withdraw.html", {"report": report})


# --- clinics ---------------------------------------------------------------------------

@require_safe
def clinic_list(request: HttpRequest) -> HttpResponse:
    return render(request, "treatments/clinic_list.html", {"clinics": selectors.approved_clinics()})


@require_safe
def clinic_detail(request: HttpRequest, slug: str) -> HttpResponse:
    clinic = selectors.clinic_for_page(slug=slug)
    if clinic is None:
        raise Http404("No such clinic")
    return render(request, "treatments/clinic_detail.html", {
        "clinic": clinic, "rows": selectors.clinic_figures(clinic=clinic), "k": selectors.min_group_size(),
    })


@login_required
@require_http_methods(["GET", "POST"])
def clinic_suggest(request: HttpRequest) -> HttpResponse:
    form = ClinicSuggestForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and can_post(request.user):
        try:
            clinic = services.clinic_suggest(
                member=request.user, name=form.cleaned_data["name"], city=form.cleaned_data["city"],
                country=form.cleaned_data["country"], treatments=form.treatment_list(),
            )
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        else:
            if clinic.status == clinic.Status.APPROVED:
                messages.info(request, f"{clinic.name} is already in the directory.")
                return redirect(clinic)
            messages.success(request, f"Thank you. Our staff will check {clinic.name} and add it to the directory.")
            return redirect(reverse("treatments:clinic_list"))
    return render(request, "treatments/clinic_suggest.html", {"form": form, "can_post": can_post(request.user)})


@login_required
@require_POST
def treatment_follow(request: HttpRequest, slug: str) -> HttpResponse:
    """Follow a treatment (new approved reports and stories) or stop."""
    treatment = _treatment_or_404(slug)
    if request.POST.get("follow") == "1":
        notification_services.follow(user=request.user, target=treatment)
        messages.success(request, f"You follow {treatment.name}. We will tell you about new reports.")
    else:
        notification_services.mute(user=request.user, target=treatment)
        messages.success(request, f"You no longer follow {treatment.name}.")
    return redirect(treatment)
