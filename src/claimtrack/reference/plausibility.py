"""Judging one figure against the reference magnitudes: pure functions the CT2xx rules call.

:func:`check_claim` matches a money, count or measure claim to its reference entry, widens
the entry's range for the publication date, and returns an :class:`Implausible` verdict
when the figure falls outside — with how far off it is and, when a change of scale word
brings it inside, the rewritten figure. No confident match, or a figure inside the range,
gives None.

Approximators: "more than X" (``over``, ``at_least``) is never too low, since the true
figure may be far larger. ``under`` and ``at_most`` are judged on both sides, because the
model folds "nearly X" into ``under``: "nearly $18.7 billion" is as wrong as "$18.7
billion".

>>> from datetime import date
>>> from decimal import Decimal
>>> from claimtrack.model import MoneyClaim
>>> claim = MoneyClaim(id="money-b10-23", text="$18.7 billion", field="text", start=10, end=23,
...     sentence=0, value=Decimal("18.7e9"), currency="USD",
...     subject="China's monthly rare earth exports")
>>> verdict = check_claim(claim, published=date(2025, 6, 9))
>>> verdict.direction, verdict.suggestion, verdict.entry.source
('high', '$18.7 million', 'China General Administration of Customs')
>>> check_claim(claim.model_copy(update={"value": Decimal("18.7e6")}), published=date(2025, 6, 9)) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from claimtrack.model import CountClaim, MeasureClaim, MoneyClaim
from claimtrack.reference.loader import ReferenceSet, load_reference
from claimtrack.reference.matching import Match, match
from claimtrack.reference.scale import rescale_text, scale_fix
from claimtrack.reference.schema import Basis, ReferenceEntry
from claimtrack.reference.subjects import infer_subject
from claimtrack.reference.timing import widen

JudgedClaim = MoneyClaim | CountClaim | MeasureClaim
"""The claims a reference range can judge."""

_BASIS_WORDS = {"per_year": "yearly", "per_month": "monthly", "per_quarter": "quarterly", "stock": ""}
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


@dataclass(frozen=True, slots=True)
class Implausible:
    """A figure outside the plausible range of its reference entry."""

    claim: JudgedClaim
    match: Match
    low: Decimal
    high: Decimal
    """The range after widening for the publication date, in the claim's units."""
    direction: Literal["high", "low"]
    factor: Decimal
    """How many times the figure lies above ``high`` or below ``low``."""
    scale: int | None
    """The power of ten that brings the figure inside (-3: billion -> million), or None."""
    suggestion: str | None
    """The figure's text rewritten with that scale ("$18.7 million"), or None."""
    subject: str
    """The subject judged: the claim's own, or the phrase found in the sentence."""

    @property
    def entry(self) -> ReferenceEntry:
        """The reference entry the figure was judged against."""
        return self.match.entry

    def message(self) -> str:
        """One sentence naming the entry, its source and range, and the fix.

        >>> from claimtrack.model import MoneyClaim
        >>> claim = MoneyClaim(id="m", text="$300 million", field="text", start=0, end=12,
        ...     sentence=0, value=Decimal("3e8"), currency="USD", subject="China's exports")
        >>> message = check_claim(claim, "in May", published=date(2023, 6, 1)).message()
        >>> message.split(":")[0]
        '$300 million is 470x below the plausible range for CN goods exports (monthly)'
        >>> message.endswith("2023, unverified); did you mean $300 billion?")
        True
        """
        entry = self.entry
        unit = self.claim.currency if isinstance(self.claim, MoneyClaim) else self.claim.unit
        basis = _BASIS_WORDS.get(self.match.basis or "", "") if entry.basis != "stock" else ""
        what = f"{self.match.geography} {entry.subject}" + (f" ({basis})" if basis else "")
        checked = "verified" if entry.verified else "unverified"
        text = (
            f"{self.claim.text} is {_round(self.factor)}x {'above' if self.direction == 'high' else 'below'} "
            f"the plausible range for {what}: {describe(self.low, unit)} to {describe(self.high, unit)} "
            f"({entry.source}, {entry.as_of}, {checked})"
        )
        if self.suggestion:
            text += f"; did you mean {self.suggestion}?"
        return text


def _round(value: Decimal) -> str:
    """A factor to two significant digits ("470", "1,200", "2.5")."""
    number = float(value)
    if number >= 10:
        return f"{round(number, 2 - len(str(int(number)))):,.0f}"
    return f"{number:.1f}"


