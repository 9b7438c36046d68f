"""Shared by the plausibility rules: the reference data of a run, story hints, subjects.

Everything here is built at most once per check run and kept in the rule context's memo:
the reference entries (user ``reference_files`` included), the story index, one geography
hint per story, and the role of every figure in a change.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from claimtrack.model import Claim, CountClaim, MeasureClaim, MoneyClaim, NumberClaim
from claimtrack.reference import ReferenceEntry, ReferenceSet, infer_subject, load_reference, story_geography
from claimtrack.reference.loader import match_key
from claimtrack.rules.context import RuleContext
from claimtrack.rules.stories import StoryIndex, stories

JudgedClaim = MoneyClaim | CountClaim | MeasureClaim
"""The figures a reference range can judge."""


def reference_of(ctx: RuleContext) -> ReferenceSet:
    """The reference entries for this check run, loaded once (user files take precedence).

    >>> from claimtrack.model import ClaimSet, Document
    >>> ctx = RuleContext.build(Document(text=""), ClaimSet())
    >>> reference_of(ctx) is reference_of(ctx)
    True
    """
    return ctx.memo("reference-set", lambda: load_reference(ctx.settings))


def _story_spans(ctx: RuleContext) -> StoryIndex:
    return ctx.memo("story-index", lambda: StoryIndex(stories(ctx.document.text)))


def story_of(claims: Sequence[Claim], ctx: RuleContext) -> int:
    """The index of the story a batch of claims belongs to (title claims: the first)."""
    for claim in claims:
        if claim.field == "text":
            return _story_spans(ctx).of(claim.start)
    return 0


def story_hint(claims: Sequence[Claim], ctx: RuleContext) -> str | None:
    """The country the batch's story is mainly about (the title counts for the first story).

    >>> from claimtrack.model import ClaimSet, Document
    >>> ctx = RuleContext.build(Document(text="Brazil's exports rose. Brazil sold more."), ClaimSet())
    >>> story_hint([], ctx)
    'BR'
    """
    index = story_of(claims, ctx)

    def build() -> str | None:
        start, end = _story_spans(ctx).spans[index]
        title = ctx.document.title if index == 0 else ""
        return story_geography(ctx.document.text[start:end], title or "")

    return ctx.memo(f"story-geography-{index}", build)


def with_subject(claim: JudgedClaim, ctx: RuleContext, reference: ReferenceSet) -> JudgedClaim:
    """The claim with its subject read from its sentence when extraction left none.

    The phrase is found by the figure's own offset, so a figure repeated in one sentence is
    never given another's subject.
    """
    if claim.subject is not None:
        return claim
    found: dict[str, str | None] = ctx.memo("plausibility-subjects", dict)
    if claim.id not in found:
        sentence = ctx.sentence_at(claim.field, claim.start)
        found[claim.id] = (
            None if sentence is None else infer_subject(sentence.text, claim.start - sentence.start, reference)
        )
    subject = found[claim.id]
    return claim if subject is None else claim.model_copy(update={"subject": subject})


def reference_candidates(subject: str | None, reference: ReferenceSet) -> tuple[ReferenceEntry, ...]:
    """The entries whose subject or alias a claim's subject names (none: nothing to judge)."""
    return reference.candidates(match_key(subject)) if subject else ()


SENTENCE_REACH = 300
"""How far before and after a figure its sentence is read (long "sentences" stay linear)."""


def sentence_around(claim: Claim, ctx: RuleContext) -> str:
    """The text of a figure's sentence, cut to :data:`SENTENCE_REACH` characters either side.

    >>> from claimtrack.model import ClaimSet, Document, NumberClaim
    >>> ctx = RuleContext.build(Document(text="Sales rose. " + "x " * 400 + "5 units."), ClaimSet())
    >>> claim = NumberClaim(id="n", text="5", field="text", start=812, end=813, sentence=1, value=5)
    >>> len(sentence_around(claim, ctx))
    308
    """
    sentence = ctx.sentence_at(claim.field, claim.start)
    if sentence is None:
        return ""
    start = max(sentence.start, claim.start - SENTENCE_REACH)
    end = min(sentence.end, claim.end + SENTENCE_REACH)
    return ctx.text(claim.field)[start:end]


def judged(claims: Sequence[Claim]) -> Iterator[JudgedClaim]:
    """The money, count and measure claims of a batch with a positive value."""
    for claim in claims:
        if isinstance(claim, MoneyClaim | CountClaim | MeasureClaim) and claim.value > 0:
            yield claim


def counted(claim: NumberClaim, ctx: RuleContext, reference: ReferenceSet) -> CountClaim | None:
    """A bare number as a count, when its subject names only count entries of one unit.

    "India's population reached 1.4 million" has no counted noun, but its subject is a
    count of people; any other bare number gives None.
    """
    if claim.value <= 0:
        return None
    sentence = ctx.sentence_at(claim.field, claim.start)
    subject = claim.subject
    if subject is None and sentence is not None:
        subject = infer_subject(sentence.text, claim.start - sentence.start, reference)
    entries = reference_candidates(subject, reference)
    units = {entry.unit for entry in entries}
    if not entries or any(entry.measure != "count" for entry in entries) or len(units) != 1:
        return None
    fields = claim.model_dump(exclude={"kind"})
    return CountClaim.model_validate({**fields, "subject": subject, "unit": units.pop()})
