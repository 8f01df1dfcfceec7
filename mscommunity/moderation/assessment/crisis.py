"""Crisis and distress: the constructs clinicians screen for, built for recall.

Pure Python. The engine's last step, :func:`crisis_hits`, reads the document
and every hit so far and returns the hits with

* new hits for the ``crisis_constructs`` cues (``cues/crisis.toml`` and
  ``cues/distress.toml`` hold their weights, descriptions and examples; the
  vocabulary and the conditions are here), and
* the crisis and distress hits of earlier steps that a guard sets aside.

Constructs (the Columbia scale's wish to be dead, active thoughts, method,
intent, plan and preparatory acts; plus self-harm, farewells and hopelessness
that says life cannot go on) are found from a small vocabulary: method objects
(a gun, pills, a blade, a bridge, a car in a garage, bleach ...), intent and
access words ("keep looking at it", "ready", "bought", "in the drawer"), times
("tonight", "on Friday", "when I turn 50", "by spring"), and subjects: the
writer, or a person the writer describes (a carer writing about a son at risk
counts the same).

Guards: a sentence told as a past episode that is over ("two years ago I
tried ...; today I'm doing much better") does not count; nor does suicide as a
topic ("the suicide rate in MS", "'suicide headaches'"), nor a joke about
someone else ("threatened to strangle me 😂"). A phrase said only of a symptom
("this fatigue is killing me", "my legs are dead", "I'd die for a good night's
sleep") matches none of the constructs in the first place.

Weaker evidence of acute distress (hopelessness, "can't take this anymore")
gives the ``distress`` label: the gentle "If you're having a hard time" help.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mscommunity.moderation.assessment.cues import CUES, Cue
from mscommunity.moderation.assessment.document import Document, negated
from mscommunity.moderation.assessment.hits import Hit, hit_for
from mscommunity.moderation.assessment.result import CRISIS, DISTRESS

STEP = "crisis_constructs"
_CUES: dict[str, Cue] = {c.name: c for c in CUES.cues if c.step == STEP}

_F = re.IGNORECASE


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("".join(parts), _F)


# ------------------------------------------------------------------ vocabulary

I_AM = r"(?:i'?m|im|i\s+am)"
I_WILL = r"(?:i'?ll|i\s+will|i\s+am\s+going\s+to|i'?m\s+going\s+to|im\s+going\s+to|i'?m\s+gonna|im\s+gonna|i\s+gonna)"
CARER = (
    r"(?:son|daughter|wife|husband|partner|mum|mom|mother|father|dad|brother|sister|friend|child|kid|boy|girl|"
    r"boyfriend|girlfriend|fiance|fiancee|teen|teenager|flatmate|carer|nan|gran|grandad|grandma|grandpa)"
)
WHO = rf"(?:i|he|she|they|my\s+(?:\w+\s+)?{CARER})"
MODAL = (
    rf"(?:{I_WILL}|(?:he|she|they)'?ll|(?:he|she|they)\s+(?:will|is\s+going\s+to|are\s+going\s+to|wants?\s+to)|"
    rf"going\s+to|gonna|will|want(?:s|ed)?\s+to|wanna|plan(?:ning|ned)?\s+(?:to|on)|decided\s+to|ready\s+to|"
    r"think\s+(?:to|i\s+will|i\s+should)|should\s+just|mean\s+to|about\s+to|tempted\s+to|thinking\s+(?:of|about))"
)
DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"spring|summer|autumn|fall|winter|christmas|new\s+year|easter)"
)
# A time set for it: now, tonight, a weekday, a date, an age, an event.
TIME = _rx(
    r"\b(?:tonight|tonite|tmrw|tomorrow|today|right\s+now|this\s+(?:weekend|week|evening|afternoon|morning|time)|",
    rf"(?:this|next|on|by|after|before|until|till)\s+{DAYS}|{DAYS}\s+(?:night|morning|evening)|",
    rf"(?:by|in|after|before|this|next|until|till)\s+{MONTHS}|",
    r"when\s+i\s+turn\s+\d+|(?:by|at)\s+(?:the\s+)?age\s+\d+|(?:after|before|once)\s+(?:my|the|his|her)\s+",
    r"(?:\w+\s+){0,3}(?:infusion|appointment|birthday|exams?|results?|wedding|funeral|scan|review|trial|respite)|",
    r"the\s+night|soon)\b",
)

DRUGS = (
    r"tramadol|baclofen|gabapentin|pregabalin|diazepam|valium|codeine|oxycodone|oxycontin|amitriptyline|paracetamol|"
    r"zopiclone|tizanidine|sleeping\s+(?:pills|tablets)|antidepressants|opioids"
)
# A way of dying named by its object; "like a knife" is a comparison, "bridge club" a game.
METHOD = _rx(
    r"(?<!like\s)(?<!like\sa\s)(?<!as\sif\sa\s)\b(?:(?:shot|hand|hunting\s+|my\s+|his\s+|her\s+|a\s+|the\s+)?",
    r"(?:guns?|shotgun|rifle|pistol|revolver|firearm)|(?<!of\smy\s)(?<!of\sthe\s)ropes?|noose|blades?|razors?|knife|knives|",
    r"(?<!of\smy\s)(?<!of\sthe\s)bleach|antifreeze|weedkiller|poison|charcoal|exhaust|hosepipe|",
    r"bridge(?!\s+(?:club|game|night|players?|group|tournament|lessons?))|level\s+crossing|railway|",
    r"train\s+tracks|tracks|motorway(?:\s+barrier)?|cliffs?|roof|river|canal|",
    r"(?:car|engine)(?=[^.!?\n]{0,40}\bgarage\b)|garage(?=[^.!?\n]{0,40}\b(?:car|engine|hose)\b)|",
    r"pills|tablets|medicine|meds|medication|insulin|morphine|painkillers|",
    DRUGS, "|",
    r"pillow\s+over\s+(?:his|her|my|their)\s+face)\b",
)
# Said of the method: wanting, looking at it, having it ready, how much it takes.
ACCESS = _rx(
    r"\b(?:keep(?:s)?\s+(?:looking|staring|thinking|imagining|going)|looking\s+at\s+it|staring\s+at|",
    r"(?:looks?|looking|seems?)\s+like\s+(?:the|my)\s+(?:answer|way\s+out|only\s+way)|",
    r"bought|in\s+the\s+(?:boot|cabinet|drawer|wardrobe|shed|garage)|beside\s+(?:my|the|his|her)\s+bed|just\s+in\s+case|",
    r"might\s+not\s+(?:walk|come|go|make\s+it)\s+back|not\s+com(?:e|ing)\s+back|",
    r"(?:won'?t|will\s+not|never)\s+(?:be\s+)?(?:com(?:e|ing)|walk(?:ing)?)\s+back|(?:would|'d)\s+be\s+(?:so\s+)?(?:quick|easy|painless)|",
    r"think(?:ing)?\s+(?:about|of)\s+(?:the|a|my|that)\b(?=[^.!?\n]{0,30}\b(?:again|every|all\s+the\s+time|a\s+lot))|",
    r"(?:doesn|don|does\s+not|do\s+not)\W*t?\s*trust\s+(?:him|her|my|them)sel(?:f|ves)|",
    r"(?:end|finish)\s+it|using\s+it\s+on|kill\s+(?:my|him|her)sel\w+|to\s+die\b|",
    r"not\s+an?\s+accident|wasn'?t\s+an\s+accident|",
    r"stand(?:ing)?\s+on|going\s+down\s+to|steer\w*\s+into|jump(?:ing)?\s+(?:off|from)|step\s+in\s+front|",
    r"loaded|bullet|trigger|my\s+(?:head|mouth|neck|wrists?)|tie\w*|beam|loft|edge|look(?:ing)?\s+down|",
    r"engine\s+running|hose|close\s+the\s+door|drink\s+(?:it|the)|swallow\w*|bleed\w*|wrists?|",
    r"(?:want|wanted|wanting|need)\s+(?:it|to\s+(?:use|get|hold|find))|(?:get|getting|find|hold\w*)\s+(?:my|the|his|her|a)\s+(?:gun|rifle|shotgun|pistol)|",
    r"drunk|pissed|wasted|(?:\d+|few|six|ten)\s+(?:beers|drinks|pints)|on\s+my\s+own\s+with)\b",
)
MED_ACCESS = _rx(
    r"\b(?:sav(?:ed|ing)|stockpil\w*|hoard\w*|stash\w*|(?:got|have|had|saved|collected)\s+enough|",
    r"(?:would|will)\s+(?:it\s+)?(?:take|be\s+fatal|be\s+lethal|kill)|fatal|lethal|overdose|",
    r"take\s+(?:them\s+all|all\s+of\s+them|the\s+lot|everything|every\s+one)|(?:end|finish)\s+it|",
    r"keep(?:s)?\s+(?:looking|staring)|looks?\s+like\s+(?:the|my)\s+(?:answer|way\s+out)|",
    r"swallow\w*\s+(?:them|the\s+lot|all)|lined\s+up|count(?:ed|ing)\s+(?:them|out|the)|",
    r"(?:whole|entire|full)\s+(?:box|bottle|packet|strip|month)|all\s+at\s+once)\b",
)
MEDICINE = _rx(rf"^(?:pills|tablets|medicine|meds|medication|insulin|morphine|painkillers|{DRUGS})$")

# Wish to be dead (passive ideation), the writer's or a described person's.
WISH_DEAD = _rx(
    r"\b(?:(?:want(?:s|ed)?|wanna|wish(?:ed|es)?|would\s+like|pray(?:ing)?|hope)\s+(?:to\s+)?(?:just\s+)?",
    r"(?:die|be\s+dead|not\s+(?:to\s+)?(?:be\s+)?(?:alive|here|exist|wake\s+up))\b(?!\s+(?:early|at|before|for|in\s+the))|",
    r"(?:don'?t|dont|do\s+not|doesn'?t|does\s+not|didn'?t|never)\s+(?:\w+\s+)?want(?:s)?(?:\s+to)?\s+(?:live|be\s+alive|wake\s+up|",
    r"exist|be\s+here|go\s+on|continue|carry\s+on|keep\s+going)\b(?!\s+(?:early|at|before|for\s+(?:the|a|my)|in\s+the|with|like\s+(?:that|this)))|",
    r"want\s+(?:it|this|everything|it\s+all|this\s+all)\s+(?:all\s+)?to\s+(?:be\s+over|end|stop)\b(?!\s+(?:so|and\s+get))|",
    r"sleep\s+(?:forever|and\s+never\s+wake)|never\s+(?:to\s+)?wake\s+up|not\s+wake\s+up\s+(?:tomorrow|again)|",
    r"close\s+my\s+eyes\s+and\s+never\s+open|never\s+open\s+(?:them|my\s+eyes)|",
    r"why\s+(?:am\s+i|i'?m|im)\s+(?:even\s+)?still\s+(?:here|alive|around)|",
    r"(?:tired|sick|weary)\s+of\s+(?:living|being\s+alive|life|existing)\b|",
    r"(?:better|easier)\s+off\s+(?:dead|without\s+me)|",
    r"better\s+(?:they|he|she|everyone|the\s+\w+)\s+(?:grow\s+up|live|are|be)\s+without\s+(?:me|a\s+sick\s+\w+)|",
    r"(?:no|any)\s+(?:reason|point)\s+(?:to|in|for)\s+(?:me\s+)?(?:live|living|continue|continuing|stay|staying|",
    r"go(?:ing)?\s+on|be(?:ing)?\s+here|carry(?:ing)?\s+on|keep(?:ing)?\s+going)|",
    r"(?:the|a|any)\s+(?:reason|point)\s+(?:to|in|of)\s+(?:continue|continuing|staying|living|go(?:ing)?\s+on|",
    r"being\s+alive)|",
    r"nothing\s+(?:left\s+(?:here\s+)?|here\s+)for\s+me|nothing\s+(?:left\s+)?to\s+live\s+for|",
    r"want\s+out\b(?!\s+of)|",
    r"want(?:s)?\s+to\s+stop\s+(?:living|existing|being\s+alive))",
)
# Wanting to join someone who died.
JOIN = _rx(
    r"\b(?:go\s+and\s+be|be)\s+with\s+(?:him|her|them|my\s+\w+|dad|mum|mom)\b(?!\s+(?:at|in|for|on|when|this|today))|",
    r"\b(?:want(?:s)?|wanna|going)\s+to\s+(?:go\s+to|join|see)\s+(?:him|her|them|dad|mum|mom|my\s+\w+)\s*(?:[.!,;]|$|again)|",
    r"\bjoin\s+(?:him|her|them)\b",
)
DEATH_IN_TEXT = _rx(r"\b(?:died|dead|passed\s+away|passed|death|funeral|widow\w*|lost\s+(?:him|her|my))\b")

# Active thoughts: ending one's life in any words.
ACTIVE = _rx(
    r"\b(?:kill(?:ing)?\s+(?:my|him|her|them)sel(?:f|ves)|end(?:ing)?\s+(?:my|his|her)\s+(?:own\s+)?life|",
    r"finish(?:ing)?\s+(?:my|his|her)\s+(?:own\s+)?life|tak(?:e|ing)\s+(?:my|his|her)\s+(?:own\s+)?life|",
    r"(?:how|ways?)\s+to\s+(?:die|kill\s+myself|end\s+it)|think\s+(?:about\s+)?how\s+to\s+die|",
    r"(?:going|want|plan(?:ning)?|decided|ready)\s+to\s+(?:end|finish)\s+(?:it|things|everything|this)\b",
    r"(?!\s+with\b)|",
    rf"(?:{I_WILL}|i\s+will)\s+(?:\w+\s+)?(?:end|finish)\s+(?:it|things|everything)\b(?!\s+with\b)|",
    r"(?:decided|going)\s+to\s+stop\.\s+not\s+the|i'?ve\s+decided\s+to\s+stop\s*(?:[.!]|$))",
)
# Slang, typos and plain words for ending one's life.
SLANG = _rx(
    r"\b(?:su+[iy]?[cs]+[iy]?d(?:e|al)\w*|sewer\s?slide|unalive\w*|kms|ctb|kil+\s*(?:my|him|her)\s*sel[fv]e?s?|",
    r"(?:want|wanna|going|gonna|ready|about)\s+(?:to\s+)?(?:\w+\s+)?(?:off|top|neck)\s+myself|",
    r"(?:wan+a|want\s*(?:to|2)|wnt\s+to|ready\s+to|going\s+to|gonna|wish\s+i\s+could)\s+(?:just\s+)?(?:die|dye|be\s+gone|disappear\s+forever)|",
    r"slit\w*\s+(?:my|his|her)\s+wrists?|(?:blow|blew)\s+my\s+brains|eat\s+(?:a|my)\s+(?:bullet|gun)|",
    r"(?:gun|barrel)\s+(?:to|in)\s+my\s+(?:head|mouth)|hang(?:ing)?\s+(?:my|him|her)sel\w+|",
    r"(?:jump|step|throw\s+myself)\s+(?:off|from|in\s+front\s+of)\s+(?:a|the|my)\b|",
    r"(?:drive|driving|crash|steer)\w*\s+(?:my\s+car\s+)?(?:into|off)\s+(?:a|the)\s+(?:tree|wall|bridge|river|lorry|truck|barrier|cliff)|",
    r"(?:walk|swim)\w*\s+(?:into|out\s+to)\s+(?:the|a)\s+(?:sea|lake|river|water)\b(?=[^.!?\n]{0,40}\b(?:not|never|back|keep|forever)\b)|",
    r"(?:let|wish\s+(?:god|the\s+ms|it)\s+would)\s+(?:me\s+)?(?:just\s+)?(?:die|take\s+me)|take\s+me\s+now\b(?!\s+(?:to|for))|",
    r"wish\s+i\s+(?:was|were|had)\s+(?:never|not)\s+(?:been\s+)?born|",
    r"(?:wouldn'?t|would\s+not|won'?t)\s+(?:mind|care)\s+if\s+i\s+(?:died|didn'?t\s+wake|never\s+woke|was\s+gone)|",
    r"(?:hope|wish|pray)\w*\s+(?:that\s+)?(?:a\s+(?:car|bus|lorry|truck)\s+hits\s+me|i\s+(?:die|don'?t\s+wake|never\s+wake|get\s+hit))|",
    r"(?:pray\w*|hop\w*|wish\w*)\s+for\s+death|(?:set|picked|chosen|chose)\s+(?:a|the)\s+date\b|",
    r"(?:suicide|goodbye)\s+(?:note|letter)s?|won'?t\s+be\s+(?:a\s+problem|a\s+burden)\s+(?:for|to)\s+\w+\s+(?:much\s+)?(?:longer|anymore)|",
    r"(?:ready|want|going)\s+to\s+(?:go|leave)\s+(?:this\s+world|for\s+good)|(?:end|ending)\s+(?:my|this)\s+(?:existence|suffering)\b)",
)
# Figurative and accidental uses that look like the words above.
FIGURATIVE = _rx(
    r"\b(?:(?:die|died|dying)\s+(?:of|from)\s+(?:embarrassment|shame|boredom|laughter|laughing|cringe|heat|thirst|hunger|curiosity)|",
    r"overdos\w*\s+on\s+(?:sugar|chocolate|caffeine|coffee|cake|tv|netflix|box\s*sets?|sun|biscuits|crisps)|",
    r"kill(?:ing|ed)?\s+myself\s+(?:laughing|trying|to\s+get|at\s+work|on\s+the\s+(?:stairs|ice))|",
    r"(?:nearly|almost)\s+kill(?:ed)?\s+myself\s+(?:on|tripping|falling|when|with)|",
    r"suicide\s+(?:mission|run|doors?|squad|headaches?|rates?|risk|prevention|awareness|statistics)|",
    r"(?:could|would|'d)\s+(?:kill|die)\s+for\b)",
)
# Asking someone to end it for them.
ASKS = _rx(
    r"\b(?:end|finish)\s+(?:it|me|this)\s+for\s+me\b|",
    r"\b(?:begged|begging|asked|asks|asking|pleaded\s+with|wants|wanted)\s+(?:me|us|someone|him|her)\s+to\s+",
    r"(?:kill|smother|suffocate|end\s+(?:it|his\s+life|her\s+life|my\s+life)|help\s+(?:him|her|me)\s+die|",
    r"put\s+a\s+pillow)|\bplease\s+(?:someone\s+)?(?:just\s+)?kill\s+me\b|\bsomeone\s+(?:please\s+)?kill\s+me\b",
)
# Self-harm now or a relapse into it.
SELF_HARM = _rx(
    r"\b(?:(?:started|start|began|been)\s+(?:cutting|self[- ]?harming|burning|hurting)|",
    r"(?:cutting|self[- ]?harm(?:ing)?|burning\s+(?:my|his|her)sel\w+|hurting\s+(?:my|his|her)sel\w+)\s+again|",
    r"fresh\s+(?:cuts|scars|wounds|burns)|(?:new|fresh)\s+cuts|cuts\s+on\s+(?:my|his|her)\s+(?:arms?|thighs?|legs?|wrists?)|",
    r"burning\s+(?:my|his|her)\s+(?:arms?|legs?|skin|hands?)|(?:urge|urges|want|wanting)\s+to\s+(?:cut|burn|hurt\s+myself)|",
    r"(?:cut|cutting|scratch\w*|burn\w*)\s+(?:my|his|her)\s+(?:arms?|wrists?|thighs?|legs?|skin|stomach)|",
    r"relaps\w*\s+(?:with|into|on)\s+(?:self[- ]?harm|cutting)|(?:broke|broken|lost)\s+(?:my|his|her)\s+(?:\d+|\w+)?\s*(?:day|month|year)s?\s+(?:clean|streak)|",
    r"(?:cut|burnt|burned|hurt)\s+(?:my|him|her)sel(?:f|ves)\s+(?:again|today|tonight|last\s+night|yesterday)|",
    r"cutting\b(?!\s+(?:down|out|back|off|up|the|my\s+hair|hair|costs?|corners))(?=[^.!?\n]{0,40}\b(?:again|today|tonight|last\s+night|right\s+now|first\s+time\s+in)\b))",
)
SELF_HARM_ESCALATES = _rx(r"\b(?:go|going)\s+further\b|\bdo\s+it\s+again\s+(?:right\s+)?now\b|\bdid\s+it\s+(?:twice|again)\b")

# Intent, plans and dates.
PLAN_STRONG = _rx(
    r"\b(?:not\s+(?:planning\s+on|going\s+to\s+be|gonna\s+be)\s+(?:being\s+)?(?:here|around)\s+(?:after|by|past|for)|",
    r"(?:tonight|today|this)\s+(?:feels\s+like|is)\s+the\s+(?:night|day)|",
    rf"(?:tonight|today)\s+{I_AM}\s+(?:done|finished)|{I_AM}\s+(?:done|finished)\s+(?:tonight|today)\s*(?:[.!]|$)|",
    r"(?:going\s+to|gonna|will|'ll)\s+(?:just\s+)?(?:take|swallow)\s+(?:every|all\s+(?:my|the|of\s+my))\s+(?:\w+\s+)?(?:pills?|tablets?|meds)\b|",
    r"(?:will|going\s+to|gonna|i)\s+take\s+(?:everything|all\s+of\s+them|them\s+all|the\s+lot)\s*(?:i\s+have\b|tonight|",
    r"this\s+weekend)|(?:have|got)\s+it\s+(?:all\s+)?planned\s+for\b(?=[^.!?\n]{0,60}\b(?:miss\s+me|gone|end|die)))",
)
PLAN = _rx(
    r"\b(?:i\s+have\s+(?:the|a)\s+plan|(?:have|got|had)\s+it\s+(?:all\s+)?planned|",
    r"(?:made|make)\s+my\s+decision|i'?ve\s+decided|i\s+have\s+decided|",
    r"mind\s+is\s+made\s+up|(?:now\s+that\s+i\s+)?know\s+when\b|decided\s+what\s+i'?(?:ll|\s+will)\s+do|",
    r"won'?t\s+be\s+(?:here|around)\b|not\s+(?:planning\s+on|going\s+to\s+be)\s+(?:being\s+)?(?:here|around)|",
    r"i\s+mean\s+it|nobody\s+can\s+change|(?:won'?t|will\s+not)\s+need\s+(?:any\s+of\s+)?(?:it|them))\b",
)
NIGHT = _rx(
    rf"\b(?:tonight|tonite|tmrw|tomorrow|this\s+(?:weekend|evening)|(?:this|next|on|by|after|before)\s+{DAYS}|",
    rf"{DAYS}\s+(?:night|evening)|(?:by|in|after|before|this|next)\s+{MONTHS}|when\s+i\s+turn\s+\d+|the\s+night)\b",
)
FINAL = _rx(rf"\b{I_AM}\s+(?:just\s+)?(?:done|finished)\b(?!\s+(?:with|for|at|now\s+with|in|by|up|early|work)\b)")
CONDITIONAL = _rx(
    rf"\bif\b[^.!?\n]{{0,90}}\b(?:then\s+)?(?:{I_AM}|i'?ll\s+be|i\s+will\s+be)\s+(?:done|finished|gone)\b(?!\s+(?:with|for)\b)|",
    rf"\b(?:by|after|before)\s+{MONTHS}[^.!?\n]{{0,30}}\b{I_AM}\s+(?:done|finished|gone)\b",
)
# Hopelessness that says life cannot go on (weak alone for crisis; distress).
CANNOT_GO_ON = _rx(
    r"\b(?:(?:can'?t|cannot|can\s+not|couldn'?t)\s+(?:do|face|take|survive|bear|go\s+through)\s+(?:another|one\s+more)\s+",
    r"(?:year|day|week|month|winter|night)|",
    r"not\s+going\s+(?:to\s+go\s+)?through\s+another\s+(?:year|winter|day)|",
    r"no\s+more\s+strength|(?:can|cannot|can'?t)\s+(?:not\s+)?(?:go\s+on|continue|carry\s+on|keep\s+going)\b|",
    r"(?:i\s+)?(?:can'?t|cannot)\s+(?:do\s+it\s+)?any\s?more\b|kann\s+nicht\s+mehr|",
    r"(?:no|lost\s+all|lost)\s+(?:reason|will)\s+to\s+(?:live|go\s+on|continue)|",
    r"(?:don'?t|dont|do\s+not|cannot|can'?t)\s+see\s+(?:any|a|the)?\s*(?:reason|point|future|way\s+out)|",
    r"is\s+the\s+finish|the\s+end\s+for\s+me|nobody\s+will\s+miss\s+me|no\s+one\s+will\s+miss\s+me|",
    r"sorry\s+for\s+being\s+a\s+burden|(?:such|just)\s+a\s+burden)\b",
)
# Farewells: final ones count alone, soft ones together.
FAREWELL = _rx(
    r"\b(?:good\s*night\s+forever|goodbye\s+forever|it'?s\s+been\s+real\b(?!\s+\w+ly)|",
    r"see\s+you\s+(?:all\s+)?(?:guys\s+)?on\s+the\s+other\s+side\b(?!\s+of)|",
    r"(?:i\s+think\s+)?this\s+is\s+(?:my\s+)?goodbye|(?:this\s+is|this\s+will\s+be|this'?s|it'?s)\s+my\s+last\s+(?:post|msg|message|words)|",
    r"(?:look\s+after|take\s+care\s+of)\s+(?:the\s+kids|my\s+kids|the\s+children|my\s+children|them|mum|dad|my\s+(?:wife|husband|boys|girls))\s+for\s+me\b"
    r"(?![^.!?\n]{0,40}\b(?:while|when|during|until|till)\b)|",
    r"(?:you\s+were|you'?ve\s+been)\s+a\s+(?:true|good|real)\s+friend|(?:don'?t|dont)\s+be\s+sad|",
    r"(?:this\s+is\s+the\s+end|it'?s\s+time)\s+(?:for\s+me|now)\b|(?:tell|telling)\s+(?:my\s+)?(?:\w+\s+){0,2}i\s+love(?:d)?\s+(?:them|her|him)\b|",
    r"(?:won'?t|will\s+not)\s+be\s+posting\s+(?:again|anymore)|(?:signing|logging)\s+off\s+(?:for\s+good|forever)|",
    r"final\s+(?:post|message|goodbye)|please\s+forgive\s+me|remember\s+me\s+(?:as|when|kindly)|",
    r"(?:saying\s+)?goodbye\s+to\s+(?!(?:my|the|our)\s+(?:old|job|car|house|flat|career)\b)[A-Z]\w+\s+tonight)\b",
)
FAREWELL_SOFT = _rx(
    r"\b(?:goodbye\s+(?:all|everyone|everybody|friends|my\s+friends)|adios|farewell|bisous|",
    r"thank\s+you\s+(?:all\s+)?for\s+everything|look\s+after\s+each\s+other|i\s+love\s+you\s+all|",
    r"you\s+were\s+the\s+only\s+(?:people|ones?)|peace\s+(?:out|✌)|",
    r"(?:he|she)\s+(?:is|was|'s)\s+sorry\s+for|(?:he|she)\s+loves\s+(?:us|you|me)\b|sorry\s+for\s+everything|",
    r"take\s+care\s+of\s+yourselves|goodbye\b)",
)
# Preparatory acts: letters, a will, possessions given away, a pet rehomed, things put in order.
PREPARE = _rx(
    r"\b(?:(?:written|wrote|writing|write|left|finished)\s+(?:my\s+)?(?:\w+\s+)?(?:letters?|notes?)\s+(?:to|for)\s+",
    r"(?:my\s+|the\s+|both\s+my\s+|each\s+of\s+my\s+|all\s+my\s+)?(?:mum|mom|dad|kids|children|boys|girls|family|wife|",
    r"husband|son|daughter|partner|brother|sister|parents|grandchildren|loved\s+ones|everyone)\b|",
    r"(?:the|my)\s+(?:letters?|notes?)\s+(?:are|is)\s+(?:done|written|ready|in\s+the)|",
    r"letters?\s+(?:to|for)\s+(?:my|the|mum|dad)\s+\w+(?:\s+and\s+\w+(?:\s+\w+)?)?\s+and\s+they'?re\s+in|",
    r"bought\s+(?:a|the)\s+(?:rope|gun|hose\w*|charcoal|blade|razor))\b",
)
PREPARE_SOFT = _rx(
    r"\b(?:(?:wrote|written|sorted|made|updated|done)\s+(?:out\s+)?my\s+will|",
    r"gave\s+(?:away\s+)?my\s+(?:\w+\s+)?(?:guitar|things|stuff|books|jewellery|jewelry|ring|watch|records|bike|camera)",
    r"\s+(?:away|to)|giving\s+(?:away\s+)?my\s+(?:things|stuff|belongings)|",
    r"(?:the|my)\s+(?:cat|dog|pets?|\w+)\s+is\s+going\s+to\s+(?:my\s+)?\w+'?s?\b(?:\s+(?:on|house|place))?|",
    r"(?:give|gave|giving|rehom\w+)\s+(?:my|our)\s+(?:dog|cat|pets?|bird|rabbit)\b|",
    r"(?:knows|know)\s+where\s+(?:his|her|the)\s+food\s+is|",
    r"(?:get(?:ting)?|got|put(?:ting)?)\s+(?:things|everything|my\s+affairs|affairs)\s+(?:sorted|in\s+order)|",
    r"while\s+i\s+still\s+can\b|the\s+flat\s+is\s+clean|the\s+house\s+is\s+clean|",
    r"posting\s+so\s+someone\s+knows|wasn'?t\s+an\s+accident|(?:is|was)\s+not\s+an\s+accident|",
    r"(?:feel|am|i'?m)\s+(?:so\s+)?calm\s+now)\b",
)
LETHAL_QUESTION = _rx(
    r"\bhow\s+(?:many|much)\s+(?:of\s+)?(?:my|his|her|the|these)?\s*(?:\w+\s+){0,2}(?:pills|tablets|meds|insulin|",
    r"morphine|paracetamol|\w+)\s+(?:it\s+)?(?:would|will|to)\s+(?:it\s+)?(?:take|be\s+fatal|be\s+lethal|kill|die)|",
    r"\bhow\s+many\s+(?:of\s+)?(?:my|her|his)\s+(?:\w+\s+)?(?:pills|tablets|meds)\s+would\s+be\s+(?:fatal|lethal|enough)|",
    r"\b(?:can|could)\s+(?:you|i|someone|one)\s+overdose\s+on\b|\b(?:lethal|fatal)\s+(?:dose|amount)\b",
)
UNREACHABLE = _rx(
    r"\b(?:(?:his|her|their)\s+phone\s+is\s+(?:off|dead)|(?:he|she|they)(?:'s|\s+is|\s+are|'re)?\s+not\s+",
    r"(?:answering|picking\s+(?:up|the\s+call)|replying)|",
    r"(?:isn|wasn|hasn)'?t\s+(?:answering|picking\s+up|replying)|can'?t\s+(?:get\s+hold\s+of|reach)\s+(?:him|her|them)|",
    r"none\s+of\s+us\s+can\s+(?:get\s+hold|reach)|(?:has|have)\s+gone\s+out\s+(?:walking|driving))\b",
)

# Distress: hard times without current risk ("can't take this anymore", hopeless).
DISTRESS_RE = _rx(
    r"\b(?:hopeless(?:ness)?|no\s+hope|lost\s+(?:all\s+)?hope|despair\w*|",
    r"can'?t\s+(?:take|stand|handle|cope\s+with)\s+(?:this|it|any\s+of\s+this)\s+(?:any\s?more|much\s+longer)|",
    r"cannot\s+take\s+(?:this|it)\s+any\s?more|(?:can'?t|cannot|not)\s+coping|can'?t\s+cope|",
    r"(?:at\s+)?the\s+end\s+of\s+my\s+(?:rope|tether)|(?:feel|feeling)\s+(?:so\s+)?(?:useless|worthless|empty|numb\s+inside)|",
    r"hate\s+(?:my\s+(?:body|life)|myself|my\s+existence)|(?:crying|cry)\s+(?:all\s+day|every\s+(?:day|night))|",
    r"cried\s+(?:in\s+the|for\s+(?:an?\s+hour|hours|ages)|all\s+(?:day|night))\b|(?:so\s+)?depressed|in\s+a\s+(?:really\s+)?dark\s+place|dark\s+thoughts|",
    r"(?:i'?m|im|i\s+am|feel)\s+(?:so\s+)?(?:alone|lonely)\b|nobody\s+(?:cares|calls)|no\s+one\s+cares|",
    r"(?:i'?m|im|i\s+am)\s+not\s+ok(?:ay)?\b|falling\s+apart|breaking\s+down|heartbroken|devastated|",
    r"i\s+(?:just\s+)?give\s+up\b|giving\s+up\s+on\s+(?:life|everything|myself)|what'?s\s+the\s+point|so\s+tired\s+of\s+(?:this|it\s+all|everything|fighting)|",
    r"no\s+more\s+strength|lose\s+every\s+fight|fed\s+up\s+fed\s+up|take\s+my\s+dignity|",
    r"(?:can'?t|cannot)\s+(?:do\s+(?:this|it)\s+)?any\s?more|can'?t\s+go\s+on|kann\s+nicht\s+mehr)",
)

# ------------------------------------------------------------------ guards

_PAST_ANCHOR = _rx(
    r"\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|few)\s+",
    r"(?:years?|months?|winters?|summers?|weeks)\s+ago|years\s+ago|long\s+time\s+ago|",
    r"(?:back\s+)?in\s+(?:19|20)\d\d|back\s+(?:then|when)|last\s+year|used\s+to|",
    r"when\s+(?:i|he|she)\s+was\s+(?:first|newly|\d+|younger|little|a\s+teen)|before,?\s+when|",
    r"(?:\d+|eighteen|twelve|six)\s+months\s+ago|for\s+about\s+a\s+year\s+when|",
    r"from\s+(?:19|20)\d\d|in\s+(?:19|20)\d\d|years\s+on|old\s+history|before\s+\w+,|at\s+my\s+(?:lowest|worst)|",
    r"at\s+the\s+time|there\s+was\s+a\s+time|my\s+darkest|the\s+worst\s+(?:time|year)|during\s+my\s+first|",
    r"when\s+i\s+(?:was|got)\s+(?:first\s+)?diagnosed|after\s+my\s+diagnosis|i\s+once|once\s+(?:tried|attempted))\b",
)
_RECOVERED = _rx(
    rf"\b(?:{I_AM}\s+(?:ok|okay|fine|well|glad|doing\s+(?:much\s+)?better|still\s+here|in\s+a\s+better)|",
    r"(?:he|she)\s+is\s+stable|(?:he|she|i)\s+(?:is|am|'s)\s+glad|still\s+here|came\s+through|come\s+through|",
    r"pulled\s+me\s+out|on\s+the\s+other\s+side\s+of\s+it|doing\s+(?:much\s+|so\s+much\s+)?better|",
    r"(?:hasn'?t|haven'?t|have\s+not|has\s+not)\s+(?:done\s+it|had\s+those|cut)|since\s+the\s+last\s+time|",
    r"it'?s\s+been\s+over|years\s+since|things\s+changed|i\s+(?:didn'?t|did\s+not)\b|help\s+exists|",
    r"there\s+is\s+hope|can\s+change|now\s+it\s+is|now\s+i'?m\s+(?:married|working|well|ok|doing|in|on)|now:|",
    r"today\s+(?:he|she|i)\s+(?:is|am|'?m)|laughing\s+again|",
    r"i\s+live,|not\s+ashamed|a\s+long\s+time\s+ago|never\s+coming\s+back|i'?m\s+married|glad\s+(?:he|she|i)|",
    r"old\s+history|in\s+the\s+past|behind\s+me|grateful|thankful|survived|made\s+it\s+through|got\s+through|(?:in\s+)?recovery|\d+\s+\w+\s+clean|clean\s+for|",
    r"better\s+now|these\s+days\s+i|life\s+is\s+good|doing\s+(?:well|ok|okay|fine)|safe\s+now|it\s+gets\s+better|",
    r"(?:hasn'?t|haven'?t)\s+(?:self[- ]?harmed|cut|had)|(?:i'?m|i\s+am)\s+(?:happy|proud|alive))",
)
_FIRM_PAST = _rx(r"\b(?:ago|back\s+in|in\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d)\b")
_PRESENT = _rx(r"\b(?:now|tonight|today|right\s+now|any\s?more|again|these\s+days|currently|at\s+the\s+moment)\b")
_PAST_VERB = _rx(r"\b(?:was|were|had|tried|attempted|spent|thought|used|did|cut|self-harmed|took)\b")
_TOPIC = _rx(
    r"\b(?:rates?|risk|statistics?|stats|stud(?:y|ies)|research|registry|prevention|awareness|leaflet|article|",
    r"paper|news|headlines?|headaches?|documentary|podcast|warning\s+signs|population|nickname)\b",
)
_TOPIC_PHRASE = _rx(r"^(?:suicid\w*|self[- ]?harm\w*|overdos\w*)$")
_JOKE = re.compile(r"😂|🤣|😆|😅|\b(?:lol|lmao|haha\w*|hehe|jk)\b", _F)
_JOKE_PRONE = frozenset({"someone_threatens_me", "someone_hits_me", "frightened_or_decided"})


def _straight(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def _hit(name: str, start: int, end: int) -> Hit:
    return hit_for(_CUES[name], start, end)


def _sentence_span(doc: Document, pos: int) -> tuple[int, int]:
    sent = doc.sentences[doc.sentence_of(pos)]
    return sent.start, sent.end


def _near(doc: Document, pos: int, before: int = 1, after: int = 1) -> tuple[int, int]:
    """The span from ``before`` sentences before ``pos``'s sentence to ``after`` after it."""
    i = doc.sentence_of(pos)
    sents = doc.sentences
    return sents[max(0, i - before)].start, sents[min(len(sents) - 1, i + after)].end


