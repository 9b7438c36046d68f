"""Numbers that are not figures: years, dates, times, names, references, list markers.

Each test looks only at the few characters around the number, so the whole pass stays
linear. A number with a currency, a percent sign or a unit is a figure even next to a
name ("Boeing's 5% stake"); the name tests apply to bare numbers and counts.

>>> text = "In 2025 the Boeing 737 flew 12 times, page 4."
>>> looks_like_year(text, 3, 7)
True
>>> name_number(text, 19, 22, sentence_start=0)
True
>>> name_number(text, 42, 43, sentence_start=0)
True
"""

from __future__ import annotations

from decimal import Decimal

import regex

import claimtrack.extractors.figures.patterns as pat
from claimtrack.extractors.figures.patterns import patterns
from claimtrack.extractors.figures.vocab import vocabulary

_ORDINAL_SUFFIX = regex.compile(r"(?i)(?:st|nd|rd|th|s|'s|’s|s')(?!\p{L})")
_CLOCK_AFTER = regex.compile(
    r"[ \t\u00a0]{0,2}(?i:a\.m\.|p\.m\.|am|pm|a\.m|p\.m|h\b|hrs\b|GMT|BST|UTC|EST|EDT|CET|o['’]clock)(?!\p{L})"
)
# markup around an identifier: tweet_id="7782...", data-id='12'
_ATTRIBUTE_BEFORE = regex.compile(r"=[ \t]{0,2}[\"'“”]?$")
_LONG_ID = 13  # plain digit runs this long are identifiers, never figures
_TO_DIGIT = regex.compile(r"(?i)to[-‐]\d")
_LIST_MARKER = regex.compile(r"[.)][ \t]")
_LINE_START = regex.compile(r"(?:^|\n)[ \t\u00a0>*\-•]{0,8}$")
_NAME_AFTER = regex.compile(r"[ \t\u00a0]{1,2}(?P<word>\p{Lu}[\p{L}.]{0,12})(?![\p{L}\p{N}])")
_DAY_MONTH_AFTER = regex.compile(r"[ \t\u00a0]{1,2}(?P<word>[\p{L}.]{3,10})")


def looks_like_year(text: str, start: int, end: int) -> bool:
    """A four-digit integer from 1000 to 2199 written without separators ("in 2025").

    >>> looks_like_year("in 2025", 3, 7), looks_like_year("2,025 people", 0, 5)
    (True, False)
    """
    surface = text[start:end]
    return len(surface) == 4 and surface.isdigit() and 1000 <= int(surface) <= 2199


def letter_before(text: str, start: int) -> bool:
    """The number is glued to a word before it ("G7", "F-35", "COVID-19", "#1")."""
    if start == 0:
        return False
    before = text[start - 1]
    if before.isalnum() or before in "#@_/\\":
        return True
    if before in ",." and start >= 2 and text[start - 2].isdigit():
        return True  # the tail of a longer number the scanner stopped reading
    if before in "-‐" and start >= 2 and (text[start - 2].isalnum()):
        return text[max(0, start - 4) : start - 1].lower() != "sub"  # "sub-300 sq m" is a figure
    return bool(before == "." and start >= 2 and text[start - 2].isalnum())


def glued_after(text: str, end: int) -> bool:
    """Letters glued after the number that are no unit: "21st", "1990s", "3G", "737MAX"."""
    if end >= len(text):
        return False
    after = text[end]
    if after.isalpha():
        return True
    if after not in "-‐" or end + 1 >= len(text):
        return False
    return text[end + 1].isdigit() or _TO_DIGIT.match(text, end + 1, timeout=pat.TIMEOUT) is not None  # "won 4-to-1"


def ordinal_or_decade(text: str, end: int) -> bool:
    """Ordinal and decade endings: "21st", "3rd", "1990s", "the '90s"."""
    return _ORDINAL_SUFFIX.match(text, end, timeout=pat.TIMEOUT) is not None


def clock_time(text: str, end: int) -> bool:
    """A time of day: "10 a.m.", "1.56pm", "0900 GMT"."""
    return _CLOCK_AFTER.match(text, end, timeout=pat.TIMEOUT) is not None


def identifier(text: str, start: int, end: int, *, bare: bool = True) -> bool:
    """An identifier: a markup attribute value, or (``bare``) a long plain digit run.

    >>> identifier('<tweet id="7784991160766">', 11, 24), identifier("a 13-digit 1234567890123", 11, 24)
    (True, True)
    >>> identifier("a loss of 1234567", 10, 17), identifier("1234567890123 yen", 0, 13, bare=False)
    (False, False)
    """
    if bare and end - start >= _LONG_ID and text[start:end].isdigit():
        return True
    return _ATTRIBUTE_BEFORE.search(text, max(0, start - 4), start, timeout=pat.TIMEOUT) is not None


_FEET_INCHES_AFTER = regex.compile(r"['’′][ \t]{0,1}\d{1,2}(?:\.\d{1,2})?[\"”″]")
_FEET_INCHES_BEFORE = regex.compile(r"\d['’′][ \t]{0,1}$")


def feet_inches(text: str, start: int, end: int) -> bool:
    """A height written in feet and inches, 6'3": neither part is a figure of its own.

    >>> text = "He is 6’3” tall"
    >>> feet_inches(text, 6, 7), feet_inches(text, 8, 9), feet_inches("6 feet", 0, 1)
    (True, True, False)
    """
    if _FEET_INCHES_AFTER.match(text, end, timeout=pat.TIMEOUT) is not None:
        return True
    return _FEET_INCHES_BEFORE.search(text, max(0, start - 3), start, timeout=pat.TIMEOUT) is not None