def describe(value: Decimal, unit: str | None) -> str:
    """An amount for messages, three significant digits and a scale word.

    >>> describe(Decimal("18700000000"), "USD"), describe(Decimal("4500"), "tonne")
    ('$18.7 billion', '4,500 tonne')
    """
    number = f"{value:,.0f}" if value >= 1000 else f"{value:.3g}"
    for power, word in ((12, "trillion"), (9, "billion"), (6, "million")):
        if value >= Decimal(10) ** power:
            number = f"{float(value.scaleb(-power)):.3g} {word}"
            break
    if unit in _SYMBOLS:
        return f"{_SYMBOLS[unit]}{number}"
    return f"{number} {unit}" if unit else number


def check_claim(
    claim: JudgedClaim,
    sentence: str = "",
    *,
    published: date | None = None,
    geography_hint: str | None = None,
    basis_hint: Basis | None = None,
    reference: ReferenceSet | None = None,
    min_factor: Decimal = Decimal(1),
    infer: bool = True,
) -> Implausible | None:
    """The verdict on one figure, or None when it has no confident entry or is plausible.

    Args:
        claim: a money, count or measure claim; its ``subject`` names what is measured.
        sentence: the text of the sentence it stands in (geography and time basis).
        published: the publication date (None: the widest window, see ``timing``).
        geography_hint: the story's country, for figures whose sentence names none.
        basis_hint: the time basis when known otherwise (e.g. from the linked date).
        reference: the entries to use (default: the packaged ones).
        min_factor: report only figures at least this many times outside the range (the
            ranges are generous already; a rule may ask for 10x to see only scale slips).
        infer: when the claim has no subject, look for one in the sentence (see
            :func:`~claimtrack.reference.subjects.infer_subject`); the figure is found in
            ``sentence`` by its text.
    """
    if claim.value <= 0 or getattr(claim, "per", None):
        return None  # a rate ("$80 a barrel") is not an amount: no entry holds prices
    subject = claim.subject
    if subject is None and infer and claim.text and claim.text in sentence:
        subject = infer_subject(sentence, sentence.index(claim.text), reference)
    currency = claim.currency if isinstance(claim, MoneyClaim) else None
    unit = None if isinstance(claim, MoneyClaim) else claim.unit
    found = match(
        subject,
        sentence,
        kind=claim.kind,
        currency=currency,
        unit=unit,
        geography_hint=geography_hint,
        basis_hint=basis_hint,
        reference=reference,
    )
    if found is None:
        return None
    low, high = found.window(published)
    value = Decimal(claim.value)
    direction: Literal["high", "low"]
    if value > high:
        direction, factor = "high", value / high
    elif value < low and found.judge_low and claim.approx not in ("over", "at_least"):
        direction, factor = "low", low / value
    else:
        return None
    if factor < min_factor or (direction == "low" and factor < found.low_factor):
        return None
    power = scale_fix(value, low if found.judge_low else Decimal(0), high)
    return Implausible(
        claim=claim,
        match=found,
        low=low,
        high=high,
        direction=direction,
        factor=factor,
        scale=power,
        suggestion=rescale_text(claim.text, power) if power is not None else None,
        subject=subject or "",
    )


def population_window(
    geography: str, published: date | None = None, *, reference: ReferenceSet | None = None
) -> tuple[Decimal, Decimal] | None:
    """The widened population range of a geography ("world" included), for CT203.

    >>> low, high = population_window("world", date(2025, 1, 1))
    >>> 8e9 < high < 11e9
    True
    """
    reference = load_reference() if reference is None else reference
    entry = reference.get("population", geography, "stock", "count")
    if entry is None:
        return None
    return widen(entry.low, entry.high, "count", as_of=entry.as_of, published=published, growth=entry.growth)


def whole_of(entry: ReferenceEntry, *, reference: ReferenceSet | None = None) -> ReferenceEntry | None:
    """The entry this one is part of (``part_of``, same geography, basis and measure), for CT202.

    >>> reference = load_reference()
    >>> part = reference.get("rare earth exports", "CN", "per_month", "value")
    >>> whole_of(part).subject
    'goods exports'
    """
    if entry.part_of is None:
        return None
    reference = load_reference() if reference is None else reference
    return reference.get(entry.part_of, entry.geography, entry.basis, entry.measure)
