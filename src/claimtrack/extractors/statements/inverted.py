"""An inverted speaker that is a whole short noun phrase ("..., says the building society.").

>>> text = "Rates will rise, says the harbour building society."
>>> inverted_phrase(text, 21, len(text)).text
'the harbour building society'
"""

from __future__ import annotations

from claimtrack.extractors.statements.lexicon import lexicon
from claimtrack.extractors.statements.speakers import Mention, classify
from claimtrack.extractors.statements.tokens import tokenize

_VERBS = frozenset(
    {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could"}
    | {"should", "may", "might", "must", "do", "does", "did"}
)
"""Words that make the phrase a clause, not a speaker."""


def inverted_phrase(text: str, pos: int, end: int) -> Mention | None:
    """The whole rest of the sentence as an inverted speaker, when it is a short noun phrase.

    "..., says the harbour building society." -> "the harbour building society".
    """
    stop = end
    while stop > pos and text[stop - 1] in " \t\u00a0.!?\"”'’":
        stop -= 1
    words = text[pos:stop].split()
    if not 1 <= len(words) <= 8 or any(w.endswith((",", ";", ":")) for w in words[:-1]):
        return None
    first = words[0].lower()
    if not (first in {"the", "a", "an"} or words[0][0].isupper()) or {w.lower() for w in words} & _VERBS:
        return None
    start = pos + len(text[pos:stop]) - len(text[pos:stop].lstrip())
    surface = text[start:stop]
    known = classify(text, tokenize(text, start, stop))
    if known is not None and known.end == stop:
        return known
    lex = lexicon()
    kind = "organisation" if {w.lower() for w in words} & (lex.org_heads | lex.org_nouns) else "anonymous"
    return Mention(start, stop, kind, surface, name=surface, generic=True)
