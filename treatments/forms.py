"""Forms for the treatment directory. They carry and type-check what was typed;
the rules live in ``treatments.services.check_answers`` and the pipeline, and
the view shows their messages next to the fields, with the text kept."""

from __future__ import annotations

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


def _numeric(width: str) -> forms.TextInput:
    """GOV.UK: whole numbers in a text box with a numeric keyboard, not type=number."""
    return forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "class": f"input-width-{width}",
                                  "spellcheck": "false"})


def _edss_choices(empty: str) -> list[tuple[str, str]]:
    return [("", empty), *((str(step), str(step)) for step in choices.EDSS_STEPS)]


class ReportForm(HoneypotMixin, forms.Form):
    """An experience report. The treatment is typed in a text box (names,
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
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
        self._resolve_treatment(data)
        band, currency = data.get("cost_band"), data.get("currency")
        if band and band != choices.NO_COST and not currency:
            self.add_error("currency", "Choose the currency you paid in")
        if currency and not band:
            self.add_error("cost_band", "Choose roughly how much it cost, or set the currency to “No currency”")
        return data

    def _resolve_treatment(self, data: dict) -> None:
        typed = (data.get("treatment_name") or "").strip()
        result = selectors.resolve_treatment(typed=typed, chosen=(data.get("treatment") or "").strip())
        self.resolved = result.treatment
        self.offer(result.candidates)
        if result.treatment is None:
            self.add_error("treatment_name", result.problem)

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
    def initial_for(cls, report: ExperienceReport) -> dict:
        """The form's starting values for editing ``report``."""
        initial = {
            "treatment_name": report.treatment.name, "treatment": report.treatment.slug,
            "clinic": report.clinic_id, "country": report.country, "year_started": report.year_started,
            "ms_type": report.ms_type, "edss_before": report.edss_before, "edss_after": report.edss_after,
            "followup_months": report.followup_months, "outcome": report.outcome,
            "cost_band": report.cost_band, "currency": report.currency, "story": report.story,
        }
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
