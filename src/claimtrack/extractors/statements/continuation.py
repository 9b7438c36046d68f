"""A participle that continues an attribution: '"We will fight," he said, adding that ...'.

The speaker of "adding", "noting", "warning" ... after a comma is the speaker of the
attribution that ends right before the comma, whatever opens the sentence (a quotation, a
parenthesis). :class:`Attributions` records where each attribution ends and finds the one
that a participle continues.

>>> from claimtrack.extractors.statements.speakers import Mention
>>> text = '"We will fight," he said in a statement, adding that the deal was unfair.'
>>> seen = Attributions()
>>> seen.add(Mention(17, 19, "pronoun", "he"), (20, 24), ())
>>> seen.continued(text, 41).text
'he'
>>> seen.continued(text, 10) is None
True
"""

from __future__ import annotations

from bisect import bisect_left, insort

import regex

from claimtrack.extractors.statements.found import LEAD_IN, TELL_OBJECT
from claimtrack.extractors.statements.lexicon import lexicon
from claimtrack.extractors.statements.speakers import Mention

_GAP = 100
"""How far (in characters) the end of an attribution may be from the participle's comma."""
_PLACE = regex.compile(
    r"""
    [ \t\u00a0]{1,3}(?:in|at|on|from|during|after|before|to)   # a preposition
    (?:[ ][\p{L}\p{N}.’'\-]{1,30}){1,6}                     # up to six words
    [ \t\u00a0]{0,3},[ \t\u00a0]{0,3}\Z                      # then the comma
    """,
    regex.VERBOSE,
)
"""A short phrase of the cue before the comma: "he said at a rally in Ohio, adding ..."."""
_CLOSE = frozenset(" \t\u00a0\"”’',")
"""Blanks, closing quotation marks and the comma between an attribution and a participle."""


class Attributions:
    """The ends of the attributions of a field, and their speakers, in order of position."""

    def __init__(self) -> None:
        self._ends: list[tuple[int, int]] = []
        self._speakers: dict[int, Mention] = {}

    def add(
        self,
        speaker: Mention | None,
        cue: tuple[int, int] | None,
        spans: tuple[tuple[int, int], ...],
        outer: tuple[int, int] | None = None,
    ) -> None:
        """Record an attribution (its speaker, cue, content spans and quote bounds)."""
        if speaker is None or cue is None:
            return
        end = max(cue[1], speaker.end, *(e for _, e in spans), outer[1] if outer else 0)
        if end not in self._speakers:
            insort(self._ends, (end, len(self._ends)))
        self._speakers.setdefault(end, speaker)  # the outer attribution: "X told ... that she believes ..."

    def continued(self, text: str, at: int) -> Mention | None:
        """The speaker of the attribution that ends just before a comma and the participle at ``at``.

        Only blanks, closing quotation marks, time and manner words ("on Monday", "in a
        statement") and a short place phrase may separate them.
        """
        first = bisect_left(self._ends, (at - _GAP, -1))
        last = bisect_left(self._ends, (at, -1))
        for index in range(last - 1, first - 1, -1):
            end = self._ends[index][0]
            if _adjacent(text, end, at):
                return self._speakers[end]
        return None


def _adjacent(text: str, end: int, at: int) -> bool:
    """Whether only a comma, blanks, quote marks and phrases of the cue lie in ``text[end:at]``.

    The phrases are time and manner words, a hearer ("told the group") and a short place.
    """
    manner = lexicon().manner_pattern
    pos = end
    for _ in range(4):
        moved = False
        for pattern in (manner, LEAD_IN, TELL_OBJECT):
            match = pattern.match(text, pos, at)
            if match is not None and match.end() > pos:
                pos, moved = match.end(), True
        if not moved:
            break
    rest = text[pos:at]
    commas = rest.count(",") + text[max(0, end - 3) : end].count(",")  # ',"' ends a quote too
    if commas == 1 and all(char in _CLOSE for char in rest):
        return True
    return _PLACE.match(rest) is not None or _PLACE.match(text, end, at) is not None
