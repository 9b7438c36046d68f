"""Shares and lists: CT102, CT103, CT105.

All three look at how figures of one sentence are strung together: a list of percents
"of" one whole (CT102), a single share above 100% (CT103), a list of figures paired with a
list of names by "respectively" (CT105).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import cache
from itertools import pairwise

import regex

from claimtrack.lexicon import load_toml
from claimtrack.model import FIGURE_KINDS, ChangeClaim, Claim, Related
from claimtrack.rules.changes import change_roles
from claimtrack.rules.context import RuleContext
from claimtrack.rules.matching import figure_interval
from claimtrack.rules.registry import Finding, Rule, RuleDocs, register

HUNDRED = Decimal(100)
ROUNDING_SLACK = Decimal(1)
"""How far above 100% a list of rounded shares may add up before it is flagged."""
# What may stand between two figures of one list: a comma or semicolon, "and" / "or".
_LIST_GAP = regex.compile(r"[ \t]{0,3}[,;]?[ \t]{0,3}(?:(?:and|or)[ \t]{1,3})?", regex.IGNORECASE)
# "of" after the last share, then the word that says what the whole is.
_OF_WHOLE = regex.compile(r"[ \t]{1,3}of[ \t]{1,3}(?P<next>[\p{L}-]{1,30}(?:[ \t]{1,3}[\p{L}-]{1,30})?)", regex.I)
# "respectively" right after a list of figures.
_RESPECTIVELY = regex.compile(r"[ \t]{0,3},?[ \t]{0,3}respectively\b", regex.IGNORECASE)
# The "and" / "or" that closes a list of names, a few words before the figures.
_LAST_AND = regex.compile(r"(?:,[ \t]{0,3})?[ \t](?:and|or)[ \t]", regex.IGNORECASE)
_MAX_GAP_WORDS = 5
"""Most words between the closing "and" of the names and the first figure ("Italy rose")."""
_MAX_ITEM_WORDS = 3
_MAX_ITEMS = 20
_NAMES_WINDOW = 400
"""How far before the figures (in characters) a list of names is looked for."""
_APPROX_BEFORE = (
    r"(?:(?:about|around|nearly|almost|roughly|some|more[ \t]than|over|just[ \t]over|just[ \t]under)[ \t]{1,3})?"
)


@cache
def _share_cue() -> regex.Pattern[str]:
    cues = sorted(load_toml("rules")["shares"]["before"], key=len, reverse=True)
    alternatives = "|".join(regex.escape(cue).replace("\\ ", "[ \\t]{1,3}") for cue in cues)
    return regex.compile(rf"\b(?:{alternatives})[ \t]{{1,3}}{_APPROX_BEFORE}\Z", regex.IGNORECASE)


@cache
def _list_stops() -> frozenset[str]:
    return frozenset(load_toml("rules")["lists"]["stop"])


def _names(text: str, begin: int, end: int) -> tuple[int, list[str]] | None:
    """Where a list of names closed by "and" starts, and its items, read backwards from ``end``.

    Each comma-separated segment before the "and" is an item; the walk stops after a
    segment that is not a short name (more than three words, or a word like "with"), which
    is the list's first item.
    """
    begin = max(begin, end - _NAMES_WINDOW)
    closers = list(_LAST_AND.finditer(text, begin, end))
    if not closers:
        return None
    closer = closers[-1]
    gap = text[closer.end() : end]
    if "," in gap or len(gap.split()) > _MAX_GAP_WORDS or not gap.split():
        return None
    items = [gap.split()[0]]
    stops = _list_stops()
    cursor = closer.start()
    while len(items) <= _MAX_ITEMS:
        comma = text.rfind(",", begin, cursor)
        segment = text[comma + 1 if comma >= 0 else begin : cursor].strip()
        words = segment.split()
        if words:
            items.insert(0, segment)
        short = 0 < len(words) <= _MAX_ITEM_WORDS and not {w.lower() for w in words} & stops
        if comma < 0 or (not short and words):
            start = comma + 1 if comma >= 0 else begin
            return start + len(text[start:cursor]) - len(text[start:cursor].lstrip()), items
        cursor = comma
    return None


@cache
def _not_of() -> frozenset[str]:
    return frozenset(load_toml("rules")["shares"]["not_of"])


def _plain_percents(claims: Sequence[Claim], ctx: RuleContext) -> list[Claim]:
    in_changes = change_roles(ctx)
    return [
        claim
        for claim in claims
        if claim.kind == "percent" and not getattr(claim, "points", False) and claim.id not in in_changes
    ]


def whole_after(claim: Claim, ctx: RuleContext) -> str | None:
    """The words after "of" following a figure, or None when no "of <whole>" follows."""
    text = ctx.text(claim.field)
    match = _OF_WHOLE.match(text, claim.end, min(len(text), claim.end + 70))
    if match is None:
        return None
    words = match.group("next").lower().split()
    if words[0] in _not_of() or " ".join(words) in _not_of() or (len(words) > 1 and words[1] in _not_of()):
        return None
    return match.group("next")


# A share named right after the figure: "a 130% share of the market", "a 120% stake in".
_SHARE_AFTER = regex.compile(r"[ \t]{1,3}(?:market[ \t]{1,3})?(?:share|stake)[ \t]{1,3}(?:of|in)\b", regex.IGNORECASE)
# A subject that names a share of a whole by itself: "market share", "share of the market".
_SHARE_SUBJECT = regex.compile(r"\bmarket[ \t]{1,3}share\b|\bshare[ \t]{1,3}of\b", regex.IGNORECASE)


def _named_share(claim: Claim, ctx: RuleContext) -> bool:
    """Whether a percent level is a share by its own words, with the whole implied.

    "Acme has a market share of 130%", "its share of the market was 130%", "a 130% stake in
    the bank". A change's amount ("market share rose 130%") is a growth rate, not a share.
    """
    if claim.id in _change_amounts(ctx):
        return False
    if _SHARE_AFTER.match(ctx.text(claim.field), claim.end) is not None:
        return True
    return claim.subject is not None and _SHARE_SUBJECT.search(claim.subject) is not None


def _change_amounts(ctx: RuleContext) -> set[str]:
    return ctx.memo("change-amounts", lambda: {c.by for c in ctx.claims if isinstance(c, ChangeClaim) and c.by})


def check_share_over_100(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT103: a share of a whole above 100%."""
    cue = _share_cue()
    in_changes = change_roles(ctx)
    for claim in claims:
        if claim.kind != "percent" or getattr(claim, "points", False):
            continue
        span = figure_interval(claim)
        if span is None or span[0] is None or span[0] <= HUNDRED or claim.approx in ("under", "at_most"):
            continue
        text = ctx.text(claim.field)
        sentence = ctx.sentence_at(claim.field, claim.start)
        begin = max(claim.start - 60, sentence.start if sentence else 0)
        cued = claim.id not in in_changes and cue.search(text, begin, claim.start) is not None
        if not (cued and whole_after(claim, ctx) is not None) and not _named_share(claim, ctx):
            continue
        yield Finding(
            message=f"{claim.text} is given as a share of a whole, but a share cannot exceed 100%",
            field=claim.field,
            start=claim.start,
            end=claim.end,
        )


