"""Composed crisis evidence: a construct lexicon joined to a subject, a time or a second sign.

Pure Python, read by :mod:`.crisis`. Where :mod:`.crisis_vocab` holds fixed
phrasings, this module composes small lexicons within a sentence (or the one
after it), so that new wordings of the same construct are found:

* a desire or intent word (want, wish, hope, keep thinking, going to, would
  rather ...) right before a death verb (die, not wake up, be gone, disappear,
  sleep forever, check out, go home to God, unalive ...);
* a self-harm act (cut, burn, hurt myself) with a current marker (again,
  tonight, relapsed, deeper, the urge), or a tool (blades, razor) with wanting
  or a time;
* taking or drinking something "and rest / sleep / never wake up", driving a
  car into a tree, going out on one's own terms;
* a bare decision ("I have decided.", "that's when") with a time near it;
* a conditional ("if I can't walk by 40 I would end it");
* preparatory acts (a will changed, debts paid off, accounts deleted, a pet
  given away, "just the last bit left", a strange calm) that count together;
* hiding the reason ("that's partly true").

Two kinds of lowering happen in :func:`lowered`: an explicit "I'm not
suicidal / not in danger" turns suicide-type crisis evidence into the gentle
``distress`` help, and weak crisis signs that do not add up to a crisis give
``distress`` rather than nothing (missing a person at risk is the worst failure).
"""

from __future__ import annotations

import re

from mscommunity.moderation.assessment.crisis_vocab import DAYS, MONTHS, TIME, _rx

# ------------------------------------------------------------------ lexicons

