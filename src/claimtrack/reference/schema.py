"""The format of the reference-magnitude files, as frozen pydantic models.

A reference file (TOML) holds top-level ``defaults`` (any entry field, applied where an
entry omits it; a default ``currency`` applies to "value" entries only, a default ``unit``
to "volume" and "count" entries only), ``columns`` and ``rows`` (one row of values per
:class:`ReferenceEntry`, in the order of ``columns``) and/or ``entries`` (inline tables), and
an optional ``[aliases]`` table (subject -> extra phrasings shared by every entry with that
subject). Numbers may be written as TOML numbers or as strings with a scale word, which
reads better for large amounts: ``"14 trillion"``, ``"650 million"``, ``"3.5e9"``.

>>> entry = ReferenceEntry(subject="GDP", geography="cn", basis="per_year", measure="value",
...     low="14 trillion", high=2.2e13, currency="usd", source="IMF WEO", as_of=2023,
...     verified=False)
>>> entry.subject, entry.geography, entry.currency, entry.low
('gdp', 'CN', 'USD', Decimal('14000000000000'))
>>> entry.key
('gdp', 'CN', 'per_year', 'value')
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, StringConstraints, field_validator, model_validator

Basis = Literal["per_year", "per_month", "per_quarter", "stock"]
"""The time basis of an entry: a flow summed over a year, month or quarter, or a level
(a stock, such as a population, or a rate whose unit carries its own time, "barrel / day")."""

Measure = Literal["value", "volume", "count", "percent"]
"""What the range measures: money (``currency``), a physical quantity (``unit``), a count
of people or things (``unit`` names the counted noun), or a percentage."""

GEOGRAPHY_WORLD = "world"
"""The geography of world totals."""
GEOGRAPHY_ANY = "any"
"""The geography of entries that hold wherever the claim is (one company, any company)."""

_SCALES = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}


def parse_amount(value: Any) -> Decimal:
    """A range end from a TOML value: a number, or a string with an optional scale word.

    >>> parse_amount("18.7 billion"), parse_amount(3.5e9), parse_amount("250")
    (Decimal('18700000000'), Decimal('3500000000'), Decimal('250'))
    >>> parse_amount("0.25")
    Decimal('0.25')
    """
    if isinstance(value, bool):
        raise ValueError("a range end must be a number, not a boolean")
    if isinstance(value, int | Decimal):
        return _tidy(Decimal(value))
    if isinstance(value, float):
        return _tidy(Decimal(repr(value)))
    if not isinstance(value, str):
        raise ValueError(f"a range end must be a number or a string, got {value!r}")
    words = value.replace(",", "").split()
    try:
        if len(words) == 1:
            return _tidy(Decimal(words[0]))
        if len(words) == 2 and words[1].lower() in _SCALES:
            return _tidy(Decimal(words[0]).scaleb(_SCALES[words[1].lower()]))
    except InvalidOperation:
        pass
    raise ValueError(f"cannot read {value!r} as an amount (write 14e12 or '14 trillion')")


_GROUP = re.compile(r"\(([^()]{0,2000})\)")  # one "(a|b|c)" group, never nested


def expand_alternatives(text: str) -> tuple[str, ...]:
    """Every phrasing an alias with ``(a|b)`` groups stands for; an empty option drops out.

    >>> expand_alternatives("(chip|semiconductor) (sales|revenue)")
    ('chip sales', 'chip revenue', 'semiconductor sales', 'semiconductor revenue')
    >>> expand_alternatives("(|annual) exports")
    ('exports', 'annual exports')
    """
    pieces = _GROUP.split(text)
    results = [""]
    for index, piece in enumerate(pieces):
        options = piece.split("|") if index % 2 else [piece]
        results = [done + option for done in results for option in options]
    return tuple(" ".join(result.split()) for result in results)


def _tidy(value: Decimal) -> Decimal:
    """An integral amount without exponent or trailing zeros ("1.87E+10" -> 18700000000)."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ReferenceEntry(_Strict):
    """One plausible range: what is measured, where, over which period, and from where."""

    subject: str
    """Canonical subject, lower case ("rare earth exports")."""
    aliases: tuple[Annotated[str, StringConstraints(min_length=1)], ...] = ()
    """Other phrasings of the subject, as written (a country name in one is read as its
    geography, so keep its capital: "Saudi Aramco revenue"); matching normalises
    inflection and word order. ``(a|b)`` writes alternatives: "(chip|semiconductor) sales"
    stands for both phrasings (see :func:`expand_alternatives`)."""
    geography: str
    """ISO 3166 alpha-2 code (upper case), ``"EU"``, ``"world"``, or ``"any"``."""
    basis: Basis
    measure: Measure
    low: Decimal
    high: Decimal
    unit: str | None = None
    """Pint unit string for volumes ("tonne", "barrel / day"); counted noun for counts."""
    currency: str | None = None
    """ISO 4217 code for values."""
    source: str
    """The named publication the range comes from (or was written after, from memory)."""
    as_of: int
    """The year the range describes."""
    verified: bool
    """True only when the range was checked against ``source``; false for memory."""
    note: str | None = None
    growth: float | None = None
    """Yearly growth used to widen the range away from ``as_of`` (default: by measure)."""
    part_of: str | None = None
    """Subject of the whole this is a part of, same geography and basis ("goods exports")."""
    judge_low: bool = True
    """False when smaller things are often called by the same words (a city's budget is
    "the budget" too): then only figures above the range are implausible."""

    @field_validator("subject", "part_of")
    @classmethod
    def _lower(cls, value: str | None) -> str | None:
        if value is None:
            return None
        text = " ".join(value.split()).lower()
        if not text:
            raise ValueError("must not be empty")
        return text

    @field_validator("geography")
    @classmethod
    def _geography(cls, value: str) -> str:
        text = value.strip()
        if text.lower() in (GEOGRAPHY_WORLD, GEOGRAPHY_ANY):
            return text.lower()
        if len(text) != 2 or not text.isalpha():
            raise ValueError(f"geography must be an ISO alpha-2 code, 'world' or 'any', got {value!r}")
        return text.upper()

    @field_validator("currency")
    @classmethod
    def _currency(cls, value: str | None) -> str | None:
        if value is None:
            return None
        code = value.strip().upper()
        if len(code) != 3 or not code.isalpha():
            raise ValueError(f"currency must be an ISO 4217 code, got {value!r}")
        return code

    @field_validator("low", "high", mode="before")
    @classmethod
    def _amount(cls, value: Any) -> Decimal:
        return parse_amount(value)

    @field_validator("as_of")
    @classmethod
    def _year(cls, value: int) -> int:
        if not 1900 <= value <= 2100:
            raise ValueError(f"as_of must be a year between 1900 and 2100, got {value}")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> ReferenceEntry:
        if self.low < 0 or self.high <= 0 or self.low > self.high:
            raise ValueError(f"need 0 <= low <= high and high > 0, got low={self.low} high={self.high}")
        if self.measure == "value" and (self.currency is None or self.unit is not None):
            raise ValueError("a 'value' entry needs a currency and no unit")
        if self.measure == "volume" and (self.unit is None or self.currency is not None):
            raise ValueError("a 'volume' entry needs a unit and no currency")
        if self.measure in ("count", "percent") and self.currency is not None:
            raise ValueError(f"a {self.measure!r} entry takes no currency")
        if self.growth is not None and not 0 <= self.growth < 1:
            raise ValueError(f"growth is a yearly rate between 0 and 1, got {self.growth}")
        return self

    @property
    def key(self) -> tuple[str, str, Basis, Measure]:
        """What identifies an entry: a user entry with the same key replaces a packaged one."""
        return (self.subject, self.geography, self.basis, self.measure)


