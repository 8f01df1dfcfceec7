"""Guards for the crisis constructs: a past episode that is over, suicide as a
topic, a joke, a figurative phrase. Read by :mod:`.crisis`."""

from __future__ import annotations

import re

from mscommunity.moderation.assessment.crisis_compose import ROUTINE
from mscommunity.moderation.assessment.crisis_vocab import FIGURATIVE, I_AM, TIME, _rx
from mscommunity.moderation.assessment.document import Document
from mscommunity.moderation.assessment.hits import Hit

_F = re.IGNORECASE

_PAST_ANCHOR = _rx(
    r"\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|few)\s+",
    r"(?:years?|months?|winters?|summers?|weeks)\s+(?:ago|back)|years\s+ago|long\s+time\s+ago|",
    r"(?:back\s+)?in\s+(?:19|20)\d\d|(?:spring|summer|autumn|fall|winter)\s+of\s+(?:19|20)\d\d|back\s+(?:then|when)|last\s+year|used\s+to|",
    r"when\s+(?:i|he|she)\s+was\s+(?:first|newly|\d+|younger|little|a\s+teen)|before,?\s+when|",
    r"(?:\d+|eighteen|twelve|six)\s+months\s+ago|for\s+about\s+a\s+year\s+when|",
    r"from\s+(?:19|20)\d\d|in\s+(?:19|20)\d\d|years\s+on|old\s+history|before\s+\w+,|at\s+my\s+(?:lowest|worst)|",
    r"at\s+the\s+time|there\s+was\s+a\s+time|my\s+darkest|the\s+worst\s+(?:time|year)|during\s+my\s+first|",
    r"when\s+i\s+(?:was|got)\s+(?:first\s+)?diagnosed|after\s+my\s+diagnosis|i\s+once|once\s+(?:tried|attempted)|",
    r"after\s+my\s+(?:first|last|big|worst)\s+(?:\w+\s+)?(?:relapse|attack|flare|diagnosis)|last\s+(?:winter|summer|spring|autumn|christmas|month)|(?:went|go|going)\s+through\s+a\s+(?:\w+\s+)?",
    r"(?:spell|patch|phase|period|time|stretch|episode)|as\s+a\s+(?:teen|teenager|kid|child|student)|",
    r"(?:in|through|during)\s+my\s+(?:teens|twenties|20s|thirties|30s)|back\s+in\s+(?:my|the)\s+(?:first|early|old|bad|worst|dark)|when\s+(?:he|she|they|i)\s+(?:was|were)\s+(?:young|at\s+school|\d+))\b",
)
# A milestone: "18 months clean from cutting", unless it was broken.
MILESTONE = _rx(r"\b(?:\d+|a|one|two|three|four|five|six|ten|\w+teen)\s+(?:days?|weeks?|months?|years?)\s+(?:clean|free|sh[- ]free)\b")
BROKEN = _rx(r"\b(?:relaps\w*|broke|broken|lost|ruined|again|after|tonight|last\s+night|bought|but\s+now)\b")
# Current markers that override a past episode ("the thoughts are back").
CURRENT = _rx(
    r"\b(?:(?:thoughts?|urges?|feelings?|voices?|it)\s+(?:are|is|have|has|'re|'s)\s+(?:come\s+)?back|",
    r"(?:started|starting|begun)\s+again|back\s+(?:to|in)\s+(?:that|the\s+same)\s+(?:place|dark)|",
    r"(?:feel|feeling|felt)\s+(?:like\s+)?(?:that|this)\s+(?:way\s+)?again|again\s+(?:now|tonight|lately|these\s+days)|",
    r"this\s+time\s+(?:i|it)|(?:but|and)\s+now\s+(?:i|it'?s)\s+(?:back|again|worse))\b",
)
RECOVERED = _rx(
    r"\b(?:good\s+place|well\s+for\s+years|for\s+years\s+now|(?:thoughts|feelings|urges)\s+(?:left|went|passed|faded|stopped)|",
    r"(?:today|now)\s+i\s+have\s+(?:a|my)\s+\w+|please\s+hold\s+on|now\s+(?:is|it'?s|things\s+are|life\s+is)\s+(?:much\s+)?better|",
    r"free\s+(?:of|from)\s+it|(?:a\s+)?(?:very\s+)?long\s+time\s+ago|writing\s+(?:this\s+)?from\s+(?:my|the|our)|runs?\s+(?:our|a|the)\s+(?:local\s+)?(?:\w+\s+)?group)\b|",
    rf"\b(?:{I_AM}\s+(?:ok|okay|fine|well|glad|doing\s+(?:much\s+)?better|still\s+here|in\s+a\s+better)|",
    r"(?:he|she)\s+is\s+stable|(?:he|she|i)\s+(?:is|am|'s)\s+glad|still\s+here|came\s+through|come\s+through|",
    r"pulled\s+me\s+out|on\s+the\s+other\s+side\s+of\s+it|doing\s+(?:much\s+|so\s+much\s+)?better|",
    r"(?:hasn'?t|haven'?t|have\s+not|has\s+not)\s+(?:done\s+it|had\s+those|cut)|since\s+the\s+last\s+time|",
    r"it'?s\s+been\s+over|years\s+since|things\s+changed|i\s+(?:didn'?t|did\s+not)\b|help\s+exists|",
    r"there\s+is\s+hope|can\s+change|now\s+it\s+is|now\s+i'?m\s+(?:married|working|well|ok|doing|in|on)|now:|",
    r"today\s+(?:he|she|i)\s+(?:is|am|'?m)|laughing\s+again|",
    r"i\s+live,|not\s+ashamed|a\s+long\s+time\s+ago|never\s+coming\s+back|i'?m\s+married|glad\s+(?:he|she|i)|",
    r"old\s+history|in\s+the\s+past|behind\s+me|grateful|thankful|survived|made\s+it\s+through|got\s+through|(?:in\s+)?recovery|\d+\s+\w+\s+clean|clean\s+for|",
    r"(?:much|far|way|a)\s+better\s+place|better\s+now|these\s+days\s+i|life\s+is\s+good|doing\s+(?:well|ok|okay|fine)|safe\s+now|it\s+gets\s+better|",
    r"(?:hasn'?t|haven'?t)\s+(?:self[- ]?harmed|cut|had)|(?:i'?m|i\s+am)\s+(?:happy|proud|alive)|",
    r"that\s+(?:passed|was\s+(?:(?:19|20)\d\d|years\s+ago|then)|(?:is|'s)\s+(?:over|behind))|not\s+there\s+any\s?more|",
    r"(?:don'?t|do\s+not|never)\s+do\s+(?:that|it)\s+any\s?more|stopped\s+(?:at|when|in|years|after|\d)|thriving|",
    r"(?:haven'?t|hasn'?t|have\s+not|has\s+not)\s+(?:since|in|for)\b|changed\s+that|(?:ok|okay|fine|well)\s+now|",
    r"safe\s+and\s+(?:steady|well|sound)|(?:steady|stable|safe|well)\s+now|these\s+days|",
    # the change said in other words: glad to be alive, the thought gone, the years since
    r"glad\s+(?:to\s+be|i'?m|i\s+am)\s+(?:still\s+)?alive|(?:don'?t|do\s+not|no\s+longer)\s+(?:think|feel)\s+(?:like\s+)?(?:that|this)\b|",
    r"(?:honestly|completely|totally|long)\s+gone|(?:hasn'?t|haven'?t|have\s+not|has\s+not)\s+hurt\s+(?:my|him|her)self|",
    r"possible\s+to\s+come\s+back|years\s+later|you\s+can\s+too)",
)
_THAT_WAS = _rx(r"\b(?:that|it|this)\s+was\s+(?:in\s+|back\s+in\s+)?(?:(?:19|20)\d\d|(?:\w+\s+)?years\s+ago|(?:a\s+)?(?:very\s+)?long\s+time\s+ago)\b")
_CURRENT_NOW = _rx(r"\b(?:tonight|right\s+now|at\s+the\s+moment|this\s+week|again\s+now)\b")
_FIRM_PAST = _rx(r"\b(?:ago|back\s+in|in\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d)\b")
_PRESENT = _rx(r"\b(?:now|tonight|today|right\s+now|any\s?more|again|these\s+days|currently|at\s+the\s+moment)\b")
# Past-tense verbs that carry an episode on from its anchored sentence ("In 2018 I wanted to die. I even
# wrote a letter to my mother.").
_PAST_VERB = _rx(
    r"\b(?:was|were|had|tried|attempted|spent|thought|used|did|cut|self-harmed|took|wrote|stood|planned|wanted|",
    r"felt|went|gave|bought|saved|sat|walked|drove|kept|started|stopped|hid|counted|swallowed|decided|chose|picked)\b",
)
_TOPIC = _rx(
    r"\b(?:rates?|risk|statistics?|stats|stud(?:y|ies)|research|registry|prevention|awareness|leaflet|article|",
    r"paper|news|headlines?|headaches?|documentary|podcast|warning\s+signs|population|nickname|disease|",
    r"call\s+it|called|known\s+as|so[- ]called|book|novel|film|movie|series|episode|game|song|law|bill|debate|",
    r"essay|class|lesson|coursework|homework|play|poem|poetry|literature|history|teacher|pact|political|career)\b",
)
_MEDICINE_WORD = _rx(r"\b(?:pills?|tablets?|meds|medication|insulin|doses?)\b")
TIME_NIGHT = _rx(r"\b(?:tonight|all\s+at\s+once|at\s+once|the\s+lot|whole\s+(?:box|bottle|packet))\b")
_TOPIC_PHRASE = _rx(r"^(?:suicid\w*|self[- ]?harm\w*|overdos\w*|dignitas|assisted\s+dying|euthanasia)$")
# A gun in a post about law, licences, hunting or a safe; an overdose of something harmless.
_GUN_WORD = _rx(r"^(?:(?:\w+\s+)?(?:guns?|shotgun|rifle|pistol|revolver|handgun|firearms?|glock))$")
_GUN_TOPIC = _rx(
    # A gun "in the safe" is a gun at hand, not a topic; a gun safe to buy is one.
    r"\b(?:laws?|legal(?:ly)?|regulations?|licen[cs]e[ds]?|permits?|range|hunting|season|club|gun\s+safe|",
    r"shop|store|bill|ban|control|rights|amendment|owners|compliant|trigger\s+lock|clay|target|police|shootings?)\b",
)
_RUMINATION = _rx(
    r"\b(?:keep|keeps|kept|can'?t\s+stop|cannot\s+stop)\s+(?:\w+\s+)?(?:thinking|looking|staring|picturing|imagining)|",
    r"\bthinking\s+(?:about|of)\s+(?:using|it\b)|\bon\s+myself\b|\bholding\s+it\b|\bevery\s+(?:night|evening)\b",
)
# An object of a method in its everyday use: a kitchen knife set, a car in for its MOT, a bridge's
# step-free access. Set aside with no death word, rumination or night near it.
_EVERYDAY_OBJECT = _rx(r"^(?:\w+\s+)?(?:knife|knives|blades?|car|engine|garage|bridge|roof|railway|river|canal|motorway)$")
_EVERYDAY_USE = _rx(
    r"\b(?:kitchen|chopping|cutlery|set|handles?|grip|sharpen\w*|peel\w*|mot|servic\w*|repairs?|repaired|mechanic|",
    r"stuck\s+at\s+home|parked|parking|access|step[- ]free|ramps?|lifts?|concert|roadworks|closed\s+for|traffic|",
    r"recommend\w*|pick(?:ed)?\s+(?:me|us|her|him)\s+up|tiles?|gutter\w*|leak\w*|insurance|valet\w*|tyres?|",
    r"boat|cruise|paddle\w*|views?|scenic|walk(?:ed)?\s+along|bbq|picnic)\b",
)
# ... unless the object is held to the body: "on the kitchen floor with the bread knife against my wrist".
_ON_BODY = _rx(r"\b(?:wrists?|throat|neck|veins?|thighs?|against\s+my|to\s+my\s+(?:arm|skin|leg)|bleed\w*|blood)\b")
_OD_HARMLESS = _rx(
    r"\boverdos\w*\s+(?:on|of)\s+(?:\w+\s+){0,2}?(?:vitamin|supplements?|b12|iron|magnesium|biotin|zinc|caffeine|coffee|",
    r"sugar|salt|water|fibre|fiber|melatonin|turmeric|omega|chocolate|netflix|tv|telly|films?|movies?|box\s*sets?|",
    r"sun|sunshine|cake|biscuits|crisps|christmas|carbs|books?|podcasts?|music|tea)\b|",
    r"\b(?:possible|can\s+you|could\s+you|risk\s+of|danger\s+of)\s+(?:to\s+)?overdos\w*\s+on\s+(?:\w+\s+)?(?:vitamin|supplements?|b12|d3|iron|magnesium|zinc|melatonin)\b|",
    # generic "you" or an animal: "you can't really overdose on those chews"
    r"\b(?:you|dogs?|cats?|pets?)\s+(?:can'?t|cannot|can|could|couldn'?t)\s+(?:really\s+|actually\s+|even\s+)?overdos\w*\s+on\b",
)
# A farewell that is a seasonal or holiday goodbye ("my last post of the year, see you in January").
_SEE_YOU = _rx(
    r"\b(?:see\s+(?:you|ya|u)\s+(?:all\s+|guys\s+)?(?:in\s+(?!the\s+next\s+life)|next|soon|after|tomorrow|later|then|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|",
    r"of\s+the\s+year|for\s+a\s+while|for\s+now|happy\s+new\s+year|merry\s+christmas|back\s+(?:in|on|next|soon)|",
    r"(?:on|going\s+on)\s+holiday|taking\s+a\s+break|(?:in|on)\s+this\s+(?:thread|topic)|for\s+today|off\s+to\s+bed|night\s+all|sleep\s+well)\b",
)
# A goodbye to a job, a term, a house, a car: not a farewell to life.
_ORDINARY_GOODBYE = _rx(
    r"\b(?:retir\w*|last\s+(?:ever\s+)?(?:day|shift|week)\s+(?:at|of|in|on|before)|leaving\s+(?:do|party|card)|new\s+job|",
    r"moving\s+(?:house|away|to|abroad)|emigrat\w*|miss\s+you\s+all|i'?ll\s+miss\s+(?:you|everyone|this)|end\s+of\s+term|",
    r"school\s+year|graduat\w*|new\s+chapter|fresh\s+start|next\s+adventure|",
    # a role handed over: "stepping down as admin, I'll still be around"
    r"stepping\s+down|step\s+down|handing\s+over|still\s+be\s+(?:around|here)|not\s+getting\s+rid\s+of\s+me)\b",
)
_DEATH_WORD = _rx(r"\b(?:suicid\w*|kill\s+myself|end\s+it|end\s+my\s+life|overdos\w*|take\s+them\s+all)\b")
# "See you on the other side" before a procedure under sedation or anaesthetic.
_PROCEDURE = _rx(
    r"\b(?:going\s+under|sedat\w+|an(?:a)?esthe\w+|surgery|operation|procedure|my\s+op|theatre|colonoscopy|endoscopy)\b"
)
_OTHER_SIDE = _rx(r"other\s+side")
# A rope for a dog's tug toy, a boat or a washing line is no method.
_ROPE_WORD = _rx(r"^(?:\w+\s+)?ropes?$")
_ROPE_USE = _rx(r"\b(?:dogs?|tug|toy|climb\w*|boat|sailing|skipping|swing|ladder|handrail|washing|tow\w*|craft|macrame|lead|leash|horse)\b")
# A razor bought or changed for shaving is no method.
_RAZOR = _rx(r"^razors?$")
_SHAVING = _rx(r"\b(?:shav\w*|beard|electric|trimmer|disposable|new\s+razor|grip)\b")
_NOT_MEANT = _rx(r"\b(?:don'?t|do\s+not|doesn'?t|not)\s+mean\b")
# Stockpiling a medicine against a shortage, a trip or a late delivery is no crisis.
_STOCKPILE = _rx(r"stockpil")
_SUPPLY = _rx(
    r"\b(?:supply|supplies|shortages?|pharmacy|pharmacist|running\s+out|ran\s+out|out\s+of\s+stock|deliver(?:y|ies)|",
    r"brexit|repeat\s+prescriptions?|fridge|travel\w*|holiday|strike)\b",
)
_GOODBYE_PHRASE = _rx(r"good\s*bye|farewell|last\s+(?:post|message)|final\s+(?:post|message)|signing\s+off")
# An animal or a small child jumping off furniture is no method.
_ANIMAL_JUMP = _rx(
    r"\b(?:dog|dogs|cat|cats|puppy|kitten|horse|pony|toddler|baby|hamster|rabbit|bird|goat|squirrel)s?\b[^.!?\n]{0,40}",
    r"\bjump\w*\b",
)
_HEIGHT_PHRASE = _rx(r"jump|cliff|bridge|roof|ledge|balcony|window|height|off\s+the")
_FAREWELL_CUES = frozenset({"farewell", "farewell_final", "farewell_soft"})
_JOKE = re.compile(r"😂|🤣|😆|😅|\b(?:lol|lmao|haha\w*|hehe|jk)\b", _F)
# Hyperbole about an annoyance: "if I see one more 'try yoga' comment I'll jump off a bridge lol".
_ONE_MORE = _rx(r"\bif\s+(?:i\s+)?(?:[\w'\"“”‘’]+[,.!?]?\s+){0,8}(?:one|another|1)\s+more\b|\bone\s+more\s+\w+\s+and\s+i'?(?:ll|\s+will)\b")
# A laugh in the same sentence sets these aside; weak death words and the weighed tier included
# ("I'm dead 😂😂 the neuro asked ...").
_JOKE_PRONE = frozenset({"someone_threatens_me", "someone_hits_me", "frightened_or_decided", "finality",
                         "finality_with_time", "death_talk", "weighed_evidence"})


