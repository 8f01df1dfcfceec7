"""The fixed answer lists of an experience report, in one place.

Codes are stored; labels are what members read. The order of each list is
the order shown in forms, tables and charts.
"""

from __future__ import annotations

from decimal import Decimal

from phonenumbers.geodata.locale import LOCALE_DATA

from treatments.vocabulary import MS_TYPES

FIRST_YEAR = 1980

NOT_SURE = "unsure"
MS_TYPE_CHOICES: list[tuple[str, str]] = [
    ("CIS", "Clinically isolated syndrome (CIS)"),
    ("RRMS", "Relapsing-remitting MS (RRMS)"),
    ("SPMS", "Secondary progressive MS (SPMS)"),
    ("PPMS", "Primary progressive MS (PPMS)"),
    (NOT_SURE, "Not sure"),
]
assert [c for c, _ in MS_TYPE_CHOICES[:-1]] == list(MS_TYPES)
MS_TYPE_SHORT = {"CIS": "CIS", "RRMS": "relapsing-remitting", "SPMS": "secondary progressive",
                 "PPMS": "primary progressive", NOT_SURE: "not sure"}

OUTCOME_CHOICES: list[tuple[str, str]] = [
    ("much_worse", "Much worse"),
    ("worse", "A little worse"),
    ("same", "About the same"),
    ("better", "A little better"),
    ("much_better", "Much better"),
]
OUTCOME_LABELS = dict(OUTCOME_CHOICES)
OUTCOME_CODES = [c for c, _ in OUTCOME_CHOICES]

SIDE_EFFECT_CHOICES: list[tuple[str, str]] = [
    ("fatigue", "Tiredness (fatigue)"),
    ("headache", "Headache"),
    ("nausea", "Feeling sick or stomach upset"),
    ("flushing", "Flushing"),
    ("infections", "Infections"),
    ("injection_site", "Injection-site reactions"),
    ("infusion_reaction", "Infusion reactions"),
    ("hair_loss", "Hair loss"),
    ("low_blood_counts", "Low blood counts"),
    ("liver", "Liver test changes"),
    ("mood", "Low mood or anxiety"),
    ("other", "Something else (you can say what in your story)"),
]
SIDE_EFFECT_LABELS = dict(SIDE_EFFECT_CHOICES)
SIDE_EFFECT_CODES = [c for c, _ in SIDE_EFFECT_CHOICES]

SEVERITY_CHOICES: list[tuple[str, str]] = [("mild", "Mild"), ("moderate", "Moderate"), ("severe", "Severe")]
SEVERITY_LABELS = dict(SEVERITY_CHOICES)
SEVERITY_CODES = [c for c, _ in SEVERITY_CHOICES]

NO_COST = "none"
COST_BAND_CHOICES: list[tuple[str, str]] = [
    (NO_COST, "Nothing: paid by a health service or insurance"),
    ("under_1k", "Less than 1,000"),
    ("1k_10k", "1,000 to 10,000"),
    ("10k_50k", "10,000 to 50,000"),
    ("50k_100k", "50,000 to 100,000"),
    ("over_100k", "More than 100,000"),
]
COST_BAND_LABELS = dict(COST_BAND_CHOICES)
COST_BAND_ORDER = {c: i for i, (c, _) in enumerate(COST_BAND_CHOICES)}

CURRENCY_CHOICES: list[tuple[str, str]] = [
    ("USD", "US dollars (USD)"), ("EUR", "Euros (EUR)"), ("GBP", "Pounds sterling (GBP)"),
    ("CAD", "Canadian dollars (CAD)"), ("AUD", "Australian dollars (AUD)"), ("CHF", "Swiss francs (CHF)"),
    ("SEK", "Swedish kronor (SEK)"), ("NOK", "Norwegian kroner (NOK)"), ("DKK", "Danish kroner (DKK)"),
    ("PLN", "Polish złoty (PLN)"), ("CZK", "Czech koruna (CZK)"), ("ILS", "Israeli shekels (ILS)"),
    ("INR", "Indian rupees (INR)"), ("MXN", "Mexican pesos (MXN)"), ("RUB", "Russian roubles (RUB)"),
    ("NZD", "New Zealand dollars (NZD)"), ("ZAR", "South African rand (ZAR)"), ("BRL", "Brazilian reais (BRL)"),
]
CURRENCY_CODES = [c for c, _ in CURRENCY_CHOICES]

EDSS_STEPS: list[Decimal] = [Decimal(i) / 2 for i in range(21)]  # 0.0 to 10.0 in 0.5 steps


def _english_name(code: str) -> str:
    names = LOCALE_DATA[code]
    name = names.get("en") or names.get("aa", code)
    while name.startswith("*"):
        name = names.get(name[1:], code)
    return name


# ISO 3166 codes with English names, from the phonenumbers package already
# used by the scrubber (no extra dependency), sorted by name.
COUNTRIES: list[tuple[str, str]] = sorted(
    ((code, _english_name(code)) for code in LOCALE_DATA if len(code) == 2 and code.isalpha()),
    key=lambda pair: pair[1],
)
COUNTRY_NAMES = dict(COUNTRIES)