class ReferenceFile(_Strict):
    """A whole reference file, before ``defaults`` and ``[aliases]`` are applied.

    Entries are written either as inline tables (``entries``) or, more compactly and
    faster to parse, as ``rows`` of values in the order of ``columns``, each row optionally
    ending with an inline table of further fields (``{ growth = 0.1 }``).
    """

    defaults: dict[str, Any] = {}
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[Any, ...], ...] = ()
    entries: tuple[dict[str, Any], ...] = ()
    aliases: dict[str, tuple[str, ...]] = {}

    @field_validator("columns")
    @classmethod
    def _known_columns(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = set(value) - set(ReferenceEntry.model_fields)
        if unknown:
            raise ValueError(f"unknown column(s): {', '.join(sorted(unknown))}")
        return value

    def raw_entries(self) -> list[dict[str, Any]]:
        """Every entry as a dict of the fields written in the file (rows first)."""
        found: list[dict[str, Any]] = []
        width = len(self.columns)
        for number, row in enumerate(self.rows, start=1):
            extra = row[width] if len(row) == width + 1 and isinstance(row[width], dict) else None
            if len(row) != width + (extra is not None):
                raise ValueError(f"row {number} has {len(row)} values for {width} columns: {list(row)!r}")
            found.append({**dict(zip(self.columns, row, strict=False)), **(extra or {})})
        found.extend(dict(entry) for entry in self.entries)
        return found

    @field_validator("defaults")
    @classmethod
    def _known_defaults(cls, value: dict[str, Any]) -> dict[str, Any]:
        unknown = set(value) - set(ReferenceEntry.model_fields)
        if unknown:
            raise ValueError(f"unknown default field(s): {', '.join(sorted(unknown))}")
        return value


class Country(_Strict):
    """How one geography is named in text (case-sensitive surface forms)."""

    names: tuple[str, ...]
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    """Capitals or seats standing for the government ("Beijing", "Brussels")."""

    @property
    def surfaces(self) -> tuple[str, ...]:
        """Every surface form."""
        return self.names + self.demonyms + self.metonyms


class GeographyLexicon(_Strict):
    """The countries lexicon: codes to names, plus world words and region words."""

    world: tuple[str, ...]
    """Words meaning the whole world, matched case-insensitively ("global")."""
    regions: tuple[str, ...]
    """Case-sensitive names of regions with no entry ("Europe", "Asia"): they block a match."""
    currency_words: tuple[str, ...] = ()
    """Words that make a place name part of a currency's name ("U.S. dollars")."""
    countries: dict[str, Country]
