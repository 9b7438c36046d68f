"""Word tokens of a bounded window of text, with offsets.

Abbreviations keep their full stop ("Mr.", "U.S."); any other word loses a final one.

>>> [t.text for t in tokenize("Mr. Li, 45, said U.S. exports fell.", 0, 35)]
['Mr.', 'Li', ',', '45', ',', 'said', 'U.S.', 'exports', 'fell', '.']
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from claimtrack.extractors.statements.lexicon import lexicon

_TOKEN = regex.compile(
    r"""
    [\p{L}\p{N}]                              # a word starts with a letter or digit
    (?: [\p{L}\p{N}'’&\-] | \.(?=\p{L}) | /(?=\p{N}) ){0,40}   # letters, apostrophes, hyphens, inner dots, 9/11
    \.?                                       # a final full stop (kept for abbreviations only)
    | [^\s\p{L}\p{N}]                         # or one punctuation mark
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Token:
    """One word or punctuation mark of a field, with its offsets."""

    start: int
    end: int
    text: str
    lower: str
    """The token in lower case."""

    @property
    def is_word(self) -> bool:
        """True for a word (not a punctuation mark)."""
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        """True for a word that starts with a capital letter."""
        return self.text[0].isupper()


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text[start:end]``, offsets indexing ``text``."""
    abbreviations = lexicon().abbreviations
    honorifics = lexicon().honorifics
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        word = match.group()
        if len(word) > 1 and word.endswith("."):
            lower = word.lower()
            keep = (
                "." in word[:-1]
                or lower in abbreviations
                or lower in honorifics
                or (len(word) == 2 and word[0].isupper())
            )
            if not keep:
                tokens.append(Token(s, e - 1, word[:-1], lower[:-1]))
                tokens.append(Token(e - 1, e, ".", "."))
                continue
        tokens.append(Token(s, e, word, word.lower()))
    return tokens
