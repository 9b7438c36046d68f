"""Resolving relative and year-less expressions against the publication date.

Nothing here reads the clock: every function takes the publication date, and without one
the caller keeps unknown parts as ``X``. A year-less date resolves to the nearest occurrence,
shifted by the sentence's tense and the date's role
(:func:`claimtrack.extractors.dates.tense.direction`): a deadline ("by
July 9") and a sentence that looks forward take the next occurrence, a sentence in the past
tense the last one. The other plausible reading is kept in ``alternatives``.

>>> published = date(2025, 6, 9)  # a Monday
>>> from claimtrack.extractors.dates.normalize import in_year
>>> in_year_nearest(published, lambda y: in_year("month", y, 5), BACK).value
'2025-05'
>>> weekday_date(published, 5, BACK), weekday_date(published, 5, FORWARD)
(datetime.date(2025, 6, 6), datetime.date(2025, 6, 13))
>>> relative(published, "week", -1).value
'2025-W23'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import Any

from claimtrack.extractors.dates.normalize import (
    Granularity,
    Reading,
    add_days,
    add_months,
    period,
    safe_date,
)

BACK, NEAREST, FORWARD = -1, 0, 1
"""Which occurrence of a year-less expression a sentence means."""
LEAN_BACK = -2
"""Past tense elsewhere in the sentence: the past occurrence unless the next one is much nearer."""
LEAN_FORWARD = 2
"""A deadline without a tense cue: the next occurrence unless the last one is much nearer."""
TIMETABLE = 3
"""A present tense of a scheduled event right before the date ("The board meets Tuesday"):
a weekday or a day of the month looks forward; a month or a year takes the nearest."""
_AGAINST = 4
_LATE_DAYS = 7
"""Looking forward, a date this many days before publication still counts as this one."""
"""How much farther than the other occurrence a date against the tense may be and still win."""

UNIT_GRANULARITY: dict[str, Granularity] = {
    "D": "day",
    "W": "week",
    "M": "month",
    "Q": "quarter",
    "Y": "year",
    "DE": "year",
    "CE": "year",
    "H": "day",
    "MI": "day",
    "S": "day",
}
"""The granularity of "N <unit> ago" (a decade ago is a year)."""


def in_year_nearest(
    published: date, make: Callable[[int], Reading | None], looking: int, tomorrow: bool = True
) -> Reading | None:
    """The occurrence of a year-less period nearest to ``published``, shifted by ``looking``.

    Looking forward takes the next occurrence, looking back the last one, except that a
    single day just after publication (``tomorrow``: the day after) stays this year's even
    looking back: a report of a scheduled event, not last year's date; leaning back
    prefers the last one unless the next one is more than :data:`_AGAINST` times nearer, and
    leaning forward the other way round.

    ``make(year)`` builds the period in a given year. The other candidate next to the chosen
    one goes to ``alternatives``.
    """
    candidates = [r for y in (published.year - 1, published.year, published.year + 1) if (r := make(y))]
    candidates = [r for r in candidates if r.start is not None and r.end is not None]
    if not candidates:
        return None

    def gap(r: Reading) -> int:
        assert r.start is not None
        assert r.end is not None
        if r.start <= published <= r.end:
            return 0
        return min(abs((r.start - published).days), abs((r.end - published).days))

    def weighted(r: Reading) -> int:
        assert r.start is not None
        assert r.end is not None
        if (looking == LEAN_BACK and r.start > published) or (looking == LEAN_FORWARD and r.end < published):
            return gap(r) * _AGAINST
        return gap(r)

    if looking == FORWARD:  # a date that ended a few days ago is a late report, not next year's
        pool = [r for r in candidates if r.end is not None and (published - r.end).days <= _LATE_DAYS]
    elif looking == BACK:
        late = add_days(published, 1) if tomorrow else published
        pool = [r for r in candidates if r.start is not None and (r.start <= published or r.start == r.end == late)]
    else:
        pool = candidates
    chosen = min(pool or candidates, key=weighted)
    others = [r.value for r in sorted(candidates, key=gap) if r.value != chosen.value][:1]
    return replace(chosen, alternatives=tuple(others))


def weekday_looking(looking: int, role: str) -> int:
    """How a bare weekday resolves: back, unless the sentence looks forward.

    A deadline or an "until" in a past-tense clause ("extended the deadline until Tuesday")
    takes the nearest occurrence.

    >>> weekday_looking(NEAREST, "point"), weekday_looking(NEAREST, "until"), weekday_looking(LEAN_FORWARD, "point")
    (-1, 0, 1)
    """
    if looking >= FORWARD:
        return FORWARD
    return NEAREST if looking == NEAREST and role in ("deadline", "until") else BACK


def weekday_date(published: date, weekday: int, looking: int, strict: bool = False) -> date | None:
    """The date of a weekday (1 = Monday) before, after or nearest ``published``.

    ``strict`` excludes the publication day itself ("last Friday", "next Friday").
    """
    back = (published.isoweekday() - weekday) % 7
    ahead = (weekday - published.isoweekday()) % 7
    if strict:
        back, ahead = back or 7, ahead or 7
    if looking >= FORWARD:
        return add_days(published, ahead)
    if looking == BACK or back <= ahead:
        return add_days(published, -back)
    return add_days(published, ahead)


def shift(published: date, unit: str, amount: int) -> date | None:
    """``published`` moved by ``amount`` units (D, W, M, Q, Y, DE, CE); None outside the calendar.

    >>> shift(date(2025, 6, 9), "M", -2), shift(date(2025, 6, 9), "DE", -1)
    (datetime.date(2025, 4, 9), datetime.date(2015, 6, 9))
    """
    if unit in ("D", "H", "MI", "S"):
        return add_days(published, amount if unit == "D" else 0)
    if unit == "W":
        return add_days(published, 7 * amount)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return None
    first = add_months(published, months * amount)
    if first is None:
        return None
    return safe_date(first.year, first.month, published.day) or first


def relative(published: date, granularity: Granularity, offset: int) -> Reading | None:
    """The period ``offset`` periods away from the one containing ``published``.

    >>> relative(date(2025, 6, 9), "year", -1).value, relative(date(2025, 6, 9), "quarter", 1).value
    ('2024', '2025-Q3')
    """
    unit = {
        "day": "D",
        "week": "W",
        "weekend": "W",
        "month": "M",
        "quarter": "Q",
        "half": "M",
        "year": "Y",
        "decade": "DE",
        "century": "CE",
        "season": "M",
    }[granularity]
    amount = offset * (6 if granularity == "half" else 3 if granularity == "season" else 1)
    anchor = shift(published, unit, amount)
    return period(granularity, anchor) if anchor is not None else None


def long_tail(text: str, published: date | None, date_order: str) -> Reading | None:
    """A day-precise reading of an unusual spelling, by dateparser (lazily imported, cached).

    Used only for candidates the scanner found in spellings the own normaliser does not read
    ("05-Aug-2016", "2019/aug/01"); never run over whole documents. Day, month and year must
    all be written, and the relative base is the publication date (a fixed placeholder
    without one, never the clock), so the result never depends on the day of the run.

    >>> long_tail("05-Aug-2016", None, "MDY").value
    '2016-08-05'
    """
    base = published.isoformat() if published is not None else _NO_BASE
    parsed = _dateparser_parse(text, base, date_order)
    if parsed is None:
        return None
    return Reading(parsed.isoformat(), parsed, parsed)


_NO_BASE = "2000-01-01"
"""Relative base handed to dateparser without a publication date (all parts are required)."""


@lru_cache(maxsize=4096)
def _dateparser_parse(text: str, published_iso: str, date_order: str) -> date | None:
    import datetime as dt

    import dateparser

    base = dt.datetime.fromisoformat(published_iso)
    settings: Any = {
        "RELATIVE_BASE": base,
        "DATE_ORDER": date_order,
        "PREFER_DATES_FROM": "current_period",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    try:
        result = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # noqa: BLE001 - odd text must never raise
        return None
    return result.date() if result is not None else None


def holiday_date(rule: str, year: int) -> date | None:
    """The date of a holiday rule ("12-25", "11:4:4", "11:1:1+1") in a year, or None.

    >>> holiday_date("11:4:4", 2025), holiday_date("05:1:-1", 2025), holiday_date("11:1:1+1", 2024)
    (datetime.date(2025, 11, 27), datetime.date(2025, 5, 26), datetime.date(2024, 11, 5))
    """
    if "-" in rule and ":" not in rule:
        month, day = (int(part) for part in rule.split("-"))
        return safe_date(year, month, day)
    rule, _, extra = rule.partition("+")
    month, weekday, nth = (int(part) for part in rule.split(":"))
    first = safe_date(year, month, 1)
    if first is None:
        return None
    if nth > 0:
        found = add_days(first, (weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    else:
        following = add_months(first, 1)
        last = add_days(following, -1) if following else None
        found = add_days(last, -((last.isoweekday() - weekday) % 7)) if last else None
    return add_days(found, int(extra or 0)) if found else None