def _past_sentences(doc: Document, text: str) -> set[int]:
    """Sentences told as a past episode: a past anchor in it, or a past-tense
    sentence right after one."""
    past: set[int] = set()
    for i, sent in enumerate(doc.sentences):
        chunk = text[sent.start:sent.end]
        if (_PAST_ANCHOR.search(chunk) and (_FIRM_PAST.search(chunk) or not _PRESENT.search(chunk))) or (i - 1 in past and _PAST_VERB.search(chunk) and not TIME.search(chunk)):
            past.add(i)
    return past


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    for m in pattern.finditer(text):
        if m.end() > m.start():
            yield m


def construct_hits(doc: Document) -> list[Hit]:
    """New hits for the ``crisis_constructs`` cues ("not", "never" ... just before a match cancel it)."""
    return [h for h in _construct_hits(doc) if not negated(doc, h.start)]


def _construct_hits(doc: Document) -> list[Hit]:
    text = _straight(doc.text)
    low = text.lower()
    hits: list[Hit] = []
    for m in _matches(WISH_DEAD, text):
        hits.append(_hit("wish_to_be_dead", m.start(), m.end()))
    if DEATH_IN_TEXT.search(text):
        for m in _matches(JOIN, text):
            hits.append(_hit("join_someone_who_died", m.start(), m.end()))
    for m in _matches(ACTIVE, text):
        hits.append(_hit("active_thoughts", m.start(), m.end()))
    for m in _matches(SLANG, text):
        hits.append(_hit("active_thoughts", m.start(), m.end()))
    for m in _matches(ASKS, text):
        hits.append(_hit("asks_to_be_killed", m.start(), m.end()))
    for m in _matches(SELF_HARM, text):
        hits.append(_hit("self_harm_now", m.start(), m.end()))
    for m in _matches(LETHAL_QUESTION, text):
        hits.append(_hit("lethal_amount", m.start(), m.end()))
    for m in _matches(METHOD, text):
        s, e = _near(doc, m.start(), before=1, after=1)
        ss, se = _sentence_span(doc, m.start())
        near = MED_ACCESS if MEDICINE.match(m.group(0)) else ACCESS
        access = near.search(text, ss, se) or (
            near.search(text, s, e) and (PLAN.search(text, s, e) or NIGHT.search(text, s, e))
        )
        if access:
            hits.append(_hit("method_at_hand", m.start(), m.end()))
    for m in _matches(PLAN_STRONG, text):
        hits.append(_hit("plan_set", m.start(), m.end()))
    for m in _matches(PLAN, text):
        hits.append(_hit("plan_or_decision", m.start(), m.end()))
    for m in _matches(FINAL, text):
        ss, se = _sentence_span(doc, m.start())
        s, e = _near(doc, m.start(), before=0, after=1)
        hits.append(_hit("finality_with_time" if NIGHT.search(text, s, e) else "finality", m.start(), m.end()))
    for m in _matches(CONDITIONAL, text):
        hits.append(_hit("conditional_intent", m.start(), m.end()))
    for m in _matches(CANNOT_GO_ON, text):
        hits.append(_hit("life_cannot_go_on", m.start(), m.end()))
    for m in _matches(FAREWELL, text):
        hits.append(_hit("farewell_final", m.start(), m.end()))
    for m in _matches(FAREWELL_SOFT, text):
        hits.append(_hit("farewell_soft", m.start(), m.end()))
    for m in _matches(PREPARE, text):
        hits.append(_hit("preparing_to_die", m.start(), m.end()))
    for m in _matches(PREPARE_SOFT, text):
        hits.append(_hit("putting_things_in_order", m.start(), m.end()))
    if any(h.label == CRISIS for h in hits) or "self" in low or "harm" in low:
        for m in _matches(SELF_HARM_ESCALATES, text):
            hits.append(_hit("self_harm_escalates", m.start(), m.end()))
    for m in _matches(UNREACHABLE, text):
        hits.append(_hit("cannot_reach_them", m.start(), m.end()))
    for m in _matches(DISTRESS_RE, text):
        hits.append(_hit("hard_time", m.start(), m.end()))
    return hits


