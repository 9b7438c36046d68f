"""Hostile inputs: extraction finishes, does not raise, and keeps offsets exact.

The figure scanner passes ``patterns.TIMEOUT`` to every regex call; the fixture below sets
it, so a pattern that went catastrophic would raise ``TimeoutError`` here instead of
hanging. Time limits are not asserted (CI machines vary); the timeout is the guard.
"""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack.extractors.figures import patterns as figure_patterns

HOSTILE = {
    "control-chars": "".join(chr(i) for i in range(32)) * 200 + "5% of 12 activists\x00$3\x07bn",
    "lone-surrogates": "\ud800$5\udfff million \udbff 12% of \udc00 300 tonnes \ud800",
    "megabyte-of-digits": "7" * 1_000_000,
    "digits-with-dots": "1." * 200_000,
    "dollar-signs": "$" * 100_000,
    "dollar-space": "$ " * 100_000 + "5",
    "nested-brackets": "(" * 10_000 + "$5 million" + ")" * 10_000,
    "nested-square": "[" * 10_000 + "10 km (6 miles)" + "]" * 10_000,
    "comma-runs": "1," * 50_000,
    "space-groups": "1 " * 30_000,
    "hyphen-chain": "12-" * 50_000,
    "number-words": "one hundred and " * 20_000 + "five",
    "words-no-number": "dozens of " * 10_000,
    "scale-words": "million " * 50_000,
    "percent-words": "5 per cent " * 10_000,
    "currency-codes": "US$ USD " * 30_000,
    "conversions": "10 km (" * 5_000,
    "approximators": "more than about nearly " * 20_000 + "5",
    "change-words": "rose fell up down " * 20_000 + "5%",
    "unicode-digits": "٣٤٥ ۱۲ ५६ " * 5_000,
    "long-line-no-space": "a" * 500_000 + "5%",
    "mixed": ("Exports fell 48.3% to $18.7 billion from a year earlier, " * 500),
    # made to backtrack: long runs of what one pattern fragment accepts, then a failure
    "thousand-groups": "1" + ",000" * 50_000 + ",00",
    "space-thousand-groups": "1" + " 000" * 50_000 + " 00",
    "hyphenated-words": "one-" * 50_000 + "x",
    "article-runs": "a " * 100_000 + "dozen",
    "range-chain": "$1 to " * 20_000 + "$2",
    "between-chain": "between 1 and " * 20_000 + "2",
    "per-chain": "5 tonnes per " * 20_000,
    "paren-chain": "$5 (" * 20_000 + "$6)",
    "signs": "-+" * 100_000 + "5",
    "decimal-points": "." * 1_000 + "5",
}


@pytest.fixture
def regex_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(figure_patterns, "TIMEOUT", 5.0)


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
@pytest.mark.usefixtures("regex_timeout")
def test_hostile_input_finishes(text: str) -> None:
    claims = claimtrack.extract(text)
    for claim in claims:
        assert claim.text == text[claim.start : claim.end]
    assert len({claim.id for claim in claims}) == len(claims)


@pytest.mark.usefixtures("regex_timeout")
def test_long_run_of_full_stops() -> None:
    text = "." * 200_000 + "5"
    claims = claimtrack.extract(text)
    assert all(claim.text == text[claim.start : claim.end] for claim in claims)


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
@pytest.mark.usefixtures("regex_timeout")
def test_hostile_input_figures_alone(text: str) -> None:
    from claimtrack.extractors.context import FieldContext
    from claimtrack.extractors.figures import find_figures
    from claimtrack.settings import Settings

    ctx = FieldContext(text, "text", None, Settings(), [])  # no sentence split: figures only
    for claim in find_figures(ctx):
        assert claim.text == text[claim.start : claim.end]


CHECKED = {name: text[:40_000] for name, text in HOSTILE.items()}
"""The hostile inputs cut to 40,000 characters: the rules run over every claim they give."""


@pytest.mark.parametrize("text", list(CHECKED.values()), ids=list(CHECKED))
@pytest.mark.usefixtures("regex_timeout")
def test_hostile_input_is_checked_without_error(text: str) -> None:
    report = claimtrack.check(text, title=text[:200], published="2025-06-09")
    for flag in report.flags:
        field_text = text[:200] if flag.field == "title" else text
        assert 0 <= flag.start <= flag.end <= len(field_text)
