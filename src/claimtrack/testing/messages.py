"""Failure messages that explain themselves, with or without pytest's assertion rewriting.

Each claim is one line (:func:`describe`); texts are shown with the spans that matter
marked underneath (:func:`mark`); flags come with their code, name, message and the
``claimtrack rule CODE`` hint (:func:`flag_lines`).

>>> from decimal import Decimal
>>> from claimtrack.model import PercentClaim
>>> describe(PercentClaim(id="percent-b13-17", text="4.9%", field="text", start=13, end=17,
...                       sentence=0, value=Decimal("4.90")))
"percent 4.9 at 13-17 '4.9%'"
>>> print("\\n".join(mark("Exports rose 4.9% in May.", [(13, 17, "^")])))
    Exports rose 4.9% in May.
                 ^^^^
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

WIDTH = 100
"""Longest text line shown; longer lines are cut into pieces of this width."""
INDENT = "    "

Mark = tuple[int, int, str]
"""A span to mark: start, end and the character drawn under it."""


def value_text(value: object) -> str:
    """A number as a message shows it: no exponent, no trailing zeros.

    >>> value_text(Decimal("12600000000.00")), value_text(Decimal("4.80")), value_text(None)
    ('12600000000', '4.8', 'None')
    """
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value.is_finite() else str(value)
    return str(value)


def _fields_of(claim: Any) -> str:
    kind = claim.kind
    if kind == "money":
        per = f" per {claim.per}" if getattr(claim, "per", None) else ""
        return f"{value_text(claim.value)} {claim.currency}{per}"
    if kind == "percent":
        return value_text(claim.value) + (" points" if claim.points else "")
    if kind in ("count", "measure"):
        return f"{value_text(claim.value)} {claim.unit}"
    if kind == "number":
        return value_text(claim.value)
    if kind == "range":
        extra = " ".join(str(x) for x in (claim.currency, claim.unit) if x)
        return f"{value_text(claim.low)}-{value_text(claim.high)} {claim.of}" + (f" {extra}" if extra else "")
    if kind == "change":
        parts = [claim.direction]
        for label, attr in (("by", "by"), ("from", "from_"), ("to", "to")):
            if getattr(claim, attr):
                parts.append(f"{label} {getattr(claim, attr)}")
        return " ".join(parts)
    if kind == "date":
        role = "" if claim.role == "point" else f" ({claim.role})"
        return f"{claim.value}{role}"
    if kind == "duration":
        return str(claim.value)
    if kind == "statement":
        speaker = claim.speaker or "unknown speaker"
        return f"by {speaker}" + (" (direct)" if claim.direct else "")
    return ""


def describe(claim: Any) -> str:
    """One line for a claim: kind, key fields, offsets and surface."""
    where = f"title {claim.start}-{claim.end}" if claim.field == "title" else f"{claim.start}-{claim.end}"
    surface = claim.text if len(claim.text) <= 60 else claim.text[:57] + "..."
    details = _fields_of(claim)
    return f"{claim.kind} {details} at {where} {surface!r}".replace("  ", " ")


def _pieces(text: str) -> Iterable[tuple[int, str]]:
    """(offset, piece) for each line of ``text``, long lines cut at :data:`WIDTH`."""
    offset = 0
    for line in text.split("\n"):
        if not line:
            yield offset, ""
        for cut in range(0, len(line), WIDTH):
            yield offset + cut, line[cut : cut + WIDTH]
        offset += len(line) + 1


def mark(text: str, marks: Sequence[Mark], *, context: int = 0) -> list[str]:
    """The text, indented, with a marker line under every piece that holds a marked span.

    Pieces without marks are left out (``...`` shows where) unless nothing is marked, then
    the first three pieces are shown.

    >>> mark("one\\ntwo 2\\nthree", [(8, 9, "^")])
    ['    ...', '    two 2', '        ^', '    ...']
    """
    flat = text.translate(str.maketrans("\t\r\v\f", "    "))
    pieces = list(_pieces(flat))
    marks = sorted(marks, key=lambda m: m[0] - m[1])  # longest first, so shorter spans stay visible
    out: list[str] = []
    skipped = False
    for index, (offset, piece) in enumerate(pieces):
        under = [" "] * len(piece)
        for start, end, char in marks:
            for position in range(max(start, offset), min(end, offset + len(piece))):
                under[position - offset] = char
        marker = "".join(under).rstrip()
        if not marker and (marks or index >= 3):
            skipped = True
            continue
        if skipped:
            out.append(f"{INDENT}...")
            skipped = False
        out.append(f"{INDENT}{piece}".rstrip())
        if marker:
            out.append(f"{INDENT}{marker}")
    if skipped:
        out.append(f"{INDENT}...")
    return out


def marked_document(title: str, text: str, marks: Sequence[tuple[str, int, int, str]]) -> list[str]:
    """Title and body, each marked with its own spans (``(field, start, end, char)``)."""
    out: list[str] = []
    title_marks = [(s, e, c) for f, s, e, c in marks if f == "title"]
    if title:
        out.append("title:")
        out.extend(mark(title, title_marks) or [INDENT])
        out.append("text:")
    out.extend(mark(text, [(s, e, c) for f, s, e, c in marks if f != "title"]) or [INDENT])
    return out


def rule_hint(code: str) -> str:
    """The command that explains a rule.

    >>> rule_hint("CT101")
    'explain: claimtrack rule CT101'
    """
    return f"explain: claimtrack rule {code}"


def flag_line(flag: Any) -> str:
    """``CT101 [percent-change-mismatch] error at 11-14 '10%': message`` for one flag."""
    where = f"title {flag.start}-{flag.end}" if flag.field == "title" else f"{flag.start}-{flag.end}"
    return f"{flag.code} [{flag.name}] {flag.severity} at {where}: {flag.message}"


def flag_lines(document: Any, flags: Sequence[Any]) -> list[str]:
    """Every flag: its line, the sentence with the span marked, the suggestion and the hint."""
    from claimtrack.report.text import snippet

    out: list[str] = []
    for flag in flags:
        surface = document.field_text(flag.field)[flag.start : flag.end]
        out.append(f"{flag_line(flag)} ({surface!r})")
        out.extend(snippet(document, flag))
        if flag.suggestion is not None:
            out.append(f"{INDENT}suggestion: {flag.suggestion}")
        out.append(f"{INDENT}{rule_hint(flag.code)}")
    return out


def claim_diff(left: Any, right: Any) -> list[str]:
    """Field-by-field differences of two claims (empty when equal).

    >>> from claimtrack.model import PercentClaim
    >>> a = PercentClaim(id="p", text="4.8%", field="text", start=0, end=4, sentence=0, value=Decimal("4.8"))
    >>> claim_diff(a, a.model_copy(update={"value": Decimal("4.9"), "subject": "Exports"}))
    ["subject: None != 'Exports'", 'value: 4.8 != 4.9']
    """
    one = left.model_dump()
    other = right.model_dump()
    lines = []
    for name in sorted(set(one) | set(other)):
        a, b = one.get(name), other.get(name)
        if a != b:
            show_a = value_text(a) if isinstance(a, Decimal) else repr(a)
            show_b = value_text(b) if isinstance(b, Decimal) else repr(b)
            lines.append(f"{name}: {show_a} != {show_b}")
    return lines


def claimset_diff(left: Sequence[Any], right: Sequence[Any]) -> list[str]:
    """Claim-by-claim differences of two sequences of claims, paired by id.

    Lines start with ``-`` (only on the left), ``+`` (only on the right) or ``~`` (same id,
    other fields), like a diff of left into right.
    """
    lines: list[str] = []
    right_by_id = {claim.id: claim for claim in right}
    left_ids = {claim.id for claim in left}
    for claim in left:
        twin = right_by_id.get(claim.id)
        if twin is None:
            lines.append(f"- {describe(claim)}")
        elif twin != claim:
            lines.append(f"~ {describe(claim)}")
            lines.extend(f"{INDENT}{line}" for line in claim_diff(claim, twin))
    lines.extend(f"+ {describe(claim)}" for claim in right if claim.id not in left_ids)
    return lines
