"""Assembling statement claims: direct quotes, indirect speech, speakers resolved."""

from __future__ import annotations

from dataclasses import replace

import regex

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.statements.coref import SPEAKER_THRESHOLD, Resolution, Resolver, entities_of
from claimtrack.extractors.statements.direct import attribute_quotes
from claimtrack.extractors.statements.found import Bounds, Found
from claimtrack.extractors.statements.indirect import find_indirect
from claimtrack.extractors.statements.labelled import find_labelled
from claimtrack.extractors.statements.mention import Mention, personal
from claimtrack.extractors.statements.quotes import find_quotes
from claimtrack.model import Claim, StatementClaim, claim_id
from claimtrack.model.claims import SpeakerKind

_CONTINUE_REACH = 400
"""How far (in characters) a quote with no cue may follow the attribution it continues."""
_CONTINUED = 0.7
"""Speaker confidence of a quote attributed by the attribution it continues."""
_KINDS: dict[str, SpeakerKind] = {"person": "person", "organisation": "organisation", "anonymous": "anonymous"}

# A wire dateline opening the reported words: "OSLO, May 4 - ". It is not part of what was said.
_DATELINE = regex.compile(
    r"""
    \p{Lu}[\p{Lu}.'\-]{1,30}              # the place in capitals: "OSLO", "ST.", "RIO"
    (?: [ ]\p{Lu}[\p{Lu}.'\-]{0,30} ){0,3}  # more words of it: "NEW YORK", "BUENOS AIRES"
    ,[ ]{1,3}
    \p{Lu}\p{Ll}{2,8}\.?[ ]{1,3}\d{1,2}     # the day: "May 4", "Sept. 21"
    [ ]{1,3} -{1,2} [ ]{1,3}                # the dash before the story
    """,
    regex.VERBOSE,
)


def _without_dateline(text: str, spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The content spans with a wire dateline cut from the front of the first.

    >>> _without_dateline("OSLO, May 4 - Sales rose, it said", ((0, 24),))
    ((14, 24),)
    >>> _without_dateline("Oslo, May 4 - Sales rose", ((0, 24),))
    ((0, 24),)
    """
    start, end = spans[0]
    found = _DATELINE.match(text, start, end)
    if found is None or found.end() >= end:
        return spans
    return ((found.end(), end), *spans[1:])


def _kind(resolution: Resolution, speaker: str | None, mention: Mention | None) -> SpeakerKind | None:
    """The speaker's kind; None for a lone unknown capitalised word nothing marks as a person.

    "Nortel said" and "Harlow said" read alike: a one-word name with no title, honorific,
    given name or earlier full name may be a company as well as a person.
    """
    if not speaker and resolution.kind != "anonymous":
        return None
    kind = _KINDS.get(resolution.kind or "")
    lone = kind == "person" and speaker is not None and " " not in speaker
    if lone and mention is not None and mention.kind == "person" and mention.name == speaker and not personal(mention):
        return None
    return kind


def _order(found: Found) -> int:
    return found.speaker.start if found.speaker is not None else found.spans[0][0]


def _continues(text: str, previous_end: int, start: int) -> bool:
    """Whether a quote with no cue at ``start`` continues the attribution ending at ``previous_end``.

    It does in the same paragraph, a few sentences on: '"...," Berg said. "We will not stop."'
    """
    return previous_end <= start and start - previous_end <= _CONTINUE_REACH and "\n" not in text[previous_end:start]


def find_statements(ctx: FieldContext) -> list[Claim]:
    """Every statement claim of one field, in order of position."""
    text = ctx.text
    if not text.strip():
        return []
    bounds = Bounds(ctx.sentences, len(text))
    quotes = find_quotes(text)
    direct = attribute_quotes(text, quotes, bounds)
    used = {f.cue[0] for f in direct if f.cue is not None}
    indirect = find_indirect(text, bounds, [(q.start, q.end) for q in quotes], used, direct)
    indirect.extend(find_labelled(text))
    resolver = Resolver(text, bounds, entities_of(ctx), [(q.start, q.end) for q in quotes])
    index = ctx.sentence_index
    claims: dict[tuple[int, int], StatementClaim] = {}
    seen_content: set[tuple[tuple[int, int], ...]] = set()
    last: tuple[int, Resolution] | None = None  # the end and speaker of the last attribution
    for found in sorted([*direct, *indirect], key=_order):
        spans = tuple(span for span in found.spans if span[1] > span[0])
        spans = _without_dateline(text, spans) if spans else spans
        if not spans or spans in seen_content:
            continue
        seen_content.add(spans)
        resolution = resolver.resolve(found.speaker, spans[0][0])
        if found.speaker is None and found.cue is None and last is not None and _continues(text, last[0], spans[0][0]):
            resolution = replace(last[1], confidence=min(last[1].confidence, _CONTINUED))
        elif resolution.speaker is not None:
            last = (spans[-1][1], resolution)
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
            speaker_kind=_kind(resolution, speaker, mention),
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
