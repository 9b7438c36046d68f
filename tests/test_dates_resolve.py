"""Resolution of relative and year-less dates against the publication date; never the clock."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.dates import find_dates
from claimtrack.settings import Settings

MONDAY = date(2025, 6, 9)


def one(text: str, published: date | None = MONDAY):  # type: ignore[no-untyped-def]
    claims = find_dates(FieldContext.build(text, "text", published, Settings()))
    assert len(claims) == 1, [(c.text, c.value) for c in claims]
    return claims[0]


RELATIVE = [
    ("Shares fell yesterday.", "yesterday", "2025-06-08"),
    ("Shares fall today.", "today", "2025-06-09"),
    ("Talks ended on Friday.", "Friday", "2025-06-06"),
    ("Talks will resume on Friday.", "Friday", "2025-06-13"),
    ("Sales fell last month.", "last month", "2025-05"),
    ("Sales will rise next month.", "next month", "2025-07"),
    ("Sales rose this month.", "this month", "2025-06"),
    ("Sales rose last year.", "last year", "2024"),
    ("Sales will rise next year.", "next year", "2026"),
    ("Sales rose earlier this year.", "earlier this year", "2025"),
    ("Sales were lower a year earlier.", "a year earlier", "2024"),
    ("The plant closed two weeks ago.", "two weeks ago", "2025-W22"),
    ("The plant closed three years ago.", "three years ago", "2022"),
    ("The board meets next Tuesday.", "next Tuesday", "2025-06-10"),
    ("The board met last Tuesday.", "last Tuesday", "2025-06-03"),
    ("Sales rose last November.", "last November", "2024-11"),
    ("Sales rose last week.", "last week", "2025-W23"),
    ("Sales will rise next week.", "next week", "2025-W25"),
]


@pytest.mark.parametrize(("text", "surface", "value"), RELATIVE)
def test_relative_expressions(text: str, surface: str, value: str) -> None:
    claim = one(text)
    assert (claim.text, claim.value) == (surface, value)


def test_ambiguous_next_weekday_keeps_the_other_reading() -> None:
    claim = one("The board meets next Tuesday.")
    assert claim.alternatives == ("2025-06-17",)


def test_yearless_date_keeps_the_other_year_as_alternative() -> None:
    claim = one("The envoy arrives on July 9.")
    assert claim.value == "2025-07-09"
    assert claim.alternatives == ("2024-07-09",)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Exports rose in May.", date(2025, 6, 20), "2025-05"),
        ("Exports will rise in May.", date(2025, 6, 20), "2026-05"),
        ("A deal is needed by January 15.", date(2025, 12, 1), "2026-01-15"),
        ("The deal was signed on December 15.", date(2026, 1, 10), "2025-12-15"),
        ("The meeting is on January 15.", date(2025, 12, 20), "2026-01-15"),
    ],
)
def test_yearless_dates_follow_tense_and_cues(text: str, published: date, value: str) -> None:
    assert one(text, published).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The envoy arrives on July 9.", "XXXX-07-09"),
        ("Shares fell yesterday.", "XXXX-XX-XX"),
        ("Exports rose in May.", "XXXX-05"),
        ("Sales fell last week.", "XXXX-WXX"),
        ("Profit rose in the first quarter.", "XXXX-Q1"),
        ("Talks ended on Friday.", "XXXX-WXX-5"),
    ],
)
def test_without_published_unknown_parts_stay_x(text: str, value: str) -> None:
    claim = one(text, published=None)
    assert (claim.value, claim.start_date, claim.end_date) == (value, None, None)


def test_absolute_dates_resolve_without_published() -> None:
    claim = one("The pact was signed on July 9, 2025.", published=None)
    assert (claim.value, claim.start_date) == ("2025-07-09", date(2025, 7, 9))


def test_impossible_date_is_kept_for_checking() -> None:
    claim = one("The vote is set for June 31, 2025.")
    assert (claim.value, claim.start_date) == ("2025-06-31", None)


@pytest.mark.parametrize("published", [date(1, 1, 1), date(9999, 12, 31)])
def test_relative_dates_at_the_calendar_edges_do_not_raise(published: date) -> None:
    text = "Yesterday, last week, next year, two weeks ago and next Tuesday, in May and on July 9."
    claims = find_dates(FieldContext.build(text, "text", published, Settings()))
    assert claims


def test_results_do_not_depend_on_the_clock() -> None:
    first = one("Sales fell last month.", date(2001, 3, 15))
    assert first.value == "2001-02"


@pytest.mark.parametrize(
    ("text", "value"),
    [("Talks continued over the weekend.", "2025-W23-WE"), ("Talks will continue over the weekend.", "2025-W24-WE")],
)
def test_the_weekend(text: str, value: str) -> None:
    claim = one(text)
    assert (claim.text, claim.value) == ("the weekend", value)


# A year-less date the day after publication is a scheduled event of this year, even in a
# past-tense sentence, unless a past cue stands right before it.
THURSDAY_1987 = date(1987, 2, 26)
DAY_AFTER = [
    ("Officials said the talks resume Feb 27.", "1987-02-27"),
    ("Officials said the vote on Feb. 27 would be close.", "1987-02-27"),
    ("The committee said it meets Feb. 27 in Bonn.", "1987-02-27"),
    ("Officials said the deal closed Feb. 27.", "1986-02-27"),
    ("Officials said the deal was signed on Feb. 27.", "1986-02-27"),
    ("Officials said the talks resumed Feb. 28.", "1986-02-28"),
]


@pytest.mark.parametrize(("text", "value"), DAY_AFTER)
def test_yearless_date_the_day_after_publication(text: str, value: str) -> None:
    assert one(text, published=THURSDAY_1987).value == value


def test_day_after_rule_is_for_days_not_months() -> None:
    assert one("Sales rose in March.", published=date(1987, 2, 28)).value == "1986-03"
