"""What every formatter shares: a checked file, a rule's description, and flag locations.

Lines and columns are 1-based and count Unicode code points; end positions are exclusive
(the column after the last character), as in SARIF.

>>> from claimtrack.model import Document, Flag
>>> doc = Document(text="Sales\\nrose 500%.")
>>> flag = Flag(code="CT201", name="implausible-magnitude", severity="warning",
...     message="too big", field="text", start=11, end=15)
>>> location(doc, flag.field, flag.start, flag.end)
Location(line=2, column=6, end_line=2, end_column=10)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from claimtrack.model import ClaimSet, Document, Flag, Related
from claimtrack.model.base import Field
from claimtrack.suppression import FieldOffsets

DOCS_URL = "https://claimtrack.readthedocs.io/en/latest/"
"""Where the rule pages are published; ``help_uri`` appends ``rules/CODE/``."""
INFORMATION_URI = DOCS_URL


def help_uri(code: str) -> str:
    """The documentation page of a rule.

    >>> help_uri("CT201")
    'https://claimtrack.readthedocs.io/en/latest/rules/CT201/'
    """
    return f"{DOCS_URL}rules/{code}/"


class Location(NamedTuple):
    """Where a span stands in the file: 1-based lines, code-point columns, exclusive end."""

    line: int
    column: int
    end_line: int
    end_column: int


class _Positions:
    """``Document.position`` for many offsets of one document: line starts and segments indexed once.

    Same answers as ``Document.position`` (which scans the file from its start on each call),
    in logarithmic time, so reporting thousands of flags or claims of a long file stays linear.
    """

    def __init__(self, document: Document):
        self.document = document
        source_map = document.source_map
        source = source_map.source if source_map is not None else document.text
        self.line_starts = [0, *(match.end() for match in re.finditer("\n", source))]
        self.offsets = FieldOffsets(source_map) if source_map is not None else None

    def line_col(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def position(self, field_name: Field, offset: int) -> tuple[int, int]:
        if self.offsets is None:
            return (1, offset + 1) if field_name == "title" else self.line_col(offset)
        mapped = self.offsets.offset(field_name, offset)
        return (1, 1) if mapped is None else self.line_col(mapped)


_RECENT: dict[int, _Positions] = {}
"""Position indexes of the documents reported last, by id (the document is kept, so ids stay valid)."""


def position(document: Document, field_name: Field, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a field offset in the file, as ``Document.position`` gives it.

    >>> doc = Document(text="one\\ntwo three")
    >>> position(doc, "text", 8), doc.position("text", 8)
    ((2, 5), (2, 5))
    """
    indexed = _RECENT.get(id(document))
    if indexed is None or indexed.document is not document:
        if len(_RECENT) >= 16:
            _RECENT.clear()
        indexed = _RECENT[id(document)] = _Positions(document)
    return indexed.position(field_name, offset)


def location(document: Document, field_name: Field, start: int, end: int) -> Location:
    """The file location of a span of one of the document's fields."""
    line, column = position(document, field_name, start)
    if end > start:  # the column after the last character, so markup after the span is not counted
        end_line, last_column = position(document, field_name, end - 1)
        end_column = last_column + 1
    else:
        end_line, end_column = line, column
    if (end_line, end_column) < (line, column):
        end_line, end_column = line, column + max(0, end - start)
    return Location(line, column, end_line, end_column)


@dataclass(frozen=True)
class CheckedFile:
    """One checked input: its display path, the document and the flags to report."""

    path: str
    document: Document
    flags: tuple[Flag, ...] = ()
    claims: ClaimSet | None = None
    """The claims the rules checked (the html format highlights them); None when not kept."""


@dataclass(frozen=True)
class RuleInfo:
    """A rule as the formatters and ``claimtrack rule`` describe it."""

    code: str
    name: str
    severity: str = "warning"
    summary: str = ""
    family: str = ""
    sections: tuple[tuple[str, str], ...] = field(default=())
    """Documentation sections in order: ("What it does", "..."), ("Why is this bad?", "...")."""
    implemented: bool = True

    def as_json(self) -> dict[str, Any]:
        """The rule as a JSON object (``claimtrack rule --output-format json``)."""
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity,
            "family": self.family,
            "summary": self.summary,
            "implemented": self.implemented,
            "docs": dict(self.sections),
            "help_uri": help_uri(self.code),
        }

    def help_text(self, *, markdown: bool = False) -> str:
        """The documentation as Markdown-ish plain text.

        With ``markdown``, the example sections are fenced, so a renderer shows them as
        written (an ``<!-- claimtrack: ... -->`` comment would otherwise vanish).

        >>> print(UNUSED_SUPPRESSION.help_text(markdown=True).split("## Example")[1].split("## Use")[0].strip())
        ```text
        <!-- claimtrack: ignore[CT201] -->
        Sales rose 5% to $40 million.
        ```
        """
        parts = [f"# {self.name} ({self.code})", "", f"Default severity: {self.severity}."]
        if self.summary:
            parts += ["", self.summary]
        for heading, text in self.sections:
            if text.strip():
                body = text.strip()
                if markdown and heading in _VERBATIM_SECTIONS:
                    body = f"```text\n{body}\n```"
                parts += ["", f"## {heading}", "", body]
        return "\n".join(parts) + "\n"


_VERBATIM_SECTIONS = frozenset({"Example", "Use instead"})
"""Sections that hold article text, shown verbatim (fenced) in Markdown."""


UNUSED_SUPPRESSION = RuleInfo(
    code="CT001",
    name="unused-suppression",
    severity="info",
    family="meta",
    summary="A suppression comment that suppressed nothing.",
    sections=(
        ("What it does", "Reports `<!-- claimtrack: ignore[...] -->` and `off` comments that hid no flag."),
        ("Why is this bad?", "A stale suppression hides the next real problem in that paragraph."),
        ("Example", "<!-- claimtrack: ignore[CT201] -->\nSales rose 5% to $40 million."),
        ("Use instead", "Sales rose 5% to $40 million."),
        ("Known problems", "A suppression can look unused when the rule it names is not selected."),
    ),
)


def rules_for(files: list[CheckedFile], known: dict[str, RuleInfo]) -> list[RuleInfo]:
    """Every known rule, plus a bare description of any code only the flags mention, by code."""
    rules = dict(known)
    for checked in files:
        for flag in checked.flags:
            rules.setdefault(flag.code, RuleInfo(code=flag.code, name=flag.name, severity=flag.severity))
    return [rules[code] for code in sorted(rules)]


def _related_record(document: Document, related: Related) -> dict[str, Any]:
    record = related.model_dump(mode="json")
    record.update(location(document, related.field, related.start, related.end)._asdict())
    return record


def flag_record(document: Document, flag: Flag) -> dict[str, Any]:
    """A flag as JSON: its model fields plus 1-based line/column/end_line/end_column."""
    record = flag.model_dump(mode="json")
    record.update(location(document, flag.field, flag.start, flag.end)._asdict())
    record["related"] = [_related_record(document, related) for related in flag.related]
    return record


def document_record(checked: CheckedFile) -> dict[str, Any]:
    """One output document of the check JSON contract."""
    document = checked.document
    return {
        "path": checked.path,
        "title": document.title,
        "published": document.published.isoformat() if document.published else None,
        "flags": [flag_record(document, flag) for flag in checked.flags],
    }


def severity_counts(files: list[CheckedFile]) -> dict[str, int]:
    """How many flags of each severity, most severe first."""
    counts = {"error": 0, "warning": 0, "info": 0}
    for checked in files:
        for flag in checked.flags:
            counts[flag.severity] += 1
    return counts
