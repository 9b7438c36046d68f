"""Linking claims to each other: a figure's time (``when``) and its statement.

Runs after every family has found its claims in a field. Links are set by copying the
frozen claims with an update.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from claimtrack.model import Claim, StatementClaim


def link_statements(claims: Sequence[Claim]) -> list[Claim]:
    """Point every non-statement claim inside a statement's content to that statement.

    One sweep over the claims in order of position, with the content spans that are open
    at each claim kept in a heap by their end: linear in claims plus spans (times a log).
    When spans nest, the innermost (latest-starting) open span wins.
    """
    spans = sorted(
        (start, end, order, statement)
        for order, statement in enumerate(c for c in claims if isinstance(c, StatementClaim))
        for start, end in _content_spans(statement)
    )
    if not spans:
        return list(claims)
    owners: dict[int, StatementClaim] = {}
    open_spans: list[tuple[int, int, int]] = []  # (-start, end, index into spans)
    cursor = 0
    for position, claim in sorted(enumerate(claims), key=lambda item: (item[1].field, item[1].start)):
        if isinstance(claim, StatementClaim) or claim.statement is not None:
            continue
        while cursor < len(spans) and spans[cursor][0] <= claim.start:
            heapq.heappush(open_spans, (-spans[cursor][0], spans[cursor][1], cursor))
            cursor += 1
        stale: list[tuple[int, int, int]] = []
        while open_spans:
            _, end, index = open_spans[0]
            statement = spans[index][3]
            if statement.field == claim.field and claim.end <= end:
                owners[position] = statement
                break
            stale.append(heapq.heappop(open_spans))
        for entry in stale:
            if entry[1] > claim.start:  # still open for later claims
                heapq.heappush(open_spans, entry)
    return [
        claims[i].model_copy(update={"statement": owners[i].id}) if i in owners else claims[i]
        for i in range(len(claims))
    ]


def _content_spans(statement: StatementClaim) -> tuple[tuple[int, int], ...]:
    if statement.content_spans:
        return statement.content_spans
    if statement.content_start is not None and statement.content_end is not None:
        return ((statement.content_start, statement.content_end),)
    return ()
