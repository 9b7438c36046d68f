"""Compound-adjective counts, spaced temperature symbols and counts whose noun holds a measure.

Every sentence here was written for these tests. Each look-alike is a minimal edit of a
sentence that does produce the claim, and must produce none.
"""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import pytest

import figure_kit
from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.figures import find_figures
from claimtrack.settings import Settings


def claims(text: str) -> list[Any]:
    """All claims of the whole pipeline (dates reserve their spans), each span checked."""
    return figure_kit.claims(text, pipeline=True)


def figures(text: str) -> list[Any]:
    return figure_kit.figures(text, pipeline=True)


def only(text: str, surface: str) -> Any:
    return figure_kit.only(text, surface, pipeline=True)


# -- compound adjectives ----------------------------------------------------------------------

# (id, sentence, surface, value, counted noun)
COMPOUNDS = [
    ("digits-member", "A 9-member jury heard the case.", "9-member", 9, "member"),
    ("words-cylinder", "The car has an eight-cylinder engine.", "eight-cylinder", 8, "cylinder"),
    ("words-judge", "The appeal went to a five-judge bench.", "five-judge", 5, "judge"),
    ("nation", "Envoys of the 19-nation alliance met.", "19-nation", 19, "nation"),
    ("page", "She filed a 212-page brief on Friday.", "212-page", 212, "page"),
    ("thousands-seat", "They built a 1,200-seat theatre.", "1,200-seat", 1200, "seat"),
    ("short-noun-bed", "The clinic opened a 40-bed ward.", "40-bed", 40, "bed"),
    ("compound-number", "A twenty-two-member committee met.", "twenty-two-member", 22, "member"),
    ("scaled", "The 2-million-member union struck.", "2-million-member", 2000000, "member"),
    ("possessive-before", "Norway's 169-seat parliament voted.", "169-seat", 169, "seat"),
    ("capitalised-after", "The 13-member OPEC group met.", "13-member", 13, "member"),
    ("comma-after", "She wrote a 90-page, glossy report.", "90-page", 90, "page"),
]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "noun"), [c[1:] for c in COMPOUNDS], ids=[c[0] for c in COMPOUNDS]
)
def test_compound_count(sentence: str, surface: str, value: int, noun: str) -> None:
    claim = only(sentence, surface)
    assert claim.kind == "count"
    assert claim.value == Decimal(value)
    assert claim.unit == noun


# (id, sentence): no count may come from any of them
NOT_COMPOUNDS = [
    ("duration", "A 9-day pause was agreed."),
    ("age", "A 9-year-old boy was found."),
    ("duration-words", "A nine-year period ended."),
    ("fraction", "Two-thirds of the jury agreed."),
    ("multiplier", "Output saw a three-fold rise."),
    ("way", "Talks became a four-way race."),
    ("one-off", "It was a one-off payment."),
    ("one-time", "It was a one-time fee."),
    ("one-sided", "It was a one-sided game."),
    ("one-idiom", "It became a one-party state."),
    ("participle", "The lab built a four-legged robot."),
    ("score-digits", "They won a 2-1 victory."),
    ("score-word", "Spain won the final 3-nil today."),
    ("percent-range", "Rates rose 6-7% this year."),
    ("code-covid", "COVID-19 wards filled up."),
    ("code-jet", "The F-16 jets flew low."),
    ("code-model", "A Boeing 737-800 jet landed."),
    ("code-model-plural", "The Boeing 737-800 jets landed."),
    ("code-group", "Leaders met at the G-7 summit."),
    ("ordinal", "It was a second-half rally."),
    ("ordinal-quarter", "It posted first-quarter results."),
    ("odd", "A 20-odd crowd gathered."),
    ("something", "The 40-something banker resigned."),
    ("rating", "They stayed at a five-star hotel."),
    ("strong", "A 10,000-strong crowd marched."),
    ("gauge", "He fired a 12-bore shotgun."),
    ("gear", "It has a six-speed gearbox."),
    ("pointer", "He hit a 3-pointer late on."),
    ("stop-word", "She quit her nine-to-five job."),
    ("split", "The board approved a 3-for-2 split."),
    ("hyphen-after", "A 12-member-strong team won."),
    ("glued-word", "It set a production-four-door record."),
    ("year", "The 1999-season roster was cut."),
    ("decimal", "They bought a 2.5-storey house."),
    ("plural", "A 12-members panel met."),
    ("no-noun-after", "The jury grew to 12-member."),
    ("name-before", "The Class 9-member squad trained."),
    ("unit-time-suspended", "They serve five-, six- and seven-year terms."),
    ("upper-case", "She bought a 3-D printer."),
    ("product", "Airlines grounded the 737-max jets."),
    ("measure-not-in-units", "It runs on a 64-bit chip."),
    ("seed", "They beat a 2-seed team."),
]


