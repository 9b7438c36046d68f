"""Unnamed speakers with no noun: "Some say ...", "No one said ...", "many of whom say ...".

Besides nouns for unnamed sources ("officials", "critics"), a speaker may be a quantifier
standing alone, a quantifier of a pronoun, or "those" with a tail ("those close to him").
The words are the ``[unnamed]`` table of ``cues.toml``.

>>> from claimtrack.extractors.statements.tokens import tokenize
>>> text = "Those close to him say"
>>> tokens = tokenize(text, 0, 18)
>>> unnamed_before(text, tokens, len(tokens) - 1).text
'Those close to him'
>>> text = "In some cases"
>>> unnamed_before(text, tokenize(text, 0, 7), 1) is None
True
"""

from __future__ import annotations

from claimtrack.extractors.statements.lexicon import UnnamedWords, lexicon
from claimtrack.extractors.statements.mention import _DETERMINERS, Mention
from claimtrack.extractors.statements.tokens import Token

_SHARES = frozenset({"percent", "%", "half", "third", "thirds", "quarter", "majority", "minority"})
"""Words for a share of people that can say something: "63 PERCENT said", "HALF of voters say"."""
_SHARE_OPENERS = frozenset({"a", "the", "one", "two", "three", "half"})
_WINDOW_WORDS = _SHARES | {"those", "of"}
"""Words without which only a one- or two-word form can end at the cue."""
_TAIL_WORDS = 7
"""Longest "those" phrase, in tokens ("those in the room with him")."""


def _opens(tokens: list[Token], index: int, words: UnnamedWords) -> bool:
    """Whether a speaker phrase may start at ``tokens[index]``: after a mark, a conjunction or nothing."""
    if index == 0:
        return True
    previous = tokens[index - 1]
    return not previous.is_word or previous.lower in words.before


def _mention(text: str, tokens: list[Token], first: int, last: int, *, generic: bool = True) -> Mention:
    """An anonymous mention; ``generic`` ones are too vague for weak cues ("some agreed")."""
    start, end = tokens[first].start, tokens[last].end
    surface = text[start:end]
    return Mention(start, end, "anonymous", surface, name=surface, generic=generic)


def _share(tokens: list[Token], offset: int, lowers: list[str], words: UnnamedWords) -> int | None:
    """Index of the first token of a share of people ("63 percent", "a third of voters"), or None."""
    index = next((i for i, lower in enumerate(lowers) if lower in _SHARES), -1)
    if index < 0:
        return None
    first = index
    if index > 0 and (lowers[index - 1][:1].isdigit() or lowers[index - 1] in _SHARE_OPENERS):
        first = index - 1
    elif lowers[index] not in {"half", "majority", "minority"}:
        return None  # "percent" with no number
    after = lowers[index + 1 :]
    if after and (after[0] != "of" or len(after) > 5 or not all(word.isalpha() for word in after)):
        return None  # "5 percent, analysts said": the share is no speaker
    clause = lexicon().clause
    if any(word in clause.finite or word in clause.past or word == "to" for word in after):
        return None  # "a majority of voters have come to believe": a verb before the cue
    return offset + first if _opens(tokens, offset + first, words) else None


def unnamed_before(text: str, tokens: list[Token], last: int) -> Mention | None:
    """The unnamed speaker with no noun that ends at ``tokens[last]``, or None."""
    words = lexicon().unnamed
    offset = max(0, last - _TAIL_WORDS)
    if tokens[last].lower not in words.last_words and not any(
        token.lower in _WINDOW_WORDS for token in tokens[offset : last + 1]
    ):
        return None  # the usual case, decided fast: no word any of the forms needs
    lowers = [token.lower for token in tokens[offset : last + 1]]
    for size in (2, 1):
        first = last - size + 1
        phrase = " ".join(lowers[len(lowers) - size :])
        if first < 0 or not _opens(tokens, first, words):
            continue
        if phrase in words.pronouns:
            return _mention(text, tokens, first, last, generic=False)  # "someone asked", "no one said"
        if phrase in words.quantifiers:
            return _mention(text, tokens, first, last)  # "some say", "a few said"
    if (
        len(lowers) >= 3
        and lowers[-1] in words.of_pronouns
        and lowers[-2] == "of"
        and (lowers[-3] in words.quantifiers or lowers[-3] in _DETERMINERS)
        and _opens(tokens, last - 2, words)
    ):
        return _mention(text, tokens, last - 2, last)  # "many of whom say"
    share = _share(tokens, offset, lowers, words)
    if share is not None:
        return _mention(text, tokens, share, last)  # "63 percent said", "half of voters say"
    for index, lower in enumerate(lowers[:-1]):
        first = offset + index
        rest = " ".join(lowers[index + 1 :])
        if (
            lower == "those"
            and any(rest.startswith(tail) for tail in words.those_tails)
            and all(token.is_word for token in tokens[first : last + 1])
            and _opens(tokens, first, words)
        ):
            return _mention(text, tokens, first, last)  # "those close to him say"
    return None
