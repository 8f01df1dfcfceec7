"""What a sentence is about: health and care, or money, law, work and daily life.

Pure Python. Medical advice means health, symptoms, treatment, tests, doctors
and care; a question about benefits, insurance, an employer, a landlord or a
school is welcome on the forum and is not medical advice, even when the
writer names MS in it ("Travel insurance for someone with MS?").

Each sentence gets two weights:

* medical: a symptom or body function, a treatment (every name in the
  registry's vocabulary, and generic words: tablets, infusion, physio ...),
  a test (MRI, bloods); a clinician or a place of care (neuro, MS nurse,
  A&E) counts :data:`CARE`, as they also sign forms; words that only set the scene ("MS", "diagnosed", "wheelchair",
  the countries members travel to for HSCT) count :data:`WEAK`;
* other: money, benefits, insurance, work, law, school, housing, travel and
  leisure words (``PIP``, ``insurer``, ``employer``, ``tribunal``,
  ``mortgage``, ``VAT``, ``holiday cottage`` ...); everyday places and
  things ("the car keys", "the bathroom", "an A&E job") count :data:`WEAK`,
  so they never decide alone.

:meth:`Topics.at` decides the topic of a request or an instruction in
sentence ``i``: the sentence itself when it says enough, else the sentences
around it (a closing "Any suggestions?" or "Thoughts?" takes the topic of
what came before), else the whole post. ``other`` wins only when it
outweighs the medical words; a tie is medical. ``None`` means nothing was
said either way (the caller keeps its label).
"""

from __future__ import annotations

import re

from mscommunity.moderation.assessment.document import Document, rx

MEDICAL = "medical"
OTHER = "other"
WEAK = 0.4
"""Weight of a scene-setting word ("MS", "diagnosed", "wheelchair") against a full medical word."""
CARE = 0.6
"""Weight of a clinician or a place of care: one beside a benefits or law word does not make a sentence medical."""

class Lexicon:
    """Words to find in a text, compiled from regular-expression alternatives
    (``"pains?|numb\\w*|brain\\s+fog"``): plain words (with an optional
    plural ``s?``) go into a set and stems (``\\w*``) into a prefix tuple, both
    looked up per token; only the rest (phrases, lookbehinds) stays a regex.
    Much faster than one long alternation, with the same matches."""

    __slots__ = ("phrases", "prefixes", "words")

    def __init__(self, words: frozenset[str], prefixes: tuple[str, ...], phrases: re.Pattern[str] | None) -> None:
        self.words = words
        self.prefixes = prefixes
        self.phrases = phrases

    def positions(self, low: str, tokens: list[tuple[int, str]]) -> list[int]:
        """Start offsets of every match in ``low`` (the text in lower case, cut into ``tokens``)."""
        words, prefixes = self.words, self.prefixes
        found = [pos for pos, tok in tokens if tok in words or (prefixes and tok.startswith(prefixes))]
        if self.phrases is not None:
            found += [m.start() for m in self.phrases.finditer(low)]
        return found


def _lexicon(source: str) -> Lexicon:
    words: set[str] = set()
    prefixes: list[str] = []
    phrases: list[str] = []
    depth, start, parts = 0, 0, []
    for i, ch in enumerate(source):
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    for part in parts:
        if re.fullmatch(r"[a-z0-9]+", part):
            words.add(part)
        elif re.fullmatch(r"[a-z0-9]+s\?", part):
            words.update((part[:-2], part[:-1]))
        elif re.fullmatch(r"[a-z0-9]+\\w\*", part):
            prefixes.append(part[:-3])
        else:
            phrases.append(part)
    pattern = rx(r"\b(?:" + "|".join(phrases) + r")\b") if phrases else None
    return Lexicon(frozenset(words), tuple(prefixes), pattern)


_TOKEN_RE = re.compile(r"[a-z0-9]+")

