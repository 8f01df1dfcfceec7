"""Medical advice as members really write it (issue 18).

Seeking and giving advice are about health, symptoms, treatment, tests,
doctors and care. A question or a tip about money, benefits, insurance, work,
law, school or daily life is welcome and gets no medical label, even when
the writer names MS. Requests come in any form (no question mark, a closing
"Thoughts", a carer asking for someone else, a request to be considered for a
trial); advice is an instruction or recommendation aimed at a reader, not a
narrative with "should" in it or a doctor's words reported.

Every text here was written for these tests (none is copied from a blind
batch).
"""

from __future__ import annotations

import pytest

from mscommunity.moderation.assessment import GIVING, SEEKING, assess, hits
from mscommunity.moderation.assessment.document import build_document
from mscommunity.moderation.assessment.topic import MEDICAL, OTHER, Topics
from treatments.vocabulary import DEFAULT_VOCABULARY


def advice(text: str) -> set[str]:
    return set(assess(text, treatments=DEFAULT_VOCABULARY).names) & {SEEKING, GIVING}


# ------------------------------------------------------------ other topics


@pytest.mark.parametrize("text", [
    # benefits, money, insurance (MS named, still not medical advice)
    "Does anyone know if the DWP counts a rollator as an aid for the PIP mobility part?",
    "Quick question about the council tax disability reduction, do you need a letter from the GP for it?",
    "Any recommendations for a mortgage broker who won't panic when you mention MS?",
    "Always get your PIP award letter checked by Citizens Advice before you accept it.",
    "Don't let the insurer fob you off, ask them to put the refusal in writing.",
    "Tip: apply for the Blue Badge as soon as you're diagnosed, the wait is months.",
    # work, school, law
    "Should I tell my new employer about my diagnosis before I sign the contract?",
    "Has anyone used a solicitor for an employment tribunal? How much did it cost?",
    "our son's school says he can't use a laptop in exams even with his hand tremor. what are our rights",
    "Can my landlord refuse to let me put in a grab rail?",
    # a clinician in an admin question
    "Does my GP have to fill in the PIP form or can I just send my own evidence?",
    "My consultant wrote a letter for the tribunal. Should I send the original or a copy?",
    "Is the neurologist's letter enough evidence for my employer to make reasonable adjustments?",
    "Has anyone claimed ESA because of MS fatigue? What did you put on the form?",
    "My MS nurse says I should apply for PIP. How long does it take to hear back?",
    "The hospital parking costs me 30 quid a month for infusions. Can I claim it back from anywhere?",
    "How do I stop my ex using my MS against me in the custody hearing?",
    # daily life and leisure with MS in the background
    "Looking for a wheelchair-friendly hotel in Edinburgh for a long weekend, any ideas?",
    "My husband has MS and we're planning our first cruise. Which cruise lines are good with scooters?",
    "You should all join the MS choir, it's the best night of my week.",
    "My partner has MS and we want to renovate the loft. Any tips on finding an architect?",
    "Any MS folk into photography? What camera would you get for under 500?",
    "Does anyone with MS use a robot vacuum? Worth the money?",
    "I was diagnosed with MS in 2015 and I'm thinking of moving to Spain. Has anyone here done it?",
    # posts that never mention health at all
    "My ex stopped paying child maintenance six months ago. What can I do?",
    "Please help, my neighbour's tree is blocking all the light and he refuses to cut it back. Where do I stand?",
    "Our boiler packed in over the weekend. Do I call the gas company or a plumber first?",
    "Honestly just go to small claims court, it's cheaper than you think.",
    "Which is better for a first car, a Fiesta or a Corsa?",
    "Try the library for free textbooks before you spend a fortune on them.",
])
def test_advice_about_other_things_gets_no_medical_label(text: str) -> None:
    assert advice(text) == set()


@pytest.mark.parametrize("text", [
    "Please help us. Our son is 22, cannot walk, can't hold a spoon. Is there anyone who can help?",
    "Plz contact me my son needs this.",
    "where can i get it done in europe",
])
def test_a_plea_or_a_pointer_to_the_articles_treatment_is_still_health(text: str) -> None:
    assert SEEKING in advice(text)


def test_a_gated_cue_still_shows_it_fired_but_is_no_evidence() -> None:
    text = "You should appeal the tribunal decision, my solicitor says most appeals win."
    fired = [h for h in hits(text, treatments=DEFAULT_VOCABULARY) if h.cue == "you_should"]
    assert fired and all(h.gated for h in fired)
    assert GIVING not in assess(text, treatments=DEFAULT_VOCABULARY).candidates


# ------------------------------------------------------------ seeking


