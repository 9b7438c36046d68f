"""Which way a clause looks at its year-less dates: back, forward, or to the nearest.

:func:`direction` reads the tense cues around a date (``[future_cues]``, ``[past_cues]``,
``[deferral_cues]`` and ``[present_cues]`` of ``dates.toml``) and returns one of the
looking constants of :mod:`claimtrack.extractors.dates.resolve`, which turns it into a
year (or a week) against the publication date.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from claimtrack.extractors.dates.resolve import (
    BACK,
    FORWARD,
    LEAN_BACK,
    LEAN_FORWARD,
    NEAREST,
    TIMETABLE,
)
from claimtrack.extractors.dates.words import lexicon

__all__ = ["direction", "past_cue_before"]

_NEAR = 40
"""A tense cue farther than this (in characters) from its date is weaker (see :func:`_nearest_cue`)."""
_FAR_FORWARD = 90
"""A future cue up to this far before its date still leans forward (see :func:`_nearest_cue`)."""
_POSSESSIVE = re.compile(r"[\w.]+(?:\s{1,3}\w+)?['’]s\b")
"""A date naming an event ("Wednesday's ruling"): a far modal governs the verb, not the event."""


@cache
def _cue_pattern(key: str) -> re.Pattern[str]:
    words = sorted(lexicon()[key]["words"], key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in words)
    return re.compile(rf"(?<![\w'])(?:{body})(?!\w)", re.IGNORECASE)


def direction(clause: str, role: str, sentence: str = "", at: int | None = None, sentence_at: int | None = None) -> int:
    """Whether a clause looks back, forward, or neither at its year-less dates.

    The tense cue nearest to the date (at offset ``at`` of the clause; cues before the date
    count double-close) decides; "would", "decided to", "planned for" look forward. Without a
    cue in the clause, the cue of the whole sentence nearest to the date (at ``sentence_at``)
    decides, a past one only leaning back (other clauses of a news sentence often look ahead
    while the date looks back). Without any, a deadline or an "until" leans forward
    (:data:`LEAN_FORWARD`), a "since" looks back, and anything else takes the nearest
    occurrence. A deadline in a past-tense clause takes the nearest occurrence. A date
    right after a deferral ("postponed the vote until", ``[deferral_cues]``) looks forward;
    one right after the present tense of a scheduled event ("meets", "is on",
    ``[present_cues]``) is read as a timetable (:data:`TIMETABLE`).

    >>> direction("talks will resume on July 9", "point")
    1
    >>> direction("Exports rose in May.", "point")
    -1
    >>> direction("before the July 9 deadline", "deadline"), direction("since Oct. 23", "since")
    (2, -1)
    >>> direction("In May", "point"), direction("In May", "point", "In May, exports rose.")
    (0, -2)
    >>> direction("he said the vote would be held on Friday", "point", at=36)
    1
    >>> direction("officials postponed the vote until Friday", "until", at=35)
    1
    >>> direction("talks lasted until Friday", "until", at=19)
    0
    """
    at = len(clause) if at is None else at
    if clause and _deferral_pattern().search(clause, max(0, at - 160), at):
        return FORWARD  # "postponed the vote until Tuesday": the next one, whatever the tense
    if clause:
        nearest = _nearest_cue(clause, at)
        if nearest == FORWARD:
            return FORWARD
        if _present_pattern().search(clause, max(0, at - 40), at):
            return TIMETABLE  # "The board meets Tuesday", "The vote is on Friday"
        if nearest in (BACK, LEAN_BACK):
            return NEAREST if role in ("deadline", "until") else nearest
        if nearest == LEAN_FORWARD:
            return LEAN_FORWARD
    if sentence and sentence_at is not None:
        fronted = _fronted_cue(clause, at, sentence, sentence_at)
        if fronted is not None:
            return fronted if fronted == FORWARD or role not in ("deadline", "until") else NEAREST
    if sentence:
        nearest = _nearest_cue(sentence, len(sentence) if sentence_at is None else sentence_at)
        if nearest in (FORWARD, LEAN_FORWARD):
            return nearest
        if nearest in (BACK, LEAN_BACK):
            return NEAREST if role in ("deadline", "until") else LEAN_BACK
    return {"deadline": LEAN_FORWARD, "until": LEAN_FORWARD, "since": BACK}.get(role, NEAREST)


@cache
def _deferral_pattern() -> re.Pattern[str]:
    """A deferral verb, up to six words and a joint, ending right before a date ("postponed the vote until ").

    >>> pattern = _deferral_pattern()
    >>> bool(pattern.search("Officials postponed until ")), bool(pattern.search("lasted until "))
    (True, False)
    """
    cues = lexicon()["deferral_cues"]

    def alternation(words: list[str]) -> str:
        ordered = sorted(words, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in ordered)

    return re.compile(
        rf"""(?<![\w'])(?:{alternation(cues["verbs"])})     # the deferral verb
             (?:\s{{1,3}}[\w'’,-]{{1,20}}){{0,6}}?        # what is put off: six words at most
             \s{{1,3}}(?:{alternation(cues["joints"])})    # until, till, to
             \s{{1,3}}(?:(?:the|on)\s{{1,3}})?$""",
        re.IGNORECASE | re.VERBOSE,
    )


_FRONTED_BEFORE = re.compile(
    r"^\s{0,3}(?:(?:on|by|in|from|until|since|as\s{1,3}of|early|late|last|next|this)\s{1,3}){0,2}$", re.I
)
_FUTURE_IN_PAST = re.compile(r"(?:ed|was|were)\s{1,3}(?:to|for|an?)$|^(?:was|were)\b", re.I)
"""A future cue in the past tense ("planned to", "was to"): the event may be past by now."""
_FRONTED_REACH = 160
"""How far after a fronted date (in characters) the main clause's verb is looked for."""


def _fronted_cue(clause: str, at: int, sentence: str, sentence_at: int) -> int | None:
    """FORWARD or BACK from the main verb after a date fronted with a comma, or None.

    "On Tuesday, the National Rights Action League plans to hold ...": the date opens the
    sentence and the verb that governs it follows its subject, however long that is, so
    the first tense cue after the comma decides.

    >>> _fronted_cue("On Tuesday", 3, "On Tuesday, the long-named league plans to meet.", 3)
    1
    >>> _fronted_cue("On Tuesday", 3, "On Tuesday, the long-named league held a meeting.", 3) == BACK
    True
    >>> _fronted_cue("talks on Tuesday", 9, "talks on Tuesday, then a vote", 9) is None
    True
    """
    if not _FRONTED_BEFORE.match(clause[:at]):
        return None
    after = sentence_at + len(clause) - at
    if sentence[after : after + 1] != ",":
        return None
    window = sentence[after + 1 : after + 1 + _FRONTED_REACH]
    found = [
        (cue.start, NEAREST if cue.in_past or _FUTURE_IN_PAST.search(cue.words) else cue.sense)
        for cue in _tense_cues(window)
    ]
    if not found:
        return None
    first = min(start for start, _ in found)
    senses = {sense for start, sense in found if start == first}
    if NEAREST in senses:
        return None  # "On Friday, the government planned to pay ...": before or after, unknown
    return FORWARD if FORWARD in senses else BACK


@cache
def _present_pattern() -> re.Pattern[str]:
    """A present-tense verb of a scheduled event right before a date, with an optional "on".

    >>> pattern = _present_pattern()
    >>> bool(pattern.search("The board meets ")), bool(pattern.search("The vote is on "))
    (True, True)
    >>> bool(pattern.search("The board met ")), bool(pattern.search("Shares rose "))
    (False, False)
    """
    verbs = sorted(lexicon()["present_cues"]["verbs"], key=len, reverse=True)
    body = "|".join(re.escape(v).replace(r"\ ", r"\s{1,3}") for v in verbs)
    return re.compile(rf"(?<![\w'’-])(?:{body})\s{{1,3}}(?:on\s{{1,3}})?$", re.IGNORECASE)


class _Cue(NamedTuple):
    start: int
    end: int
    sense: int  # FORWARD or BACK
    words: str
    in_past: bool  # a future cue right after a past one: "were planning to", "had agreed to"


_JOINED = re.compile(r"\s{1,3}")


def _tense_cues(text: str) -> list[_Cue]:
    """The tense cues of a text; a past cue right before a future one is its tense, not a cue.

    "were planning to drive on Monday" looks forward from the past: the "were" does not
    count as a past cue of its own, and the future cue is marked ``in_past``.

    >>> [(c.words, c.sense, c.in_past) for c in _tense_cues("They were planning to go.")]
    [('planning to', 1, True)]
    >>> [(c.words, c.sense) for c in _tense_cues("They were there and will go.")]
    [('were', -1), ('will', 1)]
    """
    future = [(m.start(), m.end(), m.group()) for m in _cue_pattern("future_cues").finditer(text)]
    future_starts = {start for start, _, _ in future}
    joined: set[int] = set()
    cues: list[_Cue] = []
    for m in (*_cue_pattern("past_cues").finditer(text), *_past_verb().finditer(text)):
        gap = _JOINED.match(text, m.end())
        if gap is not None and gap.end() in future_starts:
            joined.add(gap.end())
        else:
            cues.append(_Cue(m.start(), m.end(), BACK, m.group(), False))
    cues.extend(_Cue(start, end, FORWARD, words, start in joined) for start, end, words in future)
    return cues


def _nearest_cue(clause: str, at: int) -> int:
    """FORWARD or BACK after the tense cue nearest to offset ``at``, NEAREST without one.

    A cue farther than :data:`_NEAR` characters from the date is weaker: a past verb only
    leans back, as it often governs a clause about the future ("subpoenaed him to testify
    ... on Feb. 10"), and a future one before the date only leans forward, up to
    :data:`_FAR_FORWARD` characters and unless the date names an event with a possessive
    ("would look for ways to get around Wednesday's ruling").

    >>> _nearest_cue("They were planning to drive around Miami International Airport on Monday", 65) == LEAN_FORWARD
    True
    >>> _nearest_cue("They would look for ways around the Miami International Airport's Monday's ruling", 66)
    0
    """
    best, best_gap, before = NEAREST, len(clause) * 2 + 1, False
    for cue in _tense_cues(clause):
        gap = at - cue.end if cue.end <= at else 2 * (cue.start - at)
        if gap < best_gap or (gap == best_gap and cue.sense == FORWARD):
            best, best_gap, before = cue.sense, gap, cue.end <= at
    if best_gap > _NEAR:  # a cue far from the date may govern another part of the clause
        if best == FORWARD and before and best_gap <= _FAR_FORWARD and not _POSSESSIVE.match(clause, at):
            return LEAN_FORWARD  # "were planning to drive around Miami International Airport on Monday"
        return LEAN_BACK if best == BACK else NEAREST
    return best


def past_cue_before(text: str, at: int) -> bool:
    """Whether a past-tense cue stands right before offset ``at`` (within :data:`_ADJACENT`).

    >>> past_cue_before("The deal closed Feb. 27", 16), past_cue_before("The vote is on Feb. 27", 15)
    (True, False)
    """
    window = text[max(0, at - _ADJACENT) : at]
    return any(m.end() >= len(window.rstrip()) - 3 for m in _past_matches(window))


def _past_matches(window: str) -> list[re.Match[str]]:
    return [*_cue_pattern("past_cues").finditer(window), *_past_verb().finditer(window)]


_ADJACENT = 16
"""How close (in characters, before the date) a past cue must be to override "tomorrow"."""


@cache
def _past_verb() -> re.Pattern[str]:
    """A past verb ending in -ed or an irregular past form of ``[past_cues] irregular``, not a passive.

    >>> bool(_past_verb().search("He told voters")), bool(_past_verb().search("voters will be told"))
    (True, False)
    """
    irregular = "|".join(sorted(lexicon()["past_cues"]["irregular"], key=len, reverse=True))
    return re.compile(
        rf"""(?<!\bbe\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bto\s)  # not a passive
            (?<![-‐])                                           # not "state-owned", "Paris-based"
            \b(?: [a-z]{{3,20}}ed\b (?!\s{{1,3}}(?:by|to|for)\b)    # a past verb, not "expected to"
                | (?:{irregular})\b )                               # told, spoke to""",
        re.VERBOSE,
    )
