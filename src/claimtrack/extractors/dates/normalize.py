"""ISO 8601 values and calendar intervals, each at its own granularity.

A :class:`Reading` is what the normaliser makes of one expression: the ISO value at the
expression's granularity (``2025-07-09``, ``2025-05``, ``2025``, ``2025-Q1``, ``2025-H1``,
``2025-W23``, ``2025-SU``, ``199`` for the 1990s, ``2025-05/2025-07`` for an interval),
unknown parts written ``X`` (``XXXX-07-09``), and the calendar interval it covers
(``start``/``end``, or None when unknown). Fiscal periods are written ``FY2026`` and
``FY2026-Q1`` and carry no calendar interval: a fiscal year's months depend on the
organisation, so they are never silently read as calendar years.

Every function is total: a date that would fall outside ``date.min``..``date.max`` gives
None instead of raising.

>>> q = period("quarter", date(2025, 2, 14))
>>> q.value, q.start, q.end
('2025-Q1', datetime.date(2025, 1, 1), datetime.date(2025, 3, 31))
>>> period("week", date(2025, 6, 4)).value
'2025-W23'
>>> narrow(period("month", date(2025, 4, 1)), "early").end
datetime.date(2025, 4, 10)
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

Granularity = Literal["day", "week", "weekend", "month", "quarter", "half", "season", "year", "decade", "century"]

SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""First month of each season (meteorological seasons, as TimeML reads them)."""


@dataclass(frozen=True, slots=True)
class Reading:
    """One reading of a temporal expression: its ISO value and the interval it covers."""

    value: str
    start: date | None = None
    end: date | None = None
    alternatives: tuple[str, ...] = ()
    fiscal: bool = False
    weekday: str | None = None


