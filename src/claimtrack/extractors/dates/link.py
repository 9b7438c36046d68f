"""Tying figures to their time: ``when`` on each figure, ``basis`` on each change.

Only dates of the same sentence count. With one date claim in the sentence every figure
takes it; with several, a "respectively" sentence pairs the figures and the dates in order
("6.2% and 6.3% for 2025 and 2026, respectively"), and otherwise each figure takes the
nearest date, preferring the one after it ("rose 4.8% in May") when both are as near.
Intervals and points count; durations never do.

>>> from decimal import Decimal
>>> from claimtrack.model import PercentClaim, DateClaim
>>> p = PercentClaim(id="p", text="5%", field="text", start=5, end=7, sentence=0, value=Decimal(5))
>>> d = DateClaim(id="d", text="May", field="text", start=11, end=14, sentence=0, value="2025-05")
>>> [c.when for c in link_claims("rose 5% in May", [p, d])]
['d', None]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from functools import cache

from claimtrack.extractors.dates.patterns import alternation
from claimtrack.extractors.dates.words import lexicon
from claimtrack.lexicon import load_toml
from claimtrack.model import Claim, DateClaim

LINKED_KINDS = frozenset({"money", "percent", "count", "measure", "number", "range", "change"})
"""The kinds that get a ``when``."""

_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


@cache
def _basis_groups(table: str) -> tuple[str, tuple[str, ...]]:
    """One named group per basis of ``[table]`` in ``dates.toml`` (``g0``, ``g1``, ...), and the bases in that order."""
    bases = lexicon()[table]
    groups = "|".join(f"(?P<g{index}>{alternation(phrases)})" for index, phrases in enumerate(bases.values()))
    return groups, tuple(bases)


@cache
def _basis_pattern() -> re.Pattern[str]:
    """A basis phrase anywhere: "year-on-year", "from a year earlier", "over the previous quarter"."""
    return re.compile(rf"(?<![\w-])(?:{_basis_groups('bases')[0]})(?![\w-])", re.IGNORECASE)


@cache
def _after_figure_pattern() -> re.Pattern[str]:
    """The basis phrase after the figure a change starts from: "from 693 mln a year earlier"."""
    figure = r"(?:an?\s{1,3})?[$€£¥]?\d[\d.,]*[a-zA-Z%]{0,3}(?:\s{1,3}[a-z$€£¥]{1,12}){0,3}?"
    groups = _basis_groups("bases_after_figure")[0]
    return re.compile(rf"\bfrom\s{{1,3}}{figure}\s{{1,3}}(?:{groups})\b", re.IGNORECASE)


def basis_of(sentence: str) -> str | None:
    """The comparison basis a sentence states, or None.

    >>> basis_of("Exports rose 4.8% year-on-year in May."), basis_of("Exports rose.")
    ('year-on-year', None)
    >>> basis_of("The deficit fell to 617 mln dlrs from 693 mln a year earlier.")
    'year-on-year'
    """
    for table, pattern in (("bases", _basis_pattern()), ("bases_after_figure", _after_figure_pattern())):
        found = pattern.search(sentence)
        if found is not None and found.lastgroup is not None:
            return _basis_groups(table)[1][int(found.lastgroup[1:])]
    return None


# Words that set a second figure against the first in time: "rose 0.5% in February after a
# 1.5% increase in January", "up 2.6%, much less than the 10% rise in January"
_CONTRAST = re.compile(
    r"\b(?:after|following|compared\s{1,3}(?:with|to)|against|versus|vs\.?|than)\b",
    re.IGNORECASE,
)


# Words right before a date that make it the base a figure is compared with, not the
# figure's own time: "up 1.7 pct from a year ago", "about two pct, the same as last year",
# "(base 1980)"; a possessive date names its own figure or noun ("from December's 1.5 pct")
_COMPARED_BEFORE = re.compile(
    r"""\b(?:from|compared\s{1,3}(?:with|to)|against|versus|vs\.?|than|base(?:\s{1,3}year)?
          |(?:the\s{1,3})?same\s{1,3}(?:[a-z]{1,12}\s{1,3})?as|as\s{1,3}in)
        \s{1,3}(?:in\s{1,3}|the\s{1,3})?$""",
    re.IGNORECASE | re.VERBOSE,
)
_COMPARED_REACH = 40
"""How far back (in characters) from a date its comparison word is looked for."""
_POSSESSIVE_GAP = 4
"""A possessive date this close before a figure names that figure's time ("December's 1.5 pct")."""
_FIGURE_AFTER_POSSESSIVE = re.compile(
    r"['’]s\s{1,3}(?:[$€£¥]|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b(?!-))", re.IGNORECASE
)
_START_AFTER = re.compile(r"\s{1,3}(?:onwards?|on|forward)\b")
"""After a date, words that make "from" its start, not a comparison ("from 2011 onwards")."""
_CHANGE_REACH = 60
"""How far before "from" a change word makes it a comparison ("rose 15% from a year ago")."""


