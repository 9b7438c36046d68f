"""Attributed statements and the people register (issue 4)."""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.extractors.context import FieldContext
from claimtrack.model import Claim, Person


def find_statements(ctx: FieldContext) -> list[Claim]:
    """Every statement claim of one field (placeholder until issue 4 lands)."""
    return []


def build_people(contexts: Sequence[FieldContext], claims: Sequence[Claim]) -> tuple[Person, ...]:
    """The people register of a document (placeholder until issue 4 lands)."""
    return ()
