"""Anaphoric dates ("the next day", "later that year") read against the story's own last date.

Each behaviour comes with minimal-edit look-alikes that must not produce the claim (or must
keep an unknown value). Also: "by the <ordinal> quarter" keeps its deadline role.
"""

from __future__ import annotations

from datetime import date

import pytest

import claimtrack
from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.dates import find_dates
from claimtrack.model import DateClaim
from claimtrack.settings import Settings

WEDNESDAY = date(2026, 11, 25)
ANCHOR = "The mill shut on March 3, 2025. "


def dates(text: str, published: date | None = WEDNESDAY) -> list[DateClaim]:
    ctx = FieldContext.build(text, "text", published, Settings())
    claims = [c for c in find_dates(ctx) if isinstance(c, DateClaim)]
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
    return claims


def value_of(text: str, surface: str, published: date | None = WEDNESDAY) -> str | None:
    """The value of the date claim written ``surface``, or None when there is none."""
    values = [c.value for c in dates(text, published) if c.text == surface]
    assert len(values) <= 1
    return values[0] if values else None


ANAPHORS = [
    ("The next day, crews returned.", "The next day", "2025-03-04"),
    ("Crews returned the following day.", "the following day", "2025-03-04"),
    ("Crews had returned the day before.", "the day before", "2025-03-02"),
    ("Crews had returned the previous day.", "the previous day", "2025-03-02"),
    ("Crews returned the day after, in rain.", "the day after", "2025-03-04"),
    ("That same day, crews returned.", "That same day", "2025-03-03"),
    ("Crews returned that day.", "that day", "2025-03-03"),
    ("Earlier that day, crews returned.", "Earlier that day", "2025-03-03"),
    ("Later that day, crews returned.", "Later that day", "2025-03-03"),
    ("The next morning, crews returned.", "The next morning", "2025-03-04TMO"),
    ("Crews returned that night.", "that night", "2025-03-03TNI"),
    ("Crews had left the previous evening.", "the previous evening", "2025-03-02TEV"),
    ("Two days later, crews returned.", "Two days later", "2025-03-05"),
    ("Crews returned 10 days later.", "10 days later", "2025-03-13"),
    ("A week later, crews returned.", "A week later", "2025-W11"),
    ("Two weeks earlier, crews had left.", "Two weeks earlier", "2025-W08"),
    ("Three months later, crews returned.", "Three months later", "2025-06"),
    ("Crews returned that month.", "that month", "2025-03"),
    ("Later that month, crews returned.", "Later that month", "2025-03"),
    ("The following month, crews returned.", "The following month", "2025-04"),
    ("Crews returned that year.", "that year", "2025"),
    ("Later that year, crews returned.", "Later that year", "2025"),
    ("The following year, crews returned.", "The following year", "2026"),
    ("Crews had struck the year before.", "the year before", "2024"),
    ("A year later, crews returned.", "A year later", "2026"),
    ("That year's budget was cut.", "That year", "2025"),
    ("The following Friday, crews returned.", "The following Friday", "2025-03-07"),
    ("Crews returned the following Monday.", "the following Monday", "2025-03-10"),
]


@pytest.mark.parametrize(("sentence", "surface", "value"), ANAPHORS)
def test_anaphor_resolves_against_the_last_date(sentence: str, surface: str, value: str) -> None:
    assert value_of(ANCHOR + sentence, surface) == value


@pytest.mark.parametrize(("sentence", "surface", "value"), ANAPHORS)
def test_anaphor_without_publication_date_still_resolves(sentence: str, surface: str, value: str) -> None:
    assert value_of(ANCHOR + sentence, surface, None) == value


UNKNOWN = [
    ("The next day, crews returned.", "The next day", "XXXX-XX-XX"),
    ("The next morning, crews returned.", "The next morning", "XXXX-XX-XXTMO"),
    ("Crews returned that day.", "that day", "XXXX-XX-XX"),
    ("Later that month, crews returned.", "Later that month", "XXXX-XX"),
    ("Later that year, crews returned.", "Later that year", "XXXX"),
    ("The following year, crews returned.", "The following year", "XXXX"),
    ("The following Monday, crews returned.", "The following Monday", "XXXX-WXX-1"),
]


@pytest.mark.parametrize(("sentence", "surface", "value"), UNKNOWN)
def test_anaphor_without_anchor_keeps_unknown_value(sentence: str, surface: str, value: str) -> None:
    """No earlier date in the field: never guessed from the publication date."""
    claims = [c for c in dates(sentence) if c.text == surface]
    assert [c.value for c in claims] == [value]
    assert claims[0].start_date is None
    assert claims[0].end_date is None


def test_counted_length_without_anchor_stays_a_duration() -> None:
    ctx = FieldContext.build("Two days later, crews returned.", "text", WEDNESDAY, Settings())
    assert [(c.kind, c.text, c.value) for c in find_dates(ctx)] == [("duration", "Two days", "P2D")]