@cache
def _change_word() -> re.Pattern[str]:
    """A word of change (``[changes]`` of ``figure_words.toml``): "rose", "down", "unchanged"."""
    changes = load_toml("figure_words")["changes"]
    return re.compile(rf"\b{alternation([w for key in ('up', 'down', 'flat') for w in changes[key]])}\b", re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r"[;:]|\.\s")


_WHEN_AFTER = re.compile(r",?\s{1,3}when\b")
"""After a compared date, a clause about that date: "than in 1986, when prices fell 0.2 pct"."""
_DATELINE = re.compile(
    r"""\s{0,3} [A-Z][A-Z.'\-]{1,30} (?:\s[A-Z][A-Z.'\-]{0,30}){0,3}   # PARIS, NEW YORK
        (?:,\s{1,3}[A-Za-z.\s]{2,30})?                              # , Mass
        ,\s{1,3} [A-Z][a-z]{2,8}\.? \s{1,3} \d{1,2} \s{1,3}          # , March 23
        (?:\([A-Za-z]{2,20}\)\s{1,3})? -{1,2}\s                      # (Xinhua) --""",
    re.VERBOSE,
)
"""A wire dateline opening the field: "PARIS, March 23 - ", "BOSTON, Mass, April 13 - ",
"WASHINGTON, August 11 (Xinhua) -- "."""
_CONTRAST_REACH = 200
"""A date farther than this (in characters) from a figure is never set off from it."""
# What starts the next item of a list after a figure and its date: "..., and", "while"
_NEXT_ITEM = re.compile(r"[,;]|\b(?:and|or|while|whereas|but)\b", re.IGNORECASE)
_OWNED_GAP = 30
"""A date this close after a figure is that figure's, when the next figure has a date of its own."""


