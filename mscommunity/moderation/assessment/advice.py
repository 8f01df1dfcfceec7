"""Medical advice as members really write it: requests in any form, and the topic gate.

Pure Python. Two engine steps, both reading the sentence topics of
:mod:`.topic`:

``requests``
    A request about health or care, however it is written: a question with
    or without its question mark ("does ms cause seizures.", "what we can do",
    "wat actually helps with it"), a closing "Thoughts?" or "Somebody have
    this?" whose topic comes from the sentences before it. Not a rhetorical
    aside ("who knew?"), not a question in quotes or reported speech, not a
    curious question about a study, not asking after a reader ("How did your
    MRI go?"), not a complaint in question form ("Who decided that ...?"), not
    a question the writer answers at once ("Will I apologise? Probably."). A
    question about the writer's own case ("How do I ask for a switch without
    sounding pushy") takes the topic of the sentences around it at any length
    when it names none of its own. The cue (weight, examples) is
    ``medical_request`` in ``cues/seeking_advice.toml``; implicit requests
    at the end of long stories ("I would welcome any comments", "would love
    a response", "who do we write to") are pattern cues there too.
``topic_gate``
    Seeking- and giving-advice hits in a sentence about money, benefits,
    insurance, work, law or daily life (:meth:`.topic.Topics.at` says
    ``other``) are dropped: "You should appeal the PIP decision" and "Any
    suggestions for a cheaper car insurer?" are welcome and get no medical
    label. In a post without a single health word and without a pointer to
    the article's treatment ("get it done", "when will this be available"),
    only the cues flagged ``any_topic`` count (a plea for contact, "am I too
    late"); "What can I do?" about a landlord is not medical advice.
    Crisis, spam and experience hits are never touched.
"""

from __future__ import annotations

from mscommunity.moderation.assessment.cues import CUES, Cue
from mscommunity.moderation.assessment.document import CARER, Document, rx
from mscommunity.moderation.assessment.hits import Hit, hit_for
from mscommunity.moderation.assessment.result import GIVING, SEEKING
from mscommunity.moderation.assessment.topic import MEDICAL, OTHER, Topics

_CUES: dict[str, Cue] = {c.name: c for c in CUES.cues if c.step == "requests"}

