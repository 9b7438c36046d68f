"""Currency conversions a thousandfold off: CT303's check of "$260m (£134bn)".

No exchange rate is needed: ``rules.toml`` gives, per currency, the range of its rate to
the US dollar since about 1980, and a conversion is flagged only when its rate is far
outside the pair's range while a thousandfold rescale brings it inside.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import cache
from itertools import pairwise

import regex

from claimtrack.lexicon import load_toml
from claimtrack.model import Claim
from claimtrack.rules.changes import value_of
from claimtrack.rules.context import RuleContext
from claimtrack.rules.registry import Finding

# The scale word right after a figure's number: "billion" of "2.9 billion dlrs", "bn" of "$4bn".
_SCALE_TOKEN = regex.compile(
    r"""
    (?: \d{1,3} (?: , \d{3} ){1,6} | \d{1,15} ) (?: \. \d{1,12} )?   # the number
    [ \t]{0,2}
    (?P<word> \p{L}{1,12} )                                      # the word after it
    """,
    regex.VERBOSE,
)


def scale_word(text: str) -> tuple[int, int] | None:
    """Where the word right after a figure's number stands ("bn" of "$4bn"), or None.

    >>> scale_word("2.9 billion dlrs")
    (4, 11)
    """
    match = _SCALE_TOKEN.search(text)
    return match.span("word") if match is not None else None


OFF_RATE = Decimal(10)
"""A conversion is off when its rate is beyond the currency pair's range by this factor."""
IN_RATE = Decimal(2)
"""...and a thousandfold rescale brings it within the range, widened by this factor."""


@cache
def _rates() -> dict[str, tuple[Decimal, Decimal]]:
    table = load_toml("rules")["conversions"]["per_usd"]
    return {code: (Decimal(str(low)), Decimal(str(high))) for code, (low, high) in table.items()}


@cache
def ladders() -> tuple[tuple[str, ...], ...]:
    """The scale-word ladders of ``rules.toml`` ([conversions]), each a thousandfold a step."""
    return tuple(tuple(ladder) for ladder in load_toml("rules")["conversions"]["ladders"])


def rate_range(source: str, target: str) -> tuple[Decimal, Decimal] | None:
    """The plausible units of ``target`` per unit of ``source``, or None for an unknown currency.

    >>> low, high = rate_range("GBP", "USD")
    >>> float(low) < 1.6 < float(high)
    True
    """
    rates = _rates()
    if source not in rates or target not in rates:
        return None
    (source_low, source_high), (target_low, target_high) = rates[source], rates[target]
    return target_low / source_high, target_high / source_low


def conversion_slip(original: Claim, conversion: Claim) -> Decimal | None:
    """The power of a thousand that would bring a currency conversion's rate in range, if off.

    "$260m (£134bn)" is a rate of 515 pounds a dollar; at a thousandth (0.515) it is in
    range, so the factor is 1/1000 (the conversion, or the original at 1000 times).
    """
    source, target = getattr(original, "currency", None), getattr(conversion, "currency", None)
    old, new = value_of(original), value_of(conversion)
    span = rate_range(str(source), str(target)) if source != target else None
    if span is None or old is None or new is None or old <= 0 or new <= 0:
        return None
    low, high = span
    rate = new / old
    if low / OFF_RATE <= rate <= high * OFF_RATE:
        return None
    for power in (Decimal(10) ** 3, Decimal(10) ** 6, Decimal(10) ** 9):
        for factor in (power, 1 / power):
            if low / IN_RATE <= rate * factor <= high * IN_RATE:
                return factor
    return None


