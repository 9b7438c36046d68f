"""Splitting a page that carries several stories into one span per story.

Scraped news pages often hold a main article and then other stories, each opened by a
headline. Two signals mark where a story begins:

* a headline line repeated on the next non-blank line (listing pages print the link text
  and the heading), and
* Markdown level-one headings (``# Title``) when there are at least two of them.

A plain article is one story. The spans cover the whole text, in order, without gaps: the
first story also holds whatever stands before the first marked headline.

>>> page = "Main headline\\n\\nBody one.\\n\\nOther story\\nOther story\\n\\nBody two.\\n"
>>> [page[start:end].split("\\n")[0] for start, end in stories(page)]
['Main headline', 'Other story']
>>> stories("Just one article. Nothing else.")
[(0, 31)]
"""

from __future__ import annotations

from bisect import bisect_right

import regex

# A Markdown level-one heading: one "#", a space, then the heading text.
_MARKDOWN_H1 = regex.compile(r"[ ]{0,3}\#[ \t]+\S")
_MAX_HEADLINE = 200
"""Longer lines are paragraphs, not headlines."""
_MIN_HEADLINE_WORDS = 2


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, line breaks excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    while start <= len(text):
        stop = text.find("\n", start)
        if stop == -1:
            stop = len(text)
        spans.append((start, stop))
        start = stop + 1
    return spans


def _looks_like_headline(line: str) -> bool:
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_HEADLINE or stripped[-1] in ".,;:":
        return False
    return len(stripped.split()) >= _MIN_HEADLINE_WORDS


def _repeated_headlines(text: str, lines: list[tuple[int, int]]) -> list[int]:
    starts: list[int] = []
    previous: tuple[int, int] | None = None
    for span in lines:
        line = text[span[0] : span[1]]
        if not line.strip():
            continue
        if previous is not None:
            before = text[previous[0] : previous[1]]
            if before.strip() == line.strip() and _looks_like_headline(line):
                if not starts or starts[-1] != previous[0]:
                    starts.append(previous[0])
                previous = None
                continue
        previous = span
    return starts


def _markdown_headings(text: str, lines: list[tuple[int, int]]) -> list[int]:
    starts = [start for start, end in lines if _MARKDOWN_H1.match(text, start, end)]
    return starts if len(starts) >= 2 else []


def stories(text: str) -> list[tuple[int, int]]:
    """The (start, end) span of every story of a page, in order, covering the whole text.

    >>> text = "# One\\nAlpha rose.\\n# Two\\nBeta fell."
    >>> [text[s:e] for s, e in stories(text)]
    ['# One\\nAlpha rose.\\n', '# Two\\nBeta fell.']
    """
    if not text:
        return [(0, 0)]
    lines = _lines(text)
    starts = sorted({*_repeated_headlines(text, lines), *_markdown_headings(text, lines)})
    cuts = [start for start in starts if start > 0 and text[:start].strip()]
    bounds = [0, *cuts, len(text)]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


class StoryIndex:
    """Maps an offset of the body to the index of its story.

    >>> index = StoryIndex([(0, 10), (10, 20)])
    >>> index.of(3), index.of(15), index.of(99)
    (0, 1, 1)
    """

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = spans
        self._starts = [start for start, _ in spans]

    def of(self, offset: int) -> int:
        """Index of the story containing ``offset``."""
        return max(0, bisect_right(self._starts, offset) - 1)