@pytest.mark.parametrize("text", [
    "been on fampyra 3 weeks and my walking is no different, how long did it take for yours to kick in",
    "is it normal for your legs to buzz after a hot shower",
    "My husband's speech has gone slurred since yesterday. Stroke or relapse? He refuses to go to A&E.",
    "Anyone else's eyesight go blurry when they exercise?",
    "What do I say to the neurologist to get taken seriously about the fatigue",
    "So my left hand has been clumsy for a fortnight and now it's spreading up my arm. GP can't see me till the 20th. "
    "Thoughts",
    "my wife is on gilenya and has a cough that wont shift for a month, could it be the drug",
    "Pregnant with our first and on Copaxone. Neuro says carry on, midwife says stop. Really need some guidance.",
    "can u get hsct on nhs or is it only private",
    # long stories that end in an implicit request
    "Sorry this is long. Diagnosed in March, two relapses since, neuro wants Tysabri but I'm JCV positive. "
    "Honestly I'd be grateful for any experiences from people who went on it anyway.",
    # carers asking for someone else, and requests to be considered for a trial
    "My mum (70) has started falling at night and the carers found her on the floor twice. "
    "Is it the new meds or the MS getting worse? we are lost",
    "Hi everyone, carer here. Dad (PPMS) has started choking on his tea. He is 81. "
    "Who should we ask for help with this, the GP or the MS nurse",
    "I'd like to be considered for the HSCT trial in Sheffield if they're still taking people with RRMS. "
    "Who do I contact",
    # written by members whose first language is not English, or in a hurry
    "It is possible to take vitamin D with the Tecfidera? My doctor not answer the phone.",
    "My mother have MS 15 year. Now she cannot sleep because the legs jumping all night. "
    "Please what medicine is good for this",
    "Need to decide by Friday whether to start Ocrevus or Mavenclad. Any input appreciated",
    "any1 had the covid jab on ocrevus, did it work",
    "So confused. Neuro says relapse, GP says infection, nurse says both. Where do I even go from here",
    "I've been reading this forum for months but never posted. My wife was diagnosed with RRMS in January and "
    "started Kesimpta in March. Since then she's had three chest infections and is exhausted all the time. "
    "Her neuro says it's unrelated. I would really value hearing from anyone whose partner had the same.",
])
def test_requests_as_members_write_them(text: str) -> None:
    assert SEEKING in advice(text)


@pytest.mark.parametrize("text", [
    "Does anyone else hate the phrase 'but you look so well'?",
    "Anyone else watching the documentary about HSCT tonight?",
    "What a week. Steroids, no sleep, and the cat was sick on the bed.",
    "Why does every relapse happen right before a holiday?",
    "My neurologist asked me 'how are your legs?' and I just laughed.",
])
def test_asides_and_other_peoples_questions_are_not_requests(text: str) -> None:
    assert SEEKING not in advice(text)


# ------------------------------------------------------------ giving


@pytest.mark.parametrize("text", [
    "Ask for your vitamin D level to be checked, mine was through the floor.",
    "Please don't drive yourself home after the first infusion, the antihistamine knocks you out.",
    "If the baclofen makes you drowsy, take the bigger dose at night and a smaller one in the morning.",
    "To the lady asking about foot drop: get referred for FES, it changed everything for me.",
    "Never let them talk you out of a second opinion.",
    "Get a blue light filter on your phone, it helped my optic neuritis headaches loads.",
    "You really don't want to come off Tysabri without a plan, the rebound can be nasty.",
    "Might be worth asking your MS nurse about a bladder scan.",
    "Maybe try a cooling scarf for the heat? It got me through July.",
    "Ring 111 if the numbness spreads to your face, don't wait for Monday.",
    "You can self-refer to the MS physio in most areas, no need to go through the GP.",
    "Remember to tell the dentist you're on Mavenclad before any extractions.",
    "I'd suggest asking for a bladder scan before they try another tablet.",
    "Chase up the referral yourself, they lose them all the time.",
    "Anyone starting Kesimpta: inject in the thigh not the tummy, it stings less.",
    "Whatever the neuro says, get a copy of your MRI disc for your own records.",
    "Saw a neuro-physio privately last year. Highly recommend it if you can afford it.",
    "Drink cranberry juice and wear cotton, it keeps the UTIs away.",
    "Speaking as a nurse: always report a new symptom that lasts more than 24 hours.",
])
def test_instructions_to_a_reader_are_giving_advice(text: str) -> None:
    assert GIVING in advice(text)


