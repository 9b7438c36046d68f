"""From a field's text to date and duration claims: scan, read, extend, join intervals.

One pass of the compiled :data:`~claimtrack.extractors.dates.patterns.SCANNER` over the
field finds the candidates; each is read by :func:`~claimtrack.extractors.dates.readers.read`
after looking just before it for a part of period ("early", "the end of") and a role cue
("by", "since", "until"). Two dates joined by "to", "-" or "between ... and" become one
interval with role ``period``.

>>> from datetime import date
>>> from claimtrack.extractors.context import FieldContext
>>> from claimtrack.settings import Settings
>>> ctx = FieldContext.build("Talks ran from May to July.", "text", date(2025, 8, 1), Settings())
>>> [(c.text, c.value, c.role) for c in find_dates(ctx)]
[('May to July', '2025-05/2025-07', 'period')]
"""

from __future__ import annotations

import re
from datetime import date

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.dates.anaphora import (
    Anchors,
    anaphor_of,
    counted,
    offset_from,
)
from claimtrack.extractors.dates.before import INTERVAL_GAP, INTERVAL_OPEN, PART_BEFORE, ROLE_BEFORE, WEEK_OF_BEFORE
from claimtrack.extractors.dates.in_sentence import Hit, previous_in_sentence, year_earlier_in_sentence
from claimtrack.extractors.dates.normalize import Reading, interval, narrow, period, with_year
from claimtrack.extractors.dates.patterns import SCANNER
from claimtrack.extractors.dates.readers import read
from claimtrack.extractors.dates.relative import Duration, Env, duration_range, duration_upper
from claimtrack.extractors.dates.spans import months_of_year
from claimtrack.extractors.dates.tense import direction
from claimtrack.model import Claim, DateClaim, DurationClaim, claim_id

_PARTS = {
    "early": "early",
    "start": "early",
    "beginning": "early",
    "turn": "early",
    "mid": "mid",
    "middle": "mid",
    "late": "late",
    "end": "late",
    "close": "late",
}
_WINDOW = 200
"""How far around a date its tense cues are looked for, in characters."""
_YEAR = re.compile(r"\d{4}")
_CLAUSE_MARKS = (",", ";", ":", "(", ")", "—")
_NO_PART = frozenset(
    {
        "k_iso",
        "k_iso8",
        "k_ytd",
        "k_num",
        "k_md",
        "k_dm",
        "k_ago",
        "k_day",
        "k_wd",
        "k_dur",
        "k_past",
        "k_durx",
        "k_fy",
        "k_yr",
        "k_ref",
        "k_set",
        "k_nmd",
        "k_wk",
        "k_wdo",
        "k_nth",
        "k_cdur",
        "k_wkd",
        "k_twd",
        "k_ddm",
        "k_wof",
    }
)


def _part(text: str, start: int) -> tuple[str, int] | None:
    found = PART_BEFORE.search(text, max(0, start - 25), start)
    if found is None:
        return None
    words = found["part"].lower().split()
    key = words[1] if words[0] == "the" else words[0]
    return _PARTS.get(key, "mid"), found.start()


_BY_THE_BEFORE = re.compile(r"\b[Bb]y\s{1,3}the\s{1,3}$")
""""by the" right before an ordinal quarter or half: a deadline ("by the second quarter")."""
_MODIFIER_AFTER = re.compile(
    r"""[\s-]{1,3}(?!(?:and|or|but|of|to|at|in|on|next|this|last|when|as|if|unless|because|after|before|with
                      |for|from|the|a|an|it|is|are|was|will|would|could|should|may|might|that|which|said|says)\b)
        [a-z]""",
    re.VERBOSE,
)
"""A lower-case word after a quarter (a modifier, "hit by the second quarter slump"), not a function word."""


def _role(text: str, start: int, match: re.Match[str] | None = None) -> str:
    found = ROLE_BEFORE.search(text, max(0, start - 40), start)
    if (
        found is None
        and match is not None
        and _ordinal_period(match)
        and _BY_THE_BEFORE.search(text, max(0, start - 12), start)
    ) and not _MODIFIER_AFTER.match(text, match.end()):
        return "deadline"
    if found is None or found.lastgroup is None:
        return "point"
    return "deadline" if found.lastgroup.startswith("deadline") else found.lastgroup


_DEADLINE_AFTER = re.compile(r"(?:['’]s)?\s{1,3}deadlines?\b")
"""A deadline noun right after a date ("the Jan. 14 deadline", "Friday's deadline")."""


def _resolving_role(text: str, end: int, role: str) -> str:
    """The role a year-less date is resolved with: "deadline" before a deadline noun, else its own.

    >>> _resolving_role("the Jan. 14 deadline passed", 11, "point"), _resolving_role("on Jan. 14", 10, "point")
    ('deadline', 'point')
    """
    return "deadline" if role == "point" and _DEADLINE_AFTER.match(text, end) else role


