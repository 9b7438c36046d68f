"""Shared building blocks of the claim models: the frozen base, exact numbers, ids.

Numbers are :class:`~decimal.Decimal` inside (so "48.3" stays exactly 48.3) and plain
JSON numbers outside: an integral value is written as an integer, anything else as a
float. Every model is frozen and serialises with the contract's names by default
(``from`` rather than the Python-safe ``from_``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, PlainSerializer

SCHEMA_VERSION = "1.0"
"""Version of the JSON output contract; every output document carries it."""

Field = Literal["title", "text"]
"""The document field a span indexes: the headline or the body."""


def _decimal_to_json(value: Decimal) -> int | float:
    if value == value.to_integral_value():
        return int(value)
    return float(value)


Number = Annotated[
    Decimal,
    PlainSerializer(_decimal_to_json, return_type=int | float, when_used="json"),
]
"""An exact decimal inside, a JSON number outside."""


class Frozen(BaseModel):
    """Base of every claimtrack model: immutable, strict about unknown fields."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        serialize_by_alias=True,
        validate_by_name=True,
        validate_by_alias=True,
    )


def claim_id(kind: str, field: Field, start: int, end: int) -> str:
    """The id of a claim: stable for the same input, unique within a document.

    >>> claim_id("money", "text", 120, 133)
    'money-b120-133'
    >>> claim_id("percent", "title", 0, 4)
    'percent-t0-4'
    """
    return f"{kind}-{'t' if field == 'title' else 'b'}{start}-{end}"
