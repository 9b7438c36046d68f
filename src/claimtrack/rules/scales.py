"""Scale words: CT303, the same figure repeated with another scale word.

Four ways a scale slip shows: a figure written twice with one mantissa and scale words a
thousandfold apart ("$18.7 million" / "$18.7 billion"); a change whose from and to are a
thousandfold apart though one scale word would bring them in line; a rise by more than the
level it reaches, which would start below zero ("rose 3.3 billion to 33.9 million"); and
a conversion in parentheses a thousandfold off any plausible exchange rate. Figures are bucketed by
mantissa and compared with at most :data:`WINDOW` earlier ones, so a long page costs
linear time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import cache
from itertools import pairwise

import regex

from claimtrack.lexicon import load_toml
from claimtrack.model import Claim
from claimtrack.rules.changes import changes, compatible, joined_changes, value_of
from claimtrack.rules.context import RuleContext
from claimtrack.rules.conversions import conversion_slips, scale_word
from claimtrack.rules.matching import same_unit, subject_words, written_number
from claimtrack.rules.registry import Finding
from claimtrack.rules.slips import ScaleSlip, scale_slip, start_below_zero, thousandfold

WINDOW = 20
"""How many earlier figures of one bucket a figure is compared with."""


def unit_key(claim: Claim) -> str:
    """A figure's unit as a bucket key: currency, "percent" / "points", or the unit."""
    if claim.kind == "money":
        return str(getattr(claim, "currency", None))
    if claim.kind == "percent":
        return "points" if getattr(claim, "points", False) else "percent"
    return str(getattr(claim, "unit", "")).lower().rstrip("s")


def _mantissa(claim: Claim) -> tuple[str, bool] | None:
    """The written number of a scaled figure ("18.7" of "$18.7 billion"), and whether it is distinctive.

    A distinctive number has a decimal part or three significant digits; a round one ("14",
    "160") repeats by chance.
    """
    surface = written_number(claim.text)
    value = getattr(claim, "value", None)
    if surface is None or not isinstance(value, Decimal):
        return None
    written = Decimal(surface.replace(",", ""))
    if written == 0 or abs(value) < 1000 or abs(value) == written:
        return None  # no scale word: "58 dlrs", "1.04 dlrs a share"
    digits = written.normalize().as_tuple().digits
    return surface, "." in surface or len(digits) >= 3


def _power_of_thousand(a: Decimal, b: Decimal) -> bool:
    if a == 0 or b == 0:
        return False
    ratio = max(abs(a), abs(b)) / min(abs(a), abs(b))
    return ratio in (Decimal(10) ** 3, Decimal(10) ** 6, Decimal(10) ** 9, Decimal(10) ** 12)


@cache
def repeat_lexicon() -> tuple[int, frozenset[str]]:
    """The context window (in words) and the context stopwords of ``rules.toml``'s [repeats]."""
    data = load_toml("rules")["repeats"]
    return int(data["context_window"]), frozenset(data["context_stop"])


_TOKEN = regex.compile(r"[\p{L}][\p{L}'’-]{0,39}")


def _context(claim: Claim, ctx: RuleContext) -> frozenset[str]:
    """Content words within a few words either side of a figure, in its sentence."""
    sentence = ctx.sentence_at(claim.field, claim.start)
    if sentence is None:
        return frozenset()
    window, stop = repeat_lexicon()
    text = ctx.text(claim.field)
    before = _TOKEN.findall(text, max(sentence.start, claim.start - 12 * window), claim.start)[-window:]
    after = _TOKEN.findall(text, claim.end, min(sentence.end, claim.end + 12 * window))[:window]
    return frozenset(w for w in subject_words(" ".join([*before, *after])) if w not in stop and len(w) > 2)


def _repeat_related(earlier: Claim, claim: Claim, distinctive: bool, ctx: RuleContext) -> bool:
    """Whether two figures with one mantissa may be the same figure.

    A distinctive mantissa ("18.7", "375") is, unless both subjects are given and differ;
    a round one ("6", "40", "500") only when the subjects or the words around the figures
    share a word ("$6bn to help buy" / "$6m which the bank lent to help buy").
    """
    words_a, words_b = subject_words(earlier.subject), subject_words(claim.subject)
    if words_a & words_b:
        return True
    if distinctive and not (words_a and words_b):
        return True
    if _written_one(claim):
        return False  # "$1 million" and "$1 billion" are thresholds and milestones: subjects must agree
    return bool(_context(earlier, ctx) & _context(claim, ctx))


