"""Invented demo content. Every name, address and number here is made up;
phone numbers come from the ranges reserved for fiction."""

DEMO_PASSWORD = "demo-pass-2026"  # noqa: S105 - printed for local demos only

# (username, e-mail, role) - role is "member", "moderator" or "editor"
USERS = [
    ("hopeful_walker", "walker@example.com", "member"),
    ("mod_anna", "anna.mod@example.com", "moderator"),
    ("editor_sam", "sam.editor@example.com", "editor"),
]

# Other invented members who wrote the demo comments.
COMMENTERS = ["tired_but_trying", "carer_of_three", "lakeside_lou", "spoonie_dave", "northern_oak", "rrms_since_2009"]

AHSCT_BODY = """
<p>A small phase 2 trial compared autologous haematopoietic stem cell transplantation
(AHSCT) with mitoxantrone in 21 people with secondary-progressive multiple sclerosis.
Over four years, people who had the transplant developed far fewer new lesions on MRI
than people who had mitoxantrone.</p>
[adrotate group="4"]
<h2>What the trial measured</h2>
<p>The main measure was the number of new T2 lesions. Disability, measured with the
Expanded Disability Status Scale (EDSS), was a secondary measure and did not differ
clearly between the groups, which is expected in a trial this size.</p>
<h2>What it does not tell us</h2>
<p>Twenty-one people is a small number. AHSCT is an intensive treatment with real risks,
and the trial does not say who is most likely to benefit. If you are interested, talk to
your neurologist, and look for trials that are recruiting.</p>
<script>trackVisitor()</script>
"""

ARTICLES = [
    {
        "slug": "ahsct-versus-mitoxantrone-trial",
        "title": "Stem cell transplant cut new lesions in a small trial against mitoxantrone",
        "summary": "A phase 2 trial in 21 people with secondary-progressive MS found far fewer new "
        "lesions after AHSCT than after mitoxantrone.",
        "body": AHSCT_BODY,
        "days_ago": 3,
        "comments": [
            ("tired_but_trying", None, "I was diagnosed with SPMS in 2015. Would this treatment work for me, or am I too late?"),
            ("carer_of_three", 0, "My husband asked the same question at his last appointment. His neurologist said "
             "age and how active the disease is both matter, so it is worth asking yours."),
            ("tired_but_trying", 1, "Thank you, that is kind. I will ask at my appointment next month."),
            ("lakeside_lou", None, "I had HSCT abroad in 2017. My EDSS was 6.5 before and 4.0 two years later, and I have "
             "had no new lesions since. It was hard going and expensive, but I do not regret it."),
            ("spoonie_dave", 3, "How long did the recovery take before you felt like yourself again?"),
            ("lakeside_lou", 4, "About six months before the fatigue lifted. The first three were the hardest."),
            ("northern_oak", None, "It is good to see research on progressive MS. For years everything seemed to be about RRMS."),
        ],
    },
    {
        "slug": "fatigue-and-heat",
        "title": "Why heat makes MS symptoms worse, and what helps",
        "summary": "Many people with MS feel worse in hot weather or after a hot bath. Here is why, and what people find useful.",
        "body": "<p>A small rise in body temperature slows the signals in damaged nerves. This is called "
        "Uhthoff's phenomenon. The symptoms pass when the body cools down, and it does not cause new damage.</p>"
        "<p>Cooling vests, cool drinks and planning the day around the cooler hours help many people.</p>",
        "days_ago": 10,
        "comments": [
            ("rrms_since_2009", None, "A cooling vest changed my summers. I wear it for the school run."),
            ("spoonie_dave", 0, "Which kind do you use? The ones with ice packs were too heavy for me."),
        ],
    },
    {
        "slug": "finding-a-clinical-trial",
        "title": "How to find a clinical trial you could join",
        "summary": "Trials are how new treatments are tested. This guide explains how to look for one and what to ask.",
        "body": "<p>Registries list the trials that are recruiting, with who can take part. Your neurologist or MS "
        "nurse can tell you whether one might suit you.</p>",
        "days_ago": 20,
        "comments": [],
    },
]

# --- Treatment directory --------------------------------------------------------
# Invented clinics and reports: AHSCT gets enough approved reports to show its
# figures, mitoxantrone stays under the privacy threshold (k = 5).

CLINICS = [
    {"name": "Northgate Neurology Centre", "city": "Springfield", "country": "US",
     "treatments": ["ahsct", "ocrelizumab", "natalizumab"]},
    {"name": "Riverside Transplant Unit", "city": "Lakeport", "country": "GB", "treatments": ["ahsct"]},
]

