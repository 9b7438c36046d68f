"""The text and concise formats.

One header line per flag, then (text only) the sentence with the span underlined (``^``),
related spans marked (``-``) and the suggestion.

>>> from claimtrack.model import Document, Flag, Related
>>> doc = Document(text="Output rose to 40 billion tonnes, up from 4 million.")
>>> flag = Flag(code="CT201", name="implausible-magnitude", severity="warning",
...     message="40 billion tonnes is implausible", field="text", start=15, end=32,
...     related=(Related(field="text", start=42, end=51),), suggestion="40 million tonnes")
>>> print(render_text([CheckedFile("a.txt", doc, (flag,))], rules=[], color=False), end="")
a.txt:1:16: CT201 [implausible-magnitude] 40 billion tonnes is implausible
    Output rose to 40 billion tonnes, up from 4 million.
                   ^^^^^^^^^^^^^^^^^          ---------
  suggestion: 40 million tonnes
<BLANKLINE>
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache

from claimtrack.model import Document, Flag
from claimtrack.report.base import CheckedFile, RuleInfo, location
from claimtrack.text.sentences import split_sentences

WINDOW = 120
"""Longest snippet shown; longer sentences are cut around the span."""

_COLORS = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m", "info": "\x1b[1;34m"}
_FLAT = str.maketrans("\n\r\t\v\f", "     ")
_BOLD, _CYAN, _BLUE, _RESET = "\x1b[1m", "\x1b[36m", "\x1b[34m", "\x1b[0m"
_RUNS = re.compile(r"\^+|-+")


def _paint(text: str, style: str, color: bool) -> str:
    return f"{style}{text}{_RESET}" if color and text else text


def one_line(text: str) -> str:
    """Line breaks and tabs as spaces, one for one (so markers under the text stay aligned).

    >>> one_line("a\\nb\\tc\\r\\n")
    'a b c  '
    """
    return text.translate(_FLAT)


def header(path: str, document: Document, flag: Flag, *, color: bool = False) -> str:
    """``path:line:col: CODE [name] message`` on one line."""
    where = location(document, flag.field, flag.start, flag.end)
    code = _paint(flag.code, _COLORS[flag.severity], color)
    place = _paint(f"{path}:{where.line}:{where.column}:", _BOLD, color)
    return f"{place} {code} [{flag.name}] {one_line(flag.message)}"


@lru_cache(maxsize=8)
def _sentence_spans(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The starts and ends of the text's sentences, split once per text (not once per flag)."""
    sentences = split_sentences(text)
    return tuple(s.start for s in sentences), tuple(s.end for s in sentences)


def _sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    starts, ends = _sentence_spans(text)
    index = bisect_right(starts, offset) - 1
    if index >= 0 and offset < max(ends[index], starts[index] + 1):
        return starts[index], ends[index]
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    return line_start, len(text) if line_end == -1 else line_end


