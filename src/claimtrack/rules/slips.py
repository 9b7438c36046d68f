"""Scale slips inside a change: CT303's readings of a change a thousandfold off.

A change whose from and to are a thousandfold apart though one scale word would bring them
in line ("rose to 3.5 million dlrs from 2.9 billion"), and a rise by more than the level it
reaches ("reserves rose 3.30 billion francs to 33.94 million"), which would start below
zero. :mod:`claimtrack.rules.scales` turns them into findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import regex

from claimtrack.model import Claim
from claimtrack.rules.changes import (
    MAX_RATIO,
    ChangeParts,
    compatible,
    percent_range,
    signed,
    value_of,
)
from claimtrack.rules.conversions import ladders
from claimtrack.rules.matching import agree, figure_interval, interval, same_unit, written_number

__all__ = ["BelowZero", "ScaleSlip", "scale_slip", "start_below_zero", "thousandfold"]

SLIP_RATIO = Decimal(4)
"""A thousandfold change is read as a scale slip when one scale word brings it within this."""
_SLIP_FACTORS = (Decimal(10) ** 3, Decimal(10) ** 6, Decimal(10) ** 9)


@dataclass(frozen=True)
class ScaleSlip:
    """A change whose from and to are a power of a thousand apart, in line once rescaled.

    ``factor`` multiplies ``new / old`` into the ratio the change plausibly has.
    """

    parts: ChangeParts
    old: Claim
    new: Claim
    factor: Decimal
    ratio: Decimal


@cache
def _scale_words() -> regex.Pattern[str]:
    """A scale word of the ladders in a figure written in words ("three billion dlrs").

    Single letters ("k", "m") are left out: a number in words never takes them.
    """
    words = sorted({w for ladder in ladders() for w in ladder if len(w) > 1}, key=len, reverse=True)
    return regex.compile(r"(?i)\b(?:" + "|".join(map(regex.escape, words)) + r")\b")


def _scaled(claim: Claim) -> Decimal | None:
    """The value of a figure written with a scale word ("2.9 billion dlrs", "three billion"), else None."""
    value = value_of(claim)
    written = written_number(claim.text)
    if value is None or value <= 0:
        return None
    if written is None:  # a number in words
        return value if abs(value) >= 1000 and _scale_words().search(claim.text) else None
    mantissa = Decimal(written.replace(",", ""))
    if abs(value) < 1000 or mantissa == value:
        return None
    return value


def _agrees_with_by(parts: ChangeParts, old: Claim, new: Claim, fix: Decimal) -> bool:
    """Whether a percent ``by`` (if any) fits the rescaled from / to, with a point of slack."""
    by, by_value = parts.by, value_of(parts.by)
    if by is None or by_value is None or by.kind != "percent" or getattr(by, "points", False):
        return True
    old_span, new_span = figure_interval(old), figure_interval(new)
    if old_span is None or new_span is None:
        return True
    scaled = tuple(None if end is None else end * fix for end in new_span)
    possible = percent_range(old_span, (scaled[0], scaled[1]))
    if possible is None:
        return True
    low, high = interval(signed(by_value, parts.change.direction), by.text, by.approx)
    widened = (None if low is None else low - 1, None if high is None else high + 1)
    return agree(widened, possible)


def scale_slip(parts: ChangeParts) -> ScaleSlip | None:
    """From and to a thousandfold apart where one other scale word brings them in line.

    "rose to 3.5 million dlrs from 2.9 billion dlrs": both are written with scale words,
    their ratio is beyond :data:`MAX_RATIO`, and at a thousandth (or a thousand times) it
    lies within :data:`SLIP_RATIO`, agrees with the direction word and with a percent given.
    """
    old, new = parts.from_, parts.to
    if old is None or new is None or not compatible(old, new) or old.kind == "percent":
        return None
    if parts.by is not None and parts.by.kind != "percent":
        return None
    direction = parts.change.direction
    for fix, fixed in thousandfold(old, new):
        if (direction == "up" and fixed <= 1) or (direction == "down" and fixed >= 1):
            continue
        if _agrees_with_by(parts, old, new, fix):
            return ScaleSlip(parts, old, new, fix, fixed)
    return None


@dataclass(frozen=True)
class BelowZero:
    """A rise by more than the level it reaches, in line once one scale word is changed.

    Either figure may carry the wrong scale word; ``wrong`` is the later one, as for other
    slips. ``share`` is the rise as a fraction of the level before it, once rescaled.
    """

    parts: ChangeParts
    wrong: Claim
    right: Claim
    share: Decimal

    @property
    def amount(self) -> Claim:
        """The figure the rise is "by"."""
        return self.wrong if self.wrong.id == self.parts.change.by else self.right

    @property
    def level(self) -> Claim:
        """The figure the rise reaches ("to")."""
        return self.right if self.wrong.id == self.parts.change.by else self.wrong


def start_below_zero(
    parts: ChangeParts, balances: frozenset[str], not_verbs: frozenset[str] = frozenset()
) -> BelowZero | None:
    """A rise "by" more than the level it rose "to": the level before would be below zero.

    "reserves rose 3.30 billion francs to 33.94 million" starts at minus 3.27 billion; at a
    thousand times the level (or a thousandth of the rise) it is a rise of 9.7%. Subjects
    that may be negative (a balance, a profit: ``balances``) are skipped, and so are verbs
    whose "by" is an amount collected (``not_verbs``: "raised $64.8 million").
    """
    by, to = parts.by, parts.to
    if by is None or to is None or parts.from_ is not None or parts.change.direction != "up":
        return None
    if (parts.change.verb or "").lower() in not_verbs:
        return None
    if by.kind not in ("money", "count", "measure") or not same_unit(by, to):
        return None
    subject = " ".join(filter(None, (parts.change.subject, to.subject, by.subject))).lower()
    if balances & set(regex.findall(r"[a-z]+", subject)):
        return None
    amount, level = _scaled(by), _scaled(to)
    if amount is None or level is None or amount <= level:
        return None
    for factor in _SLIP_FACTORS:  # a thousandth of the rise is a thousand times the level: either may be wrong
        rise = amount / factor
        if rise < level and Decimal(0) < rise / (level - rise) <= 1:
            later, earlier = (to, by) if to.start >= by.start else (by, to)
            return BelowZero(parts, later, earlier, rise / (level - rise))
    return None


def thousandfold(old: Claim, new: Claim) -> list[tuple[Decimal, Decimal]]:
    """Rescales by a power of a thousand that bring two figures with scale words in line.

    Each is (factor, new / old times the factor); empty unless both figures carry a scale
    word and their ratio is beyond :data:`MAX_RATIO` while the rescaled one is within
    :data:`SLIP_RATIO`.
    """
    old_value, new_value = _scaled(old), _scaled(new)
    if old_value is None or new_value is None:
        return []
    ratio = new_value / old_value
    if 1 / MAX_RATIO <= ratio <= MAX_RATIO:
        return []
    found = []
    for factor in _SLIP_FACTORS:
        for fix in (1 / factor, factor):
            if 1 / SLIP_RATIO <= ratio * fix <= SLIP_RATIO:
                found.append((fix, ratio * fix))
    return found
