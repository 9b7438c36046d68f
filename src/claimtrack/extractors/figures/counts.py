"""Counted nouns: the words after a number that say what was counted.

A counted noun is a short run of words after the number (at most four), none of them a
stop word, ending at the first plural noun: "12 activists", "500 surveyed firms",
"96 Liverpool fans". Without a plural within reach there is no counted noun, so "12 were
arrested" and "5 in total" stay bare numbers.

>>> text = "Police detained 12 activists and 500 surveyed firms said so."
>>> counted_noun(text, 18, 60)
(19, 28, 'activists')
>>> counted_noun(text, 36, 60)  # after "500"
(37, 51, 'surveyed firms')
>>> counted_noun("They counted 12 in total.", 15, 30) is None
True
>>> counted_noun("taxes on 8 low- and middle-income earners", 10, 41)
(11, 41, 'low- and middle-income earners')
"""

from __future__ import annotations

import regex

import claimtrack.extractors.figures.patterns as pat
from claimtrack.extractors.figures.patterns import patterns
from claimtrack.extractors.figures.vocab import vocabulary

_MAX_WORDS = 5
# a suspended hyphen before the first word: "low- and middle-income", "coal- or gas-fired"
_SUSPENDED = regex.compile(r"\p{L}{1,20}[-‐][ \t\u00a0]{1,2}(?:and|or|to)[ \t\u00a0]{1,2}(?=\p{L})")


def is_plural(word: str) -> bool:
    """A rough plural test: "firms", "people", "activists" but not "class" or "bonus".

    >>> [is_plural(w) for w in ("firms", "people", "class", "bonus", "its")]
    [True, True, False, False, False]
    """
    lower = word.lower()
    vocab = vocabulary()
    if lower in vocab.plural_irregular:
        return True
    if len(lower) <= 3 or lower in vocab.counted_stop:
        return False
    if lower.endswith(("ss", "us", "is", "'s", "’s", "ous", "ics", "news")):  # "cable news hosts"
        return False
    return lower.endswith("s")


def counted_noun(text: str, pos: int, limit: int) -> tuple[int, int, str] | None:
    """The counted noun starting after ``pos`` (blanks skipped), or None.

    Returns ``(start, end, words)``; ``limit`` bounds the search (the sentence end).
    """
    vocab = vocabulary()
    word_pattern = patterns().word
    start = pos
    while start < limit and text[start] in " \t\u00a0":
        start += 1
    if start == pos or start >= limit:
        return None
    cursor = start
    suspended = _SUSPENDED.match(text, start, limit, timeout=pat.TIMEOUT)
    if suspended is not None:  # "8 million low- and middle-income Americans"
        cursor = suspended.end()
    for _ in range(_MAX_WORDS):
        match = word_pattern.match(text, cursor, limit, timeout=pat.TIMEOUT)
        if match is None:
            return None
        word = match.group()
        lower = word.lower()
        if cursor == start and lower in vocab.counted_modifiers:
            start = cursor = _next_word(text, match.end(), limit)
            if cursor < 0:
                return None
            continue
        if lower in vocab.counted_stop or lower in vocab.months:
            return None
        if cursor == start and len(lower) > 4 and lower.endswith("ly") and not is_plural(word):
            follower = _next_word(text, match.end(), limit)
            participle = word_pattern.match(text, follower, limit, timeout=pat.TIMEOUT) if follower > 0 else None
            if participle is not None and participle.group().lower().endswith("ed"):
                # "20 decently sized plants": the adverb and its participle grade, the noun counts
                start = cursor = _next_word(text, participle.end(), limit)
                if cursor < 0:
                    return None
                continue
        if is_plural(word):
            return start, match.end(), text[start : match.end()]
        cursor = match.end()
        if cursor >= limit or text[cursor] not in " \t\u00a0":
            return None
        cursor += 1
    return None


def _next_word(text: str, pos: int, limit: int) -> int:
    """The start of the word after ``pos`` (one blank allowed), or -1."""
    if pos < limit and text[pos] in " \t\u00a0":
        return pos + 1
    return -1
