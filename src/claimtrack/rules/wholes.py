"""CT202 part-exceeds-whole: a part larger than its whole, in the story or in the reference data.

Three sources of a whole, all conservative:

* **In the sentence.** A part said to belong to the figure before it: "200 employees, of
  whom 250 work in Paris", "Of Iceland's 380,000 people, 500,000 voted" (one unit, or a bare
  number of a count; no other figure between).
* **In the story.** A figure whose subject is marked as a whole ("total exports", "overall
  sales", "all staff") and a figure whose subject has the same words plus a few more
  ("steel exports", "remote staff"; not another owner's: "Toyota's car sales"), in the
  same currency or unit, the same country (the story's when none is named), at most
  :data:`MAX_SENTENCES_APART` sentences apart, and the same time: the same linked date,
  and when both clauses name a time, the same basis ("in May") or a shorter one for the
  part ("so far this year", "in the first half" are never compared). The part is flagged
  when even its lowest reading (rounding and approximators allowed) is above the whole's
  highest; the later of the two figures carries the flag.
* **In the reference data.** A figure confidently matched to a country's entry that is
  ``part_of`` a whole ("rare earth exports" of "goods exports"), above the whole's widened
  range for the same country, basis and currency.

Figures that state a change ("rose *by* $5 billion") or an earlier level ("*from* $3
billion") are not wholes, and changes are not parts.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

import regex

from claimtrack.model import Claim, DateClaim, MoneyClaim, Related
from claimtrack.reference import ReferenceSet, check_claim, detect_basis, match, whole_of
from claimtrack.reference.geography import scan_geography
from claimtrack.reference.loader import match_key
from claimtrack.reference.plausibility import describe
from claimtrack.reference.subjects import subject_phrase
from claimtrack.reference.words import partner_words
from claimtrack.rules.changes import change_roles
from claimtrack.rules.context import RuleContext
from claimtrack.rules.matching import figure_interval, same_unit
from claimtrack.rules.refdata import (
    JudgedClaim,
    judged,
    reference_candidates,
    reference_of,
    sentence_around,
    story_hint,
    with_subject,
)
from claimtrack.rules.registry import Finding

# A word that marks a subject as the whole: "total exports", "overall sales", "all staff".
_WHOLE_MARK = regex.compile(r"\b(?:total|overall|all|combined|entire|whole|aggregate)\b", regex.IGNORECASE)
MAX_EXTRA_WORDS = 3
"""At most this many words more in the part's subject than in the whole's."""
MAX_SENTENCES_APART = 3
"""A whole and its part stand at most this many sentences apart (same field)."""
BUCKET = 2000
"""Wholes are compared with parts at most one bucket of this many characters away."""
BUCKET_LIMIT = 20
"""At most this many wholes of one bucket are compared with a part (hostile text stays linear)."""
_NAME = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&.-]{0,40}")  # a capitalised word
_MONTHS = {"per_month": 1, "per_quarter": 3, "per_year": 12}
# Where a clause ends: a figure's time words are read in its own clause.
_CLAUSE_BREAK = regex.compile(r"[,;:()]|[ \t](?:and|but|while|whereas)[ \t]", regex.IGNORECASE)
# A time word of a figure's own clause: a period, a month, a year number, a span.
_TIME_WORD = regex.compile(
    r"""
    \b(?: years? | annual(?:ly)? | months? | monthly | quarters? | quarterly | half | halves | weeks?
      | since | so[ ]far | to[ ]date | cumulative | decade | daily | a[ ]day | per[ ]day
      | jan(?:uary)? | feb(?:ruary)? | march | april | may | june | july | aug(?:ust)?
      | sept?(?:ember)? | oct(?:ober)? | nov(?:ember)? | dec(?:ember)? | (?:19|20)\d\d | q[1-4] )\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Figure:
    """A figure as CT202 reads it."""

    claim: JudgedClaim
    subject: str
    key: frozenset[str]
    names: frozenset[str]
    """Lower-cased capitalised words of the subject past its first word: an owner ("Toyota's")."""
    whole: bool
    geography: str | None
    basis: str | None
    """The time basis read from the figure's own clause ("in May": per_month)."""
    dated: bool
    """The figure's clause has time words of its own (else it shares its neighbour's time)."""
    when: str | None
    unit: str
    low: Decimal
    high: Decimal | None