def _width(char: str) -> int:
    """Terminal columns of one character: 2 for wide (CJK) ones, 0 for combining marks, else 1.

    >>> _width("a"), _width("会"), _width("\u0301")
    (1, 2, 0)
    """
    if char < "\u0300":  # the common case, quickly
        return 1
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def snippet(document: Document, flag: Flag, *, color: bool = False) -> list[str]:
    """The flagged sentence with the span underlined and related spans in it marked."""
    text = document.field_text(flag.field)
    if not text or flag.start >= len(text) + 1:
        return []
    begin, end = _sentence_bounds(text, min(flag.start, max(0, len(text) - 1)))
    begin, end = min(begin, flag.start), max(end, min(flag.end, len(text)))
    cut_before = cut_after = False
    if end - begin > WINDOW:
        new_begin = max(begin, flag.start - WINDOW // 4)
        cut_before, begin = new_begin > begin, new_begin
        new_end = min(end, begin + WINDOW)
        cut_after, end = new_end < end, new_end
    marks = [" "] * (end - begin)
    for related in flag.related:
        if related.field == flag.field:
            for index in range(max(related.start, begin), min(related.end, end)):
                marks[index - begin] = "-"
    for index in range(max(flag.start, begin), min(flag.end, end)):
        marks[index - begin] = "^"
    shown = ("…" if cut_before else "") + one_line(text[begin:end]) + ("…" if cut_after else "")
    # each mark as wide as its character on a terminal, so the underline stays under CJK text
    widths = (_width(char) for char in text[begin:end])
    marker_line = (" " if cut_before else "") + "".join(
        mark * width for mark, width in zip(marks, widths, strict=True)
    ).rstrip()
    if color:  # one colour code per run of markers, not per character
        marker_line = _RUNS.sub(
            lambda run: _paint(run.group(), _COLORS[flag.severity] if run.group()[0] == "^" else _BLUE, True),
            marker_line,
        )
    if not shown.strip():
        return []
    return [f"    {shown}", f"    {marker_line}"] if marker_line.strip() else [f"    {shown}"]


def _related_lines(checked: CheckedFile, flag: Flag) -> list[str]:
    lines = []
    for related in flag.related:
        if related.field == flag.field and not related.note:
            continue
        where = location(checked.document, related.field, related.start, related.end)
        surface = checked.document.field_text(related.field)[related.start : related.end]
        note = f" ({related.note})" if related.note else ""
        lines.append(f"  related: {checked.path}:{where.line}:{where.column}: {one_line(surface)!r}{note}")
    return lines


def render_text(files: list[CheckedFile], *, rules: list[RuleInfo], color: bool) -> str:
    """The full text report: every flag with its sentence, then a blank line."""
    out: list[str] = []
    for checked in files:
        for flag in checked.flags:
            out.append(header(checked.path, checked.document, flag, color=color))
            out.extend(snippet(checked.document, flag, color=color))
            out.extend(_related_lines(checked, flag))
            if flag.suggestion is not None:
                out.append(f"  {_paint('suggestion:', _CYAN, color)} {one_line(flag.suggestion)}")
            out.append("")
    return "\n".join(out) + ("\n" if out else "")


def render_concise(files: list[CheckedFile], *, rules: list[RuleInfo], color: bool) -> str:
    """One line per flag.

    >>> from claimtrack.model import Document, Flag
    >>> flag = Flag(code="CT401", name="weekday-mismatch", severity="error",
    ...     message="June 9, 2025 was a Monday", field="text", start=0, end=6)
    >>> render_concise([CheckedFile("b.md", Document(text="Sunday, June 9"), (flag,))], rules=[], color=False)
    'b.md:1:1: CT401 [weekday-mismatch] June 9, 2025 was a Monday\\n'
    """
    lines = [header(c.path, c.document, flag, color=color) for c in files for flag in c.flags]
    return "".join(line + "\n" for line in lines)


def statistics(files: list[CheckedFile]) -> list[dict[str, str | int]]:
    """Counts by rule, most frequent first, as records (``--statistics --output-format json``).

    >>> from claimtrack.model import Document, Flag
    >>> flag = Flag(code="CT401", name="weekday-mismatch", severity="error", message="m",
    ...     field="text", start=0, end=1)
    >>> statistics([CheckedFile("b.md", Document(text="x"), (flag, flag))])
    [{'code': 'CT401', 'name': 'weekday-mismatch', 'severity': 'error', 'count': 2}]
    """
    counts: dict[tuple[str, str, str], int] = {}
    for checked in files:
        for flag in checked.flags:
            key = (flag.code, flag.name, flag.severity)
            counts[key] = counts.get(key, 0) + 1
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
    return [{"code": code, "name": name, "severity": sev, "count": count} for (code, name, sev), count in rows]


def render_statistics(files: list[CheckedFile]) -> str:
    """Counts by rule, most frequent first (``--statistics``).

    >>> from claimtrack.model import Document, Flag
    >>> flag = Flag(code="CT401", name="weekday-mismatch", severity="error", message="m",
    ...     field="text", start=0, end=1)
    >>> render_statistics([CheckedFile("b.md", Document(text="x"), (flag, flag))])
    '    2  CT401  [weekday-mismatch]  error\\n'
    """
    return "".join(f"{r['count']:5d}  {r['code']}  [{r['name']}]  {r['severity']}\n" for r in statistics(files))
