"""What may follow a speaker's name and belong to the speaker phrase.

A party and state in parentheses ("Jason Chaffetz (R-Utah)") and, for an unnamed source, a
short place phrase ("one source in the room").

>>> from claimtrack.extractors.statements.tokens import tokenize
>>> text = "one source in the room."
>>> tokens = tokenize(text, 0, len(text))
>>> tokens[place_tail(tokens, 1)].text
'room'
"""

from __future__ import annotations

from dataclasses import replace

from claimtrack.extractors.statements.mention import _STOPS, Mention
from claimtrack.extractors.statements.tokens import Token


def with_parenthesis(text: str, mention: Mention, end: int) -> Mention:
    """A person's mention with the parenthesis after the name: "Jason Chaffetz (R-Utah)"."""
    if mention.kind != "person" or mention.name_end != mention.end:
        return mention
    return replace(mention, end=end, text=text[mention.start : end])


_TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight"}
    | {"january", "february", "march", "april", "june", "july", "august", "september", "october"}
    | {"november", "december", "morning", "afternoon", "evening", "night", "week", "weekend", "year"}
)
"""Words of a time phrase, which is no part of a speaker ("one source on Friday")."""


def place_tail(tokens: list[Token], last: int) -> int:
    """Index of the last token of a place phrase of an unnamed source: "one source IN THE ROOM"."""
    after = last + 1
    if after >= len(tokens) or tokens[after].lower not in {"in", "on", "at", "inside"}:
        return last
    for index in range(after + 1, min(len(tokens), after + 6)):
        if tokens[index].lower in _TIME_WORDS or tokens[index].text[:1].isdigit():
            return last  # "one source on Friday": a time, not a place
        if not tokens[index].is_word:
            return index - 1 if tokens[index].text in {",", ".", ";", "!", "?"} and index > after + 1 else last
    return last


def parenthesis_after(tokens: list[Token], after: int) -> int | None:
    """Index of the ")" closing a short parenthesis that opens at ``tokens[after]``."""
    if after >= len(tokens) or tokens[after].text != "(":
        return None
    for index in range(after + 1, min(len(tokens), after + 8)):
        if tokens[index].text == ")":
            return index if index > after + 1 else None
        if tokens[index].text in _STOPS and tokens[index].text != ".":
            return None  # "(R-Ga.)" holds a full stop, but no other mark
    return None
