"""The number parser on surfaces written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimtrack.extractors.figures.numbers import parse_digits, parse_number

CASES = [
    ("1,238", 1238),
    ("1 238", 1238),
    ("1\u202f238", 1238),
    ("12,34,567", 1234567),
    ("0.75", Decimal("0.75")),
    (".5", Decimal("0.5")),
    ("-12.5", Decimal("-12.5")),
    ("minus 7", -7),
    ("1.2bn", 1200000000),
    ("3.7bln", 3700000000),
    ("4.3M", 4300000),
    ("250k", 250000),
    ("6 mln", 6000000),
    ("2 tn", 2000000000000),
    ("seven", 7),
    ("forty-two", 42),
    ("one hundred and twenty-five thousand", 125000),
    ("two million", 2000000),
    ("three lakh", 300000),
    ("two crore", 20000000),
    ("a dozen", 12),
    ("half", Decimal("0.5")),
    ("a third", Decimal(1) / 3),
    ("two-thirds", Decimal(2) / 3),
    ("three quarters", Decimal("0.75")),
    ("one and a half million", 1500000),
    ("sixfold", 6),
    ("tenfold", 10),
    ("nine point five", Decimal("9.5")),
    ("one out of four", Decimal("0.25")),
    ("3/4", Decimal("0.75")),
    ("2 1/2", Decimal("2.5")),
    ("1e3", 1000),
]


@pytest.mark.parametrize(("surface", "value"), CASES, ids=[c[0] for c in CASES])
def test_parse_number(surface: str, value: Decimal | int) -> None:
    result = parse_number(surface)
    assert result is not None
    assert abs(result - Decimal(value)) < Decimal("1e-9")


@pytest.mark.parametrize("surface", ["", "growth", "the", "one two three four x", "1,2,3,4", "--", "1e999999"])
def test_not_a_number(surface: str) -> None:
    assert parse_number(surface) is None


def test_decimal_comma_setting() -> None:
    assert parse_digits("3,5", decimal_comma=True) == Decimal("3.5")
    assert parse_digits("1.238,5", decimal_comma=True) == Decimal("1238.5")
