"""Figures against each other within one story: CT301, CT302, CT303.

Figures are bucketed by (subject words, kind, unit) or by written mantissa before they
are compared, and each is compared with at most :data:`WINDOW` earlier ones, so a long
page costs linear time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

import regex

from claimtrack.model import ChangeClaim, Claim, DateClaim
from claimtrack.rules.context import RuleContext
from claimtrack.rules.matching import (
    agree,
    figure_interval,
    interval,
    respell,
    same_time,
    same_unit,
    subject_words,
    tolerance,
    written_number,
)
from claimtrack.rules.registry import Finding, Rule, RuleDocs, register

WINDOW = 20
LEAD_SENTENCES = 3
"""How many opening sentences of the main story its headline figure is expected to come from."""
"""How many earlier figures of one bucket a figure is compared with."""
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


def _unit_key(claim: Claim) -> str:
    if claim.kind == "money":
        return str(getattr(claim, "currency", None))
    if claim.kind == "percent":
        return "points" if getattr(claim, "points", False) else "percent"
    return str(getattr(claim, "unit", "")).lower().rstrip("s")


def _consistent(a: Claim, b: Claim) -> bool:
    """Whether two figures can be the same value, given rounding and approximators."""
    value_a, value_b = getattr(a, "value", None), getattr(b, "value", None)
    if not isinstance(value_a, Decimal) or not isinstance(value_b, Decimal):
        return True
    if a.approx is not None and a.approx == b.approx and a.approx != "about":
        return agree(interval(value_a, a.text), interval(value_b, b.text))
    span_a, span_b = figure_interval(a), figure_interval(b)
    return span_a is None or span_b is None or agree(span_a, span_b)


def _headline_consistent(head: Claim, peer: Claim) -> bool:
    """Whether a body figure supports a headline figure, read as rounded or cut short.

    Headlines often cut figures short ("$16bn" for $16.6bn), so the headline's interval
    reaches a full unit of its last digit above the value.
    """
    value = getattr(head, "value", None)
    if _consistent(head, peer) or head.approx is not None or not isinstance(value, Decimal) or value <= 0:
        return _consistent(head, peer)
    peer_span = figure_interval(peer)
    half = tolerance(value, head.text)
    return peer_span is None or agree((value - half, value + 3 * half), peer_span)


_OF = regex.compile(r"[ \t]{1,3}of\b", regex.IGNORECASE)


def _share_of_whole(claim: Claim, ctx: RuleContext) -> bool:
    """A percent followed by "of <whole>": a share held by someone, who may differ each time."""
    return claim.kind == "percent" and _OF.match(ctx.text(claim.field), claim.end) is not None


def _dated_sentences(ctx: RuleContext) -> set[tuple[str, int]]:
    return {(claim.field, claim.sentence) for claim in ctx.claims if isinstance(claim, DateClaim)}


def check_conflicting(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT301: the same subject, time and unit with two figures."""
    roles = _roles(ctx)
    dates = ctx.memo("date-values", lambda: {c.id: c.value for c in ctx.claims if isinstance(c, DateClaim)})
    dated = ctx.memo("dated-sentences", lambda: _dated_sentences(ctx))
    buckets: dict[tuple[frozenset[str], str, str, str], list[Claim]] = {}
    for claim in claims:
        if claim.field != "text" or claim.kind not in _SINGLE or claim.hedge is not None:
            continue
        role = roles.get(claim.id, "level")
        words = subject_words(claim.subject)
        if not words or role in ("from", "by-up", "by-down") or _share_of_whole(claim, ctx):
            continue
        bucket = buckets.setdefault((words, claim.kind, _unit_key(claim), role), [])
        for earlier in bucket[-WINDOW:]:
            if not same_unit(earlier, claim) or _consistent(earlier, claim):
                continue
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


def _mantissa(claim: Claim) -> tuple[str, bool] | None:
    """The written number of a scaled figure ("18.7" of "$18.7 billion"), and whether it is distinctive.

    A distinctive number has a decimal part or three significant digits; a round one ("14",
    "160") repeats by chance.
    """
    surface = written_number(claim.text)
    value = getattr(claim, "value", None)
    if surface is None or not isinstance(value, Decimal) or getattr(claim, "per", None):
        return None
    written = Decimal(surface.replace(",", ""))
    if written == 0 or abs(value) < 1000 or abs(value) == written:
        return None  # no scale word: "58 dlrs", "1.04 dlrs a share"
    digits = written.normalize().as_tuple().digits
    if len(digits) < 2:
        return None
    return surface, "." in surface or len(digits) >= 3


def _power_of_thousand(a: Decimal, b: Decimal) -> bool:
    if a == 0 or b == 0:
        return False
    ratio = max(abs(a), abs(b)) / min(abs(a), abs(b))
    return ratio in (Decimal(10) ** 3, Decimal(10) ** 6, Decimal(10) ** 9, Decimal(10) ** 12)


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
        bucket = buckets.setdefault((mantissa, claim.kind, _unit_key(claim)), [])
        for earlier in bucket[-WINDOW:]:
            earlier_value = getattr(earlier, "value", None)
            if not isinstance(earlier_value, Decimal) or not _power_of_thousand(earlier_value, value):
                continue
            words_a, words_b = subject_words(earlier.subject), subject_words(claim.subject)
            if (words_a and words_b and not words_a & words_b) or (not distinctive and not words_a & words_b):
                continue  # a round number ("14", "160") repeats by chance unless the subject does too
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
            or (not c.subject and c not in lead and roles.get(c.id, "level") == role)
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
        candidates = matching or fallback
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
            what_it_does="Compares figures of one story that share subject, time and unit.",
            why_is_this_bad="One quantity cannot have two values at once; one of the two mentions is wrong.",
            example="Acme employs 4,200 people. Later, the firm said Acme employs 4,800 people.",
            use_instead="Acme employs 4,200 people. Later, the firm said Acme employs 4,200 people.",
            known_problems=(
                "Needs extraction to give both figures the same subject. Figures tied to "
                "different dates, earlier values of changes and hedged figures are skipped."
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
            known_problems="A rounded headline figure passes; a headline figure the body never repeats is not flagged.",
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
            what_it_does='Finds a figure written twice with different scale words ("$18.7 million" / "$18.7 billion").',
            why_is_this_bad="A scale slip changes a figure a thousandfold; the repeat shows one of the two is wrong.",
            example="Sales reached $18.7 million. The $18.7 billion haul beat forecasts.",
            use_instead="Sales reached $18.7 million. The $18.7 million haul beat forecasts.",
            known_problems=(
                'Round mantissas ("14", "160") need the same subject; rates ("$58 a share") and '
                "figures with different subjects are skipped."
            ),
        ),
        check=check_scale_words,
        implemented=True,
        supersedes=("CT301",),
    )
)
