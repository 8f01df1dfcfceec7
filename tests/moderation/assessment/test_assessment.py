"""Tests for the text assessment (pure Python, no Django).

The assessment gets its treatment names from the vocabulary it is given; these
tests give it the seed list (``treatments.vocabulary``), which is what a fresh
database holds and what the pipeline passes until staff edit a term.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from mscommunity.moderation.assessment import (
    CRISIS,
    EXPERIENCE,
    GIVING,
    LABEL_NAMES,
    SEEKING,
    SPAM,
    Assessment,
    count_links,
)
from mscommunity.moderation.assessment import assess as assess_with
from treatments.vocabulary import DEFAULT_VOCABULARY, MS_TYPES, TreatmentTerm, Vocabulary

ROOT = Path(__file__).resolve().parents[3]
DEV_SET = ROOT / "tests" / "data" / "advice_dev.jsonl"


def assess(text: object, *, treatments: Vocabulary | list[TreatmentTerm] = DEFAULT_VOCABULARY) -> Assessment:
    """The assessment with the seed treatment vocabulary unless told otherwise."""
    return assess_with(text, treatments=treatments)


def labels(text: str) -> set[str]:
    return set(assess(text).names)


# ---------------------------------------------------------------- seeking


@pytest.mark.parametrize("text", [
    "Would this work for me? I have had RRMS for 6 years.",
    "Am I too late for this at 52?",
    "What should I take for the nerve pain in my feet?",
    "where can i get it done in europe",
    "Should I stop Copaxone before the trial?",
    "What does my MRI mean? It says two new lesions.",
    "PLEASE HELP ME my legs are going",
    "Call me on [phone number removed], I need to talk to someone about my son.",
    "Can my son be a candidate?",
    "Is there anyone who can help my mother?",
    "I'm not sure if I should start Kesimpta now or wait.",
    "Has anybody tried LDN for the fatigue?",
])
def test_seeking_advice_positive(text: str) -> None:
    assert SEEKING in labels(text)


@pytest.mark.parametrize("text", [
    "which clinic is better for ahsct, puebla or moscow?",
    "Thinking of stopping all my meds. Am I mad?",
    "how soon after the last infusion is it safe to fly?",
    "is moscow or puebla cheaper for the transplant",
])
def test_seeking_advice_categories(text: str) -> None:
    assert SEEKING in labels(text)



@pytest.mark.parametrize("text", [
    "How many of the patients in the trial were men?",            # curiosity about the study
    "Why is it always 'promising' and never available?",          # rhetorical, no person
    "I don't know if I should laugh or cry, this is 15 years too late for me.",
    "Anyone else watching the match tonight?",                     # not a health matter
    "I had HSCT in 2018 and I'm doing well.",
])
def test_seeking_advice_negative(text: str) -> None:
    assert SEEKING not in labels(text)


# ---------------------------------------------------------------- giving


@pytest.mark.parametrize("text", [
    "You should ask about HSCT before it's too late.",
    "I highly recommend Ocrevus to anyone with PPMS.",
    "Don't take any of the supplements these clinics sell.",
    "Try CBD oil, 10mg at night.",
    "Go as early as possible.",
    "Sounds like you have optic neuritis.",
    "If I were you I'd push for a second MRI.",
    "Everyone with MS should take vitamin D.",
])
def test_giving_advice_positive(text: str) -> None:
    assert GIVING in labels(text)


@pytest.mark.parametrize("text", [
    "Please never quit a DMT on your own, ring the MS nurse first.",
    "Before you book flights for treatment ask your MS nurse what aftercare you'll need.",
    "Don't go for stem cells if you're past 60 with progressive MS.",
    "Make sure you get copies of every scan.",
    "If the steroids don't work ask about plasma exchange.",
])
def test_giving_advice_categories(text: str) -> None:
    assert GIVING in labels(text)


@pytest.mark.parametrize("text", [
    "tecfidera 240 mg twice a day for 3 years, no relapses",       # own terse report, not dosing advice
    "I'm 58 now and use a rollator outside.",                     # "use" joined to the author's clause
    "I remember when the only option was to rest and wait.",
])
def test_giving_advice_category_negatives(text: str) -> None:
    assert GIVING not in labels(text)


@pytest.mark.parametrize("text", [
    # own experience is not advice
    "I took Tysabri for four years and it helped me a lot.",
    "I take 10mg of baclofen twice a day and it keeps the spasms down.",
    # reported speech is not the author's advice
    "My neurologist told me to try baclofen, so I did.",
    'My doctor said "you should never stop Gilenya suddenly", so I tapered.',
    "My friend says you should stay away from that clinic, and she was right.",
    "I was told 'take it easy' and sent home.",
    # hedged
    "I'm not sure you should read too much into one small trial.",
    "I would never say you should do what I did.",
    # a question is not an instruction
    "Should I try physio again?",
    # encouragement and thanks
    "Stay strong everyone. Take care.",
])
def test_giving_advice_negative(text: str) -> None:
    assert GIVING not in labels(text)


# ---------------------------------------------------------------- crisis


@pytest.mark.parametrize("text", [
    "I want to end it all.",
    "There is no reason to live any more.",
    "I've been thinking of killing myself.",
    "I took all my pills an hour ago.",
    "He hits me when I fall.",
    "my daughter says she wants to die",
    "i dont want to be here anymore",
])
def test_crisis_positive(text: str) -> None:
    assert CRISIS in labels(text)


@pytest.mark.parametrize("text", [
    # stockpiling medicine, with or without a stated plan
    "I've been putting aside a few of my tramadol each week.",
    "hoarding my diazepam, it's my way out",
    # a method said with intent or as a recurring thought
    "Most days I think about driving straight into the canal on the way home.",
    "she says she's going to step in front of a lorry",
    # farewell and finality
    "I won't be sticking around once I need a hoist. I've made my peace with dying.",
    "This is probably going to be my last post, thank you all.",
    # fallen, alone and unable to get up
    "I fell in the kitchen and can't get up, nobody is home until tonight.",
    "been on the bathroom floor since 6am, phone nearly dead",
    # someone else threatening self-harm
    "My wife says she is going to take all her tablets. What do I do?",
    "my son keeps saying he wants to kill himself",
])
def test_crisis_categories(text: str) -> None:
    assert CRISIS in labels(text)


@pytest.mark.parametrize("text", [
    "The fatigue is killing me today lol",
    "I'd kill for a good night's sleep.",
    "Dying to know the results!",
    "I'm not suicidal, just tired of the fatigue.",
    "My wife still beats me at chess.",
    "this heat is killing me",
    "I'd murder a bacon sandwich right now.",
    "Stocking up on meds before the flight to Mexico in case of delays.",
    "I've made my peace with the wheelchair.",
    "Not sticking around for the raffle, too tired.",
    "I'll take all the help I can get.",
    "Fell asleep on the sofa for hours, can't stand this fatigue.",
    "My mum fell last year and couldn't get up, so now she has a pendant alarm.",
    "Thinking about going over the bridge to the clinic in Cardiff next week.",
])
def test_crisis_negative(text: str) -> None:
    assert CRISIS not in labels(text)


# ---------------------------------------------------------------- spam


@pytest.mark.parametrize("text", [
    "you just gained a new reader",
    "Great blog, nice post. Bookmarked your site!",
    "Buy cheap pills online now at www.example.com",
    "https://example.com/offer",
    "Win big at our casino, visit our site today",
    "Miracle cure! Totally cured by Dr. Herbal, contact him on WhatsApp.",
    "Buy now. Buy now. Buy now. Buy now.",
])
def test_spam_positive(text: str) -> None:
    assert SPAM in labels(text)


@pytest.mark.parametrize("text", [
    "Great article, thank you. The comparison with mitoxantrone is interesting.",
    "Thanks for sharing, my mum will want to read it.",
    "The clinic was not cheap, we paid $50,000 for HSCT.",
    "Here is the paper if anyone wants it: https://example.org/paper on HSCT in MS.",
])
def test_spam_negative(text: str) -> None:
    assert SPAM not in labels(text)


@pytest.mark.parametrize("text", [
    "good evening my dear, I am a widower looking for true love, write me on my private email",
    "Hi handsome, I saw your profile and would like to know you better. Kindly reply to my email.",
])
def test_spam_romance_scam(text: str) -> None:
    a = assess(text)
    assert SPAM in a.names and SEEKING not in a.names


def test_certain_spam_scores_high() -> None:
    assert assess("you just gained a new reader").score(SPAM) >= 0.95
    assert assess("http://example.com/a http://example.com/b").score(SPAM) >= 0.95


# ---------------------------------------------------------------- experience


@pytest.mark.parametrize("text", [
    "I had HSCT in Moscow in 2016, EDSS went from 6.5 to 4.",
    "My wife has been on Tysabri for 3 years, no new lesions.",
    "Kesimpta, 18 months. A fever after the first injection, nothing since.",
])
def test_treatment_experience_positive(text: str) -> None:
    a = assess(text)
    assert a.has(EXPERIENCE)
    assert a.treatments


@pytest.mark.parametrize("text", [
    "Her transplant was in Chicago back in 2015 and she is still stable.",
    "A private clinic in Cyprus gave me stem cell injections twice, 20k and no change.",
    "Did the paleo diet for 18 months, lost weight but my walking is no better.",
    "My husband got a WalkAide last year and he trips much less.",
    "A course of IV steroids in March settled the relapse within a fortnight.",
])
def test_treatment_experience_without_a_vocabulary_name(text: str) -> None:
    assert EXPERIENCE in labels(text)


@pytest.mark.parametrize("text", [
    "Is the Wahls diet worth a go?",
    "The clinic in Cancun charges about $45,000.",
    "We watched a documentary about HSCT last night.",
])
def test_treatment_experience_generic_negatives(text: str) -> None:
    assert EXPERIENCE not in labels(text)


def test_treatment_experience_negative_and_slugs() -> None:
    a = assess("Interesting that they used mitoxantrone as the comparator.")
    assert not a.has(EXPERIENCE)
    assert a.treatments == ("mitoxantrone",)
    a = assess("Did Rebiff for six years, then switched to Gylena in 2013. Stable since.")
    assert a.has(EXPERIENCE)
    assert a.treatments == ("interferon-beta-1a", "fingolimod")


# ---------------------------------------------------------------- contracts


def _dev_texts() -> list[str]:
    with DEV_SET.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def test_evidence_offsets_index_the_input() -> None:
    for text in _dev_texts():
        a = assess(text)
        for label in (*a.labels.values(), *a.candidates.values()):
            assert 0.0 <= label.score <= 1.0
            assert label.name in LABEL_NAMES
            for ev in label.evidence:
                assert text[ev.start:ev.end] == ev.phrase
                assert ev.phrase
        for m in a.mentions:
            assert text[m.start:m.end] == m.surface


def test_every_present_label_carries_evidence() -> None:
    for text in _dev_texts():
        for label in assess(text).labels.values():
            assert label.evidence, (text, label)


ODD_INPUTS = [
    "", " ", "\n\n\t", "?", "!!!???...", "💊🙏❤️‍🩹", "\x00\x01\x7f", "\u202e",
    "أريد أن أنهي كل شيء", "אני צריך עזרה בבקשה", "你好吗？",
    "a" * 10_000, ("Should I stop Tysabri? " * 500)[:10_000], "?" * 10_000,
    '"' * 999, "'" * 999, "http://" * 100, "I" + " " * 5000 + "help", None, 42, b"bytes",
]


@pytest.mark.parametrize("text", ODD_INPUTS, ids=range(len(ODD_INPUTS)))
def test_never_raises_on_odd_input(text: object) -> None:
    a = assess(text)
    assert isinstance(a, Assessment)
    json.dumps(a.to_dict())


def test_errors_are_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken step raises: the pipeline, not the assessment, decides to hold the post."""
    import mscommunity.moderation.assessment as assessment

    def broken(doc: object) -> list:
        raise RuntimeError("a broken rule")

    monkeypatch.setattr(assessment, "explain", broken)
    with pytest.raises(RuntimeError):
        assess("Should I stop Tysabri?")


