"""Table tests for durations in seconds, ranges of lengths, year-like figures and deferrals.

Each behaviour comes with minimal-edit look-alikes that must not produce the claim.
"""

from __future__ import annotations

from datetime import date

import pytest

import claimtrack
from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.dates import find_dates
from claimtrack.model import DurationClaim
from claimtrack.settings import Settings

WEDNESDAY = date(2026, 11, 25)


def found(text: str, published: date | None = WEDNESDAY) -> list[tuple[str, str, str | None]]:
    """(text, value, high) of every date and duration claim; ``high`` is None for dates."""
    ctx = FieldContext.build(text, "text", published, Settings())
    claims = find_dates(ctx)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return [(c.text, c.value, c.high if isinstance(c, DurationClaim) else None) for c in claims]


SECONDS = [
    ("The sprinter cut 12 seconds from her best.", [("12 seconds", "PT12S", None)]),
    ("The hearing ran 40 minutes and 9 seconds.", [("40 minutes", "PT40M", None), ("9 seconds", "PT9S", None)]),
    ("The screen froze for a few seconds.", [("a few seconds", "PTXS", None)]),
    ("The lights went out for several seconds.", [("several seconds", "PTXS", None)]),
    ("She paused for two seconds before answering.", [("two seconds", "PT2S", None)]),
    ("They aired a 30-second advert.", [("30-second", "PT30S", None)]),
    ("There was a three-second gap.", [("three-second", "PT3S", None)]),
    ("There was a 5 second delay.", [("5 second", "PT5S", None)]),
    ("The gate closes in 20 seconds.", [("20 seconds", "PT20S", None)]),
]

ORDINAL_SECOND = [
    "He sought a second term in office.",
    "The club lost for a second time.",
    "They scored two second-half goals.",
    "Profit rose in the second quarter of the season.",
    "She is the second-largest shareholder.",
    "Talks open in a second round next month.",
    "It was one second-place finish after another.",
    "The city has a second airport.",
]