def test_counted_length_needs_later_after_it() -> None:
    text = ANCHOR + "Crews worked two days in a row. Crews worked two days later than planned."
    claims = FieldContext.build(text, "text", WEDNESDAY, Settings())
    kinds = [(c.kind, c.text) for c in find_dates(claims)]
    assert kinds[1:] == [("duration", "two days"), ("duration", "two days")]


def test_anchor_granularity_is_required() -> None:
    """ "the next day" needs a day; a year anchor is not enough (and no guess from publication)."""
    assert value_of("The mill shut in 2024. The next day, crews returned.", "The next day") == "XXXX-XX-XX"
    assert value_of("The mill shut in 2024. That month, crews returned.", "That month") == "XXXX-XX"
    assert value_of("The mill shut in 2024. That year, crews returned.", "That year") == "2024"


def test_same_day_after_a_coarser_date_keeps_the_day_unknown() -> None:
    """ "that same day" after "in October 2024": a day of that month, its number unknown."""
    claims = [
        c for c in dates("The mill shut in October 2024. That same day, crews left.") if c.text == "That same day"
    ]
    assert [(c.value, c.start_date, c.end_date) for c in claims] == [
        ("2024-10-XX", date(2024, 10, 1), date(2024, 10, 31))
    ]
    assert value_of("The mill shut in 2024. That same day, crews left.", "That same day") == "2024-XX-XX"


def test_most_recent_anchor_wins_and_anaphors_chain() -> None:
    text = ANCHOR + "Talks opened on May 9, 2025. The next day, crews returned. The day after, they left."
    assert value_of(text, "The next day") == "2025-05-10"
    assert value_of(text, "The day after") == "2025-05-11"


def test_later_and_earlier_cut_the_period_at_the_anchor() -> None:
    claims = {c.text: c for c in dates("The mill shut in June 2025. Later that year it reopened.")}
    later = claims["Later that year"]
    assert (later.value, later.start_date, later.end_date) == ("2025", date(2025, 7, 1), date(2025, 12, 31))
    claims = {c.text: c for c in dates("The mill shut on May 9, 2025. Earlier that month it had struck.")}
    earlier = claims["Earlier that month"]
    assert (earlier.value, earlier.start_date, earlier.end_date) == ("2025-05", date(2025, 5, 1), date(2025, 5, 8))


def test_part_and_role_apply_to_an_anaphor() -> None:
    claims = {c.text: c for c in dates(ANCHOR + "It must reopen by the end of that year.")}
    end = claims["the end of that year"]
    assert (end.value, end.role, end.start_date) == ("2025", "deadline", date(2025, 9, 1))


LOOK_ALIKES = [
    ("Crews returned the day before the vote.", "the day before"),
    ("Crews returned the year after the flood.", "the year after"),
    ("Crews hated that day-to-day grind.", "that day"),
    ("The next week will be busy.", "The next week"),
    ("Sales rose from the previous year.", "the previous year"),
    ("Following Monday's vote, crews returned.", "Following Monday"),
    ("Crews said that month after month pay fell.", "that month"),
    ("Crews returned the same day as the vote.", "the same day"),
]


@pytest.mark.parametrize(("sentence", "surface"), LOOK_ALIKES)
def test_look_alikes_are_no_anaphors(sentence: str, surface: str) -> None:
    assert value_of(ANCHOR + sentence, surface) is None


def test_next_week_stays_relative_to_publication() -> None:
    assert value_of(ANCHOR + "Talks resume next week.", "next week") == "2026-W49"


def test_figure_in_an_anaphor_sentence_links_to_it() -> None:
    claims = claimtrack.extract(ANCHOR + "The next day, shares fell 5%.", published=WEDNESDAY)
    anaphor = next(c for c in claims if c.kind == "date" and c.text == "The next day")
    percent = next(c for c in claims if c.kind == "percent")
    assert percent.when == anaphor.id


def test_fields_do_not_share_anchors() -> None:
    claims = claimtrack.extract("The next day, crews returned.", published=WEDNESDAY, title="Mill shut March 3, 2025")
    body = [c for c in claims if c.kind == "date" and c.field != "title"]
    assert [c.value for c in body] == ["XXXX-XX-XX"]


DEADLINES = [
    ("The plant will open by the second quarter of 2026.", "second quarter of 2026", "deadline"),
    ("The plant will open by the end of the first quarter.", "the end of the first quarter", "deadline"),
    ("The plant will open by Q3.", "Q3", "deadline"),
    ("The plant will open by the fourth quarter.", "fourth quarter", "deadline"),
    ("The plant will open by the first half of 2027.", "first half of 2027", "deadline"),
    ("The plant will open in the second quarter of 2026.", "second quarter of 2026", "point"),
    ("The plant was hit by the second quarter slump.", "second quarter", "point"),
    ("Output fell by the third quarter of 2025 levels.", "third quarter of 2025", "point"),
    ("The plant was driven by the third-quarter results.", "third-quarter", "point"),
]