def _unit(claim: JudgedClaim) -> str:
    if isinstance(claim, MoneyClaim):
        return f"money:{claim.currency}"
    return f"{claim.kind}:{claim.unit.lower().rstrip('s')}"


def _geography(subject: str, sentence: str) -> tuple[bool, str | None]:
    """(usable, country): a partner country or a region makes the figure unusable."""
    subject_scan, sentence_scan = scan_geography(subject), scan_geography(sentence)
    if subject_scan.region or sentence_scan.region or len(subject_scan.codes) > 1:
        return False, None
    partners = partner_words()
    if any(mention.before in partners for mention in sentence_scan.mentions if mention.code is not None):
        return False, None
    if subject_scan.codes:
        return True, subject_scan.codes[0]
    if len(sentence_scan.codes) > 1:
        return False, None
    return True, (sentence_scan.codes[0] if sentence_scan.codes else None)


def _names(subject: str, sentence: str) -> frozenset[str]:
    """The match-key words of the subject's capitalised words (an owner: "Toyota's car sales").

    The first word of a sentence is capitalised anyway and does not count.
    """
    names = _NAME.findall(subject)
    if names and sentence.startswith(subject) and subject.startswith(names[0]):
        names = names[1:]
    return match_key(" ".join(names)) if names else frozenset()


