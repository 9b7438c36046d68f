"""Building claims by hand for rule tests, without running extraction.

Every builder finds its surface in the text (the ``nth`` occurrence) so offsets, ``text``
and ``sentence`` are exactly what extraction would give.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from claimtrack.model import (
    ChangeClaim,
    Claim,
    ClaimSet,
    CountClaim,
    DateClaim,
    Document,
    DurationClaim,
    Flag,
    MeasureClaim,
    MoneyClaim,
    PercentClaim,
    Person,
    Span,
    StatementClaim,
    Title,
    claim_id,
)
from claimtrack.rules.engine import run_rules
from claimtrack.rules.registry import REGISTRY
from claimtrack.settings import Settings
from claimtrack.text.sentences import SentenceIndex, split_sentences


def span(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def _base(kind: str, text: str, surface: str, nth: int, field: str) -> dict[str, Any]:
    start, end = span(text, surface, nth)
    index = SentenceIndex(split_sentences(text))
    return {
        "id": claim_id(kind, field, start, end),  # type: ignore[arg-type]
        "text": surface,
        "field": field,
        "start": start,
        "end": end,
        "sentence": index.of(start),
    }


def money(
    text: str, surface: str, value: str, currency: str | None = "USD", nth: int = 0, field: str = "text", **kw: Any
) -> MoneyClaim:
    return MoneyClaim(**_base("money", text, surface, nth, field), value=Decimal(value), currency=currency, **kw)


def percent(text: str, surface: str, value: str, nth: int = 0, field: str = "text", **kw: Any) -> PercentClaim:
    return PercentClaim(**_base("percent", text, surface, nth, field), value=Decimal(value), **kw)


def count(text: str, surface: str, value: str, unit: str, nth: int = 0, field: str = "text", **kw: Any) -> CountClaim:
    return CountClaim(**_base("count", text, surface, nth, field), value=Decimal(value), unit=unit, **kw)


def measure(
    text: str, surface: str, value: str, unit: str, nth: int = 0, field: str = "text", **kw: Any
) -> MeasureClaim:
    return MeasureClaim(**_base("measure", text, surface, nth, field), value=Decimal(value), unit=unit, **kw)


def change(
    text: str,
    surface: str,
    direction: str,
    *,
    by: Claim | None = None,
    from_: Claim | None = None,
    to: Claim | None = None,
    verb: str | None = None,
    nth: int = 0,
    field: str = "text",
    **kw: Any,
) -> ChangeClaim:
    return ChangeClaim(
        **_base("change", text, surface, nth, field),
        direction=direction,
        by=by.id if by else None,
        from_=from_.id if from_ else None,
        to=to.id if to else None,
        verb=verb,
        **kw,
    )


def day(
    text: str,
    surface: str,
    when: date,
    *,
    weekday: str | None = None,
    role: str = "point",
    nth: int = 0,
    field: str = "text",
    **kw: Any,
) -> DateClaim:
    return DateClaim(
        **_base("date", text, surface, nth, field),
        value=when.isoformat(),
        start_date=when,
        end_date=when,
        weekday=weekday,
        role=role,
        **kw,
    )


def duration(text: str, surface: str, value: str, nth: int = 0, field: str = "text") -> DurationClaim:
    return DurationClaim(**_base("duration", text, surface, nth, field), value=value)


def quote(
    text: str,
    content: str,
    *,
    speaker: str | None = None,
    speaker_kind: str | None = None,
    direct: bool = True,
    field: str = "text",
) -> StatementClaim:
    start, end = span(text, content)
    base = _base("statement", text, content, 0, field)
    return StatementClaim(
        **base,
        speaker=speaker,
        speaker_kind=speaker_kind,
        content=content,
        content_start=start,
        content_end=end,
        direct=direct,
    )


def title(
    text: str, surface: str, normalized: str, qualifier: str | None = None, nth: int = 0, field: str = "text"
) -> Title:
    start, end = span(text, surface, nth)
    return Title(title=surface, normalized=normalized, qualifier=qualifier, field=field, start=start, end=end)


def person(
    text: str,
    name: str,
    *,
    mentions: list[str] | None = None,
    titles: tuple[Title, ...] = (),
    variants: tuple[str, ...] = (),
    ages: tuple[int, ...] = (),
) -> Person:
    spans: list[Span] = []
    for surface in mentions or [name]:
        begin = 0
        while (found := text.find(surface, begin)) != -1:
            spans.append(Span(field="text", start=found, end=found + len(surface)))
            begin = found + len(surface)
    spans.sort(key=lambda s: (s.start, -s.end))
    spans = [s for s in spans if not any(o.start <= s.start and s.end <= o.end and o != s for o in spans)]
    return Person(name=name, kind="person", mentions=tuple(spans), titles=titles, variants=variants, ages=ages)


def run(
    code: str,
    text: str,
    claims: list[Claim],
    *,
    headline: str = "",
    people: tuple[Person, ...] = (),
    published: date | None = None,
    **settings: Any,
) -> list[Flag]:
    document = Document(text=text, title=headline, published=published)
    ordered = sorted(claims, key=lambda c: (c.field != "title", c.start, -c.end))
    claimset = ClaimSet(claims=tuple(ordered), people=people)
    config = Settings.model_validate({"select": [code], **settings})
    return run_rules(document, claimset, config, REGISTRY.select(config))


_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "C$": "CAD", "A$": "AUD"}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def fig(text: str, surface: str, nth: int = 0, **kw: Any) -> Claim:
    """A figure claim whose kind, value, currency and unit are read off its surface."""
    import re

    match = re.search(r"\d[\d,]*(?:\.\d+)?", surface)
    assert match is not None, surface
    number = Decimal(match.group().replace(",", ""))
    rest = surface[match.end() :].strip()
    words = rest.split()
    if words and words[0] in _SCALES:
        number *= _SCALES[words[0]]
        words = words[1:]
    value = str(number)
    if "percentage point" in surface:
        return percent(text, surface, value, nth=nth, points=True, **kw)
    if surface.endswith("%"):
        return percent(text, surface, value, nth=nth, **kw)
    prefix = surface[: match.start()].strip()
    if prefix:
        return money(text, surface, value, currency=_SYMBOLS.get(prefix, prefix), nth=nth, **kw)
    if words and words[-1] in ("tonnes", "barrels", "points", "km"):
        return measure(text, surface, value, unit=words[-1].rstrip("s"), nth=nth, **kw)
    return count(text, surface, value, unit=" ".join(words) or "units", nth=nth, **kw)


def change_of(
    text: str,
    verb: str,
    direction: str,
    *,
    by: str | None = None,
    from_: str | None = None,
    to: str | None = None,
    field: str = "text",
    subject: str | None = None,
    **kw: Any,
) -> list[Claim]:
    """A change claim and its figures, the change spanning the verb and every figure."""
    parts = {
        name: fig(text, surface, field=field, subject=subject)
        for name, surface in (("by", by), ("from_", from_), ("to", to))
        if surface
    }
    verb_start = text.index(verb)
    start = min([verb_start, *(p.start for p in parts.values())])
    end = max([verb_start + len(verb), *(p.end for p in parts.values())])
    surface = text[start:end]
    moved = change(text, surface, direction, verb=verb, field=field, subject=subject, **parts, **kw)
    return [moved, *parts.values()]
