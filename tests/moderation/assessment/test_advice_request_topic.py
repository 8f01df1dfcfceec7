"""Medical advice: the request's own topic, not the post's background (issue 18, round 6).

A post is medical when what it asks or tells the reader concerns health, symptoms, treatment, drugs,
tests, doctors or care; not because a post on an MS site names MS, a diagnosis or a clinician in passing
while asking about money, benefits, insurance, work, school, law, taxes, voting or a letter to a
politician. And a medical request stays medical among money and work words.

Every text here was written for these tests in many registers (general forums without MS, carers,
teachers, tenants, claimants; long stories and one-liners); none is copied from a blind batch.
"""

from __future__ import annotations

import pytest

from mscommunity.moderation.assessment import GIVING, SEEKING, assess
from mscommunity.moderation.assessment.document import build_document
from mscommunity.moderation.assessment.topic import MEDICAL, Topics
from treatments.vocabulary import DEFAULT_VOCABULARY


def advice(text: str) -> set[str]:
    return set(assess(text, treatments=DEFAULT_VOCABULARY).names) & {SEEKING, GIVING}


@pytest.mark.parametrize("text", [
    "I'm 26 and have about 14k in credit card debt spread over three cards. I was off work for two months last year after knee surgery and that's when it got out of hand. Should I go for a consolidation loan or do the avalanche method? My credit score is around 640.",
    "My landlord is refusing to return my deposit because of \"damage\" that was there when I moved in. I have photos from the day I moved in. I've been dealing with depression this year and honestly just want this over with. What are my options here?",
    "First year teacher here, year 4. I have a student who cries every morning at drop off and mum says she's seeing a paediatrician about anxiety. How do I handle the first 20 minutes without losing the rest of the class? Any classroom routines that work?",
    "I was diagnosed with MS in March and my employer has been great so far, but my manager has now put me on a performance plan. Is this something I can take to an employment tribunal? I'm in the UK and have been there 4 years.",
    "Filling in the PIP form for my wife who has MS. The question about preparing food - she can do it some days but not others because of the fatigue. Do we answer for her worst days or an average day? The guidance is so confusing.",
    "Applying for SSDI after my neurologist told me I can't keep working. The lawyer I talked to says most people get denied the first time. Is it worth hiring a lawyer from the start or waiting until the appeal?",
    "My dad has dementia and we need to sort out lasting power of attorney before it gets worse. His GP says he still has capacity for now. Can we do it ourselves online or do we need a solicitor?",
    "Who should I vote for in the local elections if I care about social care funding? My mum has MS and her care package was cut last year. None of the leaflets say anything useful.",
    "I'm writing to my MP about the changes to the work capability assessment. I have MS and have been on ESA for six years. Does anyone have a template or tips on what to include so it doesn't just get a form reply?",
    "We're making our wills and my husband has PPMS. His consultant says his life expectancy is roughly normal but we want to set up a trust for our son. Should we use a solicitor or one of the online will services?",
    "Our travel insurance company is asking for a medical screening because I take Tecfidera. The quote went from 60 to 340 pounds. Are there any insurers that don't charge a fortune for MS?",
    "I'm a secondary school maths teacher with RRMS. Every time I have a relapse I miss a week or two and the head is starting to make comments. Am I protected under the Equality Act? Do I need to tell the governors?",
    "Got a letter from the council saying my housing benefit is being reviewed. I've been in hospital twice this year and missed the first letter. What happens if I miss the deadline? Can they backdate it?",
    "My daughter is doing her GCSEs next summer. She has migraines and sometimes misses exams. How do we apply for special consideration? Does the school do it or do we?",
    "Has anyone here been through a employment tribunal for disability discrimination? My employer refused to let me work from home after my diagnosis even though my whole team does it two days a week. How long did it take and was it worth it?",
    "I'm self-employed and had to stop working for three months after my cancer treatment. Can I claim anything for that time? HMRC says I owe tax on last year still and I don't know how I'll pay it.",
    "Question about Universal Credit. My partner has MS and I'm her carer. If I take a part time job will it affect her UC or my carer's allowance? The earnings limit confuses me.",
    "My ex-husband is using my MS diagnosis to try to get full custody of our kids. My neuro is happy to write a letter saying I'm fine. Would that help in court, or do I need a family law solicitor?",
    "Just got my PIP decision back. 6 points for daily living, 4 for mobility, so nothing. I can barely walk 50 metres on a bad day. Should I ask for a mandatory reconsideration or go straight to tribunal?",
    "Is it worth paying off my mortgage early or putting extra into my pension? I'm 45, have MS, and worry I might have to retire early. My financial adviser says pension but I'm not sure.",
    "Can my employer make me go to occupational health? I've had three sick days this year due to fatigue and now they want an OH referral. I'm worried they're building a case.",
    "My son's school won't let him have extra time in exams even though he has a diagnosis of dyslexia and his paediatrician has written to them. Who do I complain to next?",
    "I'm a nurse and I want to move into teaching. Has anyone done a PGCE later in life? How did you manage the money side during the training year?",
    "Our car is on its last legs and I get the mobility component of PIP. Is the Motability scheme worth it or should we just buy a used car outright?",
    "I got a parking fine at the hospital while I was in for my MRI. The machine was broken. How do I appeal it?",
    "We are selling our house to move somewhere single level because of my husband's MS. Do we have to disclose to buyers that we had a damp problem two years ago?",
    "I need to write a letter to my senator about Medicaid cuts. My sister has MS and relies on Medicaid for her home care. How do I make it personal without oversharing?",
    "Does anyone know whether I can get a council tax reduction for my disabled son? He has cerebral palsy and uses a wheelchair. We had a ramp put in last year.",
    "My employer wants me to sign a settlement agreement after I told them about my diagnosis. They are offering 3 months pay. Is that a reasonable amount, and do I have to get legal advice before signing?",
    "Looking for advice on the student loan. I had to leave university in second year when I got ill. Do I still have to pay back the whole thing?",
    "I'm a carer for my mum who had a stroke. The council wants to do a financial assessment for her care home fees. Will they take her house into account if I live there?",
    "Anyone know if critical illness cover pays out for MS? I took out a policy in 2019 and was diagnosed last month. The insurer is asking for all my GP records going back five years.",
    "I'm trying to budget on ESA and PIP and it's not working. After rent and bills I've got about 40 a week for food. Any tips on cheap meals or where to get help?",
    "My company's HR says I have to use annual leave for my hospital appointments. Is that legal? I have to go to the neuro every three months and the infusion centre every six.",
    "Can I be sacked for being off sick too much if I have MS? I've had 14 days off this year, most because of a relapse in the spring.",
    "Please help. My landlord has served me a section 21 notice and I have two weeks left. I have MS and my daughter has autism. The council says we're not priority. What do I do?",
    "My wife was diagnosed with breast cancer last year and we're behind on our mortgage. The bank has offered a payment holiday. Does this hurt our credit rating? Anyone been through it?",
    "I teach 11th grade history and one of my students told me he is being treated for depression and can't keep up with the workload. What accommodations am I allowed to give without a 504 plan? I don't want to get in trouble with admin.",
    "I was in a car accident and the other driver's insurance is lowballing my claim. I had physical therapy for 12 weeks and still have back pain. Should I get a personal injury lawyer or negotiate myself?",
    "My employer did a random drug test and I tested positive for THC. I have a medical marijuana card for chronic pain. Can they fire me? I'm in Pennsylvania.",
    "I'm 62 with Parkinson's and thinking of taking early retirement. Should I take my social security now or wait until full retirement age? My wife still works.",
    "Is it illegal for an employer to ask about your medical history in an interview? I was asked directly if I had any conditions and said no, and now I'm worried because I take medication for epilepsy.",
    "My tenant stopped paying rent three months ago and says she can't because she's been in and out of hospital. I feel awful but I have a mortgage on the flat. What's the legal process and how long does it take?",
    "How do I explain a two-year gap on my CV? I was off work with long covid and then caring for my dad. I don't want to go into health details at interviews.",
    "Voting question: can I get a postal vote permanently because of my disability? I use a wheelchair and my polling station has steps.",
    "Our school is cutting the teaching assistant who supports my son. He has type 1 diabetes and she checks his levels at lunch. What can we do to fight this? Should we go to the governors?",
    "My brother died last month without a will. He had been ill with MS for years and I was his main carer. His ex-wife says she's entitled to everything. Is that true in Scotland?",
    "I'm a teacher with fibromyalgia and I'm exhausted by Friday every week. Would going down to four days affect my teacher's pension much? Anyone done the maths?",
    "Does anyone know if I can claim the cost of my wheelchair back on my taxes? I'm in Canada and the disability tax credit form asks for a doctor to sign it.",
    "Trying to get a blue badge for my husband who has MS. The council turned him down saying he can walk. Do I appeal or reapply with a letter from his neuro?",
    "Got my ESA50 form today. Does anyone have tips for filling it out? I have MS, fatigue and bladder problems and I never know how much detail to give.",
    "My employer is refusing to make reasonable adjustments. I asked for a parking space near the door because my legs get weak after 100 metres. They said no. Is this discrimination?",
    "My sister wants to borrow 5000 pounds for IVF. I have it in savings but I'm worried she won't pay it back. How do I say no without ruining our relationship?",
    "I'm a union rep and a member with MS has come to me because she's being moved to a different department after a long sickness absence. What should I be asking management for at the meeting?",
    "Can anyone recommend a good accountant who understands disability benefits and self-employment? I have MS and run a small online shop.",
    "We want to adopt but my husband has RRMS. Will the adoption agency refuse us because of his health? Has anyone been through the assessment?",
    "I want to stand for the local council but I'm worried about the workload with my MS. Has anyone with a chronic illness done it? How many hours a week is it really?",
    "My son's university has put him on academic probation after he missed exams due to a relapse. His MS nurse wrote a letter. How do we appeal the decision?",
    "I need a solicitor for a clinical negligence claim. The hospital missed my diagnosis for three years. How do I find a good one, and is no win no fee a good idea?",
    "Should I take the voluntary redundancy? I'm 55, have MS, and the package is a year's salary. I worry I won't find another job but the work is getting too much.",
    "How do I get a DBS check for a carer I'm employing privately with my direct payments? The council says it's my responsibility now.",
    "I want to complain about the way the DWP assessor treated me. She was rude and wrote that I walked in without difficulty when I used two crutches. Who do I complain to?",
    "Does the Equality Act cover me if I haven't told my employer I have MS yet? I was diagnosed in January and my probation ends in May.",
    "Thinking of switching energy supplier. We run an electric wheelchair and a hoist so our bills are huge. Are there any discounts for disabled households?",
    "My dad is in a care home and the fees are going up 12% this year. His savings will run out by spring. What happens then, does the council take over?",
    "Any advice on writing a personal statement for a PhD in public health? I was diagnosed with MS during my masters and I'm not sure whether to mention it.",
    "Throwaway account. My wife and I are drowning in medical debt from her pregnancy complications, about 38k after insurance. Collections keep calling. Is it better to negotiate with the hospital billing department directly or go through a debt relief company?",
    "I'm a substitute teacher and a kid in my class had a seizure last week. I did what the nurse told us in training but the principal wrote me up for not following protocol. Can he do that? I'm not in the union.",
    "Renter in California here. My apartment has black mold in the bathroom and my kid's asthma has got worse since we moved in. The landlord keeps saying he'll send someone. Can I withhold rent or break the lease?",
    "My mom passed and left the house to me and my brother. He wants to sell, I want to keep it. She had Alzheimer's when she changed the will last year. Can I contest it on capacity grounds?",
    "Is it legal for my boss to ask for a doctor's note for one sick day? The policy says three days. I had food poisoning and he's threatening to write me up.",
    "Thinking about going back to school at 40 to become a nurse. I have about 20k saved. Is it smarter to do an associate's degree at community college first or go straight for a BSN?",
    "Canvassing for the local elections this weekend and someone asked me what our party would do about hospital waiting lists. I froze. How do you handle questions you don't know the answer to on the doorstep?",
    "We got a letter from the IRS saying we owe 4,000 from 2022. My husband was in rehab that year and I didn't file his 1099 income. What's the best way to handle this, can we set up a payment plan?",
    "I'm an NHS nurse and want to strike over pay but I'm worried about patients. What are the rules about which staff have to keep working during strike days?",
    "Our HOA is fining us because we built a wheelchair ramp without approval. My father-in-law lives with us after his stroke. Don't they have to allow it under the Fair Housing Act?",
    "I'm a teaching assistant and one of the kids keeps telling me he's hungry and his dad's \"sick all the time\". I'm worried about neglect. Who do I tell first, the class teacher or the safeguarding lead?",
    "I was injured at work (fell off a ladder, broke my wrist) and my employer is pressuring me not to file a workers comp claim. They're offering to pay my medical bills directly. Is that a trap?",
    "Our 17 year old wants to drop out of sixth form because of her anxiety. The school has been useless. Can she do A levels at home and sit the exams as a private candidate? How much does that cost?",
    "My FSA has 1,200 left in it and it expires at the end of the year. What can I buy with it? Do glasses count?",
    "I'm writing a letter to the editor about the closure of our local hospital's maternity unit. Any tips on getting it printed? The paper never publishes mine.",
    "Got a speeding ticket driving my daughter to A&E at 2am. She had a high fever and was struggling to breathe. Is it worth going to court to explain, or will they just add the points anyway?",
    "Our nanny hurt her back lifting our son and wants to claim against us. Are we liable? We don't have any employer's liability insurance.",
    "My grandad is in hospital and wants to change his will to leave everything to his new partner. The family think he's being pressured. Who do we even talk to about this?",
    "Can my school force me to get vaccinated to go on the Year 10 trip? My parents don't want me to but I really want to go.",
    "I'm a GP receptionist and a patient screamed at me today over a prescription. Management says it's part of the job. Is there anything I can do, union or otherwise?",
    "So some background. I was diagnosed with RRMS in 2019 after optic neuritis, spent a week in hospital with IV steroids, then started Tysabri, switched to Ocrevus last year when I went JCV positive. Physically I'm doing ok, bit of fatigue and my left leg drags when I'm tired. Anyway the reason I'm posting: my employer has just announced everyone has to be back in the office five days a week from January. I've been hybrid for three years. Do I have grounds to ask for home working as a reasonable adjustment, and how do I word the request?",
    "hi all, long time lurker. my husband has SPMS, uses a wheelchair full time, catheter, the lot. I gave up work to look after him. we have been told we might have to pay towards his care now because of his pension. does anyone know how the financial assessment works and whether they count my savings too",
    "Bit of a rant then a question. Spent four hours at the neuro clinic today, waited two hours past my appointment, then a five minute chat about my MRI. Then got home to a letter saying my PIP is being reviewed already, only 18 months after the last one. Do I have to fill in the whole form again or just say what has changed?",
    "My teenage son was diagnosed with MS last spring and has missed loads of school with relapses and hospital visits. His teachers are kind but the school says his attendance is now below 80% and they might fine us. Can they actually do that when it's because of his illness?",
    "Question for the American folks. My neurologist retired and the new one is out of network. My insurance says I have to pay 60% now. Can I appeal to the insurance company to get him covered as in-network since there's no other MS specialist within 100 miles?",
    "ok so I know this isn't strictly MS but I need help. my mum has MS and lives with us, and we're trying to remortgage. the lender wants to know who lives in the house and whether she's paying rent. does her being there affect what we can borrow?",
])
def test_a_request_about_money_work_school_law_or_politics_gets_no_medical_label(text: str) -> None:
    assert advice(text) == set()


