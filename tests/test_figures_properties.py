"""Hypothesis properties of extraction: never raises, exact offsets, unique ids."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimtrack
from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.figures import find_figures, parse_number
from claimtrack.settings import Settings

# any code point, lone surrogates ("Cs", which st.characters() leaves out by default) included
ANY_TEXT = st.text(st.one_of(st.characters(codec=None), st.characters(categories=["Cs"])), max_size=300)
# text made of the pieces figures are built from, so the scanner's paths are exercised
PIECES = st.sampled_from(
    [
        "$",
        "US$",
        "€",
        "£",
        "HK$",
        "Rs",
        "RM",
        "1",
        "12",
        "1,238",
        "3.7",
        "0.5",
        "-",
        "+",
        "%",
        " percent",
        " per cent",
        " bps",
        " million",
        "bn",
        "m",
        "k",
        " two",
        " thousand",
        " and",
        " a",
        " dozen",
        " half",
        " third",
        " of",
        " to",
        " between",
        " (",
        ")",
        " km",
        " tonnes",
        " barrels per day",
        " a day",
        " cents",
        " years",
        "-year-old",
        " rose",
        " fell",
        " by",
        " from",
        " about",
        " more than",
        " up to",
        " people",
        " activists",
        ".",
        ",",
        "\n",
        " ",
        "May",
        " 2025",
        ":",
        "9:01",
        " p.m.",
        "Section",
        " Boeing",
        "\ud800",
        "\x00",
    ]
)
FIGURISH = st.lists(PIECES, max_size=40).map("".join)


def check(text: str) -> None:
    claims = claimtrack.extract(text, title=text[:50])
    ids = [c.id for c in claims]
    assert len(ids) == len(set(ids))
    for claim in claims:
        field = text[:50] if claim.field == "title" else text
        assert claim.text == field[claim.start : claim.end]


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_extract_never_raises_on_any_text(text: str) -> None:
    check(text)


@settings(max_examples=200, deadline=None)
@given(FIGURISH)
def test_extract_never_raises_on_figure_like_text(text: str) -> None:
    check(text)


@settings(max_examples=200, deadline=None)
@given(FIGURISH)
def test_find_figures_offsets_and_links(text: str) -> None:
    claims = find_figures(FieldContext.build(text, "text", None, Settings()))
    ids = {c.id for c in claims}
    assert len(ids) == len(claims)
    for claim in claims:
        assert claim.text == text[claim.start : claim.end]
        for link in ("by", "to", "from_", "converted_from"):
            target = getattr(claim, link, None)
            assert target is None or target in ids


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_parse_number_never_raises(text: str) -> None:
    parse_number(text)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_parse_number_reads_grouped_digits(n: int) -> None:
    assert parse_number(f"{n:,}") == n