def test_without_a_vocabulary_only_generic_treatment_words_count() -> None:
    assert assess("Tysabri for 3 years, stable.", treatments=[]).treatments == ()
    assert assess_with("I had a stem cell transplant in 2019 and have been stable since.").has(EXPERIENCE)


def test_empty_assessment() -> None:
    a = assess("")
    assert a.names == () and a.treatments == () and a.link_count == 0
    assert not a.has(SEEKING) and a.score(SEEKING) == 0.0


def test_to_dict_is_json_friendly() -> None:
    a = assess("I had HSCT in 2016. Should I have another? You should try it!")
    d = json.loads(json.dumps(a.to_dict()))
    assert {lab["name"] for lab in d["labels"]} == set(a.names)
    assert d["treatments"] == ["ahsct"]
    assert set(d["scores"]) == set(LABEL_NAMES)
    assert all(set(e) == {"phrase", "start", "end"} for lab in d["labels"] for e in lab["evidence"])


def test_links_are_counted() -> None:
    text = "See https://example.org/a and www.example.com, also example.net/x"
    assert assess(text).link_count == 3 == count_links(text)


def test_custom_treatment_vocabulary() -> None:
    terms = [TreatmentTerm("tai-chi", "tai chi", "lifestyle", "Gentle exercise.", MS_TYPES)]
    a = assess("I have done tai chi for 3 years and my balance improved.", treatments=terms)
    assert a.treatments == ("tai-chi",) and a.has(EXPERIENCE)
    assert assess("Tysabri for 3 years", treatments=Vocabulary(terms)).treatments == ()