@pytest.mark.parametrize("text", [
    "Don't accept the first offer from the insurer, they always lowball. Get a lawyer, most do no win no fee.",
    "You should ask for a mandatory reconsideration within a month, and send your neuro's letter with it. Keep copies of everything.",
    "Definitely tell HR about your diagnosis in writing, it protects you under the Equality Act even if they say they already knew.",
    "I'd recommend writing to your MP, my MP's office got my PIP appeal moving in two weeks.",
    "Always get your will done by a solicitor if there's a disabled child, a discretionary trust protects their benefits.",
    "My advice: keep a diary of every bad day for your ESA form, including when your fatigue stops you cooking or washing. Assessors want specifics.",
    "If you're a teacher with MS, join the union before you need them. They were brilliant when my head tried to push me out.",
    "Check with Citizens Advice before you sign anything from your landlord, and never leave until a court orders it.",
    "You can ask your employer for an access to work assessment, they'll pay for a parking space and a better chair.",
    "Pay off the credit card with the highest interest first and cancel the store cards. It's boring but it works.",
    "Never ever pay a debt collector before asking them to prove the debt. Send a debt validation letter first, there are templates online.",
    "Honestly, just talk to your union rep before the meeting, and don't sign anything on the day.",
    "If you're a new teacher, over-plan your first week and keep a box of spare pencils. The kids will test you.",
    "You should vote, even if you think it won't change anything. Postal votes are easy if getting to the polling station is hard with your MS.",
    "Get everything in writing from the DWP. Phone calls mean nothing at a tribunal.",
])
def test_a_tip_about_benefits_work_law_or_money_is_not_medical_advice(text: str) -> None:
    assert advice(text) == set()