SUBJ = r"(?:i|he|she|they|we|my\s+\w+|\w+)"
DESIRE = (
    r"(?:want(?:s|ed)?|wanna|wish(?:es|ed)?|hop(?:e|es|ing)|pray(?:s|ing)?|long(?:ing)?|would\s+rather|'d\s+rather|"
    r"(?:keep|keeps|kept)\s+(?:thinking|wishing|hoping|praying)|thinking\s+(?:of|about|to)|think\s+about|"
    r"going\s+to|gonna|ready\s+to|plan(?:ning)?\s+to|decided\s+to|better\s+off\s+if|easier\s+if|"
    r"(?:i'?d|i\s+would)\s+(?:love|like)\s+to|tempted\s+to|need\s+to)"
)
DEATH_VERB = (
    # waking up "with a migraine", "early", "to the alarm" is no death
    r"(?:die|be\s+dead|(?:not|never|didn'?t|don'?t|wouldn'?t)\s+wake\s+up"
    r"(?!\s+(?:with\s|to\s+(?:the|a|my)\b|early|feeling|like\s|at\s|before\b|in\s+(?:a|the)\s+(?!morning)))|(?:not|no\s+longer)\s+be\s+(?:here|around|alive)|"
    r"wasn'?t\s+(?:here|around|alive)|(?:was|were)\s+(?:gone|dead)|disappear(?:ed)?(?:\s+(?:forever|for\s+good|for\s+ever))?(?!\s+(?:under|into|to|for\s+(?:a|the)|off|on\s+(?:a|holiday)))|"
    r"be\s+gone|vanish|sleep\s+(?:forever|for\s+ever|and\s+not\s+wake)|check\s+out\b(?!\s+(?:the|a|this|my|your|our|of))|"
    r"go\s+home\s+to\s+(?:god|jesus|the\s+lord)|be\s+with\s+(?:god|jesus|the\s+lord)|rest\s+(?:forever|in\s+peace|for\s+good)|"
    r"stop\s+(?:existing|breathing|living)|not\s+exist|cease\s+to\s+exist|unalive\s+myself|"
    r"end(?:ing)?\s+(?:it|things|everything)(?:\s+all)?(?!\s+(?:with|between|off|up))|die\s+in\s+my\s+sleep|"
    r"takes?\s+me\s+(?:in\s+my\s+sleep|away|home|now|tonight|soon)|"
    r"not\s+(?:be\s+)?alive|fade\s+away|go\s+to\s+sleep\s+forever|it\s+(?:would|to)\s+(?:just\s+)?(?:happen|be\s+over))"
)
WISH = _rx(
    rf"\b{DESIRE}\s+(?:(?:every|each|some)\s+(?:night|day|morning)\s+|sometimes\s+|often\s+|secretly\s+|honestly\s+)?(?:that\s+)?(?:to\s+)?(?:{SUBJ}\s+)?(?:could\s+|would\s+|'d\s+|will\s+)?(?:just\s+|simply\s+|quietly\s+|finally\s+)*",
    rf"{DEATH_VERB}\b(?!(?<!be\sdead)\s+than)(?!\s+(?:of|from|for|laughing|trying|my\s+hair|early|at\s+work|in\s+the\s+(?:heat|queue)))",
)
# Self-harm: an act with a marker that it is current.
SH_ACT = (
    r"(?:cut(?:ting)?|burn(?:ing|t|ed)?|scratch(?:ing|ed)?|hurt(?:ing)?\s+myself|self[- ]?harm\w*|sh)\b"
    r"(?!\s+(?:down|back|out|off|up|costs?|corners|the\s+(?:grass|hedge|cake|cord|bill)|my\s+hair|hair|toast|dinner|calories|gluten|sugar))"
)
SH_NOW = _rx(
    rf"\b(?:relaps\w*|(?:urge|urges)\s+to|want(?:ed)?\s+to|need(?:ed)?\s+to)\W+(?:\w+\W+){{0,2}}{SH_ACT}|",
    rf"\b{SH_ACT}\s+(?:myself\s+|him\w*\s+|her\w*\s+)?(?:again|tonight|today|last\s+night|deeper|worse\s+than\s+before)\b|",
    r"\brelapsed\.?\s+(?:\w+\s+){0,3}(?:cut|burn\w*|hurt)",
)
SH_TOOL = _rx(
    r"\b(?:(?:my|the)\s+)?(?:blades?|razors?|razor\s+blades?|lighter)\b(?=[^.!?\n]{0,80}(?:\.[^.!?\n]{0,60})?",
    r"\b(?:want\s+to|tonight|next\s+to\s+me|on\s+the\s+bed|haven'?t\s+used|used\s+them|again|hidden|in\s+my\s+(?:room|drawer|bag)))",
)
# A way of dying said as a plan: drinking or taking something "and rest", driving into a tree.
INGEST_AND_REST = _rx(
    r"\b(?:drink|swallow|take|eat|inject)\s+(?:the|all|my|every|that|some)\s+(?:\w+\s+){0,3}",
    r"and\s+(?:just\s+)?(?:rest|sleep|die|never\s+wake|not\s+wake|be\s+done|be\s+at\s+peace|go\s+to\s+sleep|be\s+free)\b",
)
CRASH = _rx(
    r"\b(?:drive|driving|drove|crash|crashing|steer|steering|ram|veer)\w*\s+(?:(?:my|the|his|her|our|a)\s+(?:car|van|truck)\s+)?",
    r"(?:into|off|under)\s+(?:a|the)\s+(?:\w+\s+)?(?:tree|wall|bridge|river|lorry|truck|barrier|cliff|pillar|bus|train|quarry)\b|",
    r"\bso\s+it\s+looks?\s+like\s+an\s+accident\b",
)
OWN_TERMS = _rx(
    r"\b(?:go|going|leave|leaving|check|checking|bow|bowing)\s+out\s+on\s+my\s+own\s+terms|",
    r"\bfind\s+a\s+way\s+(?:on\s+my\s+own|myself|to\s+do\s+it)|\b(?:help|helps)\s+(?:me|him|her)\s+(?:to\s+)?end\s+it\b",
)
CONDITIONAL_WOULD = _rx(
    r"\bif\b[^.!?\n]{0,80}\b(?:i'?d|i\s+would|i'?ll|i\s+will|i'?m\s+going\s+to|he'?d|she'?d)\s+(?:just\s+)?",
    r"(?:end\s+it|kill\s+myself|take\s+my\s+(?:own\s+)?life|check\s+out|go\s+to\s+dignitas|be\s+gone|not\s+be\s+(?:here|around))\b|",
    r"\bif\b[^.!?\n]{0,80}\b(?:i|he|she)\s+(?:won'?t|will\s+not)\s+be\s+(?:here|around|alive)\b(?!\s+(?:for|at|on|to)\s+(?:the|a|an|our|my|this)\b)",
)
DECISION = _rx(
    r"\b(?:i'?ve|i\s+have|i)\s+(?:finally\s+)?decided\s*(?:[.!,;]|$|\s+(?:and|now))|\bmy\s+mind\s+is\s+made\s+up|",
    r"\b(?:have|got|made|picked|set|chosen)\s+(?:a|the)\s+(?:plan|date|day)\s+and\s+(?:a|the)\s+(?:date|day|time|place|way|method)\b|",
    r"\bthat'?s\s+when\b|\bthats\s+when\b|\bit'?s\s+(?:going\s+to\s+be|happening)\s+(?:then|on|this)\b|\bi\s+know\s+when\b",
)
PREP_ACT = _rx(
    r"\b(?:changed|updated|rewrote|made|wrote|sorted|finished)\s+(?:out\s+)?my\s+will|",
    r"\b(?:giving|gave|given|give)\s+(?:away\s+)?(?:my|his|her|all\s+(?:my|his|her))\s+(?:\w+\s+)?(?:things|stuff|tools|clothes|books|jewell?ery|guitar|records|belongings|collection)\b(?:\s+away|\s+to)?|",
    r"\bpaid\s+off\s+(?:the|my|all)\b|\bcancell?ed\s+(?:the|my|all\s+my)\s+(?:gym|subscriptions?|contract|phone|membership|direct\s+debits?)|",
    r"\bdeleted\s+(?:my\s+)?(?:facebook|instagram|twitter|tiktok|accounts?|all\s+my\s+(?:photos|accounts|posts))|",
    r"\b(?:gave|given|giving|give|rehom\w+|found\s+a\s+home\s+for)\s+(?:away\s+)?(?:the|my|our)\s+(?:dog|cat|pets?|rabbit|bird|puppy|kitten)\b|",
    r"\b(?:just\s+)?the\s+last\s+(?:bit|thing|step|part)\s+(?:left|to\s+do)|\bone\s+last\s+thing\s+(?:left|to\s+do)|",
    r"\b(?:left|leaving|leave)\s+the\s+(?:back\s+|front\s+)?door\s+(?:open|unlocked)\s+for\b|",
    r"\b(?:said|saying)\s+(?:my\s+)?goodbyes?\s+to\s+(?:my|the|our)\s+(?:cat|dog|pets?|kids|children|mum|mom|dad|sister|brother|family|horse)\b|",
    r"\b(?:i'?m|i\s+am)\s+(?:so\s+|very\s+|strangely\s+|weirdly\s+)?(?:calm|at\s+peace)\s+about\s+it\b|",
    r"\b(?:feel|feels|feeling|felt)\s+(?:\w+\s+)?(?:calm|peaceful|at\s+peace)\s+(?:now|about\s+it|for\s+once)?\b(?=[^,]{0,40}(?:\.|$|just|now))",
)
HIDDEN = _rx(
    r"\b(?:that'?s|it'?s|which\s+is)\s+(?:only\s+)?partly\s+true|\bnot\s+the\s+(?:whole|real)\s+(?:truth|reason)|",
    r"\b(?:don'?t|do\s+not)\s+(?:come\s+)?look(?:ing)?\s+for\s+me\b|\b(?:sorry\s+to\s+whoever\s+(?:reads|finds)\s+this|god\s+forgive\s+me|please\s+forgive\s+me)\b",
)
SERIOUS = _rx(r"\b(?:done\s+joking|not\s+joking|i'?m\s+(?:dead\s+)?serious|i\s+mean\s+it|i\s+meant\s+it)\b")
METHOD_PLACE = _rx(
    r"\b(?:overpass|flyover|(?:train|railway)\s+(?:tracks|line)|tracks|cliff\s+edge|cliffs|viaduct|multi[- ]?storey|car\s+park\s+roof|tower\s+block|quarry|level\s+crossing|",
    r"sniper|insecticide|pesticide|weedkiller|rat\s+poison|paraquat|helium|plastic\s+bag|carbon\s+monoxide)\b",
)
METHOD_THOUGHT = _rx(
    r"\b(?:thought|thinking|think|imagin\w*)\s+(?:\w+\s+){0,2}(?:about|of)\s+(?:\w+\s+){0,2}(?:stopping|climbing|jumping|stepping|",
    r"drinking|going\s+over|going\s+off|driving\s+off)|\bclimb\w*\s+over\b|\bdidn'?t\s+(?:feel|seem)\s+scary|\bnot\s+scared\s+(?:of\s+it\s+)?anymore",
    r"|\b(?:drink|drinking|swallow\w*|take|taking)\s+(?:the|it|some|all)\b",
    r"|\b(?:walk|go|went|drive|drove|sit|sat|stand|stood)\w*\s+(?:there|on\s+it|by\s+it|to\s+(?:it|them))\b(?=[^.!?\n]{0,40}\b(?:night|stand|stare|look|again))",
    r"|\bjust\s+(?:stand|sit|stare|look\s+down)",
)

