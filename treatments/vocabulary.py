"""The one treatment vocabulary: the seed list of treatment terms.

Pure Python, no Django import. A data migration loads ``TREATMENTS`` into the
``Treatment`` rows staff edit; from then on the rows are the vocabulary, and
``treatments.selectors.vocabulary()`` compiles them for the directory search
and (through :mod:`mscommunity.moderation.registry`) for the ingest pipeline.
The matching machinery (:class:`Vocabulary`, :class:`TreatmentTerm`) lives in
:mod:`mscommunity.moderation.vocabulary` and is re-exported here.

Contracts
---------
* ``TREATMENTS`` is a tuple of frozen :class:`TreatmentTerm`; slugs are unique,
  every ``kind`` is one of :data:`KINDS`, every MS type one of :data:`MS_TYPES`.
* :func:`find_treatments`, :func:`lookup_treatment` and
  :func:`search_treatments` match against :data:`DEFAULT_VOCABULARY` (the seed
  list, for code without a database); see :class:`Vocabulary` for the rules.

Descriptions are short and neutral; they are not medical advice.
"""

from __future__ import annotations

from mscommunity.moderation.vocabulary import NOT_TYPOS, TreatmentMention, TreatmentTerm, Vocabulary

__all__ = [
    "BRANDS", "DEFAULT_VOCABULARY", "KINDS", "MS_TYPES", "NOT_TYPOS", "TERMS_BY_SLUG", "TREATMENTS",
    "TreatmentMention", "TreatmentTerm", "Vocabulary", "find_treatments", "lookup_treatment",
    "search_treatments", "treatment_slugs",
]

KINDS: tuple[str, ...] = ("dmt", "procedure", "symptom", "lifestyle")
MS_TYPES: tuple[str, ...] = ("CIS", "RRMS", "SPMS", "PPMS")
_ALL = MS_TYPES
_RELAPSING = ("CIS", "RRMS", "SPMS")


