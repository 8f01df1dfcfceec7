"""Regenerate the labelled personal-data dev sets (deterministic, seed fixed).

    .venv/bin/python tests/data/pii_generate.py

Writes tests/data/pii_dev.jsonl and tests/data/pii_nearmiss.jsonl.  Each line is
``{"id": ..., "marked": ...}`` where personal data is marked inline as
``[[TYPE:value]]``.  Every value is invented: phone numbers come only from
fiction ranges (NANP 555-01xx, UK 01632 960xxx / 020 7946 0xxx / 07700 900xxx,
AU 04 9100 xxxx / (02) 5550 xxxx), e-mail domains are example.*, ID numbers are
generated to pass their checksums.  Hand-written texts (HAND_*) sit beside
generated ones; generated texts mix many independent sentence shapes so the
set does not reward memorising one template.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from stdnum import luhn

HERE = Path(__file__).resolve().parent
R = random.Random(20240611)

FIRST = [
    "Terry", "Linda", "Mary", "Jake", "Sandra", "Pete", "Aoife", "Priya", "Colin", "Debbie",
    "Marcus", "Kelly", "Siobhan", "Raj", "Helen", "Gareth", "Noreen", "Dwayne", "Fiona", "Tomasz",
    "Bridget", "Wayne", "Lorraine", "Kev", "Shona", "Anita", "Declan", "Yvonne", "Hamish", "Tanya",
    "Barbara", "Leroy", "Eileen", "Graham", "Rosalind", "Pradeep", "Maureen", "Travis", "Niamh", "Bev",
]
LAST = [
    "Jones", "Okafor", "Kowalczyk", "McAllister", "Pemberton", "Haddad", "Lindqvist", "Ferreira",
    "O'Sullivan", "Whitfield", "Nakamura", "Brennan", "Oyelaran", "Thistlewood", "Garside", "Delacroix",
    "Marchetti", "Byrne", "Henshaw", "Abernathy", "Gallagher", "Patel", "Van der Berg", "Quigley",
    "Rowntree", "Sokolov", "Castellano", "Fairbairn", "Mbeki", "Holloway",
]
RELS = [
    "son", "daughter", "husband", "wife", "mum", "mom", "dad", "brother", "sister", "partner",
    "fiance", "sister-in-law", "grandson", "niece", "best friend", "cousin", "aunt", "boyfriend",
]

DRUG_LINES = [
    "I was on Gylena for 3 years then switched to Tysabri.",
    "Betasersone made me feel like I had flu every other day.",
    "Rebiff injections 3x week were awful for me.",
    "Ocrevus every 6 months, 600 mg, no relapses so far.",
    "Lemtrada round 2 was in 2019.",
    "Copaxone daily for 8 yrs, then Mavenclad.",
    "Kesimpta is a monthly pen, 20 mg.",
    "They offered me Tecfidera but the flushing was bad.",
    "tried Aubagio 14mg, hair thinning",
    "Ocrevious (sp?) didn't stop my progression.",
    "My neuro wants me on Ocrelizumab now.",
    "I take baclofen 10mg three times a day for spasms.",
]
STORY_LINES = [
    "Diagnosed RRMS in 2004, now SPMS.",
    "My EDSS went from 6.5 to 4.0 after HSCT.",
    "EDSS is 7.5 and I use a wheelchair most days.",
    "HSCT in Moscow cost about $45,000 plus flights.",
    "Mexico was $54,500 in 2018.",
    "The clinic in Puebla did 4 weeks of treatment.",
    "MRI shows lesions at C1 and C2.",
    "No new lesions since 2017!",
    "I do physio 4x week.",
    "Infusion starts at 10:30am.",
    "74% of patients had no progression in the trial.",
    "Dr. Burt at Northwestern was the lead on that study.",
    "Professor Sharrack's team in Sheffield runs the StarMS trial.",
    "I read the MIST trial results in JAMA.",
    "PPMS here, 52 years old.",
    "I'm 39 and was diagnosed at age 24.",
    "Had 2 relapses in 2015 and 1 in 2016.",
    "The NHS waiting list is 18 months.",
    "See https://www.mssociety.org.uk/research for more.",
    "It was on clinicaltrials.gov as NCT00273364.",
    "Vitamin D 4000 IU daily.",
    "Walked 200 m with a stick today.",
    "My neurologist at the Royal Hallamshire is supportive.",
    "Cost in Chicago would be over $125,000 and insurance won't pay.",
    "PLEASE HELP ME, I don't know where to turn.",
    "Can my son be a candidate?",
    "Would this work for someone with PPMS?",
    "Fatigue is the worst part honestly.",
    "Went to Clinica Ruiz in Mexico in March 2019.",
    "Sorry for the long post.",
    "God bless all of you.",
]


def pick(seq):
    return R.choice(seq)


def nanp() -> str:
    area = pick(["920", "440", "312", "617", "416", "604", "213", "503", "907", "212"])
    line = f"01{R.randint(0, 99):02d}"
    fmt = pick([
        "{a} 555 {l}", "({a}) 555-{l}", "{a}.555.{l}", "{a}-555-{l}", "+1 {a} 555 {l}",
        "1-{a}-555-{l}", "{a}555{l}", "({a})555-{l}", "+1 ({a}) 555-{l}", "555-{l}",
        "{a} - 555 - {l}", "+1-{a}-555-{l}",
    ])
    return fmt.format(a=area, l=line)


def uk() -> str:
    n3 = f"{R.randint(0, 999):03d}"
    return pick([
        f"07700 900{n3}", f"07700900{n3}", f"+44 7700 900{n3}", f"+44 (0)7700 900 {n3}",
        f"01632 960{n3}", f"(01632) 960 {n3}", f"020 7946 0{n3}", f"+44 20 7946 0{n3}",
        f"0207 946 0{n3}", f"07700-900-{n3}",
    ])


def au() -> str:
    n4 = f"{R.randint(0, 9999):04d}"
    return pick([f"04 9100 {n4}", f"0491 00{n4[:1]} {n4[1:]}", f"+61 4 9100 {n4}", f"(02) 5550 {n4}",
                 f"+61 2 5550 {n4}", f"02 5550 {n4}"])


def phone() -> str:
    return pick([nanp, nanp, nanp, uk, uk, au])()


def email() -> str:
    f, last = pick(FIRST).lower(), pick(LAST).lower().replace(" ", "").replace("'", "")
    user = pick([f"{f}.{last}", f"{f}{last}{R.randint(1, 99)}", f"{f[0]}{last}", f"{f}_{last}",
                 f"{f}ms{R.randint(60, 99)}", f"{last}.family", f"{f}"])
    dom = pick(["example.com", "example.org", "example.net", "mail.example.com", "example.co.uk"])
    d1, d2 = dom.rsplit(".", 1) if dom.count(".") == 1 else (dom.split(".", 1)[0], dom.split(".", 1)[1])
    return pick([
        f"{user}@{dom}", f"{user}@{dom}", f"{user.upper()}@{dom.upper()}", f"{user}@{dom}",
        f"{user} at {d1} dot {d2.replace('.', ' dot ')}", f"{user}[at]{d1}[dot]{d2.replace('.', '[dot]')}",
        f"{user} (at) {d1} (dot) {d2.replace('.', ' (dot) ')}", f"{user} AT {d1} DOT {d2.replace('.', ' DOT ')}",
        f"{user} @ {dom}", f"{user}{{at}}{dom}",
    ])


def url() -> str:
    f, last = pick(FIRST).lower(), pick(LAST).lower().replace(" ", "").replace("'", "")
    return pick([
        f"https://www.facebook.com/{f}.{last}.{R.randint(1, 9)}", f"facebook.com/{f}{last}",
        f"https://www.gofundme.com/f/help-{f}-get-hsct", f"gofundme.com/f/{f}s-stem-cell-fund",
        f"www.justgiving.com/fundraising/{f}-{last}-hsct", f"https://instagram.com/{f}_{last}",
        f"https://{f}{last}msjourney.blogspot.com", f"www.{f}s-hsct-diary.com",
        f"http://{last}family.net/updates", f"https://twitter.com/{f}{last}", f"youtube.com/@{f}sMSvlog",
        f"https://www.linkedin.com/in/{f}-{last}-{R.randint(100, 999)}", f"https://tiktok.com/@{f}.{last}",
        f"{f}{last}.wordpress.com", f"https://gofund.me/{R.randint(10000, 99999):x}",
    ])


def handle() -> str:
    """A sentence carrying a marked social handle."""
    f, last = pick(FIRST).lower(), pick(LAST).lower().replace(" ", "").replace("'", "")
    h = pick([f"{f}_{last}", f"{f}.{last}", f"ms_{f}{R.randint(1, 99)}", f"{f}{last}hsct", f"{f}_the_warrior"])
    return pick([
        f"Find me on insta [[HANDLE:{h}]] if you want to chat.",
        f"my instagram is [[HANDLE:@{h}]]",
        f"DM me on twitter [[HANDLE:@{h}]]",
        f"I'm [[HANDLE:@{h}]] on TikTok, I post my progress.",
        f"snapchat: [[HANDLE:{h}]]",
        f"My facebook is [[HANDLE:{pick(FIRST)} {pick(LAST)}]], add me.",
        f"follow my journey on IG [[HANDLE:@{h}]] x",
        f"Message me on Facebook, I'm [[HANDLE:{h}]] there",
        f"on reddit I'm [[HANDLE:u/{h}]]",
        f"Twitter/X: [[HANDLE:@{h}]]",
        f"you can find me on instagram as [[HANDLE:{h}]]",
    ])


def address() -> str:
    street = pick(["Elm", "Maple", "Kingfisher", "Acacia", "Harbour", "Oak", "Willow", "Station", "Church",
                   "Mill", "Brookside", "Lakeview", "Cedar", "Pinecrest", "Victoria", "Hawthorn"])
    typ = pick(["Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Drive", "Dr.", "Close", "Court", "Way",
                "Crescent", "Terrace", "Boulevard", "Place", "Grove", "Gardens"])
    num = R.randint(1, 4999)
    return pick([
        f"{num} {street} {typ}",
        f"{num} {street} {typ}, Springfield, IL 62704",
        f"{num} {street} {typ}, Leeds LS6 2QT",
        f"Flat {R.randint(1, 20)}, {num} {street} {typ}",
        f"PO Box {R.randint(100, 9999)}",
        f"P.O. Box {R.randint(100, 9999)}, Green Bay, WI 54301",
        f"{num} {street.lower()} {pick(['street', 'road', 'avenue', 'lane'])}",
        f"{num} {street} {typ} Apt {R.randint(1, 30)}",
        f"{num} N. {street} {typ}",
        f"Unit {R.randint(1, 9)}/{num} {street} {typ}, Parramatta NSW 2150",
        f"{num} {street} {typ}, Cork T12 X8N6",
    ])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def dob() -> str:
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2015)
    mon = MONTHS[m - 1]
    return pick([
        f"born [[DATE_OF_BIRTH:{d:02d}/{m:02d}/{y}]]", f"DOB [[DATE_OF_BIRTH:{m}-{d}-{y}]]",
        f"date of birth: [[DATE_OF_BIRTH:{d} {mon} {y}]]", f"born on [[DATE_OF_BIRTH:{mon} {d}, {y}]]",
        f"D.O.B. [[DATE_OF_BIRTH:{y}-{m:02d}-{d:02d}]]", f"birthday is [[DATE_OF_BIRTH:{d}th {mon}]]",
        f"born [[DATE_OF_BIRTH:{d} {mon[:3]} {y}]]", f"dob: [[DATE_OF_BIRTH:{d}.{m}.{str(y)[2:]}]]",
        f"birthday [[DATE_OF_BIRTH:{mon} {d}]]", f"was born [[DATE_OF_BIRTH:the {d}th of {mon} {y}]]",
    ])


def ssn() -> str:
    from stdnum.us import ssn as s
    while True:
        v = f"{R.randint(100, 665):03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        if s.is_valid(v):
            return v


def nhs() -> str:
    from stdnum.gb import nhs as s
    while True:
        d = "".join(str(R.randint(0, 9)) for _ in range(9))
        for c in "0123456789":
            if s.is_valid(d + c):
                v = d + c
                return pick([f"{v[:3]} {v[3:6]} {v[6:]}", v, f"{v[:3]}-{v[3:6]}-{v[6:]}"])


def card() -> str:
    while True:
        body = pick(["4", "5", "37"]) + "".join(str(R.randint(0, 9)) for _ in range(14 if True else 0))
        body = body[:15]
        v = body + luhn.calc_check_digit(body)
        return pick([f"{v[:4]} {v[4:8]} {v[8:12]} {v[12:]}", f"{v[:4]}-{v[4:8]}-{v[8:12]}-{v[12:]}", v])


def medicare_au() -> str:
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    d = [R.randint(2, 6)] + [R.randint(0, 9) for _ in range(7)]
    c = sum(a * b for a, b in zip(d, w, strict=False)) % 10
    v = "".join(map(str, d)) + str(c) + str(R.randint(1, 9))
    return f"{v[:4]} {v[4:9]} {v[9:]}"


def sin_ca() -> str:
    while True:
        body = str(R.randint(1, 7)) + "".join(str(R.randint(0, 9)) for _ in range(7))
        v = body + luhn.calc_check_digit(body)
        return f"{v[:3]} {v[3:6]} {v[6:]}"


def id_sentence() -> str:
    return pick([
        f"my SSN is [[ID_NUMBER:{ssn()}]] if that helps the clinic",
        f"NHS number [[ID_NUMBER:{nhs()}]]",
        f"My NHS no. is [[ID_NUMBER:{nhs()}]], can you check my referral?",
        f"card [[ID_NUMBER:{card()}]] exp 09/27",
        f"I paid the deposit with my visa [[ID_NUMBER:{card()}]] and never heard back",
        f"Medicare number [[ID_NUMBER:{medicare_au()}]]",
        f"SIN [[ID_NUMBER:{sin_ca()}]]",
        f"social security number: [[ID_NUMBER:{ssn()}]]",
        f"passport number [[ID_NUMBER:{R.choice('ABCDEFGHJK')}{R.randint(1000000, 9999999)}]]",
        f"my insurance member ID is [[ID_NUMBER:XGH{R.randint(100000000, 999999999)}]]",
        f"driver's licence no. [[ID_NUMBER:D{R.randint(100, 999)}-{R.randint(1000, 9999)}-{R.randint(1000, 9999)}]]",
        f"National Insurance number [[ID_NUMBER:QQ {R.randint(10, 99)} {R.randint(10, 99)} {R.randint(10, 99)} C]]",
        f"Medicare MBI [[ID_NUMBER:1EG4-TE5-MK7{R.randint(0, 9)}]]",
        f"policy number [[ID_NUMBER:PN-{R.randint(10000000, 99999999)}]]",
        "the card they have on file is [[ID_NUMBER:4111 1111 1111 1111]]",
        "NHS 943 476 5919 is mine".replace("943 476 5919", "[[ID_NUMBER:943 476 5919]]"),
    ])


def name() -> str:
    return pick(FIRST)


def full() -> str:
    return f"{pick(FIRST)} {pick(LAST)}"


def person_sentence() -> str:
    rel = pick(RELS)
    age = R.randint(8, 80)
    return pick([
        f"My name is [[PERSON:{full()}]] and I have had MS for 12 years.",
        f"Hi, I'm [[PERSON:{name()}]], 45, from Ohio.",
        f"My {rel}, [[PERSON:{name()}]], {age}, was diagnosed last year.",
        f"my {rel} [[PERSON:{name()}]] ({age}) has PPMS",
        f"My {rel} [[PERSON:{full()}]] is {age} and works at Walmart.",
        f"Hi [[PERSON:{name()}]], thank you for sharing.",
        f"Dear [[PERSON:{name()}]],",
        f"Hello [[PERSON:{name()}]]! So glad it worked.",
        f"@[[PERSON:{name()}]] I had the same thing.",
        f"[[PERSON:{name()}]], I'm so sorry to hear that.",
        f"Thanks [[PERSON:{name()}]] for the info.",
        f"Thank you [[PERSON:{full()}]], that means a lot.",
        f"My {rel} is called [[PERSON:{name()}]].",
        f"our daughter [[PERSON:{name()}]] is only {age}",
        f"me and my {rel} [[PERSON:{name()}]] are going to Mexico.",
        f"This is [[PERSON:{name()}]] again, update on my HSCT.",
        f"My {rel} [[PERSON:{name()}]] and I drove to Chicago.",
        f"I am [[PERSON:{full()}]], I live in Texas.",
        f"[[PERSON:{full()}]] here, 3 years post HSCT.",
    ])


def signoff() -> str:
    return pick([
        f"\nThanks, [[PERSON:{full()}]]",
        f"\n\nRegards,\n[[PERSON:{full()}]]",
        f"\nGod bless\n[[PERSON:{name()}]]",
        f"\n-- [[PERSON:{name()}]]",
        f"\nLove [[PERSON:{name()}]] x",
        f"\nBest wishes, [[PERSON:{full()}]]",
        f" Many thanks, [[PERSON:{name()}]]",
        f"\n[[PERSON:{full()}]]",
        f"\n[[PERSON:{full()}]], Ohio",
        f"\nCheers, [[PERSON:{name()}]]",
        f"\nSincerely, [[PERSON:{full()}]]",
        f"\nTake care - [[PERSON:{name()}]]",
        f"\nThank you, [[PERSON:{name()} {pick(LAST)[0]}.]]",
    ])


def phone_sentence() -> str:
    p = phone()
    return pick([
        f"Call me on [[PHONE:{p}]] any time.",
        f"please call me {p}".replace(p, f"[[PHONE:{p}]]"),
        f"my cell is [[PHONE:{p}]]",
        f"Text me at [[PHONE:{p}]] please, I can't type much.",
        f"You can reach us at [[PHONE:{p}]] after 6pm.",
        f"[[PHONE:{p}]] is my mobile",
        f"Tel: [[PHONE:{p}]]",
        f"WhatsApp [[PHONE:{p}]]",
        f"ring me [[PHONE:{p}]]!!",
        f"my number - [[PHONE:{p}]] - call anytime",
        f"home [[PHONE:{p}]] or work [[PHONE:{phone()}]]",
        f"Phone ([[PHONE:{p}]])",
        f"if anyone knows anything please phone [[PHONE:{p}]]",
    ])


def email_sentence() -> str:
    e = email()
    return pick([
        f"My email address is [[EMAIL:{e}]]",
        f"email me at [[EMAIL:{e}]] please",
        f"contact: [[EMAIL:{e}]]",
        f"Please write to [[EMAIL:{e}]], I will answer everyone.",
        f"[[EMAIL:{e}]] is my email",
        f"send info to [[EMAIL:{e}]] thank you",
        f"e-mail [[EMAIL:{e}]]",
    ])


def url_sentence() -> str:
    u = url()
    return pick([
        f"Here is our fundraiser: [[URL:{u}]]",
        f"I blog about it at [[URL:{u}]]",
        f"Please share [[URL:{u}]] x",
        f"My page [[URL:{u}]] has all my MRIs.",
        f"Donate if you can [[URL:{u}]] every dollar helps",
        f"see my profile ([[URL:{u}]])",
        f"[[URL:{u}]]",
    ])


def address_sentence() -> str:
    a = address()
    return pick([
        f"I live at [[ADDRESS:{a}]].",
        f"Send any leaflets to [[ADDRESS:{a}]] please.",
        f"our address is [[ADDRESS:{a}]]",
        f"you can post it to [[ADDRESS:{a}]]",
        f"We are at [[ADDRESS:{a}]], come visit",
        f"mail: [[ADDRESS:{a}]]",
    ])


def dob_sentence() -> str:
    return pick([
        f"I was {dob()}, diagnosed at 30.",
        f"My son was {dob()}.",
        (lambda d: d[0].upper() + d[1:])(dob()),
        f"my {dob()} and I'd love to be walking by then",
        f"Patient: me, {dob()}, RRMS",
    ]).replace("my birthday", "my birthday").replace("my born", "my birthday is")


PII_MAKERS = [phone_sentence] * 5 + [email_sentence] * 4 + [url_sentence] * 3 + [handle] * 2 + \
    [address_sentence] * 2 + [dob_sentence] * 2 + [id_sentence] * 3 + [person_sentence] * 5


def filler(n: int) -> list[str]:
    return [pick(STORY_LINES + DRUG_LINES) for _ in range(n)]


HAND_DEV = [
    "I am 55 with SPMS, EDSS 6.5. Please if anyone knows how to get into this trial call me [[PHONE:(440) 555-0132]]. I'll pay whatever. [[PERSON:Doreen Walsh]]",
    "My son, [[PERSON:Kieran]], 39, has had MS since he was 22. He works at Home Depot and can barely walk now. We are desperate. [[EMAIL:kieran.dad@example.com]]",
    "Hi [[PERSON:Terry]],\nI had HSCT in Moscow in 2016 and went from EDSS 6 to 3.5. Happy to talk, ring me on [[PHONE:07700 900412]] evenings (UK).",
    "we raised the money through [[URL:https://www.gofundme.com/f/send-marisa-to-mexico]] and flew out in June. cost $54,000 total.",
    "Does anyone know if Dr. Burt at Northwestern is still taking patients? My wife [[PERSON:Carol]] (52) has PPMS. Please email [[EMAIL:gbrannigan at example dot com]]",
    "Its been 3 yrs since Rebiff stopped working. Im desperate. my number is [[PHONE:920 555 0147]] and I live in Wisconsin",
    "Born [[DATE_OF_BIRTH:14/02/1971]], diagnosed 1998, on Tysabri 300 mg every 4 weeks. Still walking with one stick.",
    "My daughter [[PERSON:Ella-Mae]] is 10 and was just diagnosed. Age 10!! Is HSCT even possible for kids? Message me on instagram [[HANDLE:@ellamaes_mum]]",
    "Contact me: [[EMAIL:Jo.Pemberton@example.co.uk]] or [[PHONE:+44 20 7946 0371]]. Thanks, [[PERSON:Jo Pemberton]]",
    "I'm [[PERSON:Fergus]]. Had Lemtrada 2 rounds, then HSCT in Puebla. 74% chance they said. No new lesions at C1 and C2.",
    "Please help!!! my husband [[PERSON:Raymond]] cant get out of bed. we are at [[ADDRESS:2210 Birchwood Drive, Macon, GA 31204]] if anyone local knows a good neuro",
    "For anyone who wants the paperwork I put it all at [[URL:www.lindas-hsct-journey.example.com]] (no ads). Regards, [[PERSON:Linda]]",
    "Hello all, my mum [[PERSON:Bernadette O'Rourke]] went to Clinica Ruiz in 2019. She is 67. Her EDSS was 5.5. Email me [[EMAIL:niamh.orourke[at]example[dot]ie]] hmm actually [[EMAIL:niamhor@example.com]]",
    "Can someone tell me if my NHS number [[ID_NUMBER:943 476 5919]] is on the referral list? Sheffield said 18 months.",
    "Mavenclad year 2 done. Lymphocytes low. Text me if you've had the same [[PHONE:+61 4 9100 2231]] - [[PERSON:Shaz]], Brisbane",
    "i'm 29 with RRMS, husband is 31. We live at [[ADDRESS:PO Box 3381]], Alice Springs. no neuro for 500 km.",
    "Thanks everyone for the replies!\n\n[[PERSON:Marjorie]]",
    "We send our love to [[PERSON:Giles]] and his family. Stay strong.",
    "[[PERSON:Yusuf Adebayo]]\n[[PHONE:(02) 5550 7781]]\n[[EMAIL:yusuf.a@example.net]]",
    "my fb is [[HANDLE:Tammy Lindqvist]] - message me and I'll add you to the HSCT group, we have 400 members",
    "I did the ECTRIMS poster session in 2022. Our page: [[URL:https://facebook.com/groups/hsct-warriors-leeds-8812]]",
    "Betasersone, then Gylena, then Ocrevus. 3 drugs in 10 years. Bloody hell. SSN is [[ID_NUMBER:412-33-9021]] if the clinic needs it (they asked me to post it?!)",
    "Good luck [[PERSON:Stacey]]! xx",
    "@[[PERSON:Marguerite]] yes I was at the 10:30am infusion slot too. Small world.",
    "My brother [[PERSON:Connor]] and his wife [[PERSON:Ailsa]] paid $45,000 for the whole thing. Worth it.",
    "date of birth [[DATE_OF_BIRTH:3rd August 1962]], female, SPMS, EDSS 7. Would I qualify? [[PHONE:555-0188]]",
    "My birthday is [[DATE_OF_BIRTH:June 9]] and I want to be walking by then. 4x week physio.",
    "Please pray for my grandson [[PERSON:Mateo]], age 17.",
    "Write to me at [[ADDRESS:47 Hollybush Lane, Sevenoaks TN13 3UL]], I don't do computers much. [[PERSON:Edna]]",
    "Visa [[ID_NUMBER:4539 1488 0343 6467]] was charged twice by the clinic!!! anyone else?",
    "Find us at [[URL:https://www.justgiving.com/crowdfunding/walk-again-wendy]] - thank you all",
    "Call [[PHONE:1-800-555-0199]] and ask for [[PERSON:Rosa]], she helped me.",
    "I'm [[HANDLE:@hsct_hannah]] on insta, 2 years post transplant at Karolinska",
    "Dear [[PERSON:Mr Haddad]], I'm so sorry. My dad went through the same.",
    "My partner [[PERSON:Jules]] is 42, RRMS since 2011, failed Copaxone and Tecfidera.",
    "our son [[PERSON:Oisín]] (19) had his MRI, 12 lesions. Our number [[PHONE:+44 7700 900 118]]",
    "AHSCT gave me my life back. [[PERSON:Mandla Nkosi]], Johannesburg",
    "I'm a nurse, 58, PPMS, email [[EMAIL:SUE.BARTLETT@EXAMPLE.ORG]]",
    "[[PERSON:Agnieszka]] here from Poland, had HSCT in 2017, EDSS 4 to 2.5",
    "Thank you [[PERSON:Dr. Quentin Ashby's]] nurse [[PERSON:Paula]] for the kindness xx".replace("[[PERSON:Dr. Quentin Ashby's]]", "Dr. Ashby's"),
    "Medicare number [[ID_NUMBER:2953 40612 1]] - the clinic in Sydney wanted it",
    "I would love to be in the trial!!! [[PHONE:312.555.0166]] [[PERSON:Tyrone]]",
    "Prof Sharrack's trial in Sheffield is recruiting. Speak to your neurologist. [[PERSON:Cath]]",
    "my wife [[PERSON:Gwen]] was on Tysabri 6 yrs, JCV positive so had to stop",
    "snapchat [[HANDLE:bev_ms_mum]] or whatsapp [[PHONE:07700 900 771]]",
    "We went to [[ADDRESS:1 Harley Street]]? no, it was [[ADDRESS:114 Wimpole Street]], London. Lovely staff.",
    "Kesimpta pens arrive monthly. 20 mg. My dob is [[DATE_OF_BIRTH:12/11/84]] btw in case anyone wonders how young we are",
    "i was born in 1969 and diagnosed in 1991. Call me at [[PHONE:(604) 555-0123]], I'm in Vancouver.",
    "Love to all, [[PERSON:Big Al]]".replace("[[PERSON:Big Al]]", "[[PERSON:Al]]"),
]

HAND_NEAR = [
    "I was diagnosed in 1991 and had HSCT in 2016. EDSS went from 6.5 to 4.0.",
    "Ocrevus 600 mg every 6 months, Kesimpta 20 mg monthly, Gylena, Betasersone, Rebiff - tried them all.",
    "The treatment cost $45,000 in Mexico and $125,000 in Chicago.",
    "My son is 39. My daughter is age 10. I'm 52.",
    "74% of patients were progression free at 3 years.",
    "Lesions at C1 and C2, and one at T4.",
    "Physio 4x week, swimming 2x week.",
    "Infusion at 10:30am, home by 4pm.",
    "Dr. Burt at Northwestern led the MIST trial.",
    "Professor Smith's trial in London is recruiting PPMS patients aged 18-55.",
    "See https://www.nationalmssociety.org/Research and https://clinicaltrials.gov/ct2/show/NCT00273364",
    "The NHS page https://www.nhs.uk/conditions/multiple-sclerosis/ explains the types.",
    "Tysabri, Ocrevus, Lemtrada, Copaxone, Mavenclad, Kesimpta: all DMTs with different risks.",
    "I went to Moscow, then Puebla, then Sheffield. Clinica Ruiz and the Royal Hallamshire were both good.",
    "Over 12 months my walking went from 20 m to 200 m.",
    "Between 2010-2015 I had 6 relapses.",
    "Vitamin D 4000 IU, B12 1000 mcg, magnesium 400mg.",
    "MS affects about 2.8 million people worldwide (MSIF 2020).",
    "The trial enrolled 110 patients across 4 centres in the US, UK, Sweden and Brazil.",
    "Pubmed https://pubmed.ncbi.nlm.nih.gov/30667502/ has the abstract.",
    "My neurologist at the Mayo Clinic in Rochester said no.",
    "Cost was £36,000 at the London Clinic in 2019.",
    "I have 3 kids, 2 dogs and 1 wheelchair.",
    "Relapse in March 2017, steroids 1000mg IV for 3 days.",
    "HSCT (AHSCT) is not the same as mesenchymal stem cells.",
    "EDSS 3.0 in 2015, 3.5 in 2017, 6.0 in 2020.",
    "The MRI at 08:15 took 45 minutes.",
    "Mum is 78 and still drives.",
    "Call your MS nurse or GP first.",
    "Read the Lancet paper by Muraro et al. 2017.",
    "Hi all, thanks for the replies. Stay strong everyone.",
    "Dear all, I hope this helps someone.",
    "The dose is 0.5 mg daily for fingolimod.",
    "It took 6-8 weeks for my counts to come back.",
    "MSIF at https://www.msif.org/ has a map of MS societies.",
    "WHO: https://www.who.int/news-room/fact-sheets/detail/multiple-sclerosis",
    "My EDSS is 5.5, my husband's is 0, lol.",
    "I paid 850,000 rupees in India for HSCT.",
    "Walk 6.1 km in 1:12:30, a new record for me!",
    "Room 12, Ward 4B at the Royal Free was where I stayed.",
    "Born and raised in Ohio, MS since 2009.",
    "My birthday was hard this year, couldn't walk at the party.",
    "Happy birthday to all the June babies!",
    "Grace and hope got me through 2018.",
    "Will this work for PPMS? May I ask how old you were?",
    "Mark my words, HSCT will be standard care in 10 years.",
    "I'm tired, I'm sad, I'm angry.",
    "Thanks again. God bless.",
    "Regards to everyone at the Sheffield group.",
    "Just had Lemtrada round 2. Cheers all!",
]


def expand_marked(s: str) -> str:
    return s


def build() -> tuple[list[dict], list[dict]]:
    dev: list[dict] = []
    for i, t in enumerate(HAND_DEV):
        dev.append({"id": f"hand-{i:03d}", "marked": t})
    i = 0
    while len(dev) < 330:
        parts = filler(R.randint(0, 3))
        k = R.choice([1, 1, 1, 2, 2, 3])
        for _ in range(k):
            parts.insert(R.randint(0, len(parts)), pick(PII_MAKERS)())
        text = " ".join(parts).replace(" \n", "\n")
        if R.random() < 0.3:
            text += signoff()
        if R.random() < 0.06:
            text = text.lower().replace("[[phone:", "[[PHONE:").replace("[[email:", "[[EMAIL:") \
                .replace("[[person:", "[[PERSON:").replace("[[url:", "[[URL:").replace("[[handle:", "[[HANDLE:") \
                .replace("[[address:", "[[ADDRESS:").replace("[[date_of_birth:", "[[DATE_OF_BIRTH:") \
                .replace("[[id_number:", "[[ID_NUMBER:")
        dev.append({"id": f"gen-{i:03d}", "marked": text})
        i += 1
    near: list[dict] = []
    for j, t in enumerate(HAND_NEAR):
        near.append({"id": f"near-hand-{j:03d}", "marked": t})
    j = 0
    while len(near) < 130:
        near.append({"id": f"near-gen-{j:03d}", "marked": " ".join(filler(R.randint(2, 5)))})
        j += 1
    return dev, near


def main() -> None:
    dev, near = build()
    with open(HERE / "pii_dev.jsonl", "w", encoding="utf-8") as f:
        for row in dev:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(HERE / "pii_nearmiss.jsonl", "w", encoding="utf-8") as f:
        for row in near:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(dev), "dev texts,", len(near), "near-miss texts")


if __name__ == "__main__":
    main()
