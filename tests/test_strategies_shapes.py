"""The strategies themselves: spellings come from the lexicons, avoid= works, bad input is refused."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import strategies as cts
from claimtrack.lexicon import load_toml
from claimtrack.strategies.lexicon import lexicon
from claimtrack.testing.expect import Matcher

FAST = settings(max_examples=50, deadline=None, database=None)


@FAST
@given(cts.stated_sentences())
def test_stated_sentences_are_text_and_matchers(example: tuple[str, list[Matcher]]) -> None:
    text, expected = example
    assert text.endswith(".")
    assert expected
    assert all(isinstance(m, Matcher) for m in expected)


@pytest.mark.parametrize("kind", cts.KINDS)
def test_every_kind_has_a_phrase_strategy(kind: str) -> None:
    @FAST
    @given(cts.stated_sentence(kind))
    def check(example: cts.Stated) -> None:
        assert example.kind == kind
        assert example.expected[0].kind == kind
        assert example.forms

    check()


@FAST
@given(cts.money())
def test_money_currencies_come_from_the_lexicon(phrase: cts.Stated) -> None:
    codes = set(load_toml("currencies")["currency"])
    assert phrase.expected[0].fields["currency"] in codes


def test_lexicon_spellings() -> None:
    lex = lexicon()
    assert ("US$", "USD") in lex.currency_before
    assert lex.number_words[25] == "twenty-five"
    assert "doubled" not in lex.changes["up"]  # multiplier verbs take no percentage
    assert "rose" in lex.changes["up"]
    assert "fell" in lex.changes["down"]
    assert "feet" not in lex.count_nouns  # a unit, not a counted noun
    assert {"mm", "MM", "m"} <= lex.unit_like_scales
    assert "M" not in lex.unit_like_scales


@FAST
@given(cts.money(avoid={"currency:$", *(f"currency-before:{f}" for f, _ in lexicon().currency_before)}))
def test_avoid_leaves_forms_out(phrase: cts.Stated) -> None:
    assert not any(form.startswith(("currency:$", "currency-before:")) for form in phrase.forms)


@FAST
@given(cts.stated_sentence("measure"))
def test_known_limits_are_avoided_by_default(phrase: cts.Stated) -> None:
    assert not set(phrase.forms) & cts.KNOWN_EXTRACTOR_LIMITS


@FAST
@given(cts.stated_paragraphs(["money", "date"], min_sentences=2, max_sentences=3))
def test_paragraphs_join_sentences(example: tuple[str, list[Matcher]]) -> None:
    text, expected = example
    assert 2 <= len(expected) <= 3
    assert text.count(". ") >= 1


@FAST
@given(cts.inconsistent_paragraphs())
def test_inconsistent_paragraphs_name_a_known_code(example: tuple[str, str]) -> None:
    text, code = example
    assert code in cts.INCONSISTENCIES
    assert text


def test_unknown_kind_and_code_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown claim kind"):
        cts.stated_sentence("weather")
    with pytest.raises(ValueError, match="no strategy for CT999"):
        cts.inconsistent_paragraphs(["CT999"])


def test_strategies_are_hypothesis_strategies() -> None:
    for strategy in (cts.money(), cts.percent(), cts.date(), cts.duration(), cts.statement(), cts.range()):
        assert isinstance(strategy, st.SearchStrategy)
