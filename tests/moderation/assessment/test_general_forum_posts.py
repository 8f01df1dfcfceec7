"""Posts from general forums about other things (money, school, tenancy, work) get no crisis path
and are not rejected as spam: figures of speech, someone else's last message, a question about
one's own photos or job. Written for these tests, in the registers of such forums."""

import pytest

from mscommunity.moderation.assessment import assess
from mscommunity.moderation.policy import REJECT, Trust, decide

HELP = {"crisis", "distress"}


@pytest.mark.parametrize("text", [
    "Two essays due on Friday and a shift on Saturday, honestly that timetable is suicide.",
    "cycling to work in this ice would be suicide, bus it is",
    "Had an overdose of caffeine at the conference, jittery all afternoon lol",
    "The builder vanished with the deposit. Last message from him was in May saying the tiles were on order. "
    "Can I take him to small claims?",
    "her last texts were all about the dog, she sounded fine. anyway the vet bill is £400, any ideas?",
])
def test_figures_of_speech_and_other_peoples_messages_get_no_help_path(text: str) -> None:
    assert not HELP & set(assess(text).labels)


@pytest.mark.parametrize("text", [
    "I want to die. This is my last message, tell my sister I'm sorry.",
    "going to take all my pills tonight, this time it's suicide for real",
])
def test_the_same_words_at_risk_still_get_it(text: str) -> None:
    assert "crisis" in assess(text).labels


@pytest.mark.parametrize("text", [
    "A shop on a craft site is selling prints of my photos, like my actual photos from my Instagram, for £20. "
    "I messaged them and got nothing back. How do I get them taken down? Do I need a solicitor?",
    "Laid off at 57 after twenty years. Honestly, who will hire me now? Sat in the car for an hour.",
])
def test_a_person_asking_about_their_own_things_is_never_rejected_as_spam(text: str) -> None:
    for trust in (Trust(), Trust(is_new_member=True, is_first_post=True)):
        assert decide(assess(text), trust=trust).action != REJECT


@pytest.mark.parametrize("text", [
    "how do u answer whats ur biggest weakness in an interview without sounding fake",
    "Any advice for the strengths and weaknesses question at my teaching interview?",
])
def test_a_weakness_asked_about_at_interview_is_no_medical_question(text: str) -> None:
    assert not {"seeking_advice", "giving_advice"} & set(assess(text).labels)


def test_weakness_of_a_leg_is_still_a_symptom() -> None:
    assert "seeking_advice" in assess("My left leg weakness is worse since the relapse, any advice?").labels
