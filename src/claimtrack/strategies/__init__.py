"""Hypothesis strategies: claims rendered into news prose, and paragraphs that cannot all be true.

Spellings (currencies, scale words, approximators, change verbs, units, months, weekdays,
date cues, speech cues) come from the same data files the extractors read, so a property
test exercises the extractor on its own vocabulary.

>>> from hypothesis import given, settings
>>> from claimtrack.testing import assert_claims
>>> @settings(max_examples=5, deadline=None)
... @given(stated_sentences(["money", "percent"]))
... def test_round_trip(example):
...     text, expected = example
...     assert_claims(text, *expected)
>>> test_round_trip()

Phrase strategies (one per claim kind) yield :class:`Stated` values: ``text``, the
``expected`` matchers, the ``kind`` and the ``forms`` (labels of the spellings chosen).
Pass ``avoid=`` a set of form labels to leave spellings out; by default the strategies
avoid :data:`KNOWN_EXTRACTOR_LIMITS`.
"""

from __future__ import annotations

from claimtrack.strategies.figures import change, count, measure, money, number, percent, quantity
from claimtrack.strategies.figures import range_ as range
from claimtrack.strategies.inconsistent import INCONSISTENCIES, inconsistent_paragraphs
from claimtrack.strategies.sentences import KINDS, stated_paragraphs, stated_sentence, stated_sentences, statement
from claimtrack.strategies.stated import KNOWN_EXTRACTOR_LIMITS, Stated
from claimtrack.strategies.temporal import date, duration

__all__ = [
    "INCONSISTENCIES",
    "KINDS",
    "KNOWN_EXTRACTOR_LIMITS",
    "Stated",
    "change",
    "count",
    "date",
    "duration",
    "inconsistent_paragraphs",
    "measure",
    "money",
    "number",
    "percent",
    "quantity",
    "range",
    "stated_paragraphs",
    "stated_sentence",
    "stated_sentences",
    "statement",
]
