"""Paragraphs that cannot all be true, each with the rule code it should trigger.

Changes stay within a factor of four between "from" and "to": the rules deliberately leave
wilder ratios alone (a misread figure is likelier than a twentyfold change).

>>> from hypothesis import given
>>> @given(inconsistent_paragraphs(codes=["CT401"]))
... def test_weekdays(example):
...     text, code = example
...     assert code == "CT401"
>>> test_weekdays()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from decimal import Decimal

from hypothesis import strategies as st

from claimtrack.strategies.lexicon import lexicon
from claimtrack.strategies.sentences import SUBJECTS, person_names

OFFICES = ("Secretary", "Minister", "Governor", "Ambassador", "Commissioner")
DEPARTMENTS = ("Treasury", "Finance", "Trade", "Health", "Energy", "Defense")
"""Title words; each is checked against titles.toml so the extractor knows them."""


@st.composite
def percent_change_mismatch(draw: st.DrawFn) -> str:
    """CT101: a percent change that its own from/to values contradict by at least 3 points.

    Both figures have three significant digits, so the rounding they allow cannot explain
    the gap.
    """
    origin = draw(st.integers(100, 900))
    target = draw(st.integers(max(100, origin // 4), min(999, origin * 4)).filter(lambda t: t != origin))
    actual = (Decimal(target) - origin) / origin * 100
    stated = draw(st.integers(1, 95).filter(lambda p: abs(abs(actual) - p) >= 3))
    verb = "rose" if target > origin else "fell"
    subject = draw(st.sampled_from(SUBJECTS))
    return f"{subject} {verb} {stated}% to ${target} million from ${origin} million."


@st.composite
def direction_mismatch(draw: st.DrawFn) -> str:
    """CT108: a direction word that the from/to values contradict."""
    low = draw(st.integers(2, 500))
    high = draw(st.integers(low + 1, low * 4))
    direction = draw(st.sampled_from(["up", "down"]))
    verb = draw(st.sampled_from([v for v in lexicon().changes[direction] if " " not in v]))
    new, old = (low, high) if direction == "up" else (high, low)
    return f"{draw(st.sampled_from(SUBJECTS))} {verb} to ${new} million from ${old} million."


@st.composite
def weekday_mismatch(draw: st.DrawFn) -> str:
    """CT401: a weekday written next to a date that falls on another day."""
    lex = lexicon()
    day = draw(st.dates(dt.date(1995, 1, 1), dt.date(2035, 12, 31)))
    wrong = draw(st.sampled_from([n for n in range(1, 8) if n != day.isoweekday()]))
    return f"The talks ended on {lex.weekdays[wrong]}, {lex.months[day.month][0]} {day.day}, {day.year}."


@st.composite
def impossible_date(draw: st.DrawFn) -> str:
    """CT404: June 31, February 30, or February 29 in a common year."""
    lex = lexicon()
    year = draw(st.integers(1995, 2035))
    month, day = draw(st.sampled_from([(4, 31), (6, 31), (9, 31), (11, 31), (2, 30), (2, 29)]))
    if (month, day) == (2, 29):
        year = draw(st.integers(1995, 2035).filter(lambda y: not (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0))))
    return f"The meeting is on {lex.months[month][0]} {day}, {year}."


@st.composite
def title_conflict(draw: st.DrawFn) -> str:
    """CT501: one person called both serving and "former" in the same office."""
    lex = lexicon()
    office = draw(st.sampled_from([o for o in OFFICES if o.lower() in lex.offices]))
    department = draw(st.sampled_from([d for d in DEPARTMENTS if d.lower() in lex.title_modifiers]))
    former = draw(st.sampled_from([q for q in lex.former if q not in ("late", "then")]))
    name = draw(person_names())
    title = f"{department} {office}"
    return f"{title} {name} said the plan works. {former.capitalize()} {title} {name} left the meeting."


@st.composite
def age_conflict(draw: st.DrawFn) -> str:
    """CT504: one person given two ages."""
    name = draw(person_names())
    age = draw(st.integers(20, 90))
    other = draw(st.integers(20, 90).filter(lambda a: a != age))
    return f"{name}, {age}, said the plan works. {name}, {other}, left the meeting."


INCONSISTENCIES: dict[str, Callable[[], st.SearchStrategy[str]]] = {
    "CT101": percent_change_mismatch,
    "CT108": direction_mismatch,
    "CT401": weekday_mismatch,
    "CT404": impossible_date,
    "CT501": title_conflict,
    "CT504": age_conflict,
}
"""The rule codes the strategies can provoke, and the paragraphs that provoke them."""


def inconsistent_paragraphs(codes: Collection[str] | None = None) -> st.SearchStrategy[tuple[str, str]]:
    """(paragraph, rule code): a paragraph that should trigger that rule.

    Args:
        codes: restrict to these rule codes (every code of :data:`INCONSISTENCIES` by default).
    """
    chosen = sorted(codes) if codes else sorted(INCONSISTENCIES)
    unknown = [code for code in chosen if code not in INCONSISTENCIES]
    if unknown:
        raise ValueError(f"no strategy for {', '.join(unknown)}; known: {', '.join(sorted(INCONSISTENCIES))}")
    return st.one_of([st.tuples(INCONSISTENCIES[code](), st.just(code)) for code in chosen])
