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
import itertools
from bisect import bisect_right
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Literal

import regex

from claimtrack.model import Document, Flag
from claimtrack.model.base import Field
from claimtrack.model.document import Segment, SourceMap

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


class FieldOffsets:
    """``SourceMap.offset`` for many offsets of one document, with the segments indexed once.

    Same answers as ``document.source_map.offset`` (a scan of every segment per call), by
    bisection when a field's segments are in order and do not overlap (as the Markdown and
    HTML readers make them), so pages with thousands of flags and comments stay linear.

    >>> from claimtrack.model.document import Segment, SourceMap
    >>> smap = SourceMap(source="<p>Ab</p><p>Cd</p>", segments=(
    ...     Segment(field="text", start=0, source_start=3, length=2),
    ...     Segment(field="text", start=3, source_start=12, length=2)))
    >>> offsets = FieldOffsets(smap)
    >>> [offsets.offset("text", i) for i in range(5)] == [smap.offset("text", i) for i in range(5)]
    True
    """

    def __init__(self, source_map: SourceMap):
        self.source_map = source_map
        self._fields: dict[str, tuple[list[Segment], list[int]] | None] = {}
        for name in ("title", "text"):
            segments = [segment for segment in source_map.segments if segment.field == name]
            ordered = all(
                a.start + a.length <= b.start and a.source_start + a.length <= b.source_start
                for a, b in itertools.pairwise(segments)
            )
            self._fields[name] = (segments, [segment.start for segment in segments]) if ordered else None

    def offset(self, field: Field, offset: int) -> int | None:
        """The file offset of a field offset, or None when it was not copied verbatim."""
        indexed = self._fields.get(field)
        if indexed is None:
            return self.source_map.offset(field, offset)
        segments, starts = indexed
        index = bisect_right(starts, offset) - 1
        if index < 0 or offset > segments[index].start + segments[index].length:
            return None
        return segments[index].source_start + (offset - segments[index].start)

    def after(self, field: Field, source_offset: int) -> int | None:
        """The field offset of the first verbatim character at or after a file offset, or None."""
        indexed = self._fields.get(field)
        if indexed is None:
            for segment in self.source_map.segments:
                if segment.field == field and segment.source_start + segment.length > source_offset:
                    return segment.start + max(0, source_offset - segment.source_start)
            return None
        segments, _ = indexed
        ends = [segment.source_start + segment.length for segment in segments]
        index = bisect_right(ends, source_offset)
        if index >= len(segments):
            return None
        return segments[index].start + max(0, source_offset - segments[index].source_start)


def _field_offset(document: Document, offsets: FieldOffsets | None, suppression: Suppression) -> tuple[int, int]:
    """A body span standing for a comment: the comment itself, or the text right after it."""
    if offsets is None:
        return suppression.comment_start, suppression.comment_end
    offset = offsets.after("text", suppression.comment_end)  # text after the comment
    end = len(document.text) if offset is None else offset
    return end, end


def _hiding(suppressions: list[Suppression], flag: Flag, offset: int, index: _RegionIndex) -> list[int]:
    """The suppressions whose region holds ``offset`` and that name the flag's rule."""
    starts, reach, order = index
    found = []
    position = bisect_right(starts, offset) - 1
    while position >= 0 and reach[position] > offset:  # no earlier region reaches this far: stop
        number = order[position]
        if suppressions[number].covers(flag, offset):
            found.append(number)
        position -= 1
    return found


_RegionIndex = tuple[list[int], list[int], list[int]]


def _region_index(suppressions: list[Suppression]) -> _RegionIndex:
    """Regions by start, with the farthest end reached so far (an interval stabbing index)."""
    order = sorted(range(len(suppressions)), key=lambda number: suppressions[number].region_start)
    starts, reach = [], []
    farthest = -1
    for number in order:
        item = suppressions[number]
        farthest = max(farthest, item.region_end, item.region_start + 1)
        starts.append(item.region_start)
        reach.append(farthest)
    return starts, reach, order


def _fingerprint(comment: str, occurrence: int) -> str:
    key = f"{UNUSED_CODE}\x1f{' '.join(comment.lower().split())}\x1e{occurrence}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _names(selector: str, rule: tuple[str, str]) -> bool:
    code, name = rule
    return code.startswith(selector.strip().upper()) or name == selector.strip().lower()


