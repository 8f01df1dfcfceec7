"""Reads for the treatment directory.

Every page reads a constant number of queries whatever the number of reports:
the aggregates come from one ``values_list`` query over the approved reports
of a treatment, summed in one pass in Python (``treatments.aggregates``),
which works the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import Count, Model, Q, QuerySet

from mscommunity.accounts.models import User
from mscommunity.accounts.policy import is_moderator
from treatments import aggregates, choices
from treatments.models import Clinic, ExperienceReport, Treatment
from treatments.vocabulary import TreatmentTerm, Vocabulary

STORIES_PAGE_SIZE = 10
SUGGESTIONS = 8
_VERSION_KEY = "treatments:vocabulary-version"
_ROW_FIELDS = ("ms_type", "clinic_id", "outcome", "edss_before", "edss_after", "side_effects", "cost_band",
               "currency")


def min_group_size() -> int:
    """k: groups with fewer approved reports show no figures."""
    return settings.TREATMENTS_MIN_GROUP_SIZE


# --- the vocabulary as staff edited it --------------------------------------------

_compiled: dict[str, object] = {"version": None, "vocabulary": None}


def vocabulary_changed(**kwargs) -> None:
    """Signal receiver: a treatment changed, so bump the vocabulary version; every
    process rebuilds its compiled vocabulary (search and ingest pipeline) on next use."""
    cache.set(_VERSION_KEY, uuid.uuid4().hex, None)


def vocabulary() -> Vocabulary:
    """The treatment vocabulary built from the ``Treatment`` rows (names and
    synonyms as staff edited them), compiled once per change. No query when
    nothing changed (one cache read)."""
    version = cache.get(_VERSION_KEY, "initial")
    if _compiled["vocabulary"] is None or _compiled["version"] != version:
        terms = [
            TreatmentTerm(slug=t.slug, name=t.name, kind=t.kind, description=t.description,
                          ms_types=tuple(t.ms_types), synonyms=tuple(t.synonym_list))
            for t in Treatment.objects.all()
        ]
        _compiled.update(version=version, vocabulary=Vocabulary(terms))
    return _compiled["vocabulary"]  # type: ignore[return-value]


def search_treatments(query: str) -> list[Treatment]:
    """Treatments matching a search box query (generic names, brands, misspellings), best first."""
    slugs = vocabulary().search(query)
    if not slugs:
        return []
    by_slug = {t.slug: t for t in Treatment.objects.filter(slug__in=slugs)}
    return [by_slug[s] for s in slugs if s in by_slug]


def name_variants(word: str) -> tuple[str, ...]:
    """Every name of the treatment ``word`` names, for site search: the
    canonical name and every synonym staff entered (brands, other generic
    names, misspellings), when ``word`` is one of them exactly or within one
    typo of one (``"gylena"`` gives fingolimod's names). Empty when ``word``
    names no treatment. Read from the staff-edited rows through
    :func:`vocabulary`; no query when nothing changed."""
    voc = vocabulary()
    normal = " ".join(word.lower().split())
    slug = voc.lookup(normal) or (voc.fuzzy_lookup(normal) if normal.isalpha() else None)
    if slug is None:
        return ()
    term = next((t for t in voc.terms if t.slug == slug), None)
    return tuple(dict.fromkeys(n for n in (term.name, *term.synonyms) if n.strip())) if term else ()


@dataclass(frozen=True)
class Resolution:
    """What a typed treatment name (and a chosen radio button) come to.

    ``treatment`` is None when the member must choose: ``problem`` then says
    why, in words shown next to the field, and ``candidates`` are the radio
    buttons to offer (all treatments when nothing matched at all).
    """

    treatment: Treatment | None
    candidates: list[Treatment]
    problem: str = ""


def resolve_treatment(*, typed: str, chosen: str = "") -> Resolution:
    """Resolve the report form's treatment box without JavaScript.

    An exact name, brand or synonym, or a search with exactly one match
    (a misspelling, a prefix) resolves at once. Otherwise the radio button
    ``chosen`` decides, among the candidates offered; a typed text that
    resolves on its own to another treatment wins over a stale choice.
    """
    vocab = vocabulary()
    typed = typed.strip()
    slugs = vocab.search(typed) if typed else []
    exact = vocab.lookup(typed) if typed else None
    unique = exact or (slugs[0] if len(slugs) == 1 else None)
    if unique and (not chosen or chosen == unique or len(slugs) <= 1):
        found = treatments_by_slugs([unique])
        if found:
            return Resolution(treatment=found[0], candidates=[])
    if not slugs and typed:
        words = [w for w in typed.replace(",", " ").split() if len(w) >= 3]
        slugs = list(dict.fromkeys(s for w in words for s in vocab.search(w)))
    candidates = treatments_by_slugs(slugs) if slugs else list(Treatment.objects.order_by("name"))
    if chosen:
        picked = next((t for t in candidates if t.slug == chosen), None)
        if picked is not None:
            return Resolution(treatment=picked, candidates=candidates)
    if not typed and not chosen:
        return Resolution(treatment=None, candidates=[], problem="Enter the name of the treatment")
    if slugs and vocab.search(typed):
        problem = f"More than one treatment matches “{typed}”. Choose one below"
    elif slugs:
        problem = f"We could not find “{typed}” exactly. Choose the treatment you meant below"
    else:
        problem = (f"We could not find a treatment called “{typed}”. Check the spelling, "
                   "or choose the treatment from the list below")
    return Resolution(treatment=None, candidates=candidates, problem=problem)


def treatments_by_slugs(slugs: list[str]) -> list[Treatment]:
    """The treatments named by ``slugs`` in that order; unknown slugs are dropped."""
    by_slug = {t.slug: t for t in Treatment.objects.filter(slug__in=slugs)}
    return [by_slug[s] for s in dict.fromkeys(slugs) if s in by_slug]


def report_invitation_url(slugs: list[str] | tuple[str, ...]) -> str:
    """Where to invite a member to file a report about the treatments named in their comment."""
    from django.urls import reverse

    base = reverse("treatments:report_create")
    return f"{base}?treatment={','.join(slugs)}" if slugs else base


# --- the directory ------------------------------------------------------------------

@dataclass(frozen=True)
class ListedTreatment:
    treatment: Treatment
    reports: int  # approved reports
    k: int

    @property
    def count_text(self) -> str:
        if self.reports == 0:
            return "No reports yet"
        if self.reports < self.k:
            return f"Fewer than {self.k} reports"
        return f"{self.reports} report{'s' if self.reports != 1 else ''}"


def treatment_list(*, kind: str = "", ms_type: str = "", query: str = "") -> list[ListedTreatment]:
    """Treatments with their number of approved reports, filtered by kind,
    by the MS type they are approved for, and by a search query (best match
    first; otherwise by name). One query (plus the search's, if any)."""
    rows = Treatment.objects.annotate(
        n=Count("reports", filter=Q(reports__status=ExperienceReport.Status.APPROVED))
    ).order_by("name")
    if kind in Treatment.Kind.values:
        rows = rows.filter(kind=kind)
    order: dict[str, int] | None = None
    if query.strip():
        slugs = vocabulary().search(query)
        order = {slug: i for i, slug in enumerate(slugs)}
        rows = rows.filter(slug__in=slugs)
    treatments = list(rows)
    if ms_type:
        treatments = [t for t in treatments if ms_type in t.ms_types]
    if order is not None:
        treatments.sort(key=lambda t: order[t.slug])
    k = min_group_size()
    return [ListedTreatment(treatment=t, reports=t.n, k=k) for t in treatments]


def treatment_for_page(*, slug: str) -> Treatment | None:
    return Treatment.objects.filter(slug=slug).first()


def evidence_articles(*, treatment: Treatment) -> list[Model]:
    """Published articles about ``treatment`` (the threads app's rows, reached
    through the relation so that treatments never imports threads)."""
    return list(treatment.evidence_articles.published().order_by("-published_at"))


def _rows(reports: QuerySet[ExperienceReport]) -> list[aggregates.Row]:
    make = aggregates.Row._make
    return [make(values) for values in reports.values_list(*_ROW_FIELDS)]


MS_TYPE_LABELS = dict(choices.MS_TYPE_CHOICES)


@dataclass(frozen=True)
class TreatmentFigures:
    """The aggregates of one treatment: all approved reports, and by MS type."""

    overall: aggregates.Group
    by_ms_type: dict[str, aggregates.Group]
    selected: aggregates.Group  # the overall group, or the MS type asked for
    ms_type: str
    k: int


def treatment_figures(*, treatment: Treatment, ms_type: str = "") -> TreatmentFigures:
    """Aggregates of ``treatment``'s approved reports (one query), with the
    MS-type groups protected against working out a small group by subtraction."""
    k = min_group_size()
    rows = _rows(ExperienceReport.objects.approved().filter(treatment=treatment))
    overall, by_type = aggregates.summarize_and_split(rows, by="ms_type", k=k, labels=MS_TYPE_LABELS)
    ms_type = ms_type if ms_type in by_type else ""
    return TreatmentFigures(
        overall=overall, by_ms_type=by_type, selected=by_type[ms_type] if ms_type else overall,
        ms_type=ms_type, k=k,
    )


def stories_page(*, treatment: Treatment, page: int | str = 1) -> Page:
    """Approved reports of ``treatment`` that tell a story, newest first.

    Only the story and its notice are read: a story is never shown next to
    the structured answers of its report (they would single it out).
    """
    stories = (
        ExperienceReport.objects.approved().filter(treatment=treatment).exclude(story__exact="")
        .only("pk", "story_html", "medical_notice", "created_at").order_by("-created_at", "-id")
    )
    return Paginator(stories, STORIES_PAGE_SIZE).get_page(page)


# --- clinics ---------------------------------------------------------------------------

def approved_clinics() -> QuerySet[Clinic]:
    return Clinic.objects.approved().order_by("name", "city")


def clinic_for_page(*, slug: str) -> Clinic | None:
    return Clinic.objects.approved().filter(slug=slug).first()


@dataclass(frozen=True)
class ClinicTreatment:
    treatment: Treatment
    group: aggregates.Group


def clinic_figures(*, clinic: Clinic) -> list[ClinicTreatment]:
    """The clinic's own aggregates, one group per treatment it offers or was
    reported for. Each group is protected against subtraction from the
    treatment's overall figures (the reports naming other clinics, or none,
    are the rest of the partition). Two queries whatever the number of reports."""
    k = min_group_size()
    treatments = {t.pk: t for t in Treatment.objects.filter(Q(clinics=clinic) | Q(reports__clinic=clinic)).distinct()}
    rows_by_treatment: dict[int, list[tuple[int, aggregates.Row]]] = {pk: [] for pk in treatments}
    for values in ExperienceReport.objects.approved().filter(treatment_id__in=list(treatments)).values_list(
        "treatment_id", *_ROW_FIELDS
    ):
        rows_by_treatment[values[0]].append(aggregates.Row._make(values[1:]))
    result = []
    for pk, treatment in sorted(treatments.items(), key=lambda item: item[1].name):
        rows = rows_by_treatment[pk]
        groups = aggregates.split(rows, by="clinic_id", k=k, labels={clinic.pk: treatment.name}, never_shown=[None])
        result.append(ClinicTreatment(treatment=treatment, group=groups[clinic.pk]))
    return result


# --- a member's own reports ---------------------------------------------------------

def reports_of(*, member: User) -> QuerySet[ExperienceReport]:
    return ExperienceReport.objects.filter(author=member).select_related("treatment", "clinic")


def report_for_viewer(*, pk: int, viewer: User | AnonymousUser) -> ExperienceReport | None:
    """A single report, for its author or a moderator only: nobody else ever
    reads a single report, approved or not."""
    if not viewer.is_authenticated:
        return None
    report = ExperienceReport.objects.select_related("treatment", "clinic").filter(pk=pk).first()
    if report is None:
        return None
    if report.author_id == viewer.pk or is_moderator(viewer):
        return report
    return None


def report_content_shown(*, report: ExperienceReport, viewer: User | AnonymousUser) -> bool:
    """Whether ``viewer`` (who may open ``report``) reads its answers and story.

    A withdrawn report is deleted content: its author sees only that it was
    withdrawn (a tombstone), moderators still read it for the record.
    """
    return not report.is_withdrawn or is_moderator(viewer)


def report_for_author(*, pk: int, author: User) -> ExperienceReport | None:
    """The author's own report (for editing and withdrawing)."""
    if not author.is_authenticated:
        return None
    return ExperienceReport.objects.select_related("treatment", "clinic").filter(pk=pk, author=author).first()
