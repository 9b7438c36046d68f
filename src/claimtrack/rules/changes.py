"""Reading a change claim's figures, shared by the arithmetic rules.

>>> from decimal import Decimal
>>> percent_change(Decimal("10.5"), Decimal("12.6"))
Decimal('20.0')
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from claimtrack.model import ChangeClaim, Claim
from claimtrack.rules.context import RuleContext
from claimtrack.rules.matching import Interval, figure_interval, same_unit

MAX_RATIO = Decimal(20)
"""Changes whose to / from ratio is beyond this (either way) are not checked."""


@dataclass(frozen=True)
class Endpoints:
    """The from and to figures of a change, in one unit, with values and intervals."""

    old: Claim
    new: Claim
    old_value: Decimal
    new_value: Decimal
    old_span: Interval
    new_span: Interval


@dataclass(frozen=True)
class ChangeParts:
    """A change with its by / from / to figures resolved (each may be None)."""

    change: ChangeClaim
    by: Claim | None
    from_: Claim | None
    to: Claim | None

    @property
    def endpoints(self) -> Endpoints | None:
        """From and to with their values and intervals, when both are single figures in one unit."""
        if self.from_ is None or self.to is None or not _compatible(self.from_, self.to):
            return None
        old_value, new_value = value_of(self.from_), value_of(self.to)
        low, high = figure_interval(self.from_), figure_interval(self.to)
        if low is None or high is None or old_value is None or new_value is None:
            return None
        if old_value > 0 and new_value > 0 and not 1 / MAX_RATIO <= new_value / old_value <= MAX_RATIO:
            return None  # a misread figure ("25.269 units" for 25,269) more likely than such a change
        return Endpoints(self.from_, self.to, old_value, new_value, low, high)


def _compatible(old: Claim, new: Claim) -> bool:
    """Same unit, or a bare number that takes the other end's unit ("to 65 mln marks from 103 mln")."""
    if same_unit(old, new):
        return True
    kinds = {old.kind, new.kind}
    return "number" in kinds and kinds <= {"number", "money", "count", "measure"}


def changes(claims: list[Claim] | tuple[Claim, ...], ctx: RuleContext) -> list[ChangeParts]:
    """Every change claim of a batch with its figures."""
    return [
        ChangeParts(claim, ctx.claim(claim.by), ctx.claim(claim.from_), ctx.claim(claim.to))
        for claim in claims
        if isinstance(claim, ChangeClaim)
    ]


def value_of(claim: Claim | None) -> Decimal | None:
    """The single value of a figure claim, or None."""
    value = getattr(claim, "value", None)
    return value if isinstance(value, Decimal) else None


def percent_change(old: Decimal, new: Decimal) -> Decimal:
    """The relative change from ``old`` to ``new``, in percent (``old`` must not be 0)."""
    return (new - old) / old * 100


def bounded(span: Interval) -> tuple[Decimal, Decimal] | None:
    """Both ends of an interval when neither is open."""
    if span[0] is None or span[1] is None:
        return None
    return span[0], span[1]


def percent_range(old: Interval, new: Interval) -> tuple[Decimal, Decimal] | None:
    """The smallest and largest percent change between values of two intervals."""
    a, b = bounded(old), bounded(new)
    if a is None or b is None or a[0] <= 0:
        return None
    corners = [percent_change(o, n) for o in a for n in b]
    return min(corners), max(corners)


def ratio_range(old: Interval, new: Interval) -> tuple[Decimal, Decimal] | None:
    """The smallest and largest ratio new / old between values of two intervals."""
    a, b = bounded(old), bounded(new)
    if a is None or b is None or a[0] <= 0:
        return None
    corners = [n / o for o in a for n in b]
    return min(corners), max(corners)


def signed(value: Decimal, direction: str) -> Decimal:
    """A change's size with the sign its direction gives it."""
    return -abs(value) if direction == "down" else abs(value)


def verb_span(change: ChangeClaim, ctx: RuleContext) -> tuple[int, int]:
    """The span of the change's verb in its field, else the whole change."""
    if change.verb:
        found = change.text.lower().find(change.verb.lower())
        if found >= 0:
            return change.start + found, change.start + found + len(change.verb)
        text = ctx.text(change.field).lower()
        sentence = ctx.sentence_at(change.field, change.start)
        if sentence is not None:
            found = text.find(change.verb.lower(), sentence.start, sentence.end)
            if found >= 0:
                return found, found + len(change.verb)
    return change.start, change.end


def fmt(value: Decimal, places: int = 1, sign: bool = False) -> str:
    """A number for a message: fixed places, optional sign.

    >>> fmt(Decimal("20"), sign=True), fmt(Decimal("-16.666"))
    ('+20.0', '-16.7')
    """
    return f"{value:+.{places}f}" if sign else f"{value:.{places}f}"
