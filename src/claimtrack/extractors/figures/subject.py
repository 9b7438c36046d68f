"""The subject of a figure: the words naming what it measures.

Kept simple and general: the noun phrase before a change verb ("China's overall exports
rose 5%") or after "of" following the figure ("48% of rare earth exports").

>>> text = "China's overall exports rose 5% while 40% of rare earth exports went abroad."
>>> subject_before(text, 24, 0)
"China's overall exports"
>>> subject_after_of(text, 41, len(text))
'rare earth exports'
>>> later = "Sales rose to 1,477,000 units after falling 7% in April."
>>> subject_before(later, later.index("falling"), 0) is None
True
"""

from __future__ import annotations

import regex

import claimtrack.extractors.figures.patterns as pat
from claimtrack.extractors.figures.vocab import vocabulary

_MAX_WORDS = 6
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’&.\-]{0,40}")
_BREAK = regex.compile(r"(?<!\d),|,(?!\d)|[;:()\"“”—–\[\]!?]|\s-\s")  # a comma inside "1,598" is no break
_YEAR = regex.compile(r"(?:1[89]|20)\d\d")
_OF = regex.compile(r"[ \t\u00a0]{1,2}of[ \t\u00a0]{1,2}")


def _clean(words: list[str]) -> str | None:
    vocab = vocabulary()
    while words and words[0].lower() in vocab.subject_determiners:
        words = words[1:]
    ends = vocab.subject_trailing | vocab.subject_clause
    while words and (words[-1].lower() in ends or words[-1].lower().endswith("ly")):
        words = words[:-1]
    if not words or not any(w[:1].isalpha() for w in words):
        return None
    return " ".join(words)


def subject_before(text: str, pos: int, sentence_start: int) -> str | None:
    """The noun phrase ending right before ``pos`` (a change verb), or None."""
    vocab = vocabulary()
    window = max(sentence_start, pos - 90)
    last_break = window
    for match in _BREAK.finditer(text, window, pos, timeout=pat.TIMEOUT):
        last_break = match.end()
    words = [m.group() for m in _WORD.finditer(text, last_break, pos, timeout=pat.TIMEOUT)]
    for index in range(len(words) - 1, -1, -1):
        if words[index].lower() in vocab.subject_clause and index < len(words) - 1:
            words = words[index + 1 :]
            break
    while words and words[-1].lower() in vocab.subject_trailing:
        words = words[:-1]
    if any(w[:1].isdigit() and not _YEAR.fullmatch(w) for w in words[-_MAX_WORDS:]):
        return None  # another figure stands in the phrase ("to 1,477,000 units after falling"): no subject
    return _clean(words[-_MAX_WORDS:])


def subject_after_of(text: str, end: int, limit: int) -> str | None:
    """The noun phrase after "of" right after a figure ("40% of rare earth exports")."""
    vocab = vocabulary()
    of = _OF.match(text, end, limit, timeout=pat.TIMEOUT)
    if of is None:
        return None
    words: list[str] = []
    cursor = of.end()
    for _ in range(_MAX_WORDS + 2):
        match = _WORD.match(text, cursor, limit, timeout=pat.TIMEOUT)
        if match is None:
            break
        word = match.group().rstrip(".")
        lower = word.lower()
        if words and (lower in vocab.subject_clause or lower in vocab.counted_stop):
            break
        if not words and lower in vocab.counted_stop and lower not in vocab.subject_determiners:
            break
        words.append(word)
        cursor = match.end()
        if cursor >= limit or text[cursor] not in " \t\u00a0":
            break
        cursor += 1
    return _clean(words[: _MAX_WORDS + 2])
