"""Time widening, the scale-word fix, and verdicts on hand-built claims."""

from datetime import date
from decimal import Decimal

import pytest

from claimtrack.model import CountClaim, MeasureClaim, MoneyClaim, claim_id
from claimtrack.reference import (
    check_claim,
    load_reference,
    match,
    population_window,
    rescale_text,
    scale_fix,
    whole_of,
)
from claimtrack.reference.timing import UNDATED_YEARS, widen, widening_factor, years_apart

# --- time widening ---------------------------------------------------------------------------


def test_a_1987_article_is_judged_against_a_much_wider_range():
    entry = load_reference().get("gdp", "US", "per_year", "value")
    same_year = widen(entry.low, entry.high, "value", as_of=entry.as_of, published=date(2023, 7, 1))
    old = widen(entry.low, entry.high, "value", as_of=entry.as_of, published=date(1987, 10, 19))
    assert same_year == (entry.low, entry.high)
    assert old[0] < entry.low / 15
    assert old[1] > entry.high * 15
    assert old[0] < Decimal("4.9e12")  # US GDP in 1987 was about $4.9 trillion: not flagged


def test_1987_figures_are_not_flagged_only_because_the_data_is_old():
    text = "$4.9 trillion"
    claim = MoneyClaim(
        id=claim_id("money", "text", 0, len(text)),
        text=text,
        field="text",
        start=0,
        end=len(text),
        sentence=0,
        value=Decimal("4.9e12"),
        currency="USD",
        subject="America's GDP",
    )
    assert check_claim(claim, "GDP was $4.9 trillion in 1987.", published=date(1987, 12, 1)) is None
    assert check_claim(claim, "GDP was $4.9 trillion in 2024.", published=date(2024, 12, 1)) is not None


def test_widening_by_measure_and_undated_texts():
    assert widening_factor("value", 10) > widening_factor("volume", 10) > widening_factor("count", 10) > 1
    assert widening_factor("value", 10, growth=0.0) == 1
    assert years_apart(2023, None) == UNDATED_YEARS
    assert years_apart(2023, date(2031, 1, 1)) == years_apart(2023, date(2015, 1, 1)) == 8  # both directions


def test_exchange_rate_drift_widens_converted_ranges():
    found = match("Japan's exports", "in May", kind="money", currency="JPY")
    near, far = found.window(date(2024, 1, 1)), found.window(date(1994, 1, 1))
    assert far[0] < near[0]
    assert far[1] > near[1]


# --- the scale-word fix ----------------------------------------------------------------------

LOW, HIGH = Decimal("1e7"), Decimal("8e8")


@pytest.mark.parametrize(
    ("value", "power"),
    [
        (Decimal("18.7e9"), -3),  # billion written for million
        (Decimal("4.2e4"), 3),  # thousand written for million
        (Decimal("90e12"), -6),  # trillion written for million
        (Decimal("55"), 6),  # "55" written for "55 million"
        (Decimal("300e6"), None),  # already inside
        (Decimal("2e9"), None),  # 2.5x too high: no scale word fits
        (Decimal("1.5e12"), None),  # 1,875x too high: between one and two scale words
        (Decimal("3"), None),  # 3.3 million times too low: no single change
    ],
)
def test_scale_fix(value, power):
    assert scale_fix(value, LOW, HIGH) == power


@pytest.mark.parametrize(
    ("text", "power", "fixed"),
    [
        ("$18.7 billion", -3, "$18.7 million"),
        ("$18.7bn", -3, "$18.7m"),
        ("£3.1 Billion", -3, "£3.1 Million"),
        ("€4.2B", -3, "€4.2M"),
        ("7.5 million tonnes", 3, "7.5 billion tonnes"),
        ("18,700 tonnes", 3, "18.7 million tonnes"),
        ("18,700 tonnes", -3, "18.7 tonnes"),
        ("$2 trillion", -6, "$2 million"),
        ("$5 thousand", -3, "$5"),
        ("1.2 mln barrels", 3, "1.2 bln barrels"),
        ("$12.5 trillion", -6, "$12.5 million"),
        ("2.5 Million barrels a day", 3, "2.5 Billion barrels a day"),
    ],
)
def test_rescale_text(text, power, fixed):
    assert rescale_text(text, power) == fixed


# --- verdicts on hand-built claims -------------------------------------------------------------


def _whole(cls, kind, text, value, subject, **fields):
    """A claim of ``cls`` spanning the whole of ``text``."""
    span = {"text": text, "field": "text", "start": 0, "end": len(text), "sentence": 0}
    return cls(id=claim_id(kind, "text", 0, len(text)), value=Decimal(value), subject=subject, **span, **fields)


def _money(text, value, currency, subject, approx=None):
    return _whole(MoneyClaim, "money", text, value, subject, currency=currency, approx=approx)


def _measure(text, value, unit, subject):
    return _whole(MeasureClaim, "measure", text, value, subject, unit=unit)


def _count(text, value, unit, subject):
    return _whole(CountClaim, "count", text, value, subject, unit=unit)


JUNE_2025 = date(2025, 6, 9)

