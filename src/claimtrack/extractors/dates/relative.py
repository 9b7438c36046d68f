"""Readers of relative expressions and durations, and what every reader is given.

"last week", "next Tuesday", "last November", "two weeks ago", "in two weeks" are read
against the publication date (never the clock: without one, unknown parts stay X);
"90-day", "the past two months", "for years" become durations, never dates.

>>> from claimtrack.extractors.dates.patterns import SCANNER
>>> env = Env("It closed two weeks ago.", date(2025, 6, 9), "MDY", lambda offset, role: 0)
>>> ago(env, SCANNER.search(env.text)).value
'2025-W22'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from claimtrack.extractors.dates.before import DURATION_LOW_BEFORE
from claimtrack.extractors.dates.durations import amount, duration_value
from claimtrack.extractors.dates.normalize import Granularity, Reading, in_year, period, season, unknown
from claimtrack.extractors.dates.resolve import BACK, FORWARD, NEAREST, UNIT_GRANULARITY, relative, shift, weekday_date
from claimtrack.extractors.dates.words import (
    month_number,
    number_words,
    part_of_day_codes,
    season_codes,
    unit_codes,
    weekday_number,
)


@dataclass(frozen=True)
class Env:
    """What readers need besides the match: the field text, the publication date, settings."""

    text: str
    published: date | None
    date_order: str
    looking: Callable[[int, str], int]
    """(offset, role) -> BACK, LEAN_BACK, NEAREST, FORWARD or LEAN_FORWARD at that offset."""


@dataclass(frozen=True, slots=True)
class Duration:
    """A duration reading: its ISO 8601 value (the shorter end of a range, whose longer end is ``high``)."""

    value: str
    high: str | None = None
    about: bool = False
    """Whether the length is approximate ("a week or so")."""


Result = Reading | Duration | None


REL_OFFSET = {
    "last": -1,
    "previous": -1,
    "past": -1,
    "this past": -1,
    "this": 0,
    "current": 0,
    "next": 1,
    "coming": 1,
}
UNIT_GRANULARITIES: dict[str, Granularity] = {
    "week": "week",
    "weekend": "weekend",
    "month": "month",
    "year": "year",
    "quarter": "quarter",
    "decade": "decade",
    "century": "century",
}
_PER_BEFORE = re.compile(
    r"""(?: \b(?:once|twice|thrice|times|per|every|each|million|billion|trillion|thousand|hundred|pct
              |percent|yen|mln|bln|bn|m)   # a rate: "twice a year", "$5 billion a year"
          | \d | %                          # "5% a year"
          | \([A-Z]{0,3}[$€£¥₹][^()]{0,24}\)  # "9 billion shekels ($2.4 billion) a year"
          | \b(?!(?:as|is|was|has|its|this|thus|plus|less|unless|across)\b)[a-z]{1,20}s )  # "barrels a day"
        \s{1,3}$""",
    re.VERBOSE,
)
OF_AFTER = re.compile(r"\s{1,3}of\b")
_ON_BEFORE = re.compile(r"\b[Oo]n\s{1,3}$")
_LENGTH_BEFORE = re.compile(
    r"""\b(?:for|in|within|over|than|about|around|only|just|after|of|least|nearly|almost|roughly|some|a|the
            |that|each|every|per|first|full|whole|entire|another|lasted|lasting|lasts|took|takes|take|spent|spend
            |by|to|from|up)\s{1,3}$""",
    re.VERBOSE | re.IGNORECASE,
)
"""Words before "one day" that make it a length ("for one day", "in just one day")."""
_LENGTH_AFTER = re.compile(r"(?:\s{1,3}(?:after|before|later|earlier|ahead|of|in\s{1,3}advance|notice|and|or)\b|[-'’])")
"""Words after "one day" that make it a length ("one day after the vote", "one day's notice")."""


def _someday(env: Env, start: int, end: int) -> bool:
    """Whether a "one day" is the adverb "some day" ("One day, he left"; "it will one day be"), not a length.

    >>> env = Env("He hopes to win one day.", None, "MDY", lambda offset, role: 0)
    >>> _someday(env, 16, 23), _someday(Env("It closed for one day.", None, "MDY", lambda o, r: 0), 14, 21)
    (True, False)
    """
    return not (_LENGTH_BEFORE.search(text_before(env, start, 20)) or _LENGTH_AFTER.match(env.text, end))


_AGE_BEFORE = re.compile(r"\b(?:[Aa]ged?|[Aa]ges)(?:\s{1,3}of)?\s{1,3}(?:between\s{1,3})?$")
_DURX_CUE = re.compile(r"\b(?:for|[Ff]or|over|within|recent|in|coming|past|than)\s{1,3}(?:the\s{1,3})?$")


def text_before(env: Env, start: int, width: int = 40) -> str:
    """Up to ``width`` characters of the field just before ``start``."""
    return env.text[max(0, start - width) : start]


def relative_unit(env: Env, start: int, role: str, word: str, unit: str) -> Reading | None:
    """A unit, weekday, month or season after last/this/next: "last week", "next Tuesday"."""
    offset = REL_OFFSET[" ".join(word.lower().split())]
    unit_key = unit.lower()
    published = env.published
    granularity = UNIT_GRANULARITIES.get(unit_key)
    if granularity is not None:
        if published is None:
            return unknown(granularity)
        if granularity == "weekend" and offset == 0 and published.isoweekday() <= 4 and env.looking(start, role) < 0:
            offset = -1  # "told voters this weekend", written on a Monday: the weekend just gone
        return relative(published, granularity, offset)
    weekday = weekday_number(unit)
    if weekday is not None:
        if published is None:
            return Reading(f"XXXX-WXX-{weekday}", weekday=unit)
        if offset == 0:
            found = weekday_date(published, weekday, FORWARD if weekday >= published.isoweekday() else BACK)
        else:
            found = weekday_date(published, weekday, FORWARD if offset > 0 else BACK, strict=True)
        if found is None:
            return None
        other = weekday_date(found, weekday, FORWARD if offset > 0 else BACK, strict=True)
        alternatives = (other.isoformat(),) if other is not None and offset != 0 else ()
        return Reading(found.isoformat(), found, found, alternatives=alternatives, weekday=unit)
    month = month_number(unit)
    code = season_codes().get(unit_key)
    if month is None and code is None:
        return None
    if published is None:
        return unknown("month", month) if month else Reading(f"XXXX-{code}")

    def make(y: int) -> Reading | None:
        return in_year("month", y, month) if month else season(y, code or "SU")

    candidates = [r for y in range(published.year - 2, published.year + 3) if (r := make(y))]
    if offset == 0:
        pool = [r for r in candidates if r.start and r.start.year == published.year]
    elif offset < 0:
        pool = [r for r in candidates if r.end and r.end < published][-2:][::-1]
    else:
        pool = [r for r in candidates if r.start and r.start > published][:2]
    if not pool:
        return None
    return replace(pool[0], alternatives=tuple(r.value for r in pool[1:]))


def ago(env: Env, m: re.Match[str]) -> Reading | None:
    """The period that far before publication ("two weeks ago"), at the unit's granularity."""
    unit = unit_codes()[m["ago_u"].lower()]
    granularity = UNIT_GRANULARITY[unit]
    count = amount(m["ago_n"])
    if env.published is None or count is None:
        return unknown(granularity)
    sign = 1 if m["ago_w"].lower().startswith(("from", "after")) else -1
    anchor = shift(env.published, unit, sign * int(count))
    return period(granularity, anchor) if anchor else None