# A question without its question mark: a wh-word or an inverted auxiliary and
# a subject ("does ms cause", "how are you supposed to", "what we can do",
# "wat helps"). Not "When I got home ..." (a wh-word and a statement).
_SUBJECT = (
    r"(?:i|we|he|she|it|they|you|u|ya|anyone|anybody|someone|somebody|ms|my|his|her|their|our|this|that|"
    r"these|those|there|everyone|everybody|people|other|others|any)"
)
_AUX = r"(?:is|are|was|were|do|does|did|can|could|should|would|will|has|have|to|must|shall)"
_UNMARKED_QUESTION_RE = rx(
    r"\W*(?:(?:please|pls|plz|so|and|but|hi|hello|ok|okay|also|sorry)\W+)*"
    rf"(?:(?:how|what|wat|wot|wht|where|when|which|who|why|y)\s+(?:long|much|many|often|soon|far|quickly|else\s+)?"
    rf"\s*{_AUX}\b"
    rf"|(?:what|wat|wot|how|where|which|who)\s+(?:\w+\s+)?{_SUBJECT}\s+(?:can|could|should|must|need|do|did|"
    r"pick|use|take|try|choose)\b"
    r"|what'?s\s+(?:the|a|an|your|ur)\b|wat\b|wot\b"
    r"|(?:what|which)\s+[a-z]+\s+(?:is|are|should|would|can|could|do|does|did|helps?|works?|worked|helped)\b"
    rf"|(?:does|did|is|are|can|could|should|will|would|shall)\s+{_SUBJECT}\b"
    r"|do\s+(?:i|we|they|you|u|anyone|anybody|people|others|other|any|ms|these|those|my|his|her|our)\b"
    r"|(?:is|are|was)\s+(?:the|a|an)\b"
    # "Is contact sport safe with MS", "Are night sweats normal on Kesimpta": a yes/no question about a judgement
    r"|(?:is|are|was|were|does|do|can|will|would|should)\s+(?:\w+\s+){1,3}?(?:safe|normal|ok|okay|dangerous|bad|common|"
    r"worth|possible|true|permanent|serious|related|linked|caused|likely|necessary|needed|allowed|advisable|wise)\b)"
)
# Inside a sentence, after a comma: "..., how long did it take for yours", "..., is that normal"
# (not a relative clause: ", which is why", ", who was").
_INNER_QUESTION_RE = rx(
    rf"(?:how|what|wat|wot|where)\s+(?:long|much|many|often|soon|far|quickly)?\s*{_AUX}\b"
    rf"|(?:does|did|is|are|can|could|should|will|would)\s+{_SUBJECT}\b"
)
_CLAUSE_RE = rx(r"[,;:]\s*(?:and\s+|but\s+|so\s+)?")
_RHETORICAL_RE = rx(
    r"\W*(?:why\s+me|who\s+knew|guess\s+what|you\s+know|right|isn'?t\s+it|don'?t\s+you\s+think|"
    r"how\s+(?:cool|great|amazing|lucky|sad|crazy|mad|ironic|funny)\s+is\s+that|what\s+else\s+is\s+new|"
    r"what\s+next|why\s+not|can\s+you\s+believe|what\s+(?:a|an)\b|how\s+(?:did|do)\s+(?:we|i)\s+(?:ever|get\s+here))"
    r"\W*$"
)
# Not a request for advice: curiosity about a study, a wondering aloud, a
# suggestion in question form ("Maybe try magnesium?"), a question about the
# reader's own case ("What does your neuro say?", "Have you tried LDN?").
_NOT_ASKING_RE = rx(
    r"\W*(?:how\s+many\s+(?:of\s+the\s+)?(?:people|patients|participants|subjects|women|men|children)\s+"
    r"(?:were|are|was|took|had|did|got|in)\b"
    r"|who\s+(?:would|'?d)\s+have\s+(?:thought|guessed)|would\s+i\s+(?:do|go\s+through|have)\s+it\s+again"
    r"|remember\s+when\b|(?:do\s+)?you\s+remember\b"
    r"|(?:is\s+)?any(?:one|body)\s+(?:else\s+)?(?:watching|going|coming|reading|following)\b|who'?s\s+(?:coming|going|watching|up\s+for)\b"
    r"|(?:maybe|perhaps|why\s+not|how\s+about|what\s+about)\s+(?:just\s+)?(?:try|ask|get|think|consider|look|"
    r"give|talk|speak|see|push|take|book)"
    # an offer in question form: "Can I recommend a cooling vest to anyone who gardens?"
    r"|(?:can|could|may|might)\s+i\s+(?:just\s+)?(?:recommend|suggest|add|mention|point\s+out|put\s+in\s+a\s+(?:word|plug))\b"
    r"|(?:have|did)\s+you\s+(?:\w+\s+)?(?:tried|try|asked|ask|considered|thought|had\s+your|got\s+your|"
    r"spoken|talked|mentioned|told)\b"
    r"|(?:what|how)\s+(?:does|did|do)\s+your\s+(?:\w+\s+)?(?:neuro\w*|doctor|gp|nurse|consultant|team|"
    r"specialist)\s+(?:say|think|suggest)"
    # asking after the reader, not for advice: "How are you feeling now?", "How did your MRI go?"
    r"|how\s+(?:are|r|is)\s+(?:you|u|ya|things|he|she|your\s+\w+)\s+(?:\w+\s+)?(?:feeling|doing|getting\s+on|keeping|"
    r"holding\s+up)\b|how\s+(?:did|'?d)\s+(?:your|the|it|things)\s+(?:\w+\s+){0,3}?(?:go|get\s+on)\b"
    # a complaint in question form: "Who decided that ...?", "How is this acceptable?", "Why on earth ...?"
    r"|who\s+(?:on\s+earth\s+)?(?:decided|thought|came\s+up\s+with|made\s+(?:that|this|the)\s+(?:rule|decision))\b"
    r"|how\s+(?:is|was|can)\s+(?:this|that|it)\s+(?:be\s+)?(?:acceptable|fair|right|ok|okay|allowed|legal|possible\s+in)\b"
    r"|how\s+(?:dare|hard\s+can\s+it\s+be)|what\s+is\s+wrong\s+with\s+(?:people|them|this|these|the\s+system)\b"
    # sharing a laugh or a gripe, not asking: "Does anyone else find it funny how every doctor asks ...?"
    r"|(?:does|do|did)\s+any(?:one|body)\s+(?:else\s+)?(?:find|think)\s+(?:it|this|that)\s+(?:\w+\s+)?(?:funny|hilarious|"
    r"ironic|amusing|annoying|infuriating|ridiculous|absurd)\b)"
)
_CURIOUS_RE = rx(r"\b(?:just\s+curious|out\s+of\s+curiosity|idle\s+curiosity)\b")
_FIRST_PERSON_RE = rx(r"\b(?:i|i'm|im|i've|ive|i'd|me|my|we|we're|us|our)\b")
# Asked of the readers ("do you think", "how did your ... clear") or what one should do.
_READER_OR_SHOULD_RE = rx(
    r"\b(?:you|your|u|ur|ya|should|shall|anyone|anybody|any1|someone|somebody|everyone|people)\b"
)
# A question that leans on what came before: a pronoun pointing back, or a
# bare wh-question ("What did everyone else move to?", "Somebody have this?").
# A question about the writer's or a pointed-at case ("How do I ask for a switch without sounding pushy",
# "Is this something to worry about or just a reaction"): at any length, it takes the topic of the
# sentences around it when it names none of its own.
_ASKS_ABOUT_CASE_RE = rx(
    r"\W*(?:(?:so|and|but|also|ok|okay)\W+)?(?:how|what|wat|where|when|which|who|should|shall|can|could|do|does|did|is|are|"
    r"was|were|will|would|has|have|am)\s+(?:\w+\s+)?(?:i|we|he|she|they|it|this|that|these|those|my|our|his|her|their)\b"
)
# Without its question mark, a question leans on its context only when a wh-word or "should" opens it:
# "did it last night and i want to ..." is a statement with its subject left out.
_WH_OPENING_RE = rx(r"\W*(?:(?:so|and|but|also|ok|okay)\W+)?(?:how|what|wat|where|when|which|who|should|shall)\b")
# A question the writer answers at once ("Will I apologise? Probably.") asks nobody.
# ("No idea." or "Maybe." is the writer still not knowing: the question stands.)
_SELF_ANSWER_RE = rx(
    r"\W*(?:(?:yes|yeah|yep|no|nope|nah)\W*$|(?:probably|definitely|absolutely|of\s+course|never|doubt\s+it|"
    r"not\s+likely|no\s+way|not\s+a\s+chance)\b)"
)
_LEANS_BACK_RE = rx(
    r"\b(?:it|this|that|them|these|those|one|he|she|him|her|his|they|there)\b|^\W*(?:what|wat|wot|which|how|who|"
    r"where|when|thoughts|ideas|advice|suggestions)\b"
)
_SHORT = 8
"""A request of at most this many words with no topic of its own takes the topic of the sentences around it."""
# A comment under an article pointing at its treatment without naming it
# ("where can i get it done", "when will this be available", "my son needs
# this"), or a plea for someone the writer cares for ("help my mother").
_ARTICLE_REF_RE = rx(
    r"\b(?:get|have|had|having|afford|offer\w*|access|receive|qualify\s+for|sign\s+up\s+for)\s+"
    r"(?:it|this|that)\b(?!\s+(?:is|was|'s))"
    r"|\b(?:it|this|that)\s+(?:\w+\s+)?(?:done|available|approved|offered|work|works|worked|help|helps|cost|costs)\b"
    r"|\b(?:this|the)\s+(?:study|research|article|procedure|programme|program)\b"
    r"|\b(?:go|apply|act)\s+as\s+(?:early|soon)\s+as\b|\bneeds?\s+(?:it|this)\b|\bfind\s+out\s+more\b"
    rf"|\bhelp\s+(?:my|our)\s+(?:\w+\s+)?{CARER}\b"
)
_GATED = frozenset({SEEKING, GIVING})
_QUESTION_STEP_CUES = frozenset(c.name for c in CUES.cues if c.step == "questions")
_ANY_TOPIC = frozenset(c.name for c in CUES.cues if "any_topic" in c.flags)