def list_marker(text: str, start: int, end: int) -> bool:
    """A list marker: "1. First" or "2) Second" at the start of a line."""
    if _LIST_MARKER.match(text, end, timeout=pat.TIMEOUT) is None:
        return False
    return _LINE_START.search(text, max(0, start - 10), start, timeout=pat.TIMEOUT) is not None


def word_before(text: str, start: int) -> str:
    """The word right before ``start`` (blanks skipped), as written."""
    match = patterns().word_before.search(text, max(0, start - 34), start, timeout=pat.TIMEOUT)
    return match.group("word") if match else ""


def _word_start(text: str, start: int) -> int:
    match = patterns().word_before.search(text, max(0, start - 34), start, timeout=pat.TIMEOUT)
    return match.start() if match else start


def date_context(text: str, start: int, end: int) -> bool:
    """A day or year next to a month name: "May 5", "5 May", "Feb. 21", "May 2025"."""
    vocab = vocabulary()
    if word_before(text, start).lower() in vocab.months:
        return True
    match = _DAY_MONTH_AFTER.match(text, end, timeout=pat.TIMEOUT)
    return bool(match and match.group("word").lower() in vocab.months)


def name_number(text: str, start: int, end: int, *, sentence_start: int) -> bool:
    """A number naming or referring to something: "Boeing 737", "Section 232", "page 12".

    True when the word before is a reference word ("section", "page", "model") or a
    capitalised name that is not the first word of the sentence and not a function word.
    """
    vocab = vocabulary()
    before = word_before(text, start)
    if not before:
        return False
    lower = before.lower()
    if lower == "a" and (before == "a" or _word_start(text, start) <= sentence_start):
        return False  # the article: "a 1.60 billion surplus"; "Airbus A 320" is a name
    if lower in vocab.name_before or lower.rstrip("-") in vocab.name_before:
        return True
    if not before[0].isupper() or lower in vocab.capitalised_ok or lower in vocab.months:
        return False
    return _word_start(text, start) > sentence_start


def named_after_word(text: str, start: int, end: int, *, sentence_start: int) -> bool:
    """:func:`name_number` for a number that carries its own noun or unit.

    An article or a possessive before such a number is no name ("a 12-member board",
    "Britain's 650-seat parliament", "a 12 C melting point"); other words are tested as by
    :func:`name_number` ("Class 12 C", "Section 5 F").

    >>> named_after_word("a 12 C day", 2, 4, sentence_start=0)
    False
    >>> named_after_word("Class 12 C", 6, 8, sentence_start=0)
    True
    """
    before = word_before(text, start).lower()
    if before in ("a", "an") or before.endswith(("'s", "’s", "s'")):
        return False
    return name_number(text, start, end, sentence_start=sentence_start)


def name_after(text: str, end: int) -> bool:
    """A capitalised word right after a bare number: "22 Ave Foch", "49 Zorro Road"."""
    match = _NAME_AFTER.match(text, end, timeout=pat.TIMEOUT)
    if match is None:
        return False
    word = match.group("word")
    vocab = vocabulary()
    return word.lower().rstrip(".") not in vocab.capitalised_ok and word.lower() not in vocab.months


def non_claim(
    text: str, start: int, end: int, value: Decimal, *, sentence_start: int, bare: bool, scaled: bool = False
) -> bool:
    """True when the number at ``text[start:end]`` is not a figure.

    ``bare`` is True for a number with no unit, currency or percent of its own (a bare
    number or a count); names and years are only ruled out for those. ``scaled`` says a
    scale is glued to the number ("4.3M"), so letters after it are expected.
    """
    if letter_before(text, start) or identifier(text, start, end, bare=bare) or feet_inches(text, start, end):
        return True
    if (end < len(text) and text[end].isdigit()) or clock_time(text, end) or list_marker(text, start, end):
        return True
    if not bare:
        return False
    if not scaled and (ordinal_or_decade(text, end) or glued_after(text, end)):
        return True
    if looks_like_year(text, start, end) or date_context(text, start, end):
        return True
    return name_number(text, start, end, sentence_start=sentence_start)


_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}\p{L}{3,}")
_OPENERS = " \t\u00a0\"“‘'(\n"


def spelled_name(text: str, start: int, end: int, *, sentence_start: int) -> bool:
    """A capitalised number word inside a name: "Ground Zero", "Zero Hedge", "Air Force One".

    Only mid-sentence, next to another capitalised word, and in running text (a lower-case
    word of four letters or more within 40 characters): a title-case headline keeps its
    figures ("Trump Wins Two States").

    >>> spelled_name("a crisis at Ground Zero, sources said", 19, 23, sentence_start=0)
    True
    >>> spelled_name("Two Democrats voted no", 0, 3, sentence_start=0)
    False
    >>> spelled_name("Trump Wins Two States", 11, 14, sentence_start=0)
    False
    """
    if not text[start:end][:1].isupper() or text[sentence_start:start].strip(_OPENERS) == "":
        return False
    vocab = vocabulary()
    before = word_before(text, start)
    after = _NAME_AFTER.match(text, end, timeout=pat.TIMEOUT)
    named = bool(before[:1].isupper() and before.lower() not in vocab.capitalised_ok) or bool(
        after and after.group("word").lower().rstrip(".") not in vocab.capitalised_ok
    )
    if not named:
        return False
    window = text[max(sentence_start, start - 40) : min(len(text), end + 40)]
    return _LOWER_WORD.search(window, timeout=pat.TIMEOUT) is not None


def bare_name(text: str, end: int) -> bool:
    """A bare number (no unit, no counted noun) followed by a name is part of that name."""
    return name_after(text, end)
