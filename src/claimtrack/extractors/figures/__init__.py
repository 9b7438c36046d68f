"""Figures: numbers, money, percents, counts, measures, ranges and changes (issue 2).

One compiled scanner finds the anchors (digits, currency symbols, number words); each is
read locally (:mod:`.scanner`), joined into ranges and conversions (:mod:`.joins`),
filtered against years, names and references (:mod:`.filters`), and turned into claims
with their approximator, hedge and subject; change words then link the figures
(:mod:`.changes`).

>>> from claimtrack.extractors.context import FieldContext
>>> from claimtrack.settings import Settings
>>> ctx = FieldContext.build("Exports fell 48.3% to $18.7 billion.", "text", None, Settings())
>>> [(c.kind, c.text) for c in find_figures(ctx)]
[('percent', '48.3%'), ('money', '$18.7 billion'), ('change', 'fell 48.3% to $18.7 billion')]
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import replace

import regex

import claimtrack.extractors.figures.patterns as pat
from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.figures import filters
from claimtrack.extractors.figures.changes import Change, find_outer_changes
from claimtrack.extractors.figures.compounds import compound_name
from claimtrack.extractors.figures.joins import join_range, join_ratio, join_to_one, read_conversion
from claimtrack.extractors.figures.mention import Mention
from claimtrack.extractors.figures.numbers import parse_number, tidy
from claimtrack.extractors.figures.polls import poll_points
from claimtrack.extractors.figures.scanner import Reader
from claimtrack.extractors.figures.shared_units import shared_units
from claimtrack.extractors.figures.subject import subject_after_of, subject_of_figure
from claimtrack.model import (
    ChangeClaim,
    Claim,
    CountClaim,
    MeasureClaim,
    MoneyClaim,
    NumberClaim,
    PercentClaim,
    RangeClaim,
    claim_id,
)
from claimtrack.text.sentences import SentenceIndex

__all__ = ["find_figures", "parse_number"]

_APPROX_WINDOW = 32
_HEDGE_WINDOW = 70


class _Reserved:
    """Spans owned by other extractors (dates, durations), for overlap tests."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = sorted(spans)
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]
        self.max_end: list[int] = []
        best = -1
        for end in self.ends:
            best = max(best, end)
            self.max_end.append(best)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_right(self.starts, end - 1) - 1
        return index >= 0 and self.max_end[index] > start


def _keep(text: str, m: Mention, sentence_start: int, reserved: _Reserved) -> bool:
    if reserved.overlaps(m.number_start, m.number_end):
        return False
    if m.compound:
        return not compound_name(text, m, sentence_start)
    if (
        m.is_range
        and m.kind == "count"
        and not m.spelled
        and filters.named_after_word(text, m.number_start, m.number_end, sentence_start=sentence_start)
    ):
        return False  # "Boeing 737-800 jets", "Section 5-7 pages": a name, no range of counts
    if m.spelled:
        if filters.spelled_name(text, m.number_start, m.number_end, sentence_start=sentence_start):
            return False  # "Ground Zero", "Zero Hedge": a name
        if m.kind == "number" and not m.is_range and 1 <= m.value < 1000 and m.value == int(m.value):
            return text[m.start : m.end].lower().endswith("fold")  # "the two said": no figure
        return True
    if "/" in text[m.number_start : m.number_end] and not m.has_suffix:
        return False  # "3/4" alone may be a date; "3/4 mile" is a figure
    bare = m.kind in ("number", "count") and not m.is_range
    if m.kind == "number" and not m.is_range and filters.bare_name(text, m.end):
        return False
    return not filters.non_claim(
        text,
        m.start if m.prefix or m.signed else m.number_start,
        m.number_end,
        m.value,
        sentence_start=sentence_start,
        bare=bare,
        scaled=m.scale != 1,
    )


_DIGITS, _WORDS, _URL = 0, 1, 2
_DIGIT_RUN = regex.compile(r"\d{1,40}")
_URL_START = regex.compile(r"(?:https?://|www\.)[^\s<>\"]{1,2000}", regex.IGNORECASE)


def _candidates(reader: Reader) -> Iterator[tuple[int, int]]:
    """Where figures may start, in order: digit runs, number words, and URLs to skip.

    Each scan runs to the end before any reading starts: a ``regex`` timeout counts the
    whole life of an iterator, and the reading must not be charged to the scan.
    """
    text = reader.text
    return heapq.merge(
        [(m.start(), _DIGITS) for m in _DIGIT_RUN.finditer(text, timeout=pat.TIMEOUT)],
        [(m.start(), _WORDS) for m in reader.p.word_anchor.finditer(text, timeout=pat.TIMEOUT)],
        [(m.start(), _URL) for m in _URL_START.finditer(text, timeout=pat.TIMEOUT)],
    )


def _url_length(reader: Reader, position: int) -> int:
    """The length of the URL starting at ``position``."""
    match = _URL_START.match(reader.text, position, timeout=pat.TIMEOUT)
    return len(match.group()) if match else 1


