"""ISO 8601 durations: "90-day" -> P90D, "three months" -> P3M, "a two-year period" -> P2Y.

A duration is a length of time and is never turned into a date. Vague amounts ("several
weeks", "for years") keep an ``X`` amount (``PXW``, ``PXY``). Ages ("45-year-old") are not
durations: they are left to the figure extractor.

>>> duration_value("90", "D")
'P90D'
>>> duration_value("three", "M"), duration_value("two", "DE"), duration_value("16", "H")
('P3M', 'P20Y', 'PT16H')
>>> duration_value("several", "W"), duration_value("1.5", "Y"), duration_value("2", "Y", half=True)
('PXW', 'P1.5Y', 'P2.5Y')
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from claimtrack.extractors.dates.words import number_words

_SCALE = {
    "D": ("D", 1),
    "W": ("W", 1),
    "M": ("M", 1),
    "Q": ("M", 3),
    "Y": ("Y", 1),
    "DE": ("Y", 10),
    "CE": ("Y", 100),
    "H": ("TH", 1),
    "MI": ("TM", 1),
    "S": ("TS", 1),
}
"""Unit code -> (ISO designator, multiplier); a T prefix marks a time component."""


def amount(text: str) -> Decimal | None:
    """The amount a number or number word stands for, or None when vague ("several").

    >>> amount("1,000"), amount("a"), amount("couple of"), amount("many"), amount("½")
    (Decimal('1000'), Decimal('1'), Decimal('2'), None, Decimal('0.5'))
    """
    word = " ".join(text.lower().split())
    if word == "½":  # a ½ hour
        return Decimal("0.5")
    if word in number_words():
        return Decimal(number_words()[word])
    try:
        return Decimal(word.replace(",", ""))
    except InvalidOperation:
        return None


def duration_value(number: str, unit: str, half: bool = False) -> str:
    """The ISO 8601 duration of ``number`` ``unit`` (unit codes as in ``dates.toml``).

    >>> duration_value("90", "D"), duration_value("5", "H", half=True), duration_value("3", "Y", half=True)
    ('P90D', 'PT5.5H', 'P3.5Y')
    """
    designator, scale = _SCALE.get(unit, ("D", 1))
    value = amount(number)
    if value is None:
        text = "X"
    else:
        value = value * scale + (Decimal("0.5") * scale if half else 0)
        text = format(value.normalize(), "f") if value == value.to_integral_value() else str(value)
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    if designator.startswith("T"):
        return f"PT{text}{designator[1:]}"
    return f"P{text}{designator}"