@pytest.mark.parametrize("text", [
    "I've lost my job and can't afford the private physio anymore. Are there any exercises I can do at home for foot drop? My left foot catches every few steps.",
    "My insurance just approved Ocrevus but I'm scared of the side effects. Has anyone had infections on it? How bad were the first infusions?",
    "I can't afford to take more time off work so I need to know: how long did the fatigue last after your steroid course? I'm on day 3 of 5 of IV methylpred.",
    "Money is tight so I've stopped taking my vitamin D. Is that dangerous with MS? What dose should I be on?",
    "My employer's health plan changed and now my copay for Kesimpta is 900 dollars. Should I switch to a cheaper DMT like glatiramer, or is that a step down in effectiveness?",
    "I'm a teacher and I keep getting numbness in my right hand while writing on the board. It's been two weeks. Could this be a relapse? Should I call my MS nurse?",
    "I have my PIP assessment next week and I'm worried about the stress triggering a flare. Does anyone know if stress actually causes relapses?",
    "My dad has MS and has started choking on his food. The carers say it's happening every meal. What should we do, is this something a speech therapist can help with?",
    "I've been working night shifts and my bladder urgency has got much worse. Is there a medication that helps? My GP just said cut down on coffee.",
    "Since starting Tecfidera I get flushing so bad I have to leave meetings at work. Does taking aspirin before really help? How much do people take?",
    "My wife's neurologist wants her to start Lemtrada but we're trying for a baby next year. How long do you have to wait after the last dose before getting pregnant?",
    "I'm writing my will because I'm terrified of the HSCT. What are the real risks of dying from it? The clinic in Mexico says it's under 1 percent.",
    "I had to give up my job because of the heat intolerance. Does anyone have tips for staying cool, cooling vests or anything? Summers are unbearable.",
    "My MRI showed two new lesions but I feel fine. My neuro wants me to switch from Copaxone to Ocrevus. Is that overkill? I don't want to lose my job to infusion days.",
    "Can someone tell me whether it's normal to have pins and needles all down my back when I bend my neck? It started after I moved house.",
    "My son has MS and is doing his A levels. He's sleeping 14 hours a day. Is that the MS or could it be something else like his thyroid? Should we push for blood tests?",
    "I'm on universal credit and can't afford the gym. What kind of exercise actually helps with spasticity? My legs are so stiff in the morning.",
    "Since my diagnosis I've been struggling with memory at work, forgetting names and losing my train of thought. Is cognitive rehab a thing? Who do I ask for it?",
    "my mum cant walk anymore and the council carers only come twice a day. she keeps getting pressure sores on her heels. what can we do to stop them",
    "Would love to hear from anyone who has had Mavenclad while working full time. How bad was the tiredness and did your lymphocytes drop much?",
    "I'm self employed so I can't really take a week off for a relapse. Has anyone found that oral steroids at home work as well as IV ones? My neuro offered both.",
    "Our insurance will only cover Copaxone for now. How effective is it really compared with the newer drugs? My daughter is 19 and just diagnosed.",
    "I teach reception and the kids are always ill. Since starting Ocrevus I've had three chest infections this term. Is this normal or should I ask about switching?",
    "Saving up for HSCT but meanwhile what can I do to slow things down? Diet, exercise, anything that actually helps?",
    "my job involves a lot of driving and my eyesight has gone blurry in one eye since sunday. does this sound like optic neuritis? should i stop driving till i see someone",
    "Anyone with MS done IVF? The clinic wants to know if I should stop my DMT first and for how long. My neuro and the fertility doctor are saying different things.",
    "Long post sorry. Lost my job in March, money is tight, we had to cancel the holiday and sell the car. Stress has been unreal. The last two weeks my right arm has gone numb from the elbow down and I keep dropping cups. I haven't got a neuro appointment till June. Is this a relapse and should I push to be seen sooner?",
    "My PIP tribunal is on Thursday and I've been so stressed I've not slept properly for a week. Now my vision is doubling when I look left. Is that the stress or something I need to get checked before Thursday?",
    "We're moving house next month and my wife (PPMS) gets terrible spasms at night. The new bedroom is upstairs. Are there any meds or stretches that actually help with night spasms? Baclofen makes her too drowsy.",
])
def test_a_medical_request_among_money_and_work_words_stays_medical(text: str) -> None:
    assert SEEKING in advice(text)


