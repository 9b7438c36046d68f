"""Value against volume, and conversions: CT104 and CT109.

CT104 reads two percent changes of one sentence, one marked as a change in value ("48.3%
in value") and one in volume or weight ("a 5.7% decline by weight"): together they imply a
change in the price per unit, ``(1 + value) / (1 + volume) - 1``, which is flagged when it
is larger than the ``threshold`` option. CT109 converts a measure into the unit of the
conversion that follows it in parentheses ("10 km (16 miles)") with pint, and flags a
conversion that no rounding of either figure explains; currencies are never converted.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

import regex
from pydantic import BaseModel, ConfigDict, Field

from claimtrack.model import Claim
from claimtrack.rules.changes import changes, fmt, signed, value_of
from claimtrack.rules.context import RuleContext
from claimtrack.rules.matching import agree, interval, respell, trailing_zeros, written_number
from claimtrack.rules.registry import Finding, Rule, RuleDocs, register

# A measure basis right after a percent or its change: "in value", "by weight", "in volume terms".
_BASIS_AFTER = regex.compile(
    r"""
    [ \t]{0,3} (?: in | by ) [ \t]{1,3}              # "in" / "by"
    (?: (?P<value> value | dollar | money ) | (?P<volume> volume | weight | tonnage | quantity ) )
    \b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# The basis named in the subject instead: "the value of exports", "export volumes".
_BASIS_WORD = regex.compile(r"\b(?:(?P<value>value)|(?P<volume>volumes?|weight|tonnage))\b", regex.IGNORECASE)


class ImpliedUnitValueOptions(BaseModel):
    """Options of CT104."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    threshold: float = Field(
        default=0.3, gt=0, le=10, description="Largest implied change of the price per unit (0.3 = 30%) that passes."
    )


def _basis(claim: Claim, by: Claim, ctx: RuleContext) -> str | None:
    text = ctx.text(claim.field)
    for end in (by.end, claim.end):
        match = _BASIS_AFTER.match(text, end, min(len(text), end + 30))
        if match is not None:
            return "value" if match.group("value") else "volume"
    for words in (by.subject, claim.subject):
        found = _BASIS_WORD.search(words or "")
        if found is not None:
            return "value" if found.group("value") else "volume"
    return None


CONVERSION_SLACK = Decimal("0.03")
"""Relative slack for a conversion, which writers round more loosely than the original."""


def _convert(value: Decimal, unit: str, target: str) -> Decimal | None:
    """``value`` in ``unit`` expressed in ``target`` (pint), or None when they do not convert."""
    import pint

    from claimtrack.extractors.figures.measures import unit_registry

    registry = unit_registry()
    try:
        converted = registry.Quantity(float(value), unit).to(target).magnitude
    except (pint.errors.PintError, ValueError, TypeError, AttributeError):
        return None
    return Decimal(str(converted))


def _round_original(value: Decimal, original: Claim) -> tuple[Decimal | None, Decimal | None]:
    """The values a converted figure may stand for.

    A round one ("700 km") is often rounded to its last-but-one zero (700 for 720), so only
    its last trailing zero counts as exact.
    """
    low, high = interval(value, original.text)
    written = written_number(original.text)
    if written is None or "." in written or low is None or high is None:
        return low, high
    zeros = trailing_zeros(written)
    if zeros < 2 or value != Decimal(written.replace(",", "")):
        return low, high
    half = Decimal(10) ** (zeros - 1) / 2
    return min(low, value - half), max(high, value + half)


def check_conversion(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT109: a measure converted in parentheses into a value it does not equal."""
    for claim in claims:
        original = ctx.claim(getattr(claim, "converted_from", None))
        if claim.kind != "measure" or original is None or original.kind != "measure":
            continue
        value, old_value = value_of(claim), value_of(original)
        unit, old_unit = getattr(claim, "unit", None), getattr(original, "unit", None)
        if value is None or old_value is None or not unit or not old_unit or unit == old_unit:
            continue
        span, old_span = interval(value, claim.text, claim.approx), _round_original(old_value, original)
        ends = [_convert(bound, old_unit, unit) for bound in old_span if bound is not None]
        exact = _convert(old_value, old_unit, unit)
        if exact is None or len(ends) != 2 or None in ends:
            continue
        low, high = min(e for e in ends if e is not None), max(e for e in ends if e is not None)
        slack = abs(exact) * CONVERSION_SLACK
        if agree(span, (low - slack, high + slack)):
            continue
        yield Finding(
            message=f"{original.text} is {respell(claim.text, value, exact, 1) or _shown(exact) + ' ' + unit}, "
            f"not {claim.text}",
            field=claim.field,
            start=claim.start,
            end=claim.end,
            related=(ctx.related(original, "converted figure"),),
            suggestion=respell(claim.text, value, exact),
        )


