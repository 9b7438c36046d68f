"""Finding a figure's subject in its sentence when the extractor left it empty.

Only the plainest pattern is read: a noun phrase that names a reference subject, then a
linking verb, then (somewhere after) the figure — "China's rare earth exports dropped
sharply by 48.3% in value to $X". The phrase must match an entry's subject or alias as a
whole and stand on its own: "car exports rose to $X" gives nothing, because "car" would be
left over, and "exports of cars rose" gives nothing, because the phrase does not end at the
verb.

>>> infer_subject("China's rare earth exports dropped sharply by 48.3% to $18.7 billion", 58)
"China's rare earth exports"
>>> infer_subject("Car exports rose to $18.7 billion", 20) is None
True
"""

from __future__ import annotations

import re
from functools import cache

from claimtrack.lexicon import load_toml
from claimtrack.reference.geography import scan_geography
from claimtrack.reference.loader import ReferenceSet, load_reference, match_key
from claimtrack.reference.words import lexicon

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]{0,40}")  # a word, possessives and "U.S." included
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"“”—–]|\s(?:and|but|while|whereas|as|after|before|which|that)\s")
"""Where a clause ends: the subject must stand in the figure's own clause."""
_LINKING = frozenset(
    {
        "was", "were", "is", "are", "be", "been", "totalled", "totaled", "totals", "total",
        "reached", "reaches", "hit", "hits", "stood", "stands", "came", "amounted", "amount",
        "topped", "tops", "exceeded", "exceeds", "surpassed", "passed", "neared", "approached",
        "touched", "registered", "recorded", "posted", "remained", "held", "slowed",
    }
)  # fmt: skip
_MAX_WORDS = 7
"""The longest subject phrase tried, in words."""
_MAX_PREFIX = 240
"""How far before the figure the phrase may start, in characters."""


@cache
def _linking_words() -> frozenset[str]:
    changes = load_toml("figure_words").get("changes", {})
    words = {word for direction in ("up", "down", "flat") for word in changes.get(direction, []) if " " not in word}
    return frozenset(words) | _LINKING


@cache
def _boundary_words() -> frozenset[str]:
    words = lexicon("words")
    return frozenset(str(word) for name in ("stop", "ignorable") for word in words[name])  # type: ignore[attr-defined]


def infer_subject(sentence: str, figure_start: int, reference: ReferenceSet | None = None) -> str | None:
    """The subject phrase of the figure starting at ``figure_start`` in ``sentence``, or None.

    >>> infer_subject("Walmart's annual revenue was $648 billion.", 29)
    "Walmart's annual revenue"
    >>> infer_subject("Exports of cars rose to $5 billion.", 24) is None
    True
    """
    reference = load_reference() if reference is None else reference
    start = max(0, figure_start - _MAX_PREFIX)
    prefix = sentence[start:figure_start]
    breaks = list(_CLAUSE_BREAK.finditer(prefix))
    if breaks:
        prefix = prefix[breaks[-1].end() :]
    words = list(_WORD.finditer(prefix))
    linking = _linking_words()
    tried = 0
    for index in range(len(words) - 1, 0, -1):
        if words[index].group(0).lower() not in linking:
            continue
        tried += 1
        found = _phrase_before(prefix, words, index, reference)
        if found is not None or tried == 3:
            return found
    return None


def _phrase_before(prefix: str, words: list[re.Match[str]], verb: int, reference: ReferenceSet) -> str | None:
    """The longest known subject phrase ending right before word ``verb``, standing alone."""
    boundary = _boundary_words()
    for first in range(max(0, verb - _MAX_WORDS), verb):
        phrase = prefix[words[first].start() : words[verb - 1].end()]
        key = match_key(phrase)
        if not key or not reference.candidates(key):
            continue
        if first > 0:
            before = words[first - 1].group(0)
            is_place = bool(scan_geography(before).mentions)
            if before.lower() not in boundary and not is_place:
                continue  # "car exports", "the province's exports": the phrase belongs to more
        return phrase
    return None


def subject_phrase(sentence: str, figure_start: int, max_words: int = _MAX_WORDS) -> str | None:
    """The words before the linking verb of a figure's clause, known subject or not.

    Unlike :func:`infer_subject` the phrase need not name a reference entry (the CT202 rule
    compares two phrases of one text with each other). The verb must be one of the last
    four words before the figure; the phrase starts at the clause's start, at most
    ``max_words`` words back.

    >>> subject_phrase("In May, Chile's total exports were $8 billion", 35)
    "Chile's total exports"
    >>> subject_phrase("Exports of cars, the ministry said, were $5 billion", 41) is None
    True
    """
    prefix = sentence[max(0, figure_start - _MAX_PREFIX) : figure_start]
    breaks = list(_CLAUSE_BREAK.finditer(prefix))
    if breaks:
        prefix = prefix[breaks[-1].end() :]
    words = list(_WORD.finditer(prefix))
    linking = _linking_words()
    for index in range(len(words) - 1, max(0, len(words) - 5), -1):
        if words[index].group(0).lower() in linking:
            first = max(0, index - max_words)
            return prefix[words[first].start() : words[index - 1].end()] if index > first else None
    return None
