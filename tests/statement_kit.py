"""Helpers shared by the statement tests: find the statements of a text, read a speaker."""

from __future__ import annotations

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.statements import find_statements
from claimtrack.model import StatementClaim
from claimtrack.settings import DEFAULT_SETTINGS


def stmts(text: str) -> list[StatementClaim]:
    """The statement claims ``find_statements`` gives for ``text`` as a body."""
    claims = find_statements(FieldContext.build(text, "text", None, DEFAULT_SETTINGS))
    return [c for c in claims if isinstance(c, StatementClaim)]


def speaker_of(claim: StatementClaim, text: str) -> str | None:
    """The speaker phrase as written, or None when the statement has no speaker span."""
    if claim.speaker_start is None or claim.speaker_end is None:
        return None
    return text[claim.speaker_start : claim.speaker_end]