def _shown(value: Decimal) -> str:
    """A converted value for a message: three significant digits, no exponent."""
    return f"{value:,.{max(0, 2 - value.adjusted())}f}" if value != 0 else "0"


def check_implied_unit_value(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT104: a value change and a volume change implying a large price change."""
    options = ctx.options
    threshold = Decimal(str(getattr(options, "threshold", 0.3)))
    by_sentence: dict[tuple[str, int], dict[str, tuple[Claim, Claim, Decimal]]] = {}
    for parts in changes(list(claims), ctx):
        by, change = parts.by, parts.change
        by_value = value_of(by)
        if by is None or by_value is None or by.kind != "percent" or getattr(by, "points", False):
            continue
        if change.direction == "flat" or by.approx is not None:
            continue
        basis = _basis(change, by, ctx)
        if basis is None:
            continue
        slot = by_sentence.setdefault((change.field, change.sentence), {})
        slot.setdefault(basis, (change, by, signed(by_value, change.direction) / 100))
    for slot in by_sentence.values():
        if "value" not in slot or "volume" not in slot:
            continue
        _, value_by, value_change = slot["value"]
        _, volume_by, volume_change = slot["volume"]
        if volume_change <= -1 or value_change <= -1:
            continue
        implied = (1 + value_change) / (1 + volume_change) - 1
        if abs(implied) <= threshold:
            continue
        yield Finding(
            message=(
                f"a value change of {fmt(value_change * 100, sign=True)}%{_written(value_by)} with a "
                f"volume change of {fmt(volume_change * 100, sign=True)}%{_written(volume_by)} implies "
                f"a price per unit change of {fmt(implied * 100, sign=True)}%, beyond "
                f"{fmt(threshold * 100, 0)}%"
            ),
            field=value_by.field,
            start=value_by.start,
            end=value_by.end,
            related=(ctx.related(volume_by, "volume change"),),
        )


def _written(by: Claim) -> str:
    """The change as written, when it is not already the percent shown ("from $2bn to $3bn")."""
    return "" if by.kind == "percent" else f" ({by.text})"


_UNITS = "arithmetic"

register(
    Rule(
        code="CT104",
        name="implied-unit-value",
        family=_UNITS,
        severity="warning",
        summary="Value and volume changes imply an implausible price change.",
        docs=RuleDocs(
            what_it_does=(
                "Combines a change in value and a change in volume of one sentence into the "
                "change of the price per unit they imply, and flags it above a threshold."
            ),
            why_is_this_bad=(
                "When value halves while volume barely moves, prices must have halved too; "
                "more often one of the two figures is wrong."
            ),
            example="Coffee exports fell 48% in value, with a 4% decline by volume.",
            use_instead="Coffee exports fell 8% in value, with a 4% decline by volume.",
            known_problems=(
                "Real price swings (commodities in a crash) are flagged; raise the threshold "
                'option (default 0.3, i.e. 30%) for such beats. Only "in value" / "by weight" '
                "style markers are read."
            ),
        ),
        options=ImpliedUnitValueOptions,
        check=check_implied_unit_value,
        implemented=True,
    )
)
register(
    Rule(
        code="CT109",
        name="conversion-mismatch",
        family=_UNITS,
        severity="error",
        summary='A unit conversion in parentheses is wrong ("10 km (16 miles)").',
        docs=RuleDocs(
            what_it_does="Converts a measure into the unit of its parenthesised conversion and compares.",
            why_is_this_bad="A wrong conversion gives readers of the other unit system a wrong figure.",
            example="The pipeline runs 100 km (160 miles) to the coast.",
            use_instead="The pipeline runs 100 km (62 miles) to the coast.",
            known_problems=(
                "Needs extraction to link the conversion to its original. Currencies are never "
                "converted; a 3% slack and the rounding of both figures are allowed."
            ),
        ),
        check=check_conversion,
        implemented=True,
    )
)
