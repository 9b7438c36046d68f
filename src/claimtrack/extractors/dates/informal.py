"""Readers of informal and vague spellings: 11/20, week 31, Mon 13th, the 18th, 3h, now, daily.

Each reader takes a scanner match and returns a reading, or None for a look-alike. The
year-less numeric date needs a cue before it ("on 11/20", "from 10/1 to 11/7", "Friday
5/12") so fractions and scores never count; "the 18th" needs one too ("on the 18th", never
"the 18th century"). "now" and "the future" carry TimeML's PRESENT_REF and FUTURE_REF;
recurrences ("daily", "every two weeks") carry the ISO 8601 duration between occurrences.

>>> from claimtrack.extractors.dates.patterns import SCANNER
>>> env = Env("We meet on 11/20 and in week 31.", date(2025, 6, 9), "MDY", lambda offset, role: 0)
>>> [read_informal(m, env, "point").value for m in SCANNER.finditer(env.text)]
['2025-11-20', '2025-W31']
"""

from __future__ import annotations

import re
from datetime import date

from claimtrack.extractors.dates.durations import duration_value
from claimtrack.extractors.dates.normalize import Reading, add_days, add_months, in_year, period, safe_date, unknown
from claimtrack.extractors.dates.relative import REL_OFFSET, Duration, Env, Result, text_before
from claimtrack.extractors.dates.resolve import (
    BACK,
    FORWARD,
    LEAN_BACK,
    in_year_nearest,
    relative,
    weekday_date,
    weekday_looking,
)
from claimtrack.extractors.dates.words import day_of, month_number, set_values, unit_codes, weekday_number

INFORMAL_KINDS = frozenset({"k_nmd", "k_wk", "k_wdo", "k_nth", "k_cdur", "k_ref", "k_set", "k_wkd", "k_twd", "k_wof"})
"""The scanner groups read here."""

_DATE_CUE_BEFORE = re.compile(
    r"""(?: \b(?:[Oo]n|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Ss]ince|[Bb]efore|[Aa]fter|[Tt]hrough|[Bb]etween|due)
          | \b(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un)[a-z]{0,6}\.?,? )      # a weekday
        \s{0,3}$""",
    re.VERBOSE,
)
"""What must come right before a year-less numeric date or "the 18th"."""

_DATED_END_AFTER = re.compile(r"\s?[-–]\s?\d{1,2}/\d{1,2}/\d{4}(?!\d)")
"""A full numeric date ending a range makes its year-less start a date: "10/1-11/2/2017"."""
_CHAIN_BEFORE = re.compile(r"(?<![\d/-])(?P<prev>\d{1,2}/\d{1,2})(?:,?\s{1,3}(?:and|or|to|through)|,|\s?[-–])\s{0,3}$")
"""A numeric date right before, in a list or a range ("11/20, 11/22 or 11/25"): it needs a cue itself."""


def _cued(env: Env, start: int) -> bool:
    """Whether a cue comes before the date at ``start``, or before the list or range it continues."""
    for _ in range(8):
        before = text_before(env, start)
        if _DATE_CUE_BEFORE.search(before):
            return True
        chained = _CHAIN_BEFORE.search(before)
        if chained is None:
            return False
        start = start - len(before) + chained.start("prev")
    return False


_REFERENCES = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "future": "FUTURE_REF", "past": "PAST_REF"}
"""TimeML's values for the vague present, future and past."""

_PAST_NOT_TIME = re.compile(
    r"\s{1,3}(?:few|several|two|three|four|five|\d|(?:the\s{1,3})?(?:week|month|year|decade))\b"
)
"""After "the past", words that make it a duration rather than PAST_REF."""

_COMPACT_UNITS = {"h": "H", "hr": "H", "hrs": "H", "min": "MI", "mins": "MI", "sec": "S", "secs": "S"}