@pytest.mark.parametrize("text", [
    "If you can't afford the gym, try chair yoga videos online, they really help with the stiffness. Start with ten minutes a day.",
    "Don't stop your DMT just because the copay went up, talk to the drug company, most of them have a patient assistance programme and keep taking it in the meantime.",
    "You should definitely get your vitamin D levels checked, ask your GP for a blood test. It's free and it's worth knowing.",
    "Before your PIP assessment, take your meds as normal and don't push through the pain to look good. Rest the day before.",
    "If the flushing is bad at work, take Tecfidera with a fatty meal, it made a huge difference for me.",
    "Go to A&E if the numbness spreads to your face or you can't speak properly, don't wait for the MS nurse.",
    "For foot drop, ask for a referral to orthotics for an AFO, and look into FES. Both changed my life.",
    "If your bladder is keeping you up, ask your GP to refer you to the continence service and try cutting fizzy drinks.",
])
def test_a_medical_tip_among_money_and_work_words_stays_medical(text: str) -> None:
    assert GIVING in advice(text)


def _topic(text: str, i: int) -> str | None:
    return Topics(build_document(text, DEFAULT_VOCABULARY)).at(i)


def test_scene_words_alone_never_make_a_request_medical() -> None:
    # "MS", "disabled", "wheelchair", "carer" set the scene; nothing is said about health itself
    scene = "My husband has MS, uses a wheelchair and a hoist, and I am his full-time carer. What would you suggest?"
    assert _topic(scene, 1) is None
    assert advice(scene) == set()
    # one word about health itself is enough for the weighing to decide
    health = "My husband has MS, uses a wheelchair and a hoist, and his legs spasm at night. What would you suggest?"
    assert _topic(health, 1) == MEDICAL