@pytest.mark.parametrize("sentence", [c[1] for c in NOT_COMPOUNDS], ids=[c[0] for c in NOT_COMPOUNDS])
def test_not_a_compound_count(sentence: str) -> None:
    counts = [(c.kind, c.text) for c in figures(sentence) if c.kind == "count" or getattr(c, "of", None) == "count"]
    assert counts == []


@pytest.mark.parametrize(
    ("sentence", "surface", "unit"),
    [
        ("She ate a 9-inch pizza.", "9-inch", "inch"),
        ("He ran a 9-km race.", "9-km", "kilometer"),
        ("He hit a three-point shot.", "three-point", "point"),
    ],
    ids=["inch", "km", "point"],
)
def test_hyphenated_units_stay_measures(sentence: str, surface: str, unit: str) -> None:
    claim = only(sentence, surface)
    assert (claim.kind, claim.unit) == ("measure", unit)


@pytest.mark.parametrize(
    ("sentence", "surface", "value"),
    [
        ("The bank made a 50-basis-point cut.", "50-basis-point", Decimal("0.5")),
        ("Turnout saw a 2-percentage-point drop.", "2-percentage-point", Decimal(2)),
    ],
    ids=["basis-points", "percentage-points"],
)
def test_hyphenated_points_are_percent_points(sentence: str, surface: str, value: Decimal) -> None:
    claim = only(sentence, surface)
    assert (claim.kind, claim.value, claim.points) == ("percent", value, True)


def test_durations_stay_reserved_by_dates() -> None:
    found = claims("A 9-day pause and a nine-year period followed.")
    assert [(c.kind, c.text) for c in found] == [("duration", "9-day"), ("duration", "nine-year")]


# -- suspended hyphens ---------------------------------------------------------------------------

# (id, sentence, [(surface, value)], noun): one count per number, each spanning its own number
SUSPENDED = [
    (
        "words-comma-and",
        "The range offers three-, four- and eight-cylinder engines.",
        [("three-", 3), ("four-", 4), ("eight-cylinder", 8)],
        "cylinder",
    ),
    ("words-or", "Buyers want three- or four-bedroom homes.", [("three-", 3), ("four-bedroom", 4)], "bedroom"),
    ("digits", "It sells 2-, 3- and 5-door models.", [("2-", 2), ("3-", 3), ("5-door", 5)], "door"),
]


@pytest.mark.parametrize(("sentence", "expected", "noun"), [c[1:] for c in SUSPENDED], ids=[c[0] for c in SUSPENDED])
def test_suspended_hyphens(sentence: str, expected: list[tuple[str, int]], noun: str) -> None:
    found = [(c.text, c.value, c.unit) for c in figures(sentence)]
    assert found == [(surface, Decimal(value), noun) for surface, value in expected]
    assert all(c.kind == "count" for c in figures(sentence))


def test_suspended_to_is_a_range() -> None:
    claim = only("Buyers want three- to four-bedroom homes.", "three- to four-bedroom")
    assert (claim.kind, claim.of, claim.low, claim.high, claim.unit) == ("range", "count", 3, 4, "bedroom")


@pytest.mark.parametrize(
    "sentence",
    [
        "They serve five-, six- and seven-year terms.",  # durations
        "They ran 5- and 10-km races.",  # measures
        "It took two-and-a-half hours.",  # no suspended hyphen
        "They sell 2-, 3- and 5-odd models.",  # no noun
        "It sells 2- 3-door models.",  # no joiner between the numbers
    ],
    ids=["time", "unit", "and-a-half", "not-counted", "no-joiner"],
)
def test_suspended_look_alikes(sentence: str) -> None:
    assert [c.text for c in figures(sentence) if c.kind == "count"] == []


def test_suspended_unit_is_shared() -> None:
    found = [(c.kind, c.text, c.value, c.unit) for c in figures("They ran 5- and 10-km races.")]
    assert found == [("measure", "5-", 5, "kilometer"), ("measure", "10-km", 10, "kilometer")]


def test_suspended_time_unit_leaves_no_bare_numbers() -> None:
    found = [(c.kind, c.text) for c in claims("They sold 10-, 20- and 30-year bonds.")]
    assert found == [("duration", "30-year")]


def test_compound_noun_passes_to_no_other_figure() -> None:
    """The noun of a compound describes another noun: "450 million" counts no nations."""
    claim = only("The 27-nation bloc and 450 million live here.", "450 million")
    assert claim.kind == "number"
    people = only("The 27-nation bloc and 450 million people live here.", "450 million people")
    assert people.unit == "people"


# -- spaced temperature symbols ----------------------------------------------------------------

