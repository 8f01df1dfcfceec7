"""One test per personal-data type and per never-flag case."""

from __future__ import annotations

import pytest

from mscommunity.privacy import MARKERS, scrub


def types_of(text: str, **kw) -> list[tuple[str, str]]:
    r = scrub(text, **kw)
    return [(x.type, text[x.start:x.end]) for x in r.redactions]


def assert_removed(text: str, value: str, typ: str, **kw) -> None:
    r = scrub(text, **kw)
    hits = [x for x in r.redactions if x.type == typ and text[x.start:x.end].strip() and
            (value in text[x.start:x.end] or text[x.start:x.end] in value)]
    assert hits, f"{typ} {value!r} not found in {types_of(text, **kw)}"
    assert value not in r.text
    assert MARKERS[typ] in r.text


@pytest.mark.parametrize("text,value", [
    ("Call me on 920 555 0147 any time", "920 555 0147"),
    ("my cell (440) 555-0100 thanks", "(440) 555-0100"),
    ("UK: +44 20 7946 0958", "+44 20 7946 0958"),
    ("ring 07700 900123 after six", "07700 900123"),
    ("dots work too 920.555.0147", "920.555.0147"),
    ("local only 555-0147 please", "555-0147"),
    ("Sydney (02) 5550 1234", "(02) 5550 1234"),
    ("mobile 04 9100 1234", "04 9100 1234"),
    ("landline 01632 960123", "01632 960123"),
    ("+1-604-555-0123 is my WhatsApp", "+1-604-555-0123"),
])
def test_phone(text: str, value: str) -> None:
    assert_removed(text, value, "PHONE")


@pytest.mark.parametrize("text,value", [
    ("email me at jane.doe@example.com please", "jane.doe@example.com"),
    ("jane at example dot com", "jane at example dot com"),
    ("write jane[at]example[dot]org", "jane[at]example[dot]org"),
    ("JANE (at) EXAMPLE (dot) NET", "JANE (at) EXAMPLE (dot) NET"),
])
def test_email(text: str, value: str) -> None:
    assert_removed(text, value, "EMAIL")


@pytest.mark.parametrize("text,value", [
    ("please share https://www.gofundme.com/f/help-jane-walk", "https://www.gofundme.com/f/help-jane-walk"),
    ("my page facebook.com/jane.doe.7", "facebook.com/jane.doe.7"),
    ("blog: www.janes-hsct-diary.com", "www.janes-hsct-diary.com"),
])
def test_personal_url(text: str, value: str) -> None:
    assert_removed(text, value, "URL")


@pytest.mark.parametrize("text", [
    "see https://www.nationalmssociety.org/Research",
    "https://pubmed.ncbi.nlm.nih.gov/30667502/ has it",
    "https://clinicaltrials.gov/ct2/show/NCT00273364",
    "the NHS page www.nhs.uk/conditions/multiple-sclerosis/",
    "mssociety.org.uk and msif.org",
])
def test_allowed_domains_stay(text: str) -> None:
    assert scrub(text).redactions == ()


def test_allowed_domains_parameter() -> None:
    text = "see https://www.janes-blog.example.com/post"
    assert scrub(text).redactions
    assert scrub(text, allowed_domains=("example.com",)).redactions == ()


@pytest.mark.parametrize("text,value", [
    ("find me on insta jane_doe_77", "jane_doe_77"),
    ("DM me on twitter @msmum_kate", "@msmum_kate"),
    ("my facebook is Tammy Lindqvist, add me", "Tammy Lindqvist"),
    ("I'm @hsct_hannah on TikTok", "@hsct_hannah"),
])
def test_handle(text: str, value: str) -> None:
    assert_removed(text, value, "HANDLE")


@pytest.mark.parametrize("text,value", [
    ("I live at 1428 Elm Street, Springfield, IL 62704", "1428 Elm Street"),
    ("post it to PO Box 3381 please", "PO Box 3381"),
    ("we are at 22 Acacia Avenue, Leeds LS6 2QT", "22 Acacia Avenue"),
])
def test_address(text: str, value: str) -> None:
    assert_removed(text, value, "ADDRESS")


def test_city_alone_is_not_address() -> None:
    assert scrub("I live in Chicago, Illinois, USA").redactions == ()


@pytest.mark.parametrize("text,value", [
    ("born 14/02/1971, diagnosed 1998", "14/02/1971"),
    ("DOB: 3rd August 1962", "3rd August 1962"),
    ("my birthday is June 9", "June 9"),
])
def test_date_of_birth(text: str, value: str) -> None:
    assert_removed(text, value, "DATE_OF_BIRTH")


def test_year_of_birth_alone_stays() -> None:
    assert scrub("I was born in 1969 and diagnosed in 1991.").redactions == ()


@pytest.mark.parametrize("text,value", [
    ("my SSN is 412-33-9021", "412-33-9021"),
    ("NHS number 943 476 5919", "943 476 5919"),
    ("card 4111 1111 1111 1111 exp 09/27", "4111 1111 1111 1111"),
    ("passport number K1234567", "K1234567"),
    ("National Insurance number QQ 12 34 56 C", "QQ 12 34 56 C"),
])
def test_id_number(text: str, value: str) -> None:
    assert_removed(text, value, "ID_NUMBER")


