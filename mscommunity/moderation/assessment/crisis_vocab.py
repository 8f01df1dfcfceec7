"""The crisis vocabulary: subjects, times, method objects, access and the constructs.

Pure Python regular expressions (ignoring case), read by :mod:`.crisis`.
Guards live in :mod:`.crisis_guards`, composed evidence in :mod:`.crisis_compose`.
"""

from __future__ import annotations

import re

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
    r"oramorph|zomorph|methadone|buprenorphine|co-?codamol|"
    r"zopiclone|tizanidine|sleeping\s+(?:pills|tablets)|antidepressants|opioids"
)
# A way of dying named by its object; "like a knife" is a comparison, "bridge club" a game.
METHOD = _rx(
    r"(?<!like\s)(?<!like\sa\s)(?<!as\sif\sa\s)\b(?:(?:shot|hand|hunting\s+|my\s+|his\s+|her\s+|a\s+|the\s+)?",
    r"(?:guns?|shotgun|rifle|pistol|revolver|firearm)|(?<!of\smy\s)(?<!of\sthe\s)ropes?(?!\s+(?:bed\s+)?(?:ladder|handrail|rail|pulley|swing|light|pull|handle))|noose|blades?|razors?|knife|knives|",
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
    r"keep(?:s)?\s+(?:looking|staring|thinking)|looks?\s+like\s+(?:the|my)\s+(?:answer|way\s+out)|",
    r"(?:there'?s|there\s+is|there\s+are|is|are)\s+(?:more\s+than\s+)?enough|",
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
    r"(?<!could\s)(?<!can\s)sleep\s+(?:forever|and\s+never\s+wake)|never\s+(?:to\s+)?wake\s+up(?!\s+(?:with\s|to\s+(?:the|a|my)\b|early|feeling|like\s|at\s|before\b|in\s+(?:a|the)\s+(?!morning)))|not\s+wake\s+up\s+(?:tomorrow|again)|",
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
    r"(?:jump|step|throw\s+myself)\s+(?:off|from|in\s+front\s+of)\s+(?:a|the|my)\b",
    r"(?!\s+(?:sofa|couch|settee|bed|chair|stool|recliner|bandwagon|wagon|diet)\b)|",
    r"(?:drive|driving|crash|steer)\w*\s+(?:my\s+car\s+)?(?:into|off)\s+(?:a|the)\s+(?:tree|wall|bridge|river|lorry|truck|barrier|cliff)|",
    r"(?:walk|swim)\w*\s+(?:into|out\s+to)\s+(?:the|a)\s+(?:sea|lake|river|water)\b(?=[^.!?\n]{0,40}\b(?:not|never|back|keep|forever)\b)|",
    r"(?:let|wish\s+(?:god|the\s+ms|it)\s+would)\s+(?:me\s+)?(?:just\s+)?(?:die|take\s+me)|take\s+me\s+now\b(?!\s+(?:to|for))|",
    r"wish\s+i\s*(?:was|were|had|'d)\s+(?:never|not)\s+(?:been\s+)?born|",
    r"(?:wouldn'?t|would\s+not|won'?t)\s+(?:mind|care)\s+if\s+i\s+(?:died|didn'?t\s+wake|never\s+woke|was\s+gone)|",
    r"(?:hope|wish|pray)\w*\s+(?:that\s+)?(?:a\s+(?:car|bus|lorry|truck)\s+hits\s+me|i\s+(?:die|(?:don'?t|never)\s+wake(?:\s+up)?(?!\s+(?:up\s+)?(?:with\s|to\s+(?:the|a|my)\b|early|feeling|like\s|at\s|before\b|in\s+(?:a|the)\s+(?!morning)))|get\s+hit))|",
    r"(?:pray\w*|hop\w*|wish\w*)\s+for\s+death|(?:set|picked|chosen|chose)\s+(?:a|the)\s+date\b(?!\s+(?:for|of)\s+(?:my|our|the|his|her)\s+(?:retirement|wedding|party|move|holiday|trip|birthday|op|operation|surgery))|",
    r"(?:suicide|goodbye)\s+(?:note|letter)s?|won'?t\s+be\s+(?:a\s+problem|a\s+burden)\s+(?:for|to)\s+\w+\s+(?:much\s+)?(?:longer|anymore)|",
    r"(?:ready|want|going)\s+to\s+(?:go|leave)\s+(?:this\s+world|for\s+good)|(?:end|ending)\s+(?:my|this)\s+(?:existence|suffering)\b)",
)
# Figurative and accidental uses that look like the words above.
FIGURATIVE = _rx(
    # effort: "killing myself at the gym", "killing myself to keep these legs working"
    r"\bkilling\s+(?:my|him|her|them|your)sel(?:f|ves)\s+(?:at|over|doing|working|running|training|studying|cleaning|trying|getting|",
    r"to\s+(?:get|keep|finish|make|stay|pass|meet))\b|",
    r"\b(?:(?:die|died|dying)\s+(?:of|from)\s+(?!(?:cancer|ms|it|this|an?\s+overdose|overdose|suicide|my|his|her|the\s+disease|",
    r"complications|pneumonia|infection|sepsis|old\s+age|starvation|dehydration|loneliness|a\s+broken|taking|too|an?|",
    r"the|that|those|these|them|drinking|swallowing|bleeding|hanging|drowning|poison\w*|pills|tablets|meds|insulin|",
    r"morphine|paracetamol|baclofen|tramadol|gabapentin|pregabalin|diazepam|codeine)\b)\w+|",
    r"overdos\w*\s+(?:on|of)\s+(?:sugar|chocolate|caffeine|coffee|cake|tv|netflix|box\s*sets?|sun|biscuits|crisps)|",
    # a thing said to be suicide ("this deadline is suicide", "driving in that snow would be suicide"): a
    # predicate about a plan or a task, never the writer's wish (that is "suicidal", "want to die")
    r"\b(?:it|which|(?:this|that|the)(?:\s+\w+)?)\s+(?:is|was|'s|would\s+be|will\s+be)\s+(?:just\s+|basically\s+|literally\s+|pure\s+|",
    r"absolute\s+|total\s+|practically\s+)?suicide\b(?!\s+(?:for\s+me|now|tonight))|",
    r"kill(?:ing|ed)?\s+(?:my|him|her|them|your)sel(?:f|ves)\s+(?:laughing|trying|to\s+get|at\s+work|on\s+the\s+(?:stairs|ice))|",
    r"(?:nearly|almost)\s+kill(?:ed)?\s+myself\s+(?:on|tripping|falling|when|with)|",
    r"suicide\s+(?:mission|run|doors?|squad|headaches?|rates?|risk|prevention|awareness|statistics)|",
    r"(?:could|would|'d)\s+(?:kill|die)\s+for\b|(?:just\s+|simply\s+)?to\s+die\s+for\b|(?:enough\s+to\s+)?(?:wake|raise)\s+the\s+dead\b|",
    # a thing said to be hopeless ("the wifi is hopeless"), not a life or a future
    r"the\s+(?!future|situation|outlook|prognosis|world)\w+\s+(?:is|was|are|were)\s+(?:completely\s+|totally\s+|just\s+|pretty\s+|absolutely\s+)?hopeless\b|",
    r"(?:is|was)\s+(?:it|this|that|the\s+\w+)\s+(?:completely\s+|totally\s+)?hopeless\b|hopeless\s+(?:case|cause|at\s+\w+|with\s+(?:money|maths|names|directions|computers|tech))|",
    r"rather\s+(?:be\s+)?(?:dead|die)\s+than\s+(?!(?:\w+\s+)?(?:live|living|go\s+on|carry\s+on|exist|suffer|be\s+a\s+burden|end\s+up|lose|become|",
    r"be\s+like|spend\s+(?:my|the)\s+(?:life|years)|be\s+in\s+a\s+(?:home|wheelchair|chair|bed)|go\s+into\s+(?:a|the)\s+(?:home|care)|keep\s+going)\b)\w+|",
    r"(?:political|professional|social|career|commercial|electoral)\s+suicide|suicide\s+(?:for\s+(?:the|his|her|their)\s+(?:party|career|government))|",
    r"(?:market|economy|country|government|company|business|party|industry|sector|prices|nhs|shares|stocks|pound|dollar|sales|budget)s?\s+",
    r"(?:\w+\s+){0,3}(?:edge\s+of\s+(?:a|the)\s+cliff|off\s+(?:a|the)\s+cliff|cliff[- ]edge)|fiscal\s+cliff|",
    r"overdose\s+(?:crisis|epidemic|deaths|rates?|statistics|figures)|(?:opioid|fentanyl|drug)\s+overdoses?|",
    r"(?:learn\w*|know\w*|show\w*|teach\w*)\s+(?:\w+\s+)?the\s+ropes|on\s+the\s+ropes|",
    r"kill\w*\s+(?:my|him|her|them)sel(?:f|ves)\s+(?:with\s+(?:overtime|work|worry|stress|exercise|training|kindness|guilt|cleaning|housework)|working|to\s+(?:please|get|finish|pay|make|keep)))",
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
    r"\b(?:(?:started|start|began|been)\s+(?:cutting(?!\s+(?:down|out|back|off|up|costs?|corners|the\s+grass))|",
    r"self[- ]?harming|burning(?!\s+(?:the|candles?|off|calories|wood|incense))|hurting)|",
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
    # "tonight is the night" itself: the lexicon's last_night_alive, which needs a sign of risk near it
    # (a quiz night or a match is ordinary).
    rf"(?:tonight|today)\s+{I_AM}\s+(?:done|finished)|{I_AM}\s+(?:done|finished)\s+(?:tonight|today)\s*(?:[.!]|$)|",
    r"(?:going\s+to|gonna|will|'ll)\s+(?:just\s+)?(?:take|swallow)\s+(?:every|all\s+(?:my|the|of\s+my))\s+(?:\w+\s+)?(?:pills?|tablets?|meds)\b|",
    r"(?:will|going\s+to|gonna|i)\s+take\s+(?:everything|all\s+of\s+them|them\s+all|the\s+lot)\s*(?:i\s+have\b|tonight|",
    r"this\s+weekend)|(?:have|got)\s+it\s+(?:all\s+)?planned\s+for\b(?=[^.!?\n]{0,60}\b(?:miss\s+me|gone|end|die)))",
)
PLAN = _rx(
    r"\b(?:i\s+have\s+(?:the|a)\s+plan|(?:have|got|had)\s+it\s+(?:all\s+)?planned|",
    r"(?:made|make)\s+my\s+decision|(?:i'?ve|i\s+have)\s+decided(?=\s*(?:[.!,;]|$))|",
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
    r"(?:saying\s+)?goodbye\s+to\s+(?!(?:my|the|our)\s+(?:old|job|car|house|flat|career)\b)[a-z]\w+\s+tonight)\b",
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
    # a rope ladder or handrail is a mobility aid
    r"bought\s+(?:a|the)\s+(?:rope(?!\s+(?:bed\s+)?(?:ladder|handrail|rail|pulley|swing|light|pull|handle))|gun|hose\w*|charcoal|blade))\b",
)
PREPARE_SOFT = _rx(
    r"\b(?:(?:wrote|written|sorted|made|updated|done)\s+(?:out\s+)?my\s+will|",
    r"gave\s+(?:away\s+)?my\s+(?:\w+\s+)?(?:guitar|things|stuff|books|jewellery|jewelry|ring|watch|records|bike|camera)",
    r"\s+(?:away|to)|giving\s+(?:away\s+)?my\s+(?:things|stuff|belongings)|",
    # "the cat is going to my sister's", not "my bladder is going to be the death of me"
    r"(?:the|my)\s+(?:cat|dog|pets?|\w+)\s+is\s+going\s+to\s+(?!(?:be|get|have|need|make|take|cost|ruin|kill|drive|do|go|see)\b)",
    r"(?:my\s+)?\w+'?s?\b(?:\s+(?:on|house|place))?|",
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
    r"\b(?:(?:his|her|their)\s+phone(?:'s|\s+is|\s+was|\s+has\s+been)\s+(?:\w+\s+)?(?:off|dead)|(?:he|she|they)(?:'s|\s+is|\s+are|'re)?\s+not\s+",
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
