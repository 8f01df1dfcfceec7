"""The crisis path on a second set of new posts, each a different wording of a construct.

Written for these tests (not taken from any batch): a desire word before a
death verb, self-harm with a current marker, a method place with a thought, a
bare decision with a day, preparatory acts together, a conditional, a third
person at risk. Risk gets ``crisis`` or at least ``distress``; figurative
symptom talk, ordinary posts and past episodes told as over get neither.
"""

from __future__ import annotations

import pytest

from mscommunity.moderation.assessment import CRISIS, DISTRESS, assess

HELP = {CRISIS, DISTRESS}

RISK = [
    'honestly some days i just hope i dont wake up in the morning',
    'I keep wishing I could just disappear and not be a problem for anyone',
    "my husband said last night he'd rather be dead than go into a home. he's been giving his tools away",
    "I've got my insulin and I know how much it would take. Tonight feels right.",
    'counting out the baclofen again. 40 should do it',
    'I want to go home to God now. I am so tired. Lord take me',
    "i'm ready to check out. the pain won't stop and nobody would even notice",
    'The tracks are five minutes from my flat and I walk there most nights and just stand.',
    'My daughter (17) has been burning herself with a lighter again and she said she wants to go further',
    "If the MRI shows more lesions on Thursday I'm going to end it, I can't do another relapse.",
    'planning to take all my pregabalin after my wife leaves for work monday',
    "I've written a letter for my son and put the house papers in order. I won't need them after this weekend.",
    'im gonna kms fr this time. the ms took everything',
    'Honestly thinking about ctb. Not looking for sympathy, just needed to say it.',
    'i keep imagining driving into the wall on the ring road. it would look like an accident',
    "I just want to be with my wife again. She's been gone two years and I'm done without her.",
    "My partner told me he's going to hang himself in the garage if the benefits get stopped.",
    'cut myself again tonight. the first time in ages. i want to do it more',
    'nobody would notice if i was gone. my kids would be better off with a mum who can walk',
    "I'm going to swallow the lot tonight. sorry everyone",
    'This is my last post here. Thank you for everything, look after each other.',
    "I have a plan and a date. I'm calm about it, which scares me a bit.",
    "I don't want to exist anymore. every day is the same pain",
    "Bought a hose for the exhaust. Don't want to talk about it.",
    "I wish I'd never been born, everything I touch goes wrong and now this diagnosis",
    "I'm going to walk into the sea this weekend and not come back",
    'sat on the edge of the bridge for an hour last night. might go back tonight',
    'stockpiling my tramadol since january. almost enough now',
    "Can't see a way out. I've been looking up how many paracetamol it takes.",
    'I want to unalive myself, the fatigue and the pain are too much',
    "when I can't walk anymore I'll kill myself, I've told my wife that",
    "My mum keeps saying she wants to die and she won't eat. She has her morphine in her drawer.",
    "everyone would be better off without me. i'm just a burden with a wheelchair",
    "i'm going to take my life on saturday, i've chosen the day",
    'I am thinking to take all the tablets and sleep forever',
    "don't want to be here anymore. the relapse took my job and my marriage",
    "I'm done. After the neuro appointment tomorrow I won't be around anymore.",
    'been self harming again since the diagnosis, deeper each time',
    'I have the rope in the shed. I go and look at it most days.',
    "Said goodbye to my cat today and left the back door open for my sister. I'm sorry",
    'i pray every night that god takes me in my sleep',
    "my dad (SPMS) told the nurse he wants to stop existing and he's been refusing his meds",
    "I'm tired of this life. Nobody would miss me.",
    "keep thinking about the pills in the kitchen drawer. there's enough there",
    "Tonight I'll drive to the cliffs. Don't look for me.",
    "My wife has been talking about going to be with her mum who died. She keeps saying it's time.",
    'honestly ready to go. wrote my goodbye letters last night',
    'thinking of ending things before the next relapse takes my hands',
    "I've hidden my razor blades in my pillowcase and I want to use them tonight",
    'the thought of not waking up tomorrow is the only thing that helps',
    'Im going to jump off the multi storey car park. its the only way',
    'My teenage son told me he wants to kill himself and he has been looking at ropes online',
    "if my neuro says progression again I won't be here for christmas",
    "i just want to die, i'm so sick of this disease",
    "I feel like a burden and I've started giving my things away to friends",
    "not sure how much longer i can keep going. i've been thinking about how to end it",
    "Been sitting in the car in the garage with the engine running for a while. Don't know why I'm posting",
    "The voices are back telling me to hurt myself and I've been scratching my arms till they bleed",
    'I want everything to stop. Permanently.',
    "I've been researching Dignitas and writing to my kids. I'm ready.",
]