def _anchor_at(reader: Reader, position: int, source: int) -> regex.Match[str] | None:
    """The anchor match for a candidate: digits are read with the currency or sign before them."""
    text = reader.text
    if source == _WORDS:
        lead = reader.p.word_lead.search(text, max(0, position - 14), position, timeout=pat.TIMEOUT)
        start = lead.start() if lead is not None else position
        match = reader.p.anchor.match(text, start, timeout=pat.TIMEOUT)
        if match is None and start < position:
            match = reader.p.anchor.match(text, position, timeout=pat.TIMEOUT)
        return match
    lead = reader.p.lead.search(text, max(0, position - 12), position, timeout=pat.TIMEOUT)
    if lead is not None and lead.start() < position:
        match = reader.p.anchor.match(text, lead.start(), timeout=pat.TIMEOUT)
        if match is not None and match.end() > position:
            return match
    return reader.p.anchor.match(text, position, timeout=pat.TIMEOUT)


def _scan(ctx: FieldContext, reserved: _Reserved) -> tuple[list[Mention], list[tuple[int, int]]]:
    """The figure mentions of a field, in order, and the spans of its sentences."""
    text = ctx.text
    reader = Reader(text, ctx.settings.locale.default_currency, ctx.settings.locale.decimal_comma)
    spans = [(s.start, s.end) for s in ctx.sentences] or [(0, len(text))]
    starts = [s for s, _ in spans]
    mentions: list[Mention] = []
    consumed = 0
    for position, source in _candidates(reader):
        if position < consumed:
            continue
        if source == _URL:
            consumed = position + _url_length(reader, position)
            continue
        match = _anchor_at(reader, position, source)
        if match is None:
            continue
        if match.group("skip") is not None:
            consumed = match.end()
            continue
        sentence = spans[max(0, bisect_right(starts, match.start()) - 1)]
        sentence = (sentence[0], max(sentence[1], match.end()))
        mention = reader.read_at(match, sentence)
        if mention is None:
            continue
        ratio = join_to_one(text, mention)
        if ratio is not None:
            mention, stop = ratio, ratio.end  # "a 3 to 1 margin"
        else:
            mention, stop = join_range(reader, mention, sentence)
            mention = join_ratio(text, mention, sentence[0])
            if mentions and mention.start <= mentions[-1].start:
                mentions.pop()  # "1 in 4 residents": the "1" read alone is part of the ratio
        consumed = max(stop, mention.end) if mention.rescan is None else mention.rescan
        if not _keep(text, mention, sentence[0], reserved):
            continue
        mentions.append(poll_points(text, mention, sentence))
        conversion = read_conversion(reader, mention, sentence)
        if conversion is not None:
            converted, consumed = conversion
            primary = len(mentions) - 1
            rate = reader.rate_after([mentions[primary], *converted], consumed)
            if rate is not None:  # "9 billion shekels ($2.4 billion) a year": both are per year
                per, consumed = rate
                mentions[primary] = replace(mentions[primary], per=per)
                converted = [replace(c, per=per) for c in converted]
            mentions.extend(Mention(**{**c.__dict__, "converted_from": primary}) for c in converted)
    return mentions, spans


def _tidy(m: Mention) -> Mention:

    return replace(
        m,
        value=tidy(m.value),
        low=tidy(m.low) if m.low is not None else None,
        high=tidy(m.high) if m.high is not None else None,
    )


def _claim(ctx: FieldContext, m: Mention, index: SentenceIndex, ids: list[str], sentence_start: int) -> Claim:
    text = ctx.text
    m = _tidy(m)
    approx_match = _approx(ctx, m, sentence_start)
    common = {
        "text": text[m.start : m.end],
        "field": ctx.field,
        "start": m.start,
        "end": m.end,
        "sentence": index.of(m.start),
        "approx": approx_match,
        "hedge": _hedge(ctx, m.start, sentence_start),
        "subject": subject_of_figure(text, m.start, sentence_start, count=m.kind == "count")
        or subject_after_of(text, m.end, min(len(text), m.end + 80)),
    }
    converted = ids[m.converted_from] if m.converted_from is not None else None
    if m.is_range:
        assert m.low is not None
        assert m.high is not None
        of = m.kind if m.kind in ("money", "percent", "count", "measure") else "number"
        return RangeClaim(
            id=claim_id("range", ctx.field, m.start, m.end),
            low=m.low,
            high=m.high,
            of=of,
            currency=m.currency,
            unit=m.per if of == "money" else m.unit,
            points=m.points if of == "percent" else None,
            **common,
        )
    cid = claim_id(m.kind, ctx.field, m.start, m.end)
    if m.kind == "money":
        return MoneyClaim(id=cid, value=m.value, currency=m.currency, per=m.per, converted_from=converted, **common)
    if m.kind == "percent":
        return PercentClaim(id=cid, value=m.value, points=m.points, **common)
    if m.kind == "count":
        return CountClaim(id=cid, value=m.value, unit=m.unit or "", **common)
    if m.kind == "measure":
        return MeasureClaim(id=cid, value=m.value, unit=m.unit or "", converted_from=converted, **common)
    return NumberClaim(id=cid, value=m.value, **common)


