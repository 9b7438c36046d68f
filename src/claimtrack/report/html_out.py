"""The html format (a plain page listing the flags; a fuller report comes later).

>>> from claimtrack.model import Document, Flag
>>> flag = Flag(code="CT201", name="implausible-magnitude", severity="warning",
...     message="<b>40 billion</b>", field="text", start=0, end=2)
>>> "&lt;b&gt;40 billion&lt;/b&gt;" in render_html([CheckedFile("a.txt", Document(text="40"), (flag,))],
...     rules=[], color=False)
True
"""

from __future__ import annotations

from html import escape

from claimtrack.report.base import CheckedFile, RuleInfo, location

_STYLE = "body{font-family:sans-serif;margin:2em}td,th{padding:.2em .6em;text-align:left;vertical-align:top}"


def render_html(files: list[CheckedFile], *, rules: list[RuleInfo], color: bool) -> str:
    """A standalone HTML page with one table row per flag."""
    rows = []
    for checked in files:
        for flag in checked.flags:
            where = location(checked.document, flag.field, flag.start, flag.end)
            surface = checked.document.field_text(flag.field)[flag.start : flag.end]
            cells = (
                f"{checked.path}:{where.line}:{where.column}",
                flag.severity,
                f"{flag.code} {flag.name}",
                flag.message,
                surface,
                flag.suggestion or "",
            )
            rows.append("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in cells) + "</tr>")
    head = "".join(f"<th>{name}</th>" for name in ("Where", "Severity", "Rule", "Message", "Text", "Suggestion"))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>claimtrack report</title>'
        f"<style>{_STYLE}</style></head><body><h1>claimtrack report</h1>\n"
        f"<p>{sum(len(c.flags) for c in files)} flags in {len(files)} files.</p>\n"
        f"<table><thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table></body></html>\n"
    )
