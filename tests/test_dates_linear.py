"""Hostile inputs: the date scanner stays linear (no nested unbounded repetition)."""

from __future__ import annotations

import time
from datetime import date

import pytest

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.dates import find_dates
from claimtrack.settings import Settings

HOSTILE = [
    "1 ",
    "May ",
    "the past ",
    "a-",
    "2025-",
    "12/",
    "Tuesday, ",
    "first quarter of ",
    "early ",
    "between May and ",
    "9" * 7 + " ",
    "the end of the ",
    "in two ",
    "July 9 and ",
    "2025 ",
    "feb ",
    "may 5 ",
    "6/1-",
    "6-1-2029-",
    "20290314-",
    "April 24 and ",
    "3.5",
    "5 1/2 ",
    "day-long-",
    "days from ",
    "in nineteen ",
    "in two thousand and ",
    "between now and ",
    "the year to ",
]


def _seconds(text: str) -> float:
    """The best of three runs, so one scheduling hiccup on a busy machine does not count."""
    ctx = FieldContext.build(text, "text", date(2025, 6, 9), Settings())
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        find_dates(ctx)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("unit", HOSTILE)
def test_cost_grows_linearly(unit: str) -> None:
    small = unit * (10_000 // len(unit))
    large = unit * (40_000 // len(unit))
    _seconds(small)  # warm-up
    # 4x the text: linear cost is about 4x; a quadratic step would be 16x
    assert _seconds(large) < 12 * max(_seconds(small), 0.02)
