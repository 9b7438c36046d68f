"""Title normalisation by general rules, so two spellings of one office compare equal.

Rules, in order: lower case; drop full stops and a leading "the"; drop qualifiers
("former", "acting", ...); turn "X of (the) Y" into "Y X" ("Director of the National
Economic Council" -> "national economic council director"); drop a country prefix
("U.S.", "US", "American"); collapse blanks.

>>> normalize_title("Director of the National Economic Council")
'national economic council director'
>>> normalize_title("National Economic Council Director")
'national economic council director'
>>> normalize_title("Secretary of Commerce") == normalize_title("Commerce Secretary")
True
>>> normalize_title("U.S. Trade Representative")
'trade representative'
>>> normalize_title("Keeper of the Royal Swans")
'royal swans keeper'
"""

from __future__ import annotations

import regex

from claimtrack.extractors.statements.lexicon import lexicon

_OF = regex.compile(r"^(?P<office>.{1,80}?)[ ]+(?:of|for)[ ]+(?:the[ ]+)?(?P<body>.{1,80})$")
_PUNCT = regex.compile(r"[.,]")


def normalize_title(title: str) -> str:
    """The canonical, comparable form of a title (see the module docstring)."""
    lex = lexicon()
    words = _PUNCT.sub(lambda m: "" if m.group() == "." else " ", title.lower().replace("’", "'")).split()
    words = [w for w in words if w not in lex.qualifier_of or lex.qualifier_of[w] == "deputy"]
    words = [w[3:] if w.startswith("ex-") else w for w in words]
    while words and words[0] in {"the", "a", "an"}:
        words = words[1:]
    text = " ".join(words)
    match = _OF.match(text)
    if match is not None:
        text = f"{match.group('body')} {match.group('office')}"
    for prefix in sorted((_PUNCT.sub("", p) for p in lex.country_prefixes), key=len, reverse=True):
        if text.startswith(prefix + " ") and len(text) > len(prefix) + 1:
            text = text[len(prefix) + 1 :]
            break
        if text.startswith("united states "):
            text = text[len("united states ") :]
            break
    return text.strip()
