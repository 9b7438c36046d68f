"""Changes, conversions, subjects and hedges: how figure claims link to each other.

Sentences written for these tests; each look-alike is a minimal edit that must not link.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.figures import find_figures
from claimtrack.extractors.figures.measures import parses, unit_registry
from claimtrack.extractors.figures.vocab import vocabulary
from claimtrack.settings import Settings


def claims(text: str) -> list[Any]:
    found = find_figures(FieldContext.build(text, "text", None, Settings()))
    for claim in found:
        assert claim.text == text[claim.start : claim.end]
    return found


def by_text(found: list[Any], surface: str) -> Any:
    matches = [c for c in found if c.text == surface and c.kind != "change"]
    assert len(matches) == 1, [c.text for c in found]
    return matches[0]


def changes(found: list[Any]) -> list[Any]:
    return [c for c in found if c.kind == "change"]


# (id, sentence, verb, direction, by, to, from, basis)
CHANGES = [
    ("rose-by", "Exports rose 5.2% in May.", "rose", "up", "5.2%", None, None, None),
    ("fell-by-to", "Imports fell 3% to $18.7 billion.", "fell", "down", "3%", "$18.7 billion", None),
    ("from-to", "The rate climbed from 4.1% to 4.4%.", "climbed", "up", None, "4.4%", "4.1%"),
    ("by-word", "Output dropped by 12 tonnes.", "dropped", "down", "12 tonnes", None, None),
    ("noun-after", "Shares posted a 4% decline on Monday.", "decline", "down", "4%", None, None),
    ("up-adverb", "The index was up 58 points at noon.", "up", "up", "58 points", None, None),
    ("down-adverb", "Sales were down 2.3% in June.", "down", "down", "2.3%", None, None),
]


@pytest.mark.parametrize(
    ("sentence", "verb", "direction", "by", "to", "from_"), [r[1:7] for r in CHANGES], ids=[r[0] for r in CHANGES]
)
def test_change_links(
    sentence: str, verb: str, direction: str, by: str | None, to: str | None, from_: str | None
) -> None:
    found = claims(sentence)
    [change] = changes(found)
    assert change.verb == verb
    assert change.direction == direction
    for link, surface in (("by", by), ("to", to), ("from_", from_)):
        target = getattr(change, link)
        if surface is None:
            assert target is None, link
        else:
            assert target == by_text(found, surface).id, link


@pytest.mark.parametrize(
    ("sentence", "basis"),
    [
        ("Exports rose 5.2% year-on-year.", "year-on-year"),
        ("Exports rose 5.2% from a year earlier.", "year-on-year"),
        ("Prices rose 0.4% month-on-month.", "month-on-month"),
        ("GDP grew 1.1% quarter-on-quarter.", "quarter-on-quarter"),
        ("Exports rose 5.2% in the spring.", None),
    ],
)
def test_change_basis(sentence: str, basis: str | None) -> None:
    [change] = changes(claims(sentence))
    assert change.basis == basis


def test_change_subject_is_the_phrase_before_the_verb() -> None:
    found = claims("China's overall exports rose 5.2% in May.")
    [change] = changes(found)
    assert change.subject == "China's overall exports"
    assert by_text(found, "5.2%").subject == "China's overall exports"


LOOKALIKE_CHANGES = [
    ("up-to-is-approx", "Up to 300 workers left."),
    ("no-verb", "Exports were 5.2% of output."),
    ("verb-far-away", "Exports rose, the minister said on a long visit to the port, and 5.2% is fine."),
]


@pytest.mark.parametrize("sentence", [r[1] for r in LOOKALIKE_CHANGES], ids=[r[0] for r in LOOKALIKE_CHANGES])
def test_no_change(sentence: str) -> None:
    assert changes(claims(sentence)) == []


def test_conversion_money() -> None:
    found = claims("The deal was worth HK$3.7 billion (US$473 million) in total.")
    first = by_text(found, "HK$3.7 billion")
    second = by_text(found, "US$473 million")
    assert (first.currency, second.currency) == ("HKD", "USD")
    assert second.converted_from == first.id
    assert first.converted_from is None


def test_conversion_measure() -> None:
    found = claims("The trail runs 10 km (6 miles) uphill.")
    assert by_text(found, "6 miles").converted_from == by_text(found, "10 km").id


def test_brackets_without_conversion() -> None:
    found = claims("The trail runs 10 km (its steepest part) uphill.")
    assert [c.text for c in found] == ["10 km"]


def test_money_brackets_with_other_kind_is_no_conversion() -> None:
    found = claims("The deal was worth $3.7 billion (12%) in total.")
    assert all(getattr(c, "converted_from", None) is None for c in found)


def test_elliptical_unit_passes_between_from_and_to() -> None:
    found = claims("Profit rose to 1.5 billion dlrs from 1.2 billion.")
    assert by_text(found, "1.2 billion").kind == "money"
    assert by_text(found, "1.2 billion").currency == "USD"


def test_percent_by_does_not_pass_its_unit() -> None:
    found = claims("The stock rose 8% to 3.65 on Friday.")
    assert by_text(found, "3.65").kind == "number"


def test_level_before_adverb_is_the_change_target() -> None:
    found = claims("The index closed at 4,120, up 35 points.")
    [change] = changes(found)
    assert change.to == by_text(found, "4,120").id
    assert by_text(found, "4,120").unit == "point"


def test_or_passes_the_unit_back() -> None:
    found = claims("Prices rose 5 or 6 percent.")
    assert by_text(found, "5").kind == "percent"
    assert by_text(found, "6 percent").kind == "percent"
    assert [c for c in found if c.kind == "range"] == []


def test_signed_percent_is_a_change() -> None:
    found = claims("Markets: Dow +0.2%, Nasdaq -0.8%.")
    directions = sorted(c.direction for c in changes(found))
    assert directions == ["down", "up"]
    assert by_text(found, "-0.8%").value == Decimal("-0.8")


def test_every_unit_string_parses_in_the_registry() -> None:
    vocab = vocabulary()
    units = set(vocab.unit_surfaces.values()) | set(vocab.per_surfaces.values())
    assert all(parses(unit) for unit in units), sorted(u for u in units if not parses(u))


def test_registry_is_shared_and_converts() -> None:
    assert unit_registry() is unit_registry()
    quantity = unit_registry().Quantity(10, "kilometer").to("mile")
    assert 6.2 < quantity.magnitude < 6.3
    assert parses("TEU")
    assert parses("barrel / day")


def _ends(sentence: str) -> list[tuple[str | None, str | None, str | None]]:
    """Each change of the sentence as the surfaces of its (by, to, from) figures."""
    found = claims(sentence)
    surfaces = {c.id: c.text for c in found}
    return [(surfaces.get(c.by), surfaces.get(c.to), surfaces.get(c.from_)) for c in changes(found)]


# (id, sentence, [(by, to, from) of each change]): a date or a qualifier between the ends,
# "up from" completing the change before it, and the look-alikes that break the link
LINKED_ENDS = [
    (
        "month-between",
        "Rents climbed to 7.35 million dlrs in March from 6.91 million.",
        [(None, "7.35 million dlrs", "6.91 million")],
    ),
    (
        "month-after-of",
        "Stocks slid to 310 tonnes at the end of June from 355 tonnes.",
        [(None, "310 tonnes", "355 tonnes")],
    ),
    ("month-no-preposition", "Stocks slid to 310 tonnes June from 355 tonnes.", [(None, "310 tonnes", None)]),
    (
        "place-between",
        "Rents climbed to 7.35 million dlrs in Lyon from 6.91 million.",
        [(None, "7.35 million dlrs", None)],
    ),
    (
        "revised-from",
        "Reserves grew to 41.6 billion dlrs from a revised 39.2 billion.",
        [(None, "41.6 billion dlrs", "39.2 billion")],
    ),
    (
        "record-from",
        "Deficits narrowed to 2.7 billion dlrs in April from the record 3.05 billion.",
        [(None, "2.7 billion dlrs", "3.05 billion")],
    ),
    (
        "unknown-qualifier",
        "Reserves grew to 41.6 billion dlrs from a disputed 39.2 billion.",
        [(None, "41.6 billion dlrs", None)],
    ),
    ("up-from-joins", "Revenue jumped to $512.4m in the second half, up from $377.1m.", [(None, "$512.4m", "$377.1m")]),
    (
        "down-from-other-way",
        "Revenue jumped to $512.4m in the second half, down from $377.1m.",
        [(None, "$512.4m", None), (None, None, "$377.1m")],
    ),
    (
        "up-from-other-clause",
        "Revenue jumped to $512.4m and costs were up from $377.1m.",
        [(None, "$512.4m", None), (None, None, "$377.1m")],
    ),
    ("spelled-to", "Growth may ease to three pct from 3.5 pct.", [(None, "three pct", "3.5 pct")]),
    # a conversion in brackets is never an end of the change
    (
        "conversion-skipped",
        "Debt will shrink to 615m euros ($720m) from 1.9bn euros.",
        [(None, "615m euros", "1.9bn euros")],
    ),
    ("conversion-not-by", "Turnover rose to $243.8m (£131m) from $97.2m.", [(None, "$243.8m", "$97.2m")]),
    ("conversion-of-by", "Turnover rose $24m (£13m) to $97.2m.", [("$24m", "$97.2m", None)]),
    ("conversion-noun", "They reported a $7m (£4m) decline.", [("$7m", None, None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), [r[1:] for r in LINKED_ENDS], ids=[r[0] for r in LINKED_ENDS])
def test_change_ends(sentence: str, expected: list[tuple[str | None, str | None, str | None]]) -> None:
    assert _ends(sentence) == expected


def test_conversion_list_links_every_conversion() -> None:
    found = claims("The bridge cost 2.3bn euros (£1.6bn; $2.9bn).")
    primary = by_text(found, "2.3bn euros")
    assert by_text(found, "£1.6bn").converted_from == primary.id
    assert by_text(found, "$2.9bn").converted_from == primary.id
    found = claims("The bridge cost 2.3bn euros (£1.6bn, $2.9bn) in all.")
    assert by_text(found, "$2.9bn").converted_from == by_text(found, "2.3bn euros").id


def test_conversion_list_with_other_kind_is_no_conversion() -> None:
    found = claims("The bridge cost 2.3bn euros (£1.6bn; 40 staff).")
    assert by_text(found, "£1.6bn").converted_from is None


def test_year_before_to_is_no_range_start() -> None:
    found = claims("Profit was down 6% in 2011 to 455m euros ($590m; £380m).")
    level = by_text(found, "455m euros")
    assert level.kind == "money"
    assert by_text(found, "$590m").converted_from == level.id
    assert _ends("Profit was down 6% in 2011 to 455m euros ($590m; £380m).") == [("6%", "455m euros", None)]
    # a real range of amounts that look like years still joins
    assert by_text(claims("Fees were between 2000 and 3000 euros."), "2000 and 3000 euros").kind == "range"


def test_cts_are_cents() -> None:
    found = claims("Dividends were raised from 47 cts a share.")
    cents = by_text(found, "47 cts a share")
    assert (cents.kind, cents.value, cents.currency) == ("money", Decimal("0.47"), "USD")
    assert _ends("Dividends were raised to 1.15 dlrs from 47 cts.") == [(None, "1.15 dlrs", "47 cts")]
    assert by_text(claims("The council passed 47 acts."), "47 acts").kind == "count"


def test_level_before_adverb_skips_its_conversion() -> None:
    assert _ends("The stock ended at $8 (£6), up 40 cents.") == [("40 cents", "$8", None)]
    assert _ends("The stock ended at $8 (£6) as traders left, up 40 cents.") == [("40 cents", None, None)]


def test_a_figure_inside_the_phrase_before_a_verb_is_never_a_subject():
    import claimtrack

    text = "Output rose to 2,340,000 tonnes after falling 3.1 pct to 1,905,000 tonnes in March."
    subjects = {c.text: c.subject for c in claimtrack.extract(text)}
    assert subjects["2,340,000 tonnes"] == "Output"
    assert subjects["3.1 pct"] == "Output"  # carried over, not "000 tonnes" (the previous figure's tail)
    near_miss = "Output rose to 2,340,000 tonnes. Imports fell 3.1 pct to 1,905,000 tonnes in March."
    subjects = {c.text: c.subject for c in claimtrack.extract(near_miss)}
    assert subjects["3.1 pct"] == "Imports"
