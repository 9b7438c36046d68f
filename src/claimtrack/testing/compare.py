"""What the pytest plugin's ``pytest_assertrepr_compare`` shows for ``==`` on claims.

>>> from decimal import Decimal
>>> from claimtrack.model import PercentClaim
>>> a = PercentClaim(id="percent-b0-4", text="4.8%", field="text", start=0, end=4, sentence=0,
...                  value=Decimal("4.8"))
>>> for line in explain(a, a.model_copy(update={"value": Decimal("4.9")})):
...     print(line)
percent 4.8 at 0-4 '4.8%' == percent 4.9 at 0-4 '4.8%'
Differing fields:
  value: 4.8 != 4.9
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from claimtrack.testing.expect import Matcher
from claimtrack.testing.messages import claim_diff, claimset_diff, describe


def _is_claim(value: object) -> bool:
    return hasattr(value, "kind") and hasattr(value, "id") and hasattr(value, "model_dump")


def _claims_of(value: object) -> Sequence[Any] | None:
    """The claims of a ClaimSet, a Report or a list/tuple of claims; None for anything else."""
    claims = getattr(value, "claims", value)
    if hasattr(claims, "claims"):  # a Report's ClaimSet
        claims = claims.claims
    if isinstance(claims, list | tuple) and all(_is_claim(item) for item in claims):
        return claims
    return None


def _count(claims: Sequence[Any]) -> str:
    """``1 claim``, ``3 claims``."""
    return f"{len(claims)} claim{'' if len(claims) == 1 else 's'}"


def explain(left: object, right: object) -> list[str] | None:
    """Lines explaining why ``left == right`` failed, or None when neither side is a claim."""
    if isinstance(left, Matcher) and _is_claim(right):
        return [f"{left!r} == {describe(right)}", "Mismatches:", *(f"  {r}" for r in left.mismatches(right))]
    if isinstance(right, Matcher) and _is_claim(left):
        return [f"{describe(left)} == {right!r}", "Mismatches:", *(f"  {r}" for r in right.mismatches(left))]
    if _is_claim(left) and _is_claim(right):
        return [
            f"{describe(left)} == {describe(right)}",
            "Differing fields:",
            *(f"  {d}" for d in claim_diff(left, right)),
        ]
    one, other = _claims_of(left), _claims_of(right)
    if one is None or other is None:
        return None
    lines = [
        f"ClaimSets differ: {_count(one)} == {_count(other)}",
        "Claim by claim (- left only, + right only, ~ both, fields differ):",
    ]
    diff = claimset_diff(one, other)
    lines.extend(f"  {line}" for line in diff)
    if not diff:
        if list(one) == list(other):
            lines.append("  the claims are equal; the people registers differ")
        else:
            lines.append("  the same claims in another order")
    return lines
