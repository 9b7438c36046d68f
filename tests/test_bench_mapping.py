"""The quantity benchmark's mapping of claims onto the gold formats (benchmarks/quantities.py).

NewsQuant and Recognizers-Text write two things differently: a money rate, and a share of a
group. The mapping follows each source's own format; these tests pin both on sentences
written for them.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import claimtrack

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the benchmark scripts are run from the repository root
to_quantities = importlib.import_module("benchmarks.quantities").to_quantities


def one(text: str, surface: str, *, newsquant: bool) -> dict[str, object]:
    found = [q for q in to_quantities(claimtrack.extract(text), newsquant=newsquant) if q["surface"] == surface]
    assert len(found) == 1, [q["surface"] for q in to_quantities(claimtrack.extract(text), newsquant=newsquant)]
    return found[0]


def test_a_money_rate_keeps_its_currency_by_default() -> None:
    q = one("Diesel sold for $3.10 per gallon in May.", "$3.10 per gallon", newsquant=False)
    assert (q["kind"], q["currency"], q["unit"]) == ("money", "USD", "dollar per gallon")


def test_newsquant_writes_a_money_rate_as_a_compound_unit() -> None:
    q = one("Diesel sold for $3.10 per gallon in May.", "$3.10 per gallon", newsquant=True)
    assert (q["kind"], q["currency"], q["unit"]) == ("measure", None, "dollar per gallon")


def test_newsquant_keeps_the_currency_of_an_amount() -> None:
    q = one("Diesel sales reached $3.10 million in May.", "$3.10 million", newsquant=True)
    assert (q["kind"], q["currency"], q["unit"]) == ("money", "USD", "dollar")


def test_newsquant_writes_a_share_of_a_group_as_percent_noun() -> None:
    q = one("One in five drivers skipped the toll.", "One in five drivers", newsquant=True)
    assert (q["value"], q["unit"]) == (0.2, "% drivers")
    plain = one("One in five drivers skipped the toll.", "One in five drivers", newsquant=False)
    assert plain["unit"] == "drivers"


def test_a_whole_count_is_no_share() -> None:
    q = one("Five drivers skipped the toll.", "Five drivers", newsquant=True)
    assert (q["value"], q["unit"]) == (5.0, "drivers")
