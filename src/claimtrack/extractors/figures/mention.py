"""One figure as found in the text, before it becomes a claim."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal


@dataclass(frozen=True)
class Mention:
    """A figure's surface and reading.

    Attributes:
        start, end: the span of the whole figure (currency, number, scale and unit).
        kind: "money", "percent", "count", "measure" or "number".
        value: the value in the claim's units (currency units, percent as written).
        low, high: for a range or a vague count ("dozens of"), its two ends.
        currency: ISO 4217 code for money.
        unit: pint unit string (measure) or counted noun (count).
        per: for money, the unit it is per ("barrel", "year").
        points: percentage points.
        number_start, number_end: the span of the number itself (digits or words).
        scale: the scale factor written after the number (1 if none).
        has_suffix: the figure carries its own unit, currency or percent sign after the number.
        prefix: the currency symbol written before the number, if any.
        minor: the minor unit's name ("cent", "penny", "sen") when written in one.
        spelled: the number is written in words.
        hyphenated: the unit is joined by a hyphen ("3.5-liter").
        signed: "+" or "-" when the number carries an explicit sign.
        converted_from: index of the mention this one converts (in brackets after it).
        factor: what the unit multiplied the number by (0.01 for cents and basis points).
        compound: a count read from a compound adjective ("a 12-member board"), whose noun
            describes the noun after it and passes to no other figure.
        rescan: where the scanner reads on, when the figure's span holds another figure
            ("2.9 million 9-liter cases" holds the measure "9-liter"); None: after its end.
    """

    start: int
    end: int
    kind: str
    value: Decimal
    number_start: int
    number_end: int
    low: Decimal | None = None
    high: Decimal | None = None
    currency: str | None = None
    unit: str | None = None
    per: str | None = None
    points: bool = False
    scale: Decimal = Decimal(1)
    has_suffix: bool = False
    prefix: str | None = None
    minor: str | None = None
    spelled: bool = False
    hyphenated: bool = False
    signed: str | None = None
    factor: Decimal = Decimal(1)
    converted_from: int | None = None
    compound: bool = False
    rescan: int | None = None

    @property
    def is_range(self) -> bool:
        """True for a range or a vague count."""
        return self.low is not None and self.high is not None

    def widened(self, start: int, end: int) -> Mention:
        """The same mention over a wider span."""
        return replace(self, start=start, end=end)
