"""Technical operations of ours go; the plotters' own tools and plans in the same words stay.

Rows are short reports and their release under duty-to-warn.
"""

import pytest
from releases import released

THREAT = "The gang will kill the witness on 22 October."


@pytest.mark.parametrize(
    "text",
    [
        # how we broke into his phone, and what he could notice of it
        "The exploit was delivered in a crafted MMS and survives reboots.",
        "Kastell has not noticed the battery drain.",
        "The controlled account was admitted in July; members do not suspect it.",
        # our listening through his own device
        "On 13 October the handset microphone was switched on for two hours.",
        # how long we may go on, and what our access hangs on
        "Legal authority runs to 31 October.",
        "The warrant has been renewed to 20 November.",
        "Access depends on Kastell keeping this phone; loss is likely if he replaces it.",
        # our request for his data, also where the cut would leave "is subject" alone
        "Crane's Snapchat account @crane.lv20 is already subject to a covert communications "
        "data request, ref CDR-26-1142.",
        "Crane's Snapchat account is already subject to a covert\ncommunications data request.",
        "A communications data request for his number was made on 3 December.",
    ],
)
def test_when_a_sentence_tells_our_operation_then_it_goes(text: str) -> None:
    assert released(f"{THREAT} {text}") == THREAT


@pytest.mark.parametrize(
    "text",
    [
        "The bomber will switch on the device's microphone before he enters the hall.",
        "Pell switched on the camera in the hall and will detonate the bomb at 09:00.",
        "The camera at the gate was switched off on 2 May; the gang will attack at 09:00.",
        "They crafted a fake account and will lure the judge to the car park on 3 May.",
        "The battery of the bomb's timer was changed on 2 May; the bomb will go off at 09:00.",
        "The crew will deliver malware through the staff e-mail and shut down the pumps.",
        "The hackers' exploit was delivered in a crafted e-mail; they will shut down the pumps.",
        "The port authority runs the terminal where the ship will be bombed on 4 May.",
        "The court order against Pell expires on 2 May, after which he plans to kill the judge.",
        "Brandvik has not noticed the car that follows her; the gang will kill her on 2 May.",
        "Access depends on the guard opening the side door; the gunmen will enter at 22:00.",
        "The hackers will send a fake communications data request to the bank to get the "
        "minister's address before they kill him.",
        "The gang filed a data request with the council to find the judge's home, and will "
        "bomb it on 2 May.",
    ],
)
def test_when_the_same_words_tell_the_plotters_acts_then_the_sentence_stays(text: str) -> None:
    assert released(text) == text