def rescaled(text: str, factor: Decimal) -> str | None:
    """A figure's surface with its scale word moved by a power of a thousand, if it has one.

    >>> rescaled("£134bn", Decimal("0.001")), rescaled("4.8 million dlrs", Decimal(1000))
    ('£134m', '4.8 billion dlrs')
    """
    place = scale_word(text)
    if place is None:
        return None
    word = text[place[0] : place[1]]
    steps = round(factor.log10() / 3)
    for ladder in ladders():
        lowered = [w.lower() for w in ladder]
        if word.lower() in lowered:
            index = lowered.index(word.lower()) + steps
            if 0 <= index < len(ladder):
                new = ladder[index].upper() if word.isupper() and len(word) > 1 else ladder[index]
                return text[: place[0]] + new + text[place[1] :]
    return None


# Between a figure and its first conversion: "1.4bn euros (£960m".
_OPENS = regex.compile(r"[ \t]{0,2} \( [ \t]{0,2}", regex.VERBOSE)
# Between two conversions of one figure: "(£960m; $1.85bn)", "(£960m, $1.85bn)".
_NEXT = regex.compile(r"[ \t]{0,2} [;,:/] [ \t]{0,2}", regex.VERBOSE)


def _conversions(claims: Sequence[Claim], ctx: RuleContext) -> dict[str, list[Claim]]:
    """Original money figure id -> its conversions, by ``converted_from`` or by layout.

    Extraction may leave later conversions of a list unlinked ("1.4bn euros (£960m;
    $1.85bn)"): a money figure opening a parenthesis right after another, and those that
    follow it in that parenthesis, convert the figure before it.
    """
    groups: dict[str, list[Claim]] = {}
    seen: set[str] = set()
    money = [c for c in claims if c.kind == "money"]
    for claim in money:
        source = getattr(claim, "converted_from", None)
        if source is not None:
            groups.setdefault(source, []).append(claim)
            seen.add(claim.id)
    original: Claim | None = None
    for before, claim in pairwise(money):
        gap = ctx.text(claim.field)[before.end : claim.start] if before.field == claim.field else "("
        if _OPENS.fullmatch(gap) is not None and getattr(before, "converted_from", None) is None:
            original = before
        elif original is None or _NEXT.fullmatch(gap) is None:
            original = None
            continue
        if claim.id not in seen:
            groups.setdefault(original.id, []).append(claim)
            seen.add(claim.id)
    return groups


def conversion_slips(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT303 in a conversion: "$260m (£134bn)" is a thousandfold off any pound-dollar rate."""
    groups = _conversions(claims, ctx)
    for source, conversions in groups.items():
        original = ctx.claim(source)
        if original is None or original.kind != "money":
            continue
        slips = [(conversion, conversion_slip(original, conversion)) for conversion in conversions]
        off = [(conversion, factor) for conversion, factor in slips if factor is not None]
        if not off:
            continue
        if len(off) == len(slips) >= 2 and len({factor for _, factor in off}) == 1:
            factor = off[0][1]  # every conversion disowns the original: it is the slip
            yield _conversion_finding(original, off[0][0], 1 / factor, original, ctx, evidence=True)
            continue
        for conversion, factor in off:
            yield _conversion_finding(original, conversion, factor, conversion, ctx, evidence=len(off) < len(slips))


def _conversion_finding(
    original: Claim, conversion: Claim, factor: Decimal, wrong: Claim, ctx: RuleContext, *, evidence: bool
) -> Finding:
    right = conversion if wrong is original else original
    old, new = value_of(original), value_of(conversion)
    rate = new / old if old and new else Decimal(0)
    span = rate_range(str(getattr(original, "currency", "")), str(getattr(conversion, "currency", "")))
    shown = f" (plausible: {span[0]:.3g} to {span[1]:.3g})" if span else ""
    return Finding(
        message=(
            f"{conversion.text} for {original.text} is {rate:.3g} {getattr(conversion, 'currency', '')} "
            f"per {getattr(original, 'currency', '')}{shown}, a thousandfold off: a scale word is likely wrong"
        ),
        field=wrong.field,
        start=wrong.start,
        end=wrong.end,
        related=(ctx.related(right, "the conversion" if wrong is original else "the converted figure"),),
        suggestion=rescaled(wrong.text, factor) if evidence else None,
    )
