"""Dates, deadlines, periods and durations, resolved against the publication date (issue 3).

Two functions make the family's API: :func:`find_dates` finds every date and duration claim
of one field; :func:`link_times` sets ``when`` on the figures of that field (and ``basis``
on changes). Modules: ``patterns`` (the scanner, built from ``data/dates.toml``),
``readers`` (one reader per form) and ``relative`` (relative expressions and durations),
``normalize`` (ISO values and intervals), ``resolve`` (relative and year-less dates against
the publication date, dateparser for the long tail), ``anaphora`` ("the next day", "later
that year": against the story's own last date), ``durations``, ``scan`` (parts, roles and
intervals) and ``link``.

>>> from datetime import date
>>> from claimtrack.extractors.context import FieldContext
>>> from claimtrack.settings import Settings
>>> ctx = FieldContext.build("Exports rose 4.8% in May, before the July 9 deadline.", "text",
...                          date(2025, 6, 9), Settings())
>>> [(c.text, c.value, c.role) for c in find_dates(ctx)]
[('May', '2025-05', 'point'), ('July 9', '2025-07-09', 'deadline')]
"""

from __future__ import annotations

from collections.abc import Sequence

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.dates.link import link_claims
from claimtrack.extractors.dates.scan import find_dates
from claimtrack.model import Claim

__all__ = ["find_dates", "link_times"]


def link_times(ctx: FieldContext, claims: Sequence[Claim]) -> list[Claim]:
    """Set each figure's ``when`` to the date claim its sentence gives, and a change's basis.

    Only claims of this field and dates of the same sentence are linked; a value already
    set is kept.
    """
    texts = {s.index: s.text for s in ctx.sentences}
    own = [c for c in claims if c.field == ctx.field]
    if len(own) != len(claims):
        linked = {c.id: c for c in link_claims(texts, own, ctx.text)}
        return [linked.get(c.id, c) if c.field == ctx.field else c for c in claims]
    return link_claims(texts, claims, ctx.text)
