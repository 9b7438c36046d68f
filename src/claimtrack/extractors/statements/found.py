"""What the statement finders share: the raw finding and the sentence bounds of a field."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

import regex

from claimtrack.extractors.statements.speakers import Mention
from claimtrack.text.sentences import Sentence

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

LEAD_IN = regex.compile(
    rf"""
    (?: [ \t\u00a0,]{{0,4}}
        (?: on [ ](?:{_DAYS})(?:[ ](?:morning|afternoon|evening|night))?   # on Monday (night)
          | on [ ](?:{_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ ]\d{{1,2}}  # on Jan. 5
          | (?:last|this|next|earlier[ ]this|late[ ]last|earlier|later)[ ](?:weekend|week|month|year|{_DAYS})
          | (?:{_DAYS})[ ](?:morning|afternoon|evening|night)        # Friday afternoon
          | (?:{_DAYS}|yesterday|today|tonight|earlier|later|also|again|repeatedly|previously
               |publicly|privately|separately|recently|then|once|in[ ]part)
          | in[ ](?:{_MONTHS})
        )
        (?![\p{{L}}\p{{N}}])
    ){{0,4}}
    """,
    regex.VERBOSE,
)
"""Time and manner words between a cue and its content ("said on Monday that ...")."""

TELL_OBJECT = regex.compile(
    r"""
    [ \t\u00a0]{1,3}
    (?: him|her|them|us|me|you|reporters|journalists|lawmakers|investors|analysts|supporters
      | \p{Ll}{2,20}s                                                  # skippers, residents
      | (?:the|a|an)[ ][\p{Ll}\-]{2,20}                              # the committee
        (?:[ ](?!(?:the|a|an|this|his|her|its|their|our|he|she|it|they|we|you)(?![\p{L}]))
           [\p{Ll}\-]{2,20})?                        # (a second word: no determiner, no subject)
      | (?:the[ ])?\p{Lu}[\p{L}.&'’\-]{0,30}(?:[ ]\p{Lu}[\p{L}.&'’\-]{0,30}){0,3}  # Reuters, the Gazette
    )
    (?![\p{L}\p{N}])
    """,
    regex.VERBOSE,
)
"""The hearer after "told"/"tells": "told Reuters", "told reporters"."""

THAT = regex.compile(r"[ \t\u00a0,:]{0,4}(?:that(?![\p{L}\p{N}]))?[ \t\u00a0]{0,3}")


REACH = 1500
"""How far (in characters) a statement's content may reach from its cue or quote."""


@dataclass(frozen=True)
class Found:
    """One statement before it becomes a claim: speaker phrase, cue and content spans."""

    speaker: Mention | None
    cue: tuple[int, int] | None
    spans: tuple[tuple[int, int], ...]
    direct: bool
    outer: tuple[int, int] | None = None
    """For direct quotes, the bounds of the quotes with their marks."""


class Bounds:
    """Sentence bounds of a field: the sentence around any offset."""

    def __init__(self, sentences: list[Sentence], length: int):
        self.sentences = sentences or [Sentence(0, 0, length, "")]
        self._starts = [s.start for s in self.sentences]

    def index(self, offset: int) -> int:
        """Index of the sentence containing ``offset``."""
        return max(0, bisect_right(self._starts, offset) - 1)

    def of(self, offset: int) -> tuple[int, int]:
        """(start, end) of the sentence containing ``offset``, at most :data:`REACH` away.

        The bound keeps the work per cue constant, so a text with no sentence breaks still
        costs linear time.
        """
        sentence = self.sentences[self.index(offset)]
        return max(sentence.start, offset - REACH), min(sentence.end, offset + REACH)

    def previous(self, offset: int) -> tuple[int, int] | None:
        """(start, end) of the sentence before the one containing ``offset``."""
        index = self.index(offset)
        if index == 0:
            return None
        sentence = self.sentences[index - 1]
        return sentence.start, sentence.end


def trim_content(text: str, start: int, end: int) -> tuple[int, int]:
    """Content bounds without surrounding blanks and final punctuation.

    >>> trim_content("  exports will rise. ", 0, 21)
    (2, 19)
    """
    while start < end and (text[start].isspace() or text[start] in ",:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!?—–-"):
        end -= 1
    return start, end


def word_count(text: str, start: int, end: int) -> int:
    """Number of words in ``text[start:end]`` (bounded work: counts blanks)."""
    return len(text[start:end].split())
