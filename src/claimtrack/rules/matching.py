"""Shared judgements of the rules: same subject, same time, same unit, rounding tolerance.

A figure written with k significant digits stands for anything that rounds to it: "48.3%"
is any value from 48.25 to 48.35, "$18.7 billion" anything from $18.65 to $18.75 billion.
An approximator widens that the way a reader would: "more than 34%" is any value above
about 34, "about 20%" anything within a tenth of 20.

>>> from decimal import Decimal as D
>>> interval(D("48.3"), "48.3%")
(Decimal('48.25'), Decimal('48.35'))
>>> agree(interval(D("34"), "34%", "over"), interval(D("34.5"), "34.5%"))
True
>>> agree(interval(D("12"), "12%"), interval(D("20.0"), "20.0%"))
False
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import regex

from claimtrack.lexicon import load_toml
from claimtrack.model import Claim

Bound = Decimal | None
"""One end of an interval; None is unbounded."""
Interval = tuple[Bound, Bound]

# The first number written in a claim's surface: grouped thousands or plain digits, then
# an optional decimal part.
_NUMBER = regex.compile(
    r"""
    (?<! [\d.,] )
    (?: \d{1,3} (?: , \d{3} ){1,6}     # grouped thousands: 12,600
      | \d{1,15} )                     # or plain digits
    (?: \. \d{1,12} )?                 # decimal part
    """,
    regex.VERBOSE,
)
_WORD = regex.compile(r"[\p{L}\p{N}]{1,40}")
_POSSESSIVE = regex.compile(r"['’]s\b")

ABOUT_SHARE = Decimal("0.1")
"""How far "about" and "nearly" reach, as a share of the figure."""


@cache
def _lexicon() -> dict[str, list[str]]:
    data = load_toml("rules")
    return {"stopwords": list(data["subjects"]["stopwords"]), "qualifiers": list(data["subjects"]["qualifiers"])}


def written_number(text: str) -> str | None:
    """The first number written in a surface, as written ("12,600", "48.3"), or None.

    >>> written_number("$10.5 billion"), written_number("three")
    ('10.5', None)
    """
    match = _NUMBER.search(text)
    return match.group() if match else None


def trailing_zeros(written: str) -> int:
    """How many zeros end a whole number as written; 0 when it has a decimal point.

    >>> trailing_zeros("700"), trailing_zeros("1,200"), trailing_zeros("12.50"), trailing_zeros("16")
    (2, 2, 0, 0)
    """
    if "." in written:
        return 0
    digits = written.replace(",", "")
    return len(digits) - len(digits.rstrip("0"))


def _scale(value: Decimal, written: Decimal) -> Decimal | None:
    """The power of ten between a written mantissa and the value, if there is one."""
    if written == 0:
        return Decimal(1) if value == 0 else None
    ratio = abs(value) / written
    exponent = ratio.normalize().as_tuple()
    if exponent.digits == (1,) and isinstance(exponent.exponent, int):
        return ratio
    return None


def tolerance(value: Decimal, text: str) -> Decimal:
    """Half a unit of the last digit written, in the value's own units.

    >>> tolerance(Decimal("18700000000"), "$18.7 billion")
    Decimal('50000000.0')
    >>> tolerance(Decimal("12600"), "12,600 jobs")
    Decimal('0.5')
    """
    surface = written_number(text)
    if surface is not None:
        written = Decimal(surface.replace(",", ""))
        scale = _scale(value, written)
        if scale is not None:
            decimals = len(surface.partition(".")[2])
            return Decimal(5) * Decimal(10) ** (-(decimals + 1)) * scale
    if value == 0:
        return Decimal(0)
    exponent = value.normalize().as_tuple().exponent
    return Decimal(5) * Decimal(10) ** ((exponent if isinstance(exponent, int) else 0) - 1)


def interval(value: Decimal, text: str, approx: str | None = None) -> Interval:
    """The values a figure written as ``text`` (with an approximator) is consistent with.

    >>> interval(Decimal("20"), "about 20%", "about")
    (Decimal('18.0'), Decimal('22.0'))
    >>> interval(Decimal("34"), "more than 34%", "over")
    (Decimal('33.5'), None)
    """
    half = tolerance(value, text)
    wide = max(half, abs(value) * ABOUT_SHARE)
    if approx == "about":
        return (value - wide, value + wide)
    if approx in ("over", "at_least"):
        return (value - half, None)
    if approx == "under":
        return (value - wide, value + half)
    if approx == "at_most":
        return (None, value + half)
    return (value - half, value + half)


def agree(a: Interval, b: Interval) -> bool:
    """Whether two intervals overlap (None ends are unbounded)."""
    low = max((x for x in (a[0], b[0]) if x is not None), default=None)
    high = min((x for x in (a[1], b[1]) if x is not None), default=None)
    return low is None or high is None or low <= high


def contains(span: Interval, value: Decimal) -> bool:
    """Whether an interval holds a value."""
    return (span[0] is None or span[0] <= value) and (span[1] is None or value <= span[1])


def figure_interval(claim: Claim) -> Interval | None:
    """The interval of a figure claim, or None for claims without a single value."""
    value = getattr(claim, "value", None)
    if not isinstance(value, Decimal):
        return None
    return interval(value, claim.text, claim.approx)


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def subject_words(subject: str | None) -> frozenset[str]:
    """The content words of a subject, lower case and singular.

    >>> sorted(subject_words("China's rare earth exports"))
    ['china', 'earth', 'export', 'rare']
    """
    if not subject:
        return frozenset()
    stop = frozenset(_lexicon()["stopwords"])
    text = _POSSESSIVE.sub("", subject.lower())
    return frozenset(_singular(w) for w in _WORD.findall(text) if w not in stop)


def same_subject(a: str | None, b: str | None) -> bool:
    """Whether two subjects name the same thing.

    They do when their content words are equal, or when the smaller set (of at least two
    words) is a subset of the larger and the words the larger adds make no other measure of
    the thing (the ``qualifiers`` of ``rules.toml``: "adjusted", "annual", "net" ...).

    >>> same_subject("the company's exports", "Exports of the company")
    True
    >>> same_subject("shares in Jarvis", "shares in engineering group Jarvis")
    True
    >>> same_subject("the trade deficit", "the seasonally adjusted trade deficit")
    False
    >>> same_subject("exports", "imports"), same_subject(None, "exports")
    (False, False)
    """
    words_a, words_b = subject_words(a), subject_words(b)
    if not words_a or not words_b:
        return False
    if words_a == words_b:
        return True
    small, large = sorted((words_a, words_b), key=len)
    return len(small) >= 2 and small <= large and not (large - small) & _qualifiers()


@cache
def _qualifiers() -> frozenset[str]:
    return frozenset(_singular(w) for w in _lexicon()["qualifiers"])


def same_unit(a: Claim, b: Claim) -> bool:
    """Whether two figures are in the same unit: kind, currency, unit, points."""
    if a.kind != b.kind or a.kind == "range":
        return False
    if a.kind == "money":
        return getattr(a, "currency", None) == getattr(b, "currency", None)
    if a.kind == "percent":
        return bool(getattr(a, "points", False)) == bool(getattr(b, "points", False))
    if a.kind in ("count", "measure"):
        unit_a, unit_b = str(getattr(a, "unit", "")).lower(), str(getattr(b, "unit", "")).lower()
        return _singular(unit_a) == _singular(unit_b)
    return a.kind == "number"


def same_time(a: Claim, b: Claim, dates: dict[str, str]) -> bool | None:
    """True for the same time, False for different ones, None when unknown.

    ``dates`` maps date-claim ids to their values, so two mentions of one date agree.

    >>> from claimtrack.model import NumberClaim
    >>> x = NumberClaim(id="a", text="1", field="text", start=0, end=1, sentence=0,
    ...                 value=Decimal(1), when="d1")
    >>> same_time(x, x.model_copy(update={"when": "d2"}), {"d1": "2024", "d2": "2024"})
    True
    """
    if a.when is None and b.when is None:
        return None
    if a.when is None or b.when is None:
        return None
    if a.when == b.when:
        return True
    value_a, value_b = dates.get(a.when), dates.get(b.when)
    if value_a is None or value_b is None:
        return None
    return value_a == value_b


def respell(text: str, old_value: Decimal, new_value: Decimal, decimals: int | None = None) -> str | None:
    """A surface rewritten with another value in the same scale ("$10.5 billion" -> "$12.6 billion").

    >>> respell("$10.5 billion", Decimal("10500000000"), Decimal("12600000000"))
    '$12.6 billion'
    >>> respell("12%", Decimal(12), Decimal("20.04"))
    '20%'
    """
    match = _NUMBER.search(text)
    if match is None:
        return None
    written = Decimal(match.group().replace(",", ""))
    scale = _scale(old_value, written)
    if scale is None or scale == 0:
        return None
    places = len(match.group().partition(".")[2]) if decimals is None else decimals
    mantissa = abs(new_value) / scale
    formatted = f"{mantissa:,.{places}f}" if "," in match.group() else f"{mantissa:.{places}f}"
    return text[: match.start()] + formatted + text[match.end() :]
