"""Matching a claim to the reference entry it should be judged against, or to none.

Precision comes first: a match needs the claim's subject words to equal an entry's subject
or alias (see :func:`~claimtrack.reference.words.subject_key`), a single geography (read
from the subject, else the sentence, else the story-level hint), a measure that fits the
claim's kind, and a unit or currency that converts. Anything ambiguous — two countries,
a region, a partner country ("exports *to* Japan"), two subjects — gives None.

A country without an entry of its own (or a figure whose country is not named) is bounded
by the world's entry, high side only: no country exports more rare earths than the whole
world. When the place is only the story's (``geography_hint``), a figure counts as too low
only when ten times below the range (:data:`HINT_LOW_FACTOR`): it may be a part, so only a
slipped scale word counts.

The time basis comes from the subject and the sentence ("in May", "annual"). A flow entry
of another basis is scaled to the claim's ("derived": a yearly range divided by twelve,
widened for seasonality). With no basis, the widest window is used: from the lowest a
month could be to the highest a year could be, so an unknown basis is never narrowed.

>>> m = match("Japan's monthly rare earth exports", kind="money", currency="USD")
>>> (m.entry.geography, m.geography, m.judge_low)  # bounded by the world's exports
('world', 'JP', False)
>>> m = match("exports", "China's exports rose to $310 billion in May", kind="money", currency="USD")
>>> (m.entry.subject, m.geography, m.basis)
('goods exports', 'CN', 'per_month')
>>> match("exports", "China's exports to Japan rose in May", kind="money", currency="USD") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from claimtrack.reference.geography import GeoScan, scan_geography
from claimtrack.reference.loader import ReferenceSet, load_reference, match_key
from claimtrack.reference.schema import GEOGRAPHY_ANY, GEOGRAPHY_WORLD, Basis, Measure, ReferenceEntry
from claimtrack.reference.timing import widen, widening_factor, years_apart
from claimtrack.reference.words import detect_basis, lexicon, people_nouns, singular

MEASURE_OF_KIND: dict[str, Measure] = {"money": "value", "measure": "volume", "count": "count", "percent": "percent"}
"""The entry measure a claim kind is judged against."""

MONTHS: dict[str, int] = {"per_month": 1, "per_quarter": 3, "per_year": 12}
"""Months in a flow basis."""

HINT_LOW_FACTOR = Decimal(10)
"""Below-range factor required when the geography comes only from the story-level hint."""

SEASONAL_SPREAD: dict[str, Decimal] = {"per_month": Decimal(2), "per_quarter": Decimal("1.5")}
"""How much wider a range derived for a shorter period gets (months vary more than years)."""


@dataclass(frozen=True, slots=True)
class Match:
    """The entry a claim is judged against, and its range in the claim's own units."""

    entry: ReferenceEntry
    geography: str
    """The claim's geography as resolved, or "unknown"; ``entry.geography`` may differ: "any",
    or "world" when the world's range bounds a country without an entry of its own (then
    only the high side is judged)."""
    basis: Basis | None
    """The claim's basis as read; None when unknown (the widest window is used)."""
    low: Decimal
    high: Decimal
    """The range at ``entry.as_of``, in the claim's currency or unit, before widening."""
    derived: bool
    """True when the range was scaled from an entry of another basis or combined."""
    judge_low: bool
    """False when a figure below the range is not implausible (a part may share the words)."""
    low_factor: Decimal = Decimal(1)
    """How many times below ``low`` a figure must be to be implausible (more than 1 when the
    place comes only from the story: the figure may be a part, so only scale slips count)."""
    conversion_as_of: int | None = None
    """Year of the exchange rates used to convert the range, when converted."""

    def window(self, published: date | None) -> tuple[Decimal, Decimal]:
        """The range widened for the distance between its year and ``published``.

        >>> m = match("population", "Brazil's population", kind="count", unit="people")
        >>> low, high = m.window(date(2023, 5, 1))
        >>> (low, high) == (m.low, m.high)
        True
        """
        low, high = widen(
            self.low,
            self.high,
            self.entry.measure,
            as_of=self.entry.as_of,
            published=published,
            growth=self.entry.growth,
        )
        if self.conversion_as_of is not None:
            drift = widening_factor("value", years_apart(self.conversion_as_of, published), _fx_growth())
            low, high = low / drift, high * drift
        return low, high


