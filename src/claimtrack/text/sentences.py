"""Splitting a field into sentences, in linear time.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed by
white space and a capital, digit, quote or bracket, unless the word before is a known
abbreviation ("Mr.", "Jan.", "U.S. President"). A blank line always ends a sentence, and so
does a single line break before a line that opens like a new unit (a capital, a digit, a
bullet or a quote): scraped pages put headings and list items on lines of their own.

>>> [s.text for s in split_sentences("Exports rose 5%. Imports fell.\\nHeadline here")]
['Exports rose 5%.', 'Imports fell.', 'Headline here']
>>> len(split_sentences("Mr. Smith met U.S. officials on Jan. 5. They agreed."))
2
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

import regex

from claimtrack.lexicon import load_toml

_BOUNDARY = regex.compile(
    r"""
    # end punctuation, matched once per run (possessive, from the run's first character)
    (?P<stop> (?<![.!?]) [.!?]++ [\"'”’)\]]{0,3} ) (?= [ \t\u00a0]* (?: \n | [ \t\u00a0] ) )
    | (?P<para> \n [ \t\u00a0]* \n [\s]{0,200} )   # a blank line
    | (?P<line> \n )                              # a line break
    """,
    regex.VERBOSE,
)
_NEXT_OPENS_UNIT = regex.compile(r"[ \t\u00a0]{0,50}(?:[\p{Lu}\p{N}\"'“‘(\[•*\-–—]|$)")
_WORD_BEFORE = regex.compile(r"(\S{1,20})$")
# a run of two to six capital initials written together: "G.K.", "J.R.R.", "C.I.A."
_INITIALS = regex.compile(r"(?:\p{Lu}\.){2,6}")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its index in the field and its trimmed span."""

    index: int
    start: int
    end: int
    text: str


@cache
def _abbreviations() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_toml("abbreviations")
    return frozenset(data["abbreviations"]), frozenset(data["can_end"]), frozenset(data["sentence_starters"])


def _is_abbreviation(text: str, stop_start: int, next_word: str) -> bool:
    match = _WORD_BEFORE.search(text, max(0, stop_start - 20), stop_start + 1)
    if match is None:
        return False
    raw = match.group(1).lstrip("\"'“‘([")
    word = raw.lower()
    always, can_end, starters = _abbreviations()
    if len(word) == 2 and word[0].isalpha():  # a single initial: "J. Smith", but "Plan B. The"
        return text[stop_start - 1].isupper() and _initial_continues(next_word, starters)
    if word not in always:
        # initials written together ("G.K. Butterfield") end a sentence only before a starter
        return _INITIALS.fullmatch(raw) is not None and _initial_continues(next_word, starters)
    if word in can_end:
        return next_word.lower() not in starters
    return True


def _initial_continues(next_word: str, starters: frozenset[str]) -> bool:
    """Whether a name goes on after an initial: not before a sentence starter ("The").

    A one-letter next word ("H. A. Rey", "J. I. Rodale") is another initial, not "A" or "I".
    """
    return len(next_word) <= 1 or next_word.lower() not in starters


def _next_word(text: str, index: int) -> str:
    end = index
    limit = min(len(text), index + 40)
    while end < limit and (text[end].isalnum() or text[end] in "'’"):
        end += 1
    return text[index:end]


def _boundaries(text: str) -> list[int]:
    """Offsets where one sentence ends and the next may begin."""
    cuts: list[int] = []
    for match in _BOUNDARY.finditer(text):
        kind = match.lastgroup
        end = match.end()
        if kind == "para":
            cuts.append(end)
            continue
        if kind == "line":
            opener = _NEXT_OPENS_UNIT.match(text, end)
            if opener is not None:
                cuts.append(end)
            continue
        after = end
        while after < len(text) and text[after] in " \t\u00a0":
            after += 1
        if after >= len(text):
            continue
        first = text[after]
        if not (first.isupper() or first.isdigit() or first in "\"'“‘([\n"):
            continue
        if match.group("stop").startswith(".") and _is_abbreviation(text, match.start(), _next_word(text, after)):
            continue
        cuts.append(end)
    return cuts


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of a field, trimmed of surrounding white space, in order."""
    sentences: list[Sentence] = []
    begin = 0
    for cut in [*_boundaries(text), len(text)]:
        start, end = begin, cut
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            sentences.append(Sentence(len(sentences), start, end, text[start:end]))
        begin = cut
    return sentences


class SentenceIndex:
    """Maps an offset to the index of the sentence it stands in."""

    def __init__(self, sentences: list[Sentence]):
        self.sentences = sentences
        self._starts = [s.start for s in sentences]

    def of(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (the previous one in a gap)."""
        return max(0, bisect_right(self._starts, offset) - 1)