# (id, sentence, surface, value, unit)
DEGREES = [
    ("celsius", "Temperatures hit 41 C in Seville.", "41 C", 41, "degree_Celsius"),
    ("fahrenheit", "The heat index reached 104 F on Sunday.", "104 F", 104, "degree_Fahrenheit"),
    ("cue-after", "Tin has a 232 C melting point.", "232 C", 232, "degree_Celsius"),
    ("negative", "Forecasters expect lows of -8 C tonight.", "-8 C", -8, "degree_Celsius"),
    ("oven", "The oven runs at 180 C for an hour.", "180 C", 180, "degree_Celsius"),
    ("sentence-end", "The temperature was 12 C.", "12 C", 12, "degree_Celsius"),
    ("degrees-C", "It was 35 degrees C in the shade.", "35 degrees C", 35, "degree_Celsius"),
    ("glued", "The furnace glowed at 1,450C.", "1,450C", 1450, "degree_Celsius"),
]


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit"), [c[1:] for c in DEGREES], ids=[c[0] for c in DEGREES]
)
def test_spaced_temperature(sentence: str, surface: str, value: int, unit: str) -> None:
    claim = only(sentence, surface)
    assert (claim.kind, claim.value, claim.unit) == ("measure", Decimal(value), unit)


NOT_DEGREES = [
    ("class", "Pupils in Class 12 C sat the exam despite the heat."),
    ("apartment", "She lives in Apartment 12 C, which has no heating."),
    ("vitamin", "Vitamin C levels fell in the cold."),
    ("grade", "He got a grade C in the hot exam hall."),
    ("hyphen-after", "On a hot day 12 C-SPAN viewers called in."),
    ("no-cue", "The result was 12 C."),
    ("section", "Read Section 5 F before the heat test."),
    ("page", "Turn to page 41 C for the weather."),
    ("rooms-no-cue", "Rooms 41 C and 42 F were booked."),
    ("letter-after", "In the heat, 41 Cs were sold."),
]


@pytest.mark.parametrize("sentence", [c[1] for c in NOT_DEGREES], ids=[c[0] for c in NOT_DEGREES])
def test_not_a_temperature(sentence: str) -> None:
    temperatures = [c.text for c in figures(sentence) if str(getattr(c, "unit", "")).startswith("degree_")]
    assert temperatures == []


def test_temperature_cue_must_be_in_the_same_sentence() -> None:
    sentence = "Temps hit 41 C on Monday. Then 12 C arrived."
    assert [c.text for c in figures(sentence) if str(getattr(c, "unit", "")).startswith("degree_")] == ["41 C"]


# -- counts whose noun holds a measure --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "noun", "measure"),
    [
        (
            "The firm sells 3.1 million 9-litre cases a year.",
            "3.1 million 9-litre cases",
            3100000,
            "9-litre cases",
            "9-litre",
        ),
        (
            "The port moved 250,000 40-foot containers.",
            "250,000 40-foot containers",
            250000,
            "40-foot containers",
            "40-foot",
        ),
    ],
    ids=["litre-cases", "foot-containers"],
)
def test_count_with_measured_noun(sentence: str, surface: str, value: int, noun: str, measure: str) -> None:
    claim = only(sentence, surface)
    assert (claim.kind, claim.value, claim.unit) == ("count", Decimal(value), noun)
    assert only(sentence, measure).kind == "measure"


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm sells 3.1 million 9-litre of wine.",  # no plural noun after the measure
        "The firm sold 400 10-year bonds.",  # a duration, the dates extractor's
        "The firm sells 3.1 million 9-odd cases.",  # no unit
        "The firm sells 3.1 million 9 litre cases.",  # no hyphen
    ],
    ids=["no-noun", "duration", "no-unit", "no-hyphen"],
)
def test_measured_noun_look_alikes(sentence: str) -> None:
    assert [c.text for c in figures(sentence) if c.kind == "count" and "-" in str(c.unit)] == []


def test_change_moves_the_count_not_its_measure() -> None:
    found = claims("Sales rose to 3.1 million 9-litre cases from 2.8 million.")
    change = next(c for c in found if c.kind == "change")
    count = next(c for c in found if c.kind == "count" and c.text.startswith("3.1"))
    assert change.to == count.id
    assert change.by is None
    origin = next(c for c in found if c.id == change.from_)
    assert (origin.kind, origin.unit) == ("count", "9-litre cases")


# -- linear time -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    ["1-, ", "two- or ", "12 C heat ", "4 5-foot ", "9-member "],
    ids=["suspended-digits", "suspended-words", "degrees", "measured", "compound"],
)
def test_linear_on_repeats(unit: str) -> None:
    def seconds(n: int) -> float:
        ctx = FieldContext.build(unit * n, "text", None, Settings())
        best = float("inf")
        for _ in range(2):
            started = time.perf_counter()
            find_figures(ctx)
            best = min(best, time.perf_counter() - started)
        return best

    small, large = seconds(500), seconds(4000)
    assert large < max(1.0, small * 8 * 4)  # eight times the text: about eight times the time
