"""The partial matchers of claimtrack.testing.expect, on hand-built claims."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from claimtrack.model import (
    ChangeClaim,
    ClaimSet,
    CountClaim,
    DateClaim,
    DurationClaim,
    MeasureClaim,
    MoneyClaim,
    NumberClaim,
    PercentClaim,
    RangeClaim,
    StatementClaim,
)
from claimtrack.testing import expect

BASE = {"field": "text", "sentence": 0}


def percent(value: str, start: int = 13, **extra: object) -> PercentClaim:
    return PercentClaim(
        id=f"percent-b{start}-{start + 4}",
        text=f"{value}%",
        start=start,
        end=start + 4,
        value=Decimal(value),
        **BASE,
        **extra,  # type: ignore[arg-type]
    )


MONEY = MoneyClaim(
    id="money-b21-34", text="$12.6 billion", start=21, end=34, value=Decimal("12600000000.00"), currency="USD", **BASE
)  # type: ignore[arg-type]
CHANGE = ChangeClaim(
    id="change-b8-34",
    text="rose 4.8% to $12.6 billion",
    start=8,
    end=34,
    direction="up",
    by="percent-b13-17",
    to="money-b21-34",
    **BASE,
)  # type: ignore[arg-type]
DATE = DateClaim(
    id="date-b38-50",
    text="July 9, 2025",
    start=38,
    end=50,
    value="2025-07-09",
    role="deadline",
    start_date=date(2025, 7, 9),
    end_date=date(2025, 7, 9),
    **BASE,
)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("matcher", "claim"),
    [
        (expect.percent(4.8), percent("4.8")),
        (expect.percent("4.8"), percent("4.80")),
        (expect.percent(Decimal("4.8")), percent("4.8")),
        (expect.percent(), percent("4.8")),
        (expect.percent(4.8, subject="Exports"), percent("4.8", subject="Exports")),
        (expect.percent(0.5, points=True), percent("0.5", points=True)),
        (expect.money(12.6e9, "USD"), MONEY),
        (expect.money(12.6e9), MONEY),
        (expect.money(currency="USD"), MONEY),
        (
            expect.count(12, "activists"),
            CountClaim(id="c", text="12 activists", start=0, end=12, value=Decimal(12), unit="activists", **BASE),
        ),  # type: ignore[arg-type]
        (
            expect.measure(1.2e6, "barrel / day"),
            MeasureClaim(
                id="m", text="1.2 million bpd", start=0, end=15, value=Decimal("1200000"), unit="barrel / day", **BASE
            ),
        ),  # type: ignore[arg-type]
        (expect.number(1.5), NumberClaim(id="n", text="1.5", start=0, end=3, value=Decimal("1.5"), **BASE)),  # type: ignore[arg-type]
        (
            expect.range(6, 7, of="percent"),
            RangeClaim(id="r", text="6-7%", start=0, end=4, low=Decimal(6), high=Decimal(7), of="percent", **BASE),
        ),  # type: ignore[arg-type]
        (expect.date("2025-07-09", role="deadline"), DATE),
        (expect.date(date(2025, 7, 9), start_date=date(2025, 7, 9)), DATE),
        (expect.date(start_date="2025-07-09"), DATE),
        (expect.duration("P90D"), DurationClaim(id="d", text="90-day", start=0, end=6, value="P90D", **BASE)),  # type: ignore[arg-type]
        (
            expect.statement(speaker="Kevin Hassett"),
            StatementClaim(id="s", text="x", start=0, end=1, speaker="Kevin Hassett", **BASE),
        ),  # type: ignore[arg-type]
        (
            expect.statement(speaker=re.compile("Hassett$")),
            StatementClaim(id="s", text="x", start=0, end=1, speaker="Kevin Hassett", **BASE),
        ),  # type: ignore[arg-type]
        (expect.claim(subject="Exports"), percent("4.8", subject="Exports")),
        (expect.claim("percent", value=4.8), percent("4.8")),
    ],
    ids=repr,
)
def test_matches(matcher: expect.Matcher, claim: object) -> None:
    assert matcher == claim
    assert matcher.mismatches(claim) == []


@pytest.mark.parametrize(
    ("matcher", "claim", "reasons"),
    [
        (expect.percent(4.9), percent("4.8"), ["value 4.8 != 4.9"]),
        (expect.percent(4.8000001), percent("4.8"), []),  # within rel 1e-6
        (expect.percent(4.80001), percent("4.8"), ["value 4.8 != 4.80001"]),
        (expect.percent(4.9, abs=0.1), percent("4.8"), []),
        (expect.percent(4.9, abs=0.05), percent("4.8"), ["value 4.8 != 4.9"]),
        (expect.percent(5, rel=0.05), percent("4.8"), []),
        (expect.percent(4.8, points=True), percent("4.8"), ["points False != True"]),
        (expect.percent(4.8, subject="Imports"), percent("4.8", subject="Exports"), ["subject 'Exports' != 'Imports'"]),
        (expect.money(12.6e9, "EUR"), MONEY, ["currency 'USD' != 'EUR'"]),
        (expect.money(12.6e6, "USD"), MONEY, ["value 12600000000 != 12600000.0"]),
        (expect.percent(4.8), MONEY, ["kind 'money' != 'percent'"]),
        (expect.date("2025-07-09", role="point"), DATE, ["role 'deadline' != 'point'"]),
    ],
    ids=repr,
)
def test_mismatches(matcher: expect.Matcher, claim: object, reasons: list[str]) -> None:
    assert matcher.mismatches(claim) == reasons
    assert (matcher == claim) is (not reasons)
    assert (matcher != claim) is bool(reasons)


def test_nested_matchers_follow_ids_within_a_claimset() -> None:
    claims = ClaimSet(claims=(CHANGE, percent("4.8"), MONEY))
    assert expect.change("up", by=expect.percent(4.8), to=expect.money(12.6e9, "USD")).matches(CHANGE, claims)
    assert expect.change("up", by=expect.percent(4.9)).mismatches(CHANGE, claims) == ["by -> value 4.8 != 4.9"]
    assert expect.change("up", from_=expect.money()).mismatches(CHANGE, claims) == [
        "from is None, expected expect.money()"
    ]
    # without the ClaimSet the id cannot be followed
    assert expect.change("up", by=expect.percent(4.8)) != CHANGE
    assert expect.change("up") == CHANGE


def test_matchers_work_with_in_on_a_claimset() -> None:
    claims = ClaimSet(claims=(CHANGE, percent("4.8"), MONEY))
    assert expect.percent(4.8) in claims
    assert expect.percent(4.9) not in claims


@pytest.mark.parametrize(
    ("matcher", "shown"),
    [
        (expect.percent(4.8), "expect.percent(4.8)"),
        (expect.money(18.7e6, "USD"), "expect.money(18700000.0, 'USD')"),
        (expect.count(12, "activists"), "expect.count(12, 'activists')"),
        (expect.percent(Decimal("4.8"), abs=0.1), "expect.percent(Decimal('4.8'), abs=0.1)"),
        (expect.change("up", by=expect.percent(4.8)), "expect.change('up', by=expect.percent(4.8))"),
        (expect.date("2025-07-09", role="deadline"), "expect.date('2025-07-09', role='deadline')"),
        (expect.duration("P90D"), "expect.duration('P90D')"),
        (expect.statement(speaker="Kevin Hassett"), "expect.statement(speaker='Kevin Hassett')"),
        (expect.range(6, 7, of="percent"), "expect.range(6, 7, of='percent')"),
        (expect.claim(subject=re.compile("exports", re.I)), "expect.claim(subject=re.compile('exports'))"),
    ],
)
def test_repr_reads_like_the_call(matcher: expect.Matcher, shown: str) -> None:
    assert repr(matcher) == shown


def test_unknown_keyword_is_refused() -> None:
    with pytest.raises(TypeError, match="unexpected keyword argument"):
        expect.percent(4.8, unit="tonne")


def test_matchers_are_unhashable_and_do_not_equal_other_things() -> None:
    assert expect.percent(4.8) != 4.8
    with pytest.raises(TypeError):
        hash(expect.percent(4.8))
