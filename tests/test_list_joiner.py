"""A list read as one phrase ("Ash, Kit and Sam"), in each language: Welsh writes "a" before a consonant and
"ac" before a vowel ("Ash ac Eli"), so the joiner is chosen by the next word's first letter, in Welsh only."""

from __future__ import annotations

import pytest

from safetyworker import i18n


@pytest.fixture
def welsh():
    i18n.set_language("cy")
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(
    ("names", "said"),
    [
        (["Ash", "Sam"], "Ash a Sam"),
        (["Sam", "Eli"], "Sam ac Eli"),
        (["Sam", "Kit", "Owain"], "Sam, Kit ac Owain"),
        (["Sam", "Ûna"], "Sam ac Ûna"),  # an accented vowel is still a vowel
        (["Sam", "ynys"], "Sam ac ynys"),  # y and w are vowels in Welsh
        (["Eli", "Kit"], "Eli a Kit"),  # the next word decides, not the first
        (["Sam"], "Sam"),
        ([], ""),
    ],
)
def test_welsh_says_ac_before_a_vowel_and_a_before_a_consonant(welsh, names, said):
    assert i18n.and_list(names) == said


@pytest.mark.parametrize("names", [["Ash", "Sam"], ["Sam", "Eli"], ["Sam", "Kit", "Owain"]])
def test_english_says_and_whatever_the_letter(names):
    i18n.set_language("en")
    assert i18n.and_list(names) == ", ".join(names[:-1]) + " and " + names[-1]


def test_the_offices_overdue_line_in_welsh_joins_the_names_by_the_rule(welsh):
    from safetyworker.services.visits import Visit, ring_overdue

    def late(worker: str) -> Visit:
        z = "2025-12-08T10:00:00Z"
        return Visit(worker, "C", worker, z, 60, 0, z, "x", None, None, True)

    line = ring_overdue([late("Sam"), late("Eli")])
    assert "Eli ac Sam" not in line and "Eli a Sam" in line, line
    line = ring_overdue([late("Ash"), late("Ifan")])
    assert "Ash ac Ifan" in line, line
