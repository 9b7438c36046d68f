"""Changes against their own figures: CT101, CT106, CT107, CT108.

Each rule reads one change claim and the figures it links (``by``, ``from``, ``to``), and
flags only when no reading within the written rounding makes the sentence true.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import cache

import regex

from claimtrack.lexicon import load_toml
from claimtrack.model import Claim
from claimtrack.rules.changes import (
    ChangeParts,
    bounded,
    changes,
    fmt,
    joined_changes,
    percent_change,
    percent_range,
    signed,
    value_of,
    verb_span,
)
from claimtrack.rules.context import RuleContext
from claimtrack.rules.matching import (
    agree,
    contains,
    figure_interval,
    interval,
    respell,
    same_unit,
    written_number,
)
from claimtrack.rules.registry import Finding, Rule, RuleDocs, register

MULTIPLIER_SLACK = Decimal("0.125")
"""How far a stated multiple may be from the figures' ratio ("doubled" from 2 to 4.5 passes).

Readers take the figures of "doubled to $5 billion from $2 billion" at face value, so the
ratio is computed from the values as written, with this relative slack instead of rounding.
"""


@cache
def _multipliers() -> dict[str, Decimal]:
    return {word: Decimal(str(f)) for word, f in load_toml("rules")["multipliers"].items()}


def _points_as_percent(parts: ChangeParts) -> bool:
    """A percent ``by`` that equals the difference of two percent figures, not their ratio."""
    ends = parts.endpoints
    by = parts.by
    if ends is None or by is None or by.kind != "percent" or getattr(by, "points", False):
        return False
    by_value = value_of(by)
    if ends.old.kind != "percent" or getattr(ends.old, "points", False) or by_value is None:
        return False
    stated = interval(abs(by_value), by.text, by.approx)
    relative = percent_range(ends.old_span, ends.new_span)
    return (
        contains(stated, abs(ends.new_value - ends.old_value))
        and (relative is None or not agree(stated, (abs(relative[0]), abs(relative[1]))))
        and (relative is None or not agree(stated, (-relative[1], -relative[0])))
    )


def _direction_contradicted(parts: ChangeParts) -> bool:
    """Whether from and to move against the direction word, whatever their rounding.

    "About" is not widened here: "rose to around 18.9 billion from 20.4 billion" is a fall.
    """
    ends = parts.endpoints
    if ends is None or parts.change.direction == "flat":
        return False
    old, new = _unwidened(ends.old), _unwidened(ends.new)
    if old is None or new is None:
        return False
    if parts.change.direction == "up":
        return new[1] is not None and old[0] is not None and new[1] <= old[0] and ends.new_value < ends.old_value
    return new[0] is not None and old[1] is not None and new[0] >= old[1] and ends.new_value > ends.old_value


def _unwidened(claim: Claim) -> tuple[Decimal | None, Decimal | None] | None:
    value = value_of(claim)
    if value is None:
        return None
    return interval(value, claim.text, None if claim.approx == "about" else claim.approx)


def _stated(by: Claim, direction: str) -> str:
    return ("-" if direction == "down" else "+") + by.text.lstrip("+-−")


def check_percent_change(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT101: a percent or absolute change against its own from / to."""
    for parts in [*changes(list(claims), ctx), *joined_changes(list(claims), ctx)]:
        ends, by, change = parts.endpoints, parts.by, parts.change
        by_value = value_of(by)
        if ends is None or by is None or by_value is None or change.direction == "flat":
            continue
        if _points_as_percent(parts) or _direction_contradicted(parts):
            continue
        old, new, old_span, new_span = ends.old, ends.new, ends.old_span, ends.new_span
        old_value, new_value = ends.old_value, ends.new_value
        stated = interval(signed(by_value, change.direction), by.text, by.approx)
        if by.kind == "percent" and not getattr(by, "points", False):
            possible = percent_range(old_span, new_span)
            if possible is None or agree(stated, possible):
                continue
            actual = percent_change(old_value, new_value)
            shown = f"{fmt(actual, sign=True)}%"
        elif same_unit(by, old) or (by.kind == "percent" and old.kind == "percent"):
            possible = _difference_range(old_span, new_span)
            if possible is None or agree(stated, possible):
                continue
            actual = new_value - old_value
            shown = respell(old.text, old_value, actual) or fmt(actual)
            shown = ("-" if actual < 0 else "+") + shown.lstrip("+-−")
        else:
            continue
        yield Finding(
            message=f"from {old.text} to {new.text} is {shown}, not {_stated(by, change.direction)}",
            field=by.field,
            start=by.start,
            end=by.end,
            related=(ctx.related(old, "from"), ctx.related(new, "to")),
            suggestion=respell(by.text, by_value, abs(actual)),
        )


