"""One field of one article as HTML: claims highlighted by kind, flags and evidence marked.

Every claim becomes a ``<span class="k k-KIND">`` with a ``title`` describing it; statements
are underlined and carry their speaker and title; the speaker's mention is its own span.
Every flag becomes one focusable ``<mark class="flag">`` (``tabindex="0"``) holding a hidden
``role="tooltip"`` element with the message and suggestion, which the mark names through
``aria-describedby`` and which shows on hover and on focus. Evidence spans (a flag's
``related``) link back to the flag they support.

>>> from claimtrack.model import Document, Flag
>>> flag = Flag(code="CT401", name="weekday-mismatch", severity="error", message="June 9 is a Monday",
...     field="text", start=3, end=10)
>>> item = FlagItem(flag=flag, number=1, file_index=0, family="dates")
>>> html = render_field(Document(text="On <Sunday>"), "text", [], [item])
>>> html.count('class="flag sev-error"'), "&lt;Sunday" in html, 'aria-describedby="t0-1"' in html
(1, True, True)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from claimtrack.model import Claim, Document, Flag, StatementClaim
from claimtrack.model.base import Field
from claimtrack.report.html_spans import Wrap, nest

KIND_LABELS = {
    "money": "Money",
    "percent": "Percent",
    "count": "Count",
    "measure": "Measure",
    "number": "Number",
    "range": "Range",
    "change": "Change",
    "date": "Date",
    "duration": "Duration",
    "statement": "Statement",
}
"""Every claim kind the legend explains, in legend order."""

_RANK_FLAG, _RANK_RELATED, _RANK_STATEMENT, _RANK_CHANGE, _RANK_CLAIM, _RANK_SPEAKER = range(6)


@dataclass(frozen=True)
class FlagItem:
    """A flag with what the page needs to show it: its number and its rule's family."""

    flag: Flag
    number: int
    """1-based position among the file's flags; the side list uses the same numbers."""
    file_index: int
    family: str

    @property
    def mark_id(self) -> str:
        """The id of the flag's mark in the text (the side list links here)."""
        return f"f{self.file_index}-{self.number}"

    @property
    def tip_id(self) -> str:
        """The id of the tooltip that describes the mark."""
        return f"t{self.file_index}-{self.number}"

    @property
    def entry_id(self) -> str:
        """The id of the flag's entry in the side list."""
        return f"l{self.file_index}-{self.number}"

    def related_id(self, index: int) -> str:
        """The id of the flag's ``index``-th evidence span."""
        return f"r{self.file_index}-{self.number}-{index}"

    def data_attrs(self) -> str:
        """The attributes the filter script reads: rule code, family and severity."""
        flag = self.flag
        return (
            f' data-code="{escape(flag.code)}" data-family="{escape(self.family)}" data-sev="{escape(flag.severity)}"'
        )


def _attr(name: str, value: str) -> str:
    return f' {name}="{escape(value, quote=True)}"'


def _number(value: object) -> str:
    text = str(value)
    return text.rstrip("0").rstrip(".") if "." in text and "e" not in text.lower() else text


def describe_claim(claim: Claim) -> str:
    """A one-line description of a claim, for its ``title``.

    >>> from decimal import Decimal
    >>> from claimtrack.model import MoneyClaim
    >>> describe_claim(MoneyClaim(id="m", text="$2m", field="text", start=0, end=3, sentence=0,
    ...     value=Decimal("2000000.0"), currency="USD", subject="revenue"))
    'money: 2000000 USD · subject: revenue'
    """
    parts: list[str] = [claim.kind]
    value = getattr(claim, "value", None)
    if claim.kind == "range":
        parts[0] += f": {_number(getattr(claim, 'low', ''))} to {_number(getattr(claim, 'high', ''))}"
    elif claim.kind == "change":
        parts[0] += f": {getattr(claim, 'direction', '')}"
    elif value is not None and claim.kind != "statement":
        parts[0] += f": {_number(value)}"
    for extra in ("currency", "unit"):
        found = getattr(claim, extra, None)
        if found:
            parts[0] += f" {found}"
    if getattr(claim, "points", False):
        parts[0] += " points"
    if claim.subject:
        parts.append(f"subject: {claim.subject}")
    if claim.approx:
        parts.append(f"approx: {claim.approx}")
    if claim.hedge:
        parts.append(f"hedge: {claim.hedge}")
    return " · ".join(parts)