# Taking all of a medicine, said as an intent (a time near it makes it a plan).
TAKE_ALL = _rx(
    r"\b(?:going\s+to|gonna|will|'ll|plan(?:ning)?\s+(?:to|on)|want\s+to|ready\s+to|about\s+to|decided\s+to|thinking\s+(?:of|about|to))\s+",
    r"(?:just\s+)?(?:take|taking|swallow\w*|down(?:ing)?|neck(?:ing)?)\s+",
    r"(?:(?:all|every|the\s+whole|the\s+rest\s+of)\s+(?:of\s+)?(?:my|the|her|his)?\s*(?:\w+\s+){0,2}?",
    r"(?:pills?|tablets?|meds|medication|insulin|morphine|tramadol|baclofen|gabapentin|pregabalin|diazepam|codeine|",
    r"oxycodone|amitriptyline|paracetamol|zopiclone|sleeping\s+\w+|box(?:es)?|bottles?|packets?)|them\s+all|the\s+lot)\b",
)

GONE = _rx(r"\b(?:don'?t|do\s+not|please\s+don'?t)\s+(?:come\s+)?(?:look|search)(?:ing)?\s+for\s+me\b")
# Routine dosing: "took all my tablets with breakfast" is no overdose.
ROUTINE = _rx(
    r"\b(?:with|after|before)\s+(?:my\s+)?(?:breakfast|lunch|dinner|tea|food|a\s+meal|water|milk)\b|\bas\s+prescribed\b|",
    r"\b(?:like|as)\s+(?:the|my)\s+(?:nurse|doctor|gp|neuro|pharmacist|consultant)\s+(?:said|told|advised)|\bon\s+time\b|\bdosette\b|",
    # adherence news: "took all my tablets this morning for the first time in a week, proud of myself"
    r"\bfor\s+the\s+first\s+time\s+in\s+(?:a|\w+)\s+(?:days?|weeks?|months?|ages)\b|\bproud\s+of\s+myself\b|\bremembered\b|\bforget(?:ting)?\b",
)

