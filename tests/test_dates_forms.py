"""Table tests for the less common date and duration spellings, each with look-alikes that must not match."""

from __future__ import annotations

from datetime import date

import pytest

import claimtrack
from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.dates import find_dates
from claimtrack.settings import Settings

SATURDAY = date(2031, 8, 2)


def found(text: str, published: date | None = SATURDAY) -> list[tuple[str, str]]:
    claims = find_dates(FieldContext.build(text, "text", published, Settings()))
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return [(c.text, c.value) for c in claims]


# Lower-case month names: abbreviations before a day number, and "may"/"march"/"august"
# only with an ordinal day or a year (never the modal verb or the verb "march").
LOWER_CASE_MONTHS = [
    ("The shop shuts on feb 12 this time.", [("feb 12", "2031-02-12")]),
    ("Her slot is dec 3, 2029 at noon.", [("dec 3, 2029", "2029-12-03")]),
    ("Leases end sept. 30 for most tenants.", [("sept. 30", "2031-09-30")]),
    ("The fair opens may 5th in the square.", [("may 5th", "2031-05-05")]),
    ("Ballots were due may 5, 2029 by post.", [("may 5, 2029", "2029-05-05")]),
    ("They wed on 4 march 2028 in Leeds.", [("4 march 2028", "2028-03-04")]),
    ("The mill closed in august 2027 for good.", [("august 2027", "2027-08")]),
    ("An impossible feb 30 is kept for the check.", [("feb 30", "XXXX-02-30")]),
]
LOWER_CASE_LOOK_ALIKES = [
    "Prices may 5 times exceed the cap, he said.",
    "Workers march 3 miles to the depot.",
    "The grammar 3 course is full.",
    "The febrile 12 patients recovered.",
    "The decade 3 plan is dead.",
    "It may be late.",
]