_MEDICAL = _lexicon(
    # symptoms and body functions
    r"numb\w*|tingl\w*|pains?|painful|aches?|aching|spasms?|spastic\w*|cramps?|fatigue\w*|"
    r"tired\w*|exhaust\w*|wiped\s+out|dizz\w*|vertigo|tremors?|weakness|balance|vision|sight|"
    r"blind\w*|blurr?\w*|eyes?|optic|neuritis|bladder|bowels?|continence|incontinen\w*|urin\w*|"
    r"urgency|utis?|catheters?|constipat\w*|retention|swallow\w*|chok\w*|cough\w*|speech|memory|"
    r"cognitive|confus\w*|brain\s+fog|seizures?|heart\s*(?:rate|beat)|palpitations?|infections?|"
    r"fever|temperature|flu|headaches?|migraines?|relaps\w*|lesions?|flare\w*|symptoms?|"
    r"side[- ]effects?|legs?|feet|foot\s+drop|hands?|arms?|face|mobility|transfers|"
    r"insomnia|sleep\w*|mood|depress\w*|anxiety|pregnan\w*|breastfeed\w*|periods?|weight|"
    r"pressure\s+(?:sores?|areas?)|bed\s*sores?|thyroid|b12|lymphocytes?|immun\w*|hug|"
    r"drowsy|nausea|numbness|stiff\w*|jerk\w*|shaking|paralys\w*|bruis\w*|rash|hiccups?|itch\w*|"
    r"burning|hearing\s+(?:loss|aids?)|tinnitus|deaf\w*|taste|smell|jaw|neck|spine|spinal|chest|stomach|throat|skin|"
    r"muscles?|joints?|nerves?|brain|bones?|teeth|tooth|breath\w*|bleed\w*|vomit\w*|erectile|libido|"
    # what the body no longer does, falls, the mind
    r"(?:can'?t|cannot|can\s+not|unable\s+to)\s+(?:walk|stand|hold|see|feel|move|swallow|sleep|grip|lift|talk)|"
    r"newly\s+diagnosed|falls?|fell|fallen|burn\w*\s+out|die|dying|suicid\w*|self[- ]harm|mental\s+health|"
    r"end\s+(?:his|her|my|their)\s+life|hope\s+for\s+(?:him|her|me|us|them)|"
    # treatments and care
    r"treat\w*|therap\w*|drugs?|meds?|medicat\w*|medicines?|tablets?|pills?|doses?|dosage|dosing|"
    r"mg|iu|inject\w*|jabs?|infusions?|vaccin\w*|steroids?|dmts?|chemo\w*|transplant\w*|"
    r"stem\s+cells?|physio\w*|exercis\w*|stretch\w*|surgery|operation|referr\w*|prescri\w*|"
    r"supplements?|vitamin\s*\w+|magnesium|diets?|cannabis|cbd|thc|botox|feeding\s+tube|peg|"
    r"trials?|recovery|rehab\w*|paracetamol|antibiotics?|plasma\s+exchange|ldn|"
    r"hair\s+loss|biotin|cooling\s+(?:vests?|towels?|scarf)|heat|gluten|dairy|falling|falls|fall\s+alarm|aftercare|"
    r"waiting\s+lists?|pharmacist|midwife|pelvic\s+floor|urgency|dipsticks?|"
    # tests
    r"mri'?s?|scans?|lumbar\s+puncture|bloods?|blood\s+tests?|tests?|tested|edss|jcv|x-?rays?|"
    r"second\s+opinion|occupational\s+therap\w*|speech\s+(?:and\s+language\s+)?therap\w*|pacing|pace\s+yourself"
)
_CARE = _lexicon(
    # clinicians and places of care: they also sign forms and write letters ("a letter from the GP for PIP")
    r"doctors?|dr|gp|neuro\w*|nurses?|consultants?|specialists?|physicians?|urolog\w*|"
    r"cardiolog\w*|endocrinolog\w*|optician|a\s*&\s*e|emergency|hospitals?|clinics?|"
    r"ms\s+(?:centre|center|team)|appointments?|wards?|paediatric|pediatric|nhs|ot|dentist"
)
_WEAK = _lexicon(
    r"ms|multiple\s+sclerosis|rrms|spms|ppms|cis|disease|illness|ill|conditions?|health|"
    r"diagnos\w*|dx|disab\w*|wheelchairs?|hoists?|sticks?|walkers?|rollators?|(?:mobility\s+)?scooters?|walk\w*|carers?|caring|care|assess\w*|"
    r"approv\w*|mexico|russia|moscow|puebla|cure[ds]?"
)
_OTHER = _lexicon(
    # benefits, money, insurance
    r"benefits?|pip|esa|dwp|universal\s+credit|allowance|council(?:\s+tax)?|blue\s+badge|"
    r"motability|access\s+to\s+work|insurance|insur(?:er|ers)|premiums?|income\s+protection|"
    r"critical\s+illness|(?:life|travel|car|health)\s+(?:insurance|cover)|mortgage|remortgage|"
    r"loans?|debts?|bank|tax|vat|pensions?|salary|wages?|earnings|hourly\s+rate|contract|"
    r"small\s+print|discount|exemption|reduction|refund|grant|funding|claim\w*|forms?|application\w*|"
    # work and education
    r"employer\w*|boss|hr|workplace|colleagues?|union(?:\s+rep)?|capability\s+meeting|"
    r"redundan\w*|reasonable\s+adjustments?|flexible\s+working|part[- ]time|full[- ]time|"
    r"teach\w*|lecturer|school\w*|exams?|university|college|pupils?|students?|classroom|lessons?|curriculum|"
    r"ofsted|homework|savings|invest\w*|shares|stocks?|rent|bills|energy\s+bills?|credit\s+cards?|retire\w*|"
    r"income|broker|accountant|inheritance|probate|divorce|custody|police|judge|sue|suing|lawsuit|"
    # politics
    r"elections?|vot(?:e|es|ed|ing)|minister|parliament|tory|tories|labour|brexit|president|congress|senators?|"
    r"petition|politic\w*|chancellor|"
    # everyday life
    r"neighbou?rs?|suppliers?|quotes?|building\s+work|managers?|pay\s+rise|warranty|fridge|parking|"
    r"child\s+maintenance|deposit|isa|capital\s+gains|minimum\s+wage|businesses|essays?|wedding\s+venue|"
    # leisure, pets, hobbies, going out
    r"dogs?|cats?|pets?|puppy|breeds?|books|novels?|self[- ]publish\w*|cruises?|knit\w*|crochet|sewing|crafts?|"
    r"concerts?|gigs?|venues?|festivals?|paint\w*|drawing|classes|courses?|streaming|netflix|films?|movies?|"
    r"restaurants?|cafes?|pubs?|choir|coffee\s+morning|airports?|airlines?|flights?|flown|cinema|theatre|"
    r"birthday|christmas|gifts?|presents?|wedding|hobby|hobbies|gardening|music|photography|fishing|golf|"
    r"football|rugby|charity|justgiving|donat\w*|recipes?|baking|games?|"
    # law
    r"lawyers?|solicitors?|tribunal|appeal|legal\w*|(?<!-)law|(?<!-)rights|discriminat\w*|landlord|tenan\w*|"
    r"visa|immigration|power\s+of\s+attorney|court|"
    # home, travel, leisure, community
    r"holidays?|cottages?|hotels?|lease|dvla|diy|grab\s+rail|plasterboard|"
    r"wet\s+room|fitter|builder|stairlift|ramp|fundrais\w*|quiz|sponsored|anniversary|"
    r"day\s+out|mp|budget|government|cuts|agency|carer'?s\s+(?:assessment|allowance)|"
    r"support\s+group|meet\s*up"
)
_OTHER_WEAK = _lexicon(r"car|cars|vehicle|bathroom|kitchen|garden|house|flat|keys|job|jobs|apply|applied")