@pytest.mark.parametrize("text", [
    "My neuro told me I should try Kesimpta, so I'm starting next week.",
    "I should really go to bed earlier, my fatigue is always worse when I stay up.",
    "The nurse said to take the Tecfidera with food and the flushing has calmed down a lot.",
    "My wife's consultant said she should stop driving. She cried all the way home.",
    "I told my daughter she should rest more but she never listens.",
    "My GP's exact words were 'stop googling and take the tablets'. Charming.",
    "Went to the pain clinic. They suggested I try pregabalin, so that starts Monday.",
    "I rang 111 last night because my vision went, they sent me to eye casualty.",
    "I had to chase up my referral three times before anyone called me back.",
    "Remember when we thought Copaxone was the only option? Things have come a long way.",
    "I wish someone had told me to get my teeth sorted before Lemtrada. Three fillings later.",
    # encouragement is not advice
    "You should be so proud of yourself for finishing the parkrun after all those relapses.",
    "You should have seen my neuro's face when I walked in without the stick!",
    "I am not a doctor and so I am unable to give any medical advice, but I hope you find the answers you need.",
])
def test_narratives_and_reported_speech_are_not_advice(text: str) -> None:
    assert advice(text) == set()


# ------------------------------------------------------------ the topic model


def _topics(text: str) -> Topics:
    return Topics(build_document(text, DEFAULT_VOCABULARY))


def test_topic_of_a_sentence_its_neighbours_and_the_post() -> None:
    t = _topics("My wife's catheter keeps blocking. Any suggestions?")
    assert t.at(0) == MEDICAL and t.at(1) == MEDICAL  # the closing request takes the topic before it
    t = _topics("My car insurance premium doubled after I declared my MS. Any suggestions?")
    assert t.at(0) == OTHER and t.at(1) == OTHER
    assert _topics("Lovely weather today.").at(0) is None


def test_a_treatment_outweighs_one_money_word_and_ms_alone_does_not_make_it_medical() -> None:
    assert _topics("My insurance refused the Ocrevus again.").at(0) == MEDICAL
    assert _topics("Am I legally required to tell them about MS?").at(0) == OTHER
    assert _topics("My sister-in-law has MS.").other == [0.0]  # "law" inside a relative is no law


# ------------------------------------------------------------ issue 18, second round
# Written for these tests, in the registers members use; none is copied from a blind batch.


@pytest.mark.parametrize("text", [
    # money
    "Should I pay off my student loan early or put the money into my pension? I'm 31 and on a decent salary.",
    "my credit score dropped 80 points after I closed an old card?? does anyone know why this happens",
    "You should always check the small print on balance transfer cards, the fee can wipe out the saving.",
    "Honestly just open a stocks and shares ISA and stick it in a global tracker, stop overthinking it.",
    "Please help, I've got bailiffs coming on Monday about a parking fine I never received. What are my rights?",
    "Just found out my pension provider has been charging 1.5% a year for a decade. Should I move it?",
    "Pay yourself first. Set up a standing order the day after payday and forget it's there.",
    "Does anyone have a good recipe for gluten free bread that doesn't taste like cardboard?",
    # teaching
    "Try cold calling instead of hands up, the quiet ones start engaging once they know they could be asked.",
    "NQT here and I'm drowning in marking. How do experienced teachers keep on top of it?",
    "Struggling with a Year 11 student who just refuses to do anything. Parents don't respond. What would you do?",
    "Start revising in January not April, future you will thank you.",
    # law, work, politics
    "Need some advice please, the letting agent is trying to charge me for a broken boiler that was never working.",
    "My manager keeps moving my shifts with a day's notice. Is that allowed? Zero hours contract.",
    "I've been off work with stress for three weeks and my boss wants a meeting. What should I expect?",
    "Can someone explain how proportional representation would actually work here?",
    "What do you all think of the new drugs policy? Should cannabis be legalised?",
    "Register to vote before the deadline on Friday, it takes five minutes online.",
    "We need advice please. Our son got caught with a small amount of weed at school and now the police want to "
    "interview him. What happens next?",
    # a health word in an everyday phrase
    "PIP face to face assessment next Thursday. What do they actually ask?",
    "If you're buying a car, get keyless entry and push button start.",
    "Who should foot the bill for the ramp, the council or the landlord?",
])
def test_everyday_words_and_phrases_do_not_make_advice_medical(text: str) -> None:
    assert advice(text) == set()


