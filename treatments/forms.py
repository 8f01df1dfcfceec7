"""Forms for the treatment directory. They carry and type-check what was typed;
the rules live in ``treatments.services.check_answers`` and the pipeline, and
the view shows their messages next to the fields, with the text kept."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.conf import settings
from django.urls import reverse_lazy
from django.utils import timezone

from mscommunity.pages.forms import HoneypotMixin
from treatments import choices, selectors
from treatments.models import Clinic, ExperienceReport, Treatment
from treatments.services import ReportAnswers

SIDE_EFFECT_PREFIX = "side_effect_"
SIDE_EFFECT_FIELDS = tuple(SIDE_EFFECT_PREFIX + code for code in choices.SIDE_EFFECT_CODES)


@dataclass(frozen=True)
class ReportStep:
    """One page of the report form: its address, heading and fields.

    ``question``: on a page that asks one thing, the field whose label is the
    page's heading (GOV.UK's "one thing per page"); otherwise ``title`` is.
    """

    slug: str
    title: str
    fields: tuple[str, ...]
    question: str = ""

    @property
    def template(self) -> str:
        return f"treatments/report_steps/{self.slug}.html"


REPORT_STEPS: tuple[ReportStep, ...] = (
    ReportStep("treatment", "Which treatment is this report about?", ("treatment_name", "treatment"),
               question="treatment_name"),
    ReportStep("started", "When you started", ("year_started", "ms_type")),
    ReportStep("where", "Where you were treated", ("clinic", "country")),
    ReportStep("edss", "Your disability score (EDSS)", ("edss_before", "edss_after", "followup_months")),
    ReportStep("outcome", "Overall, how have things been since you started?", ("outcome",), question="outcome"),
    ReportStep("side-effects", "Side effects", SIDE_EFFECT_FIELDS),
    ReportStep("cost", "What it cost you", ("cost_band", "currency")),
    ReportStep("story", "Your story (optional)", ("story",), question="story"),
)
STEPS_BY_SLUG = {step.slug: step for step in REPORT_STEPS}


@dataclass(frozen=True)
class SummaryRow:
    """One answer on the check page, and where to change it (``field``: the
    input's id without ``id_``, for the link's fragment)."""

    question: str
    answer: str
    step: str
    field: str
ANSWER_FIELDS = tuple(name for step in REPORT_STEPS for name in step.fields)


def _numeric(width: str) -> forms.TextInput:
    """GOV.UK: whole numbers in a text box with a numeric keyboard, not type=number."""
    return forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "class": f"input-width-{width}",
                                  "spellcheck": "false"})


def _edss_choices(empty: str) -> list[tuple[str, str]]:
    return [("", empty), *((str(step), str(step)) for step in choices.EDSS_STEPS)]


class ReportForm(HoneypotMixin, forms.Form):
    """An experience report, whole or one step of it (``step``: only that
    step's fields and rules). The treatment is typed in a text box (names,
    brands and misspellings are found); when the text matches several
    treatments, or none, the form comes back with the candidates as radio
    buttons (``treatment``), so it works without JavaScript."""

    treatment_name = forms.CharField(
        label="Which treatment is this report about?",
        help_text="Type its name or brand name, for example Gilenya or stem cell transplant. "
        "Spelling mistakes are fine.",
        required=False, max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    # The chosen slug: radio buttons drawn from ``candidates`` (no JavaScript), or
    # set by the search-as-you-type list. Resolved and checked in ``clean``.
    treatment = forms.CharField(label="Which of these did you mean?", required=False, max_length=80)
    clinic = forms.ModelChoiceField(
        label="Where were you treated? (optional)", required=False, queryset=Clinic.objects.none(),
        empty_label="Not in the list, or I'd rather not say",
        help_text="Only clinics and hospitals approved by our staff are listed.",
    )
    country = forms.ChoiceField(
        label="In which country were you treated? (optional)", required=False,
        choices=[("", "I'd rather not say"), *choices.COUNTRIES],
    )
    year_started = forms.IntegerField(
        label="In which year did you start this treatment?", help_text="For example, 2017",
        widget=_numeric("4"),
        error_messages={"required": "Enter the year you started this treatment",
                        "invalid": "Enter the year as a number, for example 2017"},
    )
    ms_type = forms.ChoiceField(
        label="What type of MS did you have when you started?", choices=choices.MS_TYPE_CHOICES,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the type of MS you had when you started, or “Not sure”"},
    )
    edss_before = forms.TypedChoiceField(
        label="Your EDSS score before the treatment (optional)",
        help_text="The disability score your neurologist uses, from 0 to 10. Leave it if you don't know.",
        choices=_edss_choices("I don't know"), coerce=Decimal, empty_value=None, required=False,
    )
    edss_after = forms.TypedChoiceField(
        label="Your most recent EDSS score since the treatment (optional)",
        choices=_edss_choices("I don't know"), coerce=Decimal, empty_value=None, required=False,
    )
    followup_months = forms.IntegerField(
        label="How many months after starting was that score? (optional)", help_text="For example, 24",
        required=False, widget=_numeric("3"),
        error_messages={"invalid": "Enter the number of months as a whole number, for example 24"},
    )
    outcome = forms.ChoiceField(
        label="Overall, how have things been since you started?", choices=choices.OUTCOME_CHOICES,
        widget=forms.RadioSelect, error_messages={"required": "Choose how things have been overall"},
    )
    cost_band = forms.ChoiceField(
        label="Roughly how much did you pay yourself? (optional)", required=False,
        choices=[("", "I'd rather not say"), *choices.COST_BAND_CHOICES],
    )
    currency = forms.ChoiceField(
        label="In which currency? (optional)", required=False, choices=[("", "No currency"), *choices.CURRENCY_CHOICES],
    )
    story = forms.CharField(
        label="Your story (optional)",
        help_text="What happened, in your own words. A moderator reads it before it is published. "
        "Do not include phone numbers, e-mail or home addresses, or other people's names: we remove them.",
        required=False, strip=False,
        widget=forms.Textarea(attrs={"rows": 8, "autocomplete": "off", "spellcheck": "true"}),
    )

    def __init__(self, *args, step: ReportStep | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.step = step
        self.fields["clinic"].queryset = selectors.approved_clinics()
        self.fields["story"].widget.attrs["data-maxlength"] = settings.MEMBER_TEXT_MAX_LENGTH
        self.fields["treatment_name"].widget.attrs.update(
            {"data-treatment-suggest": "on", "data-suggest-url": reverse_lazy("treatments:suggest")}
        )
        for code, label in choices.SIDE_EFFECT_CHOICES:
            self.fields[SIDE_EFFECT_PREFIX + code] = forms.ChoiceField(
                label=label, required=False, choices=[("", "Did not have this"), *choices.SEVERITY_CHOICES],
            )
        self.fields["year_started"].max_value = timezone.now().year
        if step is not None:
            for name in [n for n in self.fields if n not in step.fields and n != "website"]:
                del self.fields[name]
        self.candidates: list[Treatment] = []
        self.resolved: Treatment | None = None

    def offer(self, treatments: list[Treatment]) -> None:
        """Show these treatments as radio buttons to choose from."""
        self.candidates = list(treatments)

    @property
    def side_effect_fields(self):
        return [self[SIDE_EFFECT_PREFIX + code] for code in choices.SIDE_EFFECT_CODES]

    @property
    def chosen_slug(self) -> str:
        """The radio button to show checked."""
        if self.resolved is not None:
            return self.resolved.slug
        return self.data.get("treatment", "") if self.is_bound else self.initial.get("treatment", "")

    def clean_year_started(self):
        year = self.cleaned_data["year_started"]
        if year < choices.FIRST_YEAR:
            raise forms.ValidationError(f"The year must be {choices.FIRST_YEAR} or later")
        if year > timezone.now().year:
            raise forms.ValidationError(f"The year cannot be later than {timezone.now().year}")
        return year

    def clean_followup_months(self):
        months = self.cleaned_data["followup_months"]
        if months is not None and not 0 <= months <= 600:
            raise forms.ValidationError("Enter a number of months from 0 to 600")
        return months

    def clean(self):
        data = super().clean()
        if "treatment_name" in self.fields:
            self._resolve_treatment(data)
        if "cost_band" in self.fields and "currency" in self.fields:
            band, currency = data.get("cost_band"), data.get("currency")
            if band and band != choices.NO_COST and not currency:
                self.add_error("currency", "Choose the currency you paid in")
            if currency and not band:
                self.add_error("cost_band", "Choose roughly how much it cost, or set the currency to “No currency”")
        return data

    def show_candidates(self) -> None:
        """On an unbound treatment step: offer the radio buttons again when the
        kept name matches several treatments, with the kept choice checked."""
        typed = str(self.initial.get("treatment_name") or "").strip()
        if typed:
            self.offer(selectors.resolve_treatment(typed=typed, chosen=str(self.initial.get("treatment") or "")
                                                   ).candidates)

    def _resolve_treatment(self, data: dict) -> None:
        typed = (data.get("treatment_name") or "").strip()
        result = selectors.resolve_treatment(typed=typed, chosen=(data.get("treatment") or "").strip())
        self.resolved = result.treatment
        self.offer(result.candidates)
        if result.treatment is None:
            self.add_error("treatment_name", result.problem)

    def step_values(self) -> dict[str, str]:
        """What to keep of a validated step: the text as typed, the treatment
        as resolved (so it never changes between the steps and the summary)."""
        values = {name: str(self.data.get(name, "")) for name in self.step.fields}
        if self.resolved is not None:
            values["treatment"] = self.resolved.slug
        return values

    def summary(self) -> list[SummaryRow]:
        """The answers of a validated whole form, to check before sending, in
        the order of the steps. The story is shown apart, as the pipeline will
        store it."""
        data = self.cleaned_data

        def given(value, shown=None, empty="Not given") -> str:
            return empty if value in (None, "") else str(value if shown is None else shown)

        treatment = self.resolved
        named = treatment.name[:1].upper() + treatment.name[1:]
        if treatment.brand_names:
            named += f" ({', '.join(treatment.brand_names)})"
        effects = "; ".join(
            f"{label}: {choices.SEVERITY_LABELS[data[SIDE_EFFECT_PREFIX + code]].lower()}"
            for code, label in choices.SIDE_EFFECT_CHOICES if data.get(SIDE_EFFECT_PREFIX + code)
        )
        months, country, band, currency = (data.get(n) for n in ("followup_months", "country", "cost_band",
                                                                  "currency"))
        return [
            SummaryRow("Treatment", named, "treatment", "treatment_name"),
            SummaryRow("Year you started", str(data["year_started"]), "started", "year_started"),
            SummaryRow("Type of MS then", dict(choices.MS_TYPE_CHOICES)[data["ms_type"]], "started", "ms_type_0"),
            SummaryRow("Clinic or hospital", given(data.get("clinic")), "where", "clinic"),
            SummaryRow("Country", given(country, choices.COUNTRY_NAMES.get(country), "I'd rather not say"), "where",
                       "country"),
            SummaryRow("EDSS before", given(data.get("edss_before"), empty="I don't know"), "edss", "edss_before"),
            SummaryRow("EDSS since", given(data.get("edss_after"), empty="I don't know"), "edss", "edss_after"),
            SummaryRow("Months after starting", given(months, f"{months} month{'' if months == 1 else 's'}"),
                       "edss", "followup_months"),
            SummaryRow("Overall", choices.OUTCOME_LABELS[data["outcome"]], "outcome", "outcome_0"),
            SummaryRow("Side effects", effects or "None", "side-effects", SIDE_EFFECT_FIELDS[0]),
            SummaryRow("What you paid", given(band, choices.COST_BAND_LABELS.get(band), "I'd rather not say"), "cost",
                       "cost_band"),
            SummaryRow("Currency", given(currency, dict(choices.CURRENCY_CHOICES).get(currency), "No currency"),
                       "cost", "currency"),
        ]

    def answers(self) -> ReportAnswers:
        data = self.cleaned_data
        return ReportAnswers(
            treatment=self.resolved, year_started=data["year_started"], ms_type=data["ms_type"],
            outcome=data["outcome"], clinic=data.get("clinic"), country=data.get("country", ""),
            edss_before=data.get("edss_before"), edss_after=data.get("edss_after"),
            followup_months=data.get("followup_months"),
            side_effects={code: data[SIDE_EFFECT_PREFIX + code] for code in choices.SIDE_EFFECT_CODES
                          if data.get(SIDE_EFFECT_PREFIX + code)},
            cost_band=data.get("cost_band", ""), currency=data.get("currency", ""),
        )

    @classmethod
    def initial_for(cls, report: ExperienceReport) -> dict[str, str]:
        """The answers of ``report`` as the form's text values (a draft to edit)."""
        def text(value) -> str:
            if isinstance(value, Decimal):  # 6.0 is stored; the list offers "6"
                return next((str(step) for step in choices.EDSS_STEPS if step == value), str(value))
            return "" if value is None else str(value)

        initial = {name: "" for name in ANSWER_FIELDS}
        initial.update({
            "treatment_name": report.treatment.name, "treatment": report.treatment.slug,
            "clinic": text(report.clinic_id), "country": report.country, "year_started": str(report.year_started),
            "ms_type": report.ms_type, "edss_before": text(report.edss_before), "edss_after": text(report.edss_after),
            "followup_months": text(report.followup_months), "outcome": report.outcome,
            "cost_band": report.cost_band, "currency": report.currency, "story": report.story,
        })
        for code, severity in report.side_effects.items():
            initial[SIDE_EFFECT_PREFIX + code] = severity
        return initial


