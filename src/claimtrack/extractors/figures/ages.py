"""Ages written as a bare number: the reading that turns "Smith, 45," into 45 years.

An age is a figure like any other (rule CT504 compares a person's ages), but news writes it
without a unit far more often than with one. A bare whole number is read as an age in years
when the words around it say so:

- a word of age before it: "aged 45", "at age 12", "ages of 18";
- an appositive after a name: "Anna Berg, 45, said", or closing a sentence after a
  speech verb: "..., said Armando Sanjurjo, 73.";
- a person's "to be", or "turn", closing on it: "who is 70.", "He will be 35 by the end of
  the year", "the mayor turned 60 on Monday" (not "He was 5 points behind", "It was 35 on
  Monday");
- a life expectancy: "life expectancy for men in Glasgow is around 73".
"""

from __future__ import annotations

import regex

from claimtrack.extractors.figures import patterns as pat
from claimtrack.extractors.figures.mention import Mention

_AGE_BEFORE = regex.compile(r"(?i)\b(?:aged|age|ages|ages?\s+of)[ \t\u00a0]{1,3}$")
# "Trump, who is 70.", "He will be 35 by ...", "the mayor turned 60": an age closes the clause
_PERSON_IS_BEFORE = regex.compile(
    r"""(?i)
    (?: \b(?:who|he|she)
        (?:[ \t]{1,2}(?:is|was|will[ \t]{1,2}be|would[ \t]{1,2}have[ \t]{1,2}been)|['’]s)
      | \b(?:turns|turned|will[ \t]{1,2}turn|would[ \t]{1,2}have[ \t]{1,2}turned) )
    [ \t\u00a0]{1,3}$""",
    regex.VERBOSE,
)
# what may follow a person's age: the clause ends, or a time phrase begins
_AGE_CLAUSE_END = regex.compile(
    r"[ \t\u00a0]{0,2}(?:[.,;:!?)—–―]|$)|[ \t\u00a0]{1,2}(?:by|on|in|this|next|last|when|at[ \t]the[ \t]time)\b"
)
_APPOSITIVE_AGE = regex.compile(r"\p{Lu}[\p{L}'’.\-]{1,30},[ \t\u00a0]$")
# "said Armando Sanjurjo, ": a speech verb and a name of up to four words right before the age
_SAID_NAME_BEFORE = regex.compile(
    r"""\b(?:said|says|told|asked|added)[ \t]{1,2}       # the speech verb
    (?:\p{Lu}[\p{L}'’.\-]{0,30}[ \t]{1,2}){0,3}         # given names and initials
    \p{Lu}[\p{L}'’\-]{1,30},[ \t]$                      # the family name and its comma""",
    regex.VERBOSE,
)
_APPOSITIVE_CLOSE = (",", "―", "—", "–", ", ", " ―", " —", " –")
# "life expectancy for men in Glasgow is around 73": the verb or "of" ends the phrase
_LIFE_EXPECTANCY_BEFORE = regex.compile(
    r"""(?i)\blife[ \t]expectancy\b[^.;:!?\d]{0,40}?
    \b(?:is|was|of|at|to|stands[ \t]at|stood[ \t]at|will[ \t]be|would[ \t]be)
    (?:[ \t]{1,2}(?:around|about|roughly|nearly|almost|only|just|some|approximately))?
    [ \t\u00a0]{1,3}$""",
    regex.VERBOSE,
)


def is_age(text: str, m: Mention) -> bool:
    """True when a bare number is a person's age in years, read from the words around it.

    >>> from decimal import Decimal
    >>> text = "She turned 40 on Monday."
    >>> is_age(text, Mention(11, 13, "number", Decimal(40), 11, 13))
    True
    >>> text = "She was 4 points behind."
    >>> is_age(text, Mention(8, 9, "number", Decimal(4), 8, 9))
    False
    """
    if _AGE_BEFORE.search(text, max(0, m.start - 12), m.start, timeout=pat.TIMEOUT) is not None:
        return True
    if m.spelled or m.scale != 1 or not (0 < m.value < 130) or m.value != int(m.value):
        return False
    if _PERSON_IS_BEFORE.search(text, max(0, m.start - 30), m.start, timeout=pat.TIMEOUT) is not None:
        return _AGE_CLAUSE_END.match(text, m.end, timeout=pat.TIMEOUT) is not None
    if _LIFE_EXPECTANCY_BEFORE.search(text, max(0, m.start - 80), m.start, timeout=pat.TIMEOUT) is not None:
        return True
    if text[m.end : m.end + 1] == "." and _SAID_NAME_BEFORE.search(
        text, max(0, m.start - 90), m.start, timeout=pat.TIMEOUT
    ):
        return True  # "..., said Armando Sanjurjo, 73."
    if text[m.end : m.end + 2].rstrip() not in _APPOSITIVE_CLOSE or m.end >= len(text):
        return False
    return _APPOSITIVE_AGE.search(text, max(0, m.start - 34), m.start, timeout=pat.TIMEOUT) is not None