def _set_aside(doc: Document, text: str, hit: Hit, past: set[int], recovered: bool) -> bool:
    """True when a guard sets ``hit`` (a crisis or distress hit) aside."""
    i = doc.sentence_of(hit.start)
    sent = doc.sentences[i]
    chunk = text[sent.start:sent.end]
    if recovered and i in past:
        return True
    phrase = text[hit.start:hit.end]
    if _TOPIC_PHRASE.match(phrase) and _TOPIC.search(chunk):
        return True
    if any(f.start() <= hit.start < f.end() or hit.start <= f.start() < hit.end for f in FIGURATIVE.finditer(text, sent.start, sent.end)):
        return True
    return hit.cue in _JOKE_PRONE and bool(_JOKE.search(chunk))


def crisis_hits(doc: Document, hits: list[Hit]) -> list[Hit]:
    """The engine's last step: ``hits`` plus the construct hits, less the
    crisis and distress hits a guard sets aside (see the module docstring)."""
    text = _straight(doc.text)
    hits = hits + construct_hits(doc)
    if not any(h.label in (CRISIS, DISTRESS) for h in hits):
        return hits
    past = _past_sentences(doc, text)
    recovered = bool(past) and bool(_RECOVERED.search(text))
    return [
        h for h in hits
        if h.label not in (CRISIS, DISTRESS) or h.weight == 0.0 or not _set_aside(doc, text, h, past, recovered)
    ]
