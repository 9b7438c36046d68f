"""Two figures read as one: ranges ("6-7%", "between 5 and 10") and conversions in brackets.

"5 or 6 percent" is two figures, the first taking the unit written after the second.

A range's first end takes the unit, currency and scale written only after the second
("33-35 billion euros"), unless that would make it larger than the second ("$200 to
$4 million" keeps 200). "from 5 to 7" after a change verb is a movement, not a range.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex

import claimtrack.extractors.figures.patterns as pat
from claimtrack.extractors.figures.filters import looks_like_year
from claimtrack.extractors.figures.mention import Mention
from claimtrack.extractors.figures.scanner import Reader

_BETWEEN_BEFORE = regex.compile(r"(?i)\bbetween[ \t\u00a0]{1,3}(?:\p{Sc}|US\$)?$")
_FROM_BEFORE = regex.compile(r"(?i)\bfrom[ \t\u00a0]{1,3}(?:\p{Sc}|US\$)?$")
_BY_BEFORE = regex.compile(r"(?i)\bby[ \t\u00a0]{1,3}(?:\p{Sc}|US\$)?$")
_TIME_PREPOSITION_BEFORE = regex.compile(r"(?i)\b(?:in|during|since|until|for|by|of)[ \t\u00a0]{1,3}$")
# the separator between the conversions of one figure: "(£960m; $1.85bn)", "($1.03bn, £548m)"
_CONVERSION_SEPARATOR = regex.compile(r"[ \t\u00a0]{0,2}[;,/][ \t\u00a0]{0,2}")
_MAX_CONVERSIONS = 4
_RANGE_CUE_BEFORE = regex.compile(
    r"(?i)\b(?:between|from|range|ranging|ranged|ranges|of)[ \t\u00a0]{1,3}(?:\p{Sc}|US\$)?$"
)


def _inherit(first: Mention, second: Mention, cue: bool) -> tuple[Mention, Mention] | None:
    """Both ends read with the unit and scale written once, or None when they disagree.

    ``cue`` says a range word stands before the first end ("between", "from", "aged"), so a
    bare second end takes the first's unit ("aged 18 to 34").
    """
    if first.minor != second.minor and first.kind == second.kind == "money":
        return None  # "18 sen to RM23.50" moves a price; it is no range
    shares_scale = first.scale == 1 and second.scale != 1 and first.value * second.scale <= second.value
    if first.kind == second.kind == "money" and shares_scale:
        first = replace(first, value=first.value * second.scale, scale=second.scale)
    if cue and second.kind == "number" and not second.has_suffix and first.kind in ("measure", "percent", "count"):
        second = replace(second, kind=first.kind, unit=first.unit, points=first.points)
    if first.kind == "number" and not first.has_suffix and second.kind != "number":
        value = first.value
        if first.scale == 1 and second.scale != 1 and value * second.scale <= second.value:
            value *= second.scale
        value *= second.factor
        first = replace(
            first,
            kind=second.kind,
            value=value,
            currency=second.currency,
            unit=second.unit,
            points=second.points,
            per=second.per,
            minor=second.minor,
        )
    if first.kind == "money" and second.kind == "number":
        value = second.value
        if second.scale == 1 and first.scale != 1 and first.value <= value * first.scale:
            value *= first.scale
        second = replace(second, kind="money", value=value, currency=first.currency, per=first.per)
    same_unit = first.currency == second.currency and first.unit == second.unit
    if first.kind != second.kind or not (same_unit or first.kind == "count"):
        return None
    if first.points != second.points:
        return None
    return first, second


def _moves(reader: Reader, first: Mention, sentence: tuple[int, int], lookback: int) -> bool:
    """True when "X to Y" is a movement: "rose 5% to 7%", "fell from 9 to 8"."""
    text = reader.text
    vocab = reader.v
    if _BY_BEFORE.search(text, lookback, first.start, timeout=pat.TIMEOUT):
        return False  # "dropped by 1 to 1.5 degrees": the amount is a range
    if _FROM_BEFORE.search(text, lookback, first.start, timeout=pat.TIMEOUT):
        window = (max(sentence[0], first.start - 60), first.start)
    else:
        window = (max(sentence[0], first.start - 10), first.start)
    for match in reader.p.change.finditer(text, *window, timeout=pat.TIMEOUT):
        if match.group("change").lower() not in vocab.change_nouns_after:
            return True
    return False


def join_range(reader: Reader, first: Mention, sentence: tuple[int, int]) -> tuple[Mention, int]:
    """The range that starts with ``first`` (or ``first`` itself), and where reading stopped."""
    text = reader.text
    if first.is_range:
        return first, first.end
    joiner = reader.p.range_joiner.match(text, first.end, timeout=pat.TIMEOUT)
    if joiner is None:
        return first, first.end
    word = joiner.group("joiner").lower()
    lookback = max(sentence[0], first.start - 14)
    if word == "and" and not _BETWEEN_BEFORE.search(text, lookback, first.start, timeout=pat.TIMEOUT):
        return first, first.end
    if word in ("to", "through") and _moves(reader, first, sentence, lookback):
        return first, first.end
    anchor = reader.p.anchor.match(text, joiner.end(), timeout=pat.TIMEOUT)
    if anchor is None or anchor.group("skip") is not None or anchor.group("vague") is not None:
        return first, first.end
    second = reader.read_at(anchor, sentence)
    if second is None or second.is_range:
        return first, first.end
    year = looks_like_year(text, first.number_start, first.number_end) and not first.has_suffix
    if (
        year
        and second.kind != "number"
        and _TIME_PREPOSITION_BEFORE.search(text, lookback, first.start, timeout=pat.TIMEOUT)
    ):
        return first, first.end  # "down 4% in 2004 to 789m euros": a year, then the level reached
    if word == "or":  # "5 or 6 percent", "8 or $9": no range, but the unit is written once
        bare = first.kind == "number" and not first.has_suffix and first.scale == 1
        alike = bare and second.value != 0 and Decimal("0.1") <= abs(first.value / second.value) <= 10
        year = looks_like_year(text, first.number_start, first.number_end)
        ends = _inherit(first, second, cue=False) if alike and not year else None
        return (ends[0] if ends is not None else first), first.end
    cue = _RANGE_CUE_BEFORE.search(text, lookback, first.start, timeout=pat.TIMEOUT) is not None
    ends = _inherit(first, second, cue or (first.kind == "measure" and first.unit == "year"))
    if ends is None or ends[0].value >= ends[1].value:
        return first, first.end
    low, second = ends
    if word in ("-", "–", "—", "-to-") and low.kind == "number":
        if looks_like_year(text, first.number_start, first.number_end):
            return first, second.end
        if not cue:
            return first, second.end  # "won 2-1", "16-18 Main St": no claim from either side
    return (
        Mention(
            start=first.start,
            end=second.end,
            kind=second.kind,
            value=low.value,
            number_start=first.number_start,
            number_end=second.number_end,
            low=low.value,
            high=second.value,
            currency=second.currency,
            unit=second.unit,
            per=second.per,
            points=second.points,
            has_suffix=second.has_suffix,
            minor=second.minor,
            scale=second.scale,
            rescan=second.rescan,
        ),
        second.end,
    )


def read_conversion(reader: Reader, first: Mention, sentence: tuple[int, int]) -> tuple[list[Mention], int] | None:
    """The conversions in brackets right after a money or measure figure, and their end.

    "1.4bn euros (£960m; $1.85bn)" gives both conversions; each must be of the same kind
    (and range-ness) as the figure converted, or there is no conversion at all.
    """
    if first.kind not in ("money", "measure"):
        return None
    text = reader.text
    opening = reader.p.open_paren.match(text, first.end, timeout=pat.TIMEOUT)
    if opening is None:
        return None
    found: list[Mention] = []
    position = opening.end()
    while len(found) < _MAX_CONVERSIONS:
        anchor = reader.p.anchor.match(text, position, timeout=pat.TIMEOUT)
        if anchor is None or anchor.group("skip") is not None:
            return None
        second = reader.read_at(anchor, sentence)
        if second is None:
            return None
        second, stop = join_range(reader, second, sentence)
        if second.kind != first.kind or second.is_range != first.is_range:
            return None
        found.append(second)
        position = max(stop, second.end)
        closing = reader.p.close_paren.match(text, position, timeout=pat.TIMEOUT)
        if closing is not None:
            return found, closing.end()
        separator = _CONVERSION_SEPARATOR.match(text, position, timeout=pat.TIMEOUT)
        if separator is None:
            return None
        position = separator.end()
    return None
