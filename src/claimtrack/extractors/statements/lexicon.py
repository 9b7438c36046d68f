"""The statement extractor's lexicons (``cues.toml``, ``titles.toml``) as ready sets and regexes.

Everything is built once, on first use, and cached.

>>> lex = lexicon()
>>> "said" in lex.cue_group and lex.cue_group["said"]
'speech'
>>> "secretary" in lex.offices
True
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from claimtrack.errors import LexiconError
from claimtrack.lexicon import load_toml

QUALIFIERS = ("former", "acting", "incoming", "deputy")


@dataclass(frozen=True)
class Lexicon:
    """The parsed lexicons, as sets for membership tests and compiled regexes."""

    cue_group: dict[str, str]
    """Cue surface form (lower case) -> its group ("speech", "belief", "report", ...)."""
    cue_pattern: regex.Pattern[str]
    weak: frozenset[str]
    """Cue forms too weak to follow a speaker known only by its determiner."""
    noun_like: frozenset[str]
    """Cue forms that are also nouns; they need a clear speaker before them."""
    cue_first_words: frozenset[str]
    """First words of every cue, lower case and capitalised, for a fast pre-filter."""
    manner_pattern: regex.Pattern[str]
    offices: frozenset[str]
    modifiers: frozenset[str]
    honorifics: frozenset[str]
    qualifier_of: dict[str, str]
    male: frozenset[str]
    female: frozenset[str]
    male_names: frozenset[str]
    female_names: frozenset[str]
    org_heads: frozenset[str]
    org_nouns: frozenset[str]
    report_heads: frozenset[str]
    anon_heads: frozenset[str]
    anon_phrases: tuple[str, ...]
    anon_tails: tuple[str, ...]
    particles: frozenset[str]
    not_names: frozenset[str]
    country_prefixes: tuple[str, ...]
    abbreviations: frozenset[str]
    clause: ClauseWords
    """The words that tell a clause from an object or a phrase after a cue."""
    unnamed: UnnamedWords
    """Unnamed speakers with no noun ("some", "many of whom", "those close to him")."""


@dataclass(frozen=True)
class ClauseWords:
    """The ``[clause]`` table of ``cues.toml``: what may follow a cue with no "that"."""

    needs_clause: frozenset[str]
    finite: frozenset[str]
    past: frozenset[str]
    subjects: frozenset[str]
    phrase: frozenset[str]
    questions: frozenset[str]
    adverbs: frozenset[str]
    present: frozenset[str]
    plurals: frozenset[str]
    compounds: frozenset[str]
    counted: frozenset[str]
    quantities: frozenset[str]


@dataclass(frozen=True)
class UnnamedWords:
    """The ``[unnamed]`` table of ``cues.toml``: speakers that are a quantifier or "those"."""

    quantifiers: frozenset[str]
    pronouns: frozenset[str]
    of_pronouns: frozenset[str]
    before: frozenset[str]
    those_tails: tuple[str, ...]
    comma_adverbs: frozenset[str]
    last_words: frozenset[str]
    """Last words of the quantifiers and pronouns, and the pronouns after "of": a fast filter."""


_WORD = regex.compile(r"(?<![\p{L}\p{N}'’\-])[A-Za-z]{2,20}")
"""Plain words: candidates for the start of a cue."""


def find_cues(text: str, start: int = 0, end: int | None = None) -> Iterator[regex.Match[str]]:
    """Every cue in ``text[start:end]``, in order (fast: only words that can start a cue are tried).

    >>> [m.group() for m in find_cues("Officials said, according to Reuters, that it showed up.")]
    ['said', 'according to']
    """
    lex = lexicon()
    stop = len(text) if end is None else end
    after = start
    for word in _WORD.finditer(text, start, stop):
        if word.start() < after or word.group() not in lex.cue_first_words:
            continue
        match = lex.cue_pattern.match(text, word.start(), stop)
        if match is not None:
            after = match.end()
            yield match


def _alternation(forms: list[str]) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any blank."""
    ordered = sorted(set(forms), key=lambda form: (-len(form), form))
    return "|".join(regex.escape(form).replace("\\ ", r"[ \t\u00a0]{1,3}") for form in ordered)