def part_of_day_suffix(word: str | None) -> str:
    """The TimeML suffix of a part of day ("night" -> "TNI"), or ""."""
    return f"T{part_of_day_codes()[word.lower()]}" if word else ""


def in_future(env: Env, m: re.Match[str], start: int) -> Result:
    """A day that far after publication ("will leave in two weeks", "the vote is in two weeks").

    In a clause that looks back it is a duration ("sales doubled in two years"), and so are
    hours and minutes.
    """
    unit = unit_codes()[m["in_u"].lower()]
    if unit == "S" and not m.group().endswith("s") and not m["in_n"][:1].isdigit():
        return None  # "in a second round": the ordinal
    count = amount(m["in_n"])
    if count is None or env.looking(start, "point") < NEAREST or unit in ("H", "MI", "S"):
        return Duration(duration_value(m["in_n"], unit))
    if env.published is None:
        return unknown("day")
    anchor = shift(env.published, unit, int(count))
    return Reading(anchor.isoformat(), anchor, anchor) if anchor else None


_BASIS_AFTER = re.compile(r"[-\s](?:on|over|to)[-\s](?:year|month|quarter|week|day)\b")
"""After a unit, the rest of a comparison basis: "year-on-year", "month-over-month"."""


def read_duration(env: Env, m: re.Match[str], kind: str, start: int, end: int) -> Duration | None:
    """A duration reading, or None for an age ("45-year-old") or a rate ("5% a year")."""
    if kind == "k_past":
        return Duration(duration_value("1", unit_codes()[m["past_u"]]))
    if kind == "k_durx":
        if m["durx_one"]:
            return Duration(duration_value("1", unit_codes()[m["durx_one"]]))
        if not (m.group().endswith("-long") or _DURX_CUE.search(text_before(env, start))):
            return None
        return Duration(duration_value("several", unit_codes()[m["durx_u"][:-1]]))
    if m["dur_old"]:
        return None
    unit = unit_codes()[m["dur_u"].lower()]
    number = m["dur_n"].lower()
    if unit == "S" and _ordinal_second(env.text, m):
        return None
    if number in ("a", "an") and (m["dur_pre"] is None) and _PER_BEFORE.search(text_before(env, start)):
        return None
    if number in ("a", "an") and m["dur_pre"] is None and _ON_BEFORE.search(text_before(env, start)):
        return None  # "on a day of protests": an occasion, not a length
    if number in ("a", "an") and env.text[start - 1 : start] == "-" and start > 1 and env.text[start - 2].isalnum():
        return None  # "$12-an-hour", "a $400-million-a-year business": a rate
    if _BASIS_AFTER.match(env.text, end):
        return None  # "a year-on-year rise", "a month-over-month gain": a comparison basis
    if number == "one" and unit == "D" and "-" not in m.group() and m["dur_pre"] is None and _someday(env, start, end):
        return None  # "it will one day be": some day, not a length
    if unit == "Q" and (number in ("a", "an", "one") or OF_AFTER.match(env.text, end)):
        return None
    half = m["dur_half"] is not None or m["dur_half2"] is not None
    return Duration(duration_value(number, unit, half=half))