def read_informal(m: re.Match[str], env: Env, role: str) -> Result:
    """The reading of a match of one of :data:`INFORMAL_KINDS`, or None for a look-alike."""
    kind = m.lastgroup
    if kind == "k_ref":
        return _reference(env, m)
    if kind == "k_set":
        return _recurrence(m)
    if kind == "k_cdur":
        return _compact_duration(m)
    if kind == "k_wk":
        return _week(env, m)
    if kind == "k_wdo":
        return _weekday_and_day(env, m)
    if kind == "k_wkd":
        return _weekday_of_week(env, m)
    if kind == "k_twd":
        return _weekday_at(env, m, role)
    if kind == "k_wof":
        return _week_of(env, m, role)
    if not _cued(env, m.start()) and not (kind == "k_nmd" and _DATED_END_AFTER.match(env.text, m.end())):
        return None
    if kind == "k_nth":
        return _day_of_month(env, m, role)
    return _month_day(env, m, role)


def _month_day(env: Env, m: re.Match[str], role: str) -> Reading | None:
    """A year-less "on 11/20" (month first, or day first with ``date_order`` DMY or a first number above 12)."""
    first, second = int(m["nmd1"]), int(m["nmd2"])
    if first > 12 or (env.date_order == "DMY" and second <= 12):
        first, second = second, first
    if not (1 <= first <= 12 and 1 <= second <= 31) or safe_date(2000, first, second) is None:
        return None
    month, day = first, second
    if m["nmd_y"]:  # "5/7, 2020"
        found = safe_date(int(m["nmd_y"]), month, day)
        return Reading(found.isoformat(), found, found) if found else None
    if env.published is None:
        return unknown("day", month, day)

    def make(year: int) -> Reading | None:
        found = safe_date(year, month, day)
        return Reading(found.isoformat(), found, found) if found else None

    return in_year_nearest(env.published, make, env.looking(m.start(), role))


def _week(env: Env, m: re.Match[str]) -> Reading | None:
    """A "week 31": the ISO week of the written year, else of the publication year."""
    number = int(m["wk_n"])
    year = int(m["wk_y"]) if m["wk_y"] else env.published.year if env.published else None
    if year is None:
        return Reading(f"XXXX-W{number:02d}")
    try:
        monday = date.fromisocalendar(year, number, 1)
    except ValueError:
        return None
    return period("week", monday)


_NTH = {
    "first": 0,
    "1st": 0,
    "second": 1,
    "2nd": 1,
    "third": 2,
    "3rd": 2,
    "fourth": 3,
    "4th": 3,
    "last": -1,
    "final": -1,
}


def _week_of(env: Env, m: re.Match[str], role: str) -> Reading | None:
    """An nth week of a period ("the first week of June"): the ISO week whose Thursday is in it."""
    whole: Reading | None
    if m["wof_y"]:
        whole = in_year("year", int(m["wof_y"]), 1)
    elif m["wof_m"]:
        month = month_number(m["wof_m"])
        if month is None:
            return None
        if m["wof_my"]:
            whole = in_year("month", int(m["wof_my"]), month)
        elif env.published is None:
            return unknown("week")
        else:
            whole = in_year_nearest(env.published, lambda y: in_year("month", y, month), env.looking(m.start(), role))
    elif env.published is None:
        return unknown("week")
    else:
        whole = relative(env.published, m["wof_u"].lower(), REL_OFFSET[m["wof_r"].lower()])  # type: ignore[arg-type]
    if whole is None or whole.start is None or whole.end is None:
        return None
    first_thursday = add_days(whole.start, (4 - whole.start.isoweekday()) % 7)
    thursdays: list[date] = []
    while first_thursday is not None and first_thursday <= whole.end and len(thursdays) < 60:
        thursdays.append(first_thursday)
        first_thursday = add_days(first_thursday, 7)
    nth = _NTH[m["wof_o"].lower()]
    if not thursdays or nth >= len(thursdays):
        return None
    return period("week", thursdays[nth])


def _weekday_at(env: Env, m: re.Match[str], role: str) -> Reading | None:
    """A weekday with a clock time: "9 a.m. Tuesday", "Tuesday at 10:30 p.m." -> ...T09:00."""
    name = m["tw_wd"] or m["tw_wd2"]
    weekday = weekday_number(name)
    hour = int(m["tw_h"] or m["tw_h2"]) % 12 + (12 if (m["tw_ap"] or m["tw_ap2"]).lower() == "p" else 0)
    clock = f"T{hour:02d}:{m['tw_m'] or m['tw_m2'] or '00'}"
    if weekday is None:
        return None
    if env.published is None:
        return Reading(f"XXXX-WXX-{weekday}{clock}", weekday=name)
    looking = env.looking(m.start(), role)
    day = weekday_date(env.published, weekday, weekday_looking(looking, role))
    return Reading(day.isoformat() + clock, day, day, weekday=name) if day is not None else None