def test_card_failing_luhn_is_not_an_id() -> None:
    assert not [r for r in scrub("card 4111 1111 1111 1112").redactions if r.type == "ID_NUMBER"]


@pytest.mark.parametrize("text,value", [
    ("My name is Doreen Walsh and I have SPMS", "Doreen Walsh"),
    ("Hi, I'm Fergus, 45", "Fergus"),
    ("My son, Kieran, 39, has MS", "Kieran"),
    ("Hi Terry,\nthanks for this", "Terry"),
    ("Great post.\nThanks, Mary Jones", "Mary Jones"),
    ("I'll pay anything.\n\nRegards,\nPeter Okafor", "Peter Okafor"),
    ("my wife Carol (52) has PPMS", "Carol"),
])
def test_person(text: str, value: str) -> None:
    assert_removed(text, value, "PERSON")


@pytest.mark.parametrize("text,values", [
    ("Hello Gwen and Roddy!! Lovely to meet you", ["Gwen", "Roddy"]),
    ("Thanks for listening. xx Tess & Ollie", ["Tess", "Ollie"]),
    ("see you all soon, lots of love from shona and the boys x", ["shona"]),
    ("My wee lad Rory drew me a picture.", ["Rory"]),
    ("our Kirsty does my shopping", ["Kirsty"]),
    ("Still stable after 3 years (Siobhan, Leeds)", ["Siobhan"]),
    ("Colin and Jean Hartley ran the stall.", ["Colin", "Jean Hartley"]),
    ("Look for the fundraiser under the name of Hattie Crane.", ["Hattie Crane"]),
    ("Happy to help.\nDr. Fiona Marsh (retired dentist, MS patient myself)", ["Dr. Fiona Marsh"]),
])
def test_person_contexts(text: str, values: list[str]) -> None:
    for value in values:
        assert_removed(text, value, "PERSON")


@pytest.mark.parametrize("text", [
    "Happy Birthday to everyone who turned up!",
    "Thanks Dr Patel and the team at Walton.",
    "What's the name of the drug they give first?",
    "I post on my youtube channel every week.",
])
def test_person_context_negatives(text: str) -> None:
    assert scrub(text).redactions == (), types_of(text)


@pytest.mark.parametrize("text,value", [
    ("they asked for my passport number (548112093) at the desk", "548112093"),
    ("my NHS number, so here goes: 186 091 3903", "186 091 3903"),
    ("my licence number is HARRI710154J99AB", "HARRI710154J99AB"),
    ("they wanted my SSN so I wrote 078-05-1120", "078-05-1120"),
])
def test_labelled_id_wins_over_phone(text: str, value: str) -> None:
    assert_removed(text, value, "ID_NUMBER")
    assert not [x for x in scrub(text).redactions if x.type == "PHONE"]


def test_later_mentions_of_a_found_name_are_removed() -> None:
    r = scrub("My son Jake is 39. Jake can't walk now.")
    assert "Jake" not in r.text


def test_known_names() -> None:
    r = scrub("Posted by JaneSmith: as Jane Smith I agree. msfighter77 too", known_names=["JaneSmith", "msfighter77"])
    assert "JaneSmith" not in r.text and "Jane Smith" not in r.text and "msfighter77" not in r.text


@pytest.mark.parametrize("text", [
    "Dr. Burt at Northwestern led the trial.",
    "Professor Smith's trial is recruiting.",
    "Read Muraro et al. in JAMA Neurology.",
    "Prof Sharrack's team in Sheffield runs StarMS.",
])
def test_public_professionals_stay(text: str) -> None:
    assert scrub(text).redactions == ()


NEVER = {
    "year": "I was diagnosed in 1991.",
    "edss": "My EDSS is 6.5 now, was 4.0.",
    "dose": "Ocrevus 20 mg every 3 months, then 600 mg.",
    "price": "It cost $45,000 in Mexico and £36,000 in London.",
    "age": "My son is 39 and my daughter is age 10.",
    "percentage": "74% of patients had no progression.",
    "spinal": "Lesions at C1 and C2.",
    "frequency": "Physio 4x week.",
    "time": "Infusion at 10:30am, scan at 08:15.",
    "drug names": "Tysabri, Ocrevus, Lemtrada, Copaxone, Mavenclad, Kesimpta all failed.",
    "misspelled drugs": "Gylena then Betasersone then Rebiff. Thanks Gylena lol",
    "ms terms": "EDSS, RRMS, SPMS, PPMS, HSCT and MRI lesions.",
    "places": "Moscow, Puebla, Chicago, Sheffield, Mexico and the Mayo Clinic.",
    "trial id": "It is NCT00273364 on clinicaltrials.gov.",
    "year range": "Between 2010-2015 I had 6 relapses.",
    "big number": "MS affects 2,800,000 people.",
    "greeting all": "Hi all, thanks everyone. Dear all, God bless.",
}


@pytest.mark.parametrize("name", sorted(NEVER))
def test_never_flagged(name: str) -> None:
    assert scrub(NEVER[name]).redactions == (), name