def _written_one(claim: Claim) -> bool:
    """Whether a scaled figure's number is a plain one ("$1 million", "1bn", "one billion")."""
    surface = written_number(claim.text)
    return surface in ("1", "1.0") or claim.text.lower().lstrip("$€£¥ ").startswith("one ")


def check_scale_words(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT303: the same written figure repeated with another scale word."""
    buckets: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        value = getattr(claim, "value", None)
        if claim.kind not in ("money", "count", "measure") or not isinstance(value, Decimal):
            continue
        read = _mantissa(claim)
        if read is None:
            continue
        mantissa, distinctive = read
        bucket = buckets.setdefault((mantissa, claim.kind, f"{unit_key(claim)}/{getattr(claim, 'per', None)}"), [])
        for earlier in bucket[-WINDOW:]:
            earlier_value = getattr(earlier, "value", None)
            if not isinstance(earlier_value, Decimal) or not _power_of_thousand(earlier_value, value):
                continue
            if not _repeat_related(earlier, claim, distinctive, ctx):
                continue
            yield Finding(
                message=f"{claim.text} here, but {earlier.text} earlier: the same figure with another scale word",
                field=claim.field,
                start=claim.start,
                end=claim.end,
                related=(ctx.related(earlier, "same figure"),),
                suggestion=earlier.text,
            )
            break
        bucket.append(claim)
    flagged: set[tuple[str, int, int]] = set()
    for finding in (
        *_scale_slips(claims, ctx),
        *_below_zero_slips(claims, ctx),
        *_series_slips(claims, ctx),
        *conversion_slips(claims, ctx),
    ):
        if (finding.field, finding.start, finding.end) not in flagged:
            flagged.add((finding.field, finding.start, finding.end))
            yield finding


def _slip_suggestion(wrong: Claim, right: Claim) -> str | None:
    """The wrong figure with the right one's scale word ("22.24 million" -> "22.24 billion")."""
    place, model = scale_word(wrong.text), scale_word(right.text)
    if place is None or model is None:
        return None
    word = right.text[model[0] : model[1]]
    if word.lower() == wrong.text[place[0] : place[1]].lower():
        return None
    return wrong.text[: place[0]] + word + wrong.text[place[1] :]


def _odd_one(slip: ScaleSlip, neighbours: Sequence[Claim]) -> Claim | None:
    """Which end of a slipped change the other figures of its sentence disown, if they agree."""
    old_value, new_value = value_of(slip.old), value_of(slip.new)
    votes = 0
    for other in neighbours:
        value = value_of(other)
        if other.id in (slip.old.id, slip.new.id) or value is None or value <= 0 or not same_unit(other, slip.old):
            continue
        if old_value is None or new_value is None:
            return None
        near_old = abs((value / old_value).ln())
        near_new = abs((value / new_value).ln())
        votes += 1 if near_old < near_new else -1 if near_new < near_old else 0
    if votes > 0:
        return slip.new
    if votes < 0:
        return slip.old
    return None


def _scale_slips(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT303 inside a change: from and to a thousandfold apart, in line with one scale word changed."""
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in claims:
        if claim.kind in ("money", "count", "measure", "number"):
            by_sentence.setdefault((claim.field, claim.sentence), []).append(claim)
    for parts in [*changes(list(claims), ctx), *joined_changes(list(claims), ctx, comparisons=True)]:
        slip = scale_slip(parts)
        if slip is None:
            continue
        odd = _odd_one(slip, by_sentence.get((slip.new.field, slip.new.sentence), []))
        later = max((slip.old, slip.new), key=lambda c: (c.field == "text", c.start))
        wrong = odd or later
        right = slip.new if wrong is slip.old else slip.old
        shown = f"{(slip.ratio - 1) * 100:+.1f}%"
        yield Finding(
            message=(
                f"from {slip.old.text} to {slip.new.text} is a change of a thousandfold or more; "
                f"with one scale word changed it would be {shown}: a scale word is likely wrong"
            ),
            field=wrong.field,
            start=wrong.start,
            end=wrong.end,
            related=(ctx.related(right, "the other end of the change"),),
            suggestion=_slip_suggestion(wrong, right) if odd is not None else None,
        )


def _below_zero_slips(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT303 in a rise by more than the level reached: "rose 3.30 billion francs to 33.94 million"."""
    data = load_toml("rules")["balances"]
    balances, not_verbs = frozenset(data["words"]), frozenset(data["not_verbs"])
    for parts in changes(list(claims), ctx):
        slip = start_below_zero(parts, balances, not_verbs)
        if slip is None:
            continue
        yield Finding(
            message=(
                f"a rise of {slip.amount.text} to {slip.level.text} would start below zero; with one scale word "
                f"changed it would be {slip.share * 100:+.1f}%: a scale word is likely wrong"
            ),
            field=slip.wrong.field,
            start=slip.wrong.start,
            end=slip.wrong.end,
            related=(ctx.related(slip.right, "the other figure of the rise"),),
            suggestion=None,
        )


SERIES_GAP = 80
"""At most this many characters between two figures of one series."""
_GAP_WORD = regex.compile(r"[\p{L}][\p{L}'’.-]{0,30}|\d{1,4}")


@cache
def _series_words() -> tuple[frozenset[str], frozenset[str]]:
    data = load_toml("rules")["series"]
    return frozenset(data["links"]), frozenset(data["words"])


def _one_series(text: str) -> bool:
    """Whether the words between two figures put them in one series ("in November from")."""
    links, words = _series_words()
    if len(text) > SERIES_GAP or any(mark in text for mark in ";()"):
        return False
    tokens = [_POSSESSIVE_END.sub("", t.lower()) for t in _GAP_WORD.findall(text)]
    if not any(t in links for t in tokens):
        return False
    return all(t in links or t in words or t.isdigit() for t in tokens)


_POSSESSIVE_END = regex.compile(r"['’]s\Z")


def _series_slips(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT303 in a series: neighbouring figures of one series a thousandfold apart.

    "to 4.64 billion from 4.42 million in the third quarter and 3.51 billion a year earlier".
    """
    figures = [c for c in claims if c.kind in ("money", "count", "measure", "number", "percent")]
    by_sentence: dict[tuple[str, int], list[Claim]] = {}
    for claim in figures:
        by_sentence.setdefault((claim.field, claim.sentence), []).append(claim)
    judged = {  # the two ends of a change are judged with its direction and percent
        frozenset((parts.from_.id, parts.to.id))
        for parts in [*changes(list(claims), ctx), *joined_changes(list(claims), ctx, comparisons=True)]
        if parts.from_ is not None and parts.to is not None
    }
    for before, claim in pairwise(figures):
        if (before.field, before.sentence) != (claim.field, claim.sentence) or "percent" in (before.kind, claim.kind):
            continue
        if frozenset((before.id, claim.id)) in judged:
            continue
        if getattr(claim, "converted_from", None) or not compatible(before, claim):
            continue
        if not _one_series(ctx.text(claim.field)[before.end : claim.start]):
            continue
        found = thousandfold(before, claim)
        if not found:
            continue
        neighbours = by_sentence[(claim.field, claim.sentence)]
        votes = _votes(before, claim, neighbours)
        wrong, right = (before, claim) if votes < 0 else (claim, before)
        yield Finding(
            message=(
                f"{claim.text} beside {before.text} in one series is a thousandfold apart: a scale word is likely wrong"
            ),
            field=wrong.field,
            start=wrong.start,
            end=wrong.end,
            related=(ctx.related(right, "the figure beside it"),),
            suggestion=_slip_suggestion(wrong, right) if votes != 0 else None,
        )


def _votes(first: Claim, second: Claim, neighbours: Sequence[Claim]) -> int:
    """Positive when the other figures of the sentence side with ``first``, negative with ``second``."""
    a, b = value_of(first), value_of(second)
    votes = 0
    for other in neighbours:
        value = value_of(other)
        if other.id in (first.id, second.id) or value is None or value <= 0 or a is None or b is None:
            continue
        if not compatible(other, first) or abs(value) < 1000:
            continue
        near_a, near_b = abs((value / a).ln()), abs((value / b).ln())
        votes += 1 if near_a < near_b else -1 if near_b < near_a else 0
    return votes
