"""Thin views for the treatment directory: read through selectors, write through services."""

from __future__ import annotations

import csv
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from mscommunity import ratelimits
from mscommunity.accounts.policy import can_post
from mscommunity.notifications import selectors as notification_selectors
from mscommunity.notifications import services as notification_services
from treatments import downloads, selectors, services
from treatments.forms import ClinicSuggestForm, DirectoryFilterForm, ReportForm
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


# --- reports ------------------------------------------------------------------------

def _tell_author(request: HttpRequest, result: services.ReportResult, *, edited: bool) -> None:
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
    if prepared is not None and prepared.removed:
        removed = prepared.removed
        joined = removed[0] if len(removed) == 1 else ", ".join(removed[:-1]) + " and " + removed[-1]
        messages.warning(
            request, f"To protect your privacy we removed {joined} from your story.",
            extra_tags="personal-data-removed",
        )


def _add_errors(form: ReportForm, error: ValidationError) -> None:
    """Show the service's messages next to the fields they are about."""
    if hasattr(error, "error_dict"):
        for name, errors in error.message_dict.items():
            for message in errors:
                form.add_error(name if name in form.fields else None, message)
    else:
        for message in error.messages:
            form.add_error("story", message)


def _report_form_page(request: HttpRequest, form: ReportForm, *, report: ExperienceReport | None) -> HttpResponse:
    return render(request, "treatments/report_form.html", {
        "form": form, "report": report, "can_post": can_post(request.user),
    })


@login_required
@require_http_methods(["GET", "POST"])
def report_create(request: HttpRequest) -> HttpResponse:
    """The report form. ``?treatment=slug1,slug2`` prefills the treatment (one
    slug) or offers the named treatments to choose from (several)."""
    if request.method == "POST":
        form = ReportForm(request.POST)
        if form.is_valid() and can_post(request.user):
            # Only complete reports count against the limit: a member who needs
            # several tries (a misspelt name, a missing answer) is not punished.
            retry_after = ratelimits.consume(request, "report")
            if retry_after is not None:
                return ratelimits.too_many(request, retry_after)
            try:
                result = services.report_create(author=request.user, answers=form.answers(),
                                                story=form.cleaned_data["story"])
            except ValidationError as error:
                _add_errors(form, error)
            except PermissionDenied as denied:
                messages.error(request, str(denied))
            else:
                _tell_author(request, result, edited=False)
                return redirect(result.report)
        return _report_form_page(request, form, report=None)
    prefill = selectors.treatments_by_slugs([s.strip() for s in request.GET.get("treatment", "").split(",") if s])
    initial = {"treatment_name": prefill[0].name, "treatment": prefill[0].slug} if len(prefill) == 1 else {}
    form = ReportForm(initial=initial)
    if len(prefill) > 1:
        form.offer(prefill)
    return _report_form_page(request, form, report=None)


def _own_report_or_404(request: HttpRequest, pk: int) -> ExperienceReport:
    report = selectors.report_for_author(pk=pk, author=request.user)
    if report is None:
        raise Http404("No such report")
    return report


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
def report_edit(request: HttpRequest, pk: int) -> HttpResponse:
    report = _own_report_or_404(request, pk)
    if report.is_withdrawn:
        messages.error(request, "This report was withdrawn, so it cannot be changed.")
        return redirect(report)
    if request.method == "POST":
        form = ReportForm(request.POST)
        if form.is_valid():
            try:
                result = services.report_update(report=report, author=request.user, answers=form.answers(),
                                                story=form.cleaned_data["story"])
            except ValidationError as error:
                _add_errors(form, error)
            except PermissionDenied as denied:
                messages.error(request, str(denied))
            else:
                _tell_author(request, result, edited=True)
                return redirect(result.report)
    else:
        form = ReportForm(initial=ReportForm.initial_for(report))
    return _report_form_page(request, form, report=report)


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
