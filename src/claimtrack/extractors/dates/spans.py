"""Dates that span more than one unit: runs of days or months, quarters and halves, spans of years.

"June 10-12, 2025" and "January-March" are intervals (``2025-06-10/2025-06-12``,
``2025-01/2025-03``); "the first quarter" and "H2 2024" are periods of their year;
"2012-13" is an interval of years.
"""

from __future__ import annotations

import re
from datetime import date

from claimtrack.extractors.dates.durations import amount
from claimtrack.extractors.dates.normalize import Granularity, Reading, in_year, interval, safe_date, unknown
from claimtrack.extractors.dates.relative import REL_OFFSET, Env, text_before
from claimtrack.extractors.dates.words import month_number, ordinal_words
from claimtrack.extractors.dates.years import day_reading, in_year_or_nearest, written_year

__all__ = ["month_range", "months_of_year", "quarter_or_half", "year_range"]

_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s{1,3}$")

_QUARTER_MONTHS = {"march": 1, "june": 2, "september": 3, "december": 4}

_OF_OTHER_AFTER = re.compile(r"\s{1,3}of\s{1,3}(?!(?:the|this|last|next)\s{1,3}(?:year|fiscal|financial)\b(?!['’]s))")
"""A half of something other than a year: "the second half of the match", "of last year's season"."""


def month_range(env: Env, m: re.Match[str], start: int, role: str, kind: str) -> Reading | None:
    """Days of one month ("June 10-12, 2025", "10-12 June") or a run of months ("January-March"), as an interval."""
    if kind in ("k_mdd", "k_ddm"):
        p = kind[2:]
        month, first, last = month_number(m[f"{p}_m"]), int(m[f"{p}_d1"]), int(m[f"{p}_d2"])
        if month is None or last <= first:
            return None
        joined_by_and = m["ddm_and"] if kind == "k_ddm" else m["mdd_and"]
        if joined_by_and and last != first + 1 and not _BETWEEN_BEFORE.search(text_before(env, start)):
            return None  # "3 and 12 of Sept", "March 3 and 12 others" need "between"; "April 24 and 25" not
        one = day_reading(env, start, role, month, first, written_year(m[f"{p}_y"]), None)
        value = f"{one.value}/{one.value[:8]}{last:02d}"
        if one.start is None:
            return Reading(value) if one.value.startswith("X") else None
        end = safe_date(one.start.year, month, last)
        return Reading(value, one.start, end) if end else None
    low, high = month_number(m["mm1"]), month_number(m["mm2"])
    if low is None or high is None or low == high:
        return None
    year = written_year(m["mm_y"])
    if year is None:
        nearest = in_year_or_nearest(env, start, role, "month", high, None)
        year = nearest.start.year if nearest is not None and nearest.start is not None else None
    if year is None:
        return Reading(f"XXXX-{low:02d}/XXXX-{high:02d}")
    first_reading = in_year("month", year - 1 if low > high else year, low)
    last_reading = in_year("month", year, high)
    if first_reading is None or last_reading is None:
        return None
    return interval(first_reading, last_reading)


def quarter_or_half(env: Env, m: re.Match[str], start: int, role: str, kind: str) -> Reading | None:
    """A quarter or a half ("the first quarter", "Q1 2025", "H2", "the first half of next year", "fiscal 2025 Q1")."""
    p = "q" if kind == "k_q" else "h"
    if p == "q":
        index_text = m["q_n"] or m["q_n0"] or m["q_n1"]
        if index_text:
            index = int(index_text)
        elif m["q_mon"]:
            index = _QUARTER_MONTHS[m["q_mon"].lower()]
        else:
            index = ordinal_words()[m["q_ord"].lower()]
        year = written_year(m["q_y"] or m["q_y0"] or m["q_y1"])
        granularity: Granularity = "quarter"
    else:
        if m["h_ord"] and not m["h_y"] and _OF_OTHER_AFTER.match(env.text, m.end()):
            return None  # "the second half of the match" is no date
        index_text = m["h_n"] or m["h_n0"]
        index = int(index_text) if index_text else ordinal_words()[m["h_ord"].lower()]
        year = written_year(m["h_y"] or m["h_y0"])
        granularity = "half"
    if m[f"{p}_fis"] and year is not None:
        return Reading(f"FY{year:04d}-{granularity[0].upper()}{index}", fiscal=True)
    if m[f"{p}_r"]:  # "the first half of next year"
        if env.published is None:
            return unknown(granularity, index)
        year = env.published.year + REL_OFFSET[m[f"{p}_r"]]
    return in_year_or_nearest(env, start, role, granularity, index, year)


def year_range(m: re.Match[str]) -> Reading | None:
    """A span of years ("2012-13", "1985/86") as an interval; "2025-07" is an ISO month; else None."""
    first, tail = int(m["yr1"]), m["yr2"]
    second = int(tail) if len(tail) == 4 else first - first % 100 + int(tail)
    if first < second <= first + 30:
        return Reading(f"{first:04d}/{second:04d}", date(first, 1, 1), date(second, 12, 31))
    if len(tail) == 2 and 1 <= int(tail) <= 12 and m.group()[4] == "-":  # 2025-07: an ISO month
        return in_year("month", first, int(tail))
    return None


_OF_YEAR_AFTER = re.compile(
    r"\s{1,3}of\s{1,3}(?:(?P<y>1\d{3}|20\d\d)(?![\d%]|[.,]\d)|(?P<r>this|last|next)\s{1,3}year\b(?!['’]s))"
)
"""The year after "the first nine months": "of 1987", "of this year"."""


def months_of_year(text: str, m: re.Match[str], published: date | None) -> tuple[int, Reading] | None:
    """The months "the first nine months of 1987" names, as an interval, and where it ends; else None.

    A ``k_dur`` match that starts with "the first" or "the last" and counts months, followed
    by "of <year>" or "of this/last/next year", names months of that year; "the last three
    months of 2004" is October to December.
    """
    edge = m["dur_pre"].lower().split()[-1] if m["dur_pre"] else ""  # "the first" -> "first"
    if edge not in ("first", "last") or m["dur_u"].lower() != "month" or m["dur_half"] or m["dur_half2"]:
        return None
    count = amount(m["dur_n"])
    tail = _OF_YEAR_AFTER.match(text, m.end())
    if count is None or tail is None or count != count.to_integral_value() or not 1 <= count <= 12:
        return None
    if tail["y"]:
        year = int(tail["y"])
    elif published is not None:
        year = published.year + REL_OFFSET[tail["r"]]
    else:
        return None
    months = int(count)
    low, high = (1, months) if edge == "first" else (13 - months, 12)
    first, last = in_year("month", year, low), in_year("month", year, high)
    if first is None or last is None:
        return None
    return tail.end(), (first if low == high else interval(first, last))
