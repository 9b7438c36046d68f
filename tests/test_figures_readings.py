"""Readings of a figure from the words around it: ages without a unit, watts after a blank,
and a rate written after a figure's conversion.

Every sentence here was written for these tests. Each reading has rows that produce it and
minimal-edit look-alikes that must not.
"""

from __future__ import annotations

import pytest

from figure_kit import figures, only


def reading(text: str, surface: str) -> tuple[str, str | None]:
    found = only(text, surface)
    return found.kind, getattr(found, "unit", None)


AGES = [
    ("will-be", "She will be 52 by the spring.", "52"),
    ("turned-on", "The mayor turned 60 on Tuesday.", "60"),
    ("turns-end", "Next week he turns 18.", "18"),
    ("was-when", "He was 19 when he enlisted.", "19"),
    ("has-possessive", "She's 44, and she runs the lab.", "44"),
    ("would-have-turned", "The poet would have turned 100 this year.", "100"),
    ("life-expectancy-is", "Life expectancy for women in the region is about 84 today.", "84"),
    ("life-expectancy-of", "The island has a life expectancy of 79.", "79"),
    ("life-expectancy-stood", "Average life expectancy stood at 71 in 1990.", "71"),
]

NOT_AGES = [
    # a person's figure that is not an age: a unit, a noun, a score or a non-person subject
    ("points-behind", "She was 4 points behind the leader.", "4 points", "measure", "point"),
    ("percent", "He was 52 percent sure of it.", "52 percent", "percent", None),
    ("it-was", "It was 35 on Tuesday.", "35", "number", None),
    ("count-after", "He was 19 votes short.", "19 votes", "count", "votes"),
    ("under-par", "She was 3 under par after the round.", "3", "number", None),
    ("too-large", "He was 500 by then.", "500", "number", None),
    ("life-expectancy-years", "Life expectancy rose by 2 percent.", "2 percent", "percent", None),
]


@pytest.mark.parametrize(("sentence", "surface"), [r[1:] for r in AGES], ids=[r[0] for r in AGES])
def test_age_without_unit(sentence: str, surface: str) -> None:
    assert reading(sentence, surface) == ("measure", "year")


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "unit"), [r[1:] for r in NOT_AGES], ids=[r[0] for r in NOT_AGES]
)
def test_no_age(sentence: str, surface: str, kind: str, unit: str | None) -> None:
    assert reading(sentence, surface) == (kind, unit)


WATTS = [
    ("charger", "The phone ships with a 20 W charger.", "20 W"),
    ("output", "Its speaker has an output of 30 W at full volume.", "30 W"),
    ("bulb", "Swap the old 60 W bulb for an LED.", "60 W"),
    ("glued", "A 65W adapter comes in the box.", "65W"),
]

NOT_WATTS = [
    ("address", "The office moved to 5 W 42nd Street.", "5"),
    ("no-power-word", "Gate 5 W opens at noon.", "5"),
    ("letter-after", "The 20 W-series phones sold out.", "20"),
]


@pytest.mark.parametrize(("sentence", "surface"), [r[1:] for r in WATTS], ids=[r[0] for r in WATTS])
def test_watts_after_a_blank(sentence: str, surface: str) -> None:
    assert reading(sentence, surface) == ("measure", "watt")


@pytest.mark.parametrize(("sentence", "number"), [r[1:] for r in NOT_WATTS], ids=[r[0] for r in NOT_WATTS])
def test_no_watts(sentence: str, number: str) -> None:
    assert all(getattr(c, "unit", None) != "watt" for c in figures(sentence))


def test_rate_after_a_conversion_belongs_to_both_figures() -> None:
    text = "Its 4 billion rupees ($48 million) a year budget was cut."
    money = [c for c in figures(text) if c.kind == "money"]
    assert [(c.text, c.currency, c.per) for c in money] == [
        ("4 billion rupees", "INR", "year"),
        ("$48 million", "USD", "year"),
    ]
    assert money[1].converted_from == money[0].id