def _hit(name: str, start: int, end: int) -> Hit:
    return hit_for(_CUES[name], start, end)


def is_request(doc: Document, i: int) -> bool:
    """True when sentence ``i`` asks something: a question mark, or the shape
    of a question without one (not ending in "!")."""
    sent = doc.sentences[i]
    if sent.question:
        return True
    chunk = doc.text[sent.start:sent.end].rstrip()
    if chunk.endswith("!"):
        return False
    return bool(_UNMARKED_QUESTION_RE.match(chunk)) or any(
        _INNER_QUESTION_RE.match(chunk, m.end()) for m in _CLAUSE_RE.finditer(chunk)
    )


def request_hits(doc: Document, topics: Topics) -> list[Hit]:
    """A request (:func:`is_request`) whose topic is medical, not rhetorical,
    not in reported speech, not curiosity about a study."""
    hits: list[Hit] = []
    text = doc.text
    for i, sent in enumerate(doc.sentences):
        if not is_request(doc, i) or doc.in_reported(sent.start, sent.end):
            continue
        end = sent.end
        while end > sent.start and text[end - 1].isspace():
            end -= 1
        chunk = text[sent.start:end]
        if _not_asking(doc, i, chunk):
            continue
        if _asks_about_health(doc, topics, i, chunk):
            hits.append(_hit("medical_request", sent.start, end))
    return hits