TREATMENTS: tuple[TreatmentTerm, ...] = (
    # Procedures
    TreatmentTerm(
        "ahsct", "AHSCT", "procedure",
        "Autologous haematopoietic stem cell transplantation: chemotherapy wipes "
        "out the immune system, which is rebuilt from the patient's own stem "
        "cells. Offered at specialised centres and in trials, mostly for highly "
        "active relapsing MS.",
        ("RRMS",),
        ("HSCT", "aHSCT", "stem cell transplant", "stem cell transplants",
         "stem cell transplantation", "stem-cell transplant",
         "stem-cell transplantation", "stem cell treatment",
         "autologous haematopoietic stem cell transplantation",
         "autologous hematopoietic stem cell transplantation"),
    ),
    TreatmentTerm(
        "plasmapheresis", "plasmapheresis", "procedure",
        "Plasma exchange: blood plasma is removed and replaced. Sometimes used "
        "for severe relapses that do not respond to steroids.",
        ("CIS", "RRMS"),
        ("plasma exchange", "PLEX"),
    ),
    # Disease-modifying drugs
    TreatmentTerm(
        "mitoxantrone", "mitoxantrone", "dmt",
        "A chemotherapy drug given by infusion, limited by a lifetime dose "
        "because of effects on the heart and a risk of leukaemia.",
        ("RRMS", "SPMS"),
        ("Novantrone", "mitoxanthrone"),
    ),
    TreatmentTerm(
        "natalizumab", "natalizumab", "dmt",
        "A monoclonal antibody given by infusion every four to six weeks; "
        "people are monitored for the JC virus because of the risk of PML.",
        _RELAPSING,
        ("Tysabri", "Tysbari", "Tysabry"),
    ),
    TreatmentTerm(
        "fingolimod", "fingolimod", "dmt",
        "A daily capsule that keeps some white blood cells in the lymph nodes.",
        _RELAPSING,
        ("Gilenya", "Gylena", "Gilenia", "Gilyena"),
    ),
    TreatmentTerm(
        "siponimod", "siponimod", "dmt",
        "A daily tablet related to fingolimod, approved for active secondary "
        "progressive MS; the dose depends on a genetic test.",
        _RELAPSING,
        ("Mayzent",),
    ),
    TreatmentTerm(
        "ocrelizumab", "ocrelizumab", "dmt",
        "An anti-CD20 monoclonal antibody given by infusion twice a year; the "
        "first drug approved for primary progressive MS.",
        _ALL,
        ("Ocrevus", "Ocrevis", "Ocrivus"),
    ),
    TreatmentTerm(
        "ofatumumab", "ofatumumab", "dmt",
        "An anti-CD20 monoclonal antibody injected under the skin once a month "
        "with a pen.",
        _RELAPSING,
        ("Kesimpta", "Kesympta"),
    ),
    TreatmentTerm(
        "rituximab", "rituximab", "dmt",
        "An anti-CD20 monoclonal antibody used off-label for MS in some "
        "countries; it is not licensed for MS.",
        (),
        ("Rituxan", "MabThera", "Rituxin"),
    ),
    TreatmentTerm(
        "alemtuzumab", "alemtuzumab", "dmt",
        "A monoclonal antibody given in two short courses a year apart, with "
        "monthly blood and urine monitoring for years afterwards.",
        ("RRMS", "SPMS"),
        ("Lemtrada", "Lemtreda"),
    ),
    TreatmentTerm(
        "cladribine", "cladribine", "dmt",
        "Tablets taken on a few days in two yearly courses, which reduce "
        "lymphocytes for a while.",
        ("RRMS", "SPMS"),
        ("Mavenclad", "Mavenclade", "cladrabine"),
    ),
    TreatmentTerm(
        "interferon-beta-1a", "interferon beta-1a", "dmt",
        "An injected interferon, weekly into the muscle (Avonex) or three times "
        "a week under the skin (Rebif).",
        _RELAPSING,
        ("interferon beta 1a", "interferon beta1a", "Avonex", "Rebif", "Rebiff",
         "Plegridy", "peginterferon beta-1a", "peginterferon"),
    ),
    TreatmentTerm(
        "interferon-beta-1b", "interferon beta-1b", "dmt",
        "An interferon injected under the skin every other day.",
        _RELAPSING,
        ("interferon beta 1b", "interferon beta1b", "Betaseron", "Betaferon",
         "Extavia", "Betasersone", "Betaserone", "Betasteron"),
    ),
    TreatmentTerm(
        "glatiramer-acetate", "glatiramer acetate", "dmt",
        "An injection under the skin, daily or three times a week.",
        _RELAPSING,
        ("glatiramer", "Copaxone", "Glatopa", "Copaxon", "Copaxome"),
    ),
    TreatmentTerm(
        "dimethyl-fumarate", "dimethyl fumarate", "dmt",
        "A capsule taken twice a day; flushing and stomach upset are common "
        "at the start.",
        _RELAPSING,
        ("Tecfidera", "Tecfedera", "Tekfidera", "DMF"),
    ),
    TreatmentTerm(
        "diroximel-fumarate", "diroximel fumarate", "dmt",
        "A capsule taken twice a day, related to dimethyl fumarate.",
        _RELAPSING,
        ("Vumerity",),
    ),
    TreatmentTerm(
        "teriflunomide", "teriflunomide", "dmt",
        "A daily tablet; liver tests are needed and it must not be taken in "
        "pregnancy.",
        _RELAPSING,
        ("Aubagio", "Aubajio"),
    ),
    TreatmentTerm(
        "ozanimod", "ozanimod", "dmt",
        "A daily capsule in the same family as fingolimod.",
        _RELAPSING,
        ("Zeposia",),
    ),
    TreatmentTerm(
        "ponesimod", "ponesimod", "dmt",
        "A daily tablet in the same family as fingolimod.",
        _RELAPSING,
        ("Ponvory",),
    ),
    TreatmentTerm(
        "ublituximab", "ublituximab", "dmt",
        "An anti-CD20 monoclonal antibody given by infusion twice a year.",
        _RELAPSING,
        ("Briumvi",),
    ),
    # Relapse treatment
    TreatmentTerm(
        "methylprednisolone", "methylprednisolone", "symptom",
        "A high-dose steroid, by drip or tablets over a few days, that can "
        "shorten a relapse.",
        _RELAPSING,
        ("Solu-Medrol", "Solumedrol", "Solu Medrol", "Medrol", "IV steroids",
         "steroid infusion", "steroid infusions"),
    ),
    # Symptom treatments
    TreatmentTerm(
        "baclofen", "baclofen", "symptom",
        "A tablet (or a pump into the spine) for muscle stiffness and spasms.",
        _ALL,
        ("Lioresal", "Baclophen", "Bacolfen"),
    ),
    TreatmentTerm(
        "gabapentin", "gabapentin", "symptom",
        "A tablet used for nerve pain and sometimes for spasms.",
        _ALL,
        ("Neurontin", "Gabapentine", "Gabapenten"),
    ),
    TreatmentTerm(
        "tizanidine", "tizanidine", "symptom",
        "A tablet for muscle stiffness; drowsiness is common.",
        _ALL,
        ("Zanaflex", "Tizanadine"),
    ),
    TreatmentTerm(
        "dalfampridine", "dalfampridine", "symptom",
        "A tablet that can improve walking speed in some people.",
        _ALL,
        ("fampridine", "Ampyra", "Fampyra", "4-aminopyridine"),
    ),
    TreatmentTerm(
        "nabiximols", "nabiximols", "symptom",
        "A mouth spray of cannabis extracts approved in some countries for "
        "spasticity.",
        _ALL,
        ("Sativex",),
    ),
    TreatmentTerm(
        "low-dose-naltrexone", "low-dose naltrexone", "symptom",
        "A small dose of an old drug, used off-label; the evidence in MS is "
        "weak.",
        (),
        ("low dose naltrexone", "LDN", "naltrexone"),
    ),
    TreatmentTerm(
        "modafinil", "modafinil", "symptom",
        "A tablet sometimes used off-label for fatigue.",
        (),
        ("Provigil", "armodafinil"),
    ),
    TreatmentTerm(
        "amantadine", "amantadine", "symptom",
        "A tablet sometimes used off-label for fatigue.",
        (),
        ("Symmetrel",),
    ),
    # Lifestyle
    TreatmentTerm(
        "cannabis", "cannabis", "lifestyle",
        "Cannabis and its extracts; some people use them for pain and spasms. "
        "Not an approved MS treatment, and the law differs by country.",
        (),
        ("CBD", "CBD oil", "marijuana", "marihuana", "medical marijuana",
         "medical cannabis", "THC", "cannabis oil"),
    ),
    TreatmentTerm(
        "vitamin-d", "vitamin D", "lifestyle",
        "A vitamin supplement; low levels are common in people with MS.",
        _ALL,
        ("vitamin D3", "vit D", "vitamin-D"),
    ),
    TreatmentTerm(
        "physiotherapy", "physiotherapy", "lifestyle",
        "Exercises and training with a physiotherapist for strength, balance "
        "and walking.",
        _ALL,
        ("physio", "physical therapy"),
    ),
)