def _ordinal_period(match: re.Match[str]) -> bool:
    """Whether a match is a quarter or half spelled with an ordinal ("second quarter", "first half")."""
    return (match.lastgroup == "k_q" and match["q_ord"] is not None) or (
        match.lastgroup == "k_h" and match["h_ord"] is not None
    )


def _hits(ctx: FieldContext) -> list[Hit]:
    text = ctx.text
    index = ctx.sentence_index
    sentences = ctx.sentences
    cache: dict[tuple[int, int, str], int] = {}  # (clause start, date, role)

    def looking(offset: int, role: str) -> int:
        if sentences:
            sentence = sentences[index.of(offset)]
            low, high = sentence.start, sentence.end
        else:
            low, high = 0, len(text)
        # a window of the sentence around the date keeps the cost per date bounded
        low, high = max(low, offset - _WINDOW), min(high, offset + _WINDOW)
        left = max(text.rfind(mark, low, offset) for mark in _CLAUSE_MARKS) + 1
        rights = [i for mark in _CLAUSE_MARKS if (i := text.find(mark, offset, high)) >= 0]
        right = min(rights) if rights else high
        key = (max(left, low), offset, role)  # the clause around the date decides its tense
        if key not in cache:
            cache[key] = direction(text[key[0] : right], role, text[low:high], offset - key[0], offset - low)
        return cache[key]

    env = Env(text, ctx.published, ctx.settings.locale.date_order, looking)
    anchors = Anchors()
    hits: list[Hit] = []
    taken = 0  # the end of an expression that ran past its match ("the first nine months of 1987")
    for match in SCANNER.finditer(text):
        if match.start() < taken:
            continue
        start = match.start()
        part = None if match.lastgroup in _NO_PART else _part(text, start)
        if part is not None:
            start = part[1]
        role = _role(text, start, match)
        # "gave no reason for the Jan. 14 deadline": resolved as a deadline, whatever the verb's tense
        reading = read(match, env, part[0] if part else None, _resolving_role(text, match.end(), role))
        if reading is None and match.lastgroup == "k_mdd" and match["mdd_and"]:
            # "March 3 and 12 others": not two days, but "March 3" still is one
            first = SCANNER.match(text, match.start(), match.start("mdd_and") - 1)
            if first is not None and first.lastgroup != "k_mdd":
                match = first
                reading = read(match, env, part[0] if part else None, role)
        if reading is None:
            continue
        end = match.end()
        ranged = None
        if isinstance(reading, Duration) and match.lastgroup == "k_dur" and match["dur_pre"]:
            months = months_of_year(text, match, ctx.published)
            if months is not None:  # "the first nine months of 1987": a period, not a length
                end, reading = months
                taken = end
        if isinstance(reading, Duration):
            ranged = duration_range(env, match, reading, hits[-1].end if hits else 0)
            if ranged is not None:  # "one to two years": one claim from the shorter end
                start, reading = ranged
            elif (upper := duration_upper(env, match, reading)) is not None:  # "a year or two", "or so"
                end, reading = upper
                ranged = (start, reading)
        if match.lastgroup in _ANAPHORIC and ranged is None and taken != end:  # against the story's last date
            reading, end = _anaphoric(match, text, anchors, reading, part[0] if part else None)
            if match.lastgroup == "k_ago" and isinstance(reading, Reading):
                reading = year_earlier_in_sentence(match, hits, ctx) or reading
        elif match.lastgroup == "k_rel" and match["rel"].lower() == "previous" and part is None:
            reading = previous_in_sentence(match, hits, ctx) or reading
        if isinstance(reading, Reading) and reading.start is not None and reading.start == reading.end:
            week_of = WEEK_OF_BEFORE.search(text, max(0, start - 20), start)
            if week_of is not None and (week := period("week", reading.start)) is not None:
                start, reading = week_of.start(), week
        if isinstance(reading, Duration):
            role = "point"
        elif not reading.value[:1].isdigit() and not reading.value.startswith(("X", "FY")):
            role = "period" if reading.value.startswith("P") else "point"  # a set, or "now"
        elif role == "point" and "/" in reading.value:
            role = "period"
        if isinstance(reading, Reading) and reading.start is not None and match.lastgroup != "k_ana":
            previous = hits[-1] if hits and isinstance(hits[-1].reading, Duration) else None
            length = (previous.start, previous.end, previous.reading.value) if previous else None
            counted_from = offset_from(text, start, reading, length)  # "the day before March 3"
            if counted_from is not None:
                start, reading, took_length = counted_from
                role = _role(text, start)  # "before" was part of the expression, not its cue
                if took_length:
                    hits.pop()
        if isinstance(reading, Reading):
            anchors.note(reading)
        hits.append(Hit(start, end, reading, role))
    return _join_intervals(text, hits, ctx.published)


_ANAPHORIC = frozenset({"k_ana", "k_dur", "k_ago"})