def _derive(entry: ReferenceEntry, basis: str) -> tuple[Decimal, Decimal]:
    """The entry's range scaled to another flow basis."""
    source, target = MONTHS[entry.basis], MONTHS[basis]
    if source == target:
        return entry.low, entry.high
    ratio = Decimal(target) / Decimal(source)
    spread = SEASONAL_SPREAD.get(basis, Decimal(1)) if target < source else Decimal(1)
    return entry.low * ratio / spread, entry.high * ratio * spread


def _flow_range(entries: list[ReferenceEntry], basis: Basis | None) -> tuple[ReferenceEntry, Decimal, Decimal, bool]:
    """The range of flow ``entries`` (one subject and geography) for ``basis``."""
    if basis is not None:
        for entry in entries:
            if entry.basis == basis:
                return entry, entry.low, entry.high, False
        entry = max(entries, key=lambda e: MONTHS[e.basis])
        low, high = _derive(entry, basis)
        return entry, low, high, True
    low = min(_derive(entry, "per_month")[0] for entry in entries)
    high = max(_derive(entry, "per_year")[1] for entry in entries)
    widest = max(entries, key=lambda e: MONTHS[e.basis])
    return widest, low, high, True


def resolve_geography(subject: GeoScan, sentence: GeoScan, hint: str | None) -> str | None:
    """The one geography a claim is about, or None (unknown or ambiguous).

    The subject decides when it names one place; else the sentence when it names exactly one
    country and no region; else the story's hint; else "world" when the subject or sentence
    says "global". A region anywhere, or two countries in the subject, give None.

    >>> resolve_geography(scan_geography("exports"), scan_geography("Chinese exports rose"), "JP")
    'CN'
    >>> resolve_geography(scan_geography("exports"), scan_geography("Exports rose"), "JP")
    'JP'
    >>> resolve_geography(scan_geography("exports"), scan_geography("Asian exports rose"), "JP") is None
    True
    """
    if subject.region or sentence.region or len(subject.codes) > 1:
        return None
    if subject.codes:
        return subject.codes[0]
    if subject.world:
        return GEOGRAPHY_WORLD
    if len(sentence.codes) == 1:
        return sentence.codes[0]
    if sentence.codes:
        return None
    if hint is not None:
        return hint
    return GEOGRAPHY_WORLD if sentence.world else None


def _has_partner(geography: str | None, *scans: GeoScan) -> bool:
    """True when another country follows "to", "from", "with"...: a bilateral figure."""
    return any(code != geography and scan.partner_of(code) for scan in scans for code in scan.codes)


@cache
def _fx() -> dict[str, tuple[Decimal, Decimal]]:
    table = lexicon("fx")["per_usd"]
    assert isinstance(table, dict)
    return {code: (Decimal(str(low)), Decimal(str(high))) for code, (low, high) in table.items()}


def _fx_growth() -> float:
    growth = lexicon("fx")["growth"]
    assert isinstance(growth, float | int)
    return float(growth)


def _fx_as_of() -> int:
    as_of = lexicon("fx")["as_of"]
    assert isinstance(as_of, int)
    return as_of


def _convert_money(entry: ReferenceEntry, currency: str | None) -> tuple[Decimal, Decimal] | None:
    """Multipliers (for low, for high) from the entry's currency to the claim's, or None."""
    if currency is None or entry.currency is None:
        return None
    if currency == entry.currency:
        return Decimal(1), Decimal(1)
    rates = _fx()
    if currency not in rates or entry.currency not in rates:
        return None
    claim_low, claim_high = rates[currency]
    entry_low, entry_high = rates[entry.currency]
    return claim_low / entry_high, claim_high / entry_low


def _unit_factor(entry_unit: str, claim_unit: str) -> Decimal | None:
    """How many claim units one entry unit is (pint, loaded only when the units differ)."""
    if " ".join(entry_unit.split()) == " ".join(claim_unit.split()):
        return Decimal(1)
    from claimtrack.extractors.figures.measures import unit_registry

    registry: Any = unit_registry()
    try:
        magnitude = registry.Quantity(1, entry_unit).to(claim_unit).magnitude
    except Exception:  # noqa: BLE001 - pint raises many kinds; any failure means "no match"
        return None
    return Decimal(str(magnitude))


def _counts_people(unit: str | None) -> bool:
    return unit is not None and singular(unit.lower().strip()) in people_nouns()