def _approx(ctx: FieldContext, m: Mention, sentence_start: int) -> str | None:
    from claimtrack.extractors.figures.patterns import patterns
    from claimtrack.extractors.figures.vocab import vocabulary

    match = patterns().approx_before.search(
        ctx.text, max(sentence_start, m.start - _APPROX_WINDOW), m.start, timeout=pat.TIMEOUT
    )
    if match is None and sentence_start > 0 and m.start - sentence_start <= 1:
        # an abbreviated approximator the sentence splitter took for a full stop ("ca. 38")
        match = patterns().approx_before.search(
            ctx.text, max(0, m.start - _APPROX_WINDOW), m.start, timeout=pat.TIMEOUT
        )
        if match is None or not (match.group("approx") or "").endswith("."):
            return None
    if match is None:
        return "over" if ctx.text.startswith(("-plus", "‐plus"), m.number_end) else None  # "20-plus states"
    if match.group("approx_prefix"):
        return "under"
    phrase = " ".join(match.group("approx").lower().split())
    if phrase == "up to" and _word_before(ctx.text, match.start()) in vocabulary().motion_verbs:
        return None  # "prices went up to $2.90": a rise to the figure, not a bound
    return vocabulary().approx.get(phrase)


_LAST_WORD = regex.compile(r"(\p{L}{1,30})[ \t\u00a0]{1,3}\Z")


def _word_before(text: str, end: int) -> str:
    """The word right before ``end`` (lower case), or ""."""
    found = _LAST_WORD.search(text, max(0, end - 40), end)
    return found.group(1).lower() if found is not None else ""


def _hedge(ctx: FieldContext, start: int, sentence_start: int) -> str | None:
    from claimtrack.extractors.figures.patterns import patterns

    found = None
    for match in patterns().hedge.finditer(
        ctx.text, max(sentence_start, start - _HEDGE_WINDOW), start, timeout=pat.TIMEOUT
    ):
        found = match.group().lower()
    return found


def _change_claim(
    ctx: FieldContext, change: Change, ids: list[str], index: SentenceIndex, sentence_start: int
) -> ChangeClaim:
    return ChangeClaim(
        id=claim_id("change", ctx.field, change.start, change.end),
        text=ctx.text[change.start : change.end],
        field=ctx.field,
        start=change.start,
        end=change.end,
        sentence=index.of(change.start),
        subject=change.subject,
        hedge=_hedge(ctx, change.start, sentence_start),
        direction=change.direction,
        by=ids[change.by] if change.by is not None else None,
        from_=ids[change.from_] if change.from_ is not None else None,
        to=ids[change.to] if change.to is not None else None,
        basis=change.basis,
        verb=change.verb,
    )


def _open_subject(text: str, claim: Claim, sentence_start: int) -> bool:
    """Whether a change may give a figure its subject.

    It may when the figure has none, or only the whole after "of" ("fell to 2.9% of GDP":
    the deficit fell, GDP is the base).
    """
    if claim.subject is None:
        return True
    own = subject_of_figure(text, claim.start, sentence_start, count=claim.kind == "count")
    return own is None and claim.subject == subject_after_of(text, claim.end, min(len(text), claim.end + 80))


def find_figures(ctx: FieldContext, reserved: Sequence[tuple[int, int]] = ()) -> list[Claim]:
    """Every figure and change claim of one field, figures first, each in text order.

    Args:
        ctx: the field to read.
        reserved: spans claimed by other extractors (dates and durations); numbers inside
            them produce no figure.
    """
    if not ctx.text:
        return []
    mentions, spans = _scan(ctx, _Reserved(reserved))
    changes = find_outer_changes(ctx.text, mentions, spans)
    mentions = shared_units(ctx.text, mentions, changes, spans)
    index = ctx.sentence_index
    starts = [s for s, _ in spans]
    claims: list[Claim] = []
    ids: list[str] = []
    for m in mentions:
        sentence_start = spans[max(0, bisect_right(starts, m.start) - 1)][0]
        claim = _claim(ctx, m, index, ids, sentence_start)
        claims.append(claim)
        ids.append(claim.id)
    subjects: dict[int, str] = {}
    for change in changes:
        sentence_start = spans[max(0, bisect_right(starts, change.start) - 1)][0]
        claims.append(_change_claim(ctx, change, ids, index, sentence_start))
        for linked in (change.by, change.to, change.from_):
            if linked is not None and change.subject and _open_subject(ctx.text, claims[linked], sentence_start):
                subjects[linked] = change.subject
    for position, subject in subjects.items():
        claims[position] = claims[position].model_copy(update={"subject": subject})
    return claims
