"""The spellings the strategies render, read from the same data files the extractors use.

Currencies come from ``currencies.toml``, number and scale words from ``numbers.toml``,
approximators and change verbs from ``figure_words.toml``, units from ``units.toml``,
months, weekdays, date roles and duration units from ``dates.toml``, speech cues from
``cues.toml`` and title qualifiers from ``titles.toml``. Only the percent signs, which the
figure extractor keeps in its patterns rather than in a data file, are listed here.

>>> lex = lexicon()
>>> ("€", "EUR") in lex.currency_before
True
>>> lex.scales["billion"]
Decimal('1000000000')
>>> "rose" in lex.changes["up"]
True
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from claimtrack.lexicon import load_toml

PERCENT_SIGNS: tuple[str, ...] = ("%", " percent", " per cent", " pct")
"""How a percentage is written after its number (mirrors the figure extractor's pattern)."""
POINT_SIGNS: tuple[str, ...] = (" percentage points", " percentage point", " pct points")
BASIS_POINT_SIGNS: tuple[str, ...] = (" basis points", " bps", " bp")

IRREGULAR_PAST: frozenset[str] = frozenset(
    {
        "rose",
        "grew",
        "fell",
        "sank",
        "slid",
        "shed",
        "cut",
        "lost",
        "leapt",
        "shrank",
        "tumbled",
        "went up",
        "went down",
    }
)
"""Past-tense change verbs that do not end in "ed"; only those the lexicon lists are used."""
MULTIPLIER_VERBS: frozenset[str] = frozenset({"doubled", "tripled", "trebled", "quadrupled", "halved"})
"""Change verbs that state their own factor: they take no percentage after them."""
POST_POSITION_APPROX: frozenset[str] = frozenset({"or so"})
"""Approximators written after the figure ("12 or so"): the strategies put the others before it."""


@dataclass(frozen=True)
class Lexicon:
    """Every spelling the strategies choose from."""

    currency_before: tuple[tuple[str, str], ...]
    """(surface written before the digits, ISO code)."""
    currency_after: tuple[tuple[str, str], ...]
    """(surface written after the number or scale word, ISO code)."""
    number_words: dict[int, str]
    """Cardinals below 100 as words ("twenty-five")."""
    scales: dict[str, Decimal]
    scale_abbreviations: dict[str, Decimal]
    spaced_abbreviations: frozenset[str]
    approx: tuple[tuple[str, str], ...]
    """(phrase written before a figure, normalised approximator)."""
    changes: dict[str, tuple[str, ...]]
    """Direction -> past-tense change verbs ("rose", "edged up")."""
    bases: tuple[tuple[str, str], ...]
    """(surface, normalised basis) of a comparison basis ("year-on-year")."""
    units: tuple[tuple[str, str, bool], ...]
    """(surface, pint unit, written right after the digits)."""
    unit_like_scales: frozenset[str]
    """Scale abbreviations that are also unit surfaces ("mm", "m"), as units.toml matches them."""
    count_nouns: tuple[str, ...]
    months: dict[int, tuple[str, ...]]
    """Month number -> names and abbreviations (abbreviations written with a ".")."""
    weekdays: dict[int, str]
    """ISO weekday -> full name."""
    roles: dict[str, tuple[str, ...]]
    """Date role -> cue words written before the date."""
    quarter_ordinals: dict[int, tuple[str, ...]]
    """Quarter number -> ordinal words ("first", "1st")."""
    duration_units: dict[str, str]
    """ISO 8601 designator -> unit word (D -> day)."""
    speech_cues: tuple[str, ...]
    former: tuple[str, ...]
    """Qualifiers meaning "former" written before a title."""
    offices: frozenset[str]
    title_modifiers: frozenset[str]
    duration_numbers: dict[int, str]
    """Number words the dates extractor reads in durations ("two weeks")."""


def _past(word: str) -> bool:
    return (word.endswith("ed") or word in IRREGULAR_PAST) and word not in MULTIPLIER_VERBS


@cache
def lexicon() -> Lexicon:
    """The spellings, loaded once from the packaged data files."""
    currencies = load_toml("currencies")["currency"]
    before = tuple((form, code) for code, entry in currencies.items() for form in entry.get("before", ()))
    after = tuple((form, code) for code, entry in currencies.items() for form in entry.get("after", ()))
    numbers = load_toml("numbers")
    words = {int(v): k for k, v in numbers["units"].items() if k not in ("oh", "nought", "naught")}
    for tens_word, tens in numbers["tens"].items():
        if tens_word == "fourty":
            continue
        words[int(tens)] = tens_word
        for unit in range(1, 10):
            words[int(tens) + unit] = f"{tens_word}-{_unit_word(numbers, unit)}"
    figure_words = load_toml("figure_words")
    approx = tuple(
        (phrase, key)
        for key, phrases in figure_words["approx"].items()
        for phrase in phrases
        if phrase not in POST_POSITION_APPROX
    )
    changes = {
        direction: tuple(word for word in figure_words["changes"][direction] if _past(word))
        for direction in ("up", "down")
    }
    bases = tuple((surface, key) for key, surfaces in figure_words["basis"].items() for surface in surfaces)
    units_data = load_toml("units")
    adjacent = set(units_data["adjacent_only"]["surfaces"])
    units = tuple(
        (surface, unit, surface in adjacent) for unit, surfaces in units_data["units"].items() for surface in surfaces
    )
    exact = set(units_data["case_sensitive"]["surfaces"])
    caseless = {surface.lower() for surface, _, _ in units if surface not in exact}
    unit_like = frozenset(a for a in numbers["scale_abbreviations"] if a in exact or a.lower() in caseless)
    counted = figure_words["counted"]
    dates = load_toml("dates")
    months = {
        int(number): (*names, *(f"{abbrev}." for abbrev in dates["month_abbrevs"].get(number, ())))
        for number, names in dates["months"].items()
    }
    weekdays = {int(number): names[0] for number, names in dates["weekdays"].items()}
    roles = {role: tuple(cues) for role, cues in dates["roles"].items()}
    duration_units = {code: names[0] for code, names in dates["units"].items()}
    cues = load_toml("cues")["speech"]["forms"]
    titles = load_toml("titles")
    return Lexicon(
        currency_before=before,
        currency_after=after,
        number_words=words,
        scales={word: Decimal(int(factor)) for word, factor in numbers["scales"].items()},
        scale_abbreviations={a: Decimal(int(f)) for a, f in numbers["scale_abbreviations"].items()},
        spaced_abbreviations=frozenset(numbers["spaced_abbreviations"]),
        approx=approx,
        changes=changes,
        bases=bases,
        units=units,
        unit_like_scales=unit_like,
        count_nouns=tuple(
            noun
            for noun in (*counted["plural_irregular"], *counted["count_also"])
            if noun.lower() not in {surface.lower() for surface, _, _ in units}  # "feet" is a unit
        ),
        months=months,
        weekdays=weekdays,
        roles=roles,
        quarter_ordinals={int(n): tuple(words) for n, words in dates["ordinals"].items()},
        duration_units=duration_units,
        speech_cues=tuple(cue for cue in cues if _past(cue) or cue in ("said", "told", "wrote")),
        former=tuple(q for q in titles["qualifiers"]["former"] if not q.endswith("-")),
        offices=frozenset(titles["offices"]),
        title_modifiers=frozenset(titles["modifiers"]),
        duration_numbers={int(n): words[0] for n, words in dates["numbers"].items() if int(n) > 1},
    )


def _unit_word(numbers: dict[str, dict[str, float]], unit: int) -> str:
    return next(word for word, value in numbers["units"].items() if int(value) == unit)
