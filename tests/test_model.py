import json
from decimal import Decimal

import pytest
from pydantic import ValidationError

from claimtrack.model import ChangeClaim, ClaimSet, MoneyClaim, PercentClaim


def _money(value: str) -> MoneyClaim:
    return MoneyClaim(id="m", text="x", field="text", start=0, end=1, sentence=0, value=Decimal(value), currency="USD")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("18700000000", 18700000000), ("0.5", 0.5), ("48.3", 48.3), ("-5", -5), ("1E+3", 1000)],
)
def test_decimals_are_json_numbers(value, expected):
    dumped = json.loads(_money(value).model_dump_json())
    assert dumped["value"] == expected
    assert type(dumped["value"]) is type(expected)


def test_decimal_kept_exact_inside():
    assert _money("48.3").value == Decimal("48.3")


def test_change_serialises_from_by_its_contract_name():
    change = ChangeClaim(id="c", text="fell", field="text", start=0, end=4, sentence=0, direction="down", from_="a")
    dumped = change.model_dump(mode="json")
    assert dumped["from"] == "a"
    assert "from_" not in dumped
    assert ChangeClaim.model_validate(dumped).from_ == "a"


def test_claims_are_frozen_and_strict():
    money = _money("1")
    with pytest.raises(ValidationError):
        money.value = Decimal(2)  # type: ignore[misc]
    with pytest.raises(ValidationError):
        MoneyClaim.model_validate({**money.model_dump(), "colour": "red"})


def test_claimset_round_trips_through_json_by_kind():
    pct = PercentClaim(id="p", text="5%", field="text", start=3, end=5, sentence=0, value=Decimal(5))
    claims = ClaimSet(claims=(_money("2"), pct))
    again = ClaimSet.model_validate_json(claims.model_dump_json())
    assert again == claims
    assert [c.kind for c in again] == ["money", "percent"]
    assert again.by_kind("percent") == [pct]
    assert again[1] is again.claims[1]
    assert again.get("p") == pct
    assert again.get("nope") is None
