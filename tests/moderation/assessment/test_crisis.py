"""The crisis path on new, varied posts (written for these tests, not taken from any batch).

A post at current risk gets the ``crisis`` label (or at least ``distress``);
figurative symptom language, ordinary posts and past episodes told as over get
neither. Weaker signs of a hard time get ``distress`` only.
"""

from __future__ import annotations

import pytest

from mscommunity.moderation.assessment import CRISIS, DISTRESS, assess

RISK = [
    "i cant do this anymore. tonight i'm going to take every pill in the house",
    "Dont want to wake up tomorow. Or ever really.",
    "I keep looking at the gun in dads cabinet. Nobody is home till sunday.",
    "thinking about the railway bridge again. it would be quick",
    "I have saved up two boxes of my sleeping tablets. I know what I'm going to do with them.",
    "Is it weird that I've picked a date? My 45th birthday. After that I'm not doing this anymore.",
    "i wanna die. 3 relapses this year and my wife left",
    "My sister told me she has a rope in the loft and she thinks about it when the pain is bad.",
    "Dad (62, PPMS) said tonight he wants to join mum. She died in the spring. He won't pick up his phone.",
    "Drunk and I want my rifle. Sorry.",
    "relapsed. cut my wrists again last night, first time in a year",
    "If the tysabri stops working too then that's it, I'm done, I'll end it.",
    "My boyfriend keeps asking me to kill him. He says he can't live in this body.",
    "see you on the other side everyone x",
    "Bought charcoal and taped the windows. Just wanted someone to know.",
    "I'm 19 and newly diagnosed and I want to kill my self",
    "thinking of sucide every day now",
    "Please tell my kids I loved them.",
    "It would be so easy to just drive into the river on the way home.",
    "my son said he is going to hang himself tonight what do i do",
]
FIGURATIVE = [
    "The heat today is killing me, cooling vest on already.",
    "I could die for a lie-in, the spasms woke me at 4.",
    "My feet are dead after the shopping trip, anyone else get this?",
    "I nearly died of embarrassment when my leg gave way in the queue.",
    "Brain fog is murder today lol, put my keys in the fridge.",
    "Overdosed on chocolate after my infusion, no regrets.",
    "I'll kill my husband if he moves my walking stick one more time 😂",
    "Killer spasms in my calves tonight. Any stretches that help?",
]
ORDINARY = [
    "Does anyone have tips for taking pills when your swallow is weak?",
    "Driving over the bridge to the MS centre tomorrow for my review.",
    "My tablets are ready to collect at the pharmacy, finally.",
    "Going to take all my paperwork to the PIP assessment, wish me luck.",
    "Thank you everyone for the advice about the blue badge!",
    "Cutting down on sugar again has helped my fatigue.",
]
PAST = [
    "Three years ago I swallowed a box of paracetamol. I'm glad I survived, and these days I run our local group.",
    "At my lowest, after my diagnosis, I wanted to die. It gets better: I'm back at work and doing well.",
    "My brother attempted suicide in 2017. He is doing much better now and sends his love to this group.",
]
DISTRESS_ONLY = [
    "I can't take this anymore, three hours on hold to the benefits line.",
    "Feeling so hopeless after the neuro appointment. Just needed to say it.",
    "I hate my body today.",
]


@pytest.mark.parametrize("text", RISK)
def test_risk_gets_the_crisis_label(text: str) -> None:
    assert assess(text).has(CRISIS), text


@pytest.mark.parametrize("text", FIGURATIVE + ORDINARY + PAST)
def test_figurative_ordinary_and_past_get_no_help_label(text: str) -> None:
    names = set(assess(text).names)
    assert not names & {CRISIS, DISTRESS}, (text, names)


@pytest.mark.parametrize("text", DISTRESS_ONLY)
def test_a_hard_time_gets_the_gentle_label(text: str) -> None:
    result = assess(text)
    assert result.has(DISTRESS) and not result.has(CRISIS), (text, result.names)


def test_a_risk_sentence_at_the_end_of_a_long_story_counts() -> None:
    story = " ".join(["My MS started with optic neuritis and then a long spell of numbness in both legs."] * 20)
    assert assess(f"{story} Anyway, tomorrow I'm going to the bridge and I won't be coming back.").has(CRISIS)


def test_a_past_guard_does_not_hide_a_present_risk() -> None:
    text = "Two years ago I tried to end my life and got through it. But tonight I want to die again."
    assert assess(text).has(CRISIS)
