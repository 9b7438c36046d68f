"""A headline figure against the body of its story: CT302.

A headline figure passes when a figure of its story's body supports it, read as rounded
or cut short ("$16bn" for $16.6bn), or when the body implies it (the difference or percent
change of two figures of one sentence). The lead sentences of the main story count first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from claimtrack.model import Claim
from claimtrack.rules.consistency import COMPARED_KINDS, CONSISTENCY, consistent, roles_of
from claimtrack.rules.context import RuleContext
from claimtrack.rules.matching import (
    Interval,
    agree,
    contains,
    figure_interval,
    interval,
    respell,
    same_unit,
    subject_words,
    tolerance,
    trailing_zeros,
    written_number,
)
from claimtrack.rules.registry import Finding, Rule, RuleDocs, register
from claimtrack.rules.scales import repeat_lexicon

LEAD_SENTENCES = 3
"""How many opening sentences of the main story its headline figure is expected to come from."""


def _same_precision_apart(a: Claim, b: Claim) -> bool:
    """Two exact figures written to the same precision with different values."""
    value_a, value_b = getattr(a, "value", None), getattr(b, "value", None)
    if not isinstance(value_a, Decimal) or not isinstance(value_b, Decimal) or a.approx or b.approx:
        return False
    return value_a != value_b and tolerance(value_a, a.text) == tolerance(value_b, b.text)


BOUND_REACH = Decimal("1.5")
"""How far past a bound ("over 70%") a figure may be and still be read as the same one."""


def _far_beyond_a_bound(bound: Claim, other: Claim) -> bool:
    """A figure with an open bound ("over", "under") and another far past that bound."""
    value, other_value = getattr(bound, "value", None), getattr(other, "value", None)
    if bound.approx not in ("over", "at_least", "under", "at_most"):
        return False
    if not isinstance(value, Decimal) or not isinstance(other_value, Decimal) or value <= 0 or other_value <= 0:
        return False
    return not 1 / BOUND_REACH <= other_value / value <= BOUND_REACH


def _headlineconsistent(head: Claim, peer: Claim) -> bool:
    """Whether a body figure supports a headline figure, read as rounded or cut short.

    Headlines often cut figures short ("$16bn" for $16.6bn), so the headline's interval
    reaches a full unit of its last digit above the value, for a body figure written with
    more digits ("1.2%" is not a cut-short "1.3%").
    """
    value, peer_value = getattr(head, "value", None), getattr(peer, "value", None)
    if _same_precision_apart(head, peer):
        return False  # "1.2%" and "1.1%" only touch at a rounding edge
    if _far_beyond_a_bound(head, peer) or _far_beyond_a_bound(peer, head):
        return False  # "over 70%" gives no support to a headline's 146%
    if consistent(head, peer) or head.approx is not None or not isinstance(value, Decimal) or value <= 0:
        return consistent(head, peer)
    peer_span = figure_interval(peer)
    half = tolerance(value, head.text)
    if isinstance(peer_value, Decimal) and tolerance(peer_value, peer.text) >= half:
        return False
    return peer_span is None or agree((value - half, value + 3 * half), peer_span)


HEADLINE_RATIO = Decimal(4)
"""A body figure contradicts a headline figure only within this ratio: farther apart, they
measure different things."""
_PAIR_CAP = 8
"""At most this many figures of one sentence are paired when looking for derived values."""


def _head_span(head: Claim, cut_short: bool) -> Interval | None:
    """A headline figure read loosely, as the values it may stand for.

    Trailing zeros are not significant ("$300m" is about $250m-$350m), and with
    ``cut_short`` the figure may stand for one with more digits ("$16bn" for $16.6bn).
    """
    value = getattr(head, "value", None)
    written = written_number(head.text)
    if not isinstance(value, Decimal) or written is None:
        return None
    half = tolerance(value, head.text)
    loose = half
    if "." not in written:
        loose = half * Decimal(10) ** min(trailing_zeros(written), len(written.replace(",", "")) - 1)
    low, high = interval(value, head.text, head.approx)
    return (
        None if low is None else min(low, value - loose),
        None if high is None else max(high, value + loose, value + (3 * half if cut_short else 0)),
    )


def _derived(head: Claim, body: list[Claim]) -> list[Decimal]:
    """Values a headline figure may give without the body writing them.

    For a percent: the percent change between two figures of one sentence in one unit, or
    the difference of two percents. For another figure: the difference of two figures of
    one sentence in its unit.
    """
    by_sentence: dict[int, list[tuple[Claim, Decimal]]] = {}
    for claim in body:
        value = getattr(claim, "value", None)
        group = by_sentence.setdefault(claim.sentence, [])
        if isinstance(value, Decimal) and len(group) < _PAIR_CAP:
            group.append((claim, value))
    found: list[Decimal] = []
    for group in by_sentence.values():
        for index, (a, value_a) in enumerate(group):
            for b, value_b in group[index + 1 :]:
                if not same_unit(a, b):
                    continue
                if same_unit(a, head):
                    found.append(abs(value_a - value_b))
                small, large = sorted((abs(value_a), abs(value_b)))
                if head.kind == "percent" and a.kind != "percent" and small > 0:
                    found += [(large / small - 1) * 100, (1 - small / large) * 100]
    return found


def _unsupported(
    head: Claim, same: list[Claim], body: list[Claim], roles: dict[str, str], ctx: RuleContext
) -> list[Claim]:
    """Body figures of the headline figure's kind and unit, when nothing in the body supports it.

    A headline figure that no figure of its story gives, in any rounding, while the story
    gives figures of that kind and unit of like size, contradicts it ("Marsh cuts 7,500
    jobs" over a story of 2,500 job cuts). Support is read loosely: any figure of the kind
    with that value (another currency code or counted noun), or a difference or percent
    change of two figures of one sentence. The figures are ranked: same role in a change
    first, then by the headline words their sentences share.
    """
    value, span, loose = getattr(head, "value", None), _head_span(head, False), _head_span(head, True)
    if not isinstance(value, Decimal) or value <= 0 or span is None or loose is None:
        return []
    if any(_headlineconsistent(head, peer) for peer in same):
        return []
    if span[0] is not None and span[1] is not None:  # an open bound ("above $100") matches too much
        for claim in body:
            other = getattr(claim, "value", None)
            if claim.kind in (head.kind, "number") and isinstance(other, Decimal) and contains(span, abs(other)):
                return []
        if any(contains(loose, derived) for derived in _derived(head, body)):
            return []
    peers = []
    for peer in same:
        other = getattr(peer, "value", None)
        near = isinstance(other, Decimal) and other > 0 and 1 / HEADLINE_RATIO <= other / value <= HEADLINE_RATIO
        if peer.hedge is None and near:
            peers.append(peer)
    if not peers:
        return []
    keywords = _keywords(ctx.text("title"))
    role = roles.get(head.id, "level")

    def rank(peer: Claim) -> tuple[bool, int, int]:
        shared = len(keywords & _sentence_keywords(peer, ctx))
        return (roles.get(peer.id, "level") != role, -shared, peer.start)

    return sorted(peers, key=rank)


def _sentence_keywords(claim: Claim, ctx: RuleContext) -> frozenset[str]:
    """The keywords of a claim's sentence, read once per sentence of the document."""
    cache: dict[tuple[str, int], frozenset[str]] = ctx.memo("sentence-keywords", dict)
    key = (claim.field, claim.sentence)
    if key not in cache:
        cache[key] = _keywords(ctx.sentence_text(claim.field, claim.start))
    return cache[key]


def _keywords(text: str) -> frozenset[str]:
    _, stop = repeat_lexicon()
    return frozenset(w for w in subject_words(text) if w not in stop and len(w) > 2 and not w.isdigit())


def check_headline(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT302: a headline figure that no figure of its story's body supports."""
    roles = roles_of(ctx)
    titles = [
        c
        for c in claims
        if c.field == "title" and c.kind in COMPARED_KINDS and isinstance(getattr(c, "value", None), Decimal)
    ]
    body = [c for c in claims if c.field == "text" and c.kind in COMPARED_KINDS]
    for head in titles:
        role = roles.get(head.id, "level")
        words = subject_words(head.subject)
        same = [c for c in body if same_unit(c, head)]
        lead = [c for c in same if c.sentence < LEAD_SENTENCES]
        related = [
            c
            for c in same
            if words & subject_words(c.subject)
            or (not c.subject and c.sentence >= LEAD_SENTENCES and roles.get(c.id, "level") == role)
        ]
        if any(_headlineconsistent(head, peer) for peer in [*lead, *related]):
            continue  # the lead, or a figure that may be about the same thing, gives it
        peers = [c for c in same if roles.get(c.id, "level") == role and c.hedge is None]
        matching = [peer for peer in peers if words & subject_words(peer.subject)] if words else []
        if head.kind == "percent":
            fallback = lead
        elif role.startswith("by-"):  # "lending rises 3.2 billion": the lead's change of that direction
            fallback = [c for c in lead if roles.get(c.id, "level") == role]
        else:
            fallback = []
        candidates = matching or fallback or _unsupported(head, same, body, roles, ctx)
        if not candidates:
            continue
        best = candidates[0]
        head_value, best_value = getattr(head, "value", None), getattr(best, "value", None)
        suggestion = None
        if len(candidates) == 1 and isinstance(head_value, Decimal) and isinstance(best_value, Decimal):
            suggestion = respell(head.text, head_value, best_value)
        yield Finding(
            message=f"the headline says {head.text}, but the story says {best.text}",
            field="title",
            start=head.start,
            end=head.end,
            related=tuple(ctx.related(peer, "body figure") for peer in candidates[:3]),
            suggestion=suggestion,
        )


register(
    Rule(
        code="CT302",
        name="headline-mismatch",
        family=CONSISTENCY,
        severity="error",
        summary="A headline figure contradicts the body.",
        docs=RuleDocs(
            what_it_does="Checks each headline figure against the figures of the story it heads.",
            why_is_this_bad="Readers who only see the headline take its figure away; it must match the story.",
            example="Title: Exports fall 52%\nBody: Exports fell 48.3% in May.",
            use_instead="Title: Exports fall 48%\nBody: Exports fell 48.3% in May.",
            known_problems=(
                "A rounded or cut-short headline figure passes, and so does one the body implies (the "
                "difference or percent change of two figures of one sentence). A headline figure the "
                "body never gives is flagged only when the body gives figures of its kind and unit "
                "within a factor of four of it."
            ),
        ),
        check=check_headline,
        implemented=True,
        supersedes=("CT301",),
    )
)