def _runs(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[list[Claim]]:
    """Maximal runs of figures of one sentence joined only by list separators."""
    run: list[Claim] = []
    for claim in claims:
        if run and run[-1].sentence == claim.sentence and run[-1].field == claim.field:
            text = ctx.text(claim.field)
            gap = _LIST_GAP.fullmatch(text, run[-1].end, claim.start)
            if gap is not None:
                run.append(claim)
                continue
        if run:
            yield run
        run = [claim]
    if run:
        yield run


def check_parts_exceed_whole(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT102: shares of one whole that add up to more than 100%."""
    for run in _runs(_plain_percents(claims, ctx), ctx):
        if len(run) < 2 or whole_after(run[-1], ctx) is None:
            continue
        lows = [figure_interval(claim) for claim in run]
        if any(span is None or span[0] is None for span in lows):
            continue
        low = sum((span[0] for span in lows if span is not None and span[0] is not None), Decimal(0))
        if low <= HUNDRED + ROUNDING_SLACK:
            continue
        total = sum((getattr(claim, "value", Decimal(0)) for claim in run), Decimal(0))
        parts = " + ".join(claim.text for claim in run)
        yield Finding(
            message=f"{parts} = {total.normalize():f}% of one whole, more than 100%",
            field=run[-1].field,
            start=run[0].start,
            end=run[-1].end,
            related=tuple(ctx.related(claim, "part") for claim in run),
        )


# Between the last part and its whole: "of the", "out of", "of its".
_OF_THE = regex.compile(
    r"[ \t]{1,3}(?:out[ \t]{1,3})?of[ \t]{1,3}(?:(?:the|its|their|a[ \t]{1,3}total[ \t]{1,3}of)[ \t]{1,3})?"
)


def _fits(part: Claim, whole: Claim) -> bool:
    """Whether a part is counted in the whole's unit (a bare number takes the whole's)."""
    if part.kind == "number":
        return whole.kind == "count"
    if part.kind == "money":
        return whole.kind == "money" and getattr(part, "currency", None) == getattr(whole, "currency", None)
    return part.kind == "count" == whole.kind


def check_parts_of_a_figure(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT102 for counts and money: "300 and 250 of the 500 workers"."""
    in_changes = change_roles(ctx)
    figures = [c for c in claims if c.kind in ("count", "money", "number") and c.id not in in_changes]
    following = {id(a): b for a, b in pairwise(figures)}
    for run in _runs(figures, ctx):
        whole = following.get(id(run[-1]))
        if len(run) < 2 or whole is None or whole.sentence != run[-1].sentence or whole.field != run[-1].field:
            continue
        if _OF_THE.fullmatch(ctx.text(whole.field), run[-1].end, whole.start) is None:
            continue
        if not all(_fits(part, whole) for part in run):
            continue
        spans = [figure_interval(part) for part in run]
        whole_span = figure_interval(whole)
        if whole_span is None or whole_span[1] is None or any(s is None or s[0] is None for s in spans):
            continue
        low = sum((s[0] for s in spans if s is not None and s[0] is not None), Decimal(0))
        if low <= whole_span[1]:
            continue
        total = sum((getattr(part, "value", Decimal(0)) for part in run), Decimal(0))
        yield Finding(
            message=(
                f"{' + '.join(part.text for part in run)} = {total.normalize():,f}, more than the whole {whole.text}"
            ),
            field=whole.field,
            start=run[0].start,
            end=run[-1].end,
            related=(ctx.related(whole, "whole"),),
        )


def _check_parts(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    yield from check_parts_exceed_whole(claims, ctx)
    yield from check_parts_of_a_figure(claims, ctx)


def check_respectively(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT105: "respectively" pairing a list of names with a list of figures of another length."""
    figures = [claim for claim in claims if claim.kind in FIGURE_KINDS]
    for run in _runs(figures, ctx):
        text = ctx.text(run[-1].field)
        if _RESPECTIVELY.match(text, run[-1].end, min(len(text), run[-1].end + 20)) is None:
            continue
        sentence = ctx.sentence_at(run[0].field, run[0].start)
        begin = sentence.start if sentence is not None else 0
        names = _names(text, begin, run[0].start)
        if names is None:
            continue
        list_start, items = names
        if len(items) < 2 or len(items) == len(run):
            continue
        yield Finding(
            message=(
                f'"respectively" pairs {len(items)} items ({", ".join(items)}) with {len(run)} '
                f"figures ({', '.join(claim.text for claim in run)})"
            ),
            field=run[0].field,
            start=run[0].start,
            end=run[-1].end,
            related=(Related(field=run[0].field, start=list_start, end=run[0].start, note="items"),),
        )


_SHARES = "shares"

register(
    Rule(
        code="CT102",
        name="parts-exceed-whole",
        family=_SHARES,
        severity="error",
        summary="Parts add up to more than their whole; shares of one whole above 100%.",
        docs=RuleDocs(
            what_it_does=(
                'Adds up a list of shares of one whole ("45%, 38% and 27% of the market") or of '
                'parts of a stated whole ("300 and 250 of the 500 workers").'
            ),
            why_is_this_bad="Shares of one whole cannot add up to more than 100%; one of them is wrong.",
            example="The three firms hold 45%, 38% and 27% of the market.",
            use_instead="The three firms hold 45%, 28% and 27% of the market.",
            known_problems=(
                "Only lists in one sentence, right before their whole, are read; parts spread "
                "over several sentences are not added up. Rounding of every figure is allowed for."
            ),
        ),
        check=_check_parts,
        implemented=True,
    )
)
register(
    Rule(
        code="CT103",
        name="share-over-100",
        family=_SHARES,
        severity="error",
        summary="A share or proportion above 100% where that is impossible.",
        docs=RuleDocs(
            what_it_does=(
                'Flags a percent above 100 introduced as a share ("accounted for 112% of exports") or '
                'named as one ("a market share of 130%", "a 140% stake in the bank").'
            ),
            why_is_this_bad="A part cannot be more than the whole it belongs to.",
            example="Soybeans accounted for 112% of the state's farm exports.",
            use_instead="Soybeans accounted for 12% of the state's farm exports.",
            known_problems=(
                "Only fires after a share phrase (accounted for, made up, share of) and before "
                '"of <whole>", or when the figure\'s own words name a share or stake; growth rates, '
                '"of GDP" ratios and changes are never flagged.'
            ),
        ),
        check=check_share_over_100,
        implemented=True,
    )
)
register(
    Rule(
        code="CT105",
        name="respectively-mismatch",
        family=_SHARES,
        severity="error",
        summary='"Respectively" pairs lists of unequal length.',
        docs=RuleDocs(
            what_it_does='Counts the names and the figures that "respectively" pairs.',
            why_is_this_bad="With lists of different lengths the reader cannot tell which figure goes with which name.",
            example="Sales in Germany, France and Italy rose 5% and 3%, respectively.",
            use_instead="Sales in Germany and France rose 5% and 3%, respectively.",
            known_problems=(
                "Reads only the list of names closest before a list of figures that ends in "
                '"respectively"; names of more than four words are not counted.'
            ),
        ),
        check=check_respectively,
        implemented=True,
    )
)