def _not_asking(doc: Document, i: int, chunk: str) -> bool:
    """True when the question in sentence ``i`` (``chunk``) asks for nothing:
    someone else's question in quotes, a rhetorical aside, curiosity, a
    suggestion in question form, a complaint ("Why do the clinics ...?")."""
    sent = doc.sentences[i]
    mark = chunk.rfind("?")
    if mark >= 0 and doc.in_reported(sent.start + mark, sent.start + mark + 1):
        return True
    if _RHETORICAL_RE.match(chunk) or _NOT_ASKING_RE.match(chunk) or _curious(doc, i) or _self_answered(doc, i):
        return True
    return chunk.lstrip(" \"'(").lower().startswith(("why ", "y ")) and not _FIRST_PERSON_RE.search(chunk)


def _self_answered(doc: Document, i: int) -> bool:
    """True when the next sentence is a short answer by the writer ("Probably.", "Nope, never.")."""
    if i + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[i + 1]
    answer = doc.text[nxt.start:nxt.end]
    return len(answer.split()) <= 4 and "?" not in answer and bool(_SELF_ANSWER_RE.match(answer))


def _curious(doc: Document, i: int) -> bool:
    """True when this sentence or the next says it is only curiosity."""
    return any(
        _CURIOUS_RE.search(doc.text, doc.sentences[j].start, doc.sentences[j].end)
        for j in (i, i + 1) if j < len(doc.sentences)
    )


def _asks_about_health(doc: Document, topics: Topics, i: int, chunk: str) -> bool:
    """True when the request in sentence ``i`` is about health, asked by or for
    someone here: its own words say so, or (a request that names only MS, or
    a short one that leans on what came before) the sentences around it do; with a person (the writer, a
    relative, the readers) somewhere in the post ("my wife gets spasms at night. ... Are there any meds that
    help with night spasms?")."""
    own = topics.decide(topics.medical[i], topics.other[i])
    if own is None:
        leans = (
            topics.medical[i] > 0
            or (len(chunk.split()) <= _SHORT and _LEANS_BACK_RE.search(chunk))
            or (not topics.other[i] and _ASKS_ABOUT_CASE_RE.match(chunk)
                and (doc.sentences[i].question or _WH_OPENING_RE.match(chunk)))
        )
        if not leans:
            return False
        own = topics.at(i)
    if own != MEDICAL:
        return False
    sents = doc.sentences
    return bool(_READER_OR_SHOULD_RE.search(chunk)) or any(
        s.person or s.author for s in sents
    )


def topic_gate(doc: Document, topics: Topics, hits: list[Hit]) -> list[Hit]:
    """``hits`` with the seeking- and giving-advice hits marked ``gated`` where
    the sentence is about something other than health, where a post names no
    health at all (cues not flagged ``any_topic``), and where a ``questions``
    step question asks for nothing (:func:`_not_asking`). A gated hit still
    shows that its cue fired (``hits()``, the cue examples) but scores nothing
    and is no evidence."""
    # Not one health word in the whole post ("MS" or "diagnosed" only set the
    # scene), and no pointer to the article's treatment.
    silent = not topics.health_words and not _ARTICLE_REF_RE.search(doc.text)
    out: list[Hit] = []
    for h in hits:
        if h.label in _GATED and not h.gated:
            i = doc.sentence_of(h.start)
            topic = topics.at(i)
            if (
                topic == OTHER
                or (silent and topic is None and h.cue not in _ANY_TOPIC)
                or (h.cue in _QUESTION_STEP_CUES and _not_asking(doc, i, doc.text[h.start:h.end]))
            ):
                h = h._replace(gated=True)
        out.append(h)
    return out