def speaker_label(claim: StatementClaim, text: str = "") -> str:
    """Who made a statement, with their title: ``Jane Roe, chief executive`` or ``unknown speaker``.

    Without a resolved name, the speaker's mention in ``text`` (the field) stands in for it.
    """
    mention = text[claim.speaker_start : claim.speaker_end] if claim.speaker_start is not None else ""
    who = claim.speaker or mention.strip() or ("anonymous" if claim.speaker_kind == "anonymous" else "unknown speaker")
    return f"{who}, {claim.title}" if claim.title else who


def _claim_wraps(claim: Claim, text: str) -> list[Wrap]:
    kind = claim.kind if claim.kind in KIND_LABELS else "number"
    data = f' class="k k-{kind}" data-kind="{kind}"'
    first = f' class="k k-{kind} first" data-kind="{kind}"'
    if isinstance(claim, StatementClaim):
        label = speaker_label(claim, text)
        title = f"statement by {label}" + (" (direct quote)" if claim.direct else "")
        wraps = [
            Wrap(
                claim.start,
                claim.end,
                attrs=first + _attr("data-speaker", label) + _attr("title", title),
                cont_attrs=data + _attr("title", title),
                rank=_RANK_STATEMENT,
            )
        ]
        if claim.speaker_start is not None and claim.speaker_end is not None:
            wraps.append(Wrap(claim.speaker_start, claim.speaker_end, attrs=' class="speaker"', rank=_RANK_SPEAKER))
        return wraps
    title = _attr("title", describe_claim(claim))
    rank = _RANK_CHANGE if kind == "change" else _RANK_CLAIM
    return [Wrap(claim.start, claim.end, attrs=data + title, cont_attrs=data + title, rank=rank)]


def tooltip(item: FlagItem) -> str:
    """The hidden description of a flag's mark: rule, message, suggestion."""
    flag = item.flag
    parts = [
        f'<span class="tip-rule">{escape(flag.code)} {escape(flag.name)} · {escape(flag.severity)}</span>',
        f'<span class="tip-msg">{escape(flag.message)}</span>',
    ]
    if flag.suggestion is not None:
        parts.append(f'<span class="tip-fix">Suggestion: {escape(flag.suggestion)}</span>')
    return f'<span class="tip" role="tooltip" id="{item.tip_id}">{"".join(parts)}</span>'


def _flag_wrap(item: FlagItem) -> Wrap:
    flag = item.flag
    base = f"flag sev-{escape(flag.severity)}"
    attrs = f' class="{base}" id="{item.mark_id}" tabindex="0"{item.data_attrs()} aria-describedby="{item.tip_id}"'
    tail = f'<sup class="fn"{item.data_attrs()} aria-hidden="true">{item.number}</sup>'
    return Wrap(
        flag.start,
        flag.end,
        tag="mark",
        attrs=attrs,
        cont_attrs=f' class="{base} cont"{item.data_attrs()}',
        head=tooltip(item),
        tail=tail,
        rank=_RANK_FLAG,
    )


def _related_wraps(item: FlagItem, field_name: Field) -> list[Wrap]:
    wraps = []
    for index, related in enumerate(item.flag.related, start=1):
        if related.field != field_name:
            continue
        note = f" ({related.note})" if related.note else ""
        title = _attr("title", f"evidence for flag {item.number}, {item.flag.code}{note}")
        link = (
            f'<a class="rel-ref" href="#{item.mark_id}"{item.data_attrs()}'
            f"{_attr('aria-label', f'evidence for flag {item.number}')}>↗{item.number}</a>"
        )
        wraps.append(
            Wrap(
                related.start,
                related.end,
                attrs=f' class="rel" id="{item.related_id(index)}"{item.data_attrs()}{title}',
                cont_attrs=f' class="rel"{item.data_attrs()}{title}',
                tail=link,
                rank=_RANK_RELATED,
            )
        )
    return wraps


def render_field(document: Document, field_name: Field, claims: Sequence[Claim], flags: Sequence[FlagItem]) -> str:
    """The escaped text of one field with every claim, flag and evidence span laid over it."""
    text = document.field_text(field_name)
    wraps: list[Wrap] = []
    for claim in claims:
        if claim.field == field_name:
            wraps.extend(_claim_wraps(claim, text))
    for item in flags:
        if item.flag.field == field_name:
            wraps.append(_flag_wrap(item))
        wraps.extend(_related_wraps(item, field_name))
    return nest(text, wraps)