FIGURATIVE = [
    'This fatigue is absolutely killing me today',
    "I'd kill for a cold shower right now, the heat is unbearable",
    'My legs are dead after that physio session',
    'Spasticity will be the death of me lol',
    'dying for a cup of tea after the infusion',
    "I'm dead tired, slept 11 hours and still exhausted",
    'The neuropathic pain is murder tonight',
    'my bladder is trying to kill me, four trips to the loo before midnight',
    'that MRI noise nearly killed me, so loud',
    'I could sleep forever after a relapse, the fatigue is crazy',
    "My hands are dead today, can't open jars",
    'Baclofen makes me feel half dead in the mornings, is that normal?',
    'These stairs will be the end of me haha',
    'I wanted the ground to swallow me up when I fell in Tesco',
    'The itching is driving me insane, I want to rip my skin off',
    "Honestly I'd die for a night without spasms",
    'my brain fog is killing my career lol',
    "I'm so done with this heat, roll on autumn",
    'Cutting out gluten again to see if it helps the fatigue',
    'I just want this week to be over, three appointments and a scan',
    "I'm dying to know if anyone has tried the new cooling vest",
    'This heat is going to kill me, 32 degrees and no aircon',
    'Ugh my legs died halfway round the shop',
    'Killing time in the waiting room, the neuro is running late',
    "I'd rather die than go back on interferon injections lol, those flu symptoms!",
    'The fatigue knocked me dead this afternoon',
    'Drop dead gorgeous weather for my walk today',
    'Physio absolutely murdered my legs today',
    "I literally want to die of embarrassment, fell over in front of my son's teacher",
    'My cat will be the death of me, she wakes me at 5',
]

ORDINARY = [
    'Does anyone take their baclofen at night? I have a whole box and wonder about timing.',
    'Went for a walk by the river with my husband today, first time in months.',
    "My son is at uni and doing well, I'm so proud.",
    "Our dog died last week and I'm gutted, he was 14.",
    "I'm done with the PIP form finally! Took me three days.",
    "I've decided to go with Ocrevus after all, first infusion next Tuesday.",
    'Gave my old wheelchair to the charity shop, got a lighter one on the NHS.',
    'Changed my will after the diagnosis, sensible thing to do. Anyone know a good solicitor?',
    'The bridge on the A road is closed so the drive to the hospital takes forever.',
    "Anyone else's cat sleep on their legs when the spasms start?",
    'Deleted facebook, too many miracle cure posts.',
    "I'm going out on my scooter tonight to see the fireworks.",
    'My nan passed away last year at 94, she was my hero.',
    'how many of you take vitamin d and at what dose?',
    "Cut my hair short because I can't lift my arms to dry it anymore.",
    'Finished my last infusion of the cycle today, home now.',
    "Just decided: I'm going to the conference on Saturday.",
    'The drive home from the MS centre is the worst, I always get tired near the tracks.',
    'My husband cleared out the garage so I can park the car inside, helps with the wheelchair.',
    'thank you all for everything this year, this group has been great. Merry Christmas!',
    'My partner and I are going to check out the new accessible cinema this weekend.',
    'I want to disappear under a duvet for the whole weekend, recovery from the flare is slow.',
    'Anyone read the new study on suicide risk after MS diagnosis?',
    "I'm not going to be here next week, holiday in Wales!",
    "I won't be around for the meetup in March, sorry all.",
    'Found a great pharmacist who delivers all my meds, so helpful',
    'Took all my tablets with breakfast like the nurse said, much easier',
    'We went over the Humber bridge on the way to the coast, lovely day',
    "My son is going to uni in September, I'm so proud and a bit sad",
    "The garage sorted my car's hand controls at last",
    'How do you keep sharps like needles and blades safe with kids around?',
    'My friend from the group passed away last month. RIP Sue, you were a star.',
    "I'm going to take all the help I can get with the move this weekend.",
    'Sorted out my will and power of attorney this year, very relieved',
    'Anyone know if you can take ibuprofen with baclofen?',
]

PAST = [
    "Five years ago I tried to take my life after the diagnosis. I'm still here and honestly glad I am.",
    "I self-harmed a lot as a teen. Haven't for 12 years. Just sharing because someone asked.",
    "After my first big relapse I didn't want to live. Therapy and time changed that; I'm okay now.",
    "My brother attempted in 2015. He's doing great now, married with twins.",
    "There was a time I had the pills counted out. That was a long time ago, and I'm grateful I'm still here.",
]


@pytest.mark.parametrize("text", RISK)
def test_risk_gets_the_crisis_path(text: str) -> None:
    assert set(assess(text).names) & HELP, text


@pytest.mark.parametrize("text", FIGURATIVE + ORDINARY + PAST)
def test_figurative_ordinary_and_past_get_no_help_label(text: str) -> None:
    names = set(assess(text).names)
    assert not names & HELP, (text, names)


def test_an_explicit_denial_lowers_to_the_gentle_help() -> None:
    result = assess("Some nights I wish I could just not wake up. I'm not suicidal, just exhausted by the pain.")
    assert result.has(DISTRESS) and not result.has(CRISIS), result.names


def test_current_thoughts_override_a_past_episode() -> None:
    text = "Three years ago I wanted to die and I got through it. The thoughts are back and I want to die again."
    assert assess(text).has(CRISIS)


def test_a_milestone_is_past_but_a_broken_one_is_not() -> None:
    assert not set(assess("Two years clean from cutting today, so proud.").names) & HELP
    assert assess("Relapsed. Cut again tonight after two years clean.").has(CRISIS)


def test_every_place_of_a_method_is_read_none_is_an_empty_match():
    """An empty alternative (``a||b``) once matched nothing at every word start, so
    every place after it (a viaduct, a quarry, carbon monoxide ...) was never read."""
    from mscommunity.moderation.assessment import crisis_compose

    pattern = crisis_compose.METHOD_PLACE
    assert pattern.search("an ordinary sentence") is None
    for place in ("the viaduct", "a quarry", "the level crossing", "carbon monoxide", "a multi-storey"):
        found = pattern.search(place)
        assert found is not None and found.end() > found.start(), place
