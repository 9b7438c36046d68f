"""Vague references, recurrences, informal spellings and tense: each with look-alikes that must not count."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.dates import find_dates, link_times
from claimtrack.model import Claim
from claimtrack.settings import Locale, Settings

MONDAY = date(2025, 6, 9)


def found(text: str, published: date | None = MONDAY, settings: Settings | None = None) -> list[tuple[str, str]]:
    ctx = FieldContext.build(text, "text", published, settings or Settings())
    return [(c.text, c.value) for c in find_dates(ctx)]


# -- "now", "the future", "the past" (TimeML's vague references) -------------------------

REFERENCES = [
    ("Right now the plant is idle.", [("now", "PRESENT_REF")]),
    ("The mill currently employs staff.", [("currently", "PRESENT_REF")]),
    ("Prices may fall in the future.", [("the future", "FUTURE_REF")]),
    ("It weighs on future harvests.", [("future", "FUTURE_REF")]),
    ("In the past, the mill shut often.", [("the past", "PAST_REF")]),
]
NOT_REFERENCES = [
    "Now the plant is idle.",  # a sentence-opening discourse word
    "The plant has until now been idle.",
    "The now-defunct mill reopened.",
    "Oil futures slipped.",
    "Future Brands rose.",
    "The convoy drove past the mill.",
]


@pytest.mark.parametrize(("text", "expected"), REFERENCES)
def test_vague_references_carry_timeml_values(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", NOT_REFERENCES)
def test_reference_look_alikes(text: str) -> None:
    assert found(text) == []


def test_the_past_with_a_length_stays_a_duration() -> None:
    assert found("Over the past two months the mill shut.") == [("the past two months", "P2M")]


def test_references_have_no_dates_and_no_figures_link_to_them() -> None:
    ctx = FieldContext.build("The rate is now 5%.", "text", MONDAY, Settings())
    claims: list[Claim] = list(find_dates(ctx))
    assert [(c.text, getattr(c, "start_date", None)) for c in claims] == [("now", None)]
    linked = link_times(ctx, claims)
    assert all(getattr(c, "when", None) is None for c in linked)


# -- recurrences (TimeML sets) -------------------------------------------------------------

SETS = [
    ("The ferry sails daily.", [("daily", "P1D")]),
    ("The board meets weekly.", [("weekly", "P1W")]),
    ("Fees are paid annually.", [("annually", "P1Y")]),
    ("The fair returns every two weeks.", [("every two weeks", "P2W")]),
    ("The fair returns each year.", [("each year", "P1Y")]),
    ("The fair returns every other month.", [("every other month", "P2M")]),
    ("They hold a daily rally.", [("daily", "P1D")]),
]
NOT_SETS = [
    "The China Daily reported it.",
    "The party daily Granma wrote it.",  # a newspaper
    "The daily-use items sold out.",
    "The daily reported it.",
]


@pytest.mark.parametrize(("text", "expected"), SETS)
def test_recurrences_are_dates_with_a_period_value(text: str, expected: list[tuple[str, str]]) -> None:
    ctx = FieldContext.build(text, "text", MONDAY, Settings())
    claims = find_dates(ctx)
    assert [(c.text, c.value) for c in claims] == expected
    assert [getattr(c, "role", None) for c in claims] == ["period"]


@pytest.mark.parametrize("text", NOT_SETS)
def test_recurrence_look_alikes(text: str) -> None:
    assert found(text) == []


# -- informal spellings ----------------------------------------------------------------------

INFORMAL = [
    ("We meet on 11/20.", [("11/20", "2025-11-20")]),
    ("We meet on 22/04.", [("22/04", "2025-04-22")]),  # a first number above 12 is the day
    ("We meet on 11/20, 11/22 or 11/25.", [("11/20", "2025-11-20"), ("11/22", "2025-11-22"), ("11/25", "2025-11-25")]),
    ("The fair runs from 10/1 to 11/7.", [("10/1 to 11/7", "2025-10-01/2025-11-07")]),
    ("We meet on Oct/2.", [("Oct/2", "2025-10-02")]),
    ("Sales in week 31 rose.", [("week 31", "2025-W31")]),
    ("Sales in week 3 of 2024 rose.", [("week 3 of 2024", "2024-W03")]),
    ("We meet Mon 13th.", [("Mon 13th", "2025-10-13")]),
    ("We meet on Friday the 13th.", [("Friday the 13th", "2025-06-13")]),
    ("Set it up on the 18th.", [("the 18th", "2025-06-18")]),
    ("The fair is on 28 June in 2026.", [("28 June in 2026", "2026-06-28")]),
    ("Set it up for October, 1st.", [("October, 1st", "2025-10-01")]),
]
NOT_INFORMAL = [
    "He ate 1/2 of the pie.",
    "The vote was 3/4 in favour.",
    "The desk is staffed 24/7.",
    "The rate rose to 7/8.",
    "Spending rose after 9/11.",
    "Quotes were 5-15/16, 7/8 and 9/16.",  # money-market fractions, a list without a cue
    "Sales in week 3 of the strike fell.",
    "It was built in the 18th century.",
    "The office is on the 18th floor.",
    "She finished the 18th.",
]


@pytest.mark.parametrize(("text", "expected"), INFORMAL)
def test_informal_dates(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", NOT_INFORMAL)
def test_informal_look_alikes(text: str) -> None:
    assert found(text) == []


def test_numeric_day_month_follows_date_order() -> None:
    dmy = Settings(locale=Locale(date_order="DMY"))
    assert found("We meet on 04/05.", settings=dmy) == [("04/05", "2025-05-04")]
    assert found("We meet on 04/05.") == [("04/05", "2025-04-05")]


def test_informal_dates_without_publication_keep_unknown_parts() -> None:
    assert found("We meet on 11/20 in week 31.", published=None) == [("11/20", "XXXX-11-20"), ("week 31", "XXXX-W31")]


COMPACT_DURATIONS = [
    ("The flight took 3h.", [("3h", "PT3H")]),
    ("The flight took 1 hr.", [("1 hr", "PT1H")]),
    ("The call took 5 mins.", [("5 mins", "PT5M")]),
    ("The lap took 12.5 sec.", [("12.5 sec", "PT12.5S")]),
    ("They stayed two nights.", [("two nights", "P2D")]),
    ("Talks ran all day.", [("all day", "P1D")]),
]
NOT_DURATIONS = [
    "3H Group rose.",
    "They had a night out.",
    "Talks ran all-day sessions.",
]


@pytest.mark.parametrize(("text", "expected"), COMPACT_DURATIONS)
def test_compact_durations(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", NOT_DURATIONS)
def test_compact_duration_look_alikes(text: str) -> None:
    assert found(text) == []


# -- tense: the cue nearest the date decides ----------------------------------------------

TENSE = [
    # a past verb that governs the future
    ("NATO has decided to admit the three states in early March.", date(1999, 2, 10), "1999-03"),
    ("The official said the accession was planned for early March.", date(1999, 2, 10), "1999-03"),
    # a past verb far from the date only leans back: this February, not last
    (
        "He subpoenaed the boy to testify before the committee on government reform on Feb. 10.",
        date(2000, 1, 7),
        "2000-02-10",
    ),
    # a past verb next to the date: last occurrence
    ("The deal was signed on Feb. 10.", date(2000, 1, 7), "1999-02-10"),
    # a deadline without a tense cue leans forward, but a day past is nearer than next year
    ("The order is to return the boy by Jan. 14.", date(2000, 1, 15), "2000-01-14"),
    ("The court says exports will resume in January.", date(2000, 1, 15), "2000-01"),
    ("The court says exports will resume in January.", date(2000, 2, 15), "2001-01"),
    ("The order is to return the boy by Jan. 16.", date(2000, 1, 15), "2000-01-16"),
    # "would" next to a weekday looks forward, "said" looks back
    ("He said the vote would be held Friday.", MONDAY, "2025-06-13"),
    ("The vote was held Friday.", MONDAY, "2025-06-06"),
    ("The group could come as early as Tuesday.", MONDAY, "2025-06-10"),
]


@pytest.mark.parametrize(("text", "published", "value"), TENSE)
def test_tense_of_the_nearest_cue(text: str, published: date, value: str) -> None:
    values = [v for _, v in found(text, published)]
    assert values[-1] == value


# -- a weekday of a relative week; a weekday with a clock time ----------------------------

WEEKDAY_FORMS = [
    ("We meet on Tuesday of next week.", [("Tuesday of next week", "2025-06-17")]),
    ("We met last week on Monday.", [("last week on Monday", "2025-06-02")]),
    ("We meet next week Wednesday.", [("next week Wednesday", "2025-06-18")]),
    ("The deadline was extended until 9 a.m. EST Tuesday.", [("9 a.m. EST Tuesday", "2025-06-10T09:00")]),
    ("The talks resumed Friday at 10:30 p.m.", [("Friday at 10:30 p.m.", "2025-06-06T22:30")]),
    ("The blast came at 10:35 a.m. (0735 GMT) Friday.", [("10:35 a.m. (0735 GMT) Friday", "2025-06-06T10:35")]),
]
WEEKDAY_LOOK_ALIKES = [
    # a comma or a possessive keeps "last week" and the weekday apart
    ("Shares fell last week, Monday data showed.", [("last week", "2025-W23"), ("Monday", "2025-06-09")]),
    ("Shares fell last week Monday's data showed.", [("last week", "2025-W23"), ("Monday", "2025-06-09")]),
    # money and units are not clock times
    ("It costs $9 a month Tuesday.", [("Tuesday", "2025-06-03")]),
    # a bracket that is not a clock time in a zone keeps the time and the weekday apart
    ("The blast came at 10:35 a.m. (local) Friday.", [("Friday", "2025-06-06")]),
]


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_FORMS + WEEKDAY_LOOK_ALIKES)
def test_weekday_forms(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_an_extended_deadline_weekday_takes_the_nearest_occurrence() -> None:
    assert found("The court extended the deadline until Tuesday.") == [("Tuesday", "2025-06-10")]
    assert found("The court ruled on Tuesday.") == [("Tuesday", "2025-06-03")]


DAY_RANGES = [
    ("The fair runs 10-12 June.", [("10-12 June", "2025-06-10/2025-06-12")]),
    ("The fair runs 9 to 12 of June.", [("9 to 12 of June", "2025-06-09/2025-06-12")]),
    ("The fair runs between 3 and 12 of Sept.", [("3 and 12 of Sept", "2025-09-03/2025-09-12")]),
    ("Talks ran 10-12 June 2024.", [("10-12 June 2024", "2024-06-10/2024-06-12")]),
    ("The fair runs between 10/1-11/7.", [("10/1-11/7", "2025-10-01/2025-11-07")]),
    # look-alikes: a score before a date, "and" without "between"
    ("The team won 3-1 June 5.", [("June 5", "2025-06-05")]),
    ("He scored 3 and 12 of June.", []),
]


@pytest.mark.parametrize(("text", "expected"), DAY_RANGES)
def test_day_ranges_before_the_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


WEEKS_OF = [
    ("Talks resume in the first week of June.", [("the first week of June", "2025-W23")]),
    ("Sales peaked in the last week of 2024.", [("the last week of 2024", "2024-W52")]),
    ("Sales peaked in the last week of this month.", [("the last week of this month", "2025-W26")]),
    # look-alikes: not a period after "of"
    ("In the first week of office he resigned.", []),
]


@pytest.mark.parametrize(("text", "expected"), WEEKS_OF)
def test_nth_week_of_a_period_is_an_iso_week(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


EARLIER_LATER = [
    ("A vote is due later in the year.", [("later in the year", "2025")]),
    ("Sales rose earlier in the week.", [("earlier in the week", "2025-W24")]),
    ("Gains in this calendar year were small.", [("this calendar year", "2025")]),
    # look-alikes: an anaphoric "that year" stays unresolved; a bare "calendar year" is no date
    ("Sales rose later that year.", [("later that year", "XXXX")]),
    ("The calendar year ended.", []),
]


@pytest.mark.parametrize(("text", "expected"), EARLIER_LATER)
def test_earlier_and_later_in_the_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_a_comma_joins_a_month_and_a_day_only_for_an_ordinal() -> None:
    assert found("In October, 3 people died.") == [("October", "2024-10")]
    assert found("In October, 3rd-quarter sales fell.") == [("October", "2024-10"), ("3rd-quarter", "2024-Q3")]


SPELLED_DAYS = [
    ("We meet on February twenty-second.", [("February twenty-second", "2025-02-22")]),
    ("We meet on the second of August.", [("second of August", "2025-08-02")]),
    ("We meet on Tuesday the eleventh.", [("Tuesday the eleventh", "2025-03-11")]),
    ("The vote is on June first.", [("June first", "2025-06-01")]),
    # look-alikes: an ordinal that counts something else
    ("June first-quarter sales rose.", [("June", "2025-06"), ("first-quarter", "2025-Q1")]),
    ("He came in March second place.", [("March", "2025-03")]),
    ("Tuesday the second time failed.", [("Tuesday", "2025-06-03")]),
]


@pytest.mark.parametrize(("text", "expected"), SPELLED_DAYS)
def test_spelled_ordinal_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected
