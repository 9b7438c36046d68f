"""Dates anchored to a date the story gave earlier: "the next day", "later that year", "two days later".

News dates one event against another it has just dated: "The plant closed on March 3,
2025. The next day, workers marched." Such an expression (an *anaphor*) is read against the
story's own reference time, never against the publication date: the last date claim before
it in the same field whose value is known at the granularity it needs (a day for "the next
day", "that morning", "two weeks later"; a month for "that month"; a year for "that year").
:class:`Anchors` remembers, in one pass in text order, the last such date of each
granularity; an anaphor with no anchor keeps an unknown value (``XXXX-XX-XX``, ``XXXX``), and
a length counted from the anchor ("two days later") stays a duration. "that (same) day" after
a date coarser than a day ("in October 1998 ... that same day") is a day of it whose number is
unknown (``1998-10-XX``, as TimeML writes it), its interval the coarser date's. A day or a
length written right before a date ("the day before March 3", "two weeks after May 9,
2025") is counted from that date instead (:func:`offset_from`).

The phrases come from ``[anaphora]`` in ``data/dates.toml``. "that year's budget" is the
anchor's year too (the possessive names the same period). "the next week", "the previous
year" and "next month" are left to the readers of relative expressions (the publication
date), except that "the previous year" after a date of its own sentence is the year before
that date (:func:`period_before`); "the day before the vote" is no anaphor (the day before another event, not before the
anchor), so "the <unit> before/after" counts only at the end of a clause.

>>> from datetime import date
>>> anchors = Anchors()
>>> anchors.note(Reading("2025-03-03", date(2025, 3, 3), date(2025, 3, 3)))
>>> anchors.resolve(Anaphor("D", 1, "TMO")).value
'2025-03-04TMO'
>>> r = anchors.resolve(Anaphor("Y", 0, edge="late"))
>>> r.value, r.start
('2025', datetime.date(2025, 3, 4))
>>> Anchors().resolve(Anaphor("D", 1)) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from claimtrack.extractors.dates.durations import amount
from claimtrack.extractors.dates.normalize import (
    Granularity,
    Reading,
    add_days,
    add_months,
    in_year,
    narrow,
    period,
    unknown,
)
from claimtrack.extractors.dates.words import lexicon, unit_codes, weekday_number


@dataclass(frozen=True, slots=True)
class Anaphor:
    """What an anaphor asks for: a period of ``unit`` (D, W, M, Y) ``offset`` periods from the anchor's.

    ``pod`` is the TimeML part-of-day suffix of a day ("TMO" for "the next morning");
    ``edge`` ("early" or "late") cuts the period at the anchor ("earlier that day");
    ``weekday`` (as written) asks for the first such weekday after the anchor ("the
    following Monday").
    """

    unit: str
    offset: int
    pod: str = ""
    edge: str | None = None
    weekday: str | None = None


_NEEDS = {"D": "day", "W": "day", "M": "month", "Y": "year"}
"""The granularity of anchor each unit needs (a week is counted in days from a day)."""


@dataclass(slots=True)
class Anchors:
    """The last date of the field read so far at each granularity (day, month, year)."""

    day: Reading | None = None
    month: Reading | None = None
    year: Reading | None = None
    last: Reading | None = None

    def note(self, reading: Reading) -> None:
        """Remember a resolved date as the anchor of every granularity it is precise to."""
        start, end = reading.start, reading.end
        if start is None or end is None or not reading.value[:4].isdigit() or reading.fiscal:
            return
        if start.year != end.year:
            return
        self.year = self.last = reading
        if start.month == end.month and reading.value[4:5] == "-" and reading.value[5:6].isdigit():
            self.month = reading
            if start == end:
                self.day = reading

    def resolve(self, anaphor: Anaphor) -> Reading | None:
        """The reading of an anaphor against the anchors, or None without a fitting anchor."""
        anchor = getattr(self, _NEEDS.get(anaphor.unit, "none"), None)
        if anaphor.weekday is not None:
            return _weekday_after(anchor, anaphor.weekday)
        if anaphor.unit == "D" and anaphor.offset == 0 and self.last is not anchor and self.last is not None:
            return self._coarse_day(self.last, anaphor.pod)  # "that day" after "in October"
        if anchor is None or anchor.start is None or anchor.end is None:
            return None
        base, unit, offset = anchor.start, anaphor.unit, anaphor.offset
        if unit == "D":
            day = add_days(base, offset)
            return Reading(day.isoformat() + anaphor.pod, day, day) if day is not None else None
        if unit == "W":
            day = add_days(base, 7 * offset)
            found = period("week", day) if day is not None else None
        elif unit == "M":
            first = add_months(base, offset)
            found = period("month", first) if first is not None else None
        else:
            found = in_year("year", base.year + offset, 1)
        if found is None or anaphor.edge is None:
            return found
        return self._cut(found, anaphor.edge)

    def _coarse_day(self, last: Reading, pod: str) -> Reading:
        """A day named after a month or a year ("that day"): it lies in it, its number unknown (1998-10-XX)."""
        assert last.start is not None
        assert last.end is not None
        known = last.value[:7] if last is self.month else last.value[:4]
        value = known + "-XX" * (3 - known.count("-") - 1) + pod
        return Reading(value, last.start, last.end)

    def _cut(self, found: Reading, edge: str) -> Reading:
        """The part of a period after or before its most precise anchor ("later that year"), else a third of it."""
        assert found.start is not None
        assert found.end is not None
        for anchor in (self.day, self.month, self.year):
            if anchor is None or anchor.start is None or anchor.end is None:
                continue
            if edge == "late" and found.start <= anchor.end < found.end:
                return replace(found, start=add_days(anchor.end, 1))
            if edge == "early" and found.start < anchor.start <= found.end:
                return replace(found, end=add_days(anchor.start, -1))
        return narrow(found, edge)


def _weekday_after(anchor: Reading | None, written: str) -> Reading | None:
    """The first ``written`` weekday after the anchor's day ("the following Monday")."""
    number = weekday_number(written)
    if anchor is None or anchor.start is None or number is None:
        return None
    day = add_days(anchor.start, (number - anchor.start.isoweekday()) % 7 or 7)
    return Reading(day.isoformat(), day, day, weekday=written) if day is not None else None


_STEP_BACK = {"week": (0, -7), "month": (-1, 0), "quarter": (-3, 0), "year": (-12, 0)}
"""How far back (months, days) "the previous <unit>" steps from its anchor's start."""


def period_before(anchor: Reading, granularity: Granularity) -> Reading | None:
    """The week, month, quarter or year before the one the anchor lies in ("in 1986 ... the previous year").

    None when the anchor is unknown, fiscal, or coarser than the period asked for (a year
    has no single previous month).

    >>> from datetime import date
    >>> january = Reading("1987-01", date(1987, 1, 1), date(1987, 1, 31))
    >>> period_before(january, "month").value, period_before(january, "year").value
    ('1986-12', '1986')
    >>> period_before(Reading("1986", date(1986, 1, 1), date(1986, 12, 31)), "quarter") is None
    True
    """
    start, end = anchor.start, anchor.end
    if start is None or end is None or anchor.fiscal or not anchor.value[:4].isdigit():
        return None
    own = period(granularity, start)
    step = _STEP_BACK.get(granularity)
    if own is None or own.end is None or end > own.end or step is None:
        return None
    back = add_months(start, step[0]) if step[0] else add_days(start, step[1])
    return period(granularity, back) if back is not None else None


_MONTH_OR_QUARTER = re.compile(r"\d{4}-(?:\d{2}|Q[1-4])$")


def same_period_years_before(anchor: Reading, years: int) -> Reading | None:
    """The same month or quarter ``years`` years before the anchor's ("in February ... a year earlier").

    None when the anchor is not one month or one quarter.

    >>> from datetime import date
    >>> same_period_years_before(Reading("1987-02", date(1987, 2, 1), date(1987, 2, 28)), 1).value
    '1986-02'
    >>> same_period_years_before(Reading("1987", date(1987, 1, 1), date(1987, 12, 31)), 1) is None
    True
    """
    if anchor.start is None or _MONTH_OR_QUARTER.match(anchor.value) is None:
        return None
    moved = add_months(anchor.start, -12 * years)
    return period("quarter" if "Q" in anchor.value else "month", moved) if moved is not None else None


def unresolved(anaphor: Anaphor) -> Reading:
    """The reading of an anaphor without an anchor: its unknown value.

    >>> unresolved(Anaphor("D", 1, "TMO")).value, unresolved(Anaphor("M", 0)).value
    ('XXXX-XX-XXTMO', 'XXXX-XX')
    """
    if anaphor.weekday is not None:
        return Reading(f"XXXX-WXX-{weekday_number(anaphor.weekday) or 1}", weekday=anaphor.weekday)
    if anaphor.unit == "D":
        return Reading("XXXX-XX-XX" + anaphor.pod)
    return unknown(_GRANULARITIES.get(anaphor.unit, "year"))


_GRANULARITIES: dict[str, Granularity] = {"W": "week", "M": "month", "Y": "year"}


def anaphor_of(m: re.Match[str]) -> Anaphor:
    """The anaphor a ``k_ana`` scanner match asks for (see :func:`scanner_source`)."""
    table = lexicon()["anaphora"]
    units: dict[str, str] = table["units"]
    if m["ana_wd"]:
        return Anaphor("D", 0, weekday=m["ana_wd"])
    if m["ana_u0"]:
        word, offset = m["ana_u0"], 0
    elif m["ana_u1"] or m["ana_u2"]:
        phrase = _squeeze(m["ana_dir"] or m["ana_dird"])
        word, offset = m["ana_u1"] or m["ana_u2"], 1 if phrase in table["next"] else -1
    else:
        word, offset = m["ana_u3"], 1 if _squeeze(m["ana_ba"]) in table["after"] else -1
    unit, _, pod = units[word.lower()].partition(":")
    edge = table["edges"].get(m["ana_el"].lower()) if m["ana_el"] else None
    return Anaphor(unit, offset, f"T{pod}" if pod else "", edge)


def _squeeze(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def counted(m: re.Match[str], text: str) -> tuple[Anaphor, int] | None:
    """A length counted from the anchor: "two days later" (a ``k_dur`` match) or "a week earlier" (``k_ago``).

    Returns the anaphor and the end of the expression, or None when the match is not one:
    no "later" after the length, a range, an age, an amount that is not a whole number, or a
    unit that is not a day, week, month or year.
    """
    if m.lastgroup == "k_ago":
        if m["ago_w"].lower() != "earlier":
            return None
        number, unit_word, sign, end = m["ago_n"], m["ago_u"], -1, m.end()
    elif m.lastgroup == "k_dur":
        if m["dur_pre"] or m["dur_half"] or m["dur_half2"] or m["dur_old"] or m["dur_long"]:
            return None
        after = _later_after().match(text, m.end())
        if after is None:
            return None
        number, unit_word, sign, end = m["dur_n"], m["dur_u"], 1, after.end()
    else:
        return None
    unit = unit_codes().get(unit_word.lower())
    count = amount(number)
    if unit not in _NEEDS or count is None or count != count.to_integral_value() or count > 999:
        return None
    return Anaphor(unit, sign * int(count)), end


@cache
def _later_after() -> re.Pattern[str]:
    words = sorted(lexicon()["anaphora"]["later"], key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in words)
    return re.compile(rf"\s{{1,3}}(?:{body})\b(?![-\w]|\s{{1,3}}than\b)")


_UNIT_BEFORE_DATE = re.compile(
    r"""\b(?:[Tt]he\s{1,3})? (?P<u>day|night|morning|afternoon|evening|week)  # the day, the night
        \s{1,3} (?P<w>before|after) \s{1,3} $                                # before <date>""",
    re.VERBOSE,
)
"""A day or week right before "before"/"after" and a date; "the year before 2015" is left as
written (also read as "the year" and "before 2015"), a length ("two years after 2020") is not."""
_JOINT_BEFORE_DATE = re.compile(r"\s{1,3}(?P<w>before|after)\s{1,3}$")
_LENGTH = re.compile(r"P(?P<n>[1-9]\d{0,2})(?P<u>[DWMY])")


def offset_from(
    text: str, start: int, reading: Reading, previous: tuple[int, int, str] | None
) -> tuple[int, Reading, bool] | None:
    """A date counted from the date written right after it: "the day before March 3", "two weeks after May 9".

    ``previous`` is (start, end, ISO value) of the length claim just before the date, if any.
    Returns the start of the whole expression, its reading, and whether it takes in that
    length; None when nothing counts from this date.

    >>> from datetime import date
    >>> day = Reading("2025-03-03", date(2025, 3, 3), date(2025, 3, 3))
    >>> found = offset_from("on the night before March 3", 20, day, None)
    >>> found[0], found[1].value
    (3, '2025-03-02TNI')
    >>> offset_from("two days after March 3", 15, day, (0, 8, "P2D"))[1].value
    '2025-03-05'
    """
    anchors = Anchors()
    anchors.note(reading)
    if previous is not None:
        joint = _JOINT_BEFORE_DATE.match(text, previous[1], start)
        length = _LENGTH.fullmatch(previous[2])
        if joint is not None and length is not None:
            sign = 1 if joint["w"] == "after" else -1
            found = anchors.resolve(Anaphor(length["u"], sign * int(length["n"])))
            return (previous[0], found, True) if found is not None else None
    unit = _UNIT_BEFORE_DATE.search(text, max(0, start - 30), start)
    if unit is None:
        return None
    code, _, pod = lexicon()["anaphora"]["units"][unit["u"]].partition(":")
    found = anchors.resolve(Anaphor(code, 1 if unit["w"] == "after" else -1, f"T{pod}" if pod else ""))
    return (unit.start(), found, False) if found is not None else None


def _alt(phrases: list[str]) -> str:
    """An alternation of lower-case phrases, longest first, each also with a capital first letter."""
    parts = []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        escaped = r"\s{1,3}".join(re.escape(piece) for piece in phrase.split())
        parts.append(f"[{phrase[0]}{phrase[0].upper()}]{escaped[1:]}")
    return "(?:" + "|".join(parts) + ")"


def scanner_source() -> str:
    """The ``k_ana`` alternative of the scanner (VERBOSE), built from ``[anaphora]``.

    >>> pattern = re.compile(scanner_source(), re.VERBOSE)
    >>> [pattern.search(s)[0] for s in ("Later that year,", "The next morning.", "the day before.")]
    ['Later that year', 'The next morning', 'the day before']
    >>> pattern.search("the day before the vote") is None, pattern.search("the next week") is None
    (True, True)
    >>> pattern.search("on the following Monday")[0]
    'the following Monday'

    """
    table = lexicon()["anaphora"]
    units = list(table["units"])
    day_units = [u for u, code in table["units"].items() if code.startswith("D")]
    all_dirs = [p for p in table["next"] + table["previous"] if p not in table["day_only"]]
    edges = _alt(list(table["edges"]))
    weekdays = "|".join(forms[0] for forms in lexicon()["weekdays"].values())
    return rf"""
    (?P<k_ana>                                                         # the next day, later that year
        (?:(?P<ana_el>{edges})\s{{1,3}})? (?P<ana_same>{_alt(table["same"])}) \s{{1,3}}  # (later) that
            (?P<ana_u0>{_alt(units)})                                                  # day, morning, year
            (?!\s{{1,3}}(?:as\b|(?:after|by|to|upon|over)\s{{1,3}}{_alt(units)}\b))   # not "day as", "day by day"
      | (?P<ana_dir>{_alt(all_dirs)}) \s{{1,3}} (?P<ana_u1>{_alt(units)})              # the following year
      | (?P<ana_dird>{_alt(table["day_only"])}) \s{{1,3}} (?P<ana_u2>{_alt(day_units)})  # the next morning
      | (?P<ana_wdn>{_alt(table["weekday_next"])}) \s{{1,3}} (?P<ana_wd>{weekdays})      # the following Monday
      | [Tt]he \s{{1,3}} (?P<ana_u3>{_alt(units)}) \s{{1,3}}                            # the day before,
            (?P<ana_ba>{_alt(table["after"] + table["before"])})                       # at a clause's end
            (?=\s{{0,3}}(?:[,.;:!?)"”—]|$)|\s{{1,3}}(?:and|but|when|while|as|with)\b)
    ) \b (?![-\w])
    """
