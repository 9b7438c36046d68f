"""Unit symbols written after a blank: "35 C", "95 F", "a 5 W charger".

A capital "C", "F" or "W" glued to the number is read as its unit already ("1,626C",
"65W"). With a blank between them the letter is as often a name ("Class 12 C", "Apartment
12 C", "Section 5 F", "5 W 42nd Street"), so it is read as a unit only when all of these
hold:

- the letter stands alone: no letter, digit, hyphen or apostrophe after it ("12 C-SPAN",
  "5 F's");
- a word of the unit's domain stands in the same sentence, within :data:`_CUE_WINDOW`
  characters of the figure: a temperature word for degrees (the ``[temperature]`` cues of
  ``figure_words.toml``: "temperature", "degrees", "heat" ...), a power word for watts
  (the ``[power]`` cues: "charger", "bulb", "output" ...);
- the number is no name or reference ("Class 12 C"), carries no scale or currency, and is
  a plausible value of the unit.

>>> from claimtrack.extractors.figures import find_figures
>>> from claimtrack.extractors.context import FieldContext
>>> from claimtrack.settings import Settings
>>> ctx = FieldContext.build("Temperatures reached 35 C on Monday.", "text", None, Settings())
>>> [(c.text, c.unit) for c in find_figures(ctx)]
[('35 C', 'degree_Celsius')]
>>> ctx = FieldContext.build("She moved to Apartment 12 C on Monday.", "text", None, Settings())
>>> [(c.text, c.unit) for c in find_figures(ctx)]
[]
>>> ctx = FieldContext.build("It ships with a 20 W charger.", "text", None, Settings())
>>> [(c.text, c.unit) for c in find_figures(ctx)]
[('20 W', 'watt')]
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import cache

import regex

import claimtrack.extractors.figures.patterns as pat
from claimtrack.extractors.figures.filters import named_after_word
from claimtrack.extractors.figures.mention import Mention
from claimtrack.extractors.figures.vocab import alternation, vocabulary

__all__ = ["spaced_symbol"]

_CUE_WINDOW = 160  # characters either side of the figure searched for a word of the unit's domain
_UNITS = {"C": "degree_Celsius", "F": "degree_Fahrenheit", "W": "watt"}
# plausible values: from absolute zero to the hottest furnaces in the news; watts of devices
_RANGES = {
    "C": (Decimal(-274), Decimal(10000)),
    "F": (Decimal(-460), Decimal(18000)),
    "W": (Decimal(0), Decimal(100000)),
}
_NOT_AFTER = frozenset("-\u2010\u2011'’+&/#@_")


@cache
def _cue(symbol: str) -> regex.Pattern[str]:
    """A word of the domain of a symbol's unit, matched whole and in any case."""
    vocab = vocabulary()
    cues = alternation(vocab.power_cues if symbol == "W" else vocab.temperature_cues)
    return regex.compile(rf"(?i) (?<! [\p{{L}}\p{{N}}] ) (?: {cues} ) (?! [\p{{L}}\p{{N}}] )", regex.VERBOSE)


def spaced_symbol(text: str, m: Mention, symbol_start: int, sentence: tuple[int, int]) -> Mention | None:
    """``m`` read in the unit of the symbol at ``symbol_start`` (degrees, watts), or None.

    ``m`` ends before the blank that separates it from the symbol; ``sentence`` is the
    span of its sentence.

    >>> text = "a 12 C melting point"
    >>> found = spaced_symbol(text, Mention(2, 4, "number", Decimal(12), 2, 4), 5, (0, len(text)))
    >>> found.unit, text[found.start : found.end]
    ('degree_Celsius', '12 C')
    >>> spaced_symbol("Class 12 C", Mention(6, 8, "number", Decimal(12), 6, 8), 9, (0, 10)) is None
    True
    """
    symbol = text[symbol_start : symbol_start + 1]
    unit = _UNITS.get(symbol)
    if unit is None or m.kind != "number" or m.currency is not None or m.scale != 1 or m.is_range:
        return None
    if text[m.end : symbol_start].strip(" \t\u00a0\u202f") or symbol_start == m.end:
        return None  # only blanks between the number and the symbol
    end = symbol_start + 1
    if end < len(text) and (text[end].isalnum() or text[end] in _NOT_AFTER):
        return None  # "12 C-SPAN", "12 Cs"
    low, high = _RANGES[symbol]
    if not low <= m.value <= high:
        return None
    if named_after_word(text, m.number_start, m.number_end, sentence_start=sentence[0]):
        return None  # "Class 12 C", "Section 5 F"
    window = (max(sentence[0], m.start - _CUE_WINDOW), min(sentence[1], end + _CUE_WINDOW))
    if _cue(symbol).search(text, *window, timeout=pat.TIMEOUT) is None:
        return None
    return replace(m, kind="measure", unit=unit, end=end, has_suffix=True)