def unknown_selectors(suppression: Suppression, rules: Collection[tuple[str, str]]) -> list[str]:
    """The selectors of a comment that name none of ``rules`` ((code, name) pairs): typos.

    >>> [s] = find_suppressions("<!-- claimtrack: ignore[CT401, CT999] -->\\nText.")
    >>> unknown_selectors(s, [("CT401", "weekday-mismatch")])
    ['CT999']
    """
    return [selector for selector in suppression.codes if not any(_names(selector, rule) for rule in rules)]


def could_hide(
    suppression: Suppression,
    active: Collection[tuple[str, str]] | None,
    idle: Collection[tuple[str, str]] = (),
) -> bool:
    """Whether the comment could have hidden a flag of the ``active`` rules ((code, name) pairs).

    A comment naming only ``idle`` rules (known, but not selected) suppressed nothing for want
    of a chance, so it is not reported as unused; one naming an unknown rule is (a typo).
    None means every rule ran.

    >>> [s] = find_suppressions("<!-- claimtrack: ignore[CT2, weekday-mismatch] -->\\nText.")
    >>> could_hide(s, [("CT401", "weekday-mismatch")]), could_hide(s, [("CT101", "x")]), could_hide(s, None)
    (True, True, True)
    >>> could_hide(s, [("CT101", "x")], [("CT201", "y"), ("CT401", "weekday-mismatch")])
    False
    """
    if active is None:
        return True
    if not suppression.codes:
        return bool(active)
    if any(_names(selector, rule) for selector in suppression.codes for rule in active):
        return True
    return bool(unknown_selectors(suppression, [*active, *idle]))


def rule_states(
    selected: Collection[str], names: Mapping[str, str]
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """The ``active`` and ``idle`` rules of :func:`apply_suppressions`, as sorted (code, name) pairs.

    ``selected`` are the codes that ran and ``names`` every known rule's name; CT001 is left
    out of both.

    >>> rule_states({"CT101", "CT001"}, {"CT001": "unused", "CT101": "pct", "CT201": "mag"})
    ((('CT101', 'pct'),), (('CT201', 'mag'),))
    """
    active = tuple(sorted((code, names.get(code, "")) for code in selected if code != "CT001"))
    idle = tuple(sorted((code, name) for code, name in names.items() if code not in selected and code != "CT001"))
    return active, idle


def apply_suppressions(
    document: Document,
    flags: tuple[Flag, ...],
    *,
    report_unused: bool = True,
    active: Collection[tuple[str, str]] | None = None,
    idle: Collection[tuple[str, str]] = (),
) -> tuple[Flag, ...]:
    """The flags no comment suppresses, then a CT001 flag for each unused suppression.

    ``active`` lists the (code, name) of the rules that ran and ``idle`` the known rules that
    did not, CT001 aside: a comment naming only idle rules is not reported as unused, one
    naming no known rule is, with a note (None: every rule ran).

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
    offsets = FieldOffsets(document.source_map) if document.source_map is not None else None
    index = _region_index(suppressions)
    for flag in flags:
        if offsets is not None:
            offset = offsets.offset(flag.field, flag.start)
        else:
            offset = flag.start if flag.field == "text" else None
        hiding = [] if offset is None else _hiding(suppressions, flag, offset, index)
        if hiding:
            used.update(hiding)
        else:
            kept.append(flag)
    if report_unused:
        seen: dict[str, int] = {}
        for number, suppression in enumerate(suppressions):
            if number in used or not could_hide(suppression, active, idle):
                continue
            unknown = unknown_selectors(suppression, [*active, *idle]) if active is not None else []
            note = f" ({', '.join(unknown)}: no such rule)" if unknown else ""
            start, end = _field_offset(document, offsets, suppression)
            occurrence = seen.get(suppression.comment, 0)
            seen[suppression.comment] = occurrence + 1
            kept.append(
                Flag(
                    code=UNUSED_CODE,
                    name=UNUSED_NAME,
                    severity="info",
                    message=f"unused suppression: {suppression.comment} suppressed nothing{note}",
                    field="text",
                    start=start,
                    end=end,
                    fingerprint=_fingerprint(suppression.comment, occurrence),
                )
            )
    return tuple(sorted(kept, key=lambda f: (0 if f.field == "title" else 1, f.start, f.end, f.code)))