# Members who filed the demo reports (besides some of the commenters above).
REPORTERS = ["brave_heron", "slow_and_steady", "morning_person", "garden_gnome_ms", "quiet_kestrel"]

# (username, treatment slug, answers, story, approved?) - every answer invented.
REPORTS = [
    ("lakeside_lou", "ahsct",
     {"year_started": 2017, "ms_type": "RRMS", "edss_before": "6.5", "edss_after": "4.0", "followup_months": 24,
      "outcome": "much_better", "side_effects": {"fatigue": "severe", "hair_loss": "moderate", "infections": "mild"},
      "cost_band": "50k_100k", "currency": "USD", "clinic": "Northgate Neurology Centre", "country": "US"},
     "It was hard going for about six months. The fatigue was the worst part. No new lesions since.", True),
    ("brave_heron", "ahsct",
     {"year_started": 2019, "ms_type": "RRMS", "edss_before": "4.0", "edss_after": "3.0", "followup_months": 36,
      "outcome": "better", "side_effects": {"fatigue": "moderate", "nausea": "moderate"},
      "cost_band": "none", "clinic": "Riverside Transplant Unit", "country": "GB"},
     "Done as part of a trial, so I paid nothing. Three weeks in hospital, then a slow recovery at home.", True),
    ("slow_and_steady", "ahsct",
     {"year_started": 2016, "ms_type": "RRMS", "edss_before": "5.5", "edss_after": "5.5", "followup_months": 60,
      "outcome": "same", "side_effects": {"infections": "moderate", "fatigue": "mild"},
      "cost_band": "50k_100k", "currency": "USD", "country": "US"},
     "", True),
    ("morning_person", "ahsct",
     {"year_started": 2020, "ms_type": "RRMS", "edss_before": "3.0", "edss_after": "2.0", "followup_months": 30,
      "outcome": "much_better", "side_effects": {"hair_loss": "moderate", "fatigue": "moderate"},
      "cost_band": "10k_50k", "currency": "USD", "country": "MX"},
     "My relapses stopped. I went back to work part time after a year.", True),
    ("garden_gnome_ms", "ahsct",
     {"year_started": 2018, "ms_type": "SPMS", "edss_before": "6.0", "edss_after": "6.5", "followup_months": 48,
      "outcome": "worse", "side_effects": {"infections": "severe", "fatigue": "severe"},
      "cost_band": "over_100k", "currency": "USD", "country": "US"},
     "It did not stop my progression. I am glad I tried, but it was not the miracle I hoped for.", True),
    ("quiet_kestrel", "ahsct",
     {"year_started": 2021, "ms_type": "RRMS", "edss_before": "2.5", "edss_after": "2.0", "followup_months": 24,
      "outcome": "better", "side_effects": {"fatigue": "mild"}, "cost_band": "none", "country": "GB",
      "clinic": "Riverside Transplant Unit"},
     "", True),
    ("northern_oak", "ahsct",
     {"year_started": 2015, "ms_type": "SPMS", "edss_before": "6.5", "edss_after": "6.0", "followup_months": 72,
      "outcome": "better", "side_effects": {"infections": "mild", "low_blood_counts": "moderate"},
      "cost_band": "50k_100k", "currency": "USD", "country": "US"},
     "Slightly steadier on my feet than before. The low blood counts took months to recover.", True),
    ("spoonie_dave", "ahsct",
     {"year_started": 2023, "ms_type": "RRMS", "outcome": "better", "side_effects": {"fatigue": "moderate"},
      "country": "GB"},
     "Still early days, one year on. Waiting for my next MRI.", False),
    ("tired_but_trying", "mitoxantrone",
     {"year_started": 2009, "ms_type": "SPMS", "edss_before": "5.0", "edss_after": "5.5", "followup_months": 36,
      "outcome": "same", "side_effects": {"nausea": "moderate", "hair_loss": "mild"}, "cost_band": "none",
      "country": "GB"},
     "Monthly infusions for two years, with heart scans before each one.", True),
    ("carer_of_three", "mitoxantrone",
     {"year_started": 2011, "ms_type": "SPMS", "outcome": "worse", "side_effects": {"infections": "moderate"},
      "cost_band": "none", "country": "CA"},
     "", True),
    ("rrms_since_2009", "mitoxantrone",
     {"year_started": 2012, "ms_type": "RRMS", "edss_before": "4.0", "edss_after": "4.0", "followup_months": 24,
      "outcome": "better", "side_effects": {"nausea": "mild"}, "cost_band": "none", "country": "GB"},
     "", True),
]

# Articles linked to treatments as their evidence (article slug -> treatment slugs).
EVIDENCE = {"ahsct-versus-mitoxantrone-trial": ["ahsct", "mitoxantrone"]}
