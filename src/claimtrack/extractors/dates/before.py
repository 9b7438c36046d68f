"""What is written right before a date: a part of its period, its role, a cue, an interval's joint.

Each pattern is anchored at the end (``$``) and searched in a short window ending where a
date starts: "early" in "early April", "by" in "by July 9", "between" and "and" around an
interval, the shorter end of a range of lengths ("one to" two years).
"""

from __future__ import annotations

import re

from claimtrack.extractors.dates.patterns import alternation, number_word_pattern
from claimtrack.extractors.dates.words import base_number_words, lexicon

__all__ = [
    "CUE_BEFORE",
    "DURATION_LOW_BEFORE",
    "INTERVAL_GAP",
    "INTERVAL_OPEN",
    "PART_BEFORE",
    "ROLE_BEFORE",
    "WEEK_OF_BEFORE",
]

PART_BEFORE = re.compile(
    r"""
    (?P<part> (?: [Ee]arly | [Mm]id | [Ll]ate | [Tt]he\s{1,3}(?:start|beginning|end|middle|close|turn)\s{1,3}of
               | (?:start|beginning|end|middle|close)\s{1,3}of )          # the part word
    ) (?: [\s-]{1,3} (?:the\s{1,3})? )                                    # its joint
    $
    """,
    re.VERBOSE,
)
"""A part-of-period phrase that ends right before a date ("early April", "the end of 2025")."""


def _role_cues() -> str:
    """One named group per role, each an alternation of that role's cues from the lexicon.

    "by" is special: it counts only right before the date ("by July 9", never "by the 1982
    crash"), so it is left out of the general alternation and matched on its own.
    """
    groups = [r"\b [Bb]y (?P<deadline_by>) (?=\s{1,3}$)"]
    for role, cues in lexicon()["roles"].items():
        phrases = [cue for cue in cues if cue != "by"]
        if phrases:
            groups.append(rf"\b (?P<{role}> {alternation(phrases, fold_first=True)} )")
    return "\n      | ".join(groups)


ROLE_BEFORE = re.compile(
    rf"""
    (?: {_role_cues()}
    )                                                                     # the cue
    \s{{1,3}} (?:(?:the|on|in|at)\s{{1,3}})? (?:[\w-]{{1,20}}\s{{1,3}})?          # "the" and one word at most
    $
    """,
    re.VERBOSE,
)
"""A role cue ending right before a date ("by", "no later than", "since", "until")."""

INTERVAL_GAP = re.compile(
    r"""
    \s{0,3} (?P<joint> -|–|—|to|through|thru|until|till|and ) \s{0,3} (?:the\s{1,3})? $   # between two dates
    """,
    re.VERBOSE,
)
"""The joint between the two ends of an interval ("May to July", "2022-2024")."""

INTERVAL_OPEN = re.compile(r"\b(?P<open>[Bb]etween|[Ff]rom)\s{1,3}(?:the\s{1,3})?$")
"""The word that opens an interval, ending right before its first date."""

CUE_BEFORE = re.compile(
    r"""\b(?:in|In|since|Since|by|By|until|Until|through|Through|of|from|From|to|between|and|during|During
       |before|after|After|Before|since|last|next|this|that|early|Early|mid|late|Late|each|every|for|on|On|till
       |throughout|about|around|starting|ending|as\s{1,3}of|end|beginning|start|middle)
       [\s-]{1,3}(?:the\s{1,3})?$""",
    re.VERBOSE,
)
"""Words before a bare month, season or year that make it a date ("in May", not "may")."""

WEEK_OF_BEFORE = re.compile(r"\b(?:[Tt]he\s{1,3})?week\s{1,3}of\s{1,3}$")
""""the week of" right before a day ("the week of March 6" is that ISO week)."""


def _range_low_before() -> re.Pattern[str]:
    numbers = [w for w in base_number_words() if w not in ("a", "an", "single", "couple of")]
    low = rf"(?:{number_word_pattern(numbers)}|\d{{1,3}}(?:\.\d{{1,2}})?)"
    return re.compile(
        rf"""
        (?: \b [Bb]etween \s{{1,3}} (?P<low_b>{low}) \s{{1,3}} and \s{{1,3}}        # between five and 10 days
          | (?<![\w.,/:$€£¥#+-]) (?P<low>{low})                                     # the shorter end
            (?: -?\s{{1,3}}(?:to|or)\s{{1,3}}                                       # one to two, 10- to 15-minute
              | -to- | \s?[-–]\s? ) )                                              # two-to-three-week, 6-8 weeks
        $
        """,
        re.VERBOSE,
    )


DURATION_LOW_BEFORE = _range_low_before()
"""The shorter end of a range of lengths, ending right before the longer one ("one to" two years)."""
