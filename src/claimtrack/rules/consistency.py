"""Figures against each other within one story: CT301, CT302 (and CT303's registration).

Figures are bucketed by (kind, unit, role in a change) before they are compared, and each is
compared with at most :data:`SUBJECT_WINDOW` earlier ones, so a long page costs linear time. The
scale-word checks of CT303 live in :mod:`claimtrack.rules.scales`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

import regex

from claimtrack.model import ChangeClaim, Claim, DateClaim
from claimtrack.rules.context import RuleContext
from claimtrack.rules.matching import (
    Interval,
    agree,
    contains,
    figure_interval,
    interval,
    respell,
    same_subject,
    same_time,
    same_unit,
    subject_words,
    tolerance,
    trailing_zeros,
    written_number,
)
from claimtrack.rules.registry import Finding, Rule, RuleDocs, register
from claimtrack.rules.restated import restated_sentences
from claimtrack.rules.scales import check_scale_words, repeat_lexicon, unit_key
from claimtrack.rules.shares import whole_after

SUBJECT_WINDOW = 60
"""CT301 compares a figure with at most this many earlier figures of its kind, unit and role."""
LEAD_SENTENCES = 3
"""How many opening sentences of the main story its headline figure is expected to come from."""
_SINGLE = frozenset({"money", "percent", "count", "measure"})


def _roles(ctx: RuleContext) -> dict[str, str]:
    """Figure id -> its role in a change: "by-up", "by-down", "from", "to"."""
    return ctx.memo("change-roles", lambda: _collect_roles(ctx))


def _collect_roles(ctx: RuleContext) -> dict[str, str]:
    roles: dict[str, str] = {}
    for claim in ctx.claims:
        if isinstance(claim, ChangeClaim):
            if claim.by is not None:
                roles[claim.by] = f"by-{claim.direction}"
            if claim.from_ is not None:
                roles[claim.from_] = "from"
            if claim.to is not None:
                roles.setdefault(claim.to, "to")
    return roles


def _consistent(a: Claim, b: Claim) -> bool:
    """Whether two figures can be the same value, given rounding and approximators."""
    value_a, value_b = getattr(a, "value", None), getattr(b, "value", None)
    if not isinstance(value_a, Decimal) or not isinstance(value_b, Decimal):
        return True
    if a.approx is not None and a.approx == b.approx and a.approx != "about":
        return agree(interval(value_a, a.text), interval(value_b, b.text))
    span_a, span_b = figure_interval(a), figure_interval(b)
    return span_a is None or span_b is None or agree(span_a, span_b)


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


def _headline_consistent(head: Claim, peer: Claim) -> bool:
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
    if _consistent(head, peer) or head.approx is not None or not isinstance(value, Decimal) or value <= 0:
        return _consistent(head, peer)
    peer_span = figure_interval(peer)
    half = tolerance(value, head.text)
    if isinstance(peer_value, Decimal) and tolerance(peer_value, peer.text) >= half:
        return False
    return peer_span is None or agree((value - half, value + 3 * half), peer_span)


_OF = regex.compile(r"[ \t]{1,3}of\b", regex.IGNORECASE)


def _share_of_whole(claim: Claim, ctx: RuleContext) -> bool:
    """A percent followed by "of <whole>": a share held by someone, who may differ each time.

    A ratio to another quantity ("1.5 pct of GDP") is no such share: it is compared.
    """
    return (
        claim.kind == "percent"
        and _OF.match(ctx.text(claim.field), claim.end) is not None
        and whole_after(claim, ctx) is not None
    )


def _dated_sentences(ctx: RuleContext) -> set[tuple[str, int]]:
    return {(claim.field, claim.sentence) for claim in ctx.claims if isinstance(claim, DateClaim)}


def _restated(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[tuple[Claim, Claim]]:
    """Pairs (earlier, later) of figures in one place of a sentence written twice that disagree.

    "rose 9.8 pct in January" cannot become "rose 4.9 pct in January" a few paragraphs on.
    """
    for earlier, figures in restated_sentences(claims, ctx):
        for first, again in zip(earlier, figures, strict=True):
            if first.kind == again.kind and same_unit(first, again) and not _consistent(first, again):
                yield first, again


# A sentence that opens by narrowing who or what it speaks of: "In the private sector, ...",
# "If they are Hispanic, ...", "Among women, ...". Its figure is for that part only.
_SCOPED = regex.compile(
    r"""[\s"“'‘(]{0,3}(?:In|Among|Amongst|For|If|When|Within|Outside|Across|Excluding|Unlike|Of|At|On)
        \b[^,;:.!?]{1,80},""",
    regex.VERBOSE,
)


def _scope(claim: Claim, ctx: RuleContext) -> str | None:
    """The opening phrase that narrows what a figure's sentence is about, lower case, or None."""
    sentence = ctx.sentence_at(claim.field, claim.start)
    if sentence is None:
        return None
    found = _SCOPED.match(ctx.text(claim.field), sentence.start, claim.start)
    return " ".join(found.group().lower().split()) if found is not None else None


def check_conflicting(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT301: the same subject, time and unit with two figures."""
    flagged: set[str] = set()
    for first, again in _restated(claims, ctx):
        flagged.add(again.id)
        yield Finding(
            message=f"{again.text} here, but {first.text} where the same sentence came earlier",
            field=again.field,
            start=again.start,
            end=again.end,
            related=(ctx.related(first, "same sentence, earlier"),),
        )
    roles = _roles(ctx)
    dates = ctx.memo("date-values", lambda: {c.id: c.value for c in ctx.claims if isinstance(c, DateClaim)})
    dated = ctx.memo("dated-sentences", lambda: _dated_sentences(ctx))
    buckets: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        if claim.field != "text" or claim.kind not in _SINGLE or claim.hedge is not None:
            continue
        role = roles.get(claim.id, "level")
        if not subject_words(claim.subject) or role in ("from", "by-up", "by-down") or _share_of_whole(claim, ctx):
            continue
        bucket = buckets.setdefault((claim.kind, unit_key(claim), role), [])
        for earlier in bucket[-SUBJECT_WINDOW:] if claim.id not in flagged else ():
            if not same_subject(earlier.subject, claim.subject):
                continue
            if not same_unit(earlier, claim) or _consistent(earlier, claim):
                continue
            if _scope(earlier, ctx) != _scope(claim, ctx):
                continue  # "In the private sector, the median salary was ...": another population
            time = same_time(earlier, claim, dates)
            if time is False:
                continue
            if time is None and (
                earlier.when is not None
                or claim.when is not None
                or (earlier.field, earlier.sentence) in dated
                or (claim.field, claim.sentence) in dated
            ):
                continue
            yield Finding(
                message=f"{claim.subject}: {claim.text} here, but {earlier.text} earlier for the same time",
                field=claim.field,
                start=claim.start,
                end=claim.end,
                related=(ctx.related(earlier, "earlier figure"),),
            )
            break
        bucket.append(claim)


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
    if any(_headline_consistent(head, peer) for peer in same):
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
    roles = _roles(ctx)
    titles = [
        c for c in claims if c.field == "title" and c.kind in _SINGLE and isinstance(getattr(c, "value", None), Decimal)
    ]
    body = [c for c in claims if c.field == "text" and c.kind in _SINGLE]
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
        if any(_headline_consistent(head, peer) for peer in [*lead, *related]):
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


_CONSISTENCY = "consistency"

register(
    Rule(
        code="CT301",
        name="conflicting-figures",
        family=_CONSISTENCY,
        severity="warning",
        summary="The same subject, time and unit given two different figures.",
        docs=RuleDocs(
            what_it_does=(
                "Compares figures of one story that share subject, time and unit, and the figures of a "
                "sentence written twice (word for word apart from its figures, at least eight words)."
            ),
            why_is_this_bad="One quantity cannot have two values at once; one of the two mentions is wrong.",
            example="Ticket sales reached €8.4 million. The festival later said ticket sales were €9.1 million.",
            use_instead="Ticket sales reached €8.4 million. The festival later said ticket sales were €8.4 million.",
            known_problems=(
                "Outside a sentence written twice, needs extraction to give both figures the same "
                'subject; a subject that only adds descriptive words ("shares in mining group '
                'Norvik" for "shares in Norvik") is the same, one that adds a qualifier ("adjusted", '
                '"annual", "net") another measure. Figures tied to different dates, a dated figure '
                "against an undated one, the amounts of changes, earlier values of changes, hedged figures "
                'and sentences that open by narrowing their population differently ("In the private '
                'sector, ...", "Among women, ...") are skipped.'
            ),
        ),
        check=check_conflicting,
        implemented=True,
    )
)
register(
    Rule(
        code="CT302",
        name="headline-mismatch",
        family=_CONSISTENCY,
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
register(
    Rule(
        code="CT303",
        name="scale-word-mismatch",
        family=_CONSISTENCY,
        severity="warning",
        summary="The same figure repeated with another scale word.",
        docs=RuleDocs(
            what_it_does=(
                'Finds a figure written twice with different scale words ("$18.7 million" / "$18.7 '
                'billion"), a change or a series of values a thousandfold apart that one scale word would '
                'bring in line ("rose to 3.5 million dlrs from 2.9 billion"), a rise by more than the level '
                'it reaches, which would start below zero ("reserves rose 3.3 billion francs to 33.9 '
                'million"), and a currency conversion a thousandfold off any plausible rate ("$260m '
                '(£134bn)").'
            ),
            why_is_this_bad="A scale slip changes a figure a thousandfold; the evidence shows one of the two is wrong.",
            example="Sales reached $18.7 million. The $18.7 billion haul beat forecasts.",
            use_instead="Sales reached $18.7 million. The $18.7 million haul beat forecasts.",
            known_problems=(
                'Round mantissas ("14", "160") need the same subject or shared words around both '
                'figures, and a plain "one" ("$1 million", "$1bn": milestones and thresholds) the '
                "same subject; distinctive ones with two different subjects are skipped. Exchange-rate "
                "ranges cover major currencies only, and which of two figures is wrong is suggested "
                "only when other figures of the sentence or conversion side with one. A rise that "
                "starts below zero is left alone for what may be negative (a balance, a profit)."
            ),
        ),
        check=check_scale_words,
        implemented=True,
        supersedes=("CT301",),
    )
)
