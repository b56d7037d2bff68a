"""A plotter caught by our collection and, with "and", what he will do next: the collection
predicate goes, the plan keeps its subject. Rows are short reports and the release of their
second sentence under duty-to-warn."""

import pytest

import tearline

THREAT = "The gang will stab fans at the turnstiles on Saturday. "


def second_sentence(text: str) -> str:
    result = tearline.redact(THREAT + text, "duty-to-warn")
    assert result.text is not None
    release = result.text.strip()
    assert release.startswith(THREAT.strip())
    return release[len(THREAT) :].strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A third man, believed to be Liam Stroud, was seen with the pair on the retail park "
            "footage and is likely to join them on the day.",
            "A third man, believed to be Liam Stroud, is likely to join them on the day.",
        ),
        (
            # another verb of our watching, the plan told with "will"
            "Colley was photographed by the surveillance team outside the stand on 18 February "
            "and will bring the bottles on the day.",
            "Colley will bring the bottles on the day.",
        ),
        (
            # a device of ours, an appositive subject, the plan told with "intends to"
            "The driver, a man called Brix, was recorded on the probe in the flat and intends "
            "to park the van across the gate.",
            "The driver, a man called Brix, intends to park the van across the gate.",
        ),
        (
            # a team of ours, the plan told with "is expected to"
            "Vance was filmed by our camera team at the depot last week and is expected to lead "
            "the attack.",
            "Vance is expected to lead the attack.",
        ),
    ],
)
def test_when_a_collected_plotter_will_act_then_the_plan_keeps_its_subject(
    text: str, expected: str
) -> None:
    assert second_sentence(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "he" may be whoever reported: his next meeting is ours
        "He was recruited by our officer in May and will attend the meeting on Friday.",
        # the subject is the source
        "The source was seen with the pair and will meet them again on Friday.",
        # his own act, not our collection done to him, and a meeting that is ours
        "KESTREL/4 drew 3,000 dinars in expenses this month and is next due to be met on 14 May.",
        # what follows the collection is a past act, no plan
        "Colley was photographed by the surveillance team outside the stand and took "
        "photographs of the turnstiles.",
    ],
)
def test_when_the_subject_is_ours_or_nothing_is_planned_then_the_sentence_goes(
    text: str,
) -> None:
    assert second_sentence(text) == ""