def _anaphoric(
    match: re.Match[str], text: str, anchors: Anchors, reading: Reading | Duration, part: str | None
) -> tuple[Reading | Duration, int]:
    """The reading of an anaphor against the anchors ("the next day"), and where it ends.

    A length counted from the anchor ("two days later", "a week earlier") becomes a date only
    with an anchor; without one it keeps its own reading (a duration, or "ago").
    """
    if match.lastgroup == "k_ana":
        found = anchors.resolve(anaphor_of(match))
        if found is None:
            return reading, match.end()
        return (narrow(found, part) if part else found), match.end()
    count = counted(match, text)
    if count is None:
        return reading, match.end()
    found = anchors.resolve(count[0])
    return (reading, match.end()) if found is None else (found, count[1])


def _now_as_day(hit: Hit, published: date | None) -> Reading | Duration:
    """The publication day for a "now" that ends an interval ("between now and July 9")."""
    if published is None or not isinstance(hit.reading, Reading) or hit.reading.value != "PRESENT_REF":
        return hit.reading
    return Reading(published.isoformat(), published, published)


def _join_intervals(text: str, hits: list[Hit], published: date | None = None) -> list[Hit]:
    joined: list[Hit] = []
    for hit in hits:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and isinstance(previous.reading, Reading)
            and isinstance(hit.reading, Reading)
            and "/" not in previous.reading.value
            and hit.start - previous.end <= 12
        ):
            gap = INTERVAL_GAP.match(text, previous.end, hit.start)
            opened = INTERVAL_OPEN.search(text, max(0, previous.start - 12), previous.start)
            if gap is not None and (gap["joint"] != "and" or opened):
                first, last = _align(text, previous, hit)
                if opened:  # only after "between"/"from" is "now" an end: "between now and July 9"
                    now_first, now_last = _now_as_day(previous, published), _now_as_day(hit, published)
                    if isinstance(now_first, Reading) and isinstance(now_last, Reading):
                        first = now_first if now_first is not previous.reading else first
                        last = now_last if now_last is not hit.reading else last
                if _joinable(first, last):
                    joined[-1] = Hit(previous.start, hit.end, interval(first, last), "period")
                    continue
        joined.append(hit)
    return joined


def _joinable(first: Reading, last: Reading) -> bool:
    """Two ends make an interval when both are resolved in order, or neither is resolved."""
    if not (first.value[:1].isdigit() or first.value[:1] == "X") or not (
        last.value[:1].isdigit() or last.value[:1] == "X"
    ):
        return False  # sets ("daily") and references ("now") are never ends
    if first.start is not None and last.end is not None:
        return first.start <= last.end and not (first.value[:1].isdigit() ^ last.value[:1].isdigit())
    return first.start is None and last.start is None


def _align(text: str, first: Hit, last: Hit) -> tuple[Reading, Reading]:
    """Give the year-less end of an interval the year of the other end ("May to July 2025")."""
    a, b = first.reading, last.reading
    assert isinstance(a, Reading)
    assert isinstance(b, Reading)
    if a.start is None or b.start is None or len(a.value) != len(b.value) or len(a.value) <= 4:
        return a, b  # only months and days take the year of the other end
    a_start, b_start = a.start, b.start
    a_year = _YEAR.search(text, first.start, first.end) is not None
    b_year = _YEAR.search(text, last.start, last.end) is not None
    if b_year and not a_year:
        a = with_year(a, b_start.year)
        if a.start is not None and a.start > b_start:
            a = with_year(a, b_start.year - 1)
    elif not b_year:
        b = with_year(b, a_start.year)
        if b.start is not None and b.start < a_start:
            b = with_year(b, a_start.year + 1)
    return a, b


def find_dates(ctx: FieldContext) -> list[Claim]:
    """Every date and duration claim of one field, in order of position.

    Never raises on any text; without a publication date, relative and year-less
    expressions keep their unknown parts as ``X`` and have no ``start_date``/``end_date``.
    """
    claims: list[Claim] = []
    index = ctx.sentence_index
    for hit in _hits(ctx):
        surface = ctx.text[hit.start : hit.end]
        sentence = index.of(hit.start)
        if isinstance(hit.reading, Duration):
            claims.append(
                DurationClaim(
                    id=claim_id("duration", ctx.field, hit.start, hit.end),
                    text=surface,
                    field=ctx.field,
                    start=hit.start,
                    end=hit.end,
                    sentence=sentence,
                    value=hit.reading.value,
                    high=hit.reading.high,
                    approx="about" if hit.reading.about else None,
                )
            )
            continue
        reading = hit.reading
        claims.append(
            DateClaim(
                id=claim_id("date", ctx.field, hit.start, hit.end),
                text=surface,
                field=ctx.field,
                start=hit.start,
                end=hit.end,
                sentence=sentence,
                value=reading.value,
                role=hit.role,
                start_date=reading.start,
                end_date=reading.end,
                weekday=reading.weekday,
                fiscal=reading.fiscal,
                alternatives=reading.alternatives,
            )
        )
    return claims


__all__ = ["find_dates"]
