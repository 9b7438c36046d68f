"""Inline suppression comments, and the CT001 flags for the ones that suppressed nothing.

``<!-- claimtrack: ignore[CT201] -->`` before a paragraph hides the named rules (codes,
prefixes or names, comma-separated; no list hides every rule) in that paragraph;
``<!-- claimtrack: off -->`` ... ``<!-- claimtrack: on -->`` hides everything between.
Comments are found in the file's own text, and flags are placed there through the
document's source map, so the same comments work in plain text, Markdown and HTML.

>>> source = "<!-- claimtrack: ignore[CT201] -->\\nSales rose 5%.\\n\\nCosts fell 3%.\\n"
>>> [(s.kind, s.codes, source[s.region_start:s.region_end]) for s in find_suppressions(source)]
[('ignore', ('CT201',), 'Sales rose 5%.')]
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Literal

import regex

from claimtrack.model import Document, Flag

UNUSED_CODE, UNUSED_NAME = "CT001", "unused-suppression"

_COMMENT = regex.compile(
    r"""
    <!-- [ \t]{0,20}
    claimtrack [ \t]{0,5} : [ \t]{0,5}              # the marker
    (?P<kind> ignore | off | on ) \b
    (?: [ \t]{0,5} \[ (?P<codes> [\w ,\t-]{0,300} ) \] )?   # optional [CT201, name-of-rule]
    [ \t]{0,20} -->
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# Where a paragraph ends: a blank line, or the closing tag of an HTML block.
_PARAGRAPH_END = regex.compile(r"\n[ \t]{0,100}\r?\n|</(?:p|li|h[1-6]|blockquote|div|td|figcaption)\s{0,5}>", regex.I)


@dataclass(frozen=True)
class Suppression:
    """One suppression comment and the stretch of the file it covers (file offsets)."""

    kind: Literal["ignore", "off"]
    codes: tuple[str, ...]
    """Codes, prefixes or names; empty means every rule."""
    comment_start: int
    comment_end: int
    region_start: int
    region_end: int
    comment: str

    def covers(self, flag: Flag, offset: int) -> bool:
        """Whether this suppression hides ``flag``, which stands at file offset ``offset``."""
        if not self.region_start <= offset < max(self.region_end, self.region_start + 1):
            return False
        return not self.codes or any(
            flag.code.startswith(code.upper()) or flag.name == code.lower() for code in self.codes
        )


def find_suppressions(source: str) -> list[Suppression]:
    """Every suppression comment of a file's text, with the region it covers."""
    found: list[Suppression] = []
    off_at: regex.Match[str] | None = None
    for match in _COMMENT.finditer(source):
        kind = match.group("kind").lower()
        if kind == "ignore":
            start = match.end()
            while start < len(source) and source[start].isspace():
                start += 1
            end_match = _PARAGRAPH_END.search(source, start)
            end = end_match.start() if end_match else len(source)
            codes = tuple(code.strip() for code in (match.group("codes") or "").split(",") if code.strip())
            found.append(Suppression("ignore", codes, match.start(), match.end(), start, end, match.group()))
        elif kind == "off" and off_at is None:
            off_at = match
        elif kind == "on" and off_at is not None:
            found.append(
                Suppression("off", (), off_at.start(), off_at.end(), off_at.end(), match.start(), off_at.group())
            )
            off_at = None
    if off_at is not None:
        found.append(Suppression("off", (), off_at.start(), off_at.end(), off_at.end(), len(source), off_at.group()))
    return sorted(found, key=lambda item: item.comment_start)


def _source(document: Document) -> str:
    return document.source_map.source if document.source_map is not None else document.text


def _file_offset(document: Document, flag: Flag) -> int | None:
    if document.source_map is not None:
        return document.source_map.offset(flag.field, flag.start)
    return flag.start if flag.field == "text" else None


def _field_offset(document: Document, suppression: Suppression) -> tuple[int, int]:
    """A body span standing for a comment: the comment itself, or the text right after it."""
    if document.source_map is None:
        return suppression.comment_start, suppression.comment_end
    segments = [s for s in document.source_map.segments if s.field == "text"]
    for segment in segments:
        if segment.source_start + segment.length > suppression.comment_end:  # text after the comment
            offset = segment.start + max(0, suppression.comment_end - segment.source_start)
            return offset, offset
    end = len(document.text)
    return end, end


def _fingerprint(comment: str, occurrence: int) -> str:
    key = f"{UNUSED_CODE}\x1f{' '.join(comment.lower().split())}\x1e{occurrence}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def apply_suppressions(document: Document, flags: tuple[Flag, ...], *, report_unused: bool = True) -> tuple[Flag, ...]:
    """The flags no comment suppresses, then a CT001 flag for each unused suppression.

    >>> from claimtrack.model import Flag
    >>> doc = Document(text="<!-- claimtrack: off -->\\nSales rose 5%.\\n<!-- claimtrack: on -->\\nX")
    >>> hit = Flag(code="CT201", name="implausible-magnitude", severity="warning", message="m",
    ...     field="text", start=30, end=32)
    >>> apply_suppressions(doc, (hit,))
    ()
    >>> [flag.code for flag in apply_suppressions(doc, ())]
    ['CT001']
    """
    source = _source(document)
    if "claimtrack" not in source:
        return flags
    suppressions = find_suppressions(source)
    if not suppressions:
        return flags
    used: set[int] = set()
    kept: list[Flag] = []
    for flag in flags:
        offset = _file_offset(document, flag)
        hiding = [] if offset is None else [i for i, s in enumerate(suppressions) if s.covers(flag, offset)]
        if hiding:
            used.update(hiding)
        else:
            kept.append(flag)
    if report_unused:
        seen: dict[str, int] = {}
        for number, suppression in enumerate(suppressions):
            if number in used:
                continue
            start, end = _field_offset(document, suppression)
            occurrence = seen.get(suppression.comment, 0)
            seen[suppression.comment] = occurrence + 1
            kept.append(
                Flag(
                    code=UNUSED_CODE,
                    name=UNUSED_NAME,
                    severity="info",
                    message=f"unused suppression: {suppression.comment} suppressed nothing",
                    field="text",
                    start=start,
                    end=end,
                    fingerprint=_fingerprint(suppression.comment, occurrence),
                )
            )
    return tuple(sorted(kept, key=lambda f: (0 if f.field == "title" else 1, f.start, f.end, f.code)))
