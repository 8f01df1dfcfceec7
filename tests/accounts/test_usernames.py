"""Which usernames are personal data."""

import pytest

from mscommunity.accounts.usernames import EMAIL_REFUSAL, PHONE_REFUSAL, personal_data_refusal


@pytest.mark.parametrize(
    ("username", "refusal"),
    [
        ("jane.doe@gmail.com", EMAIL_REFUSAL),
        ("j_doe+ms@example.co.uk", EMAIL_REFUSAL),
        ("jane@hotmail", EMAIL_REFUSAL),
        ("07700 900123", PHONE_REFUSAL),
        ("+1 312 555 0147", PHONE_REFUSAL),
        ("(312) 555-0147", PHONE_REFUSAL),
        ("0049-30-1234567", PHONE_REFUSAL),
        ("msfighter77", None),
        ("lakeside_lou", None),
        ("born_1975_dx_2019", None),
        ("relapse@night", None),
        ("hopeful_carer", None),
    ],
)
def test_personal_data_refusal(username, refusal):
    assert personal_data_refusal(username) == refusal
