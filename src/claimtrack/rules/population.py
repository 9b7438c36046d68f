"""CT203 people-over-population: a count of people larger than the population it belongs to.

A count counts people when its noun is a people noun of the reference lexicon ("people",
"residents", "citizens"), a resident noun of ``data/rules.toml`` ("workers", "voters") or a
nationality in the plural ("Germans", "Chinese"). Its country is read, in this order, from
a nationality in the counted words ("90 million Australians", "Brazilian voters"), from
"in/of/across <country>" right after the count ("2 billion people in Brazil"), or from a
possessive right before it ("Canada's 80 million voters"); the rest of the sentence is not
read, since it often names where people go rather than where they live. A count above the
widened population range of its country is flagged, and any count of people above the
world's.

>>> import claimtrack
>>> flags = claimtrack.check("Some 90 million Australians voted.", config={"select": ["CT203"]}).flags
>>> [flag.code for flag in flags]
['CT203']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import cache

import regex

from claimtrack.lexicon import load_toml
from claimtrack.model import Claim, CountClaim
from claimtrack.reference import ReferenceSet, population_window
from claimtrack.reference.geography import GeoScan, geography_lexicon, scan_geography
from claimtrack.reference.plausibility import describe
from claimtrack.reference.words import people_nouns, singular
from claimtrack.rules.context import RuleContext
from claimtrack.rules.matching import figure_interval
from claimtrack.rules.refdata import reference_of
from claimtrack.rules.registry import Finding

WORLD = "world"

# Right after a count: "in Brazil", "of the United States", "living in Japan", "across India".
_PLACE_AFTER = regex.compile(
    r"""
    [ \t]{1,3}
    (?: (?: living | who [ \t]{1,3} live ) [ \t]{1,3} )?   # "people living in Japan"
    (?: in | of | across | throughout ) [ \t]{1,3}          # the preposition
    (?: the [ \t]{1,3} )?                                   # "of the United States"
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Right before a count: "Canada's ", "Brazil’s some ".
_POSSESSIVE_BEFORE = regex.compile(r"['’]s?[ \t]{1,3}(?:some[ \t]{1,3}|about[ \t]{1,3})?$")
_SPAN = 40
"""How far after or before the count a place name is looked for, in characters."""


@cache
def _resident_nouns() -> frozenset[str]:
    extra = load_toml("rules").get("population", {}).get("residents", [])
    return people_nouns() | frozenset(singular(str(word)) for word in extra)


@cache
def _nationalities() -> dict[str, str]:
    """Plural nationality -> country code ("Germans" -> DE, "Chinese" -> CN)."""
    plurals: dict[str, str] = {}
    for code, country in geography_lexicon().countries.items():
        for demonym in country.demonyms:
            if not demonym.replace(" ", "").isalpha() or demonym.endswith(("sh", "ch")):
                continue  # "U.S.-based"; "the British" is not a counted noun
            plurals[demonym if demonym.endswith(("ese", "ss")) else demonym + "s"] = code
    return plurals


def _unit_country(unit: str) -> tuple[bool, str | None]:
    """(counts people, country named in the counted words)."""
    nationalities = _nationalities()
    words = unit.split()
    if not words:
        return False, None
    for size in (2, 1):  # "South Koreans" before "Koreans"
        tail = " ".join(words[-size:])
        if len(words) >= size and tail in nationalities:
            return True, nationalities[tail]
    people = singular(words[-1].lower()) in _resident_nouns()
    if not people:
        return False, None
    codes = scan_geography(" ".join(words[:-1])).codes
    return True, codes[0] if len(codes) == 1 else None


# Between two place names of one list: "China and India", "Brazil, Chile".
_LIST_GAP = regex.compile(r"[ \t]{0,3}(?:,|and|or|&|/|-)[ \t]{0,3}(?:the[ \t]{1,3})?", regex.IGNORECASE)


def _more_places(scan: GeoScan, text: str) -> bool:
    """True when the first place is one of a list ("in China and India"): several populations."""
    if len(scan.mentions) < 2:
        return False
    first, second = scan.mentions[0], scan.mentions[1]
    return _LIST_GAP.fullmatch(text, first.end, second.start) is not None


def _place_near(claim: CountClaim, ctx: RuleContext) -> str | None:
    text = ctx.text(claim.field)
    after = _PLACE_AFTER.match(text, claim.end, min(len(text), claim.end + _SPAN))
    if after is not None:
        scan = scan_geography(text[after.end() : after.end() + _SPAN])
        first = scan.mentions[0] if scan.mentions else None
        if first is not None and first.start == 0 and not _more_places(scan, text[after.end() :]):
            return first.code
    before_text = text[max(0, claim.start - _SPAN) : claim.start]
    possessive = _POSSESSIVE_BEFORE.search(before_text)
    if possessive is not None:
        scan = scan_geography(before_text)
        last = scan.mentions[-1] if scan.mentions else None
        if last is not None and before_text[last.end : possessive.end()].strip(" \t'’s") == "":
            return last.code
    return None


def _finding(claim: CountClaim, geography: str, high: Decimal, ctx: RuleContext, reference: ReferenceSet) -> Finding:
    entry = reference.get("population", geography, "stock", "count")
    where = "the world" if geography == WORLD else geography
    source = ""
    if entry is not None:
        checked = "verified" if entry.verified else "unverified"
        source = f" ({entry.source}, {entry.as_of}, {checked})"
    return Finding(
        message=(
            f"{claim.text} is more than the whole population of {where}: at most {describe(high, 'people')}{source}"
        ),
        field=claim.field,
        start=claim.start,
        end=claim.end,
    )


def check_population(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT203: a count of people above the population of its country, or of the world."""
    reference: ReferenceSet | None = None
    for claim in claims:
        if not isinstance(claim, CountClaim) or claim.value <= 0:
            continue
        people, geography = _unit_country(claim.unit)
        if not people:
            continue
        span = figure_interval(claim)
        low = claim.value if span is None or span[0] is None else span[0]
        reference = reference or reference_of(ctx)
        geography = geography or _place_near(claim, ctx)
        for place in (geography, WORLD):
            if place is None:
                continue
            window = population_window(place, ctx.published, reference=reference)
            if window is not None and low > window[1]:
                yield _finding(claim, place, window[1], ctx, reference)
                break