def _nearest(
    claim: Claim,
    dates: Sequence[DateClaim],
    neighbours: tuple[Claim | None, Claim | None] = (None, None),
    text: str = "",
) -> DateClaim | None:
    """The date a figure refers to: the nearest point or period, else the nearest of any role.

    A "since", "until" or deadline date in the sentence often qualifies another phrase
    ("fell 34% in May, the deepest decline since 2020"), so it is taken only when the
    sentence gives no plain point or period. A date set off from the figure by a contrast
    word and another figure belongs to that other figure ("rose 0.5% in February after a
    1.5% rise in January": January is not the 0.5%'s, February not the 1.5%'s); a figure
    with only such dates gets none, and so does one with only the base it is compared with
    ("up 1.7 pct from a year ago", "two pct, the same as last year"); a wire dateline is no
    figure's date. A date right after the figure before is that figure's
    when this one has a date of its own after it ("2.5% in 1985 and 3% in 1986").
    ``neighbours`` are the figures of the sentence right before and right after this one,
    ``text`` the whole field.
    """
    before, after = neighbours

    def set_off(d: DateClaim) -> bool:
        if not text:
            return False
        if d.start >= claim.end:  # "0.5% in February after a 1.5% rise in January" for the 0.5%
            return (
                after is not None
                and after.end <= d.start
                and d.start - claim.end <= _CONTRAST_REACH
                and _CONTRAST.search(text, claim.end, after.start) is not None
            )
        if d.end <= claim.start:  # the same sentence for the 1.5%
            return (
                before is not None
                and before.end <= d.start
                and claim.start - d.end <= _CONTRAST_REACH
                and _CONTRAST.search(text, d.end, claim.start) is not None
            )
        return False

    def distance(d: DateClaim) -> tuple[int, int, int]:
        bounded = 0 if d.role in ("point", "period") else 1
        if d.start >= claim.end:
            return (bounded, d.start - claim.end, 0)
        if d.end <= claim.start:
            return (bounded, claim.start - d.end, 1)
        return (bounded, 0, 0)

    def compared(d: DateClaim) -> bool:
        if text[d.end : d.end + 2] in ("'s", "’s"):  # "from December's 1.5 pct": the 1.5 pct's, not this one's
            names_a_figure = _FIGURE_AFTER_POSSESSIVE.match(text, d.end) is not None
            return names_a_figure and not 0 <= claim.start - d.end <= _POSSESSIVE_GAP
        if not text or "/" in d.value or _START_AFTER.match(text, d.end):
            return False  # "from December's 1.5 pct", "from January to March", "from 2011 onwards"
        if d.end <= claim.start and _WHEN_AFTER.match(text, d.end):
            return False  # "than in 1986, when prices fell 0.2 pct": the 0.2 pct is 1986's
        found = _COMPARED_BEFORE.search(text, max(0, d.start - _COMPARED_REACH), d.start)
        if found is None:
            return False
        if found.group().lower().startswith("from"):  # "up 9% from September", not "from 8 November"
            window = _CLAUSE_BREAK.split(text[max(0, found.start() - _CHANGE_REACH) : found.start()])[-1]
            return _change_word().search(window) is not None
        return True

    open_dates = [d for d in dates if not set_off(d) and not compared(d)]
    if len(open_dates) < len(dates) and not open_dates:
        return None
    if before is not None:  # "a 1.60 billion surplus a year earlier and a 1.44 billion surplus in January"
        owned = [
            d
            for d in open_dates
            if d.end <= claim.start
            and before.end <= d.start <= before.end + _OWNED_GAP
            and _NEXT_ITEM.search(text, d.end, claim.start) is not None
        ]
        own = [
            d
            for d in open_dates
            if d.start >= claim.end
            and d.start - claim.end <= _CONTRAST_REACH
            and (after is None or after.start >= d.end)
        ]
        if owned and own:
            open_dates = [d for d in open_dates if d not in owned]
    return min(open_dates or dates, key=distance)


def _neighbours(figures: Sequence[Claim]) -> dict[str, tuple[Claim | None, Claim | None]]:
    """Each figure's nearest figure ending before it and nearest starting after it."""
    ordered = sorted(figures, key=lambda f: (f.start, f.end))
    ends = sorted(ordered, key=lambda f: f.end)
    end_keys = [f.end for f in ends]
    starts = [f.start for f in ordered]
    out = {}
    for figure in ordered:
        i = bisect_right(end_keys, figure.start)
        j = bisect_left(starts, figure.end)
        out[figure.id] = (ends[i - 1] if i else None, ordered[j] if j < len(ordered) else None)
    return out