def _conversion(
    entry: ReferenceEntry, kind: str, currency: str | None, unit: str | None
) -> tuple[Decimal, Decimal] | None:
    if entry.measure == "value":
        return _convert_money(entry, currency)
    if entry.measure == "volume":
        factor = _unit_factor(entry.unit or "", unit) if unit else None
        return None if factor is None else (factor, factor)
    if entry.measure == "count":
        same = unit is not None and entry.unit is not None and singular(unit.lower()) == singular(entry.unit.lower())
        both_people = _counts_people(unit) and _counts_people(entry.unit)
        return (Decimal(1), Decimal(1)) if same or both_people else None
    return Decimal(1), Decimal(1)


def match(
    subject: str | None,
    sentence: str = "",
    *,
    kind: str,
    currency: str | None = None,
    unit: str | None = None,
    geography_hint: str | None = None,
    basis_hint: Basis | None = None,
    reference: ReferenceSet | None = None,
) -> Match | None:
    """The reference entry a figure should be judged against, or None if not confident.

    Args:
        subject: the claim's subject ("China's rare earth exports"); None matches nothing.
        sentence: the sentence the figure stands in, for geography and time basis.
        kind: the claim's kind ("money", "measure", "count", "percent").
        currency: ISO 4217 code of a money claim.
        unit: pint unit string of a measure, or counted noun of a count.
        geography_hint: the story's country (ISO code), used when subject and sentence
            name none.
        basis_hint: the basis when the caller knows it (e.g. from the linked date claim).
        reference: the entries to use (default: the packaged ones).

    >>> m = match("global semiconductor sales", "Sales hit a record in 2024",
    ...           kind="money", currency="USD")
    >>> (m.entry.subject, m.geography, m.basis, m.derived)
    ('semiconductor sales', 'world', 'per_year', False)
    >>> match("steel exports", "Chinese steel exports rose", kind="count", unit="ships") is None
    True
    """
    measure = MEASURE_OF_KIND.get(kind)
    if measure is None or not subject or not subject.strip():
        return None
    reference = load_reference() if reference is None else reference
    subject_scan = scan_geography(subject)
    sentence_scan = scan_geography(sentence)
    geography = resolve_geography(subject_scan, sentence_scan, geography_hint)
    if subject_scan.region or sentence_scan.region or _has_partner(geography, subject_scan, sentence_scan):
        return None
    key = match_key(subject)
    found = [entry for entry in reference.candidates(key) if entry.measure == measure]
    candidates = [entry for entry in found if entry.geography == geography]
    candidates = candidates or [entry for entry in found if entry.geography == GEOGRAPHY_ANY]
    world_bound = not candidates and geography != GEOGRAPHY_WORLD
    if world_bound:  # no entry for this country (or none named): the world's is an upper bound
        candidates = [entry for entry in found if entry.geography == GEOGRAPHY_WORLD]
    if not candidates or len({entry.subject for entry in candidates}) > 1:
        return None
    conversions = {entry.key: _conversion(entry, kind, currency, unit) for entry in candidates}
    candidates = [entry for entry in candidates if conversions[entry.key] is not None]
    if not candidates:
        return None  # no currency rate, or units of another dimension ("barrel / day" vs "tonne")
    basis = basis_hint or detect_basis(subject) or detect_basis(sentence)
    stocks = [entry for entry in candidates if entry.basis == "stock"]
    if stocks:
        entry, low, high, derived = stocks[0], stocks[0].low, stocks[0].high, False
    else:
        entry, low, high, derived = _flow_range(candidates, basis)
    conversion = conversions[entry.key]
    assert conversion is not None
    judge_low = entry.judge_low and not world_bound
    low_factor = Decimal(1)
    if not (subject_scan.codes or subject_scan.world or sentence_scan.codes or sentence_scan.world):
        low_factor = HINT_LOW_FACTOR  # the place is only the story's: the figure may be a part
    if measure == "count" and key <= people_nouns() - {"population"}:
        judge_low = False  # "12 residents": a part of the population, not all of it
    if entry.geography == GEOGRAPHY_ANY and subject_scan.codes:
        judge_low = False  # "Apple's US revenue": one market's share of a company-wide range
    converted = entry.measure == "value" and currency != entry.currency
    return Match(
        entry=entry,
        geography=geography or "unknown",
        basis=basis,
        low=low * conversion[0],
        high=high * conversion[1],
        derived=derived,
        judge_low=judge_low,
        low_factor=low_factor,
        conversion_as_of=_fx_as_of() if converted else None,
    )
