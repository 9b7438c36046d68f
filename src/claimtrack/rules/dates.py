"""Dates against the calendar: CT401, CT402, CT404 (CT403 lives in :mod:`claimtrack.rules.deadlines`)."""

from __future__ import annotations

import calendar
import contextlib
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from functools import cache

import regex

from claimtrack.lexicon import load_toml
from claimtrack.model import Claim, DateClaim, DurationClaim
from claimtrack.model.base import Field
from claimtrack.rules.context import RuleContext
from claimtrack.rules.registry import Finding, Rule, RuleDocs, register

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A four-digit year written in a date's surface.
WRITTEN_YEAR = regex.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)")
"""A four-digit year written in a date's text (1800-2199)."""
# A simple ISO duration: "P90D", "P3M", "P2W".
_DURATION = regex.compile(r"P(?P<n>\d{1,4})(?P<unit>[DWM])")
_SLACK_DAYS = 1


@cache
def _month_names() -> dict[str, int]:
    months = load_toml("rules")["months"]
    return {name: int(number) for number, names in months.items() for name in names}


@cache
def _month_day() -> regex.Pattern[str]:
    names = "|".join(sorted(_month_names(), key=len, reverse=True))
    return regex.compile(
        rf"""
        \b (?: (?P<month> {names}) \.? [ \t]{{1,3}} (?P<day> \d{{1,2}}) (?: st | nd | rd | th )? (?! [\d:,.]\d )
             (?: ,? [ \t]{{1,3}} (?P<year> \d{{4}} ) )?                          # "June 31, 2025"
           | (?P<day2> \d{{1,2}}) (?: st | nd | rd | th )? [ \t]{{1,3}} (?P<month2> {names}) \b
             (?: [ \t]{{1,3}} (?P<year2> \d{{4}} ) )?                            # "31 June 2025"
        ) \b
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )


def _day(claim: DateClaim) -> date | None:
    """The single day a date claim names, or None for longer periods."""
    if claim.start_date is not None and claim.start_date == claim.end_date:
        return claim.start_date
    return None


_NEAR_PUBLICATION_DAYS = 120
"""A date without a written year is trusted only this close to the publication date."""


def _as_read(claim: DateClaim, day: date, ctx: RuleContext) -> date | None:
    """The day a reader takes a date for, or None when that is unsure.

    With a written year, the date as written; without one, the date in the year nearest
    the publication date (not a year picked to fit the weekday), if that is near it.

    >>> from claimtrack.model import ClaimSet, Document
    >>> ctx = RuleContext.build(Document(text="", published=date(1987, 3, 3)), ClaimSet())
    >>> claim = DateClaim(id="d", text="Friday, March 4", field="text", start=0, end=15,
    ...                   sentence=0, value="1988-03-04", weekday="Friday")
    >>> _as_read(claim, date(1988, 3, 4), ctx)
    datetime.date(1987, 3, 4)
    """
    if WRITTEN_YEAR.search(claim.text) is not None:
        return day
    published = ctx.published
    if published is None:
        return None
    candidates = []
    for year in (published.year - 1, published.year, published.year + 1):
        with contextlib.suppress(ValueError):  # February 29 in a common year
            candidates.append(day.replace(year=year))
    nearest = min(candidates, key=lambda d: abs((d - published).days), default=None)
    if nearest is None or abs((nearest - published).days) > _NEAR_PUBLICATION_DAYS:
        return None
    return nearest


def check_weekday(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT401: a weekday that does not match its date."""
    for claim in claims:
        if not isinstance(claim, DateClaim) or not claim.weekday or "X" in claim.value[:4]:
            continue
        written = claim.weekday.strip().lower().rstrip(".")
        matches = [name for name in _WEEKDAYS if name.startswith(written[:3])]
        resolved = _day(claim)
        day = _as_read(claim, resolved, ctx) if resolved is not None else None
        if day is None or len(matches) != 1:
            continue
        actual = _WEEKDAYS[day.weekday()]
        if matches[0] == actual:
            continue
        found = claim.text.lower().find(written)
        start = claim.start + found if found >= 0 else claim.start
        end = start + len(written) if found >= 0 else claim.end
        yield Finding(
            message=f"{day:%B} {day.day}, {day.year} is a {actual.title()}, not a {matches[0].title()}",
            field=claim.field,
            start=start,
            end=end,
            suggestion=actual.title() if found >= 0 and len(written) > 3 else None,
        )


def _months_later(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def check_date_arithmetic(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT402: an N-day/week/month span between two dates of one sentence that is off."""
    by_sentence: dict[tuple[Field, int], list[Claim]] = {}
    for claim in claims:
        if isinstance(claim, DateClaim | DurationClaim):
            by_sentence.setdefault((claim.field, claim.sentence), []).append(claim)
    for group in by_sentence.values():
        durations = [c for c in group if isinstance(c, DurationClaim)]
        days = [(c, day) for c in group if isinstance(c, DateClaim) and (day := _day(c)) is not None]
        intervals = [c for c in group if isinstance(c, DateClaim) and _DAY_INTERVAL.fullmatch(c.value)]
        if len(durations) == 1 and not days and len(intervals) == 1:
            finding = _interval_finding(durations[0], intervals[0], ctx)
            if finding is not None:
                yield finding
            continue
        if len(durations) != 1 or len(days) != 2:
            continue
        match = _DURATION.fullmatch(durations[0].value)
        if match is None or int(match.group("n")) < 2:
            continue
        count, unit = int(match.group("n")), match.group("unit")
        (first, first_day), (second, second_day) = sorted(days, key=lambda pair: pair[1])
        if not _spans_between(durations[0], first, second, ctx):
            continue
        expected = _expected_end(first_day, count, unit)
        if expected is None or abs((second_day - expected).days) <= _SLACK_DAYS:
            continue
        actual = (second_day - first_day).days
        duration = durations[0]
        yield Finding(
            message=(
                f"from {first.text} to {second.text} is {actual} days, not {duration.text} "
                f"({_describe(count, unit)} from {first.text} ends on {expected:%B} {expected.day}, {expected.year})"
            ),
            field=duration.field,
            start=duration.start,
            end=duration.end,
            related=(ctx.related(first, "start"), ctx.related(second, "end")),
        )


# What joins the two ends of a span: "from D1 until D2", "between D1 and D2", "D1 - D2".
_JOINER = regex.compile(r"\b(?:to|until|till|through|thru|and)\b|[-–—]", regex.IGNORECASE)
_DIGIT = regex.compile(r"\d")


def _spans_between(duration: Claim, first: Claim, second: Claim, ctx: RuleContext) -> bool:
    """Whether a sentence reads "<duration> ... <date> to <date>".

    Both dates must be written with their day number, the duration must come first, and a
    joining word must stand between the dates.
    """
    if _DIGIT.search(first.text) is None or _DIGIT.search(second.text) is None:
        return False
    if duration.start > min(first.start, second.start):
        return False
    low, high = sorted((first, second), key=lambda c: c.start)
    return _JOINER.search(ctx.text(low.field), low.end, high.start) is not None


# An interval of two whole days: "2025-04-09/2025-06-08".
_DAY_INTERVAL = regex.compile(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d")


def _expected_end(first_day: date, count: int, unit: str) -> date | None:
    """The day a span of ``count`` units starting on ``first_day`` ends, or None past year 9999."""
    try:
        if unit == "M":
            return _months_later(first_day, count)
        return first_day + timedelta(days=count * (7 if unit == "W" else 1))
    except (OverflowError, ValueError):
        return None


def _interval_finding(duration: DurationClaim, span: DateClaim, ctx: RuleContext) -> Finding | None:
    """CT402 for one date claim holding both ends ("from April 9, 2025 until June 8, 2025")."""
    match = _DURATION.fullmatch(duration.value)
    first_day, last_day = span.start_date, span.end_date
    if match is None or first_day is None or last_day is None or int(match.group("n")) < 2:
        return None
    if duration.start > span.start or len(_DIGIT.findall(span.text)) < 2:
        return None
    count, unit = int(match.group("n")), match.group("unit")
    expected = _expected_end(first_day, count, unit)
    if expected is None or abs((last_day - expected).days) <= _SLACK_DAYS:
        return None
    return Finding(
        message=(
            f"{span.text} is {(last_day - first_day).days} days, not {duration.text} "
            f"({_describe(count, unit)} from {first_day:%B} {first_day.day} ends on "
            f"{expected:%B} {expected.day}, {expected.year})"
        ),
        field=duration.field,
        start=duration.start,
        end=duration.end,
        related=(ctx.related(span, "dates"),),
    )


def _describe(count: int, unit: str) -> str:
    name = {"M": "month", "W": "week"}.get(unit, "day")
    return f"{count} {name}{'s' if count != 1 else ''}"


def check_impossible_date(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT404: a day that its month does not have (June 31; February 29 in a common year)."""
    pattern, months = _month_day(), _month_names()
    fields: list[Field] = ["title", "text"]
    for field in fields:
        text = ctx.text(field)
        for match in pattern.finditer(text):
            month = months[(match.group("month") or match.group("month2")).lower()]
            day = int(match.group("day") or match.group("day2"))
            year_text = match.group("year") or match.group("year2")
            if not (match.group("month") or match.group("month2"))[0].isupper():
                continue  # month names are capitalised: "may 31" is the verb
            year = int(year_text) if year_text else None
            longest = (
                calendar.monthrange(year, month)[1]
                if year
                else (29 if month == 2 else calendar.monthrange(2001, month)[1])
            )
            if 1 <= day <= longest:
                continue
            where = f" in {year}" if year and month == 2 and day == 29 else ""
            yield Finding(
                message=(
                    f"{match.group().strip()} does not exist: {calendar.month_name[month]} has {longest} days{where}"
                ),
                field=field,
                start=match.start(),
                end=match.end(),
            )


DATES = "dates"
"""The family name of the date rules."""

register(
    Rule(
        code="CT401",
        name="weekday-mismatch",
        family=DATES,
        severity="error",
        summary="A weekday does not match its date.",
        docs=RuleDocs(
            what_it_does="Checks the weekday written with a full date against the calendar.",
            why_is_this_bad="When the weekday and the date disagree, readers cannot tell which day is meant.",
            example="The vote is on Monday, March 3, 2026.",
            use_instead="The vote is on Tuesday, March 3, 2026.",
            known_problems=(
                "A date without a written year is read in the year nearest the publication date (not "
                "the year extraction may have picked to fit the weekday), and checked only when that "
                "falls within four months of it."
            ),
        ),
        check=check_weekday,
        scope="page",
        implemented=True,
    )
)
register(
    Rule(
        code="CT402",
        name="date-arithmetic",
        family=DATES,
        severity="error",
        summary='"N-day ... from D1 ... until D2" is off (one day of slack).',
        docs=RuleDocs(
            what_it_does="Checks a stated length in days, weeks or months against two dates of the same sentence.",
            why_is_this_bad="A 90-day pause that ends 60 days after it began misstates one of the dates.",
            example="The 90-day pause runs from April 9, 2025 until June 8, 2025.",
            use_instead="The 90-day pause runs from April 9, 2025 until July 8, 2025.",
            known_problems="Needs exactly one duration and two single-day dates in the sentence; one day of slack.",
        ),
        check=check_date_arithmetic,
        scope="page",
        implemented=True,
    )
)
register(
    Rule(
        code="CT404",
        name="impossible-date",
        family=DATES,
        severity="error",
        summary="June 31; February 29 in a common year.",
        docs=RuleDocs(
            what_it_does="Finds a day its month does not have, scanning the text for month-day pairs.",
            why_is_this_bad="An impossible date is certainly a typo; the reader cannot recover the real one.",
            example="The offer closes on June 31.",
            use_instead="The offer closes on June 30.",
            known_problems="Numeric dates (6/31) are not read; February 29 without a year passes.",
        ),
        check=check_impossible_date,
        scope="page",
        implemented=True,
    )
)