def safe_date(year: int, month: int, day: int) -> date | None:
    """``date(year, month, day)`` or None when it does not exist.

    >>> safe_date(2025, 2, 29) is None, safe_date(2024, 2, 29)
    (True, datetime.date(2024, 2, 29))
    """
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def add_days(day: date, days: int) -> date | None:
    """``day + days`` or None outside the calendar."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def add_months(day: date, months: int) -> date | None:
    """The first day of the month ``months`` after ``day``'s month, or None outside the calendar.

    >>> add_months(date(2025, 1, 31), 1)
    datetime.date(2025, 2, 1)
    """
    index = day.year * 12 + day.month - 1 + months
    return safe_date(index // 12, index % 12 + 1, 1)


def month_end(year: int, month: int) -> date | None:
    """The last day of a month, or None outside the calendar."""
    if not 1 <= year <= 9999 or not 1 <= month <= 12:
        return None
    return date(year, month, calendar.monthrange(year, month)[1])


def _year_text(year: int) -> str:
    return f"{year:04d}"


def period(granularity: Granularity, anchor: date) -> Reading | None:
    """The period of a granularity that contains ``anchor``, as a Reading (None at the edges).

    >>> period("half", date(2025, 8, 1)).value
    '2025-H2'
    """
    y, m = anchor.year, anchor.month
    if granularity == "day":
        return Reading(anchor.isoformat(), anchor, anchor)
    if granularity in ("week", "weekend"):
        monday = add_days(anchor, -(anchor.isoweekday() - 1))
        sunday = add_days(anchor, 7 - anchor.isoweekday())
        if monday is None or sunday is None:
            return None
        iso_year, week, _ = anchor.isocalendar()
        if granularity == "weekend":
            saturday = add_days(sunday, -1)
            return Reading(f"{iso_year:04d}-W{week:02d}-WE", saturday, sunday)
        return Reading(f"{iso_year:04d}-W{week:02d}", monday, sunday)
    if granularity == "month":
        return Reading(f"{_year_text(y)}-{m:02d}", date(y, m, 1), month_end(y, m))
    if granularity == "quarter":
        q = (m - 1) // 3 + 1
        return Reading(f"{_year_text(y)}-Q{q}", date(y, 3 * q - 2, 1), month_end(y, 3 * q))
    if granularity == "half":
        h = 1 if m <= 6 else 2
        return Reading(f"{_year_text(y)}-H{h}", date(y, 6 * h - 5, 1), month_end(y, 6 * h))
    if granularity == "season":
        return season(y if m != 1 and m != 2 else y - 1, _season_of(m))
    if granularity == "year":
        return Reading(_year_text(y), date(y, 1, 1), date(y, 12, 31))
    if granularity == "decade":
        first = y - y % 10
        return Reading(_year_text(y)[:3], safe_date(first, 1, 1), safe_date(first + 9, 12, 31))
    first = y - y % 100
    return Reading(_year_text(y)[:2], safe_date(first, 1, 1), safe_date(first + 99, 12, 31))


def _season_of(month: int) -> str:
    for code, first in SEASON_START.items():
        if (month - first) % 12 < 3:
            return code
    return "WI"  # pragma: no cover - every month falls in a season


def season(year: int, code: str) -> Reading | None:
    """A season of a year (winter runs from December into the next year).

    >>> season(2025, "SU").end
    datetime.date(2025, 8, 31)
    """
    first = SEASON_START[code]
    start = safe_date(year, first, 1)
    last = add_months(date(year, first, 1), 3) if 1 <= year <= 9999 else None
    end = add_days(last, -1) if last is not None else None
    if start is None or end is None:
        return None
    return Reading(f"{_year_text(year)}-{code}", start, end)


def in_year(granularity: Granularity, year: int, index: int) -> Reading | None:
    """Month ``index``, quarter ``index`` or half ``index`` of ``year``; None outside the calendar.

    >>> in_year("quarter", 2025, 4).value
    '2025-Q4'
    """
    if not 1 <= year <= 9999:
        return None
    if granularity == "month":
        anchor = safe_date(year, index, 1)
    elif granularity == "quarter":
        anchor = safe_date(year, 3 * index - 2, 1)
    elif granularity == "half":
        anchor = safe_date(year, 6 * index - 5, 1)
    else:
        anchor = safe_date(year, 1, 1)
    return period(granularity, anchor) if anchor is not None else None


def unknown(granularity: Granularity, index: int = 0, day: int = 0) -> Reading:
    """A reading whose year is unknown (no publication date): ``XXXX-07-09``, ``XXXX-Q1``.

    >>> unknown("day", 7, 9).value, unknown("month", 5).value, unknown("week").value
    ('XXXX-07-09', 'XXXX-05', 'XXXX-WXX')
    """
    if granularity == "day":
        return Reading(f"XXXX-{index:02d}-{day:02d}" if index else "XXXX-XX-XX")
    if granularity == "month":
        return Reading(f"XXXX-{index:02d}" if index else "XXXX-XX")
    if granularity == "quarter":
        return Reading(f"XXXX-Q{index}" if index else "XXXX-QX")
    if granularity == "half":
        return Reading(f"XXXX-H{index}" if index else "XXXX-HX")
    if granularity in ("week", "weekend"):
        return Reading("XXXX-WXX-WE" if granularity == "weekend" else "XXXX-WXX")
    if granularity == "decade":
        return Reading("XXX")
    if granularity == "century":
        return Reading("XX")
    return Reading("XXXX")


def narrow(reading: Reading, part: str) -> Reading:
    """Keep the value, narrow the interval to its early, mid or late third.

    Periods of whole months are cut in whole months (late 2025: September to December).

    >>> narrow(Reading("2025", date(2025, 1, 1), date(2025, 12, 31)), "late").start
    datetime.date(2025, 9, 1)
    """
    start, end = reading.start, reading.end
    if start is None or end is None or part not in ("early", "mid", "late"):
        return reading
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if start.day == 1 and months >= 3 and add_days(end, 1) == add_months(end, 1):
        third = months // 3
        if part == "early":
            last = add_months(start, third)
            return replace(reading, end=add_days(last, -1) if last else None)
        if part == "late":
            return replace(reading, start=add_months(start, months - third))
        stop = add_months(start, months - third)
        return replace(reading, start=add_months(start, third), end=add_days(stop, -1) if stop else None)
    length = (end - start).days + 1
    third = max(1, length // 3)
    if part == "early":
        return replace(reading, end=add_days(start, third - 1))
    if part == "late":
        return replace(reading, start=add_days(end, -(third - 1)))
    return replace(reading, start=add_days(start, third), end=add_days(end, -third))


def interval(first: Reading, last: Reading) -> Reading:
    """The interval from the start of one reading to the end of another: ``2025-05/2025-07``.

    >>> r = interval(period("month", date(2025, 5, 1)), period("month", date(2025, 7, 1)))
    >>> r.value, r.end
    ('2025-05/2025-07', datetime.date(2025, 7, 31))
    """
    return Reading(f"{first.value}/{last.value}", first.start, last.end, fiscal=first.fiscal or last.fiscal)


def with_year(reading: Reading, year: int) -> Reading:
    """The same reading moved to another year (for the ends of an interval); unchanged if it cannot be.

    >>> with_year(period("month", date(2024, 7, 1)), 2025).value
    '2025-07'
    """
    value = reading.value
    if not value[:4].isdigit() or reading.start is None or reading.end is None or not 1 <= year <= 9999:
        return reading
    shift = year - reading.start.year
    start = safe_date(year, reading.start.month, reading.start.day)
    end = safe_date(reading.end.year + shift, reading.end.month, reading.end.day)
    if start is None or end is None:
        return reading
    return replace(reading, value=f"{year:04d}{value[4:]}", start=start, end=end, alternatives=())