def test_a_confusing_form_is_not_a_symptom_but_being_confused_is() -> None:
    assert Topics(build_document("The guidance is so confusing.", DEFAULT_VOCABULARY)).medical[0] == 0
    assert Topics(build_document("Mum gets confused in the evenings.", DEFAULT_VOCABULARY)).medical[0] >= 1


@pytest.mark.parametrize("text", [
    # money: a co-pay, a price list, an amount of money among treatment names
    "Heads up for US folks: the maker of my DMT runs a copay card, my bill went from $450 to $10 a month. Ask the specialty pharmacy to enrol you.",
    "For anyone budgeting: the clinic quoted me €41,000 for the stem cell protocol, and you have to add about €3,000 for flights and the flat.",
    # reading and leisure
    "Morning Light by Ana Ruiz was a good, honest read about life with MS. Get it from your library.",
    "With my eyes the way they are I listen to audiobooks now, the library app lends them free. Worth asking at yours.",
    # advocacy
    "Please take two minutes to send the action alert on drug pricing to your representatives, the link is on the society's site.",
])
def test_a_tip_about_costs_books_or_advocacy_is_not_medical_advice(text: str) -> None:
    assert advice(text) == set()


@pytest.mark.parametrize("text", [
    "Can I recommend a fan with a water tank to anyone who struggles with the heat?",
    "Could I just suggest a look at the carers' centre in town, they run a good group.",
])
def test_an_offer_in_question_form_is_not_a_request(text: str) -> None:
    assert SEEKING not in advice(text)


