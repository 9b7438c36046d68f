"""Which year a written date falls in: the year written with it, or the one its tense gives.

A date written with its year ("June 10, 2025", "Q1 '25") is in that year; one written
without ("June 10", "the first quarter") takes the occurrence nearest the publication date
that its clause's tense allows (:func:`~claimtrack.extractors.dates.resolve.in_year_nearest`);
without a publication date its year stays unknown (``XXXX-06-10``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from claimtrack.extractors.dates.normalize import Granularity, Reading, in_year, safe_date, unknown
from claimtrack.extractors.dates.relative import REL_OFFSET, Env
from claimtrack.extractors.dates.resolve import BACK, in_year_nearest
from claimtrack.extractors.dates.tense import past_cue_before

__all__ = ["day_reading", "in_year_or_nearest", "relative_year", "written_year"]


def written_year(text: str | None) -> int | None:
    """A year as written, four digits or two ("87" is 1987, "25" is 2025), or None.

    >>> written_year("87"), written_year("25"), written_year("1999"), written_year(None)
    (1987, 2025, 1999, None)
    """
    if not text:
        return None
    value = int(text)
    if len(text) == 2:
        return 2000 + value if value < 70 else 1900 + value
    return value


def relative_year(published: date | None, word: str | None) -> int | None:
    """The year "this year", "next year" or "last year" names, or None.

    >>> relative_year(date(2025, 6, 9), "last"), relative_year(None, "last"), relative_year(date(2025, 6, 9), None)
    (2024, None, None)
    """
    if published is None or word is None:
        return None
    return published.year + REL_OFFSET[word]


def in_year_or_nearest(
    env: Env, start: int, role: str, granularity: Granularity, index: int, year: int | None
) -> Reading | None:
    """Month, quarter or half ``index`` of ``year``, or of the year the tense and the publication date give."""
    if year is not None:
        return in_year(granularity, year, index)
    if env.published is None:
        return unknown(granularity, index)
    return in_year_nearest(env.published, lambda y: in_year(granularity, y, index), env.looking(start, role))


def day_reading(
    env: Env, start: int, role: str, month: int, day: int, year: int | None, weekday: str | None
) -> Reading:
    """Day ``day`` of ``month``, in ``year`` or the year the tense and the publication date give.

    An impossible day ("June 31") is kept with its year, for the impossible-date check.
    """
    if year is not None:
        found = safe_date(year, month, day)
        if found is None:  # June 31: kept, for the impossible-date check
            return Reading(f"{year:04d}-{month:02d}-{day:02d}", weekday=weekday)
        return Reading(found.isoformat(), found, found, weekday=weekday)
    if env.published is None:
        return replace(unknown("day", month, day), weekday=weekday)

    def make(y: int) -> Reading | None:
        found = safe_date(y, month, day)
        return Reading(found.isoformat(), found, found) if found else None

    # the year comes from the publication date and the tense only, never from a written
    # weekday: a wrong weekday must stay visible to the weekday-mismatch check
    looking = env.looking(start, role)
    tomorrow = looking != BACK or not past_cue_before(env.text, start)
    reading = in_year_nearest(env.published, make, looking, tomorrow)
    if reading is None:
        return replace(unknown("day", month, day), weekday=weekday)
    return replace(reading, weekday=weekday)
