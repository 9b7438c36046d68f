"""Dates, deadlines, periods and durations (issue 3)."""

from __future__ import annotations

from claimtrack.extractors.context import FieldContext
from claimtrack.model import Claim


def find_dates(ctx: FieldContext) -> list[Claim]:
    """Every date and duration claim of one field (placeholder until issue 3 lands)."""
    return []


def link_times(ctx: FieldContext, claims: list[Claim]) -> list[Claim]:
    """Set each figure's ``when`` to the date claim it refers to (placeholder)."""
    return claims
