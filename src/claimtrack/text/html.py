"""HTML -> a :class:`~claimtrack.model.Document`, with the standard library's parser.

The title is the first ``<h1>`` (which then leaves the body), else ``og:title``, else
``<title>``. The date is ``article:published_time`` (or ``itemprop="datePublished"``), else
the first ``<time datetime>``. The body is the page's text without scripts, styles,
navigation, headers, footers and asides (only the ``<article>`` when the page has one);
block elements become paragraph breaks, ``<br>`` a line break, runs of white space one
space, and entities are decoded. Every kept character is recorded in a source map, so
offsets map back to the file's own lines and columns.

>>> page = '<html><head><title>Site | Trade</title></head><body><nav>Home</nav><article>'
>>> page += '<h1>Exports &amp; imports</h1><time datetime="2025-06-09">June 9</time>'
>>> page += '<p>Exports rose\\n  5%.</p><p>Imports fell.</p></article></body></html>'
>>> doc = parse_html(page)
>>> doc.title, doc.published.isoformat(), doc.text
('Exports & imports', '2025-06-09', 'June 9\\n\\nExports rose 5%.\\n\\nImports fell.')
>>> page[doc.source_map.offset("text", doc.text.index("5%")):][:2]
'5%'
"""

from __future__ import annotations

from datetime import date
from html import unescape
from html.parser import HTMLParser

from claimtrack.model import Document, Segment, SourceMap
from claimtrack.model.base import Field

_SKIP = frozenset(
    {"script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "head", "form",
     "button", "select", "iframe", "object"}
)  # fmt: skip
"""Elements whose text is not article text (``<title>`` and ``<h1>`` are read even inside them)."""
_RAW_SKIP = frozenset({"script", "style", "noscript", "template", "svg"})
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
     "blockquote", "pre", "table", "tr", "td", "th", "caption", "figure", "figcaption", "dl", "dt", "dd",
     "hr", "header", "footer", "nav", "aside", "address", "details", "summary", "body", "html", "title"}
)  # fmt: skip


class _Buffer:
    """Plain text being built for one field, with white space collapsed and a source map."""

    def __init__(self, field: Field):
        self.field: Field = field
        self.parts: list[str] = []
        self.segments: list[Segment] = []
        self.length = 0
        self.space_at: int | None = None
        self.break_text = ""

    def add_break(self, text: str) -> None:
        if self.length and len(text) > len(self.break_text):
            self.break_text = text

    def _put(self, text: str, source_start: int | None) -> None:
        self.parts.append(text)
        if source_start is not None:
            self.segments.append(
                Segment(field=self.field, start=self.length, source_start=source_start, length=len(text))
            )
        self.length += len(text)

    def add(self, text: str, source_start: int, *, verbatim: bool = True) -> None:
        """Append text found at ``source_start``; white space runs become one space."""
        index = 0
        while index < len(text):
            if text[index].isspace():
                begin = index
                while index < len(text) and text[index].isspace():
                    index += 1
                if self.length and not self.break_text and self.space_at is None:
                    self.space_at = source_start + (begin if verbatim else 0)
                continue
            begin = index
            while index < len(text) and not text[index].isspace():
                index += 1
            if self.break_text:
                self._put(self.break_text, None)
            elif self.space_at is not None:
                self._put(" ", self.space_at)
            self.break_text, self.space_at = "", None
            if verbatim:
                self._put(text[begin:index], source_start + begin)
            else:
                self._put(text[begin:index], source_start)

    def text(self) -> str:
        return "".join(self.parts)


class _PageParser(HTMLParser):
    def __init__(self, source: str, *, h1_is_title: bool = True):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0]
        index = source.find("\n")
        while index != -1:
            self.line_starts.append(index + 1)
            index = source.find("\n", index + 1)
        self.only_article = "<article" in source.lower()
        self.body = _Buffer("text")
        self.h1 = _Buffer("title")
        self.title_tag = _Buffer("title")
        self.skip = 0
        self.raw_skip = 0
        self.article = 0
        self.in_h1 = self.in_title = False
        self.h1_done = not h1_is_title
        self.og_title = ""
        self.meta_date = ""
        self.time_date = ""

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _target(self) -> _Buffer | None:
        if self.raw_skip:
            return None
        if self.in_h1:
            return self.h1
        if self.in_title:
            return self.title_tag
        if self.skip or (self.only_article and not self.article):
            return None
        return self.body

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key.lower(): value or "" for key, value in attrs}
        if tag in _SKIP:
            self.skip += 1
        if tag in _RAW_SKIP:
            self.raw_skip += 1
        if tag == "article":
            self.article += 1
        if tag in _BLOCKS:
            self.body.add_break("\n\n")
        elif tag == "br":
            self.body.add_break("\n")
        if tag == "h1" and not self.h1_done and not self.raw_skip:
            self.in_h1 = True
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key == "og:title" and not self.og_title:
                self.og_title = values.get("content", "").strip()
            elif key in {"article:published_time", "datepublished"} and not self.meta_date:
                self.meta_date = values.get("content", "")
        elif tag == "time" and not self.time_date and values.get("datetime"):
            self.time_date = values["datetime"]

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip:
            self.skip -= 1
        if tag in _RAW_SKIP and self.raw_skip:
            self.raw_skip -= 1
        if tag == "article" and self.article:
            self.article -= 1
        if tag == "h1" and self.in_h1:
            self.in_h1 = False
            self.h1_done = bool(self.h1.length)
        elif tag == "title":
            self.in_title = False
        if tag in _BLOCKS:
            self.body.add_break("\n\n")

    def handle_data(self, data: str) -> None:
        target = self._target()
        if target is not None:
            target.add(data, self._offset())

    def _reference(self, written: str) -> None:
        target = self._target()
        if target is not None:
            target.add(unescape(written), self._offset(), verbatim=False)

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")


def _iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def parse_html(raw: str, path: str = "<string>", *, title: str | None = None) -> Document:
    """Parse an HTML page into a Document with a source map (never raises on odd markup)."""
    parser = _PageParser(raw, h1_is_title=title is None)
    parser.feed(raw)
    parser.close()
    title_segments: tuple[Segment, ...] = ()
    if title is not None:
        doc_title = title
    elif parser.h1.length:
        doc_title, title_segments = parser.h1.text(), tuple(parser.h1.segments)
    elif parser.og_title:
        doc_title = parser.og_title
    else:
        doc_title, title_segments = parser.title_tag.text(), tuple(parser.title_tag.segments)
    published = _iso_date(parser.meta_date) or _iso_date(parser.time_date)
    return Document(
        text=parser.body.text(),
        title=doc_title,
        published=published,
        source=path,
        source_map=SourceMap(source=raw, segments=title_segments + tuple(parser.body.segments)),
    )
