"""Reading a change claim's figures, shared by the arithmetic rules.

>>> from decimal import Decimal
>>> percent_change(Decimal("10.5"), Decimal("12.6"))
Decimal('20.0')
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

import regex

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


def compatible(old: Claim, new: Claim) -> bool:
    """Whether two figures can be compared: one unit, or a bare number beside a unit."""
    return _compatible(old, new)


# A cents word right after a bare number: "from 83 cts a share".
_CENTS_AFTER = regex.compile(r"[ \t]{0,2}(?: cts | cents? | c ) \b", regex.VERBOSE | regex.IGNORECASE)


def part(claim_id: str | None, ctx: RuleContext) -> Claim | None:
    """A figure of a change as the rules read it.

    A conversion in parentheses ("785m euros ($1bn)") is not a part of the change; an
    amount in cents read as whole currency units ("83 cts" as 83) is put in units (0.83).
    """
    claim = ctx.claim(claim_id)
    if claim is None or getattr(claim, "converted_from", None) is not None:
        return None
    value = value_of(claim)
    bare = claim.kind == "money" and value is not None and claim.text.strip().replace(".", "").isdigit()
    if bare and value is not None and _CENTS_AFTER.match(ctx.text(claim.field), claim.end) is not None:
        return claim.model_copy(update={"value": value / 100})
    return claim


# What stands between a change and an appositive change noun: "to 3% from 2%, an increase of 1%".
_APPOSITION = regex.compile(r"[ \t]{0,3},[ \t]{0,3}(?:an?|the)?[ \t]{0,3}", regex.IGNORECASE)
# "rose to 432.2 billion guilders in 1987 in constant prices, a two pct increase from ...":
# a short phrase of time or measure, no clause break, before the apposed noun
_APPOSITION_AFTER_PHRASE = regex.compile(
    r"[ \t]{1,3}(?:in|on|during|for|at)[ \t][^,;:.!?()]{1,40}?,[ \t]{0,3}(?:an?|the)?[ \t]{0,3}", regex.IGNORECASE
)


def _apposed(first: ChangeClaim, second: ChangeClaim, ctx: RuleContext) -> bool:
    """Whether ``second`` restates ``first`` in apposition, in the same direction, and adds to it.

    "Inflation rose to 3% from 2%, an increase of 1%": the noun gives the amount the verb
    left out. "Output rose to 432 billion in 1987, a 2% increase from 424 billion": it gives
    the amount and the level before. Either way the two read as one change.
    """
    if first.field != second.field or first.by is not None or first.to is None or second.by is None:
        return False
    if second.to is not None or first.direction != second.direction:
        return False
    if first.from_ is not None and second.from_ is not None:
        return False
    text = ctx.text(first.field)
    if _APPOSITION.fullmatch(text, first.end, second.start) is not None:
        return True
    return second.from_ is not None and _APPOSITION_AFTER_PHRASE.fullmatch(text, first.end, second.start) is not None


def changes(claims: list[Claim] | tuple[Claim, ...], ctx: RuleContext) -> list[ChangeParts]:
    """Every change claim of a batch with its figures (read by :func:`part`).

    A change with no amount takes the amount of a change noun in apposition right after it
    ("rose to 3% from 2%, an increase of 1%"), and its level before when it has none ("rose
    to 432 billion in 1987, a 2% increase from 424 billion").
    """
    found = [claim for claim in claims if isinstance(claim, ChangeClaim)]
    amounts = {first.id: second for first, second in pairwise(found) if _apposed(first, second, ctx)}
    restated = {second.id for second in amounts.values()}
    return [
        ChangeParts(
            claim,
            part(amounts[claim.id].by if claim.id in amounts else claim.by, ctx),
            part(claim.from_ or (amounts[claim.id].from_ if claim.id in amounts else None), ctx),
            part(claim.to, ctx),
        )
        for claim in found
        if claim.id not in restated
    ]


def change_roles(ctx: RuleContext) -> dict[str, str]:
    """Figure id -> its role in a change ("by", "from" or "to"), built once per run."""

    def build() -> dict[str, str]:
        roles: dict[str, str] = {}
        for claim in ctx.claims:
            if isinstance(claim, ChangeClaim):
                for role, figure in (("by", claim.by), ("from", claim.from_), ("to", claim.to)):
                    if figure is not None:
                        roles.setdefault(figure, role)
        return roles

    return ctx.memo("plausibility-change-roles", build)


JOIN_GAP = 80
"""How far (in characters) after a change's "to" figure its unlinked "from" figure may stand."""
_FIGURES = frozenset({"money", "count", "measure", "number", "percent"})

# A word that introduces the earlier value between a change's "to" and the next figure:
# "to 4.79 million dlrs in December from 4.62 billion", "to $56bn, against $66m".
_FROM_WORD = regex.compile(
    r"""
    \b (?: from | against | compared [ \t]{1,3} (?: with | to ) | versus | vs\.? ) \b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def joined_changes(
    claims: list[Claim] | tuple[Claim, ...], ctx: RuleContext, comparisons: bool = False
) -> list[ChangeParts]:
    """Changes with a "to" but no "from", given the next figure of the sentence as "from".

    The next figure counts when it follows "to" within :data:`JOIN_GAP` characters and a
    word like "from" or "against" stands between ("surged to $805m in the quarter, up from
    $393m"; "to 4.79 million dlrs in December from 4.62 billion"), with no other figure or
    duration between. Only "from" counts, unless ``comparisons`` lets "against" and
    "compared with" count too: a figure compared with another period is no earlier value
    to check a direction word against, though a thousandfold gap to it is still a slip.
    """
    figures = [
        c for c in claims if (c.kind in _FIGURES or c.kind == "duration") and getattr(c, "converted_from", None) is None
    ]
    following = {a.id: b for a, b in pairwise(figures) if (a.field, a.sentence) == (b.field, b.sentence)}
    joined = []
    for change in claims:
        if not isinstance(change, ChangeClaim) or change.to is None or change.from_ is not None:
            continue
        to = part(change.to, ctx)
        after = following.get(change.to)
        if to is None or after is None or not 0 <= after.start - to.end <= JOIN_GAP:
            continue
        found = _FROM_WORD.search(ctx.text(to.field), to.end, after.start)
        if after.kind == "duration" or found is None:
            continue
        if comparisons or found.group().lower() == "from":
            joined.append(ChangeParts(change, part(change.by, ctx), part(after.id, ctx), to))
    return joined


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