@pytest.mark.parametrize(("sentence", "surface", "role"), DEADLINES)
def test_by_the_ordinal_quarter_is_a_deadline(sentence: str, surface: str, role: str) -> None:
    roles = [c.role for c in dates(sentence) if c.text == surface]
    assert roles == [role]


COUNTED_FROM_A_DATE = [
    ("Crews left the day before March 3, 2025.", "the day before March 3, 2025", "2025-03-02", "point"),
    ("Crews left the night before March 3, 2025.", "the night before March 3, 2025", "2025-03-02TNI", "point"),
    ("Crews left two days after March 3, 2025.", "two days after March 3, 2025", "2025-03-05", "point"),
    ("Crews left a week before May 2025.", "a week", None, None),  # a week needs a day
    ("Crews left two years after 2020.", "two years after 2020", "2022", "point"),
    ("Crews left the year before 2020.", "the year before 2020", None, None),
    ("Crews must leave by the day after March 3, 2025.", "the day after March 3, 2025", "2025-03-04", "deadline"),
    # a possessive date names its event's day: "the day before March 3's vote" is March 2
    ("Crews left the day before March 3, 2025's vote.", "the day before March 3, 2025", "2025-03-02", "point"),
    ("Crews left two days after March 3, 2025's vote.", "two days after March 3, 2025", "2025-03-05", "point"),
]


@pytest.mark.parametrize(("sentence", "surface", "value", "role"), COUNTED_FROM_A_DATE)
def test_dates_counted_from_the_date_after_them(sentence: str, surface: str, value: str | None, role: str) -> None:
    claims = [c for c in dates(sentence) if c.text == surface]
    assert [(c.value, c.role) for c in claims] == ([(value, role)] if value else [])


NOT_COUNTED_FROM_A_DATE = [
    ("Crews left two days after the vote, Tuesday's paper said.", ["Tuesday"]),
    ("Crews left two days, after March 3, 2025.", ["March 3, 2025"]),
    ("Crews left the day before the vote on March 3, 2025.", ["March 3, 2025"]),
]


@pytest.mark.parametrize(("sentence", "surfaces"), NOT_COUNTED_FROM_A_DATE)
def test_look_alikes_of_dates_counted_from_a_date(sentence: str, surfaces: list[str]) -> None:
    assert [c.text for c in dates(sentence)] == surfaces


# "the previous <unit>" after a date of its own sentence is the period before that date;
# otherwise it keeps its reading against the publication date (Wednesday 2026-11-25).
PREVIOUS_IN_SENTENCE = [
    ("Exports rose to $34.7 million in 1986 from $27.6 million the previous year.", "1985"),
    ("Prices fell 0.4% in January from the previous month.", "2025-12"),
    ("GDP grew 0.7% in the fourth quarter of 2025 over the previous quarter.", "2025-Q3"),
    ("Sales in 2004 were up 4% on the previous year.", "2003"),
    # look-alikes: no date before it in the sentence, a date in the sentence before, a date
    # coarser than the period asked for, a "since" date
    ("Exports rose 5% from the previous year.", "2025"),
    ("Exports rose in 1986. They fell from the previous year in value.", "2025"),
    ("Prices fell in 2025 and were lower than the previous month.", "2026-10"),
    ("Prices have doubled since 2001 and rose 5% from the previous year.", "2025"),
]


@pytest.mark.parametrize(("text", "value"), PREVIOUS_IN_SENTENCE, ids=[row[0][:40] for row in PREVIOUS_IN_SENTENCE])
def test_previous_period_after_a_date_of_its_sentence(text: str, value: str) -> None:
    previous = [c.value for c in dates(text) if c.text.startswith(("previous", "the previous"))]
    assert previous == [value]


# "a year earlier" after the sentence's own month or quarter is that period a year before
# (the statistics idiom); published Wednesday 2026-11-25.
YEAR_EARLIER = [
    ("The deficit fell to $617m in February from $693m a year earlier.", "2025-02"),
    ("Imports rose to $7.3bn in the fourth quarter of 2025 from $4.5bn a year earlier.", "2024-Q4"),
    # look-alikes: a year, a day, a contrasted period first, a list of months
    ("Sales rose in 2025 from a year earlier.", "2024"),
    ("Reserves hit $51bn on March 4, against $25bn a year earlier.", "2025"),
    ("Growth was 15.9% against 27.5% in November and 12.3% a year earlier.", "2025"),
    ("The surplus for January and February 2026 was $11bn against $12bn a year earlier.", "2025"),
]


@pytest.mark.parametrize(("text", "value"), YEAR_EARLIER, ids=[row[0][:40] for row in YEAR_EARLIER])
def test_a_year_earlier_after_a_month_or_quarter(text: str, value: str) -> None:
    assert value_of(text, "a year earlier") == value