def test_an_amount_of_money_is_a_money_detail_that_never_decides_alone() -> None:
    topics = Topics(build_document("The vest cost £60.", DEFAULT_VOCABULARY))
    assert topics.other[0] >= 1.0  # "cost" is a money word, "£60" a detail beside it
    assert Topics(build_document("It was £60.", DEFAULT_VOCABULARY)).other[0] < 1.0


@pytest.mark.parametrize("text", [
    "What's the best way to teach long division to a year 5 class that's all over the place? Half of them still don't know their times tables and one boy has ADHD and can't sit for more than five minutes.",
    "Does anyone know if you can get a refund on a gym membership if you've been told by your doctor not to exercise for six months? They're saying the contract is 12 months no matter what.",
    "My partner has been signed off work with stress for 4 weeks. HR keep calling her at home. Is that allowed? What can she say to them?",
    "I'm a student nurse and failed my last placement because I was off with covid twice. Can I appeal to the university? The deadline is Friday.",
    "Anybody here moved from England to Scotland with a disability? How does the adult disability payment compare to PIP, and do you have to reapply from scratch?",
    "Election leaflets keep promising to fix the NHS. Which party actually has a plan for social care rather than just slogans? Genuinely undecided.",
    "I've been asked to be executor of my aunt's will. She has dementia now and lives in a care home. What does the job actually involve and can I say no?",
    "My 80 year old dad was scammed out of 7,000 pounds by someone pretending to be from his bank. He's been a bit confused lately. Will the bank refund him? Who do we report it to?",
    "I'm a primary school teacher and one of my pupils has type 1 diabetes. Who is responsible for giving insulin at school, me or the school nurse? Can I refuse?",
    "We got a quote of 9,000 for a wet room so my wife can shower safely. Are there grants for this or do we have to pay the lot ourselves?",
    "Anyone successfully claimed PIP for anxiety and depression? Mine got rejected with 0 points and the assessor barely asked me anything. Should I bother with the reconsideration?",
    "Our housing association won't fix the lift and my mum can't manage the stairs since her hip replacement. She's stuck in the flat. Who can we escalate this to?",
    "Hi, I work in a pharmacy and my manager wants me to work 12 hour shifts with one 20 minute break. Is this legal in the UK?",
    "Can I take my employer to tribunal for not paying me sick pay when I was in hospital with a kidney infection? They said I hadn't passed probation.",
    "I have MS and want to start a small business from home making candles. Will it affect my ESA? Do I need to tell the DWP before I make any money?",
    "My husband has had three falls this month and his neurologist has referred him to the falls clinic. The problem is the stairs. We rent from a private landlord and he says we can't put in a stairlift. What are our rights?",
    "So I finally got my diagnosis after two years of tests, MRI, lumbar puncture, evoked potentials, the lot. Relief really. But now I'm panicking about money. I'm a freelance graphic designer, no sick pay, and some weeks I can barely get out of bed with the fatigue. What help is there?",
    "Long time reader. My daughter (14) has MS and is on Tysabri infusions every four weeks which means a day off school each time. The school has now sent us a letter about her attendance and says we could be fined. Thoughts?",
    "My mum's care home keeps giving her the wrong tablets and last week she ended up in A&E. We've complained to the manager twice. Who regulates care homes and how do we make a formal complaint?",
])
def test_more_requests_about_school_work_care_regulation_and_money_get_no_medical_label(text: str) -> None:
    # written after the first sets were tuned on and scored untuned: 0 of 20 (the first five) labelled
    assert advice(text) == set()


