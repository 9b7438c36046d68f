"""Linking claims to each other: a figure's time (``when``) and its statement.

Runs after every family has found its claims in a field. Links are set by copying the
frozen claims with an update.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.model import Claim, StatementClaim


def link_statements(claims: Sequence[Claim]) -> list[Claim]:
    """Point every non-statement claim inside a statement's content to that statement."""
    statements = [c for c in claims if isinstance(c, StatementClaim)]
    if not statements:
        return list(claims)
    linked: list[Claim] = []
    for claim in claims:
        if isinstance(claim, StatementClaim) or claim.statement is not None:
            linked.append(claim)
            continue
        owner = _containing_statement(claim, statements)
        linked.append(claim.model_copy(update={"statement": owner.id}) if owner else claim)
    return linked


def _containing_statement(claim: Claim, statements: Sequence[StatementClaim]) -> StatementClaim | None:
    for statement in statements:
        if statement.field != claim.field:
            continue
        spans = statement.content_spans or (
            ((statement.content_start, statement.content_end),)
            if statement.content_start is not None and statement.content_end is not None
            else ()
        )
        for start, end in spans:
            if start <= claim.start and claim.end <= end:
                return statement
    return None