@pytest.mark.parametrize(("text", "expected"), LOWER_CASE_MONTHS)
def test_lower_case_months_in_date_contexts(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", LOWER_CASE_LOOK_ALIKES)
def test_lower_case_month_look_alikes(text: str) -> None:
    assert found(text) == []


def test_modal_may_before_a_year_is_not_a_month() -> None:
    assert found("Voters may, in 2029, get a second say.") == [("2029", "2029")]


# Numeric ranges: both ends full dates (with "/" or "-"), or a year-less start before a
# dated end, or a year after the end.
NUMERIC_RANGES = [
    ("The fair runs 6/1/2029-6/9/2029 downtown.", "6/1/2029-6/9/2029", "2029-06-01/2029-06-09"),
    ("The fair runs 6-1-2029 - 6-9-2029 downtown.", "6-1-2029 - 6-9-2029", "2029-06-01/2029-06-09"),
    ("The fair runs 6/1-6/9/2029 downtown.", "6/1-6/9/2029", "2029-06-01/2029-06-09"),
    ("The fair runs from 6/1-6/9, 2029 downtown.", "6/1-6/9, 2029", "2029-06-01/2029-06-09"),
    ("The audit is dated 9-14-2028 in the file.", "9-14-2028", "2028-09-14"),
]
NUMERIC_LOOK_ALIKES = [
    "The home side won 3-1-2 on aggregate.",
    "The 7-9-25 plan was dropped.",
    "Part 12-3-2028x is on back order.",
    "The ratio is 6/1 in the draft.",
]


@pytest.mark.parametrize(("text", "surface", "value"), NUMERIC_RANGES)
def test_numeric_ranges(text: str, surface: str, value: str) -> None:
    assert found(text) == [(surface, value)]


@pytest.mark.parametrize("text", NUMERIC_LOOK_ALIKES)
def test_numeric_range_look_alikes(text: str) -> None:
    assert found(text) == []


# Compact ISO dates (YYYYMMDD), only as a whole token with a valid month and day.
COMPACT = [
    ("The filing 20290314 was late.", "20290314", "2029-03-14"),
    ("See /reports/q-20290314.pdf for details.", "20290314", "2029-03-14"),
]
COMPACT_LOOK_ALIKES = [
    "Call 20291399 for details.",
    "Account 202903141 is closed.",
    "It raised $20290314 in total.",
    "A 20290314-ton load was shipped.",
    "Order 20290314x shipped.",
]


@pytest.mark.parametrize(("text", "surface", "value"), COMPACT)
def test_compact_dates(text: str, surface: str, value: str) -> None:
    assert found(text) == [(surface, value)]


@pytest.mark.parametrize("text", COMPACT_LOOK_ALIKES)
def test_compact_date_look_alikes(text: str) -> None:
    assert found(text) == []


# Two consecutive days of one month joined by "and"; other numbers after "and" are not days.
DAY_PAIRS = [
    ("The summit meets on April 24 and 25.", [("April 24 and 25", "2031-04-24/2031-04-25")]),
    ("Polls open on 24 and 25 April.", [("24 and 25 April", "2031-04-24/2031-04-25")]),
    ("Police held him on March 3 and 12 others later.", [("March 3", "2031-03-03")]),
]


@pytest.mark.parametrize(("text", "expected"), DAY_PAIRS)
def test_day_pairs(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# Durations: "N 1/2 <unit>", glued "3.5years", one-unit "-long" compounds.
DURATIONS = [
    ("The flight took 5 1/2 hours in all.", [("5 1/2 hours", "PT5.5H")]),
    ("The loan runs 2½ years.", [("2½ years", "P2.5Y")]),
    ("He left for 3.5years abroad.", [("3.5years", "P3.5Y")]),
    ("It was their third day-long meeting.", [("day-long", "P1D")]),
    ("A week-long strike ended.", [("A week-long", "P1W")]),
    ("Talks were week-long affairs.", [("week-long", "P1W")]),
]
DURATION_LOOK_ALIKES = [
    "Cut the board to 1/2 inch.",
    "The 3.5yearsx code is odd.",
    "A daylong event was held.",
    "Birthday-long parties are rare.",
]


@pytest.mark.parametrize(("text", "expected"), DURATIONS)
def test_duration_spellings(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", DURATION_LOOK_ALIKES)
def test_duration_look_alikes(text: str) -> None:
    assert found(text) == []


# "N units from/after/before today" is a date; "in N units" is one unless the clause looks back.
COUNTED = [
    ("The vote is three days from today.", [("three days from today", "2031-08-05")]),
    ("Come back two days after today.", [("two days after today", "2031-08-04")]),
    ("The vote is in two weeks.", [("two weeks", "2031-08-16")]),
    ("Sales doubled in two years.", [("two years", "P2Y")]),
    ("The plant was built in three years.", [("three years", "P3Y")]),
    ("It ends three days after today's vote.", [("three days after today", "2031-08-05")]),
    ("It ends three days after the vote, today's paper says.", [("three days", "P3D"), ("today", "2031-08-02")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED)
def test_counted_from_today(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_the_weekend_on_a_friday_is_the_coming_one() -> None:
    friday = date(2031, 8, 1)
    assert found("Dinner with friends the weekend.", friday) == [("the weekend", "2031-W31-WE")]
    assert found("We met friends over the weekend.", friday) == [("the weekend", "2031-W30-WE")]
    assert found("Dinner with friends the weekend.", SATURDAY - date.resolution * 3) == [("the weekend", "2031-W30-WE")]


# "between now and <date>": "now" is the publication day as an end; elsewhere it stays PRESENT_REF.
NOW_ENDS = [
    ("Talks run between now and Dec. 1.", [("now and Dec. 1", "2031-08-02/2031-12-01")]),
    ("Rents rose between Jan. 22 and now.", [("Jan. 22 and now", "2031-01-22/2031-08-02")]),
    ("Talks run between now and Dec. 1, 2032.", [("now and Dec. 1, 2032", "2031-08-02/2032-12-01")]),
    ("Rents are high now and Dec. 1 is near.", [("now", "PRESENT_REF"), ("Dec. 1", "2031-12-01")]),
    ("Between now and then, little changed.", [("now", "PRESENT_REF")]),
]


@pytest.mark.parametrize(("text", "expected"), NOW_ENDS)
def test_now_as_an_interval_end(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_year_to_date_runs_to_publication() -> None:
    claims = find_dates(FieldContext.build("Shares are down 9% in the year to date.", "text", SATURDAY, Settings()))
    assert [(c.text, c.value, c.start_date, c.end_date) for c in claims if c.kind == "date"] == [
        ("the year to date", "2031", date(2031, 1, 1), SATURDAY)
    ]
    assert found("YTD returns fell.") == [("YTD", "2031")]
    assert found("The year to date was good.", None) == [("The year to date", "XXXX")]


YEAR_TO_DATE_LOOK_ALIKES = ["The year-to-dated file.", "A YTDX code.", "The year ahead was calm."]


@pytest.mark.parametrize("text", YEAR_TO_DATE_LOOK_ALIKES)
def test_year_to_date_look_alikes(text: str) -> None:
    assert found(text) == []


NTH_DAY_OF = [
    ("The lease ends on the 15th day of June.", [("15th day of June", "2031-06-15")]),
    ("Pay before the twenty-sixth day of July.", [("twenty-sixth day of July", "2031-07-26")]),
]
NTH_DAY_LOOK_ALIKES = ["It was the 3rd day of the strike.", "On the 15th day of talks, a deal."]


@pytest.mark.parametrize(("text", "expected"), NTH_DAY_OF)
def test_nth_day_of_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", NTH_DAY_LOOK_ALIKES)
def test_nth_day_look_alikes(text: str) -> None:
    assert found(text) == []


# An impossible numeric date is kept (with no resolved days) for the impossible-date check.
IMPOSSIBLE_NUMERIC = [
    ("Filed on 2/29/2029, the form was void.", "2/29/2029", "2029-02-29"),
    ("Filed on 6/31/2029, the form was void.", "6/31/2029", "2029-06-31"),
]


@pytest.mark.parametrize(("text", "surface", "value"), IMPOSSIBLE_NUMERIC)
def test_impossible_numeric_dates_are_kept(text: str, surface: str, value: str) -> None:
    claims = find_dates(FieldContext.build(text, "text", SATURDAY, Settings()))
    assert [(c.text, c.value, c.start_date) for c in claims] == [(surface, value, None)]


@pytest.mark.parametrize("text", ["Filed on 12/32/2029 by error.", "Filed on 13/31/2029 by error."])
def test_numbers_that_cannot_be_dates(text: str) -> None:
    assert found(text) == []


def test_year_after_a_capitalised_article() -> None:
    assert found("A 2019 law named for him passed.") == [("2019", "2019")]
    assert found("Area 2019 results were weak.") == []


# Holidays in lower case ("on election day"), but never "may day" (the modal "may").
LOWER_HOLIDAYS = [
    ("Polls close on election day.", [("election day", "2031-11-04")]),
    ("Shops shut on christmas eve at noon.", [("christmas eve", "2031-12-24")]),
    ("Crowds gathered on independence day.", [("independence day", "2031-07-04")]),
]
LOWER_HOLIDAY_LOOK_ALIKES = ["Traders may day-trade less.", "Rain may day after day fall.", "A christmastime sale."]


@pytest.mark.parametrize(("text", "expected"), LOWER_HOLIDAYS)
def test_lower_case_holidays(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", LOWER_HOLIDAY_LOOK_ALIKES)
def test_lower_case_holiday_look_alikes(text: str) -> None:
    assert found(text) == []


# Spelled years after "in", "since", "by", "until", "from" or "of"; not counts of things.
SPELLED_YEARS = [
    ("The firm was founded in nineteen ninety-six.", [("nineteen ninety-six", "1996")]),
    ("Prices have doubled since two thousand and fifteen.", [("two thousand and fifteen", "2015")]),
    ("The mill shut in two thousand five.", [("two thousand five", "2005")]),
    ("The plan runs until twenty thirty.", [("twenty thirty", "2030")]),
]
SPELLED_YEAR_LOOK_ALIKES = [
    "The fund lent money in two thousand and twenty cases.",
    "He counted nineteen ninety-six times.",
    "The bus left in twenty twelve-seat vans.",
]


@pytest.mark.parametrize(("text", "expected"), SPELLED_YEARS)
def test_spelled_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", SPELLED_YEAR_LOOK_ALIKES)
def test_spelled_year_look_alikes(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Book a ½ hour call.", [("½ hour", "PT0.5H")]), ("A ½-hour slot.", [("½-hour", "PT0.5H")])],
)
def test_half_as_a_sign(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", ["Add a ½ cup of milk.", "Cut 3/½ inch strips."])
def test_half_sign_look_alikes(text: str) -> None:
    assert found(text) == []


ROLE_CUES = [
    # every cue listed in dates.toml [roles] sets the role; a minimal edit without it is a point
    ("The curbs apply beginning July 9, 2025.", "since"),
    ("The curbs apply on July 9, 2025.", "point"),
    ("Talks stalled ahead of June 17, 2024.", "until"),
    ("Talks stalled on June 17, 2024.", "point"),
    ("They met the deadline 2023-07-17.", "deadline"),
    ("They met on 2023-07-17.", "point"),
    ("Sales fell throughout May 2024.", "period"),
    ("Sales fell in May 2024.", "point"),
    ("It was hit by the 1982 crash.", "point"),
]


@pytest.mark.parametrize(("text", "role"), ROLE_CUES)
def test_role_cues_come_from_the_lexicon(text: str, role: str) -> None:
    (found,) = [c for c in claimtrack.extract(text, published="2024-06-01") if c.kind == "date"]
    assert found.role == role


# "the first nine months of 1987" names months of a year, not a length; "the first two
# months" alone, or of something that is not a year, stays a length.
MONTHS_OF_A_YEAR = [
    ("Exports rose in the first nine months of 2030.", [("the first nine months of 2030", "2030-01/2030-09")]),
    ("Losses grew in the last three months of 2029.", [("the last three months of 2029", "2029-10/2029-12")]),
    ("Sales fell in the first two months of this year.", [("the first two months of this year", "2031-01/2031-02")]),
    ("Sales fell in the first two months.", [("the first two months", "P2M")]),
    ("He wrote in the last three months of his life.", [("the last three months", "P3M")]),
]


@pytest.mark.parametrize(("text", "expected"), MONTHS_OF_A_YEAR)
def test_months_of_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


# A unit that is part of a comparison basis or of a figure's rate is no length of its own.
NOT_LENGTHS = [
    ("Prices posted a year-on-year rise of 3.9 pct.", []),
    ("Sales saw a month-over-month gain.", []),
    ("Yugansk pumps close to a million barrels of oil a day.", []),
    ("Costs rose from £5.5bn to £8.2bn a year.", []),
    # look-alikes: a year served, a day-long wait
    ("He served a year on the board.", [("a year", "P1Y")]),
    ("They waited a day to the hour.", [("a day", "P1D")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_LENGTHS)
def test_units_that_are_no_lengths(text: str, expected: list[tuple[str, str]]) -> None:
    claims = claimtrack.extract(text, published=SATURDAY)
    assert [(c.text, c.value) for c in claims if c.kind in ("date", "duration")] == expected


# Tens and units written as one number ("seventy-four", "thirty five") count as one.
COMPOUND_NUMBERS = [
    ("Seventy-four years ago, a battle raged here.", [("Seventy-four years ago", "1957")]),
    ("The strike lasted thirty five days.", [("thirty five days", "P35D")]),
    ("The strike lasted twenty-one days.", [("twenty-one days", "P21D")]),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUND_NUMBERS)
def test_compound_number_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", ["A reporter for USA Today spotted her.", "She spoke on the Today show."])
def test_today_in_a_name_is_no_date(text: str) -> None:
    assert found(text) == []
