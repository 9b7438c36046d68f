"""Figures against each other within one story: CT301 (and CT303's registration).

Figures are bucketed by (kind, unit, role in a change) before they are compared, and each is
compared with at most :data:`SUBJECT_WINDOW` earlier ones, so a long page costs linear time. The
scale-word checks of CT303 live in :mod:`claimtrack.rules.scales`, the headline check CT302
in :mod:`claimtrack.rules.headline`.
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
    same_subject,
    same_time,
    same_unit,
    subject_words,
)
from claimtrack.rules.registry import Finding, Rule, RuleDocs, register
from claimtrack.rules.restated import restated_sentences
from claimtrack.rules.scales import check_scale_words, unit_key
from claimtrack.rules.shares import whole_after

SUBJECT_WINDOW = 60
"""CT301 compares a figure with at most this many earlier figures of its kind, unit and role."""
COMPARED_KINDS = frozenset({"money", "percent", "count", "measure"})
"""The figure kinds compared by CT301 and CT302."""


def roles_of(ctx: RuleContext) -> dict[str, str]:
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


def consistent(a: Claim, b: Claim) -> bool:
    """Whether two figures can be the same value, given rounding and approximators."""
    value_a, value_b = getattr(a, "value", None), getattr(b, "value", None)
    if not isinstance(value_a, Decimal) or not isinstance(value_b, Decimal):
        return True
    if a.approx is not None and a.approx == b.approx and a.approx != "about":
        return agree(interval(value_a, a.text), interval(value_b, b.text))
    span_a, span_b = figure_interval(a), figure_interval(b)
    return span_a is None or span_b is None or agree(span_a, span_b)


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
            if first.kind == again.kind and same_unit(first, again) and not consistent(first, again):
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
    roles = roles_of(ctx)
    dates = ctx.memo("date-values", lambda: {c.id: c.value for c in ctx.claims if isinstance(c, DateClaim)})
    dated = ctx.memo("dated-sentences", lambda: _dated_sentences(ctx))
    buckets: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        if claim.field != "text" or claim.kind not in COMPARED_KINDS or claim.hedge is not None:
            continue
        role = roles.get(claim.id, "level")
        if not subject_words(claim.subject) or role in ("from", "by-up", "by-down") or _share_of_whole(claim, ctx):
            continue
        bucket = buckets.setdefault((claim.kind, unit_key(claim), role), [])
        for earlier in bucket[-SUBJECT_WINDOW:] if claim.id not in flagged else ():
            if not same_subject(earlier.subject, claim.subject):
                continue
            if not same_unit(earlier, claim) or consistent(earlier, claim):
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


CONSISTENCY = "consistency"
"""The family name of the consistency rules."""

register(
    Rule(
        code="CT301",
        name="conflicting-figures",
        family=CONSISTENCY,
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
        code="CT303",
        name="scale-word-mismatch",
        family=CONSISTENCY,
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