@pytest.mark.parametrize("text", [
    "Write down every single thing you struggle with for a week before you fill in the PIP form. The assessors only score what's on paper.",
    "Take someone with you to the tribunal, even just to take notes. And bring your GP letter.",
    "If your employer won't budge, contact ACAS first, it's free and they can start early conciliation.",
    "Don't sign the tenancy renewal until they fix the damp, put the request in writing and keep copies.",
    "As a teacher, I'd say keep your lesson plans simple in the first term and save your energy for behaviour management.",
])
def test_more_tips_about_forms_tribunals_tenancies_and_teaching_are_not_medical_advice(text: str) -> None:
    assert advice(text) == set()


@pytest.mark.parametrize("text", [
    "I work in a school and keep catching every bug going. I'm on Kesimpta. Should I be worried about my immunity? Is there anything I can do to protect myself apart from handwashing?",
    "My boss says I'm slower at work and honestly I can't think straight some days. Is brain fog a relapse symptom or just part of MS? Does anything help with it?",
    "My PIP assessment made me realise how much my walking has gone downhill this year. Is it worth asking my neuro about Fampyra? Has it helped anyone's walking?",
    "I'm trying to save money, so is it safe to buy vitamin D from the supermarket instead of the prescribed one? What strength should I get?",
])
def test_more_medical_requests_among_school_work_and_money_words(text: str) -> None:
    assert SEEKING in advice(text)


@pytest.mark.parametrize("text", [
    # the site itself, a meet-up, a charity, a benefit from another country (written after the held-out batch
    # was scored; none copied from it)
    "Has the font on this forum got smaller for anyone else? I can hardly read it with my eyes. Could whoever runs it fix it?",
    "Anyone near Leeds up for a meet-up in the spring? Somewhere step-free, a Sunday afternoon, just a natter.",
    "My sister can't afford her injections since she lost her job. Is there a foundation or charity here that helps with the cost of medicine?",
    "Applying for NDIS in Australia: get your GP and your neuro to fill in the medical report, and make them describe a bad day.",
])
def test_the_site_a_meet_up_a_charity_or_a_benefit_form_is_not_medical_advice(text: str) -> None:
    assert advice(text) == set()
