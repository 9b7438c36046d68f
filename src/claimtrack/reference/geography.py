"""Finding which country (or the world) a subject or sentence is about.

Names, demonyms and metonyms come from ``data/reference/lexicons/countries.toml`` and are
matched case-sensitively as whole words, so "China's", "Chinese" and "Beijing" all mean
CN, while "china" (porcelain) does not. Region names ("Europe") are found too: they mark a
geography the reference data does not cover.

>>> scan = scan_geography("Beijing's exports to the U.S. rose, a Chinese official said")
>>> scan.codes
('CN', 'US')
>>> [scan.partner_of(code) for code in scan.codes]
[False, True]
>>> scan_geography("Global chip sales").world
True
>>> scan_geography("exports worth 3 billion U.S. dollars, or US$3 billion").codes
()
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimtrack.reference.schema import GeographyLexicon
from claimtrack.reference.words import lexicon, partner_words


@dataclass(frozen=True, slots=True)
class GeoMention:
    """One place name in a text: its code (None for a region), span and preceding word."""

    code: str | None
    start: int
    end: int
    before: str
    """The lower-case word right before the name ("to" in "exports to Japan")."""


@dataclass(frozen=True, slots=True)
class GeoScan:
    """Every place named in a text."""

    mentions: tuple[GeoMention, ...]
    world: bool
    """A world word ("global", "world's") stands in the text."""

    @property
    def codes(self) -> tuple[str, ...]:
        """The distinct country codes, in order of first mention."""
        seen: dict[str, None] = {}
        for mention in self.mentions:
            if mention.code is not None:
                seen.setdefault(mention.code, None)
        return tuple(seen)

    @property
    def region(self) -> bool:
        """A region with no entries ("Europe", "Asian") is named."""
        return any(mention.code is None for mention in self.mentions)

    def partner_of(self, code: str) -> bool:
        """True when every mention of ``code`` follows a partner word ("to", "from")."""
        words = partner_words()
        found = [mention for mention in self.mentions if mention.code == code]
        return bool(found) and all(mention.before in words for mention in found)

    def without(self, text: str) -> str:
        """``text`` with every place name blanked out (same length)."""
        chars = list(text)
        for mention in self.mentions:
            chars[mention.start : mention.end] = " " * (mention.end - mention.start)
        return "".join(chars)


@dataclass(frozen=True, slots=True)
class _Patterns:
    places: re.Pattern[str]
    world: re.Pattern[str]
    codes: dict[str, str | None]
    """Surface form -> code (None for a region)."""
    currency_words: frozenset[str]


@cache
def geography_lexicon() -> GeographyLexicon:
    """The validated countries lexicon."""
    return GeographyLexicon.model_validate(lexicon("countries"))


def country_codes() -> frozenset[str]:
    """Every geography code the lexicon knows ("CN", "EU", ...)."""
    return frozenset(geography_lexicon().countries)


@cache
def _patterns() -> _Patterns:
    data = geography_lexicon()
    codes: dict[str, str | None] = dict.fromkeys(data.regions)
    for code, country in data.countries.items():
        for surface in country.surfaces:
            codes[surface] = code
    body = "|".join(re.escape(surface) for surface in sorted(codes, key=len, reverse=True))
    places = re.compile(
        rf"""
        (?<![\w.])            # not inside a word or an abbreviation
        (?P<name>{body})      # the place name, longest first
        (?:['’]s?)?           # a possessive ("China's", "Netherlands'")
        (?!\w)                # then no more word characters
        """,
        re.VERBOSE,
    )
    world = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in data.world) + r")(?![\w-])", re.IGNORECASE)
    return _Patterns(places=places, world=world, codes=codes, currency_words=frozenset(data.currency_words))


_WORD_AFTER = re.compile(r"[\s\u00a0]{0,3}([A-Za-z]{1,12}|\$)")  # the word after a name ("dollars", "$")
_WORD_BEFORE = re.compile(r"([A-Za-z]{1,12})\W{1,3}$")  # the word before a name, with "the" skipped


def _word_before(text: str, start: int) -> str:
    prefix = text[max(0, start - 20) : start]
    match = _WORD_BEFORE.search(prefix)
    if match is None:
        return ""
    word = match.group(1).lower()
    if word == "the":
        return _word_before(text, match.start(1) + max(0, start - 20))
    return word


def scan_geography(text: str) -> GeoScan:
    """Every country, region and world word in ``text``.

    >>> [m.code for m in scan_geography("Sino-US talks in Europe").mentions]
    ['CN', 'US', None]
    """
    patterns = _patterns()
    mentions = []
    for found in patterns.places.finditer(text):
        after = _WORD_AFTER.match(text, found.end())
        if after is not None and (after.group(1) == "$" or after.group(1).lower() in patterns.currency_words):
            continue  # "U.S. dollars", "US$", "Swiss francs": a currency, not a place
        mentions.append(
            GeoMention(
                code=patterns.codes[found.group("name")],
                start=found.start(),
                end=found.end(),
                before=_word_before(text, found.start()),
            )
        )
    return GeoScan(mentions=tuple(mentions), world=bool(patterns.world.search(text)))


def story_geography(text: str, title: str = "") -> str | None:
    """The country a story is mainly about, as a hint for figures that name none.

    Mentions after a partner word ("exports to Japan") do not count; a mention in the title
    counts twice. The leading country needs two mentions and twice the runner-up's.

    >>> story_geography("Brazil's exports rose. Brazil sold more coffee to Japan.", "Brazilian trade")
    'BR'
    >>> story_geography("Japan and China met. China and Japan agreed.") is None
    True
    """
    counts: dict[str, int] = {}
    for weight, part in ((2, title), (1, text)):
        scan = scan_geography(part)
        partners = partner_words()
        for mention in scan.mentions:
            if mention.code is not None and mention.before not in partners:
                counts[mention.code] = counts.get(mention.code, 0) + weight
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]
