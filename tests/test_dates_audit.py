"""Fixes from an audit of date and duration claims on unseen political news (issue 3).

Each behaviour comes with minimal-edit look-alikes that must keep the old reading or give
no claim. Sentences are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.dates import find_dates
from claimtrack.settings import Settings

MONDAY = date(2026, 11, 23)
WEDNESDAY = date(2026, 11, 25)
SATURDAY = date(2026, 11, 28)
SUNDAY = date(2026, 11, 29)


def claims(text: str, published: date | None) -> list[tuple[str, str]]:
    found = find_dates(FieldContext.build(text, "text", published, Settings()))
    return [(c.text, str(c.value)) for c in found]


# Future-looking cues resolve a bare weekday forward, like "will"; past saying stays past.
FORWARD_CUES = [
    ("Regulators expect a ruling on Friday.", "2026-11-27"),
    ("The mayor expects a reply on Friday.", "2026-11-27"),
    ("Farmers hope to harvest on Friday.", "2026-11-27"),
    ("The club aims to sign him on Friday.", "2026-11-27"),
    ("The owners intend to sell on Friday.", "2026-11-27"),
    ("The council is poised to vote on Friday.", "2026-11-27"),
    ("Senators are poised to vote on Friday.", "2026-11-27"),
    ("The union plans to strike on Friday.", "2026-11-27"),
    ("Lawmakers are to vote on Friday.", "2026-11-27"),
    # look-alikes: the saying or the expecting is past
    ("Regulators expected a ruling on Friday.", "2026-11-20"),
    ("The bank said on Thursday it would close branches.", "2026-11-19"),
    ("The mayor said on Friday he expects a reply.", "2026-11-20"),
    ("Farmers harvested on Friday.", "2026-11-20"),
]


@pytest.mark.parametrize(("text", "value"), FORWARD_CUES)
def test_future_cues_look_forward(text: str, value: str) -> None:
    weekday = [v for t, v in claims(text, WEDNESDAY) if t in ("Friday", "Thursday")]
    assert weekday == [value]


# "this past" before a week, weekend, month, weekday or month name is the last one; "this
# past year" stays a length ("the past year").
THIS_PAST = [
    ("Turnout fell this past weekend.", MONDAY, [("this past weekend", "2026-W47-WE")]),
    ("This past week, the senator resigned.", WEDNESDAY, [("This past week", "2026-W47")]),
    ("Exports slowed this past month.", WEDNESDAY, [("this past month", "2026-10")]),
    ("The envoy arrived this past Tuesday.", WEDNESDAY, [("this past Tuesday", "2026-11-24")]),
    ("Rents climbed this past summer.", WEDNESDAY, [("this past summer", "2026-SU")]),
    ("Prices fell this past year.", WEDNESDAY, [("past year", "P1Y")]),
    ("Prices fell over the past week.", WEDNESDAY, [("the past week", "P1W")]),
    ("Sales rose in the past quarter.", WEDNESDAY, [("the past quarter", "P3M")]),
    # "the past" alone is the past, and "coming quarter" is the next one, not a length
    ("In the past, quarterly sales rose.", WEDNESDAY, [("the past", "PAST_REF"), ("quarterly", "P3M")]),
    ("Sales will rise in the coming quarter.", WEDNESDAY, [("coming quarter", "2027-Q1")]),
    ("Turnout fell this weekend.", SATURDAY, [("this weekend", "2026-W48-WE")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), THIS_PAST)
def test_this_past(text: str, published: date, expected: list[tuple[str, str]]) -> None:
    assert claims(text, published) == expected


# "this weekend" in a past clause written early in the week is the weekend just gone; the
# weekend of a Saturday or Sunday is its own, even looking forward.
WEEKENDS = [
    ("The governor told donors this weekend that he would run.", MONDAY, "2026-W47-WE"),
    ("The governor spoke to donors this weekend.", MONDAY, "2026-W47-WE"),
    ("The governor will speak to donors this weekend.", MONDAY, "2026-W48-WE"),
    ("The governor speaks to donors this weekend.", MONDAY, "2026-W48-WE"),
    ("The governor spoke to donors this weekend.", SATURDAY, "2026-W48-WE"),
    ("The curfew will stay in force through the weekend.", SUNDAY, "2026-W48-WE"),
    ("The curfew will stay in force through the weekend.", SATURDAY, "2026-W48-WE"),
    ("The curfew stayed in force through the weekend.", SUNDAY, "2026-W48-WE"),
    ("The curfew will stay in force through the weekend.", WEDNESDAY, "2026-W48-WE"),
]


@pytest.mark.parametrize(("text", "published", "value"), WEEKENDS)
def test_weekends(text: str, published: date, value: str) -> None:
    assert [v for t, v in claims(text, published) if "weekend" in t] == [value]


# A month and day followed by "(of) last/next/this year" takes that year, in one claim.
RELATIVE_YEAR = [
    ("The plant opened on May 4th of last year.", [("May 4th of last year", "2025-05-04")]),
    ("The plant opened on May 4 last year.", [("May 4 last year", "2025-05-04")]),
    ("The plant opened on 4 May last year.", [("4 May last year", "2025-05-04")]),
    ("The plant reopens on May 4 next year.", [("May 4 next year", "2027-05-04")]),
    ("The plan is due in April of next year.", [("April of next year", "2027-04")]),
    ("The plan was due in April of last year.", [("April of last year", "2025-04")]),
    ("The plan is due in April next year.", [("April next year", "2027-04")]),
    # look-alikes: a possessive "last year's" is its own claim; a written year wins
    ("The plant opened on May 4, 2024.", [("May 4, 2024", "2024-05-04")]),
    ("Fans met on May 4 last year's champions.", [("May 4", "2026-05-04"), ("last year", "2025")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_YEAR)
def test_day_of_relative_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text, WEDNESDAY) == expected


def test_day_of_relative_year_without_publication_date() -> None:
    assert claims("The plant opened on May 4 last year.", None) == [("May 4 last year", "XXXX-05-04")]


# Vague amounts with a capital letter ("A few", "Several") read like lower-case ones.
VAGUE = [
    ("A few weeks ago, the plant closed.", [("A few weeks ago", "XXXX-WXX")]),
    ("a few weeks ago, the plant closed.", [("a few weeks ago", "XXXX-WXX")]),
    ("Several weeks ago, the plant closed.", [("Several weeks ago", "XXXX-WXX")]),
    ("A few weeks before the vote, it closed.", [("A few weeks", "PXW")]),
    ("Several months of talks followed.", [("Several months", "PXM")]),
    ("A few reporters waited.", []),
]


@pytest.mark.parametrize(("text", "expected"), VAGUE)
def test_vague_amounts_with_capital(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text, WEDNESDAY) == expected


# Not lengths of time: an occasion ("on a day of"), a rate joined by hyphens, "one day" as
# "some day". Look-alikes keep the length.
NOT_LENGTHS = [
    ("On a day of protests, the mayor resigned.", []),
    ("Cooks earn $15-an-hour wages.", []),
    ("It grew into a $300-million-a-year firm.", []),
    ("The coach hopes to win the cup one day.", []),
    ("One day, the old mill burned down.", []),
    ("The mill closed for a day.", [("a day", "P1D")]),
    ("The mill closed for one day.", [("one day", "P1D")]),
    ("Dockers held a one-day strike.", [("one-day", "P1D")]),
    ("The strike began one day after the vote.", [("one day", "P1D")]),
    ("Tenants got one day's notice.", [("one day", "P1D")]),
    ("It took a day to fix.", [("a day", "P1D")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_LENGTHS)
def test_not_lengths(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text, WEDNESDAY) == expected


# A holiday name right before a noun it modifies is not a date.
HOLIDAYS = [
    ("Growers shipped Christmas trees to Texas.", []),
    ("Shops sold out of Halloween costumes.", []),
    ("The Christmas shopping season was weak.", []),
    ("Growers shipped the trees before Christmas.", [("Christmas", "2026-12-25")]),
    ("The mill reopens after Thanksgiving.", [("Thanksgiving", "2026-11-26")]),
    ("Growers shipped trees on Christmas 2025.", [("Christmas 2025", "2025-12-25")]),
]


@pytest.mark.parametrize(("text", "expected"), HOLIDAYS)
def test_holiday_as_modifier(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text, WEDNESDAY) == expected


# A year-less date before a "deadline" noun is resolved as a deadline: the nearest one, not
# pushed back by a past verb that governs the noun phrase.
DEADLINES = [
    ("The agency gave no reason for the Jan. 14 deadline.", date(2027, 1, 5), "2027-01-14"),
    ("The agency set no reason for the Jan. 14 deadline.", date(2027, 1, 5), "2027-01-14"),
    ("The agency gave no reason for the Jan. 14 decision.", date(2027, 1, 5), "2026-01-14"),
    ("The agency met the Jan. 3 deadline.", date(2027, 1, 5), "2027-01-03"),
]


@pytest.mark.parametrize(("text", "published", "value"), DEADLINES)
def test_deadline_noun_after(text: str, published: date, value: str) -> None:
    assert [v for _, v in claims(text, published)] == [value]


def test_deadline_noun_keeps_the_written_role() -> None:
    found = find_dates(FieldContext.build("They met the Jan. 3 deadline.", "text", date(2027, 1, 5), Settings()))
    assert [(c.text, c.role) for c in found] == [("Jan. 3", "point")]


# Irregular past forms make a clause look back; not as a passive or after "to".
IRREGULAR = [
    ("Officials told donors in May that sales rose.", WEDNESDAY, "2026-05"),
    ("The board held talks in December.", WEDNESDAY, "2025-12"),
    ("The board will be told in December.", WEDNESDAY, "2026-12"),
    ("The vote will be held in December.", WEDNESDAY, "2026-12"),
]


@pytest.mark.parametrize(("text", "published", "value"), IRREGULAR)
def test_irregular_past_forms(text: str, published: date, value: str) -> None:
    assert [v for _, v in claims(text, published)] == [value]


# A year-less day that names a known event, right before an event noun, takes its year.
NAMED_DAYS = [
    ("Rumours about the Sept. 11 attacks spread online.", [("Sept. 11", "2001-09-11")]),
    ("He repeated Sept. 11 conspiracy theories.", [("Sept. 11", "2001-09-11")]),
    ("Families of September 11 victims protested.", [("September 11", "2001-09-11")]),
    ("The mayor spoke at a Sept. 11 memorial service.", [("Sept. 11", "2026-09-11")]),
    ("The council meets on Sept. 11 next year.", [("Sept. 11 next year", "2027-09-11")]),
    ("The Sept. 12 attacks were foiled.", [("Sept. 12", "2026-09-12")]),
    ("Rumours about the Sept. 11, 2019 attacks spread.", [("Sept. 11, 2019", "2019-09-11")]),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_DAYS)
def test_named_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert claims(text, WEDNESDAY) == expected


def test_named_day_keeps_this_years_day_as_the_other_reading() -> None:
    found = find_dates(FieldContext.build("The Sept. 11 attacks shook markets.", "text", WEDNESDAY, Settings()))
    assert [(c.value, c.alternatives) for c in found] == [("2001-09-11", ("2026-09-11",))]