def _ordinal_second(text: str, m: re.Match[str]) -> bool:
    """Whether the "second" of a duration match is the ordinal ("a second term", "second-half").

    A singular "second" is a length only after digits ("a 10 second delay") or after a
    number word joined by a hyphen ("a two-second pause"); a hyphen after it makes a
    compound ordinal ("two second-half goals") unless it is "-long".
    """
    if m["dur_pl"]:
        return False
    after = m.end("dur_u")
    if text[after : after + 1] == "-" and not m["dur_long"]:
        return True
    if m["dur_n"][:1].isdigit():
        return False
    return text[m.end("dur_n") : m.end("dur_n") + 1] != "-" or m["dur_n"].lower() in ("a", "an", "single")


def duration_range(env: Env, m: re.Match[str], reading: Duration, floor: int) -> tuple[int, Duration] | None:
    """A range of lengths ending with the duration ``m`` ("one to two years", "6-8 weeks").

    Returns the start of the range and its reading (``value`` the shorter end, ``high`` the
    longer one), or None when no shorter end stands right before the number (never before
    ``floor``, the end of the previous claim) or it is not shorter.

    >>> from claimtrack.extractors.dates.patterns import SCANNER
    >>> env = Env("idle for one to two years", None, "MDY", lambda offset, role: 0)
    >>> duration_range(env, SCANNER.search(env.text, 12), Duration("P2Y"), 0)
    (9, Duration(value='P1Y', high='P2Y', about=False))
    """
    if m.lastgroup != "k_dur" or m["dur_pre"] or m["dur_half"] or m["dur_half2"] or m["dur_old"]:
        return None
    at = m.start("dur_n")
    found = DURATION_LOW_BEFORE.search(env.text, max(floor, at - 40), at)
    if found is None:
        return None
    if _AGE_BEFORE.search(env.text, max(0, found.start() - 30), found.start()):
        return None  # "aged 18 to 34 years": ages, not lengths of time
    low_text = found["low"] or found["low_b"]
    low, high = amount(low_text), amount(m["dur_n"])
    if low is None or high is None or not low < high or m["dur_n"].lower() in ("a", "an", "single"):
        return None
    unit = unit_codes()[m["dur_u"].lower()]
    return found.start(), Duration(duration_value(low_text, unit), high=reading.value)


def duration_upper(env: Env, m: re.Match[str], reading: Duration) -> tuple[int, Duration] | None:
    """A range of lengths whose longer end follows the unit ("a year or two"), or an approximate one ("a week or so").

    Returns the end of the expression and its reading (``value`` the length written with
    its unit, ``high`` the longer one, or ``about`` after "or so"), or None when neither a
    larger number nor "so" follows "or" right after the unit, or a unit follows that number
    ("a week or two months": two lengths).

    >>> from claimtrack.extractors.dates.patterns import SCANNER
    >>> env = Env("idle for a year or two.", None, "MDY", lambda offset, role: 0)
    >>> duration_upper(env, SCANNER.search(env.text), Duration("P1Y"))
    (22, Duration(value='P1Y', high='P2Y', about=False))
    """
    if m.lastgroup != "k_dur" or m["dur_pre"] or m["dur_half"] or m["dur_half2"] or m["dur_old"] or m["dur_long"]:
        return None
    if m["dur_pl"] or m.group().endswith("-"):
        return None  # "two years or three": rare; "a two-year or three" is no range
    found = _UPPER_AFTER.match(env.text, m.end())
    if found is None:
        return None
    if found["so"]:
        return found.end(), Duration(reading.value, about=True)
    low, high = amount(m["dur_n"]), amount(found["up"])
    if low is None or high is None or not low < high:
        return None
    unit = unit_codes()[m["dur_u"].lower()]
    return found.end(), Duration(reading.value, high=duration_value(found["up"], unit))


def _upper_after() -> re.Pattern[str]:
    words = sorted((w for w in number_words() if w not in ("a", "an", "single", "couple of")), key=len, reverse=True)
    units = sorted(unit_codes(), key=len, reverse=True)
    return re.compile(
        rf"""\s{{1,3}}or\s{{1,3}} (?: (?P<so>so)                                  # or so
                                   | (?P<up>{"|".join(words)}|\d{{1,3}}) )          # or two
             (?![\w%-]|[.,]\d|\s{{1,3}}(?:more\s{{1,3}})?(?:{"|".join(units)})s?\b)  # not "or two months"
        """,
        re.VERBOSE,
    )


_UPPER_AFTER = _upper_after()
"""The words "or" and a larger number, or "or so", right after a length's unit ("a year or two")."""