@pytest.mark.parametrize("text", [
    "Been on baclofen 3 years, now the spasms in my calves are back at night. Wondering whether to ask for "
    "tizanidine instead, or if anyone found something better",
    "I suppose my question is whether I should push for an MRI now or wait for the appointment in June.",
    "Any neurologist in the Bristol area you would recommend for a second opinion?",
    "hi all, newbie here. my partner was dx'd with RRMS in june and hes been offerd either tecfidera or kesimpta. "
    "he's terrified of needles but worried about the stomach stuff with tecfidera. not sure what to tell him tbh",
    "My mother has been bedbound for two years and has developed a sore on her heel that isn't healing. "
    "I'd really appreciate hearing from anyone who has dealt with this",
    "Fourth relapse in 18 months and my neuro still wants me to stay on Copaxone. I feel like I'm being ignored. "
    "How do I ask for a switch without sounding pushy",
    "My son is 15 and was just diagnosed. He plays rugby and wants to keep playing. Is contact sport safe with MS",
    "Just had my first Ocrevus and I have a rash on my chest and back today. Is this something to worry about "
    "or just a reaction",
    "My mum is 80 and has just been told she has MS. Where do we even start",
])
def test_more_requests_as_members_write_them(text: str) -> None:
    assert SEEKING in advice(text)


@pytest.mark.parametrize("text", [
    "@Sam honestly push for the bladder scan, mine showed I was retaining half a litre.",
    "Do try the cooling towel thing before you write off summer. Wet it, wring it, round your neck.",
    "For the fatigue I'd pace everything in 20 minute blocks and rest in between, it took me years to learn that.",
    "Can I suggest a perching stool in the kitchen? Saved my legs when cooking.",
    "Keep stretching your calves every morning, even on the bad days.",
    "Dear young people reading this, please do keep moving, even ten minutes of leg lifts in your chair.",
    "If the fatigue is worse in the afternoons, plan the big jobs for the morning and nap after lunch.",
    "Cooling vest. Every summer. Non-negotiable. You'll thank me.",
    "You're not alone. Have a look at the MS Society fatigue course, it's free and it helped me loads.",
    "No harm in asking your neuro about Fampyra, it helped my walking speed a lot.",
    "There's no shame in using a wheelchair for long days out. Save your energy for the fun bits.",
])
def test_more_instructions_to_a_reader(text: str) -> None:
    assert GIVING in advice(text)


@pytest.mark.parametrize("text", [
    "Trust me, the steroid insomnia was awful. Three nights of nothing.",
    "Go figure, the one week I feel great is the week of my neuro appointment.",
    "Keep getting these electric shocks down my back when I look down. Neuro says it's Lhermitte's.",
    "I'd go back to Copaxone tomorrow if it still worked for me, but my scans say otherwise.",
    "Take my Tecfidera with a big breakfast now and the flushing is much better.",
    "Keep up the good work! This site has been my lifeline since I lost my old MS nurse.",
    "Been 5 years since my last relapse. I still get fatigue but I've learned to pace. Nap at 2pm is non-negotiable.",
    "Hope the infusion went well! How are you feeling now?",
    "How did your MRI go? Thinking of you.",
    "Who decided that people with PPMS don't deserve treatment? Makes me so angry.",
    "Does anyone else find it funny how every doctor asks the same questions? lol",
    "I had a meltdown at the pharmacy because they'd run out of my baclofen again. Will I apologise? Probably.",
    "Three years out from HSCT, no new lesions. Happy to answer questions if anyone is considering it.",
])
def test_more_narratives_asides_and_offers_are_not_advice(text: str) -> None:
    assert advice(text) == set()


def test_an_everyday_word_weighs_half_and_a_body_part_someone_has_weighs_full() -> None:
    assert _topics("Pay off the biggest balance first.").medical == [0.0]  # "balance" cancelled by the phrase
    assert _topics("Hands up who marked all weekend.").medical == [0.0]
    assert _topics("Is the balance worse in the heat?").at(0) == MEDICAL
    assert _topics("My legs went again.").medical == [1.0]
    assert _topics("The table legs are wobbly.").medical == [0.5]
    assert _topics("My mum's hands are cold.").medical == [1.0]