def _read(claim: JudgedClaim, ctx: RuleContext, dates: dict[str, str], hint: str | None) -> _Figure | None:
    sentence = ctx.sentence_at(claim.field, claim.start)
    if sentence is None:
        return None
    subject = claim.subject or subject_phrase(sentence.text, claim.start - sentence.start)
    span = figure_interval(claim)
    if not subject or span is None or span[0] is None:
        return None
    clause = _clause(sentence.text, claim.start - sentence.start, claim.end - sentence.start)
    key = match_key(subject)
    usable, geography = _geography(subject, sentence_around(claim, ctx))
    if not key or not usable:
        return None
    return _Figure(
        claim=claim,
        subject=subject,
        key=key,
        names=_names(subject, sentence.text),
        whole=bool(_WHOLE_MARK.search(subject)),
        geography=geography or hint,  # a figure naming no country is the story's
        basis=detect_basis(clause),
        dated=bool(_TIME_WORD.search(clause)),
        when=dates.get(claim.when) if claim.when else None,
        unit=_unit(claim),
        low=span[0],
        high=span[1],
    )


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause of the sentence a figure at ``start:end`` stands in."""
    before = list(_CLAUSE_BREAK.finditer(sentence, max(0, start - 200), start))
    after = _CLAUSE_BREAK.search(sentence, end, min(len(sentence), end + 200))
    return sentence[before[-1].end() if before else 0 : after.start() if after else len(sentence)]


def _same_time(part: _Figure, whole: _Figure) -> bool:
    """Whether the part's period lies within the whole's (conservatively: when sure)."""
    if part.when is not None and whole.when is not None and part.when != whole.when:
        return False
    if not (part.dated and whole.dated):
        return True  # one clause names no time: it shares the other's ("in May, and its copper exports")
    if part.basis is None or whole.basis is None:
        return False  # "so far this year", "in the first half": not comparable
    return part.basis == whole.basis or _MONTHS[part.basis] < _MONTHS[whole.basis]


def _belongs(part: _Figure, whole: _Figure) -> bool:
    extra = part.key - whole.key
    return (
        not part.whole
        and not extra & part.names  # "Toyota's car sales" is not a part of Ford's total
        and part.claim.field == whole.claim.field
        and abs(part.claim.sentence - whole.claim.sentence) <= MAX_SENTENCES_APART
        and whole.key < part.key
        and len(extra) <= MAX_EXTRA_WORDS
        and part.unit == whole.unit
        and (part.geography is None or whole.geography is None or part.geography == whole.geography)
        and _same_time(part, whole)
    )


def _date_values(ctx: RuleContext) -> dict[str, str]:
    return ctx.memo("plausibility-dates", lambda: {c.id: c.value for c in ctx.claims if isinstance(c, DateClaim)})


def _in_story(figures: list[_Figure]) -> Iterator[Finding]:
    """Each part above a whole within :data:`MAX_SENTENCES_APART` sentences (one flag per part).

    Wholes are bucketed by position (:data:`BUCKET` characters), so each part is compared
    with the wholes of its own and the neighbouring buckets only.
    """
    wholes: dict[tuple[str, int], list[_Figure]] = {}
    for figure in figures:
        if figure.whole:
            wholes.setdefault((figure.claim.field, figure.claim.start // BUCKET), []).append(figure)
    if not wholes:
        return
    for part in figures:
        bucket = part.claim.start // BUCKET
        whole = next(
            (
                whole
                for near in (bucket - 1, bucket, bucket + 1)
                for whole in wholes.get((part.claim.field, near), ())[:BUCKET_LIMIT]
                if whole.high is not None and part.low > whole.high and _belongs(part, whole)
            ),
            None,
        )
        if whole is None:
            continue
        later, earlier = (part, whole) if part.claim.start > whole.claim.start else (whole, part)
        yield Finding(
            message=(
                f"{part.claim.text} ({part.subject}) is more than {whole.claim.text} ({whole.subject}), "
                "the whole it is part of"
            ),
            field=later.claim.field,
            start=later.claim.start,
            end=later.claim.end,
            related=(_related(earlier, "whole" if earlier is whole else "part"),),
        )


def _related(figure: _Figure, note: str) -> Related:
    claim = figure.claim
    return Related(field=claim.field, start=claim.start, end=claim.end, claim=claim.id, note=note)


def _reference_whole(claim: JudgedClaim, ctx: RuleContext, reference: ReferenceSet, hint: str | None) -> Finding | None:
    """A part above the reference range of its whole (same country, basis and currency)."""
    if claim.subject is None or claim.kind == "count":
        return None
    sentence = sentence_around(claim, ctx)
    units = {"currency": claim.currency} if isinstance(claim, MoneyClaim) else {"unit": claim.unit}
    part = match(claim.subject, sentence, kind=claim.kind, geography_hint=hint, reference=reference, **units)
    if part is None or part.entry.geography != part.geography:
        return None  # bounded by the world's entry, or an entry for anywhere: no country's whole
    whole_entry = whole_of(part.entry, reference=reference)
    if whole_entry is None:
        return None
    whole = match(
        whole_entry.subject,
        kind=claim.kind,
        geography_hint=part.geography,
        basis_hint=part.basis,
        reference=reference,
        **units,
    )
    if whole is None or whole.entry.subject != whole_entry.subject or whole.entry.geography != part.geography:
        return None
    high = whole.window(ctx.published)[1]
    span = figure_interval(claim)
    if span is None or span[0] is None or span[0] <= high:
        return None
    unit = claim.currency if isinstance(claim, MoneyClaim) else claim.unit
    entry = whole.entry
    checked = "verified" if entry.verified else "unverified"
    message = (
        f"{claim.text} for {part.geography} {part.entry.subject} is more than the whole it is part of: "
        f"{part.geography} {entry.subject} is at most {describe(high, unit)} ({entry.source}, {entry.as_of}, {checked})"
    )
    verdict = check_claim(
        claim, sentence, published=ctx.published, geography_hint=hint, reference=reference, infer=False
    )
    suggestion = verdict.suggestion if verdict is not None else None
    if suggestion:
        message += f"; did you mean {suggestion}?"
    return Finding(message=message, field=claim.field, start=claim.start, end=claim.end, suggestion=suggestion)


# Between a whole and its part in one sentence: "200 employees in France, of whom 250 ...".
_OF_WHICH = regex.compile(r"[^\d.;:!?]{0,40}?,[ \t]{0,3}of[ \t]{1,3}(?:which|whom)[ \t]{1,3}", regex.IGNORECASE)
# Before a whole put first: "Of Iceland's 380,000 people, 500,000 voted."
_OF_FRONTED = regex.compile(r"(?:^|[.;:!?][ \t]{1,3})Of[ \t]{1,3}(?:[\p{L}'’]{1,30}[ \t]{1,3}){0,3}\Z")
# Between a fronted whole and its part: "Of the 380,000 people, 500,000 ...".
_FRONTED_GAP = regex.compile(r"[^\d.;:!?]{0,40}?,[ \t]{0,3}")
_PART_KINDS = frozenset({"money", "count", "measure", "number"})


def _part_fits(whole: Claim, part: Claim) -> bool:
    """Whether a part can be compared with its whole: one unit, or a bare number of a count."""
    if part.kind == whole.kind:
        return same_unit(whole, part)
    return part.kind == "number" and whole.kind == "count"


def _stated_parts(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """A part larger than the whole it is said to belong to in the same sentence.

    "The firm has 200 employees, of whom 250 work in Paris"; "Of Iceland's 380,000 people,
    500,000 voted". Only neighbouring figures are paired, with no other figure between.
    """
    figures = [c for c in claims if c.kind in _PART_KINDS and getattr(c, "converted_from", None) is None]
    for whole, part in pairwise(figures):
        if (whole.field, whole.sentence) != (part.field, part.sentence) or not _part_fits(whole, part):
            continue
        text = ctx.text(whole.field)
        sentence = ctx.sentence_at(whole.field, whole.start)
        begin = sentence.start if sentence is not None else 0
        stated = _OF_WHICH.fullmatch(text, whole.end, part.start) is not None or (
            _FRONTED_GAP.fullmatch(text, whole.end, part.start) is not None
            and _OF_FRONTED.search(text, max(begin, whole.start - 60), whole.start) is not None
        )
        whole_span, part_span = figure_interval(whole), figure_interval(part)
        if not stated or whole_span is None or part_span is None:
            continue
        if whole_span[1] is not None and part_span[0] is not None and part_span[0] > whole_span[1]:
            yield Finding(
                message=f"{part.text} is given as a part of {whole.text}, but it is larger than the whole",
                field=part.field,
                start=part.start,
                end=part.end,
                related=(ctx.related(whole, "the whole"),),
            )


def check_part_whole(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT202: a part larger than its whole, in one sentence, in the same story or in the reference data."""
    flagged: set[str] = set()
    for found in _stated_parts(claims, ctx):
        flagged.add(f"{found.field}:{found.start}")
        yield found
    batch = list(judged(claims))
    if not batch:
        return
    reference = reference_of(ctx)
    roles = change_roles(ctx)
    if _has_whole(batch, ctx):
        hint = story_hint(claims, ctx)
        dates = _date_values(ctx)
        figures: list[_Figure] = []
        for claim in batch:
            figure = _read(claim, ctx, dates, hint) if roles.get(claim.id) not in ("by", "from") else None
            if figure is not None:
                figures.append(figure)
        for found in _in_story(figures):
            flagged.add(f"{found.field}:{found.start}")
            yield found
    for claim in batch:
        if roles.get(claim.id) == "by" or f"{claim.field}:{claim.start}" in flagged:
            continue
        claim = with_subject(claim, ctx, reference)
        if not any(entry.part_of for entry in reference_candidates(claim.subject, reference)):
            continue  # no entry of this subject is part of a whole
        finding = _reference_whole(claim, ctx, reference, story_hint(claims, ctx))
        if finding is not None:
            yield finding


def _has_whole(batch: list[JudgedClaim], ctx: RuleContext) -> bool:
    """Whether any figure's clause marks a whole ("total", "overall"): else no pair to compare."""
    text = ctx.text
    return any(_WHOLE_MARK.search(text(claim.field), max(0, claim.start - 120), claim.start) for claim in batch)
