"""Table tests for date and duration extraction (issue 3), each with look-alikes that must not match."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.dates import find_dates
from claimtrack.settings import Settings

MONDAY = date(2025, 6, 9)


def found(text: str, published: date | None = MONDAY, settings: Settings | None = None) -> list[tuple[str, str]]:
    ctx = FieldContext.build(text, "text", published, settings or Settings())
    claims = find_dates(ctx)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return [(c.text, c.value) for c in claims]


def one(text: str, published: date | None = MONDAY, settings: Settings | None = None):  # type: ignore[no-untyped-def]
    ctx = FieldContext.build(text, "text", published, settings or Settings())
    claims = find_dates(ctx)
    assert len(claims) == 1, [(c.text, c.value) for c in claims]
    return claims[0]


ABSOLUTE = [
    ("The pact was signed on July 9, 2025.", "July 9, 2025", "2025-07-09"),
    ("It was signed 9 July 2025 in Geneva.", "9 July 2025", "2025-07-09"),
    ("Shares closed lower on Jul. 9, 2025.", "Jul. 9, 2025", "2025-07-09"),
    ("The offer ran out on Sept. 30, 2024.", "Sept. 30, 2024", "2024-09-30"),
    ("The file is dated 2025-07-09 in the header.", "2025-07-09", "2025-07-09"),
    ("Ballots were counted on 31/07/2024.", "31/07/2024", "2024-07-31"),
    ("Ballots were counted on 07/31/2024.", "07/31/2024", "2024-07-31"),
    ("The court sits again on the 4th of August 2025.", "4th of August 2025", "2025-08-04"),
]


@pytest.mark.parametrize(("text", "surface", "value"), ABSOLUTE)
def test_absolute_dates(text: str, surface: str, value: str) -> None:
    assert found(text) == [(surface, value)]


def test_weekday_is_kept_as_written() -> None:
    claim = one("Voting opens Tuesday, June 10, 2025, at noon.")
    assert (claim.text, claim.value, claim.weekday) == ("Tuesday, June 10, 2025", "2025-06-10", "Tuesday")


def test_weekday_as_written_even_when_wrong() -> None:
    claim = one("Voting opens Wednesday, June 10, 2025.")
    assert claim.weekday == "Wednesday"
    assert claim.value == "2025-06-10"


def test_yearless_date_with_weekday_takes_the_nearest_year() -> None:
    claim = one("Voting opens Tuesday, June 10.", published=date(2025, 1, 2))
    assert claim.value == "2025-06-10"


# A written weekday never chooses the year: 1987-03-04 is a Wednesday, and "Friday, March 4"
# must stay in 1987 (the year of publication) so the weekday-mismatch check can see it.
WRONG_WEEKDAY_YEAR = [
    ("The hearing is set for Friday, March 4.", date(1987, 3, 4), "1987-03-04", "Friday"),
    ("The hearing was held Friday, March 4.", date(1987, 3, 4), "1987-03-04", "Friday"),
    ("The hearing is set for Wednesday, March 4.", date(1987, 3, 4), "1987-03-04", "Wednesday"),
    ("The hearing is set for March 4.", date(1987, 3, 4), "1987-03-04", None),
    ("Polls close Sunday, Jan. 3.", date(2026, 12, 30), "2027-01-03", "Sunday"),
    ("Polls close Monday, Jan. 3.", date(2026, 12, 30), "2027-01-03", "Monday"),
]


@pytest.mark.parametrize(("text", "published", "value", "weekday"), WRONG_WEEKDAY_YEAR)
def test_written_weekday_never_picks_the_year(text: str, published: date, value: str, weekday: str | None) -> None:
    claim = one(text, published=published)
    assert (claim.value, claim.weekday) == (value, weekday)


def test_numeric_dates_follow_the_date_order_setting() -> None:
    text = "The vote was held on 03/04/2025."
    assert one(text).value == "2025-03-04"
    assert one(text).alternatives == ("2025-04-03",)
    dmy = Settings.model_validate({"locale": {"date_order": "DMY"}})
    assert one(text, settings=dmy).value == "2025-04-03"


LOOK_ALIKES = [
    "Prices may rise again, he said, but maybe not.",
    "Protesters march to the capital.",
    "Sun Microsystems shares rose sharply.",
    "Mar Roxas spoke to reporters.",
    "Wedding planners met in the hall.",
    "Some 2,025 people attended.",
    "The ticket cost $2025 in total.",
    "The index rose 2.025% in the session.",
    "The A2025 chip is faster than the X1990 model.",
    "The home side won 3-1 after extra time.",
    "The market opened at 10:30 a.m. sharp.",
    "May Chen, the chief executive, said costs are high.",
    "About 1500 troops arrived in the port.",
    "Shares fall when rates rise.",
    "A quarter of voters stayed home.",
    "Sales at Friday Harbor Inc. rose.",
    "The bank rarely lends on a Saturday.",  # any Saturday, not one
    "He scored in the first half of the match.",
    "June bonds closed at 100-4/32.",  # futures contract months
    "Support in the September contract held.",
    "Traders said December corn rose 2 cents.",
]


# A month before a contract noun is still a time after a bare preposition or before a noun
# of its own ("wheat exports").
CONTRACT_LOOK_ALIKES = [
    ("In June bonds rallied.", [("June", "2025-06")]),
    ("September wheat exports rose 5%.", [("September", "2024-09")]),
]


@pytest.mark.parametrize(("text", "expected"), CONTRACT_LOOK_ALIKES)
def test_months_before_contract_nouns_that_stay_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_half_of_a_season_is_no_calendar_half() -> None:
    assert found("He scored in the first half of last year's season.") == [("last year", "2024")]


def test_weekday_modifying_a_noun_after_a_is_a_date() -> None:
    # "a Sunday night service" is one service on a given Sunday, unlike "on a Sunday"
    assert found("About 500 people attended a Sunday night memorial service.") == [("Sunday night", "2025-06-08TNI")]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_dates(text: str) -> None:
    assert found(text) == []


MONTHS_AND_PERIODS = [
    ("Exports grew 4.8% in May.", "May", "2025-05"),
    ("Exports grew 4.8% in May 2025.", "May 2025", "2025-05"),
    ("Exports grew 4.8% in 2022.", "2022", "2022"),
    ("Growth was slow in the 1990s.", "1990s", "199"),
    ("Growth was slow in the '90s.", "'90s", "199"),
    ("The 2025 survey covered 800 firms.", "2025", "2025"),
    ("Profit rose in Q1 2025.", "Q1 2025", "2025-Q1"),
    ("Profit rose in the first quarter.", "first quarter", "2025-Q1"),
    ("Profit rose in the March quarter of 2025.", "March quarter of 2025", "2025-Q1"),
    ("Profit rose in the first half of 2025.", "first half of 2025", "2025-H1"),
    ("Profit rose in H2 2024.", "H2 2024", "2024-H2"),
    ("Profit will rise in the first half of next year.", "first half of next year", "2026-H1"),
    ("Profit fell in the fourth quarter of last year.", "fourth quarter of last year", "2024-Q4"),
    ("Output fell last week.", "last week", "2025-W23"),
    ("Output fell this summer.", "this summer", "2025-SU"),
    ("Output fell in the summer of 2024.", "summer of 2024", "2024-SU"),
]


@pytest.mark.parametrize(("text", "surface", "value"), MONTHS_AND_PERIODS)
def test_months_years_quarters_seasons(text: str, surface: str, value: str) -> None:
    assert found(text) == [(surface, value)]


def test_fourth_quarter_reported_in_february_is_last_year() -> None:
    assert found("Fourth-quarter results beat forecasts.", published=date(2025, 2, 10)) == [
        ("Fourth-quarter", "2024-Q4")
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Revenue will rise in fiscal 2026.", "fiscal 2026", "FY2026"),
        ("Revenue rose in FY2025.", "FY2025", "FY2025"),
        ("Revenue rose in the first quarter of fiscal 2026.", "first quarter of fiscal 2026", "FY2026-Q1"),
    ],
)
def test_fiscal_periods_are_not_calendar(text: str, surface: str, value: str) -> None:
    claim = one(text)
    assert (claim.text, claim.value, claim.fiscal, claim.start_date) == (surface, value, True, None)


def test_calendar_year_is_not_fiscal() -> None:
    assert one("Revenue rose in 2025.").fiscal is False


PARTS = [
    ("Talks stalled in early April.", "early April", "2025-04", date(2025, 4, 1), date(2025, 4, 10)),
    ("Talks stalled in mid-2024.", "mid-2024", "2024", date(2024, 5, 1), date(2024, 8, 31)),
    ("Talks stalled in late November 2024.", "late November 2024", "2024-11", date(2024, 11, 21), date(2024, 11, 30)),
    ("Rates will be cut by the end of the year.", "the end of the year", "2025", date(2025, 9, 1), date(2025, 12, 31)),
    ("Rates will be cut at the start of 2026.", "the start of 2026", "2026", date(2026, 1, 1), date(2026, 4, 30)),
]


@pytest.mark.parametrize(("text", "surface", "value", "start", "end"), PARTS)
def test_parts_of_periods(text: str, surface: str, value: str, start: date, end: date) -> None:
    claim = one(text)
    assert (claim.text, claim.value, claim.start_date, claim.end_date) == (surface, value, start, end)


DURATIONS = [
    ("The 90-day pause ends soon.", "90-day", "P90D"),
    ("The pause lasts 90 days.", "90 days", "P90D"),
    ("The pause lasts three months.", "three months", "P3M"),
    ("Over a two-year period, costs rose.", "two-year", "P2Y"),
    ("The 24-hour strike began.", "24-hour", "PT24H"),
    ("Yields on 10-year bonds rose.", "10-year", "P10Y"),
    ("Prices rose over the past two months.", "the past two months", "P2M"),
]


@pytest.mark.parametrize(("text", "surface", "value"), DURATIONS)
def test_durations_are_never_dates(text: str, surface: str, value: str) -> None:
    claim = one(text)
    assert (claim.kind, claim.text, claim.value) == ("duration", surface, value)


@pytest.mark.parametrize(
    "text",
    ["A 45-year-old man was arrested.", "The man, 45 years old, was arrested.", "Prices rose 5% a year."],
)
def test_ages_and_rates_are_not_durations(text: str) -> None:
    assert found(text) == []


ROLES = [
    ("Talks continued between May and July.", "May and July", "2025-05/2025-07", "period"),
    ("Output grew from 2022 to 2024.", "2022 to 2024", "2022/2024", "period"),
    ("The 2012-13 season was short.", "2012-13", "2012/2013", "period"),
    ("Prices have risen since early April.", "early April", "2025-04", "since"),
    ("The offer is open until June 30.", "June 30", "2025-06-30", "until"),
    ("The plan runs through 2026.", "2026", "2026", "until"),
    ("A deal is needed by July 9.", "July 9", "2025-07-09", "deadline"),
    ("Goods shipped before the July 9 expiration are exempt.", "July 9", "2025-07-09", "deadline"),
    ("Bids are due no later than July 9.", "July 9", "2025-07-09", "deadline"),
    ("The firm faces the deadline of July 9.", "July 9", "2025-07-09", "deadline"),
    ("A deal was signed on July 9.", "July 9", "2024-07-09", "point"),
]


@pytest.mark.parametrize(("text", "surface", "value", "role"), ROLES)
def test_intervals_and_roles(text: str, surface: str, value: str, role: str) -> None:
    claim = one(text)
    assert (claim.text, claim.value, claim.role) == (surface, value, role)


def test_interval_dates() -> None:
    claim = one("Talks continued between May and July.")
    assert (claim.start_date, claim.end_date) == (date(2025, 5, 1), date(2025, 7, 31))


def test_two_dates_joined_by_and_without_between_stay_apart() -> None:
    assert found("Votes were held on June 2 and July 9.") == [("June 2", "2025-06-02"), ("July 9", "2024-07-09")]


def test_title_case_headline_month_after_a_cue() -> None:
    assert found("Exports Plunge Over 34% in May Amid Trade Tensions") == [("May", "2025-05")]


@pytest.mark.parametrize("text", ["April Jones met the board.", "March On Washington drew crowds."])
def test_capitalised_names_are_not_months(text: str) -> None:
    assert found(text) == []


def test_by_before_a_modifier_year_is_no_deadline() -> None:
    claim = one("The debt crisis was caused by the 1982 crash.")
    assert (claim.text, claim.role) == ("1982", "point")


def test_half_of_something_else_is_no_date() -> None:
    assert found("The goal came in the second half of the match.") == []
    assert found("Sales will rise in the second half of the year.") == [("second half", "2025-H2")]


@pytest.mark.parametrize(
    ("text", "surface", "value", "published"),
    [
        ("The fair runs June 10-12, 2025.", "June 10-12, 2025", "2025-06-10/2025-06-12", MONDAY),
        ("The fair runs June 10-12.", "June 10-12", "XXXX-06-10/XXXX-06-12", None),
        ("Sales rose in the January-March period.", "January-March", "2025-01/2025-03", MONDAY),
        ("Sales rose in the Nov-Feb 2025 period.", "Nov-Feb 2025", "2024-11/2025-02", MONDAY),
    ],
)
def test_ranges_of_days_and_months(text: str, surface: str, value: str, published: date | None) -> None:
    claim = one(text, published=published)
    assert (claim.text, claim.value, claim.role) == (surface, value, "period")


def test_a_score_is_no_day_range() -> None:
    assert found("They won 10-12 in the final.") == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The contract is dated 05-Aug-2016 in the filing.", "05-Aug-2016", "2016-08-05"),
        ("The contract is dated 2016/aug/05 in the filing.", "2016/aug/05", "2016-08-05"),
    ],
)
def test_long_tail_spellings(text: str, surface: str, value: str) -> None:
    assert found(text) == [(surface, value)]
    assert found(text, published=None) == [(surface, value)]


def test_version_strings_are_not_long_tail_dates() -> None:
    assert found("Install version 1.Mar.2 first.") == []


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("Stores were busy on Thanksgiving.", "Thanksgiving", "2024-11-28"),
        ("Stores will open on Christmas Day.", "Christmas Day", "2025-12-25"),
        ("Stores closed on New Year's Day 2025.", "New Year's Day 2025", "2025-01-01"),
    ],
)
def test_holidays(text: str, surface: str, value: str) -> None:
    assert found(text) == [(surface, value)]


def test_bare_half_resolves_to_the_current_year() -> None:
    assert found("Profit rose in H1.") == [("H1", "2025-H1")]


@pytest.mark.parametrize("text", ["The plan costs $5 billion a year.", "Output is 30,000 tonnes a month."])
def test_rates_are_not_durations(text: str) -> None:
    assert found(text) == []


def test_a_year_alone_is_a_duration() -> None:
    assert found("The talks took a year.") == [("a year", "P1Y")]


@pytest.mark.parametrize(
    "text",
    [
        "Prices are expected to fall further.",
        "Rates could fall to 5%.",
        "The fall in prices hurt exporters.",
        "It fell to the 1986 level.",
    ],
)
def test_fall_the_verb_and_the_noun_are_not_seasons(text: str) -> None:
    assert all(value != "2025-FA" and not value.endswith("-FA") for _, value in found(text))


def test_reversed_ends_are_no_interval() -> None:
    values = [v for _, v in found("Growth will recover next year to the 1986 level.")]
    assert values == ["2026", "1986"]


def test_a_month_after_as_long_as_is_a_duration() -> None:
    assert found("The appeal could take as long as a month.") == [("a month", "P1M")]


def test_the_week_of_a_day_is_that_week() -> None:
    claim = one("A hearing is set for the week of July 7, 2025.")
    assert (claim.text, claim.value) == ("the week of July 7, 2025", "2025-W28")
