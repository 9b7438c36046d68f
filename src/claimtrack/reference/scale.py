"""The scale-word fix: the change of scale word that brings a figure inside its range.

Thousand, million, billion or trillion, one or two steps up or down; and the figure's text
rewritten with it.

>>> from decimal import Decimal
>>> scale_fix(Decimal("18.7e9"), Decimal("1e7"), Decimal("8e8"))
-3
>>> rescale_text("$18.7 billion", -3)
'$18.7 million'
>>> rescale_text("18,700 tonnes", 3)
'18.7 million tonnes'
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from claimtrack.reference.words import lexicon

SCALE_STEPS = (-3, 3, -6, 6)
"""Powers of ten tried, smallest change first: one or two scale words up or down."""

_NUMBER = re.compile(
    r"""
    (?<![\d.])
    (?P<number>
        \d{1,3} (?:,\d{3}){1,8} (?:\.\d{1,20})?   # 18,700 or 1,234,567.5
      | \d{1,30} (?:\.\d{1,20})?                  # 18700 or 18.7
      | \.\d{1,20}                                # .5
    )
    (?P<gap> [ \u00a0-]{0,2} )                    # "18.7 billion", "18.7bn", "18.7-billion"
    (?P<word> [A-Za-z]{1,12} )?                   # a scale word, or the next word
    """,
    re.VERBOSE,
)


@cache
def _families() -> dict[str, dict[int, str]]:
    data = lexicon("scale_words")["families"]
    assert isinstance(data, dict)
    return {name: {int(power): str(word) for power, word in table.items()} for name, table in data.items()}


def _find_word(word: str) -> tuple[str, int] | None:
    """The family and power of a scale word as written, or None."""
    for name, table in _families().items():
        for power, spelled in table.items():
            if word == spelled or (name == "long" and word.lower() == spelled):
                return name, power
    return None


def scale_fix(value: Decimal, low: Decimal, high: Decimal) -> int | None:
    """The power of ten (-3, 3, -6 or 6) that moves ``value`` into ``low``..``high``.

    The smallest change that fits wins; None when the value is already inside or when no
    single change of scale word fits (the value is off by some other factor).

    >>> scale_fix(Decimal(300e6), Decimal(150e9), Decimal(500e9))
    3
    >>> scale_fix(Decimal(30e9), Decimal(150e9), Decimal(500e9)) is None  # ten times off
    True
    """
    if low <= value <= high:
        return None
    for power in SCALE_STEPS:
        if low <= value.scaleb(power) <= high:
            return power
    return None


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _styled(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _spell(value: Decimal, grouped: bool) -> str:
    """A number with a long scale word when large ("18.7 million"), else plain."""
    for power in (12, 9, 6):
        if abs(value) >= Decimal(10) ** power:
            return f"{_plain(value.scaleb(-power))} {_families()['long'][power]}"
    if grouped and value == value.to_integral_value():
        return f"{int(value):,}"
    return _plain(value)


def rescale_text(text: str, power: int) -> str | None:
    """The figure's surface with its scale changed by ``10 ** power``, or None.

    The scale word is swapped within its spelling family ("bn" -> "m", "Billion" ->
    "Million"); a figure without one gets a long scale word or loses digits.

    >>> rescale_text("€4.2bn", -3)
    '€4.2m'
    >>> rescale_text("2.5 Million barrels a day", 3)
    '2.5 Billion barrels a day'
    >>> rescale_text("$5 thousand", -3)
    '$5'
    >>> rescale_text("no figure here", 3) is None
    True
    """
    found = _NUMBER.search(text)
    if found is None:
        return None
    try:
        number = Decimal(found.group("number").replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern only admits numerals
        return None
    word = found.group("word") or ""
    scale = _find_word(word) if word else None
    if scale is not None:
        family, old = scale
        new = old + power
        start, end = found.start("gap"), found.end("word")
        if new == 0:
            return text[:start] + text[end:]
        if new in _families()[family]:
            replacement = _styled(_families()[family][new], word)
            return text[: found.start("word")] + replacement + text[end:]
        value = number.scaleb(new)
        return text[: found.start("number")] + _spell(value, grouped=True) + text[end:]
    value = number.scaleb(power)
    grouped = "," in found.group("number")
    return text[: found.start("number")] + _spell(value, grouped) + text[found.end("number") :]