class Topics:
    """The medical and other weights of each sentence of ``doc``, and the topic at a sentence."""

    __slots__ = ("_cache", "health_words", "medical", "other")

    def __init__(self, doc: Document) -> None:
        n = len(doc.sentences)
        self.medical = [0.0] * n
        self.other = [0.0] * n
        low = doc.low
        tokens = [(m.start(), m.group()) for m in _TOKEN_RE.finditer(low)]
        at = doc.sentence_of
        self.health_words = len(doc.mentions)  # words about health itself, not the scene ("MS", "diagnosed")
        for weights, lexicon, weight in (
            (self.medical, _MEDICAL, 1.0), (self.medical, _CARE, CARE), (self.medical, _WEAK, WEAK),
            (self.other, _OTHER, 1.0), (self.other, _OTHER_WEAK, WEAK),
        ):
            found = lexicon.positions(low, tokens)
            for pos in found:
                weights[at(pos)] += weight
            if lexicon is _MEDICAL or lexicon is _CARE:
                self.health_words += len(found)
        for x in doc.mentions:
            self.medical[at(x.start)] += 1.0
        self._cache: dict[int, str | None] = {}

    @staticmethod
    def decide(medical: float, other: float) -> str | None:
        """``other`` when the other words (at least one full one) outweigh the
        medical ones, ``medical`` with at least one full medical word, else ``None``."""
        if other >= 1.0 and other > medical:
            return OTHER
        if medical >= 1.0:
            return MEDICAL
        return None

    def at(self, i: int) -> str | None:
        """The topic of sentence ``i``: its own words, else its neighbours', else the post's."""
        if i not in self._cache:
            topic = self.decide(self.medical[i], self.other[i])
            if topic is None:
                near = [j for j in (i - 1, i + 1) if 0 <= j < len(self.medical)]
                topic = self.decide(sum(self.medical[j] for j in near), sum(self.other[j] for j in near))
            if topic is None:
                topic = self.post()
            self._cache[i] = topic
        return self._cache[i]

    def post(self) -> str | None:
        """The topic of the whole post."""
        return self.decide(sum(self.medical), sum(self.other))