# Explicit denial of risk by the writer: lowers suicide-type crisis evidence to distress.
DENIAL = _rx(
    r"\b(?:he|she|they)(?:'s|\s+is|\s+are|'re)\s+(?:fine|ok|okay|safe)\b|\bjust\s+(?:being\s+)?dramatic\b|\b(?:he|she)\s+was\s+(?:only\s+)?joking\b|",
    r"\b(?:i'?m|i\s+am|im)\s+not\s+(?:suicidal|going\s+to\s+(?:do|hurt)\s+(?:anything|myself)|in\s+(?:any\s+)?danger|",
    r"at\s+risk|planning\s+anything)|\b(?:i\s+)?(?:won'?t|wouldn'?t|will\s+not|would\s+never)\s+(?:ever\s+)?",
    r"(?:do\s+anything|act\s+on\s+it|hurt\s+myself)\b|\b(?:i\s+have|i'?ve|have)\s+no\s+(?:plans?|intention)\s+to\b|",
    r"\bdon'?t\s+worry,?\s+i'?m\s+(?:safe|not)|\bi'?m\s+safe\b",
)

# ------------------------------------------------------------------ cues

# Each lexicon, and the cue a match gives.
SIMPLE: tuple[tuple[re.Pattern[str], str], ...] = (
    (WISH, "wish_to_be_dead"),
    (SH_NOW, "self_harm_now"),
    (SH_TOOL, "self_harm_now"),
    (INGEST_AND_REST, "method_at_hand"),
    (CRASH, "method_at_hand"),
    (OWN_TERMS, "active_thoughts"),
    (CONDITIONAL_WOULD, "conditional_intent"),
    (PREP_ACT, "putting_things_in_order"),
    (HIDDEN, "farewell_soft"),
    (GONE, "farewell_final"),
)

