"""Word classes for reading the subject of a figure, from the ``[subject]`` lexicon.

>>> is_verb("valued", "were"), is_verb("expected", "the"), is_verb("May", None)
(True, False, False)
>>> temporal(["the", "fourth", "quarter"]), temporal(["mid-1986"]), temporal(["China"])
(True, True, False)
>>> figure_in(["six", "month", "losses"]), figure_in(["two", "firms"])
(False, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from claimtrack.extractors.figures.vocab import vocabulary
from claimtrack.lexicon import load_toml

_YEAR_IN = regex.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")  # "mid-1986", "1986/87"
YEAR = regex.compile(r"(?:1[89]|20)\d\d(?:['’]s)?")
"""A year, alone or possessive ("1986", "2003's"): no figure inside a subject."""


@dataclass(frozen=True)
class Lexicon:
    """The word lists of the ``[subject]`` section of ``figure_words.toml``."""

    stops: frozenset[str]
    starts: frozenset[str]
    links: frozenset[str]
    time: frozenset[str]
    verbs: frozenset[str]
    participles: frozenset[str]
    nominal_ing: frozenset[str]
    skip: frozenset[str]
    copulas: frozenset[str]
    not_heads: frozenset[str]
    not_before_and: frozenset[str]
    ly_nouns: frozenset[str]
    data_nouns: frozenset[str]
    opinion_verbs: frozenset[str]
    articles: frozenset[str]
    generic_heads: frozenset[str]
    count_heads: frozenset[str]
    infinitive_before: frozenset[str]
    auxiliaries: frozenset[str]
    changes: frozenset[str]
    months: frozenset[str]


@cache
def lexicon() -> Lexicon:
    """The subject word lists, read once."""
    words = load_toml("figure_words")["subject"]
    vocab = vocabulary()

    def ws(name: str) -> frozenset[str]:
        return frozenset(str(w) for w in words[name])

    links = ws("links")
    return Lexicon(
        stops=(ws("clause") | ws("stops")) - links,
        starts=ws("starts"),
        links=links,
        time=ws("time"),
        verbs=ws("verbs"),
        participles=ws("participles"),
        nominal_ing=ws("nominal_ing"),
        skip=ws("skip"),
        copulas=ws("copulas"),
        not_heads=ws("not_heads"),
        not_before_and=ws("not_before_and"),
        ly_nouns=ws("ly_nouns"),
        data_nouns=ws("data_nouns"),
        opinion_verbs=ws("opinion_verbs"),
        articles=ws("articles"),
        generic_heads=ws("generic_heads"),
        count_heads=ws("count_heads"),
        infinitive_before=ws("infinitive_before"),
        auxiliaries=ws("auxiliaries"),
        changes=frozenset(vocab.changes),
        months=vocab.months,
    )


@lru_cache(maxsize=8192)
def norm(word: str) -> str:
    """A word as the lexicons list it: lower case, without a final full stop."""
    return word.lower().rstrip(".") if not word.endswith("..") else word.lower()


def numeric(word: str) -> bool:
    """A word holding a figure (not a year, not a name like "M-1"), or a number word."""
    if word[:1].isdigit():
        return YEAR.fullmatch(word) is None
    vocab = vocabulary()
    key = word.lower()
    return key in vocab.units or key in vocab.tens or key in vocab.scales


def is_verb(word: str, previous: str | None) -> bool:
    """A verb or auxiliary; ``previous`` is the word before it (a determiner makes it a modifier)."""
    lex = lexicon()
    before = norm(previous) if previous is not None else ""
    return _verb_form(word, before in lex.articles or (before in lex.links and before != "to"))


@lru_cache(maxsize=8192)
def _verb_form(word: str, modifier: bool) -> bool:
    """A verb, unless ``modifier`` (after "the", "for": "the expected deficit", "for finished goods")."""
    lex = lexicon()
    key = norm(word)
    if key in lex.months and word[:1].isupper():
        return False  # "May housing starts": the month, not the verb
    if key in lex.verbs:
        return key in lex.auxiliaries or not modifier  # "the forecast deficit"
    if not word.isalpha() or not word.islower() or modifier:
        return False  # "United", "US-based": names and compounds
    if key.endswith("ed") and len(key) >= 5 and not key.endswith("eed"):
        return key not in lex.participles
    return key.endswith("ing") and len(key) >= 6 and key not in lex.nominal_ing


def figure_in(words: list[str]) -> bool:
    """Whether a phrase holds a figure; a number naming a period ("six month", "12-month") is none."""
    lex = lexicon()
    for index, word in enumerate(words):
        if not numeric(word):
            continue
        if "-" in word and norm(word).rsplit("-", 1)[1] in lex.time:
            continue
        if index + 1 < len(words) and norm(words[index + 1]) in lex.time:
            continue
        return True
    return False


def temporal(words: list[str]) -> bool:
    """Whether a phrase names a time ("the fourth quarter", "mid-1986", "31 December")."""
    lex = lexicon()
    return any(
        w[:1].isdigit() or _YEAR_IN.search(w) or any(p in lex.time or p in lex.months for p in norm(w).split("-"))
        for w in words
    )


def adverb(word: str) -> bool:
    """A lower-case word in "-ly" that is no noun ("sharply", not "supply")."""
    return word.endswith("ly") and word.islower() and norm(word) not in lexicon().ly_nouns