class DirectoryFilterForm(forms.Form):
    """The search and filters of the treatment list (a GET form)."""

    q = forms.CharField(
        label="Search treatments", required=False, max_length=100,
        help_text="A generic or brand name. Spelling mistakes are fine.",
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off", "spellcheck": "false",
                                      "data-treatment-suggest": "links",
                                      "data-suggest-url": reverse_lazy("treatments:suggest")}),
    )
    kind = forms.ChoiceField(label="Kind of treatment", required=False, choices=[("", "All kinds"),
                                                                                 *Treatment.Kind.choices])
    ms_type = forms.ChoiceField(
        label="Approved for", required=False,
        choices=[("", "Any type of MS"), *((c, label) for c, label in choices.MS_TYPE_CHOICES if c != choices.NOT_SURE)],
    )


class ClinicSuggestForm(forms.Form):
    name = forms.CharField(label="Name of the clinic or hospital", max_length=160,
                           error_messages={"required": "Enter the name of the clinic or hospital"})
    city = forms.CharField(label="Town or city", max_length=100,
                           widget=forms.TextInput(attrs={"autocomplete": "off"}),
                           error_messages={"required": "Enter the town or city"})
    country = forms.ChoiceField(label="Country", choices=[("", "Choose a country"), *choices.COUNTRIES],
                                error_messages={"required": "Choose the country"})
    treatments = forms.CharField(
        label="Which treatments does it offer? (optional)", required=False, max_length=500,
        help_text="Separate the names with commas, for example: HSCT, Ocrevus",
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def treatment_list(self) -> list[Treatment]:
        slugs = [m.slug for m in selectors.vocabulary().find(self.cleaned_data.get("treatments", ""))]
        return selectors.treatments_by_slugs(slugs)