def _weekday_of_week(env: Env, m: re.Match[str]) -> Reading | None:
    """A weekday of a relative week: "Tuesday of next week", "last week on Monday"."""
    name = m["wkd_wd"] or m["wkd_wd2"]
    weekday = weekday_number(name)
    offset = REL_OFFSET[(m["wkd_r"] or m["wkd_r2"]).lower()]
    if weekday is None:
        return None
    if env.published is None:
        return Reading(f"XXXX-WXX-{weekday}", weekday=name)
    week = relative(env.published, "week", offset)
    day = add_days(week.start, weekday - 1) if week is not None and week.start is not None else None
    return Reading(day.isoformat(), day, day, weekday=name) if day is not None else None


def _weekday_and_day(env: Env, m: re.Match[str]) -> Reading | None:
    """A "Mon 13th": the 13th nearest the publication date that falls on a Monday."""
    weekday, day = weekday_number(m["wdo_wd"]), day_of(m["wdo_d"], m["wdo_dw"])
    if weekday is None or not 1 <= day <= 31:
        return None
    if env.published is None:
        return Reading(f"XXXX-XX-{day:02d}", weekday=m["wdo_wd"])
    published = env.published
    found = [
        d
        for offset in range(-14, 15)
        if (first := add_months(published.replace(day=1), offset)) is not None
        and (d := safe_date(first.year, first.month, day)) is not None
        and d.isoweekday() == weekday
    ]
    if not found:
        return None
    best = min(found, key=lambda d: abs((d - published).days))
    return Reading(best.isoformat(), best, best, weekday=m["wdo_wd"])


def _day_of_month(env: Env, m: re.Match[str], role: str) -> Reading | None:
    """An "on the 18th": the 18th of this month, or of the month before or after, by tense."""
    day = int(m["nth_d"])
    if env.published is None:
        return Reading(f"XXXX-XX-{day:02d}") if 1 <= day <= 31 else None
    published = env.published
    candidates = [
        d
        for offset in (-1, 0, 1)
        if (first := add_months(published.replace(day=1), offset)) is not None
        and (d := safe_date(first.year, first.month, day)) is not None
    ]
    looking = env.looking(m.start(), role)
    if looking >= FORWARD:
        candidates = [d for d in candidates if d >= published] or candidates
    elif looking in (BACK, LEAN_BACK):
        candidates = [d for d in candidates if d <= published] or candidates
    if not candidates:
        return None
    best = min(candidates, key=lambda d: abs((d - published).days))
    return Reading(best.isoformat(), best, best)


def _compact_duration(m: re.Match[str]) -> Duration | None:
    """A compact or night-counted duration: "3h", "1 hr", "2 nights", "all day"."""
    if m["cd_all"]:
        return Duration(duration_value("1", unit_codes()[m["cd_all"].lower()]))
    if m["cd_nn"]:
        if m["cd_nn"].lower() in ("a", "an"):
            return None  # "a night at the opera"
        return Duration(duration_value(m["cd_nn"], "D"))
    return Duration(duration_value(m["cd_n"], _COMPACT_UNITS[m["cd_u"].lower()]))


def _reference(env: Env, m: re.Match[str]) -> Reading | None:
    """A vague reference: "now", "currently" -> PRESENT_REF; "the future" -> FUTURE_REF; "the past" -> PAST_REF.

    Kept without start and end dates: they are too vague to tie a figure to.
    """
    word = m["ref"].split()[-1].lower()
    if word == "past" and _PAST_NOT_TIME.match(env.text, m.end()):
        return None
    return Reading(_REFERENCES[word])


def _recurrence(m: re.Match[str]) -> Reading:
    """A set, as TimeML writes it: the ISO 8601 duration between occurrences ("every two weeks" -> P2W).

    Kept without start and end dates, and with role ``period``.
    """
    if m["set_w"]:
        return Reading(set_values()[m["set_w"].lower()])
    count = "2" if m["set_n"] and m["set_n"].lower() == "other" else (m["set_n"] or "1")
    return Reading(duration_value(count, unit_codes()[m["set_u"].lower()]))
