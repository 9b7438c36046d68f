"""A document: its title and body as plain strings, its date, and a map back to the file.

For plain text the body *is* the input, so every claim offset indexes it directly. For
Markdown and HTML the body is extracted plain text, and the :class:`SourceMap` turns an
offset of either field back into the file's 1-based line and column (in code points).

>>> doc = Document(text="Exports rose 5%.")
>>> doc.field_text("text")[13:15]
'5%'
>>> doc.position("text", 13)
(1, 14)
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from claimtrack.model.base import Field, Frozen


class Segment(Frozen):
    """``length`` characters of a field that stand verbatim at ``source_start`` in the file."""

    field: Field
    start: int
    source_start: int
    length: int


class SourceMap(Frozen):
    """Where the characters of each field stand in the original file."""

    source: str
    """The file's decoded text."""
    segments: tuple[Segment, ...] = ()

    def offset(self, field: Field, offset: int) -> int | None:
        """The file offset of a field offset, or None when it was not copied verbatim."""
        best: Segment | None = None
        for segment in self.segments:
            if segment.field != field or segment.start > offset:
                continue
            if offset <= segment.start + segment.length:
                best = segment
        if best is None:
            return None
        return best.source_start + (offset - best.start)


class Document(Frozen):
    """Title and body fields, publication date, source path and source map."""

    text: str
    title: str = ""
    published: date | None = None
    source: str | None = None
    """The path the document was read from, or None."""
    source_map: SourceMap | None = None

    def field_text(self, field: Field) -> str:
        """The string a claim's ``start``/``end`` index for this field."""
        return self.title if field == "title" else self.text

    def position(self, field: Field, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a field offset in the original file.

        Without a source map the body is the file and a title given apart from it (the
        ``title`` argument, ``--title``) is reported on line 1 with columns that index the
        title itself: line numbers start at 1 in every output format (SARIF, GitHub), and
        the flag's ``field`` and quoted text say it is the title.
        """
        if self.source_map is None:
            if field == "title":
                return (1, offset + 1)
            return _line_col(self.text, offset)
        mapped = self.source_map.offset(field, offset)
        if mapped is None:
            return (1, 1)
        return _line_col(self.source_map.source, mapped)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    starts = [0]
    index = text.find("\n")
    while index != -1 and index < offset:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    line = bisect_right(starts, offset)
    return (line, offset - starts[line - 1] + 1)