@pytest.mark.parametrize(("text", "expected"), SECONDS)
def test_durations_in_seconds(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", ORDINAL_SECOND)
def test_second_as_ordinal_is_no_duration(text: str) -> None:
    assert not [c for c in found(text) if c[1].startswith("PT")]


RANGES = [
    ("She was out of work for one to two years.", ("one to two years", "P1Y", "P2Y")),
    ("Rents rose over the past five or six years.", ("five or six years", "P5Y", "P6Y")),
    ("Expect a four-to-six-week wait.", ("four-to-six-week", "P4W", "P6W")),
    ("Repairs take between three and 12 days.", ("between three and 12 days", "P3D", "P12D")),
    ("Delivery takes 4-6 weeks.", ("4-6 weeks", "P4W", "P6W")),
    ("Delivery takes 4–6 weeks.", ("4–6 weeks", "P4W", "P6W")),
    ("Simmer for 20 to 25 minutes.", ("20 to 25 minutes", "PT20M", "PT25M")),
    ("It is a 15- to 20-minute drive.", ("15- to 20-minute", "PT15M", "PT20M")),
    ("Recovery can take 2.5 to 3 months.", ("2.5 to 3 months", "P2.5M", "P3M")),
    ("Between 7 and 9 hours of sleep helps.", ("Between 7 and 9 hours", "PT7H", "PT9H")),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_duration_ranges(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [expected]


NOT_RANGES = [
    ("She was out of work for two years.", [("two years", "P2Y", None)]),
    ("It took 4 or 3 weeks.", [("3 weeks", "P3W", None)]),  # not shorter: no range
    ("It took 3 or 3 weeks.", [("3 weeks", "P3W", None)]),
    ("Rents rose over the past six years.", [("the past six years", "P6Y", None)]),
    ("Voters aged 18 to 34 backed him.", []),
    ("Children aged 5 to 11 years were tested.", [("11 years", "P11Y", None)]),
    ("Those between the ages of 5 and 11 years were tested.", [("11 years", "P11Y", None)]),
    ("Rates went from 2 to 3 percent.", []),
    ("Output grew from 2021 to 2023.", [("2021 to 2023", "2021/2023", None)]),
    ("The vote was 3-2, years after the split.", []),
]


@pytest.mark.parametrize(("text", "expected"), NOT_RANGES)
def test_range_look_alikes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


def test_range_claim_in_the_document() -> None:
    claims = list(claimtrack.extract("He waited one to two years for a visa.", published="2026-11-25"))
    durations = [c for c in claims if c.kind == "duration"]
    assert [(c.text, c.value, c.high) for c in durations] == [("one to two years", "P1Y", "P2Y")]
    assert not [c for c in claims if c.kind in ("count", "number") and c.text == "one"]


YEAR_LIKE_FIGURES = [
    ("The engine broke the 1000 hp mark.", "1000 hp", "1000", "horsepower"),
    ("They drove a 2000 km loop.", "2000 km", "2000", "kilometer"),
    ("It was a 1500-km voyage.", "1500-km", "1500", "kilometer"),
    ("The plant adds 1200 MW next year.", "1200 MW", "1200", "megawatt"),
    ("Farmers sold 1999 tonnes of rice.", "1999 tonnes", "1999", "tonne"),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), YEAR_LIKE_FIGURES)
def test_year_like_number_with_a_unit_is_a_figure(text: str, surface: str, value: str, unit: str) -> None:
    assert not [c for c in found(text) if c[0].startswith(value)]
    claims = list(claimtrack.extract(text, published="2026-11-25"))
    measures = [(c.text, str(c.value), c.unit) for c in claims if c.kind == "measure"]
    assert (surface, value, unit) in measures


YEARS_KEPT = [
    ("In 2000 prices rose.", [("2000", "2000", None)]),
    ("The 2000 election was close.", [("2000", "2000", None)]),
    ("The 2000 census was late.", [("2000", "2000", None)]),
    ("Sales in 2000 and 2001 fell.", [("2000", "2000", None), ("2001", "2001", None)]),
    ("It opened in May 2000.", [("May 2000", "2000-05", None)]),
    ("The 1990s were calm.", [("1990s", "199", None)]),
    ("Results for 2000-01 were weak.", [("2000-01", "2000/2001", None)]),
    ("In 2000 mw was not a unit.", [("2000", "2000", None)]),  # "MW" only in capitals
]


@pytest.mark.parametrize(("text", "expected"), YEARS_KEPT)
def test_years_stay_dates(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


DEFERRALS = [
    ("Officials put off until Tuesday any ruling.", "Tuesday", "2026-12-01"),
    ("The board postponed the vote until Tuesday.", "Tuesday", "2026-12-01"),
    ("The judge adjourned the trial till Monday.", "Monday", "2026-11-30"),
    ("Ministers delayed a decision on the plan to Tuesday.", "Tuesday", "2026-12-01"),
    ("The launch was pushed back to Tuesday morning.", "Tuesday morning", "2026-12-01TMO"),
    ("The council deferred the budget until Nov. 3.", "Nov. 3", "2027-11-03"),
]

NOT_DEFERRALS = [
    ("The talks lasted until Tuesday.", "Tuesday", "2026-11-24"),
    ("The board met until Tuesday.", "Tuesday", "2026-11-24"),
    ("The vote was held Tuesday.", "Tuesday", "2026-11-24"),
    ("He delayed his trip and left on Tuesday.", "Tuesday", "2026-11-24"),
    ("The decision was postponed, and talks ended Tuesday.", "Tuesday", "2026-11-24"),
]


@pytest.mark.parametrize(("text", "surface", "value"), DEFERRALS + NOT_DEFERRALS)
def test_dates_after_deferrals_look_forward(text: str, surface: str, value: str) -> None:
    assert [(c[0], c[1]) for c in found(text)] == [(surface, value)]


def test_ranges_and_seconds_stay_linear() -> None:
    text = "for one to two years, 6-8 weeks and 10 seconds; postponed until Tuesday. " * 400
    claims = found(text)
    assert len(claims) == 4 * 400


UPPER_RANGES = [
    ("The mine may idle for a year or two.", [("a year or two", "P1Y", "P2Y")]),
    ("Repairs take a day or two.", [("a day or two", "P1D", "P2D")]),
    ("Talks could run one week or three.", [("one week or three", "P1W", "P3W")]),
    ("The shaft stayed shut for a month or 2.", [("a month or 2", "P1M", "P2M")]),
]

NOT_UPPER_RANGES = [
    ("The mine idled for a week or two months.", [("a week", "P1W", None), ("two months", "P2M", None)]),
    ("The mine idled for a year or two-thirds of it.", [("a year", "P1Y", None)]),
    ("The mine idled for a year or sooner.", [("a year", "P1Y", None)]),
    ("The mine idled for a year or two%.", [("a year", "P1Y", None)]),
    ("The mine idled for two years or one.", [("two years", "P2Y", None)]),
]


@pytest.mark.parametrize(("text", "expected"), UPPER_RANGES + NOT_UPPER_RANGES)
def test_ranges_with_the_longer_end_after_the_unit(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found(text) == expected


def test_or_so_makes_a_length_approximate() -> None:
    ctx = FieldContext.build("The mine idled for a week or so, then a week.", "text", WEDNESDAY, Settings())
    claims = [c for c in find_dates(ctx) if isinstance(c, DurationClaim)]
    assert [(c.text, c.value, c.high, c.approx) for c in claims] == [
        ("a week or so", "P1W", None, "about"),
        ("a week", "P1W", None, None),
    ]


EXTENSIONS = [
    ("The permit was extended to June 1.", "June 1", "2027-06-01"),
    ("The court extended the ban until Tuesday.", "Tuesday", "2026-12-01"),
    ("Regulators extended the comment period through Nov. 3.", "Nov. 3", "2027-11-03"),
    ("The lease was prolonged until Monday.", "Monday", "2026-11-30"),
]

NOT_EXTENSIONS = [
    ("The permit was issued on June 1.", "June 1", "2026-06-01"),
    ("The ban lasted until Tuesday.", "Tuesday", "2026-11-24"),
    ("The strike, which extended over weeks, ended Monday.", "Monday", "2026-11-23"),
]


@pytest.mark.parametrize(("text", "surface", "value"), EXTENSIONS + NOT_EXTENSIONS)
def test_dates_after_extensions_look_forward(text: str, surface: str, value: str) -> None:
    assert [(c[0], c[1]) for c in found(text) if c[0] == surface] == [(surface, value)]
