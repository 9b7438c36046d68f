"""The compiled patterns of the figure extractor, built once from the lexicons.

Every pattern is VERBOSE with a comment per fragment, and every repetition is bounded, so
matching stays linear on hostile input. ``TIMEOUT`` (seconds, or None) is passed to every
scanning call; the hostile-input tests set it to fail loudly on a catastrophic pattern.

>>> p = patterns()
>>> p.anchor.search("Exports rose 5% to $3.7bn.").group("digits")
'5'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from claimtrack.extractors.figures.vocab import alternation, vocabulary

TIMEOUT: float | None = None
"""Timeout in seconds for the scanner's regex calls (None: no timeout)."""

_SP = r"[ \t\u00a0\u202f]"  # one blank inside a line

_FRACTIONS = ["half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"]


@dataclass(frozen=True)
class Patterns:
    """The compiled patterns (see :func:`patterns`)."""

    anchor: regex.Pattern[str]
    word_anchor: regex.Pattern[str]
    word_lead: regex.Pattern[str]
    lead: regex.Pattern[str]
    scale_after: regex.Pattern[str]
    suffix: regex.Pattern[str]
    per: regex.Pattern[str]
    approx_before: regex.Pattern[str]
    hedge: regex.Pattern[str]
    change: regex.Pattern[str]
    basis: regex.Pattern[str]
    word: regex.Pattern[str]
    word_before: regex.Pattern[str]
    range_joiner: regex.Pattern[str]
    open_paren: regex.Pattern[str]
    close_paren: regex.Pattern[str]


def _words(first_words: str, number_words: str, starts: str) -> str:
    return rf"""
        (?P<fuzzy> \b (?i: (?P<fhow> several | a {_SP}{{1,3}} few | a {_SP}{{1,3}} couple )  # "several", "a couple"
                    (?: {_SP}{{1,3}} (?P<fof> of ) )?                                  #   "a couple of"
                    (?: {_SP}{{1,3}} (?P<fscale> hundred | thousand | million | billion | dozen )  # "hundred"
                        (?: {_SP}{{1,3}} (?P<fscale2> thousand | million | billion ) )? )?  #   "hundred thousand"
                    ) \b )
      | (?P<vague> \b (?i: (?: tens | dozens | scores | hundreds | thousands | millions | billions )
                    (?: {_SP}{{1,3}} of {_SP}{{1,3}} (?: thousands | millions | billions ) )? ) \b )
      | (?P<words> \b (?i: (?P<wsign> (?: minus | negative ) {_SP}{{1,2}} )?        # a sign word
                    (?: an? {_SP}{{1,3}} (?= {starts} ) (?: {number_words} )   # "a dozen", "a third"
                        | {first_words} )                                            # or a first word
                    (?: (?: {_SP}{{1,3}} (?: and {_SP}{{1,3}} )? | {_SP}?-{_SP}? )  # separator
                        (?: an? {_SP}{{1,3}} )? (?: {number_words} ) ){{0,12}} ) \b ) # more words
        """


