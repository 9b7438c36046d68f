"""Numbers as written: digits with separators, scale words, number words, fractions.

:func:`parse_number` turns the surface of one number into its exact value; the scanner
uses :func:`parse_digits` and :func:`parse_words` on the pieces it has already found.

>>> parse_number("one hundred and twenty-five thousand")
Decimal('125000')
>>> parse_number("1,238"), parse_number("1.2bn"), parse_number("two-thirds")
(Decimal('1238'), Decimal('1200000000'), Decimal('0.6666666666666666666666666667'))
>>> parse_number("sixfold"), parse_number("a dozen"), parse_number("minus 5")
(Decimal('6'), Decimal('12'), Decimal('-5'))
>>> parse_number("growth") is None
True
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex

import claimtrack.extractors.figures.patterns as pat
from claimtrack.extractors.figures.vocab import Vocabulary, vocabulary

_GROUPED = regex.compile(r"\d{1,3}(?:[,\s\u00a0\u202f']\d{2,3}){1,12}(?:\.\d{1,30})?")
_INDIAN = regex.compile(r"\d{1,2}(?:,\d{2}){1,6},\d{3}(?:\.\d{1,30})?")
_PLAIN = regex.compile(r"\d{0,60}(?:[.,]\d{1,30})?")
_SCIENTIFIC = regex.compile(r"(\d{1,30}(?:\.\d{1,30})?)e([+-]?\d{1,4})")
_POWER = regex.compile(r"(\d{1,30}(?:\.\d{1,30})?)\^([+-]{0,2})(\d{1,4})")
_FRACTION = regex.compile(r"(?:(\d{1,12})\s{1,3})?(\d{1,12})/(\d{1,12})")
_DIGITS_SCALE = regex.compile(r"(\d[\d,.\s\u00a0\u202f]{0,40}?)\s{0,3}([a-z]{1,3}|[A-Z]{1,2})")
_TOKEN = regex.compile(r"\d[\d,.]{0,60}|[a-z]{1,20}(?:-[a-z]{1,20}){0,3}|[/^]")
_SPACES = regex.compile(r"[\s\u00a0\u202f]{1,50}")

_MAX_EXPONENT = 400


def tidy(value: Decimal) -> Decimal:
    """The same value without trailing zeros: ``Decimal("3700000000.00")`` -> 3700000000.

    >>> tidy(Decimal("3700000000.00")), tidy(Decimal("48.30")), tidy(Decimal("0.5"))
    (Decimal('3700000000'), Decimal('48.3'), Decimal('0.5'))
    """
    if not value.is_finite():
        return value
    try:
        if value == value.to_integral_value():
            return value.quantize(Decimal(1))
        return value.normalize()
    except InvalidOperation:  # more digits than the context's precision: keep as is
        return value


def parse_digits(surface: str, *, decimal_comma: bool = False) -> Decimal | None:
    """The value of a run of digits with separators and a decimal part.

    >>> parse_digits("1,238"), parse_digits("1 238"), parse_digits("12,34,567.89")
    (Decimal('1238'), Decimal('1238'), Decimal('1234567.89'))
    >>> parse_digits("3,5", decimal_comma=True), parse_digits(".08")
    (Decimal('3.5'), Decimal('0.08'))
    """
    text = surface.strip()
    if not text:
        return None
    if decimal_comma:
        text = text.replace(".", "").replace(" ", "").replace(",", ".")
    elif _GROUPED.fullmatch(text, timeout=pat.TIMEOUT) and all(
        len(g) == 3 for g in regex.split(r"[,\s\u00a0\u202f']", text.split(".")[0], timeout=pat.TIMEOUT)[1:]
    ):
        text = regex.sub(r"[,\s\u00a0\u202f']", "", text, timeout=pat.TIMEOUT)
    elif _INDIAN.fullmatch(text, timeout=pat.TIMEOUT):
        text = text.replace(",", "")
    elif _PLAIN.fullmatch(text, timeout=pat.TIMEOUT):
        if "," in text:  # a single comma not followed by three digits: a decimal comma
            text = text.replace(",", ".")
    else:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text, timeout=pat.TIMEOUT)


def _split_hyphens(token: str, vocab: Vocabulary) -> list[str]:
    """Split "twenty-three" in two, but keep the compound ordinal "thirty-fifths" whole."""
    if "-" not in token:
        return [token]
    parts = token.split("-")
    unit = parts[1].rstrip("s") if len(parts) == 2 else ""
    if (
        len(parts) == 2
        and parts[0] in vocab.tens
        and (_ordinal_value(parts[1], vocab) is not None or unit in vocab.compound_ordinals)
    ):
        return [token]
    return parts


def _ordinal_value(word: str, vocab: Vocabulary) -> Decimal | None:
    """The denominator an ordinal word stands for ("fifths" -> 5), or None."""
    for candidate in (word, word[:-1] if word.endswith("s") else word):
        if candidate in vocab.ordinals:
            return vocab.ordinals[candidate]
        if "-" in candidate:
            tens, _, unit = candidate.partition("-")
            unit_value = vocab.ordinals.get(unit, vocab.compound_ordinals.get(unit))
            if tens in vocab.tens and unit_value is not None:
                return vocab.tens[tens] + unit_value
    return None


class _Accumulator:
    """The running total of a spelled-out number ("three hundred and two thousand")."""

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.current = Decimal(0)
        self.before_and: Decimal | None = None
        self.last_scale = Decimal(1)
        self.prev = ""
        self.fraction_after_and = False
        self.seen = False

    def value(self) -> Decimal:
        if self.fraction_after_and and self.last_scale >= 1000 and self.current < 1:
            return self.total + self.current * self.last_scale
        return self.total + self.current


def _feed(acc: _Accumulator, words: list[str], index: int, vocab: Vocabulary) -> bool:
    """Add one word to the accumulator; False when it is not part of a number."""
    word = words[index]
    nxt = words[index + 1] if index + 1 < len(words) else ""
    if word in ("a", "an"):
        if acc.prev in ("half", "of"):
            acc.prev = word
            return True
        if acc.current == 0 or acc.prev == "and":
            acc.current += 1
            acc.prev = word
            return True
        return False
    if word == "and":
        acc.before_and = acc.current
        acc.prev = word
        return True
    if word == "of":
        if _ordinal_value(acc.prev, vocab) is None and acc.prev not in ("half", "halves"):
            return False
        acc.prev = word
        return True
    if word in vocab.units or word in vocab.tens:
        value = vocab.units.get(word, vocab.tens.get(word, Decimal(0)))
        acc.current += value
    elif word[:1].isdigit():
        number = parse_digits(word)
        if number is None:
            return False
        acc.current += number
    elif word in vocab.multipliers:
        factor = vocab.multipliers[word]
        if acc.before_and is not None and factor == 12:
            part = acc.current - acc.before_and
            acc.current = acc.before_and + (part or 1) * factor
        else:
            acc.current = (acc.current or Decimal(1)) * factor
    elif word in vocab.scales:
        scale = vocab.scales[word]
        if acc.current == 0 and acc.prev in vocab.scales:
            acc.total *= scale
        else:
            acc.total += (acc.current or Decimal(1)) * scale
        acc.current = Decimal(0)
        acc.last_scale = scale
        acc.before_and = None
        acc.fraction_after_and = False
    elif word in ("half", "halves"):
        if acc.before_and is not None:
            acc.current = acc.before_and + ((acc.current - acc.before_and) or Decimal(1)) / 2
            acc.fraction_after_and = True
        elif acc.current:
            acc.current = acc.current / 2
        else:
            acc.current = Decimal("0.5")
    elif word.rstrip("s") in vocab.compound_ordinals and acc.prev in vocab.tens:
        _apply_ordinal(acc, words, index, vocab.compound_ordinals[word.rstrip("s")], vocab)
    elif (denominator := _ordinal_value(word, vocab)) is not None:
        _apply_ordinal(acc, words, index, denominator, vocab)
    else:
        return False
    acc.prev = word
    acc.seen = True
    del nxt
    return True


def _apply_ordinal(acc: _Accumulator, words: list[str], index: int, denominator: Decimal, vocab: Vocabulary) -> None:
    """Turn the number before an ordinal into a fraction ("three fifths" -> 0.6)."""
    prev = words[index - 1] if index else ""
    before_prev = words[index - 2] if index >= 2 else ""
    word = words[index]
    if prev in vocab.tens and (
        before_prev in vocab.units
        or before_prev in vocab.tens
        or before_prev in vocab.multipliers
        or before_prev in vocab.scales
    ):
        # "one hundred thirty fifths" = 100 / 35: the tens word belongs to the denominator
        denominator += vocab.tens[prev]
        acc.current -= vocab.tens[prev]
    elif word.rstrip("s") in vocab.compound_ordinals and prev in vocab.tens:
        denominator += vocab.tens[prev]
        acc.current -= vocab.tens[prev]
    if acc.before_and is not None and 0 < acc.current - acc.before_and < 10:
        numerator = acc.current - acc.before_and
        acc.current = acc.before_and + numerator / denominator
        acc.fraction_after_and = True
        return
    numerator = acc.total + acc.current if acc.before_and is None else acc.current
    if acc.before_and is None:
        acc.total = Decimal(0)
    acc.current = (numerator or Decimal(1)) / denominator


def parse_words(words: list[str], vocab: Vocabulary | None = None) -> Decimal | None:
    """The value of a list of lower-case number words and digit tokens, or None.

    >>> parse_words(["two", "hundred", "and", "two", "thousand"])
    Decimal('202000')
    >>> parse_words(["three", "lakh", "crore"])
    Decimal('3000000000000')
    """
    vocab = vocab or vocabulary()
    if not words:
        return None
    if words[-1] in vocab.multiplicatives and len(words) == 1:
        return vocab.multiplicatives[words[0]]
    if "point" in words:
        cut = words.index("point")
        whole = parse_words(words[:cut], vocab) if cut else Decimal(0)
        decimals = _decimal_digits(words[cut + 1 :], vocab)
        if whole is None or decimals is None:
            return None
        sign = -1 if whole < 0 else 1
        return whole + sign * Decimal("0." + decimals)
    acc = _Accumulator()
    for index in range(len(words)):
        if not _feed(acc, words, index, vocab):
            return None
    if not acc.seen:
        return None
    return tidy(acc.value())


def _decimal_digits(words: list[str], vocab: Vocabulary) -> str | None:
    """The digits after "point": "zero three" -> "03", "seventy-one" -> "71"."""
    if not words:
        return None
    if all(w in vocab.units and vocab.units[w] < 10 for w in words):
        return "".join(str(vocab.units[w]) for w in words)
    value = parse_words(words, vocab)
    if value is None or value != value.to_integral_value():
        return None
    return str(int(value))


def _normalise(surface: str) -> tuple[str, int]:
    text = _SPACES.sub(" ", surface.strip(), timeout=pat.TIMEOUT).replace("−", "-").replace("–", "-")
    sign = 1
    lowered = text.lower()
    for word in ("minus ", "negative "):
        if lowered.startswith(word):
            return lowered[len(word) :].strip(), -1
    if text.startswith("-"):
        text = text[1:].strip()
        sign = -1
        if text.startswith("-"):
            return text, sign
    elif text.startswith("+"):
        text = text[1:].strip()
    return text, sign


def parse_number(surface: str) -> Decimal | None:
    """The value of one number as written, or None when it is not a number.

    Handles digits ("1,238", "1 238", ".08", "-9.5", "1e10", "2.5^-1", "3/4", "2 1/4"),
    digits with a scale ("1.2bn", "4.3M", "10 bln", "2 million", "13 lakh"), and number
    words ("twenty-one trillion three hundred", "two thirds", "a dozen", "sixfold",
    "one over three", "nine point nought four").

    >>> parse_number("3 hundred and 21"), parse_number("half a dozen")
    (Decimal('321'), Decimal('6'))
    >>> parse_number("twenty-three fifths"), parse_number("one out of four")
    (Decimal('4.6'), Decimal('0.25'))
    """
    try:
        return _parse_number(surface)
    except (InvalidOperation, ArithmeticError, ValueError):
        return None


def _parse_number(surface: str) -> Decimal | None:
    vocab = vocabulary()
    text, sign = _normalise(surface)
    if not text:
        return None
    value = _parse_numeric(text, vocab)
    if value is None:
        value = _parse_spelled(text.lower(), vocab)
    return None if value is None else tidy(sign * value)


def _parse_numeric(text: str, vocab: Vocabulary) -> Decimal | None:
    plain = parse_digits(text)
    if plain is not None:
        return plain
    lowered = text.lower()
    if match := _SCIENTIFIC.fullmatch(lowered, timeout=pat.TIMEOUT):
        exponent = int(match.group(2))
        return None if abs(exponent) > _MAX_EXPONENT else Decimal(match.group(1)).scaleb(exponent)
    if match := _POWER.fullmatch(lowered, timeout=pat.TIMEOUT):
        base, signs, exponent = Decimal(match.group(1)), match.group(2), int(match.group(3))
        if exponent > _MAX_EXPONENT:
            return None
        negative = signs.count("-") % 2 == 1
        return base ** (-exponent if negative else exponent)
    if match := _FRACTION.fullmatch(text, timeout=pat.TIMEOUT):
        whole = Decimal(match.group(1) or 0)
        return whole + Decimal(match.group(2)) / Decimal(match.group(3))
    if match := _DIGITS_SCALE.fullmatch(text, timeout=pat.TIMEOUT):
        number = parse_digits(match.group(1))
        abbreviation = match.group(2)
        factor = vocab.scale_abbreviations.get(abbreviation, vocab.scale_abbreviations.get(abbreviation.lower()))
        if number is not None and factor is not None:
            return number * factor
    return None


def _parse_spelled(text: str, vocab: Vocabulary) -> Decimal | None:
    words: list[str] = []
    for token in _tokens(text.replace(" - ", "-").replace("- ", "-").replace(" -", "-")):
        words.extend(_split_hyphens(token, vocab))
    words = [w for w in words if w]
    if not words:
        return None
    for joiner in (("over",), ("out", "of"), ("/",)):
        size = len(joiner)
        for index in range(1, len(words) - size + 1):
            if tuple(words[index : index + size]) == joiner:
                top = parse_words(words[:index], vocab)
                bottom = parse_words(words[index + size :], vocab)
                if top is None or bottom is None or bottom == 0:
                    return None
                return top / bottom
    return parse_words(words, vocab)
