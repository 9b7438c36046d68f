"""Compound-adjective counts: "a 12-member board", "a six-cylinder engine".

A whole number joined by a hyphen to a singular noun, before the noun it describes,
counts that noun: "a 40-page report" is a count of 40 "page". The claim spans the number
and its noun ("40-page"), and the noun is written as in the text, like the counted noun
of "12 activists".

Suspended hyphens share one noun between several numbers: "four-, five- and six-cylinder
engines", "two- or three-bedroom flats". Each number is its own count of that noun, and
its claim spans the number and its hyphen ("four-", "five-"); the last number spans its
noun as usual ("six-cylinder"). "two- to three-bedroom" joins into a range. A run that
ends in a unit shares the unit ("5- and 10-km races": "5-" is 5 km), and one that ends in
a time unit leaves its numbers to the dates extractor ("10-, 20- and 30-year bonds").

No count comes from:

- durations, ages and measures, read earlier ("a 90-day pause", "a 10-year-old boy",
  "a 12-inch pizza"), money ("a 10-dollar bill") or a percent;
- a word that is no noun of a thing counted (the ``[compound]`` list of
  ``figure_words.toml``: "three-fold", "four-way", "one-off", "20-odd", "five-star"), a
  number word or fraction ("two-thirds", "twenty-five"), a stop word ("nine-to-five"), a
  plural ("20-somethings") or a participle in "-ed" ("one-sided", "three-legged", but
  "a 200-bed ward" counts beds);
- "one" or a number that is not a whole number of at least two ("one-party",
  "2.5-storey"): "one-" compounds are mostly idioms;
- a compound not followed by a word ("won 3-nil.", "hit a 3-pointer."), or followed by a
  stop word, or continued by another hyphen ("a 12-member-strong");
- numbers glued to letters or digits ("F-16", "COVID-19", "737-800", "2-1",
  "production-four-door"), years
  ("a 2024-season") and names ("Class 12-member"; an article or a possessive before the
  number is no name: "a 12-member", "Britain's 650-seat").

>>> from claimtrack.extractors.figures import find_figures
>>> from claimtrack.extractors.context import FieldContext
>>> from claimtrack.settings import Settings
>>> ctx = FieldContext.build("It has a six-cylinder engine and a 40-page manual.", "text", None, Settings())
>>> [(c.kind, c.text, c.value, c.unit) for c in find_figures(ctx)]
[('count', 'six-cylinder', Decimal('6'), 'cylinder'), ('count', '40-page', Decimal('40'), 'page')]
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import regex

import claimtrack.extractors.figures.patterns as pat
from claimtrack.extractors.figures import filters
from claimtrack.extractors.figures.counts import counted_noun, is_plural
from claimtrack.extractors.figures.mention import Mention
from claimtrack.extractors.figures.patterns import patterns
from claimtrack.extractors.figures.vocab import Vocabulary, alternation, vocabulary

__all__ = ["compound_count", "compound_name", "measured_count"]

_HYPHENS = "-\u2010\u2011"
_MAX_SUSPENDED = 6  # numbers in one suspended run: "two-, three-, four- and five-"

# the noun after the hyphen: lower-case letters, not glued to more letters or digits
_NOUN = regex.compile(
    r"""[\-\u2010\u2011] (?P<noun> [a-z]{3,30} ) (?! [\p{L}\p{N}'’] )""",
    regex.VERBOSE,
)
# what the compound describes: a word after a blank (or a comma: "a 40-page, glossy report")
_FOLLOWER = regex.compile(
    r""",? [ \t\u00a0]{1,2}                                   # one or two blanks
        (?P<next> \p{L} [\p{L}'’]{0,30} )                     # the described noun
    """,
    regex.VERBOSE,
)


# a measure glued by a hyphen to the noun after a number: "2.9 million 9-liter cases"
_MEASURE_IN_NOUN = regex.compile(
    r"""[ \t\u00a0]{1,2}
        (?P<number> (?<! [\p{L}\p{N}] ) \d{1,4} (?: \.\d{1,3} )? )     # the measure's number
        (?= [\-\u2010\u2011] | [ ] \p{Ll} )                              # its hyphen, or a space
    """,
    regex.VERBOSE,
)


@cache
def _suspension() -> regex.Pattern[str]:
    """A suspended hyphen, its joiner and the next number with its own hyphen."""
    v = vocabulary()
    words = alternation(set(v.units) | set(v.tens))
    tens = alternation(set(v.tens))
    units = alternation(set(v.units))
    return regex.compile(
        rf"""
        [\-\u2010\u2011]                                          # the suspended hyphen
        (?P<blank> [ \t\u00a0]{{0,2}} )
        (?P<comma> , [ \t\u00a0]{{0,2}} )?                        # "four-, five-"
        (?: (?P<joiner> (?i: {alternation(v.compound_connectors)} ) ) [ \t\u00a0]{{1,3}} )?  # "two- or three-"
        (?P<number>
            \d{{1,3}} (?: ,\d{{3}} ){{1,3}}                       # 1,000
          | \d{{1,7}}                                             # 12
          | (?i: (?: {tens} ) - (?: {units} ) | {words} )         # twenty-five, six
        )
        (?! [\p{{L}}\p{{N}}] )
        (?= [\-\u2010\u2011] )                                    # with its own hyphen
        """,
        regex.VERBOSE | regex.VERSION1,
    )


def _countable(noun: str, v: Vocabulary) -> bool:
    """Whether the word after "<number>-" names a thing counted ("member", not "fold")."""
    if noun in v.compound_not_counted or noun in v.counted_stop or noun in v.months:
        return False
    if noun in v.time_units or noun in v.unit_surfaces or noun in v.currency_after or noun in v.minor:
        return False
    if noun in v.scale_abbreviations or noun in v.spaced_abbreviations:
        return False  # "100-mln-dlr"
    numeric = (v.units, v.tens, v.multipliers, v.scales, v.ordinals, v.compound_ordinals, v.multiplicatives)
    if any(noun in table for table in numeric):
        return False
    if is_plural(noun) or noun.endswith(("ths", "thirds", "halves")):
        return False
    participle = len(noun) >= 5 and noun.endswith("ed") and not noun.endswith("eed")
    return not participle  # "one-sided", "three-legged"; but "200-bed", "three-seed"


def _noun_at(text: str, hyphen: int, limit: int) -> tuple[int, str] | None:
    """The counted noun after the hyphen at ``hyphen``, and where it ends; or None."""
    v = vocabulary()
    match = _NOUN.match(text, hyphen, limit, timeout=pat.TIMEOUT)
    if match is None or not _countable(match.group("noun"), v):
        return None
    end = match.end()
    if end < len(text) and text[end] in _HYPHENS:
        return None  # "a 12-member-strong", "nine-to-five"
    follower = _FOLLOWER.match(text, end, limit, timeout=pat.TIMEOUT)
    if follower is None or follower.group("next").lower() in v.counted_stop:
        return None
    return end, match.group("noun")


def _unit_at(text: str, hyphen: int, limit: int) -> tuple[str, str] | None:
    """A unit right after the hyphen at ``hyphen``: ("measure", unit) or ("duration", surface)."""
    suffix = patterns().suffix.match(text, hyphen, limit, timeout=pat.TIMEOUT)
    if suffix is None or suffix.group("gap") not in _HYPHENS:
        return None
    if suffix.group("time"):
        return "duration", suffix.group("time")
    if suffix.group("age"):
        return "measure", "year"
    surface = suffix.group("unit")
    if surface is None:
        return None
    v = vocabulary()
    canonical = v.unit_surfaces.get(surface) or v.unit_surfaces.get(surface.lower())
    return ("measure", canonical) if canonical is not None else None


def _suspended(text: str, hyphen: int, limit: int) -> tuple[str, str] | None:
    """What a run of suspended hyphens starting at ``hyphen`` shares, or None.

    ("count", noun) for "two- or three-bedroom", ("measure", unit) for "5- and 10-km",
    ("duration", unit) for "10-, 20- and 30-year".
    """
    pattern = _suspension()
    position = hyphen
    for _ in range(_MAX_SUSPENDED):
        match = pattern.match(text, position, limit, timeout=pat.TIMEOUT)
        if match is None:
            return None
        joined = match.group("comma") or (match.group("joiner") and match.group("blank"))
        if not joined:
            return None  # "two-and-a-half" or "5-6": no suspended hyphen
        noun = _noun_at(text, match.end(), limit)
        if noun is not None:
            return "count", noun[1]
        unit = _unit_at(text, match.end(), limit)
        if unit is not None:
            return unit
        position = match.end()
    return None


def compound_count(text: str, m: Mention, limit: int) -> Mention | None:
    """The count a compound adjective makes of the number ``m``, or None.

    ``m`` must be a bare whole number right before a hyphen; ``limit`` is the end of its
    sentence. A suspended hyphen whose run ends in a unit makes a measure ("5-" in "5- and
    10-km races"); one whose run ends in a time unit makes a mention of kind "duration",
    which is no figure ("10-" in "10-, 20- and 30-year bonds": the dates extractor's).

    >>> from decimal import Decimal
    >>> text = "two- or three-bedroom flats"
    >>> m = Mention(0, 3, "number", Decimal(2), 0, 3, spelled=True)
    >>> found = compound_count(text, m, len(text))
    >>> found.kind, found.unit, text[found.start : found.end]
    ('count', 'bedroom', 'two-')
    """
    if m.kind != "number" or m.is_range or m.currency is not None or m.has_suffix or m.signed:
        return None
    if m.value < 2 or m.value != int(m.value) or m.end >= min(limit, len(text)) or text[m.end] not in _HYPHENS:
        return None
    direct = _noun_at(text, m.end, limit)
    if direct is not None:
        end, noun = direct
        return replace(m, kind="count", unit=noun, end=end, has_suffix=True, hyphenated=True, compound=True)
    shared = _suspended(text, m.end, limit)
    if shared is None:
        return None
    kind, unit = shared
    return replace(m, kind=kind, unit=unit, end=m.end + 1, has_suffix=True, hyphenated=True, compound=True)


def compound_name(text: str, m: Mention, sentence_start: int) -> bool:
    """True when the number of a compound count is a name, a year or part of a code.

    >>> from decimal import Decimal
    >>> compound_name("Class 12-member", Mention(6, 15, "count", Decimal(12), 6, 8), 0)
    True
    >>> compound_name("Britain's 650-seat house", Mention(10, 18, "count", Decimal(650), 10, 13), 0)
    False
    """
    start, end = m.number_start, m.number_end
    if filters.letter_before(text, start):
        return True  # "F-16", "production-four-door"
    if m.spelled:
        return False
    if filters.looks_like_year(text, start, end):
        return True
    if filters.date_context(text, start, end):
        return True
    return filters.named_after_word(text, start, end, sentence_start=sentence_start)


# a measure word written in full and in the singular, as it stands before a noun: "liter"
_SINGULAR_UNIT = regex.compile(r"[a-z]{3,12}")


def _spaced_measure(text: str, m: Mention, unit: regex.Match[str]) -> bool:
    """Whether "<count> <n> <unit> <nouns>" without a hyphen is a measured count.

    Only a singular unit word spelled out ("9 liter cases", "20 foot containers": a plural
    "liters" or an abbreviation "km" would end the figure), one space each side, and a
    count that cannot be a year or a score: it carries a scale or a thousands separator
    ("2.9 million", "400,000"). "In 2019 9 liter bottles" and "5 10 km races" stay apart.
    """
    surface = unit.group("unit")
    if unit.group("gap") != " " or _SINGULAR_UNIT.fullmatch(surface) is None:
        return False
    if surface.endswith("s") or surface == "feet":
        return False
    return m.scale != 1 or "," in text[m.number_start : m.number_end]


def measured_count(text: str, m: Mention, limit: int) -> Mention | None:
    """A count whose noun carries its own measure: "2.9 million 9-liter cases".

    The counted noun is the measure and the plural noun after it ("9-liter cases"); the
    count's ``rescan`` sends the scanner back to the measure, which stays a figure of its
    own ("9-liter"). ``limit`` is the end of the sentence.

    >>> from decimal import Decimal
    >>> text = "It shipped 400,000 20-foot containers."
    >>> found = measured_count(text, Mention(11, 18, "number", Decimal(400000), 11, 18), len(text))
    >>> found.unit, text[found.start : found.end], text[found.rescan :]
    ('20-foot containers', '400,000 20-foot containers', '20-foot containers.')
    >>> text = "It shipped 400,000 20 foot containers."
    >>> measured_count(text, Mention(11, 18, "number", Decimal(400000), 11, 18), len(text)).unit
    '20 foot containers'
    """
    if m.kind != "number" or m.is_range or m.currency is not None or m.has_suffix or m.value <= 0:
        return None
    number = _MEASURE_IN_NOUN.match(text, m.end, limit, timeout=pat.TIMEOUT)
    if number is None:
        return None
    unit = patterns().suffix.match(text, number.end(), limit, timeout=pat.TIMEOUT)
    if unit is None or not unit.group("unit"):
        return None
    if unit.group("gap") not in _HYPHENS and not _spaced_measure(text, m, unit):
        return None
    v = vocabulary()
    surface = unit.group("unit")
    if (v.unit_surfaces.get(surface) or v.unit_surfaces.get(surface.lower())) is None:
        return None
    noun = counted_noun(text, unit.end(), limit)
    if noun is None or noun[0] != unit.end() + 1:
        return None  # "2.9 million 9-liter of wine": no plural noun right after the measure
    start = number.start("number")
    return replace(m, kind="count", unit=text[start : noun[1]], end=noun[1], rescan=start)