def _anchor(before: str, first_words: str, number_words: str, starts: str) -> regex.Pattern[str]:
    return regex.compile(
        rf"""
        (?P<skip>
            (?i: \b (?: https?:// | www\. ) ) [^\s<>"]{{1,2000}}                     # a URL
          | (?<![\d.]) \d{{1,2}} : \d{{2}} (?: :\d{{2}} )? (?: \.\d{{1,3}} )? (?![\d])  # clock, lap time
          | (?<![\d.]) \d{{1,3}} (?: \.\d{{1,3}} ){{3}} (?![\d.])                     # IP address 192.168.0.1
          | (?<![\d.]) \d{{1,4}} (?P<sep>[/.\-]) \d{{1,2}} (?P=sep) \d{{2,4}} (?![\d])  # numeric date 03/04/2025
          | (?<![\d]) \+ \d{{1,3}} (?: [ .\-] \(?\d{{1,4}}\)? ){{2,5}} (?![\d])      # phone +44 20 7946 0000
          | (?<![\d]) \(? \d{{3}} \)? [ .\-] \d{{3}} [ .\-] \d{{4}} (?![\d])         # phone (555) 123-4567
          | (?<![\d.]) \d{{1,4}} (?: \.\d{{1,4}} ){{2,4}} (?![\d])                   # version 1.2.3
        )
      | (?P<num>
            (?: (?P<pre> (?<![\p{{L}}\p{{N}}$]) (?:{before}) ) {_SP}{{0,2}} )?      # currency before: US$, €, Rs
            (?P<sign> (?<= ^ | [\s(\[:;,/] | (?<![\p{{L}}\p{{N}}]) [$€£¥₹] ) [-+−]            # a sign
                    | (?i: \b (?: minus | negative ) ) [ \-] )?                     # or a sign word
            (?P<digits>
                (?: \d{{1,6}} {_SP} )? [1-9]\d{{0,2}} / [1-9]\d{{0,2}} (?![\d/])      # fraction 10 1/2, 3/4
              | \d{{1,2}} (?: ,\d{{2}} ){{1,6}} ,\d{{3}} (?: \.\d{{1,20}} )? (?![,.]?\d)  # Indian 12,34,567.89
              | \d{{1,3}} (?: ,\d{{3}} ){{1,12}} (?: \.\d{{1,20}} )? (?![,.]?\d)    # 1,238,000.5
              | \d{{1,3}} (?: [\u00a0\u202f ]\d{{3}} ){{1,12}} (?: \.\d{{1,20}} )? (?![\d,.]?\d)  # 1 238
              | \d{{1,40}} (?: \.\d{{1,20}} )?                                       # 1238.5
              | (?<![\d]) \.\d{{1,20}}                                               # .08
            )
        )
      | {_words(first_words, number_words, starts)}
        """,
        regex.VERBOSE | regex.VERSION1,
    )


