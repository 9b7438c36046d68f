"""The github format: workflow commands GitHub Actions turns into annotations.

``::error file=a.md,line=3,col=5,endLine=3,endColumn=9,title=CT201::message``; warnings are
``::warning`` and info flags ``::notice``. Messages escape ``%``, CR and LF; property values
also escape ``:`` and ``,``.

>>> escape_property("a,b:c%")
'a%2Cb%3Ac%25'
"""

from __future__ import annotations

import os
from pathlib import Path

from claimtrack.report.base import CheckedFile, RuleInfo, location

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a workflow command's message.

    >>> escape_data("50%\\nmore")
    '50%25%0Amore'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation_path(path: str) -> str:
    """The path GitHub matches against the repository: relative to the working folder when under it.

    An absolute path (``claimtrack check $GITHUB_WORKSPACE/stories``) would attach to no file.

    >>> import os
    >>> annotation_path(os.path.join(os.getcwd(), "stories", "a.md")), annotation_path("b.md")
    ('stories/a.md', 'b.md')
    """
    if not os.path.isabs(path):
        return path
    try:
        return Path(path).relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path


def render_github(files: list[CheckedFile], *, rules: list[RuleInfo], color: bool) -> str:
    """One ``::level ...::message`` line per flag."""
    lines = []
    for checked in files:
        for flag in checked.flags:
            where = location(checked.document, flag.field, flag.start, flag.end)
            properties = ",".join(
                f"{key}={escape_property(str(value))}"
                for key, value in (
                    ("file", annotation_path(checked.path)),
                    ("line", where.line),
                    ("col", where.column),
                    ("endLine", where.end_line),
                    ("endColumn", where.end_column),
                    ("title", flag.code),
                )
            )
            message = f"[{flag.name}] {flag.message}"
            if flag.suggestion is not None:
                message += f" (suggestion: {flag.suggestion})"
            lines.append(f"::{LEVELS[flag.severity]} {properties}::{escape_data(message)}\n")
    return "".join(lines)