@cache
def lexicon() -> Lexicon:
    """The statement lexicons, parsed, checked and compiled once.

    Raises:
        LexiconError: ``cues.toml`` or ``titles.toml`` lacks a table or a list it needs.
    """
    try:
        return _build()
    except (KeyError, TypeError, AttributeError) as error:
        raise LexiconError("cues.toml / titles.toml", f"missing or malformed entry: {error}") from error


def _build() -> Lexicon:
    cues = load_toml("cues")
    titles = load_toml("titles")
    cue_group: dict[str, str] = {}
    order = ("confidence_that", "source", "description", "speech", "belief", "report", "stance")
    for group in order:
        for form in cues[group]["forms"]:
            cue_group.setdefault(form, group)
    cue_forms = [form for group in order for form in cues[group]["forms"]]
    cue_pattern = regex.compile(
        rf"""
        (?<![\p{{L}}\p{{N}}'’\-])        # not inside a word
        (?:{_alternation(cue_forms)})    # any cue form, longest first
        (?![\p{{L}}\p{{N}}\-])           # whole word
        (?![ ](?:up|off|away)(?![\p{{L}}]))   # not a phrasal verb ("showed up")
        (?![ ]to[ ](?:be|have)(?![\p{{L}}]))  # not a raising verb ("said to be")
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )
    manner_pattern = regex.compile(
        rf"""
        [ \t\u00a0]{{0,3}},?[ \t\u00a0]{{0,3}}   # optional comma
        (?:{_alternation(cues["manner"]["forms"])})
        (?![\p{{L}}\p{{N}}\-])
        """,
        regex.VERBOSE | regex.IGNORECASE,
    )
    qualifier_of = {form: key for key, forms in titles["qualifiers"].items() for form in forms}
    orgs = titles["organisations"]
    names = titles["names"]
    abbreviations = load_toml("abbreviations")["abbreviations"]
    first_words = {form.split()[0] for form in cue_forms}
    return Lexicon(
        cue_group=cue_group,
        cue_pattern=cue_pattern,
        weak=frozenset(cues["weak"]["forms"]),
        noun_like=frozenset(cues["noun_like"]["forms"]),
        cue_first_words=frozenset(first_words | {word.capitalize() for word in first_words}),
        manner_pattern=manner_pattern,
        offices=frozenset(titles["offices"]),
        modifiers=frozenset(titles["modifiers"]),
        honorifics=frozenset(titles["honorifics"]),
        qualifier_of=qualifier_of,
        male=frozenset(titles["gender"]["male"]),
        female=frozenset(titles["gender"]["female"]),
        male_names=frozenset(titles["gender"]["male_names"]),
        female_names=frozenset(titles["gender"]["female_names"]),
        org_heads=frozenset(orgs["org_heads"]),
        org_nouns=frozenset(orgs["org_nouns"]),
        report_heads=frozenset(orgs["report_heads"]) | frozenset(cues["reports"]["heads"]),
        anon_heads=frozenset(orgs["anon_heads"]),
        anon_phrases=tuple(orgs["anon_phrases"]),
        anon_tails=tuple(orgs["anon_tails"]),
        particles=frozenset(names["name_particles"]),
        not_names=frozenset(names["not_names"]),
        country_prefixes=tuple(names["country_prefixes"]),
        abbreviations=frozenset(abbreviations),
        clause=ClauseWords(**{key: frozenset(forms) for key, forms in cues["clause"].items()}),
        unnamed=UnnamedWords(
            quantifiers=frozenset(cues["unnamed"]["quantifiers"]),
            pronouns=frozenset(cues["unnamed"]["pronouns"]),
            of_pronouns=frozenset(cues["unnamed"]["of_pronouns"]),
            before=frozenset(cues["unnamed"]["before"]),
            those_tails=tuple(cues["unnamed"]["those_tails"]) + tuple(orgs["anon_tails"]),
            comma_adverbs=frozenset(cues["unnamed"]["comma_adverbs"]),
            last_words=frozenset(
                form.split()[-1] for key in ("quantifiers", "pronouns", "of_pronouns") for form in cues["unnamed"][key]
            ),
        ),
    )
