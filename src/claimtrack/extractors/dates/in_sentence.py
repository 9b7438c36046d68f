"""Dates read against another date of their own sentence: "the previous year", "a year earlier".

News dates a comparison against the period the sentence has just named: "exports of 34.7 mln
dlrs in 1986, up from 27.6 mln the previous year" (1985), "fell to 617 mln dlrs in February
from 693 mln a year earlier" (February of the year before). Unlike the story-wide anaphors
of :mod:`claimtrack.extractors.dates.anaphora`, these look only inside the sentence, where
the period they lean on is written; with none there they keep their own reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.dates.anaphora import period_before, same_period_years_before
from claimtrack.extractors.dates.durations import amount
from claimtrack.extractors.dates.normalize import Granularity, Reading
from claimtrack.extractors.dates.relative import Duration

__all__ = ["Hit", "previous_in_sentence", "year_earlier_in_sentence"]


@dataclass(slots=True)
class Hit:
    """A date or duration found by the scan, before it becomes a claim."""

    start: int
    end: int
    reading: Reading | Duration
    role: str


def year_earlier_in_sentence(match: re.Match[str], hits: list[Hit], ctx: FieldContext) -> Reading | None:
    """The same month or quarter a year before the first date of its sentence, for "a year earlier"; else None.

    "fell to 617 mln dlrs in February from 693 mln a year earlier" is February of the year
    before: the statistics idiom compares like periods. It compares with the sentence's own
    period, its first date, not a contrasted one after it ("7.3 billion in the fourth quarter
    from 4.32 billion in the third quarter and 4.55 billion a year earlier" is 1985's fourth).
    """
    if match["ago_w"].lower() != "earlier" or match["ago_u"].lower() != "year" or amount(match["ago_n"]) != 1:
        return None
    sentence_start = _sentence_start(match.start(), ctx)
    first, second = None, None
    for hit in reversed(hits):  # back to the sentence's start only: linear over the field
        if hit.start < sentence_start:
            break
        first, second = hit, first
    if first is None or first.role != "point" or not isinstance(first.reading, Reading):
        return None
    if second is not None and second.start - first.end <= _JOINED_GAP:
        return None  # "January and February 1987": one period, read whole later
    if _CONTRASTED_BEFORE.search(ctx.text, sentence_start, first.start):
        return None  # "against 27.52 pct in November": the sentence's own period is not written
    return same_period_years_before(first.reading, 1)


_JOINED_GAP = 6
"""Two dates this close are one interval or list ("January and February"), not one period."""
_CONTRASTED_BEFORE = re.compile(r"\b(?:from|against|compared\s{1,3}(?:with|to)|than|after|versus)\b", re.IGNORECASE)
"""Before the sentence's first date, a word that makes it a contrasted period, not the sentence's own."""


def _last_point_in_sentence(match: re.Match[str], hits: list[Hit], ctx: FieldContext) -> Reading | None:
    """The date right before ``match`` when it is a point date of the same sentence."""
    if not hits:
        return None
    sentence_start = _sentence_start(match.start(), ctx)
    last = hits[-1]
    if last.start < sentence_start or last.role != "point" or not isinstance(last.reading, Reading):
        return None
    return last.reading


_PERIODS: dict[str, Granularity] = {"week": "week", "month": "month", "quarter": "quarter", "year": "year"}


def previous_in_sentence(match: re.Match[str], hits: list[Hit], ctx: FieldContext) -> Reading | None:
    """The period before a date of its own sentence, for "the previous year" after it; else None.

    "Output fell in January from the previous month" is December; "bought a record 23.1
    billion dlrs in 1986, more than double the previous year" is 1985. With no date before it
    in the sentence, "the previous year" keeps its reading against the publication date.
    """
    granularity = _PERIODS.get(match["rel_u"].lower())
    if granularity is None:
        return None
    last = _last_point_in_sentence(match, hits, ctx)
    return period_before(last, granularity) if last is not None else None


def _sentence_start(offset: int, ctx: FieldContext) -> int:
    """Where the sentence holding ``offset`` starts in the field (0 for a field of one sentence)."""
    return ctx.sentences[ctx.sentence_index.of(offset)].start if ctx.sentences else 0
