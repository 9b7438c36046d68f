"""Figures: numbers, money, percents, counts, measures, ranges and changes (issue 2)."""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.extractors.context import FieldContext
from claimtrack.model import Claim


def find_figures(ctx: FieldContext, reserved: Sequence[tuple[int, int]] = ()) -> list[Claim]:
    """Every figure claim of one field (placeholder until the figure extractor lands)."""
    return []
