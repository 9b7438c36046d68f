"""Units passed between figures: the unit written once for several numbers.

News writes a unit once for figures that share it: "rose to 1.23 billion dlrs from 1.10
billion" (the ends of a change), "435 homes by open sale and 187 by tender" (coordinated
figures), "grew 10, 12 and 15 percent" (a list). :func:`shared_units` gives each bare
number the unit its partner states; the scanner has already joined "5 or 6 percent" and
"5 and 6 percent" (``joins.py``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from decimal import Decimal

import regex

import claimtrack.extractors.figures.patterns as pat
from claimtrack.extractors.figures.changes import Change
from claimtrack.extractors.figures.mention import Mention

__all__ = ["shared_units"]


def shared_units(
    text: str, mentions: list[Mention], changes: list[Change], spans: list[tuple[int, int]]
) -> list[Mention]:
    """The mentions with the units of changes, coordinations and lists passed on, in that order.

    >>> from claimtrack.extractors.context import FieldContext
    >>> from claimtrack.extractors.figures import find_figures
    >>> from claimtrack.settings import Settings
    >>> ctx = FieldContext.build("Sales grew 10, 12 and 15 percent.", "text", None, Settings())
    >>> [(c.kind, c.text) for c in find_figures(ctx) if c.kind != "change"]
    [('percent', '10'), ('percent', '12'), ('percent', '15 percent')]
    """
    mentions = _elliptical_units(mentions, changes)
    mentions = _coordinated_units(text, mentions, changes, spans)
    return _listed_units(text, mentions)


def _with_unit_of(m: Mention, source: Mention) -> Mention:
    """``m`` read in the unit ``source`` states: kind, currency, unit, rate and points."""
    return replace(
        m, kind=source.kind, currency=source.currency, unit=source.unit, per=source.per, points=source.points
    )


def _elliptical_units(mentions: list[Mention], changes: list[Change]) -> list[Mention]:
    """A bare number linked by a change takes the unit of its partner.

    "rose to 1.23 billion dlrs from 1.10 billion": the second amount is in dollars too. The
    unit passes between the ``from`` and ``to`` ends, and from a money or measure ``by``;
    a percent ``by`` does not pass on ("rose 8.15% to 3.65" is a price, not a percent).
    """
    out = list(mentions)
    for change in changes:
        ends = [i for i in (change.to, change.from_) if i is not None]
        sources = [i for i in ends if out[i].kind != "number" and not out[i].is_range and not out[i].compound]
        if change.by is not None and out[change.by].kind in ("money", "measure") and not out[change.by].is_range:
            sources.append(change.by)
        if not sources:
            continue
        typed = out[sources[0]]
        for i in ends:
            m = out[i]
            if m.kind == "number" and not m.is_range and not m.spelled:
                out[i] = _with_unit_of(m, typed)
    return out


_LIST_COMMA = regex.compile(r"[ \t\u00a0]{0,2},[ \t\u00a0]{1,3}")


def _listed_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """Bare numbers listed before a number that took its unit from the list's last item.

    "grew 10, 12 and 15 percent": "12" took the percent from "15 percent" (joins.py); a
    bare "10" right before it, across a comma, takes it too. Only whole lists of bare
    numbers of like size (a tenth to ten times) pass the unit back.
    """
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        m, after = out[i], out[i + 1]
        if m.kind != "number" or m.has_suffix or m.is_range or m.spelled or m.scale != 1:
            continue
        if after.kind == "number" or after.has_suffix or after.is_range or after.value == 0:
            continue  # the next item must be a bare number that took the list's unit
        if _LIST_COMMA.fullmatch(text, m.end, after.start) is None:
            continue
        if not Decimal("0.1") <= abs(m.value / after.value) <= 10:
            continue
        out[i] = _with_unit_of(m, after)
    return out


_COORDINATED = regex.compile(
    r"""(?i) (?<! \p{L} ) (?: and | or | but | while | whereas | including | compared \s with
                         | against | versus | vs\.? ) (?! \p{L} )""",
    regex.VERBOSE,
)
_ELLIPSIS_GAP = 70


def _coordinated_units(
    text: str, mentions: list[Mention], changes: list[Change], spans: list[tuple[int, int]]
) -> list[Mention]:
    """A bare number coordinated with a figure just before it shares that figure's unit.

    "435 homes by open sale and 187 by tender", "6 million homes, including 1.5 million in
    the city": the second number counts homes too. Only the figure right before it in the
    same sentence passes its unit on, across at most a few words that include a
    coordinating word ("and", "or", "while", "including", "compared with"); numbers a change
    already links, spelled-out numbers and ranges are left alone, and only counts and
    measures pass their unit on ("the cost is $4.25 and 32 is the quantity": no money).
    """
    linked = {i for change in changes for i in (change.by, change.to, change.from_) if i is not None}
    starts = [s for s, _ in spans]
    out = list(mentions)
    for i in range(1, len(out)):
        m, source = out[i], out[i - 1]
        if i >= 2 and out[i - 2].start <= source.start and source.end <= out[i - 2].end:
            source = out[i - 2]  # "5 12-inch pizzas and 3": the 3 counts pizzas, not inches
        if m.kind != "number" or m.is_range or m.spelled or i in linked or m.converted_from is not None:
            continue
        if source.kind not in ("count", "measure") or source.is_range or source.compound:
            continue  # "a 27-nation bloc and 450 million": the people are no nations
        if source.converted_from is not None:  # "10 km (6 miles) and 4": which unit is unclear
            continue
        sentence_start = spans[max(0, bisect_right(starts, m.start) - 1)][0]
        gap = text[source.end : m.start]
        if source.start < sentence_start or len(gap) > _ELLIPSIS_GAP or ";" in gap:
            continue
        if _COORDINATED.search(gap, timeout=pat.TIMEOUT) is None:
            continue
        out[i] = _with_unit_of(m, source)
    return out
