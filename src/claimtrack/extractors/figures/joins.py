"""Two figures read as one: ranges ("6-7%", "between 5 and 10") and conversions in brackets.

"5 or 6 percent" is two figures, the first taking the unit written after the second; so
are two ages, "27 and 29 years old".

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
from claimtrack.extractors.figures.numbers import parse_number
from claimtrack.extractors.figures.scanner import Reader

_BETWEEN_BEFORE = regex.compile(r"(?i)\bbetween[ \t\u00a0]{1,3}(?:\p{Sc}|US\$)?$")
_BETWEEN_AGES_BEFORE = regex.compile(
    r"(?i)\bbetween[ \t\u00a0]{1,3}the[ \t\u00a0]{1,3}ages[ \t\u00a0]{1,3}of[ \t\u00a0]{1,3}$"
)
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


def _age_after(reader: Reader, first: Mention, position: int, sentence: tuple[int, int]) -> bool:
    """True when a bare whole number is followed by an age written out: "27 and 29 years old"."""
    if first.kind != "number" or first.has_suffix or first.scale != 1 or first.value != int(first.value):
        return False
    if not 0 < first.value < 130:
        return False
    anchor = reader.p.anchor.match(reader.text, position, timeout=pat.TIMEOUT)
    if anchor is None or (anchor.group("num") is None and anchor.group("words") is None):
        return False
    second = reader.read_at(anchor, sentence)
    if second is None or second.kind != "measure" or second.unit != "year" or not second.has_suffix:
        return False
    return reader.text[second.start : second.end].lower().endswith("old")


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
    if word == "and" and _age_after(reader, first, joiner.end(), sentence):
        return replace(first, kind="measure", unit="year"), first.end  # "27 and 29 years old"
    listed = word == "and" and not (
        _BETWEEN_BEFORE.search(text, lookback, first.start, timeout=pat.TIMEOUT)
        or _BETWEEN_AGES_BEFORE.search(text, max(sentence[0], first.start - 30), first.start, timeout=pat.TIMEOUT)
    )
    if listed and (first.kind != "number" or first.has_suffix):
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
    if word == "or" or listed:  # "5 or 6 percent", "5 and 6 percent": no range, the unit written once
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


# "1 in 4 residents", "eight of 10 voters", "one out of three Germans", "one of every nine":
# the first number and its link word, right before the second number. "one of four
# concepts" is read as a share too (1/4), as the news-quantity annotations read it
_RATIO_BEFORE = regex.compile(
    r"""(?i)(?<![\p{L}\p{N}.,])
        (?P<a> \d{1,3} | [a-z]{3,9} )                      # 1, eight
        [ \t\u00a0]{1,2}
        (?: in | out [ \t\u00a0]{1,2} of | of (?: [ \t\u00a0]{1,2} every )? )
        [ \t\u00a0]{1,2}$""",
    regex.VERBOSE,
)
# "3 to 1", "2-to-1": a ratio to one
_TO_ONE_AFTER = regex.compile(
    r"(?i)(?:[ \t\u00a0]{1,2}to[ \t\u00a0]{1,2}|-to-|[-–]to[-–])(?:1|one)(?![\p{L}\p{N}]|[.,]\d)"
)
# a ratio needs its word: "a 3 to 1 margin", "split 4 to 1 in favor", "a ratio of 2 to 1";
# "won 3-to-1" is a score
_RATIO_CUE_AFTER = regex.compile(r"(?i)[ \t\u00a0]{1,2}(?:margin|ratio|majority|odds|in[ \t\u00a0]favou?r|against)\b")
_RATIO_CUE_BEFORE = regex.compile(
    r"(?i)\b(?:margin|ratio|split|odds|outnumbered)[ \t\u00a0]{1,2}(?:of[ \t\u00a0]{1,2}|by[ \t\u00a0]{1,2})?$"
)
_RATIO_PLACES = Decimal("0.0000000001")


def join_ratio(text: str, second: Mention, sentence_start: int) -> Mention:
    """A proportion "A in B" read as one figure of value A/B over the counted noun of B.

    >>> from claimtrack.extractors.figures.scanner import scan
    >>> text = "1 in 4 residents"
    >>> m = join_ratio(text, scan(text)[-1], 0)
    >>> text[m.start : m.end], m.value, m.unit
    ('1 in 4 residents', Decimal('0.25'), 'residents')
    """
    if second.kind not in ("count", "number") or second.is_range or second.scale != 1 or second.compound:
        return second
    match = _RATIO_BEFORE.search(text, max(sentence_start, second.start - 24), second.start, timeout=pat.TIMEOUT)
    if match is None:
        return second
    first = parse_number(match.group("a"))
    if (
        first is None
        or first != int(first)
        or not (1 <= first < second.value <= 1000)
        or second.value != int(second.value)
    ):
        return second
    return replace(
        second,
        start=match.start(),
        number_start=match.start(),
        value=(first / second.value).quantize(_RATIO_PLACES).normalize(),
    )


def join_to_one(text: str, first: Mention) -> Mention | None:
    """A bare whole number before "to 1" ("a 3 to 1 margin") as a ratio: the number 3."""
    if first.kind != "number" or first.has_suffix or first.scale != 1 or first.value != int(first.value):
        return None
    if first.value <= 1:
        return None
    match = _TO_ONE_AFTER.match(text, first.end, timeout=pat.TIMEOUT)
    if match is None:
        return None
    cue = _RATIO_CUE_AFTER.match(text, match.end(), timeout=pat.TIMEOUT) or _RATIO_CUE_BEFORE.search(
        text, max(0, first.start - 20), first.start, timeout=pat.TIMEOUT
    )
    return replace(first, end=match.end()) if cue is not None else None