@pytest.mark.parametrize(
    "text",
    [
        "Its 4 billion rupees ($48 million) budget was cut a year later.",
        "Its 4 billion rupees ($48 million budget) was cut.",
        "Its 4 billion rupees ($48 million), a year's budget, was cut.",
    ],
    ids=["later", "inside-brackets", "comma"],
)
def test_no_rate_without_one_right_after_the_brackets(text: str) -> None:
    assert all(c.per is None for c in figures(text) if c.kind == "money")


def test_a_rate_of_its_own_is_kept() -> None:
    text = "It pays 300 rupees a day ($3.60 a day) to each worker."
    money = [c for c in figures(text) if c.kind == "money"]
    assert [(c.text, c.per) for c in money] == [("300 rupees a day", "day"), ("$3.60 a day", "day")]


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The state ran a 1.60 billion surplus last year.", "1.60 billion"),
        ("The fund reported a 2.4 million inflow in May.", "2.4 million"),
    ],
)
def test_a_number_after_the_article_is_a_figure(sentence: str, surface: str) -> None:
    assert surface in [c.text for c in figures(sentence)]


def test_a_capital_a_before_a_number_mid_sentence_is_a_name() -> None:
    assert figures("The airline flew the Airbus A 320 to Lyon.") == []


# A unit written once after a list of numbers belongs to each of them.
LISTED = [
    ("Fares rose 5 and 6 percent in 2024 and 2025, respectively.", ["5", "6 percent"], "percent"),
    ("Fares rose 4, 5 and 6 percent over three years.", ["4", "5", "6 percent"], "percent"),
    ("The clinics treated 30 and 45 patients.", ["30", "45 patients"], "count"),
    ("Tickets cost 8, 9 and $10.", ["8", "9", "$10"], "money"),
]
NOT_LISTED = [
    # a range, numbers far apart in size, a year, a number with its own unit
    ("Between 5 and 6 percent of fares rose.", {"5 and 6 percent": "range"}),
    ("The clubs won 5 and 60 games.", {"5": "number", "60 games": "count"}),
    ("In 2024 and 6 percent of cases, fares rose.", {"6 percent": "percent"}),
    ("Fares rose 5% and 6 percent.", {"5%": "percent", "6 percent": "percent"}),
]


@pytest.mark.parametrize(("sentence", "surfaces", "kind"), LISTED, ids=[row[0][:30] for row in LISTED])
def test_a_unit_written_once_for_a_list(sentence: str, surfaces: list[str], kind: str) -> None:
    found = figures(sentence)
    assert [c.text for c in found] == surfaces
    assert {c.kind for c in found} == {kind}


@pytest.mark.parametrize(("sentence", "kinds"), NOT_LISTED, ids=[row[0][:30] for row in NOT_LISTED])
def test_no_list_unit_for_look_alikes(sentence: str, kinds: dict[str, str]) -> None:
    assert {c.text: c.kind for c in figures(sentence)} == kinds


def test_age_closing_a_sentence_after_a_speech_verb() -> None:
    assert reading('"Not again," said Maria Lopes Duarte, 81.', "81") == ("measure", "year")
    assert reading("Output rose, said the ministry, 81.", "81") == ("number", None)


@pytest.mark.parametrize(
    ("sentence", "surface", "currency"),
    [
        ("The fund offers dlrs 2 million for tips.", "dlrs 2 million", "USD"),
        ("The fund offers US dlrs 2 million for tips.", "US dlrs 2 million", "USD"),
    ],
)
def test_dollars_written_before_the_number(sentence: str, surface: str, currency: str) -> None:
    assert only(sentence, surface).currency == currency


def test_a_percent_after_a_currency_code_does_not_take_the_code() -> None:
    found = figures("Exports of 5 billion USD 20 percent above plan.")
    assert [(c.kind, c.text) for c in found] == [("money", "5 billion USD"), ("percent", "20 percent")]