# ---------------------------------------------------------------- dev set targets


def _bench() -> ModuleType:
    path = ROOT / "bench" / "assess_bench.py"
    spec = importlib.util.spec_from_file_location("assess_bench", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["assess_bench"] = module
    spec.loader.exec_module(module)
    return module


def test_second_dev_file() -> None:
    bench = _bench()
    extra = bench.split(bench.load())["dev2"]
    assert len(extra) >= 120
    counts = {n: sum(n in r["labels"] for r in extra) for n in LABEL_NAMES}
    assert counts[CRISIS] >= 20 and counts[EXPERIENCE] >= 20
    ids = {r["id"] for r in bench.load()} | {r["id"] for r in extra}
    assert len(ids) == len(bench.load()) + len(extra)


def test_dev_set_composition() -> None:
    bench = _bench()
    records = bench.load()
    assert len(records) >= 300
    counts = {n: sum(n in r["labels"] for r in records) for n in LABEL_NAMES}
    assert counts[SEEKING] >= 80 and counts[GIVING] >= 60
    assert counts[CRISIS] >= 20 and counts[SPAM] >= 30
    plain = sum(not bench.NON_PLAIN & set(r["labels"]) for r in records)
    assert plain >= 80
    assert len({r["id"] for r in records}) == len(records)
    assert all(set(r["labels"]) <= set(LABEL_NAMES) for r in records)


@pytest.mark.parametrize("part", ["tune", "holdout", "dev2", "all"])
def test_dev_set_targets(part: str) -> None:
    bench = _bench()
    result = bench.evaluate(bench.split(bench.load())[part])
    for key, target in bench.TARGETS.items():
        assert result.metric(key) >= target, (part, key, result.metric(key))
    assert result.plain_held_share < 0.10