@pytest.mark.parametrize(("text", "expected"), [
    # chat register, typos, the subject left out
    ("pls advise, been on tecfidera 2 wks and the flushing is so bad i cant sleep", {SEEKING}),
    ("wat do i do about the pins and needles in my hands, its constant now", {SEEKING}),
    ("Just been offered Ocrevus or Kesimpta, I'm leaning towards the infusion but would appreciate other views",
     {SEEKING}),
    ("u should def ask for a referral to the spasticity clinic, they sorted my baclofen dose out", {GIVING}),
    ("Deffo ask about Fampyra, my walking speed went up loads.", {GIVING}),
    ("Best bet is to ring the MS nurse helpline first thing, they can fast track steroids.", {GIVING}),
    ("Have you tried taking the baclofen at night instead? It made a big difference to my spasms.", {GIVING}),
    # about school, work or money with MS in the background: no medical label
    ("My son wants to study medicine but his grades slipped when I was ill last year. Should he resit or apply "
     "anyway?", set()),
    ("Tip for anyone on PIP: keep a diary of bad days for a month before your review, it makes the form so much "
     "easier.", set()),
    ("Just found out my travel insurance won't cover anything MS related abroad. Which insurers are people using?",
     set()),
    # offers and reports
    ("Happy to share my experience of HSCT in Moscow if anyone wants to message me.", set()),
    ("What worked for me was splitting the baclofen into three smaller doses a day.", set()),
    ("Nothing has made a difference to the fatigue, I've tried it all.", set()),
])
def test_advice_in_chat_register_and_in_passing(text: str, expected: set[str]) -> None:
    assert advice(text) == expected


# ------------------------------------------------------------ issue 18, round 5: the request's own topic
# Written for these tests (none copied from a blind batch): a post about benefits, work or law for someone
# with MS names symptoms and clinicians; what the request is about is what counts.


@pytest.mark.parametrize("text", [
    "How do I describe my fatigue and numbness on the PIP form so they actually understand it",
    "Should I tell my employer about my relapse or just take annual leave and say nothing?",
    "Get your neuro and your MS nurse to write supporting letters for the tribunal. The panel took mine far more "
    "seriously than the assessor's report.",
    "I'm a primary teacher with RRMS. Heat makes my symptoms worse and my classroom is like a greenhouse in June. "
    "Can I ask the head for a fan or a different room, or is that pushing it?",
    "Don't resign. Whatever happens with your symptoms, let them go through the proper process, you keep far more "
    "rights that way.",
    "ESA work capability assessment next week. They want me to go in person but I can barely walk at the moment "
    "and it's two buses. Can I ask for a home visit? what do i say",
    "I've been told I can get my prescriptions free because of the MS, is that true? Do I need a form from the GP",
    "Starting a new job in March. I have RRMS, mostly stable, occasional numbness. Do I declare it on the health "
    "questionnaire?",
    "my wife had to stop working after her last relapse and we are struggling with the bills. are there any grants "
    "for families with ms? anything would help",
    "Does FMLA cover intermittent leave for MS flares or do I need ADA accommodations? My supervisor is being weird "
    "about it.",
    "Hi, english is not my first language. My wife have MS and can not walk far. We want the blue badge. Which "
    "paper we need from the doctor?",
    "First year teacher, completely burnt out by October. I cry in my car most mornings and my anxiety is through "
    "the roof. Does it get better or should I quit?",
    "Is it just me or has the healthcare debate gone completely off the rails? What do people actually think of "
    "single payer?",
])
def test_a_request_framed_by_benefits_work_or_law_is_not_medical(text: str) -> None:
    assert advice(text) == set()


@pytest.mark.parametrize(("text", "label"), [
    ("Should I ask my neuro about Ocrevus? I'm on Copaxone and had two relapses this year.", SEEKING),
    ("I'm a teacher and the fatigue by 3pm is brutal. Has anyone found anything that actually helps with MS "
     "fatigue? Amantadine? Modafinil?", SEEKING),
    ("My employer's occupational health doctor thinks my tremor is from the new medication. Should I ask my neuro "
     "to change it?", SEEKING),
    ("Our son's teacher says he's falling asleep in class since he started the new tablets. Should we ask the "
     "neuro about the dose?", SEEKING),
    ("Pregnant and my employer keeps asking when I'm going back on my DMT. Honestly I don't know myself. When did "
     "you restart after the baby?", SEEKING),
    ("If you work full time, book your infusions on a Friday so you have the weekend to recover from the "
     "steroids.", GIVING),
    ("Please don't stop your DMT just because the bills are hard, talk to your MS nurse first, there are usually "
     "options.", GIVING),
])
def test_a_medical_request_among_work_and_money_words_stays_medical(text: str, label: str) -> None:
    assert label in advice(text)


def test_a_request_without_words_of_its_own_is_weighed_against_the_post_by_distance() -> None:
    t = _topics("PIP review form arrived, the DWP want it back in a month. My legs are worse. Any tips?")
    assert t.at(2) == OTHER  # the neighbour's symptom is outweighed by the institutions around it
    t = _topics("Had to leave work early again. My legs are numb and my bladder is awful. Any tips?")
    assert t.at(2) == MEDICAL
    t = _topics("Insurance denied the Ocrevus again. Do I appeal or switch drugs? What would you do")
    assert t.at(2) == MEDICAL  # a named treatment weighs as much as an insurer: a tie is medical