POSITIVES = [
    (_money("$18.7 billion", "18.7e9", "USD", "Japan's monthly rare earth exports"), "", "high", "$18.7 million"),
    (
        _money("$18.7 billion", "18.7e9", "USD", "rare-earth exports"),
        "Chinese rare-earth exports fell 40% in May.",
        "high",
        "$18.7 million",
    ),
    (
        _money("$296 million", "296e6", "USD", "China's exports"),
        "China's exports rose 5% in April.",
        "low",
        "$296 billion",
    ),
    (
        _money("€24 trillion", "24e12", "EUR", "German government spending"),
        "Spending is set for 2025.",
        "high",
        "€24 billion",
    ),
    (
        _measure("9.5 billion barrels a day", "9.5e9", "barrel / day", "Saudi oil output"),
        "",
        "high",
        "9.5 million barrels a day",
    ),
    (
        _measure("110 tonnes", "110", "tonne", "China's iron ore imports"),
        "Imports rose in March.",
        "low",
        "110 million tonnes",
    ),
    (_count("1.4 trillion people", "1.4e12", "people", "India's population"), "", "high", "1.4 billion people"),
    (_money("$640 trillion", "640e12", "USD", "Walmart's annual revenue"), "", "high", "$640 billion"),
    (_money("¥95 quadrillion", "95e15", "JPY", "Japanese GDP"), "in 2024", "high", None),
]


@pytest.mark.parametrize(
    ("claim", "sentence", "direction", "suggestion"), POSITIVES, ids=[p[0].subject for p in POSITIVES]
)
def test_implausible_figures(claim, sentence, direction, suggestion):
    verdict = check_claim(claim, sentence, published=JUNE_2025)
    assert verdict is not None
    assert (verdict.direction, verdict.suggestion) == (direction, suggestion)
    assert verdict.factor > 1
    assert verdict.entry.source in verdict.message()


NEGATIVES = [
    (_money("$18.7 million", "18.7e6", "USD", "Japan's monthly rare earth exports"), ""),  # the fix itself
    (_money("$61 billion", "61e9", "USD", "Japan's monthly exports"), ""),  # a whole economy: fine
    (_money("$1.5 billion", "1.5e9", "USD", "Chinese rare-earth exports"), "In the first five months of 2025."),
    (_money("$296 million", "296e6", "USD", "China's exports"), "China's exports to Vietnam rose in April."),
    (_money("$296 million", "296e6", "USD", "China's exports", approx="over"), "Exports rose in April."),
    (_money("$2.4 billion", "2.4e9", "USD", "the city's budget"), "Berlin's budget for 2025."),
    (_money("$2.4 billion", "2.4e9", "USD", "the budget"), "Germany's budget rose in 2025."),  # judge_low false
    (_measure("9.5 million barrels a day", "9.5e6", "barrel / day", "Saudi oil output"), ""),
    (_count("12 people", "12", "people", "residents"), "Twelve Indian residents were detained."),
    (_money("$640 billion", "640e9", "USD", "Walmart's annual revenue"), ""),
    (_money("$40 billion", "40e9", "USD", "Apple's revenue in China"), ""),  # a segment: low side not judged
    (_money("$18.7 billion", "18.7e9", "USD", None), "Rare earth exports fell."),  # no subject
]


@pytest.mark.parametrize(("claim", "sentence"), NEGATIVES, ids=[f"{n[0].subject}|{n[1]}" for n in NEGATIVES])
def test_plausible_or_unjudged_figures(claim, sentence):
    assert check_claim(claim, sentence, published=JUNE_2025) is None


def test_min_factor_lets_a_rule_ask_for_larger_errors():
    claim = _money("$18.7 billion", "18.7e9", "USD", "Japan's monthly exports")
    verdict = check_claim(claim, "", published=JUNE_2025)
    assert verdict is not None
    assert verdict.factor < 2
    assert check_claim(claim, "", published=JUNE_2025, min_factor=Decimal(10)) is None
    huge = _money("$61 trillion", "61e12", "USD", "Japan's monthly exports")
    assert check_claim(huge, "", published=JUNE_2025, min_factor=Decimal(10)).suggestion == "$61 billion"


def test_prices_per_unit_are_not_judged():
    claim = _money("$185 billion", "185e9", "USD", "Saudi crude oil exports").model_copy(update={"per": "barrel"})
    assert check_claim(claim, "in 2024", published=JUNE_2025) is None
    assert check_claim(claim.model_copy(update={"per": None}), "in 2024", published=JUNE_2025) is None  # plausible
    assert check_claim(claim.model_copy(update={"per": None, "value": Decimal("185e12")}), "in 2024") is not None


def test_undated_text_uses_the_widest_window():
    claim = _money("$5 trillion", "5e12", "USD", "Chinese GDP")
    assert check_claim(claim, "in 2024", published=None) is None  # 1.13**20 wider: fine
    assert check_claim(claim, "in 2024", published=JUNE_2025) is not None


def test_helpers_for_part_and_population_rules():
    low, high = population_window("JP", JUNE_2025)
    assert low < Decimal("124e6") < high < Decimal("200e6")
    assert population_window("XX") is None
    part = load_reference().get("semiconductor imports", "CN", "per_month", "value")
    assert whole_of(part) == load_reference().get("goods imports", "CN", "per_month", "value")
    assert whole_of(load_reference().get("gdp", "JP", "per_year", "value")) is None
