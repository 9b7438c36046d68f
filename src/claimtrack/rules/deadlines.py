"""A deadline or scheduled event written as still to come but already past: CT403."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cache

import regex

from claimtrack.lexicon import load_toml
from claimtrack.model import Claim, DateClaim
from claimtrack.rules.context import RuleContext
from claimtrack.rules.dates import DATES, WRITTEN_YEAR
from claimtrack.rules.registry import Finding, Rule, RuleDocs, register

_MAX_EVENT_DAYS = 31
"""Longest date (in days) read as an event or deadline; longer periods are not events."""
_CUE_WINDOW = 60
"""How far before a date (in characters, within its sentence) a future cue may stand."""


@cache
def _future_cue() -> regex.Pattern[str]:
    cues = sorted(load_toml("rules")["future"]["cues"], key=len, reverse=True)
    return regex.compile(r"\b(?:" + "|".join(regex.escape(c) for c in cues) + r")\b", regex.IGNORECASE)


def check_past_deadline(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT403: a deadline or future event already past at the publication date."""
    published = ctx.published
    if published is None:
        return
    cue = _future_cue()
    for claim in claims:
        if not isinstance(claim, DateClaim) or claim.end_date is None or claim.end_date >= published:
            continue
        if WRITTEN_YEAR.search(claim.text) is None or claim.role in ("since", "period"):
            continue
        if claim.start_date is None or (claim.end_date - claim.start_date).days > _MAX_EVENT_DAYS:
            continue
        sentence = ctx.sentence_at(claim.field, claim.start)
        if sentence is None:
            continue
        text = ctx.text(claim.field)
        window = max(sentence.start, claim.start - _CUE_WINDOW)
        if claim.role != "deadline" and cue.search(text, window, claim.start) is None:
            # a cue earlier in the sentence governs the date when no past verb stands between
            # ("rates should decline and the balance improve in the year to March 1986")
            earlier = _last_match(cue, text, sentence.start, window)
            if earlier is None or _past_verb().search(text, earlier.end(), claim.start) is not None:
                continue
            window = earlier.start()
        if _past_tense_near(text, window, claim.start):
            continue
        yield Finding(
            message=(
                f"{claim.text} is written as still to come, but it ended on {claim.end_date.isoformat()}, "
                f"before the publication date {published.isoformat()}"
            ),
            field=claim.field,
            start=claim.start,
            end=claim.end,
        )


_PAST = regex.compile(
    r"\b(?:was|were|had|did|ended|expired|passed|ago|(?:should|would|could|to|has|have)\s{1,3}(?:have|been))\b",
    regex.IGNORECASE,
)


@cache
def _past_verb() -> regex.Pattern[str]:
    """A verb in the past tense, per ``rules.toml`` [future].

    Any "-ed" word not after a hyphen ("state-owned") or "be" ("to be opened"), except the
    scheduling words of ``ed_not_past``, or an irregular form of ``past_forms``.
    """
    data = load_toml("rules")["future"]
    not_past = "|".join(map(regex.escape, data["ed_not_past"]))
    forms = "|".join(map(regex.escape, data["past_forms"]))
    return regex.compile(
        rf"""(?<![-\p{{L}}])(?<!\bbe\s)(?<!\bbeing\s)     # not "state-owned", "to be opened"
        (?!(?:{not_past})\b)                             # "scheduled" schedules
        (?:\p{{Ll}}{{2,20}}ed|{forms})\b""",
        regex.VERBOSE,
    )


def _last_match(pattern: regex.Pattern[str], text: str, start: int, end: int) -> regex.Match[str] | None:
    """The last match of ``pattern`` within ``text[start:end]``, or None."""
    last = None
    for last in pattern.finditer(text, start, end):  # noqa: B007  (the loop keeps the last)
        pass
    return last


def _past_tense_near(text: str, start: int, end: int) -> bool:
    """A past-tense word between a future cue and its date ("will fall after the hall that reopened on")."""
    return _PAST.search(text, start, end) is not None or _past_verb().search(text, start, end) is not None


register(
    Rule(
        code="CT403",
        name="past-deadline",
        family=DATES,
        severity="warning",
        summary="A deadline or future event already past at the publication date.",
        docs=RuleDocs(
            what_it_does="Flags a deadline or event written as still to come whose date is before publication.",
            why_is_this_bad="A date in the past presented as upcoming is a wrong date or a stale story.",
            example="Published 2025-06-09: The tariffs will take effect on May 1, 2025.",
            use_instead="Published 2025-06-09: The tariffs will take effect on July 1, 2025.",
            known_problems=(
                "Needs the publication date and a written year; an event announced before and "
                "reported after publication in past tense is skipped, and so is a date after a past "
                'verb ("the hall that reopened on May 20, 2025"). A future cue ("will", "should", "is '
                'to be") is looked for near the date, or earlier in its sentence when no past verb '
                "stands between."
            ),
        ),
        check=check_past_deadline,
        scope="page",
        implemented=True,
    )
)
