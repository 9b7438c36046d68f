"""Widening a reference range with the distance between its year and the publication date.

An entry describes one year (``as_of``). Nominal money grows, volumes and populations
change more slowly, so a range is widened on both sides by ``(1 + g) ** years`` where
``years`` is the distance between ``as_of`` and the publication year and ``g`` the yearly
rate for the entry's measure (or the entry's own ``growth``). Both sides widen, because an
article may be older or newer than the data: a 1987 article is judged against a range
divided by ``1.08 ** 37`` (about 17) on the low side, and never flagged only because the
data is old.

Without a publication date, the distance is taken as :data:`UNDATED_YEARS`: the text may be
from any year within two decades of the data.

>>> from datetime import date
>>> widen(Decimal(100), Decimal(200), "value", as_of=2024, published=date(2024, 6, 9))
(Decimal('100'), Decimal('200'))
>>> low, high = widen(Decimal(100), Decimal(200), "value", as_of=2024, published=date(2014, 1, 1))
>>> round(low, 1), round(high, 1)
(Decimal('46.3'), Decimal('431.8'))
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from claimtrack.reference.schema import Measure

GROWTH: dict[Measure, float] = {
    "value": 0.08,  # nominal money: inflation plus real growth, and exchange-rate swings
    "volume": 0.04,  # physical trade and production
    "count": 0.02,  # populations and head counts
    "percent": 0.02,  # shares and rates drift slowly
}
"""Default yearly widening rate, by measure."""

UNDATED_YEARS = 20
"""Distance in years assumed when the publication date is unknown."""

MAX_YEARS = 80
"""Distances are capped here (a 1900 article against 2024 data), to keep factors finite."""


def years_apart(as_of: int, published: date | None) -> int:
    """Whole years between an entry's year and the publication date.

    >>> years_apart(2024, date(1987, 3, 1)), years_apart(2023, None)
    (37, 20)
    """
    if published is None:
        return UNDATED_YEARS
    return min(abs(published.year - as_of), MAX_YEARS)


def widening_factor(measure: Measure, years: int, growth: float | None = None) -> Decimal:
    """How much a range widens on each side after ``years`` years.

    >>> round(widening_factor("value", 37), 2)
    Decimal('17.25')
    >>> widening_factor("count", 0)
    Decimal('1')
    """
    rate = GROWTH[measure] if growth is None else growth
    if years == 0 or rate == 0:
        return Decimal(1)
    return Decimal(str(1 + rate)) ** years


def widen(
    low: Decimal,
    high: Decimal,
    measure: Measure,
    *,
    as_of: int,
    published: date | None,
    growth: float | None = None,
) -> tuple[Decimal, Decimal]:
    """The range ``low``..``high`` of year ``as_of`` as it stands for a text of ``published``."""
    factor = widening_factor(measure, years_apart(as_of, published), growth)
    return low / factor, high * factor
