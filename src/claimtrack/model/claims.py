"""The typed claims: one frozen model per ``kind``, joined in the :data:`Claim` union.

Every claim carries where it stands (``field``, ``start``, ``end``, ``sentence``), what it
is about (``subject``), how exact it is (``approx``, ``hedge``) and how it links to the
others (``when``: a date claim's id; ``statement``: a statement claim's id). Figures are
top-level claims; a ``change`` and a ``statement`` refer to figures by id.

>>> from decimal import Decimal
>>> p = PercentClaim(id="percent-b0-5", text="48.3%", field="text", start=0, end=5,
...                  sentence=0, value=Decimal("48.3"))
>>> p.model_dump(mode="json")["value"]
48.3
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import Field as PydanticField

from claimtrack.model.base import Field, Frozen, Number

Approx = Literal["about", "over", "under", "at_least", "at_most"]
"""Normalised approximators: "more than" -> over, "nearly" -> under, "up to" -> at_most."""

FigureKind = Literal["money", "percent", "count", "measure", "number"]
"""The kinds a range's two ends can be."""


class BaseClaim(Frozen):
    """Fields every claim has, whatever its kind."""

    id: str
    """Unique within its document (title and body together), stable for the same input."""
    kind: str
    text: str
    """The surface: exactly ``field_text[start:end]``."""
    field: Field
    start: int
    end: int
    sentence: int
    """Index of the sentence it stands in, within its field."""
    subject: str | None = None
    """The words naming what is measured, e.g. "China's rare earth exports"."""
    approx: Approx | None = None
    hedge: str | None = None
    """The hedging word ("projected", "could"), or None for a plain assertion."""
    when: str | None = None
    """Id of the date claim this figure refers to."""
    statement: str | None = None
    """Id of the statement claim this claim sits in."""


class MoneyClaim(BaseClaim):
    """An amount of money in currency units: "$18.7 billion" -> 18700000000 USD."""

    kind: Literal["money"] = "money"
    value: Number
    currency: str | None
    """ISO 4217 code, or None when the text names no currency at all."""
    per: str | None = None
    """For a rate, the pint unit the amount is per: "$80 a barrel" -> "barrel"."""
    converted_from: str | None = None
    """For a conversion in parentheses, the id of the figure it converts."""


class PercentClaim(BaseClaim):
    """A percentage as written ("48.3%" -> 48.3), or percentage points."""

    kind: Literal["percent"] = "percent"
    value: Number
    points: bool = False
    """True for percentage points; basis points are converted ("50 bps" -> 0.5)."""


class CountClaim(BaseClaim):
    """A number of things: "12 activists" -> 12 with unit "activists"."""

    kind: Literal["count"] = "count"
    value: Number
    unit: str
    """The counted noun as written."""


class MeasureClaim(BaseClaim):
    """A physical or economic measure with a unit: "1.2 million barrels per day"."""

    kind: Literal["measure"] = "measure"
    value: Number
    unit: str
    """A pint unit string, e.g. "tonne", "barrel / day", "point"."""
    converted_from: str | None = None


class NumberClaim(BaseClaim):
    """A figure with no unit and no counted noun ("a ratio of 1.5")."""

    kind: Literal["number"] = "number"
    value: Number


class RangeClaim(BaseClaim):
    """Two ends of one kind: "6-7%", "$3 billion to $5 billion", "between 5 and 10"."""

    kind: Literal["range"] = "range"
    low: Number
    high: Number
    of: FigureKind
    currency: str | None = None
    unit: str | None = None
    """The unit of a measure or count range; for a money range, the unit it is per."""
    points: bool | None = None


class ChangeClaim(BaseClaim):
    """A movement of a quantity: "fell 48.3% to $18.7 billion" -> down, by, to."""

    kind: Literal["change"] = "change"
    direction: Literal["up", "down", "flat"]
    by: str | None = None
    from_: str | None = PydanticField(default=None, alias="from")
    to: str | None = None
    basis: str | None = None
    """The comparison basis, e.g. "year-on-year", "month-on-month"."""
    verb: str | None = None
    """The word that states the direction ("fell", "decline", "up")."""


DateRole = Literal["point", "deadline", "since", "until", "period"]


class DateClaim(BaseClaim):
    """A date, period or interval at its own granularity, resolved when it can be."""

    kind: Literal["date"] = "date"
    value: str
    """ISO 8601 at its own granularity: 2025-07-09, 2025-05, 2025-Q1, XXXX-07-09."""
    role: DateRole = "point"
    start_date: date | None = None
    end_date: date | None = None
    weekday: str | None = None
    """The weekday as written next to the date, for checking."""
    fiscal: bool = False
    alternatives: tuple[str, ...] = ()
    """Other readings of an ambiguous expression, most likely first after ``value``."""


class DurationClaim(BaseClaim):
    """A length of time, never turned into a date: "90-day" -> P90D."""

    kind: Literal["duration"] = "duration"
    value: str
    high: str | None = PydanticField(
        default=None,
        description="the longer end when the text gives a range of lengths: 'one to two years' -> value P1Y, high P2Y",
    )


SpeakerKind = Literal["person", "organisation", "anonymous"]


class StatementClaim(BaseClaim):
    """Who said what: speaker, cue and the reported words."""

    kind: Literal["statement"] = "statement"
    speaker: str | None = None
    speaker_kind: SpeakerKind | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_confidence: float = 0.0
    title: str | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    content: str = ""
    content_start: int | None = None
    content_end: int | None = None
    content_spans: tuple[tuple[int, int], ...] = ()
    direct: bool = False


Claim = Annotated[
    MoneyClaim
    | PercentClaim
    | CountClaim
    | MeasureClaim
    | NumberClaim
    | RangeClaim
    | ChangeClaim
    | DateClaim
    | DurationClaim
    | StatementClaim,
    PydanticField(discriminator="kind"),
]
"""Any claim, discriminated by ``kind``."""

FigureClaim = MoneyClaim | PercentClaim | CountClaim | MeasureClaim | NumberClaim | RangeClaim
"""The claims that carry a figure of their own."""

FIGURE_KINDS: frozenset[str] = frozenset({"money", "percent", "count", "measure", "number", "range"})
