"""Direct quotes: pairing quote marks in one linear pass, across sentences and paragraphs.

Straight (``"``, ``''``) and curly (“ ”, „) double marks are paired; an opening mark at the
start of a paragraph continues a quote whose previous paragraph did not close (the
newspaper convention for multi-paragraph quotes). A quote left open ends at its paragraph's
end; a stray closing mark is ignored. Nothing here raises on unbalanced marks.

>>> [(q.start, q.end, q.spans) for q in find_quotes('He said "we will win," and left.')]
[(8, 22, ((9, 20),))]
>>> q = find_quotes('“First part.\\n\\n“Second part,” she said.')[0]
>>> q.spans
((1, 12), (15, 26))
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_MARK = regex.compile(
    r"""
    ''|``              # doubled straight single marks, as some wires write quotes
    | ["“”„«»]         # straight and curly double marks, guillemets
    """,
    regex.VERBOSE,
)
_OPENERS = frozenset({"“", "„", "«", "``"})
_CLOSERS = frozenset({"”", "»"})
_MAX_QUOTE = 6000
"""Longest quote, in characters; a mark left open longer than this is dropped."""


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: outer bounds (marks included) and the quoted text's spans (marks excluded)."""

    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    closed: bool


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _role(text: str, start: int, end: int, mark: str) -> str:
    """Whether a mark opens, closes or may do "either", from its shape and its neighbours."""
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS:
        return "close"
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if (before.isspace() or before in "([{—–-") and not after.isspace():
        return "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-"):
        return "close"
    return "either"


def _paragraph_end(text: str, start: int, limit: int) -> int:
    """Offset of the first line break in ``text[start:limit]``, or -1."""
    return text.find("\n", start, limit)


def _only_space(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()


def find_quotes(text: str) -> list[Quote]:
    """Every quotation of a field, in order; see the module docstring for the rules."""
    quotes: list[Quote] = []
    open_start = -1
    segment_start = -1
    spans: list[tuple[int, int]] = []

    def finish(end_mark: int, end: int, closed: bool) -> None:
        nonlocal open_start, spans
        piece = _trim(text, segment_start, end_mark)
        if piece[1] > piece[0]:
            spans.append(piece)
        if spans and end - open_start <= _MAX_QUOTE:
            quotes.append(Quote(open_start, end, tuple(spans), closed))
        open_start = -1
        spans = []

    for match in _MARK.finditer(text):
        start, end = match.span()
        role = _role(text, start, end, match.group())
        if open_start >= 0:
            newline = _paragraph_end(text, segment_start, start)
            if newline >= 0:
                line_start = text.rfind("\n", newline, start) + 1
                continues = (
                    role != "close" and _only_space(text, line_start, start) and _only_space(text, newline, line_start)
                )
                if continues:
                    piece = _trim(text, segment_start, newline)
                    if piece[1] > piece[0]:
                        spans.append(piece)
                    segment_start = end
                    continue
                finish(newline, _trim(text, segment_start, newline)[1], closed=False)
            elif role != "open":
                finish(start, end, closed=True)
                continue
            else:
                open_start = -1  # an opener inside an open quote: the first one was stray
                spans = []
        if open_start < 0 and role != "close":
            open_start, segment_start, spans = start, end, []
    if open_start >= 0:
        newline = _paragraph_end(text, segment_start, len(text))
        stop = newline if newline >= 0 else len(text)
        finish(stop, _trim(text, segment_start, stop)[1], closed=False)
    return quotes
