"""Assembling statement claims: direct quotes, indirect speech, speakers resolved."""

from __future__ import annotations

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.statements.coref import SPEAKER_THRESHOLD, Resolver, entities_of
from claimtrack.extractors.statements.direct import attribute_quotes
from claimtrack.extractors.statements.found import Bounds, Found
from claimtrack.extractors.statements.indirect import find_indirect
from claimtrack.extractors.statements.labelled import find_labelled
from claimtrack.extractors.statements.quotes import find_quotes
from claimtrack.model import Claim, StatementClaim, claim_id
from claimtrack.model.claims import SpeakerKind

_KINDS: dict[str, SpeakerKind] = {"person": "person", "organisation": "organisation", "anonymous": "anonymous"}


def _order(found: Found) -> int:
    return found.speaker.start if found.speaker is not None else found.spans[0][0]


def find_statements(ctx: FieldContext) -> list[Claim]:
    """Every statement claim of one field, in order of position."""
    text = ctx.text
    if not text.strip():
        return []
    bounds = Bounds(ctx.sentences, len(text))
    quotes = find_quotes(text)
    direct = attribute_quotes(text, quotes, bounds)
    used = {f.cue[0] for f in direct if f.cue is not None}
    indirect = find_indirect(text, bounds, [(q.start, q.end) for q in quotes], used)
    indirect.extend(find_labelled(text))
    resolver = Resolver(text, bounds, entities_of(ctx), [(q.start, q.end) for q in quotes])
    index = ctx.sentence_index
    claims: dict[tuple[int, int], StatementClaim] = {}
    seen_content: set[tuple[tuple[int, int], ...]] = set()
    for found in sorted([*direct, *indirect], key=_order):
        spans = tuple(span for span in found.spans if span[1] > span[0])
        if not spans or spans in seen_content:
            continue
        seen_content.add(spans)
        resolution = resolver.resolve(found.speaker, spans[0][0])
        speaker = resolution.speaker if resolution.confidence >= SPEAKER_THRESHOLD else None
        mention = found.speaker
        edges = [spans[0][0], spans[-1][1]]
        if mention is not None:
            edges += [mention.start, mention.end]
        if found.cue is not None:
            edges += list(found.cue)
        if found.outer is not None:
            edges += list(found.outer)
        start, end = min(edges), max(edges)
        if (start, end) in claims:
            continue
        claims[(start, end)] = StatementClaim(
            id=claim_id("statement", ctx.field, start, end),
            text=text[start:end],
            field=ctx.field,
            start=start,
            end=end,
            sentence=index.of(start),
            speaker=speaker,
            speaker_kind=_KINDS.get(resolution.kind or "") if speaker or resolution.kind == "anonymous" else None,
            speaker_start=mention.start if mention is not None else None,
            speaker_end=mention.end if mention is not None else None,
            speaker_confidence=round(resolution.confidence, 2),
            title=mention.title if mention is not None else None,
            cue=text[found.cue[0] : found.cue[1]] if found.cue is not None else None,
            cue_start=found.cue[0] if found.cue is not None else None,
            cue_end=found.cue[1] if found.cue is not None else None,
            content=" ".join(text[s:e] for s, e in spans),
            content_start=spans[0][0],
            content_end=spans[-1][1],
            content_spans=spans if len(spans) > 1 else (),
            direct=found.direct,
        )
    return sorted(claims.values(), key=lambda c: (c.start, -c.end))
