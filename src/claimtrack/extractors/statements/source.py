"""Source phrases ("According to X, ...", "..., according to X") and content before a comma.

>>> from claimtrack.extractors.statements.lexicon import find_cues
>>> text = "Exports fell, according to a customs survey released on Monday."
>>> found = find_source(text, next(find_cues(text)), 0, len(text))
>>> found.speaker.text, text[found.spans[0][0]:found.spans[0][1]]
('a customs survey released on Monday', 'Exports fell')
"""

from __future__ import annotations

from dataclasses import replace

import regex

from claimtrack.extractors.statements.found import Found, trim_content, word_count
from claimtrack.extractors.statements.speakers import Mention, speaker_after

MIN_WORDS = 2
"""Content shorter than this many words is not a statement ("he said so")."""
_SOURCE_TAIL = 60
"""Characters a source phrase may run on after its name ("a poll released last week")."""
_NOT_IN_SOURCE = frozenset('"“”‘’;:\n')
"""Marks that end a source phrase."""


def content_before(text: str, start: int, stop: int) -> tuple[int, int] | None:
    """The clause from the sentence start to a comma just before ``stop`` (',"' too)."""
    before = text[start:stop].rstrip()
    if before.endswith(('"', "”", "''")) and before.rstrip("\"”'").endswith(","):
        before = before.rstrip("\"”'")
    if not before.endswith(","):
        return None
    span = trim_content(text, start, start + len(before) - 1)
    return span if word_count(text, *span) >= MIN_WORDS else None


def find_source(text: str, cue: regex.Match[str], start: int, end: int) -> Found | None:
    """Statements around a source phrase: "According to X, ..." and "..., according to X."."""
    mention = speaker_after(text, cue.end(), end, closing_comma=True)
    if mention is None:
        return None
    before = text[start : cue.start()].strip()
    if before and not before.endswith(","):
        span = trim_content(text, start, cue.start())
    elif before:
        span = content_before(text, start, cue.start()) or (0, 0)
    else:
        rest = text.find(",", mention.end, end)
        if rest < 0 or rest - mention.end > 60:
            return None
        span = trim_content(text, rest + 1, end)
    if word_count(text, *span) < MIN_WORDS:
        return None
    return Found(_whole_source(text, mention, end), cue.span(), (span,), False)


def _whole_source(text: str, mention: Mention, end: int) -> Mention:
    """The source phrase up to its comma or the sentence end: "a poll released last week".

    The name found first stays the mention's name; only its extent grows, by at most
    :data:`_SOURCE_TAIL` characters with no quotation mark, colon or semicolon.
    """
    comma = text.find(",", mention.end, min(end, mention.end + _SOURCE_TAIL + 1))
    stop = comma if comma >= 0 else end
    tail = text[mention.end : stop]
    if stop - mention.end > _SOURCE_TAIL or any(mark in tail for mark in _NOT_IN_SOURCE):
        return mention
    new_end = mention.end + len(tail.rstrip(" \t\u00a0.!?"))
    if new_end <= mention.end:
        return mention
    return replace(mention, end=new_end, text=text[mention.start : new_end])
