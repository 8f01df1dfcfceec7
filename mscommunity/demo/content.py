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