# Crisis cues about suicide and self-harm (a denial lowers them); abuse and falls are left as they are.
SUICIDE_CUES = frozenset({
    "end_it_all", "better_off_dead", "cant_go_on", "whats_the_point_alone", "stockpiling_medicine",
    "medicine_put_aside", "taking_all_the_pills", "farewell", "no_future", "made_peace_with_it", "ready_to_go",
    "when_the_time_comes", "method_with_intent", "wish_to_be_dead", "join_someone_who_died", "active_thoughts",
    "asks_to_be_killed", "self_harm_now", "self_harm_escalates", "lethal_amount", "method_at_hand", "plan_set",
    "plan_or_decision", "finality", "finality_with_time", "conditional_intent", "life_cannot_go_on",
    "farewell_final", "farewell_soft", "preparing_to_die", "putting_things_in_order", "cannot_reach_them",
    "considering_assisted_death", "giving_things_away", "cant_go_on_weak", "death_talk", "plan_signs",
    "preparatory_acts",
})
# Weak signs that alone give the gentle help (distress) rather than nothing.
WEAK_SIGNS = frozenset({
    "life_cannot_go_on", "considering_assisted_death", "giving_things_away", "cant_go_on_weak", "death_talk",
    "finality", "finality_with_time", "no_future", "whats_the_point_alone", "self_harm_escalates",
    "plan_signs", "preparatory_acts",
})


# Hopelessness and venting: never a crisis on their own, however many ("I'm done", "can't go on",
# "what's the point", "this is killing me"); with any other sign of risk they count.
HOPELESS_SIGNS = frozenset({
    "life_cannot_go_on", "cant_go_on_weak", "finality", "whats_the_point_alone", "killing_me",
})


def decision_with_time(text: str, span: tuple[int, int]) -> bool:
    """True when a time ("Sunday", "tonight", "after the scan") is in ``span``."""
    return bool(TIME.search(text, *span) or BARE_WHEN.search(text, *span))


# A bare day or month said next to a decision ("I have decided. Sunday.").
BARE_WHEN = _rx(rf"\b(?:{DAYS}|{MONTHS}|tonight|tomorrow|this\s+weekend)\b")

