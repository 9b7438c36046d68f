"""Properties: date extraction never raises, and every span is exact, for any text and date."""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.dates import find_dates
from claimtrack.settings import Settings

WORDS = st.sampled_from(
    [
        "May",
        "may",
        "July 9",
        "Tuesday,",
        "June 31, 2025",
        "Q4",
        "fiscal",
        "2025",
        "1990s",
        "the end of",
        "early",
        "last",
        "next",
        "week",
        "between",
        "and",
        "to",
        "-",
        "90-day",
        "ago",
        "two",
        "years",
        "a",
        "since",
        "by",
        "respectively",
        "5%",
        "03/04/2025",
        "9999",
        "0001",
        "Sept.",
        "FY25",
        "H1",
        "spring",
        "yesterday",
        "05-Aug-2016",
        "Christmas",
        "June 10-12",
        "Jan-Feb",
        "Friday night",
        "in",
        "will",
        "\n",
        ".",
        ",",
    ]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(WORDS, max_size=30).map(" ".join))
DATES = st.one_of(st.dates(), st.just(date(1, 1, 1)), st.just(date(9999, 12, 31)), st.none())


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, published=DATES)
def test_find_dates_never_raises_and_spans_are_exact(text: str, published: date | None) -> None:
    ctx = FieldContext.build(text, "text", published, Settings())
    claims = find_dates(ctx)
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert 0 <= claim.start < claim.end <= len(text)
    assert len({c.id for c in claims}) == len(claims)
    for before, after in itertools.pairwise(claims):
        assert before.end <= after.start


@settings(max_examples=100, deadline=None)
@given(text=TEXTS, published=DATES)
def test_extract_never_raises(text: str, published: date | None) -> None:
    for claim in claimtrack.extract(text, published=published):
        assert text[claim.start : claim.end] == claim.text or claim.field == "title"