def _difference_range(
    old: tuple[Decimal | None, Decimal | None], new: tuple[Decimal | None, Decimal | None]
) -> tuple[Decimal, Decimal] | None:
    a, b = bounded(old), bounded(new)
    if a is None or b is None:
        return None
    return b[0] - a[1], b[1] - a[0]


def check_points_as_percent(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT107: a change between two percentages given in percent instead of points."""
    for parts in changes(list(claims), ctx):
        ends, by = parts.endpoints, parts.by
        if ends is None or by is None or not _points_as_percent(parts):
            continue
        old, new, old_value, new_value = ends.old, ends.new, ends.old_value, ends.new_value
        points = abs(new_value - old_value)
        relative = percent_change(old_value, new_value) if old_value else None
        as_relative = f" ({fmt(relative, sign=True)}%)" if relative is not None else ""
        number = written_number(by.text) or fmt(points)
        yield Finding(
            message=(
                f"from {old.text} to {new.text} is {fmt(points)} percentage points{as_relative}, "
                f"not {by.text}: a difference of two percentages is in points"
            ),
            field=by.field,
            start=by.start,
            end=by.end,
            related=(ctx.related(old, "from"), ctx.related(new, "to")),
            suggestion=f"{number} percentage points",
        )


def check_direction(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT108: a direction word against the from / to figures."""
    for parts in [*changes(list(claims), ctx), *joined_changes(list(claims), ctx)]:
        ends, change = parts.endpoints, parts.change
        if ends is None or not _direction_contradicted(parts):
            continue
        old, new, old_value, new_value = ends.old, ends.new, ends.old_value, ends.new_value
        start, end = verb_span(change, ctx)
        word = ctx.surface(change.field, start, end)
        moved = "a fall" if new_value < old_value else "a rise"
        detail = f" ({fmt(percent_change(old_value, new_value), sign=True)}%)" if old_value > 0 else ""
        yield Finding(
            message=f'"{word}" says {change.direction}, but from {old.text} to {new.text} is {moved}{detail}',
            field=change.field,
            start=start,
            end=end,
            related=(ctx.related(old, "from"), ctx.related(new, "to")),
        )


# An approximator right before a multiplier verb: "more than doubled", "nearly tripled".
_APPROX_VERB = regex.compile(
    r"""
    (?: (?P<over> more [ \t]{1,3} than | over | at [ \t]{1,3} least )
      | (?P<under> nearly | almost | close [ \t]{1,3} to | just [ \t]{1,3} under )
      | (?P<about> about | around | roughly | some | approximately ) )
    [ \t]{1,3} \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _approx_before(text: str, start: int) -> str | None:
    """The approximator written just before a verb ("more than doubled" -> "over")."""
    match = _APPROX_VERB.search(text, max(0, start - 25), start)
    return match.lastgroup if match is not None else None


def check_multiplier(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT106: doubled / tripled / halved against the figures."""
    factors = _multipliers()
    for parts in changes(list(claims), ctx):
        change = parts.change
        factor = factors.get((change.verb or "").lower())
        if factor is None:
            continue
        start, end = verb_span(change, ctx)
        word = ctx.surface(change.field, start, end)
        approx = change.approx or _approx_before(ctx.text(change.field), start)
        ends = parts.endpoints
        if ends is not None:
            old, new, old_value, new_value = ends.old, ends.new, ends.old_value, ends.new_value
            if old_value <= 0 or new_value < 0:
                continue
            ratio = new_value / old_value
            low, high = ratio * (1 - MULTIPLIER_SLACK), ratio * (1 + MULTIPLIER_SLACK)
            if approx in ("over", "at_least"):
                low = Decimal(0)  # "more than doubled": any larger ratio is fine
            elif approx in ("under", "at_most"):
                high = factor  # "nearly doubled": any smaller ratio is fine
            elif approx == "about":
                low, high = low / 2, high * 2
            if low <= factor <= high:
                continue
            yield Finding(
                message=f'"{word}" means x{factor.normalize()}, but from {old.text} to {new.text} '
                f"is x{fmt(new_value / old_value, 2)}",
                field=change.field,
                start=start,
                end=end,
                related=(ctx.related(old, "from"), ctx.related(new, "to")),
            )
            continue
        by = parts.by
        by_value = value_of(by)
        if by is None or by_value is None or by.kind != "percent" or getattr(by, "points", False):
            continue
        implied = (factor - 1) * 100
        span = figure_interval(by)
        slack = abs(implied) * MULTIPLIER_SLACK
        if span is None or agree(span, (implied - slack, implied + slack)):
            continue
        if agree(span, (abs(implied) - slack, abs(implied) + slack)):
            continue
        yield Finding(
            message=f'"{word}" means a change of {fmt(implied, 0, sign=True)}%, not {by.text}',
            field=by.field,
            start=by.start,
            end=by.end,
            related=(ctx.related(change, "the multiplier"),),
        )


_ARITHMETIC = "arithmetic"

register(
    Rule(
        code="CT101",
        name="percent-change-mismatch",
        family=_ARITHMETIC,
        severity="error",
        summary="A percent or absolute change contradicts its own from/to values.",
        docs=RuleDocs(
            what_it_does="Checks a change's stated size against the values it goes from and to.",
            why_is_this_bad=(
                "A reader can do the arithmetic: when the percentage and the two values cannot "
                "all be right, at least one figure is wrong, and the story loses trust."
            ),
            example="Revenue rose 12% to $12.6 billion from $10.5 billion.",
            use_instead="Revenue rose 20% to $12.6 billion from $10.5 billion.",
            known_problems=(
                "Needs the change's from and to linked by extraction. Tolerates the rounding of "
                "every written figure, so small slips inside that rounding pass."
            ),
        ),
        check=check_percent_change,
        implemented=True,
    )
)
register(
    Rule(
        code="CT106",
        name="multiplier-mismatch",
        family=_ARITHMETIC,
        severity="error",
        summary="Doubled / tripled / halved / n-fold contradicts the figures.",
        docs=RuleDocs(
            what_it_does='Checks "doubled", "tripled", "halved" against the from/to values or the percent.',
            why_is_this_bad="A multiple that the figures contradict misstates the size of a change.",
            example="Profit doubled to $5 billion from $2 billion.",
            use_instead="Profit doubled to $4 billion from $2 billion.",
            known_problems=(
                '"More than doubled" and "nearly tripled" are bounds, not multiples; n-fold '
                "phrasings are not read yet. The figures are taken as written, with 12.5% slack."
            ),
        ),
        check=check_multiplier,
        implemented=True,
        supersedes=("CT101",),
    )
)
register(
    Rule(
        code="CT107",
        name="points-as-percent",
        family=_ARITHMETIC,
        severity="error",
        summary="A difference of two percentages reported in percent, not points.",
        docs=RuleDocs(
            what_it_does="Finds a change between two percentages whose size is their difference, written as a percent.",
            why_is_this_bad=(
                "Unemployment going from 4% to 5% is a rise of one percentage point, or 25%; "
                '"rose 1%" tells the reader something else.'
            ),
            example="The jobless rate rose 1.5% from 4.5% to 6%.",
            use_instead="The jobless rate rose 1.5 percentage points from 4.5% to 6%.",
            known_problems="Only fires when from and to are linked to the change.",
        ),
        check=check_points_as_percent,
        implemented=True,
        supersedes=("CT101",),
    )
)
register(
    Rule(
        code="CT108",
        name="direction-mismatch",
        family=_ARITHMETIC,
        severity="error",
        summary='A direction word contradicts the numbers ("rose ... to 8 from 9").',
        docs=RuleDocs(
            what_it_does="Compares a change's direction word with the order of its from and to values.",
            why_is_this_bad="A rise to a lower value (or a fall to a higher one) cannot be right.",
            example="Output rose to 8 million tonnes from 9 million tonnes.",
            use_instead="Output fell to 8 million tonnes from 9 million tonnes.",
            known_problems="Values equal within rounding are never flagged.",
        ),
        check=check_direction,
        implemented=True,
        supersedes=("CT101",),
    )
)
