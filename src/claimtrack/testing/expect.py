"""Partial matchers for claims, compared like ``pytest.approx``.

A matcher names a claim kind and the fields a test cares about; every field left out is
ignored, numbers compare within a tolerance (relative ``1e-6`` unless ``rel=`` or ``abs=``
say otherwise), strings compare exactly (or, given a compiled regular expression, by
``search``). Nested matchers follow ids: ``expect.change("up", by=expect.percent(4.8))``
matches a change whose ``by`` names a claim that matches ``expect.percent(4.8)``.

>>> from decimal import Decimal
>>> from claimtrack.model import PercentClaim
>>> claim = PercentClaim(id="percent-b13-17", text="4.8%", field="text", start=13, end=17,
...                      sentence=0, value=Decimal("4.8"))
>>> percent(4.8) == claim
True
>>> percent(4.9) == claim
False
>>> percent(4.9, abs=0.1) == claim
True
>>> percent(4.8, points=True).mismatches(claim)
['points False != True']
>>> money(18.7e6, "USD")
expect.money(18700000.0, 'USD')

Used on its own, ``==`` compares one claim; :func:`claimtrack.testing.assert_claims` pairs
every matcher with a distinct claim of a whole text and follows nested ids.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date as _date
from decimal import Decimal, InvalidOperation
from typing import Any, Protocol

__all__ = [
    "Matcher",
    "change",
    "claim",
    "count",
    "date",
    "duration",
    "measure",
    "money",
    "number",
    "percent",
    "range",
    "statement",
]

DEFAULT_REL = 1e-6
"""Relative tolerance used when neither ``rel`` nor ``abs`` is given."""

_NUMBER_FIELDS = frozenset({"value", "low", "high", "speaker_confidence"})
_LINK_FIELDS = frozenset({"by", "from_", "to", "when", "statement"})
"""Fields holding the id of another claim: a nested matcher is matched against that claim."""


class _Lookup(Protocol):
    def get(self, claim_id: str | None) -> Any: ...


def _as_decimal(value: object) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int | float | str):
        try:
            return Decimal(str(value))
        except InvalidOperation:
            return None
    return None


def _show(value: object) -> str:
    """A value as a failure message shows it: Decimals without exponent or trailing zeros."""
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f") if value == value else str(value)
        return text
    if isinstance(value, re.Pattern):
        return f"re.compile({value.pattern!r})"
    if isinstance(value, str):
        return repr(value)
    return str(value)


@dataclass(frozen=True, eq=False)
class Matcher:
    """Expected fields of one claim; build it with the kind functions (:func:`percent` ...).

    Attributes:
        kind: the claim kind to match, or None for any kind.
        fields: expected values by field name; numbers, strings, regular expressions,
            nested matchers (for id fields) or plain values.
        rel: relative tolerance for numbers (None: the default unless ``abs`` is given).
        abs: absolute tolerance for numbers.
        call: how the matcher was written, for its repr.
    """

    kind: str | None
    fields: Mapping[str, Any] = field(default_factory=dict)
    rel: float | None = None
    abs: float | None = None
    call: str = ""

    def __repr__(self) -> str:
        return self.call or f"expect.claim({self.kind!r})"

    def __eq__(self, other: object) -> bool:
        if hasattr(other, "kind") and hasattr(other, "id"):
            return not self.mismatches(other)
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None  # type: ignore[assignment]

    def matches(self, claim: Any, claims: _Lookup | None = None) -> bool:
        """Whether ``claim`` matches; ``claims`` (a ClaimSet) lets nested matchers follow ids."""
        return not self.mismatches(claim, claims)

    def mismatches(self, claim: Any, claims: _Lookup | None = None) -> list[str]:
        """Why ``claim`` does not match, one short reason per field; empty when it matches.

        >>> from claimtrack.model import MoneyClaim
        >>> m = MoneyClaim(id="money-b0-5", text="$12.6", field="text", start=0, end=5,
        ...                sentence=0, value=Decimal("12.6"), currency="USD")
        >>> money(12.5, "EUR").mismatches(m)
        ['value 12.6 != 12.5', "currency 'USD' != 'EUR'"]
        """
        found_kind = getattr(claim, "kind", None)
        if self.kind is not None and found_kind != self.kind:
            return [f"kind {found_kind!r} != {self.kind!r}"]
        reasons: list[str] = []
        for name, expected in self.fields.items():
            actual = getattr(claim, name, None)
            shown = name.rstrip("_")
            if isinstance(expected, Matcher):
                reasons.extend(self._linked(shown, actual, expected, claims))
            elif name in _NUMBER_FIELDS:
                if not self._close(actual, expected):
                    reasons.append(f"{shown} {_show(actual)} != {_show(expected)}")
            elif isinstance(expected, re.Pattern):
                if not isinstance(actual, str) or expected.search(actual) is None:
                    reasons.append(f"{shown} {_show(actual)} does not match {_show(expected)}")
            elif not _equal(actual, expected):
                reasons.append(f"{shown} {_show(actual)} != {_show(expected)}")
        return reasons

    def linked(self) -> Iterable[tuple[str, Matcher]]:
        """The nested matchers, by the field holding the id they follow."""
        for name, expected in self.fields.items():
            if isinstance(expected, Matcher):
                yield name, expected

    def _linked(self, name: str, claim_id: object, nested: Matcher, claims: _Lookup | None) -> list[str]:
        if claim_id is None:
            return [f"{name} is None, expected {nested!r}"]
        if claims is None:
            return [f"{name} {claim_id!r}: cannot follow the id without the ClaimSet (use assert_claims)"]
        target = claims.get(str(claim_id))
        if target is None:
            return [f"{name} {claim_id!r} names no claim"]
        inner = nested.mismatches(target, claims)
        return [f"{name} -> {reason}" for reason in inner]

    def _close(self, actual: object, expected: object) -> bool:
        got, want = _as_decimal(actual), _as_decimal(expected)
        if got is None or want is None:
            return actual == expected
        if self.rel is None and self.abs is None:
            rel, absolute = DEFAULT_REL, 0.0
        else:
            rel, absolute = self.rel or 0.0, self.abs or 0.0
        tolerance = max(Decimal(str(rel)) * abs(want), Decimal(str(absolute)))
        return abs(got - want) <= tolerance


def _equal(actual: object, expected: object) -> bool:
    if isinstance(expected, _date) and isinstance(actual, str):
        return actual == expected.isoformat()
    if isinstance(expected, str) and isinstance(actual, _date):
        return actual.isoformat() == expected
    if isinstance(expected, list | tuple) and isinstance(actual, list | tuple):
        return len(actual) == len(expected) and all(_equal(a, e) for a, e in zip(actual, expected, strict=True))
    return bool(actual == expected)


_COMMON = ("subject", "approx", "hedge", "text", "field", "when", "statement")
"""Keyword arguments every kind accepts (``when``/``statement`` take nested matchers)."""


def _build(
    kind: str | None,
    positional: tuple[tuple[str, object], ...],
    keywords: dict[str, object],
    rel: float | None,
    abs_: float | None,
) -> Matcher:
    """A matcher from the arguments as given; None means "not specified"."""
    parts = [_show_arg(value) for _, value in positional if value is not None]
    fields = {name: value for name, value in positional if value is not None}
    for name, value in keywords.items():
        if value is None:
            continue
        fields[name] = value
        parts.append(f"{name}={_show_arg(value)}")
    if rel is not None:
        parts.append(f"rel={rel!r}")
    if abs_ is not None:
        parts.append(f"abs={abs_!r}")
    call = f"expect.{kind or 'claim'}({', '.join(parts)})"
    return Matcher(kind, fields, rel, abs_, call)


def _show_arg(value: object) -> str:
    if isinstance(value, Decimal):
        return f"Decimal('{value}')"
    if isinstance(value, re.Pattern):
        return f"re.compile({value.pattern!r})"
    return repr(value)


def money(
    value: float | Decimal | str | None = None,
    currency: str | None = None,
    *,
    per: str | None = None,
    rel: float | None = None,
    abs: float | None = None,
    **common: Any,
) -> Matcher:
    """An amount of money in currency units: ``money(18.7e6, "USD")``."""
    return _build("money", (("value", value), ("currency", currency)), _common(common, per=per), rel, abs)


def percent(
    value: float | Decimal | str | None = None,
    *,
    points: bool | None = None,
    rel: float | None = None,
    abs: float | None = None,
    **common: Any,
) -> Matcher:
    """A percentage as written (``percent(4.8)``), or points (``percent(0.5, points=True)``)."""
    return _build("percent", (("value", value),), _common(common, points=points), rel, abs)


def count(
    value: float | Decimal | str | None = None,
    unit: str | None = None,
    *,
    rel: float | None = None,
    abs: float | None = None,
    **common: Any,
) -> Matcher:
    """A number of things: ``count(12, "activists")``."""
    return _build("count", (("value", value), ("unit", unit)), _common(common), rel, abs)


def measure(
    value: float | Decimal | str | None = None,
    unit: str | None = None,
    *,
    rel: float | None = None,
    abs: float | None = None,
    **common: Any,
) -> Matcher:
    """A measure with a pint unit string: ``measure(1.2e6, "barrel / day")``."""
    return _build("measure", (("value", value), ("unit", unit)), _common(common), rel, abs)


def number(
    value: float | Decimal | str | None = None,
    *,
    rel: float | None = None,
    abs: float | None = None,
    **common: Any,
) -> Matcher:
    """A bare figure with no unit and no counted noun: ``number(1.5)``."""
    return _build("number", (("value", value),), _common(common), rel, abs)


def range(
    low: float | Decimal | str | None = None,
    high: float | Decimal | str | None = None,
    *,
    of: str | None = None,
    currency: str | None = None,
    unit: str | None = None,
    points: bool | None = None,
    rel: float | None = None,
    abs: float | None = None,
    **common: Any,
) -> Matcher:
    """Two ends of one kind: ``range(6, 7, of="percent")``."""
    keywords = _common(common, of=of, currency=currency, unit=unit, points=points)
    return _build("range", (("low", low), ("high", high)), keywords, rel, abs)


def change(
    direction: str | None = None,
    *,
    by: Matcher | None = None,
    from_: Matcher | None = None,
    to: Matcher | None = None,
    basis: str | None = None,
    verb: str | None = None,
    **common: Any,
) -> Matcher:
    """A movement: ``change("up", by=percent(4.8), to=money(12.6e9, "USD"))``.

    ``by``, ``from_`` and ``to`` are matchers for the figures the change names by id.
    """
    keywords = _common(common, by=by, from_=from_, to=to, basis=basis, verb=verb)
    return _build("change", (("direction", direction),), keywords, None, None)


def date(
    value: str | _date | None = None,
    *,
    role: str | None = None,
    weekday: str | None = None,
    fiscal: bool | None = None,
    start_date: str | _date | None = None,
    end_date: str | _date | None = None,
    **common: Any,
) -> Matcher:
    """A date at its own granularity: ``date("2025-07-09", role="deadline")``."""
    if isinstance(value, _date):
        value = value.isoformat()
    keywords = _common(common, role=role, weekday=weekday, fiscal=fiscal, start_date=start_date, end_date=end_date)
    return _build("date", (("value", value),), keywords, None, None)


def duration(value: str | None = None, **common: Any) -> Matcher:
    """A length of time as an ISO 8601 duration: ``duration("P90D")``."""
    return _build("duration", (("value", value),), _common(common), None, None)


def statement(
    content: str | re.Pattern[str] | None = None,
    *,
    speaker: str | re.Pattern[str] | None = None,
    speaker_kind: str | None = None,
    title: str | None = None,
    cue: str | None = None,
    direct: bool | None = None,
    **common: Any,
) -> Matcher:
    """Who said what: ``statement(speaker="Kevin Hassett", direct=True)``."""
    keywords = _common(common, speaker=speaker, speaker_kind=speaker_kind, title=title, cue=cue, direct=direct)
    return _build("statement", (("content", content),), keywords, None, None)


def claim(kind: str | None = None, **fields: Any) -> Matcher:
    """Any claim (of ``kind``, when given) with the given fields: ``claim(subject="Exports")``."""
    rel = fields.pop("rel", None)
    abs_ = fields.pop("abs", None)
    return _build(kind, (), fields, rel, abs_)


def _common(common: dict[str, Any], **own: object) -> dict[str, object]:
    unknown = sorted(set(common) - set(_COMMON))
    if unknown:
        raise TypeError(f"unexpected keyword argument(s) {', '.join(unknown)}; every kind also takes {_COMMON}")
    return {**own, **common}