def link_claims(
    sentence_text_of: str | dict[int, str], claims: Sequence[Claim], field_text: str | None = None
) -> list[Claim]:
    """Set ``when`` (and a change's ``basis``) on the claims of one field.

    ``sentence_text_of`` maps a sentence index to its text (a plain string stands for a
    one-sentence field); ``field_text`` is the whole field the claims' offsets point into
    (the plain string when not given).
    """
    if field_text is None:
        field_text = sentence_text_of if isinstance(sentence_text_of, str) else ""
    by_sentence: dict[int, list[DateClaim]] = defaultdict(list)
    dateline = _DATELINE.match(field_text)
    for claim in claims:
        if isinstance(claim, DateClaim) and not claim.value.endswith("_REF") and not claim.value.startswith("P"):
            # "now", "the future" are too vague to be a figure's time, and sets ("daily") are none
            if dateline is not None and claim.end <= dateline.end():
                continue  # "PARIS, March 23 - ...": the story's date, not its figures'
            by_sentence[claim.sentence].append(claim)
    figures_by_sentence: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind in LINKED_KINDS and claim.kind != "change":
            figures_by_sentence[claim.sentence].append(claim)
    updates: dict[str, dict[str, str]] = {}
    for sentence, figures in figures_by_sentence.items():
        dates = by_sentence.get(sentence, [])
        if not dates:
            continue
        text = sentence_text_of if isinstance(sentence_text_of, str) else sentence_text_of.get(sentence, "")
        paired = _respectively(text, figures, dates)
        neighbours = _neighbours(figures)
        for figure in figures:
            target = paired.get(figure.id) if paired else None
            target = target or _nearest(figure, dates, neighbours[figure.id], field_text)
            if target is not None:
                updates.setdefault(figure.id, {})["when"] = target.id
    for claim in claims:  # a conversion is the same amount at the same time: "$200m (£104m) in 2004"
        original = getattr(claim, "converted_from", None)
        if original and updates.get(original, {}).get("when"):
            updates.setdefault(claim.id, {})["when"] = updates[original]["when"]
    changes_by_sentence: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.kind == "change":
            changes_by_sentence[claim.sentence].append(claim)
    for claim in claims:
        if claim.kind != "change":
            continue
        dates = by_sentence.get(claim.sentence, [])
        update = updates.setdefault(claim.id, {})
        linked = [getattr(claim, name, None) for name in ("by", "to", "from_")]
        whens = [updates.get(ref, {}).get("when") for ref in linked if isinstance(ref, str)]
        if whens and whens[0]:
            update["when"] = whens[0]
        elif dates and not whens:
            nearest = _nearest(claim, dates)
            if nearest is not None:
                update["when"] = nearest.id
        if getattr(claim, "basis", None) is None:
            text = sentence_text_of if isinstance(sentence_text_of, str) else sentence_text_of.get(claim.sentence, "")
            basis = _basis_of_change(claim, changes_by_sentence[claim.sentence], text, field_text)
            if basis is not None:
                update["basis"] = basis
    linked_claims: list[Claim] = []
    for claim in claims:
        update = {k: v for k, v in updates.get(claim.id, {}).items() if getattr(claim, k, None) is None}
        linked_claims.append(claim.model_copy(update=update) if update else claim)
    return linked_claims


_BASIS_REACH = 120
"""How far after the last change of a sentence its basis phrase is looked for, in characters."""


def _basis_of_change(change: Claim, changes: list[Claim], sentence: str, field_text: str) -> str | None:
    """The basis of a change: its sentence's, or with several changes, the one written after it.

    "The deficit rose to 2.65 billion from 1.30 billion a year earlier but was down from 7.04
    billion in January": year-on-year is the first change's basis, not the second's.
    """
    if len(changes) <= 1 or not field_text:
        return basis_of(sentence)
    later = [c.start for c in changes if c.start > change.start]
    end = min(later) if later else change.end + _BASIS_REACH
    own = basis_of(field_text[change.start : end])
    if own is not None:
        return own
    first = min(c.start for c in changes)  # "On a year-on-year basis, exports rose 5% and imports fell 2%"
    low = max(0, first - len(sentence))  # the sentence starts at most its length before its first change
    opening = field_text.rfind(sentence, low, first + len(sentence)) if sentence else -1
    return basis_of(field_text[opening:first]) if 0 <= opening <= first else None


def _respectively(text: str, figures: list[Claim], dates: list[DateClaim]) -> dict[str, DateClaim]:
    """Pair figures and dates in order when the sentence says "respectively"."""
    if len(dates) < 2 or not _RESPECTIVELY.search(text):
        return {}
    first_date = dates[0].start
    listed = [f for f in figures if f.end <= first_date and f.kind != "range"] or figures
    if len(listed) != len(dates):
        listed = listed[-len(dates) :] if len(listed) > len(dates) else listed
    if len(listed) != len(dates):
        return {}
    return {figure.id: date for figure, date in zip(listed, dates, strict=True)}
