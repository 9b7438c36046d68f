"""Strategies for dates and durations, spelled with the dates extractor's own lexicon.

>>> from hypothesis import given
>>> @given(date())
... def test_dates(phrase):
...     assert phrase.expected[0].kind == "date"
>>> test_dates()
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from claimtrack.strategies.figures import Avoid, pick
from claimtrack.strategies.lexicon import lexicon
from claimtrack.strategies.stated import KNOWN_EXTRACTOR_LIMITS, Stated
from claimtrack.testing import expect

DAY_FORMS = ("mdy", "dmy", "abbrev-mdy", "iso", "numeric-mdy")
"""Spellings of a full date: July 9, 2025 / 9 July 2025 / Jul. 9, 2025 / 2025-07-09 / 07/09/2025."""
COARSE_FORMS = ("month-year", "quarter")
"""Spellings of a month or a quarter: July 2025 / the third quarter of 2025."""


def day_text(day: dt.date, form: str, month_name: str) -> str:
    """A full date in one of :data:`DAY_FORMS` (``month_name`` as written).

    >>> day_text(dt.date(2025, 7, 9), "dmy", "July")
    '9 July 2025'
    """
    if form == "mdy" or form == "abbrev-mdy":
        return f"{month_name} {day.day}, {day.year}"
    if form == "dmy":
        return f"{day.day} {month_name} {day.year}"
    if form == "iso":
        return day.isoformat()
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


@st.composite
def date(draw: st.DrawFn, *, avoid: Avoid = KNOWN_EXTRACTOR_LIMITS, roles: bool = True) -> Stated:
    """A date with its cue: "on Wednesday, July 9, 2025", "by 9 July 2025", "since March 2024"."""
    lex = lexicon()
    day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)))
    form = pick(draw, [(f"date:{f}", f) for f in (*DAY_FORMS, *COARSE_FORMS)], avoid)[1]
    forms = [f"date:{form}"]
    weekday: str | None = None
    if form in DAY_FORMS:
        names = [n for n in lex.months[day.month] if n.endswith(".") == (form == "abbrev-mdy")]
        if not names:  # May has no abbreviation
            names, form = [lex.months[day.month][0]], "mdy"
        text = day_text(day, form, draw(st.sampled_from(names)))
        value = day.isoformat()
        if form in ("mdy", "dmy", "abbrev-mdy") and draw(st.booleans()):  # weekdays go with written dates
            weekday = lex.weekdays[day.isoweekday()]
            text = f"{weekday}, {text}"
            forms.append("date:weekday")
    elif form == "month-year":
        text, value = f"{lex.months[day.month][0]} {day.year}", f"{day.year}-{day.month:02d}"
    else:
        quarter = (day.month - 1) // 3 + 1
        ordinal = draw(st.sampled_from(lex.quarter_ordinals[quarter]))
        text, value = f"the {ordinal} quarter of {day.year}", f"{day.year}-Q{quarter}"
        forms.append(f"quarter:{ordinal}")
    role = draw(st.sampled_from(["point", "deadline", "since", "until"])) if roles else "point"
    if role == "point":
        cue = "on" if form in DAY_FORMS else "in"
    else:
        cue = pick(draw, [(f"role-cue:{c}", c) for c in lex.roles[role]], avoid)[1]
        forms.append(f"role-cue:{cue}")
    forms.append(f"role:{role}:{'quarter' if form == 'quarter' else 'day' if form in DAY_FORMS else 'month'}")
    matcher = expect.date(value, role=role, weekday=weekday)
    return Stated(f"{cue} {text}", (matcher,), "date", tuple(forms))


DURATION_UNITS = {"D": "P{n}D", "W": "P{n}W", "M": "P{n}M", "Y": "P{n}Y", "H": "PT{n}H"}
"""The duration units rendered, and their ISO 8601 value (others: decades, quarters ... are left out)."""


@st.composite
def duration(draw: st.DrawFn, *, avoid: Avoid = KNOWN_EXTRACTOR_LIMITS) -> Stated:
    """A length of time: "90-day", "18 months", "two weeks", "48 hours"."""
    lex = lexicon()
    code = pick(draw, [(f"duration-unit:{c}", c) for c in DURATION_UNITS if c in lex.duration_units], avoid)[1]
    unit = lex.duration_units[code]
    style = pick(draw, [(f"duration:{s}", s) for s in ("hyphen", "digits", "word")], avoid)[1]
    if style == "word":
        n = draw(st.sampled_from(sorted(lex.duration_numbers)))
        amount = lex.duration_numbers[n]
    else:
        n = draw(st.integers(2, 400))
        amount = str(n)
    text = f"{amount}-{unit}" if style == "hyphen" else f"{amount} {unit}s"
    value = DURATION_UNITS[code].format(n=n)
    return Stated(text, (expect.duration(value),), "duration", (f"duration:{style}", f"duration-unit:{code}"))
