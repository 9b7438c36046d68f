"""Normalising subjects to match keys, and reading a figure's time basis from its sentence.

A subject and an alias match when their *keys* are equal: the set of their content words,
lower case, possessives stripped, plurals singularised, function words, time words and
measure words ("value", "volume") dropped. Word order and inflection do not matter, extra
words do: "exports of rare earths" matches "rare earth exports", "steel exports" does not
match "exports".

>>> sorted(subject_key("the total value of rare-earth exports"))
['earth', 'export', 'rare']
>>> subject_key("Rare earths' exports") == subject_key("rare earth export")
True
>>> detect_basis("Shipments fell 48% in May from a year earlier")
'per_month'
>>> detect_basis("Exports reached a record in the first five months of 2024") is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimtrack.lexicon import data_text
from claimtrack.reference.schema import Basis

_POSSESSIVE = re.compile(r"(?<=\w)['’]s?(?!\w)")  # "China's", "rare earths'" -> stem
_NON_WORD = re.compile(r"[^\w&]+")  # hyphens, slashes, punctuation -> a word break
WORLD_WORDS = frozenset({"world", "global", "globally", "worldwide", "planet"})
"""World words, dropped from match keys (the geography carries them)."""
_KEEP_FINAL_S = ("ss", "us", "is", "as", "os")  # "gross", "status", "basis", "gas": no plural


def lexicon(name: str) -> dict[str, object]:
    """A reference lexicon (``data/reference/lexicons/<name>.toml``), parsed once."""
    return _lexicon(name)


@cache
def _lexicon(name: str) -> dict[str, object]:
    import tomllib

    from claimtrack.errors import LexiconError

    path = f"reference/lexicons/{name}.toml"
    try:
        return tomllib.loads(data_text(path))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise LexiconError(path, str(error)) from error


def _words(name: str) -> frozenset[str]:
    value = lexicon("words")[name]
    assert isinstance(value, list)
    return frozenset(str(word) for word in value)


@cache
def _dropped() -> frozenset[str]:
    return _words("stop") | _words("ignorable")


@cache
def people_nouns() -> frozenset[str]:
    """Counted nouns that count people ("residents"), singularised."""
    return frozenset(singular(word) for word in _words("people"))


@cache
def partner_words() -> frozenset[str]:
    """Words that make a figure bilateral when a second country follows ("to Japan")."""
    return _words("partners")


def singular(word: str) -> str:
    """A simple singular: enough to make "exports" and "export" one key.

    >>> [singular(w) for w in ["exports", "commodities", "taxes", "gas", "sales", "chips"]]
    ['export', 'commodity', 'tax', 'gas', 'sale', 'chip']
    """
    if len(word) <= 3:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(_KEEP_FINAL_S):
        return word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """Lower-case, possessive-free, singular words of ``text``, digits dropped.

    >>> tokens("China's rare-earth exports, 2024")
    ['china', 'rare', 'earth', 'export']
    """
    text = _POSSESSIVE.sub("", text.lower())
    return [singular(word) for word in _NON_WORD.split(text) if word and not word.isdigit()]


def subject_key(text: str) -> frozenset[str]:
    """The match key of a subject or alias: its content words, as a set.

    >>> sorted(subject_key("Semiconductor sales in March"))
    ['sale', 'semiconductor']
    """
    dropped = _dropped()
    return frozenset(word for word in tokens(text) if word not in dropped)


@dataclass(frozen=True, slots=True)
class _BasisPatterns:
    comparison: re.Pattern[str]
    partial: re.Pattern[str]
    per_month: re.Pattern[str]
    per_quarter: re.Pattern[str]
    per_year: re.Pattern[str]
    month_named: re.Pattern[str]
    month_span: re.Pattern[str]
    year_number: re.Pattern[str]


def _phrases(values: object) -> str:
    assert isinstance(values, list)
    ordered = sorted((str(value) for value in values), key=len, reverse=True)
    # Whole words: no letter or digit right before or after; spaces match any white space.
    body = "|".join(re.escape(phrase).replace(r"\ ", r"\s{1,5}") for phrase in ordered)
    return rf"(?<![\w-])(?:{body})(?![\w-])"


@cache
def _basis_patterns() -> _BasisPatterns:
    data = lexicon("basis")
    months = "|".join(re.escape(str(m)).replace(r"\.", r"\.?") for m in data["months"])  # type: ignore[attr-defined]
    month_named = re.compile(
        rf"""
        (?: \b(?:in|In|during|During|for|For|of|last|Last|this|This|early|late|mid|mid-)  # a preposition
            \s{{1,5}} (?:the\s{{1,5}}month\s{{1,5}}of\s{{1,5}})?                       # "the month of"
            (?:{months}) (?![\w-])                                                      # the month
        )
        | (?: \b(?:{months}) \s{{1,5}} (?:\d{{1,2}},?\s{{1,5}})? (?:19|20)\d\d\b )      # "May 2024"
        | (?: \b(?:{months}) ['’]s\b )                                                  # "May's"
        """,
        re.VERBOSE,
    )
    month_span = re.compile(
        rf"""
        \b(?:{months}) \s{{0,3}} (?:-|–|to|through|until) \s{{0,3}} (?:{months}) (?![\w])  # "April-July"
        """,
        re.VERBOSE,
    )
    year_number = re.compile(
        r"""
        \b(?:in|for|during|of|over|fiscal|FY|financial\s{1,5}year)  # what introduces the year
        \s{1,5} (?:19|20)\d\d \b                                    # the year itself
        """,
        re.VERBOSE | re.IGNORECASE,
    )
    flags = re.IGNORECASE
    return _BasisPatterns(
        comparison=re.compile(_phrases(data["comparison"]), flags),
        partial=re.compile(_phrases(data["partial"]), flags),
        per_month=re.compile(_phrases(data["per_month"]), flags),
        per_quarter=re.compile(_phrases(data["per_quarter"]), flags),
        per_year=re.compile(_phrases(data["per_year"]), flags),
        month_named=month_named,
        month_span=month_span,
        year_number=year_number,
    )


def detect_basis(text: str) -> Basis | None:
    """The time basis a sentence gives its figures, or None when unknown or mixed.

    A month or quarter named with its year ("in May 2024", "Q1 2025") is that month or
    quarter; a yearly *word* beside a month ("in May ... the annual total") is a mix, and a
    cumulative span ("first five months", "year to date") is no basis at all.

    >>> detect_basis("Annual revenue topped $600 billion")
    'per_year'
    >>> detect_basis("Imports in the third quarter of 2023 were higher")
    'per_quarter'
    >>> detect_basis("Exports rose in June, while the annual total fell") is None
    True
    >>> detect_basis("Output may rise") is None
    True
    >>> detect_basis("Trade in April-July rose") is None
    True
    """
    patterns = _basis_patterns()
    text = patterns.comparison.sub(" ", text)
    if patterns.partial.search(text) or patterns.month_span.search(text):
        return None
    month = bool(patterns.per_month.search(text) or patterns.month_named.search(text))
    quarter = bool(patterns.per_quarter.search(text))
    year_word = bool(patterns.per_year.search(text))
    year_number = bool(patterns.year_number.search(text))
    if month + quarter + year_word > 1:
        return None
    if month:
        return "per_month"
    if quarter:
        return "per_quarter"
    if year_word or year_number:
        return "per_year"
    return None
