"""Markdown with YAML or TOML front matter -> a :class:`~claimtrack.model.Document`.

The body becomes plain text: heading marks, block quotes, list markers, emphasis, inline
code marks, images, link targets and HTML comments are dropped, and every piece of text that
is kept is recorded in a source map, so an offset in the body maps back to the file's own
line and column.

>>> doc = parse_markdown("---\\ntitle: Exports up\\ndate: 2025-06-09\\n---\\n# Trade\\n\\n**Exports** rose [5%](http://x).\\n")
>>> doc.title, doc.published.isoformat(), doc.text
('Exports up', '2025-06-09', 'Trade\\n\\nExports rose 5%.\\n')
>>> doc.position("text", doc.text.index("5%"))
(7, 19)
"""

from __future__ import annotations

import tomllib
from datetime import date, datetime
from typing import Any

import regex

from claimtrack.errors import InputError
from claimtrack.model import Document, Segment, SourceMap

_FRONT_MATTER = regex.compile(
    r"""
    \A \ufeff?
    (?: (?P<yaml_fence> ---) | (?P<toml_fence> \+\+\+) ) [ \t]* \r?\n   # opening fence
    (?P<body> (?s: .{0,100000}?) )                                      # the header
    \r?\n (?: --- | \+\+\+ | \.\.\. ) [ \t]* (?: \r?\n | \Z )           # closing fence
    """,
    regex.VERBOSE,
)
# Markup removed from a line, in order of appearance; what a group named `keep` holds stays.
_INLINE_MARKUP = regex.compile(
    r"""
      <!-- (?s: .{0,10000}? ) -->                  # an HTML comment
    | !\[ (?P<keep> [^\]\n]{0,500} ) \] \( [^)\n]{0,2000} \)   # an image: keep its alt text
    | \[ (?P<keep> [^\]\n]{0,500} ) \] \( [^)\n]{0,2000} \)    # a link: keep its text
    | \[ (?P<keep> [^\]\n]{0,500} ) \] \[ [^\]\n]{0,200} \]    # a reference link
    | (?<! [\w*] ) \*{1,3} (?= \S )                 # opening emphasis
    | (?<= \S ) \*{1,3} (?! [\w*] )                 # closing emphasis
    | (?<! \w ) _{1,3} (?= \S )  | (?<= \S ) _{1,3} (?! \w )
    | `{1,3}                                        # code marks
    """,
    regex.VERBOSE,
)
_LINE_PREFIX = regex.compile(
    r"""
    [ \t]{0,12}
    (?: \#{1,6} [ \t]+             # ATX heading
      | (?: > [ \t]? ){1,10}       # block quote
      | [-*+] [ \t]+ (?! \S* \s* $ ) # bullet (not a lone "-" rule)
      | \d{1,9} [.)] [ \t]+        # numbered list
    )?
    """,
    regex.VERBOSE,
)
_RULE_LINE = regex.compile(r"[ \t]{0,3}(?:[-*_][ \t]*){3,}$")


def _as_date(value: Any, path: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError as error:
        raise InputError(path, f"front matter date {value!r} is not an ISO date") from error


def _front_matter(raw: str, path: str) -> tuple[dict[str, Any], int]:
    match = _FRONT_MATTER.match(raw)
    if match is None:
        return {}, 0
    header = match.group("body")
    try:
        if match.group("toml_fence"):
            meta: Any = tomllib.loads(header)
        else:
            import yaml

            meta = yaml.safe_load(header)
    except Exception as error:
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise InputError(path, f"invalid front matter: {first_line}") from error
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(path, "front matter is not a mapping of keys to values")
    return meta, match.end()


def _strip_line(raw: str, line_start: int, line_end: int, out: list[str], segments: list[Segment], pos: int) -> int:
    """Append the plain text of one Markdown line; returns the new body length."""
    line = raw[line_start:line_end]
    if _RULE_LINE.match(line):
        return pos
    prefix = _LINE_PREFIX.match(line)
    cursor = line_start + (prefix.end() if prefix else 0)
    for markup in _INLINE_MARKUP.finditer(raw, cursor, line_end):
        pos = _copy(raw, cursor, markup.start(), out, segments, pos)
        keep = markup.captures("keep")
        if keep:
            keep_start = markup.starts("keep")[0]
            pos = _copy(raw, keep_start, keep_start + len(keep[0]), out, segments, pos)
        cursor = markup.end()
    return _copy(raw, cursor, line_end, out, segments, pos)


def _copy(raw: str, start: int, end: int, out: list[str], segments: list[Segment], pos: int) -> int:
    if end <= start:
        return pos
    out.append(raw[start:end])
    segments.append(Segment(field="text", start=pos, source_start=start, length=end - start))
    return pos + end - start


def parse_markdown(raw: str, path: str = "<string>", *, title: str | None = None) -> Document:
    """Parse Markdown text (front matter optional) into a Document with a source map.

    The title comes from ``title`` if given, else the front matter's ``title``, else a
    leading level-one heading (which then leaves the body). The date comes from the front
    matter's ``published`` or ``date``.
    """
    meta, body_start = _front_matter(raw, path)
    published = _as_date(meta.get("published", meta.get("date")), path)
    doc_title = title if title is not None else str(meta.get("title") or "")
    title_segments: list[Segment] = []
    out: list[str] = []
    segments: list[Segment] = []
    pos = 0
    cursor = body_start
    while cursor <= len(raw):
        newline = raw.find("\n", cursor)
        line_end = len(raw) if newline == -1 else newline
        content_end = line_end - 1 if line_end > cursor and raw[line_end - 1] == "\r" else line_end
        heading = regex.match(r"[ \t]{0,3}#[ \t]+", raw[cursor:content_end])
        if not doc_title and heading and not out and raw[cursor + heading.end() : content_end].strip():
            start = cursor + heading.end()
            doc_title = raw[start:content_end].strip()
            lead = raw.index(doc_title, start)
            title_segments.append(Segment(field="title", start=0, source_start=lead, length=len(doc_title)))
        else:
            pos = _strip_line(raw, cursor, content_end, out, segments, pos)
            if newline != -1:
                pos = _copy(raw, newline, newline + 1, out, segments, pos)
        if newline == -1:
            break
        cursor = newline + 1
    body = "".join(out)
    if not title_segments and doc_title and doc_title in raw[:body_start]:
        lead = raw.index(doc_title)
        title_segments.append(Segment(field="title", start=0, source_start=lead, length=len(doc_title)))
    return Document(
        text=body.lstrip("\n"),
        title=doc_title,
        published=published,
        source=path,
        source_map=SourceMap(
            source=raw,
            segments=tuple(title_segments) + _shift(tuple(segments), len(body) - len(body.lstrip("\n"))),
        ),
    )


def _shift(segments: tuple[Segment, ...], dropped: int) -> tuple[Segment, ...]:
    """Re-base body segments after ``dropped`` leading characters were removed."""
    if not dropped:
        return segments
    shifted = []
    for seg in segments:
        end = seg.start + seg.length
        if end <= dropped:
            continue
        cut = max(0, dropped - seg.start)
        shifted.append(
            Segment(
                field="text",
                start=seg.start + cut - dropped,
                source_start=seg.source_start + cut,
                length=seg.length - cut,
            )
        )
    return tuple(shifted)
