"""Attributing direct quotes: the cue and speaker after a quote, or before it.

Handles "“...,” he said", "“...,” said Scott Bessent, the Treasury secretary", "Hassett
said: “...”", a speaker line ending in a colon before a quoted paragraph, and quotes
interrupted by their attribution ("“...,” she said. “...”" -> one statement, two spans).

>>> from claimtrack.text.sentences import split_sentences
>>> from claimtrack.extractors.statements.quotes import find_quotes
>>> text = '"We will not back down," she said. "Not now."'
>>> found = attribute_quotes(text, find_quotes(text), Bounds(split_sentences(text), len(text)))
>>> [(f.speaker.text, f.spans) for f in found]
[('she', ((1, 22), (36, 44)))]
"""

from __future__ import annotations

import regex

from claimtrack.extractors.statements.found import Bounds, Found, word_count
from claimtrack.extractors.statements.lexicon import find_cues, lexicon
from claimtrack.extractors.statements.quotes import Quote
from claimtrack.extractors.statements.speakers import Mention, speaker_after, speaker_before

_GAP = regex.compile(r"[ \t\u00a0,]{0,4}")
_BEFORE_GAP = regex.compile(
    r"""
    [ \t\u00a0,:]{0,4}$                          # "said: “...”"
    | [ \t\u00a0][^.!?"“”\n]{1,80}[,:][ \t\u00a0]{0,3}$   # "told his audience on Monday, “...”"
    """,
    regex.VERBOSE,
)
_JOIN = regex.compile(
    r"""
    [ \t\u00a0,.;:]{0,4}\Z                       # only punctuation between the pieces
    | [ ,][^.!?"“”\n]{1,120},[ \t\u00a0]{0,3}\Z    # or an aside: ', referring to the excuse, '
    """,
    regex.VERBOSE,
)
_DASH = regex.compile(r"[ \t\u00a0]{0,3}(?P<dash>[―—–]|--)[ \t\u00a0]{0,3}")
_MIN_UNATTRIBUTED_WORDS = 5
"""A quote with no cue is a statement only when it is this long (shorter ones are scare quotes)."""


def _after(text: str, quote: Quote, bounds: Bounds) -> tuple[Mention | None, tuple[int, int], int] | None:
    """Speaker and cue right after a quote: (speaker, cue span, end of the attribution)."""
    lex = lexicon()
    pos = quote.end
    gap = _GAP.match(text, pos)
    start = gap.end() if gap else pos
    if start >= len(text) or text[start] == "\n":
        return None
    # the splitter may end a sentence at '?”' before its attribution: use the one after the gap
    limit = min(len(text), pos + 160, bounds.of(start)[1])
    cue = next(find_cues(text, start, limit), None)
    if cue is None or lex.cue_group.get(" ".join(cue.group().lower().split())) == "description":
        return None
    if cue.start() == start:
        mention = speaker_after(text, cue.end(), limit)
        if mention is None:
            return None
        return mention, cue.span(), max(mention.end, cue.end())
    mention = speaker_before(text, start, cue.start())
    if mention is None or mention.start != start:
        return None
    return mention, cue.span(), cue.end()


def _before(text: str, quote: Quote, bounds: Bounds) -> tuple[Mention | None, tuple[int, int]] | None:
    """Speaker and cue right before a quote ("Hassett said: “...”")."""
    lex = lexicon()
    lo, _ = bounds.of(quote.start)
    if lo >= quote.start - 1:
        previous = bounds.previous(quote.start)
        if previous is None or not text[max(previous[0], previous[1] - 8) : previous[1]].rstrip().endswith(":"):
            return None
        lo = previous[0]
    last = None
    for match in find_cues(text, max(lo, quote.start - 200), quote.start):
        last = match
    if last is None:
        return None
    gap_end = last.end()
    mention = speaker_before(text, lo, last.start())
    if mention is None:
        mention = speaker_after(text, last.end(), quote.start)  # "Said Ellis: “...”"
        if mention is None:
            return None
        gap_end = max(gap_end, mention.end)
    manner = lex.manner_pattern.match(text, gap_end, quote.start)
    if manner is not None:
        gap_end = manner.end()
    if not _BEFORE_GAP.match(text[gap_end : quote.start]):
        return None
    return mention, last.span()


def _speech_like(text: str, quote: Quote, bounds: Bounds) -> bool:
    """A quote with no cue that still reads as speech: long, and a sentence (or more) of its own."""
    words = sum(word_count(text, s, e) for s, e in quote.spans)
    if words < _MIN_UNATTRIBUTED_WORDS:
        return False
    sentence_start = bounds.of(quote.start)[0]
    before = text[sentence_start : quote.start].rstrip()
    after = text[quote.end : bounds.of(max(quote.start, quote.end - 1))[1]]
    return (not before or before.endswith(":")) and not any(c.isalnum() for c in after)


def _dash(text: str, quote: Quote, bounds: Bounds) -> tuple[Mention | None, tuple[int, int], int] | None:
    """A quote signed with a dash: "“...” ― Jane Doe"."""
    match = _DASH.match(text, quote.end)
    if match is None:
        return None
    mention = speaker_after(text, match.end(), min(len(text), match.end() + 120))
    if mention is None or mention.kind not in {"person", "organisation", "anonymous"}:
        return None
    return mention, match.span("dash"), mention.end


def _opens_sentence(text: str, quote: Quote, bounds: Bounds) -> bool:
    """True when a quote starts its sentence (or follows a colon): not a quoted fragment."""
    before = text[bounds.of(quote.start)[0] : quote.start].rstrip()
    return not before or before.endswith((":", "—", "–", "--")) or not any(c.isalnum() for c in before)


def _next_sentence_start(bounds: Bounds, offset: int) -> int:
    index = bounds.index(offset)
    if index + 1 < len(bounds.sentences):
        return bounds.sentences[index + 1].start
    return -1


def attribute_quotes(text: str, quotes: list[Quote], bounds: Bounds) -> list[Found]:
    """Every direct quote of a field with its speaker and cue when they can be found."""
    found: list[Found] = []
    index = 0
    while index < len(quotes):
        quote = quotes[index]
        index += 1
        opens = _opens_sentence(text, quote, bounds)
        after = (_after(text, quote, bounds) or _dash(text, quote, bounds)) if opens else None
        if after is not None:
            mention, cue, end = after
            spans = list(quote.spans)
            last_end = quote.end
            first = quote.start
            previous = found[-1] if found else None
            if (
                previous is not None
                and previous.cue is None
                and previous.outer is not None
                and quote.start == _next_sentence_start(bounds, previous.outer[1] - 1)
            ):
                # an unattributed quote right before belongs to this speaker too
                found.pop()
                spans = [*previous.spans, *spans]
                first = previous.outer[0]
            # a quote interrupted by its attribution continues right after it
            while index < len(quotes) and (
                _JOIN.match(text[end : quotes[index].start])
                or quotes[index].start == _next_sentence_start(bounds, end - 1)
            ):
                follower = quotes[index]
                if _after(text, follower, bounds) is not None or _dash(text, follower, bounds) is not None:
                    break
                spans.extend(follower.spans)
                end = last_end = follower.end
                index += 1
            found.append(Found(mention, cue, tuple(spans), True, (first, last_end)))
            continue
        before = _before(text, quote, bounds)
        if before is not None:
            found.append(Found(before[0], before[1], quote.spans, True, (quote.start, quote.end)))
        elif _speech_like(text, quote, bounds):
            found.append(Found(None, None, quote.spans, True, (quote.start, quote.end)))
    return found