TERMS_BY_SLUG: dict[str, TreatmentTerm] = {t.slug: t for t in TREATMENTS}

# The names people know a treatment by, as shown on pages (brands, other
# generic names). Every one is also in the treatment's synonyms; the
# synonyms also hold misspellings, which are found but never shown.
BRANDS: dict[str, tuple[str, ...]] = {
    "ahsct": ("HSCT", "stem cell transplant"),
    "plasmapheresis": ("plasma exchange",),
    "mitoxantrone": ("Novantrone",),
    "natalizumab": ("Tysabri",),
    "fingolimod": ("Gilenya",),
    "siponimod": ("Mayzent",),
    "ocrelizumab": ("Ocrevus",),
    "ofatumumab": ("Kesimpta",),
    "rituximab": ("Rituxan", "MabThera"),
    "alemtuzumab": ("Lemtrada",),
    "cladribine": ("Mavenclad",),
    "interferon-beta-1a": ("Avonex", "Rebif", "Plegridy"),
    "interferon-beta-1b": ("Betaseron", "Betaferon", "Extavia"),
    "glatiramer-acetate": ("Copaxone", "Glatopa"),
    "dimethyl-fumarate": ("Tecfidera",),
    "diroximel-fumarate": ("Vumerity",),
    "teriflunomide": ("Aubagio",),
    "ozanimod": ("Zeposia",),
    "ponesimod": ("Ponvory",),
    "ublituximab": ("Briumvi",),
    "methylprednisolone": ("Solu-Medrol", "IV steroids"),
    "baclofen": ("Lioresal",),
    "gabapentin": ("Neurontin",),
    "tizanidine": ("Zanaflex",),
    "dalfampridine": ("fampridine", "Ampyra", "Fampyra"),
    "nabiximols": ("Sativex",),
    "low-dose-naltrexone": ("LDN",),
    "modafinil": ("Provigil",),
    "amantadine": ("Symmetrel",),
    "cannabis": ("CBD", "medical cannabis"),
    "vitamin-d": ("vitamin D3",),
    "physiotherapy": ("physical therapy",),
}

DEFAULT_VOCABULARY = Vocabulary(TREATMENTS)


def find_treatments(text: str) -> list[TreatmentMention]:
    """Find treatment mentions in ``text``.

    Returns non-overlapping mentions sorted by ``start``; for each,
    ``text[start:end] == surface``. Exact names (any case; spaces and hyphens
    inside multi-word names interchangeable) win over typo matches.
    Never raises; returns ``[]`` for an empty or non-string text.
    """
    return DEFAULT_VOCABULARY.find(text)


def treatment_slugs(text: str) -> tuple[str, ...]:
    """The distinct slugs mentioned in ``text``, in order of first mention."""
    return tuple(dict.fromkeys(m.slug for m in find_treatments(text)))


def lookup_treatment(name: str) -> str | None:
    """The slug whose name or synonym is exactly ``name`` (any case; spaces
    and hyphens interchangeable), or None. No typo matching."""
    return DEFAULT_VOCABULARY.lookup(name)


def search_treatments(query: str) -> list[str]:
    """Slugs matching a search box query, best first, without duplicates.

    Order: an exact name or synonym; then names or synonyms with a word
    starting with the query (search as you type, two characters or more);
    then a name within one typo of the query. ``[]`` for an empty query.
    """
    return DEFAULT_VOCABULARY.search(query)
