"""Lexicon look-ups for dates: the parsed ``dates.toml`` and its word -> value tables.

Every table is built once from the data file and cached; the scanner (:mod:`.patterns`)
and the readers share them.

>>> month_number("Sept"), weekday_number("Tue."), unit_codes()["week"]
(9, 2, 'W')
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from claimtrack.lexicon import load_toml


@cache
def lexicon() -> dict[str, Any]:
    """The parsed ``dates.toml`` lexicon (cached)."""
    return load_toml("dates")


def month_number(name: str) -> int | None:
    """Month number of a month name or abbreviation (``"Sept"`` -> 9), else None.

    >>> month_number("Sept"), month_number("May"), month_number("Maybe")
    (9, 5, None)
    """
    return _month_numbers().get(name.rstrip(".").lower())


@cache
def _month_numbers() -> dict[str, int]:
    table: dict[str, int] = {}
    for key in ("months", "month_abbrevs"):
        for number, forms in lexicon()[key].items():
            for form in forms:
                table[form.lower()] = int(number)
    return table


def weekday_number(name: str) -> int | None:
    """ISO weekday (1 = Monday) of a weekday name or abbreviation, else None.

    >>> weekday_number("Tues."), weekday_number("Sunday")
    (2, 7)
    """
    return _weekday_numbers().get(name.rstrip(".").lower())


@cache
def _weekday_numbers() -> dict[str, int]:
    return {form.lower(): int(n) for n, forms in lexicon()["weekdays"].items() for form in forms}


@cache
def base_number_words() -> dict[str, int]:
    """The number words of ``[numbers]`` -> value ("two" -> 2, "seventy" -> 70), lower case."""
    return {form.lower(): int(n) for n, forms in lexicon()["numbers"].items() for form in forms}


@cache
def tens_and_units() -> tuple[list[str], list[str]]:
    """The words that join into one number: tens ("twenty" ... "ninety") and units ("one" ... "nine")."""
    words = base_number_words()
    tens = [w for w, n in words.items() if n in range(20, 100, 10)]
    units = [w for w, n in words.items() if 1 <= n <= 9 and w not in ("a", "an", "single")]
    return tens, units


@cache
def number_words() -> dict[str, int]:
    """Number words -> value ("two" -> 2), lower case; tens and units joined too ("seventy-four", "thirty five").

    >>> number_words()["seventy-four"], number_words()["thirty five"], number_words()["a"]
    (74, 35, 1)
    """
    words = base_number_words()
    tens, units = tens_and_units()
    compounds = {f"{ten}{joint}{unit}": words[ten] + words[unit] for ten in tens for unit in units for joint in "- "}
    return {**compounds, **words}


@cache
def ordinal_words() -> dict[str, int]:
    """Ordinal words -> value ("fourth" -> 4, "final" -> 4)."""
    return {form.lower(): int(n) for n, forms in lexicon()["ordinals"].items() for form in forms}


@cache
def season_codes() -> dict[str, str]:
    """Season words -> TimeML code ("autumn" -> "FA")."""
    return {form.lower(): code for code, forms in lexicon()["seasons"].items() for form in forms}


@cache
def unit_codes() -> dict[str, str]:
    """Unit words -> designator ("week" -> "W", "decade" -> "DE")."""
    return {form.lower(): code for code, forms in lexicon()["units"].items() for form in forms}


@cache
def part_of_day_codes() -> dict[str, str]:
    """Part-of-day words -> TimeML code ("night" -> "NI")."""
    return {form.lower(): code for code, forms in lexicon()["parts_of_day"].items() for form in forms}


@cache
def day_ordinal_words() -> dict[str, int]:
    """Spelled ordinal days -> day of month ("twenty-second" and "twenty second" -> 22)."""
    table = {form.lower(): int(n) for n, forms in lexicon()["day_ordinals"].items() for form in forms}
    return {**table, **{form.replace("-", " "): n for form, n in table.items()}}


def day_of(digits: str | None, word: str | None) -> int:
    """The day a scanner group gives, written in digits or as an ordinal word (0 when neither).

    >>> day_of("9", None), day_of(None, "Thirty first")
    (9, 31)
    """
    if digits:
        return int(digits)
    return day_ordinal_words().get(" ".join((word or "").lower().replace("-", " ").split()), 0)


@cache
def set_values() -> dict[str, str]:
    """Recurrence adverbs -> ISO 8601 duration of the recurrence ("daily" -> "P1D")."""
    return {form.lower(): value for value, forms in lexicon()["sets"].items() for form in forms}


@cache
def holiday_rules() -> dict[str, str]:
    """Holiday names -> rule ("christmas day" -> "12-25"), lower case, straight apostrophe."""
    return {form.lower(): rule for rule, forms in lexicon()["holidays"].items() for form in forms}


@cache
def holiday_noun_after() -> re.Pattern[str]:
    """A noun right after a holiday name that makes the name a modifier ("Christmas trees").

    >>> bool(holiday_noun_after().match(" trees from Oregon")), bool(holiday_noun_after().match(" sales rose"))
    (True, False)
    """
    words = sorted(lexicon()["holiday_nouns"]["words"], key=len, reverse=True)
    return re.compile(rf"\s{{1,3}}(?:{'|'.join(re.escape(w) for w in words)})\b", re.IGNORECASE)


def spelled_year(m: re.Match[str]) -> int:
    """The year of a spelled-year match (groups ``sy_c``, ``sy_t``, ``sy_u``, ``sy_t2``, ``sy_u2``, ``sy_u3``).

    >>> import re
    >>> spelled_year(re.match(r"(?P<sy_c>\\w+) (?P<sy_t>\\w+) (?P<sy_u>\\w+)(?P<sy_t2>)?(?P<sy_u2>)?(?P<sy_u3>)?",
    ...     "nineteen ninety six"))
    1996
    """
    words = lexicon()["year_words"]
    tens, units = words["tens"], words["units"]
    low = int(tens.get((m["sy_t"] or m["sy_t2"] or "").lower(), 0)) + int(
        units.get((m["sy_u"] or m["sy_u2"] or m["sy_u3"] or "").lower(), 0)
    )
    if m["sy_c"]:
        return int(words["centuries"][m["sy_c"].lower()]) * 100 + low
    return 2000 + low


@cache
def unit_after() -> re.Pattern[str]:
    """A unit of measure or a counted noun right after a number ("1000 hp", "2000-km", "2000 people").

    Built from the figure lexicons ``units.toml`` (surfaces written apart from the digits;
    those that count only when adjacent, "5 W", are left out) and the irregular plurals of
    ``figure_words.toml``; a four-digit number before one is a figure, not a year.

    >>> bool(unit_after().match(" hp barrier")), bool(unit_after().match("-km trip"))
    (True, True)
    >>> bool(unit_after().match(" election")), bool(unit_after().match(" MW")), bool(unit_after().match(" mw"))
    (False, True, False)
    """
    units = load_toml("units")
    adjacent = set(units["adjacent_only"]["surfaces"])
    exact = set(units["case_sensitive"]["surfaces"])
    surfaces = {s for forms in units["units"].values() for s in forms if s not in adjacent}
    surfaces |= set(load_toml("figure_words")["counted"]["plural_irregular"])

    def spelled(surface: str) -> str:
        body = r"\s{1,3}".join(re.escape(piece) for piece in surface.split())
        return body if surface in exact else f"(?i:{body})"

    ordered = sorted(surfaces, key=lambda s: (-len(s), s))
    return re.compile(rf"[\s-]?(?:{'|'.join(spelled(s) for s in ordered)})(?![\w/])")


@cache
def _named_noun_after() -> re.Pattern[str]:
    words = sorted(lexicon()["named_days"]["nouns"], key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in words)
    return re.compile(rf"\s{{1,3}}(?:{body})\b", re.IGNORECASE)


def named_year(text: str, end: int, month: int, day: int) -> int | None:
    """The year of an event a year-less day names right before an event noun, or None.

    >>> named_year("the Sept. 11 attacks", 12, 9, 11), named_year("a Sept. 11 memorial", 12, 9, 11)
    (2001, None)
    """
    year = lexicon()["named_days"]["days"].get(f"{month:02d}-{day:02d}")
    if year is None or not _named_noun_after().match(text, end):
        return None
    return int(year)
