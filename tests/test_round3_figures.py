"""Round-3 figure fixes: loose multiples ("several hundred"), bare vague scales after money
verbs ("made millions") and two ages sharing "years old".

Every sentence here was written for these tests; each behaviour has minimal-edit
look-alikes that must not produce the claim (or must produce another reading).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from figure_kit import figures, only

# -- loose multiples of a scale ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "low", "high", "of", "unit"),
    [
        ("The gala drew several hundred donors.", "several hundred donors", 300, 999, "count", "donors"),
        ("Several thousand sailors came home.", "Several thousand sailors", 3000, 9999, "count", "sailors"),
        ("A few hundred thousand tenants moved.", "A few hundred thousand tenants", 200000, 599999, "count", "tenants"),
        ("The repairs cost several million dollars.", "several million dollars", 3000000, 9999999, "money", None),
        ("Several dozen farmers marched.", "Several dozen farmers", 36, 119, "count", "farmers"),
        ("Several hundred were evacuated.", "Several hundred", 300, 999, "count", None),
    ],
)
def test_loose_multiple_is_a_range(text: str, surface: str, low: int, high: int, of: str, unit: str | None) -> None:
    claim = only(text, surface)
    assert claim.kind == "range"
    assert (claim.low, claim.high, claim.of) == (Decimal(low), Decimal(high), of)
    if unit is not None:
        assert claim.unit == unit


@pytest.mark.parametrize(
    ("text", "surface", "kind", "value", "unit"),
    [
        ("A couple dozen cyclists waited.", "A couple dozen cyclists", "count", 24, "cyclists"),
        ("They printed a couple of hundred leaflets.", "a couple of hundred leaflets", "count", 200, "leaflets"),
        ("A couple of inspectors arrived.", "A couple of inspectors", "count", 2, "inspectors"),
        ("It raised a couple million dollars.", "a couple million dollars", "money", 2000000, None),
    ],
)
def test_couple_is_exact(text: str, surface: str, kind: str, value: int, unit: str | None) -> None:
    claim = only(text, surface)
    assert (claim.kind, claim.value) == (kind, Decimal(value))
    if unit is not None:
        assert claim.unit == unit


def test_plain_scale_still_reads_alone() -> None:
    # no loose word before: the plain multiple is still one hundred
    claim = only("The gala drew one hundred donors.", "one hundred donors")
    assert claim.value == Decimal(100)


@pytest.mark.parametrize(
    "text",
    [
        "The couple of the decade married.",  # a couple (two people), no count
        "The couple hosted the gala.",
        "Several of the donors left early.",  # "several" without a scale
        "A few donors left early.",
    ],
)
def test_loose_words_without_scale_give_nothing(text: str) -> None:
    assert figures(text) == []


def test_couple_needs_its_noun() -> None:
    assert figures("She said a couple of times that it rained.") == []


# -- bare vague scales ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "of"),
    [
        ("The founder made millions from the sale.", "millions", "number"),  # no currency named
        ("The tenants paid thousands in repairs.", "thousands", "number"),
        ("She raised millions of dollars for it.", "millions of dollars", "money"),  # currency named
        ("Millions of viewers tuned in.", "Millions of viewers", "count"),
        ("Millions tuned in on Sunday.", "Millions", "count"),  # no money verb: people
        ("The broadcast drew millions.", "millions", "count"),
    ],
)
def test_bare_vague_scale(text: str, surface: str, of: str) -> None:
    claim = only(text, surface)
    assert claim.kind == "range"
    assert claim.of == of


# -- two ages sharing "years old" ---------------------------------------------------------------


def test_two_ages() -> None:
    found = figures("The brothers, 31 and 34 years old, respectively, testified.")
    assert [(c.kind, c.text, c.value, c.unit) for c in found] == [
        ("measure", "31", Decimal(31), "year"),
        ("measure", "34 years old", Decimal(34), "year"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The brothers had 31 and 34 years of service.",  # a duration, no age
        "He scored 31 and she 34 years old.",  # not two numbers joined by "and"
        "Founded in 1931 and 34 years old now.",  # a year
    ],
)
def test_not_two_ages(text: str) -> None:
    assert not [c for c in figures(text) if c.kind == "measure" and c.text.isdigit()]


# -- a count whose noun carries a measure, without a hyphen -------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "measure"),
    [
        (
            "The winery sold 1.4 million 6 liter casks.",
            "1.4 million 6 liter casks",
            1400000,
            "6 liter casks",
            "6 liter",
        ),
        ("The port moved 250,000 40 foot boxes.", "250,000 40 foot boxes", 250000, "40 foot boxes", "40 foot"),
    ],
)
def test_spaced_measure_in_noun(text: str, surface: str, value: int, unit: str, measure: str) -> None:
    claim = only(text, surface)
    assert (claim.kind, claim.value, claim.unit) == ("count", Decimal(value), unit)
    assert only(text, measure).kind == "measure"


@pytest.mark.parametrize(
    "text",
    [
        "The winery sold 1.4 million 6 liters of wine.",  # plural unit: two figures
        "The winery sold 1.4 million 6 liter of wine.",  # no plural noun after the measure
        "The port moved 250,000 40 km trucks.",  # an abbreviated unit
        "In 2021 6 liter casks were sold.",  # a year before the measure
        "She ran 5 10 mile races.",  # a small bare count: a score or a list
    ],
)
def test_spaced_measure_look_alikes(text: str) -> None:
    assert not [c for c in figures(text) if c.kind == "count" and " " in (c.unit or "")]
