"""Poll margins: "a 5-point lead", "ahead 3 points" near poll words are percentage points.

A bare "points" figure is read as a measure in index points ("the Dow fell 200 points");
in the text of a poll, a lead or a margin of error in points is a difference of two
percentages, so it becomes a percent with ``points`` set.

>>> from claimtrack.extractors.figures.scanner import scan
>>> text = "The poll of likely voters gives Clinton a 5-point lead."
>>> m = poll_points(text, scan(text)[0], (0, len(text)))
>>> m.kind, m.value, m.points, m.unit
('percent', Decimal('5'), True, None)
>>> text = "The Dow fell 200 points."
>>> poll_points(text, scan(text)[0], (0, len(text))).kind
'measure'
"""

from __future__ import annotations

from dataclasses import replace

import regex

import claimtrack.extractors.figures.patterns as pat
from claimtrack.extractors.figures.mention import Mention

_BEFORE_WINDOW = 250
# words that only a text about polls or elections uses near a margin in points
_POLL_CUE = regex.compile(
    r"""(?i)\b(?:
        polls? | polled | polling | pollsters? | surveys? | surveyed      # the poll itself
        | (?:likely|registered|undecided|swing)[ \t]voters | electorate   # who was asked
        | margin[ \t]of[ \t]error | approval[ \t]rating                   # poll vocabulary
        | electoral | caucus(?:es)? | ballots?                           # elections
    )\b""",
    regex.VERBOSE,
)


def poll_points(text: str, m: Mention, sentence: tuple[int, int]) -> Mention:
    """The mention as percentage points when it is a "points" measure in a poll's text."""
    if m.kind != "measure" or m.unit != "point" or m.is_range:
        return m
    window_start = max(0, m.start - _BEFORE_WINDOW)
    if _POLL_CUE.search(text, window_start, max(sentence[1], m.end), timeout=pat.TIMEOUT) is None:
        return m
    return replace(m, kind="percent", unit=None, points=True)
