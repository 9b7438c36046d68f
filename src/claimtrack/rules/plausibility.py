"""Plausibility against reference magnitudes: CT201, CT202 and CT203.

These rules need a little knowledge of the world, kept as data in
:mod:`claimtrack.reference`: CT201 judges a money, count or measure figure against the
reference range of its subject and suggests the scale word that brings it inside; CT202
(:mod:`~claimtrack.rules.wholes`) flags a part larger than its whole, both wholes given in
the story and wholes from the reference data; CT203 (:mod:`~claimtrack.rules.population`)
flags a count of people larger than the population it belongs to.

The reference data is loaded once per check run, lazily, with the user's
``reference_files`` honoured (:func:`~claimtrack.rules.refdata.reference_of`), and each story gets one geography hint
(:func:`~claimtrack.rules.refdata.story_hint`): figures are compared only within their
story. When CT201 and CT202 flag the same figure, only CT201 (with its scale fix) is kept.

>>> import claimtrack
>>> report = claimtrack.check("Brazil's soybean exports reached $9.2 trillion in March.",
...                           published="2024-06-01", config={"select": ["CT201"]})
>>> [(flag.code, flag.suggestion) for flag in report.flags]
[('CT201', '$9.2 billion')]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from claimtrack.model import Claim, NumberClaim
from claimtrack.reference import check_claim
from claimtrack.rules.changes import change_roles
from claimtrack.rules.context import RuleContext
from claimtrack.rules.population import check_population
from claimtrack.rules.refdata import (
    JudgedClaim,
    counted,
    judged,
    reference_candidates,
    reference_of,
    sentence_around,
    story_hint,
    with_subject,
)
from claimtrack.rules.registry import Finding, Rule, RuleDocs, register
from claimtrack.rules.wholes import check_part_whole


class MagnitudeOptions(BaseModel):
    """Options of CT201."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    min_factor: float = Field(
        default=10,
        ge=1,
        le=1_000_000,
        description=(
            "How many times outside its (already generous) reference range a figure must be "
            "to be flagged; 10 keeps to slipped scale words, not disagreements of a few percent."
        ),
    )


def check_magnitude(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT201: a figure many times outside the reference range of its subject."""
    min_factor = Decimal(str(getattr(ctx.options, "min_factor", 10)))
    batch: list[JudgedClaim] = list(judged(claims))
    numbers = [claim for claim in claims if isinstance(claim, NumberClaim)]
    if not batch and not numbers:
        return
    reference = reference_of(ctx)
    batch += [count for count in (counted(number, ctx, reference) for number in numbers) if count is not None]
    roles = change_roles(ctx)
    for claim in sorted(batch, key=lambda claim: (claim.field != "title", claim.start)):
        claim = with_subject(claim, ctx, reference)
        if not reference_candidates(claim.subject, reference):
            continue  # no entry names this subject: no judgement (and no need for the story's country)
        hint = story_hint(claims, ctx)
        verdict = check_claim(
            claim,
            sentence_around(claim, ctx),
            published=ctx.published,
            geography_hint=hint,
            reference=reference,
            min_factor=min_factor,
            infer=False,
        )
        if verdict is None or (verdict.direction == "low" and roles.get(claim.id) == "by"):
            continue  # a change "by" an amount is a part of the level, never too small
        yield Finding(
            message=verdict.message(),
            field=claim.field,
            start=claim.start,
            end=claim.end,
            suggestion=verdict.suggestion,
        )


_FAMILY = "plausibility"

register(
    Rule(
        code="CT201",
        name="implausible-magnitude",
        family=_FAMILY,
        severity="warning",
        summary="A value implausible for its subject against the reference magnitudes, with the scale fix.",
        docs=RuleDocs(
            what_it_does=(
                "Matches a money, count or measure figure to the reference magnitude of its subject "
                "(subject words, country, time basis), widens the range for the publication date, and "
                "flags a figure at least `min_factor` times outside it, suggesting the scale word "
                "(thousand, million, billion, trillion) that brings it inside. A bare number whose "
                'subject names a count ("India\'s population reached 1.4 million") is judged as that count.'
            ),
            why_is_this_bad=(
                "A figure a thousand times too large or too small is a slipped scale word that no "
                "arithmetic inside the text can catch, and readers repeat it."
            ),
            example="China's rare earth exports reached $400 billion in April.",
            use_instead="China's rare earth exports reached $400 million in April.",
            known_problems=(
                "Only subjects with a reference entry are judged, and only when the match is "
                "confident (one country, no partner country, a known unit or currency); the ranges "
                "are written generously and many from memory (the message says 'unverified'). A "
                "figure whose country comes only from the story is judged too low only at ten times "
                "below its range. Add a newsroom's own entries with the `reference-files` setting."
            ),
        ),
        options=MagnitudeOptions,
        check=check_magnitude,
        implemented=True,
        supersedes=("CT202",),
    )
)
register(
    Rule(
        code="CT202",
        name="part-exceeds-whole",
        family=_FAMILY,
        severity="error",
        summary="A part larger than its whole in the same text.",
        docs=RuleDocs(
            what_it_does=(
                'Compares a figure for a part ("steel exports") with a figure for its whole in the '
                'same story ("total exports", same currency, country and time), a part with the '
                'whole the sentence gives it ("200 employees, of whom 250 ..."), and a part with the '
                "reference range of the whole it belongs to (a country's rare-earth exports against "
                "that country's goods exports)."
            ),
            why_is_this_bad="A part cannot be larger than the whole it belongs to; one figure is wrong.",
            example="Chile's total exports were $8 billion in May, and its copper exports were $9.5 billion.",
            use_instead="Chile's total exports were $8 billion in May, and its copper exports were $4.5 billion.",
            known_problems=(
                'Conservative: a whole in the text must be marked as one ("total", "overall", '
                '"all") with the part\'s words plus a few more, in the same currency, country and '
                "time; a part for a longer period than its whole is never compared. Reference wholes "
                "need a confident match of the part with a `part_of` entry. A figure that CT201 also "
                "flags keeps only the CT201 flag, which carries the scale fix."
            ),
        ),
        check=check_part_whole,
        implemented=True,
    )
)
register(
    Rule(
        code="CT203",
        name="people-over-population",
        family=_FAMILY,
        severity="error",
        summary="A count of people larger than the population it belongs to.",
        docs=RuleDocs(
            what_it_does=(
                "Compares a count of people (people, residents, citizens, workers, voters, or a "
                'nationality such as "Germans") with the population of the country it belongs to '
                '(the nationality, or "in/of <country>" right after the count), and any count of '
                "people with the world's population."
            ),
            why_is_this_bad="More people than live somewhere cannot be affected there.",
            example="Some 90 million Australians voted in the referendum.",
            use_instead="Some 9 million Australians voted in the referendum.",
            known_problems=(
                "Only countries with a population entry are judged (else only the world's bound "
                "applies); visitors, passengers and users are not counted as residents, so they are "
                "never compared with a country's population."
            ),
        ),
        check=check_population,
        implemented=True,
    )
)