@cache
def patterns() -> Patterns:
    """The figure extractor's compiled patterns (built on first use, then cached)."""
    v = vocabulary()
    dollars = {s for s in v.currency_before if "$" in s and s.islower()}
    before = f"(?i: {alternation(dollars)} ) | \\$ | {alternation(set(v.currency_before) - dollars)}"
    cardinals = set(v.units) | set(v.tens) | set(v.multipliers) | set(v.scales) | set(v.multiplicatives)
    cardinals -= {"oh", "dz", "dzs", "doz", "dozs", "lac"}
    number_words = alternation(cardinals | set(_FRACTIONS))
    first_words = alternation(cardinals | {"half"})
    starts = alternation(set(v.multipliers) | set(v.scales) | set(_FRACTIONS))
    sensitive = [s for s in v.unit_surfaces if s in v.case_sensitive_units]
    insensitive = [s for s in v.unit_surfaces if s not in v.case_sensitive_units]
    scale_words = alternation(set(v.scales) | {"hundred"})
    abbreviations = alternation(set(v.scale_abbreviations))
    spaced = alternation(v.spaced_abbreviations)
    return Patterns(
        anchor=_anchor(before, first_words, number_words, starts),
        word_anchor=regex.compile(
            rf"""(?i) \b (?: {first_words} | {starts}                      # number words
                         | tens | dozens | scores | hundreds | thousands | millions | billions  # vague
                         | couple ) \b                                               # "a couple of"
            """,
            regex.VERBOSE | regex.VERSION1,
        ),
        word_lead=regex.compile(
            rf"""(?i) \b (?: (?: minus | negative ) {_SP}{{1,2}} )?
                         (?: an? {_SP}{{1,3}}                                       # "a dozen"
                           | (?: several | a {_SP} few | a {_SP} couple (?: {_SP} of )? )  # "several hundred"
                             {_SP} )? $
            """,
            regex.VERBOSE | regex.VERSION1,
        ),
        lead=regex.compile(
            rf"""
            (?: (?<![\p{{L}}\p{{N}}$]) (?: {before} ) {_SP}{{0,2}} )?                # currency before the digits
            (?: [-+−] | (?i: \b (?: minus | negative ) ) [ \-] | [(+] )?             # a sign, or a phone's opening
            \.? $                                                                     # ".08"
            """,
            regex.VERBOSE | regex.VERSION1,
        ),
        scale_after=regex.compile(
            rf"""
            (?: {_SP}{{0,2}} -? (?P<word> (?i: {scale_words} ) ) (?! \p{{L}} )      # "2 million", "3-billion"
                (?: {_SP}{{1,2}} (?P<word2> (?i: {scale_words} ) ) (?! \p{{L}} ) )? #   "three lakh crore"
              | (?P<abbr> {abbreviations} ) (?! [\p{{L}}\p{{N}}] )                   # "1.2bn", "4.3M"
              | {_SP} (?P<spaced> {spaced} ) (?! [\p{{L}}\p{{N}}] )                  # "10 bln"
            )
            """,
            regex.VERBOSE | regex.VERSION1,
        ),
        suffix=regex.compile(
            rf"""
            (?P<gap> {_SP}{{0,2}} (?: -{_SP}? )? )                                  # blank or hyphen
            (?:
                (?P<bps> (?i: basis(?:{_SP}|-)points? | bps | bp ) ) (?! \p{{L}} )  # basis points, "50-basis-point"
              | (?P<pts> (?i: percentage(?:{_SP}|-)points? | pct{_SP}points? | pp | ppts ) ) (?! \p{{L}} )
              | (?P<pct> % | (?i: per{_SP}?cent | percents? | percentage | pct ) ) (?! \p{{L}} )  # percent
              | (?P<age> (?i: years? [ \-] old | yrs? [ \-] old ) ) (?! \p{{L}} )     # ages
              | (?P<cur> (?i: {alternation(set(v.currency_after) | set(v.currency_ambiguous))} ) ) (?! \p{{L}} )
              | (?P<minor> (?i: {alternation(set(v.minor))} ) ) (?! \p{{L}} )        # 50 cents
              | (?P<unit> (?i: {alternation(insensitive)} ) | {alternation(sensitive)} ) (?! [\p{{L}}\p{{N}}] )
              | (?P<time> (?i: {alternation(v.time_units)} ) ) (?! \p{{L}} )         # durations
            )
            """,
            regex.VERBOSE | regex.VERSION1,
        ),
        per=regex.compile(
            rf"""
            (?: {_SP}{{0,2}} / {_SP}{{0,2}}                                          # "$5/kg"
              | {_SP}{{1,2}} (?i: per | a | an | each | every | for{_SP}each ) {_SP}{{1,2}} )
            (?P<per> (?i: {alternation(set(v.per_surfaces))} ) ) (?! \p{{L}} )
            (?! {_SP}{{1,3}} (?i: earlier | ago | before | later | prior | on{_SP} | after ) \b )  # "a year earlier"
            """,
            regex.VERBOSE | regex.VERSION1,
        ),
        approx_before=regex.compile(
            rf"""(?i) \b (?: (?P<approx> {alternation(set(v.approx))} ) {_SP}{{1,3}} (?: a{_SP}{{1,2}} )?  # "about 5"
                         | (?P<approx_prefix> sub ) - ) $                                          # "sub-300"
            """,
            regex.VERBOSE | regex.VERSION1,
        ),
        hedge=regex.compile(  # lower case only: "in May" is no hedge
            rf"""\b (?: {alternation(v.hedges)} ) \b""", regex.VERBOSE | regex.VERSION1
        ),
        change=regex.compile(
            rf"""(?i) \b (?P<change> {alternation(set(v.changes))} ) \b""", regex.VERBOSE | regex.VERSION1
        ),
        basis=regex.compile(
            rf"""(?i) (?<! \p{{L}} ) (?P<basis> {alternation(set(v.basis))} ) (?! \p{{L}} )""",
            regex.VERBOSE | regex.VERSION1,
        ),
        word=regex.compile(r"[\p{L}][\p{L}\p{M}'’\-]{0,40}"),
        word_before=regex.compile(r"(?P<word>[\p{L}\p{N}.&#\-]{1,30})[ \t\u00a0]{0,3}$"),
        range_joiner=regex.compile(
            rf"""
            {_SP}{{0,3}} (?P<joiner> (?i: -to- )                                  # "0-to-60-mph"
                                   | - | – | — | (?i: to | and | through | or ) (?= {_SP} ) ) {_SP}{{0,3}}
            """,
            regex.VERBOSE | regex.VERSION1,
        ),
        open_paren=regex.compile(
            rf"{_SP}{{0,2}}\({_SP}{{0,2}}(?:(?i:about|around|roughly|or|approx\.?|approximately){_SP}{{1,2}})?"
        ),
        close_paren=regex.compile(rf"{_SP}{{0,2}}\)"),
    )