def straight(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")



def past_sentences(doc: Document, text: str) -> set[int]:
    """Sentences told as a past episode: a past anchor in it, or a past-tense
    sentence right after one."""
    past: set[int] = set()
    for i, sent in enumerate(doc.sentences):
        chunk = text[sent.start:sent.end]
        if (MILESTONE.search(chunk) and not BROKEN.search(chunk)) or (_PAST_ANCHOR.search(chunk) and (_FIRM_PAST.search(chunk) or not _PRESENT.search(chunk))) or (i - 1 in past and _PAST_VERB.search(chunk) and not TIME.search(chunk)):
            past.add(i)
        if _THAT_WAS.search(chunk):
            # "That was 2019": the sentences just before it were a past episode too.
            past.update(j for j in range(max(0, i - 3), i + 1) if not _CURRENT_NOW.search(text, doc.sentences[j].start, doc.sentences[j].end))
    return past



def _see_you_next(doc: Document, text: str, i: int, memo: dict[tuple[str, int], bool]) -> bool:
    """A return promised in the next sentence ("It's been real, everyone. See you in April!")."""
    key = ("see_you_next", i)
    if key not in memo:
        nxt = doc.sentences[i + 1] if i + 1 < len(doc.sentences) else None
        memo[key] = nxt is not None and bool(_SEE_YOU.search(text, nxt.start, nxt.end))
    return memo[key]


def set_aside(doc: Document, text: str, hit: Hit, past: set[int], recovered: bool,
              memo: dict[tuple[str, int], bool] | None = None) -> bool:
    """True when a guard sets ``hit`` (a crisis or distress hit) aside.

    ``memo`` (one dict per text) keeps what each sentence-wide test found, so
    that many hits in one long sentence do not scan it again and again."""
    i = doc.sentence_of(hit.start)
    sent = doc.sentences[i]
    if recovered and i in past:
        return True
    memo = {} if memo is None else memo

    def found(name: str, pattern: re.Pattern[str], whole: bool = False) -> bool:
        key = (name, -1 if whole else i)
        hit_ = memo.get(key)
        if hit_ is None:
            hit_ = memo[key] = bool(pattern.search(text) if whole else pattern.search(text, sent.start, sent.end))
        return hit_

    phrase = text[hit.start:hit.end]
    if _TOPIC_PHRASE.match(phrase) and found("topic", _TOPIC):
        return True
    spans = memo.get(("figurative", i))
    if spans is None:
        spans = memo[("figurative", i)] = [(f.start(), f.end()) for f in FIGURATIVE.finditer(text, sent.start, sent.end)]
    if any(fs <= hit.start < fe or hit.start <= fs < hit.end for fs, fe in spans):  # type: ignore[union-attr]
        return True
    if _MEDICINE_WORD.search(phrase) and found("routine", ROUTINE) and not found("night", TIME_NIGHT):
        return True
    if (hit.cue in ("method_at_hand", "method_with_intent") and _GUN_WORD.match(phrase) and found("gun", _GUN_TOPIC)
            and not found("rumination", _RUMINATION)):
        return True
    if (hit.cue == "method_at_hand" and _EVERYDAY_OBJECT.match(phrase) and found("everyday", _EVERYDAY_USE)
            and not found("rumination", _RUMINATION) and not found("death", _DEATH_WORD)
            and not found("night", TIME_NIGHT) and not found("on_body", _ON_BODY)):
        return True
    if "overdos" in phrase.lower() and found("od", _OD_HARMLESS):
        return True
    medicine = bool(_MEDICINE_WORD.search(phrase))
    if medicine and found("od", _OD_HARMLESS):
        return True  # "you can't overdose on those tablets"
    if ((_STOCKPILE.search(phrase) or (medicine and found("stockpile", _STOCKPILE)))
            and found("supply", _SUPPLY, whole=True) and not found("death", _DEATH_WORD, whole=True)):
        return True
    if _RAZOR.match(phrase) and found("shaving", _SHAVING) and not found("rumination", _RUMINATION):
        return True
    if _ROPE_WORD.match(phrase) and found("rope_use", _ROPE_USE) and not found("rumination", _RUMINATION):
        return True
    if (_OTHER_SIDE.search(phrase) and found("procedure", _PROCEDURE, whole=True)
            and not found("not_meant", _NOT_MEANT, whole=True)):
        return True
    if (hit.cue in _FAREWELL_CUES or _GOODBYE_PHRASE.search(phrase)) and (
            found("see_you", _SEE_YOU) or found("ordinary_goodbye", _ORDINARY_GOODBYE, whole=True)
            or _see_you_next(doc, text, i, memo)):
        return True
    if (hit.cue in ("active_thoughts", "method_at_hand", "method_with_intent") and _HEIGHT_PHRASE.search(phrase)
            and found("animal", _ANIMAL_JUMP)):
        return True
    joke = found("joke", _JOKE)
    if joke and found("one_more", _ONE_MORE):
        return True
    return hit.cue in _JOKE_PRONE and joke
