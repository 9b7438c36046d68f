"""Reading one scanner match: from the named groups to a :class:`Reading` or a duration.

Each ``k_*`` alternative of the scanner has one reader here. A reader returns None to
reject a look-alike: the modal "may", "march" as a verb, "Sun" the company, a bare number
that is a count ("2025 people") or a model number ("Windows 2000"). A year used as a
modifier ("the 2025 survey") is a date, as TimeML annotates it; a year needs a cue word, a
determiner or a clean right side ("in 2022", "the 2022 vote", "2022." but not "2022 people").

>>> from claimtrack.extractors.dates.patterns import SCANNER
>>> env = Env("Talks resume July 9.", date(2025, 6, 9), "MDY", lambda offset, role: 1)
>>> read(SCANNER.search(env.text), env, None, "point").value
'2025-07-09'
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from claimtrack.extractors.dates.anaphora import anaphor_of, unresolved
from claimtrack.extractors.dates.before import CUE_BEFORE
from claimtrack.extractors.dates.informal import INFORMAL_KINDS, read_informal
from claimtrack.extractors.dates.normalize import (
    Reading,
    in_year,
    narrow,
    period,
    safe_date,
    season,
    unknown,
)
from claimtrack.extractors.dates.relative import (
    OF_AFTER,
    REL_OFFSET,
    UNIT_GRANULARITIES,
    Env,
    Result,
    ago,
    in_future,
    part_of_day_suffix,
    read_duration,
    relative_unit,
    text_before,
)
from claimtrack.extractors.dates.resolve import (
    BACK,
    FORWARD,
    NEAREST,
    holiday_date,
    in_year_nearest,
    long_tail,
    relative,
    shift,
    weekday_date,
    weekday_looking,
)
from claimtrack.extractors.dates.spans import month_range, quarter_or_half, year_range
from claimtrack.extractors.dates.words import (
    day_of,
    holiday_noun_after,
    holiday_rules,
    lexicon,
    month_number,
    named_year,
    season_codes,
    spelled_year,
    unit_after,
    weekday_number,
)
from claimtrack.extractors.dates.years import day_reading, in_year_or_nearest, relative_year, written_year

_NAME_AFTER = re.compile(r"\s{1,3}(?:[A-Z][a-z]|[A-Z]\.)")
_PLURAL_NOUN_AFTER = re.compile(r"\s{1,3}(?!was\b|has\b|is\b|as\b|its\b|this\b|levels\b|figures\b)[a-z]{2,20}s\b")
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[Hh]is|[Hh]er|[Oo]ur)|['’]s)\s{1,3}$")
_CAPITAL_WORD_BEFORE = re.compile(r"\b[A-Z][\w-]{0,20}\s{1,3}$")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:;\"“(]\s{0,3})$")
_PREFIX_HYPHEN = re.compile(r"\b(?:[Pp]re|[Pp]ost|[Mm]id|[Ee]arly|[Ll]ate)[-–]$")
_NOUN_USE_AFTER = re.compile(r"\s{1,3}(?:in|from|to|back|below|of|by|further|sharply)\b")
_FALL_CUE = re.compile(r"\b(?:[Tt]his|[Ll]ast|[Nn]ext|the|[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Bb]y)\s{1,3}$")


def _numeric(env: Env, m: re.Match[str]) -> Reading | None:
    first, second, year = int(m["n1"]), int(m["n2"]), written_year(m["n3"])
    if year is None or (m["nsep"] in ".-" and len(m["n3"]) == 2):  # 7.9.25, 7-9-25: not dates
        return None
    month_first = (first, second)
    day_first = (second, first)
    if first > 12 and second <= 12:
        readings = [day_first]
    elif second > 12 and first <= 12:
        readings = [month_first]
    elif first <= 12 and second <= 12:
        readings = [day_first, month_first] if env.date_order == "DMY" else [month_first, day_first]
    else:
        return None
    values = [d.isoformat() for mo, dd in readings if (d := safe_date(year, mo, dd))]
    if not values and len(readings) == 1 and readings[0][1] <= 31:
        return Reading(f"{year:04d}-{readings[0][0]:02d}-{readings[0][1]:02d}")  # 2/29/2019: kept for the check
    if not values:
        return None
    found = date.fromisoformat(values[0])
    others = tuple(v for v in dict.fromkeys(values[1:]) if v != values[0])
    return Reading(values[0], found, found, alternatives=others)


def _bare_year_ok(env: Env, start: int, end: int) -> bool:
    before = text_before(env, start)
    if before.endswith(("-", "–")):
        return _PREFIX_HYPHEN.search(before) is not None
    if CUE_BEFORE.search(before) or _DETERMINER_BEFORE.search(before):
        return True
    after = env.text[end : end + 30]
    if _PLURAL_NOUN_AFTER.match(after):
        return False
    return not (_CAPITAL_WORD_BEFORE.search(before) and not _SENTENCE_START_BEFORE.search(before))


def read(m: re.Match[str], env: Env, part: str | None, role: str) -> Result:
    """The reading of one scanner match, or None for a look-alike (see the module doc)."""
    kind = m.lastgroup
    start, end = m.span()
    published = env.published
    reading: Reading | None = None
    if kind == "k_iso":
        iso = safe_date(int(m.group()[:4]), int(m.group()[5:7]), int(m.group()[8:10]))
        return Reading(iso.isoformat(), iso, iso) if iso else None
    if kind == "k_ana":  # "the next day": resolved against the story's last date by the scan
        return unresolved(anaphor_of(m))
    if kind == "k_sy":
        return in_year("year", spelled_year(m), 1)
    if kind == "k_ytd":  # from January 1 to the publication day
        if published is None:
            return Reading("XXXX")
        return Reading(f"{published.year:04d}", date(published.year, 1, 1), published)
    if kind == "k_iso8":
        iso = safe_date(int(m.group()[:4]), int(m.group()[4:6]), int(m.group()[6:8]))
        return Reading(iso.isoformat(), iso, iso) if iso else None
    if kind == "k_num":
        return _numeric(env, m)
    if kind in INFORMAL_KINDS:
        return read_informal(m, env, role)
    if kind == "k_tail":
        return long_tail(m.group(), published, env.date_order)
    if kind in ("k_mdd", "k_ddm", "k_mm"):
        return month_range(env, m, start, role, kind)
    if kind in ("k_md", "k_dm"):
        prefix = kind[2:]
        month = month_number(m[f"{prefix}_m"])
        if month is None:
            return None
        weekday = m[f"{prefix}_wd"]
        number = day_of(m[f"{prefix}_d"], m[f"{prefix}_dw"])
        if not number:
            return None
        year = written_year(m[f"{prefix}_y"]) or relative_year(published, m[f"{prefix}_r"])
        named = None if year else named_year(env.text, m.end(), month, number)  # "the Sept. 11 attacks"
        if named is None:
            return day_reading(env, start, role, month, number, year, weekday)
        usual = day_reading(env, start, role, month, number, None, weekday).value  # this year's day: the other reading
        return replace(day_reading(env, start, role, month, number, named, weekday), alternatives=(usual,))
    if kind == "k_my":
        month = month_number(m["my_m"])
        reading = in_year("month", int(m["my_y"]), month) if month else None
    elif kind == "k_hol":
        if not m["hol_y"] and holiday_noun_after().match(env.text, end):
            return None  # "Christmas trees": a modifier, not a date
        rule = holiday_rules()[m["hol"].lower().replace("’", "'")]
        if m["hol_y"]:
            day = holiday_date(rule, int(m["hol_y"]))
            return Reading(day.isoformat(), day, day) if day else None
        if published is None:
            return unknown("day", *(int(p) for p in rule.split("-"))) if ":" not in rule else unknown("day")

        def make(y: int) -> Reading | None:
            day = holiday_date(rule, y)
            return Reading(day.isoformat(), day, day) if day else None

        reading = in_year_nearest(published, make, env.looking(start, role))
    elif kind == "k_mr":
        month = month_number(m["mr_m"]) or 1
        if published is None:
            return unknown("month", month)
        whole = relative(published, "year", REL_OFFSET[m["mr_r"]])
        reading = in_year("month", whole.start.year, month) if whole and whole.start else None
    elif kind in ("k_q", "k_h"):
        reading = quarter_or_half(env, m, start, role, kind)
    elif kind == "k_fy":
        year = written_year(m["fy_y"])
        return Reading(f"FY{year:04d}", fiscal=True) if year else None
    elif kind == "k_dec":
        decade = int(m["dec_y"]) if m["dec_y"] else 1900 + int(m["dec_s"])
        anchor = safe_date(decade, 1, 1)
        reading = period("decade", anchor) if anchor else None
    elif kind == "k_yr":
        return year_range(m)
    elif kind == "k_year":
        if not (part or _bare_year_ok(env, start, end)) or unit_after().match(env.text, end):
            return None  # "the 1000 hp barrier", "a 2000-km trip": a figure, not a year
        reading = in_year("year", int(m["year"]), 1)
    elif kind == "k_el":
        granularity = UNIT_GRANULARITIES[m["el_u"]]
        offset = {"this": 0, "last": -1, "next": 1}.get(m["el_r"] or "this")  # "later in the year": this one
        if published is None or offset is None:
            return unknown(granularity)
        reading = relative(published, granularity, offset)
        if reading is not None:
            reading = narrow(reading, "early" if m["el"].lower() == "earlier" else "late")
    elif kind == "k_rel":
        reading = relative_unit(env, start, role, m["rel"], m["rel_u"])
    elif kind == "k_the" and m["the_u"] == "weekend" and part is None:
        if not m.group().lower().startswith("the"):
            return None
        if published is None:
            return unknown("weekend")
        looking = env.looking(start, role)
        # no tense cue on a Friday: the weekend that starts tomorrow, not the one six days ago
        ahead = looking >= FORWARD or (looking == NEAREST and published.isoweekday() == 5)
        saturday = weekday_date(published, 6, FORWARD if ahead else BACK)
        if saturday is not None and published.isoweekday() == 7:  # written on a Sunday: this weekend
            saturday = shift(published, "D", -1)
        reading = period("weekend", saturday) if saturday else None
    elif kind == "k_the":
        if part is None:
            return None
        granularity = UNIT_GRANULARITIES[m["the_u"]]
        reading = unknown(granularity) if published is None else period(granularity, published)
    elif kind == "k_in":
        return in_future(env, m, start)
    elif kind == "k_ago":
        return ago(env, m)
    elif kind in ("k_dur", "k_past", "k_durx"):
        return read_duration(env, m, kind, start, end)
    elif kind == "k_day":
        if published is None:
            return unknown("day")
        word = m["day"].lower()
        shifted = shift(published, "D", {"yesterday": -1, "tomorrow": 1}.get(word, 0))
        pod = "NI" if word == "tonight" else part_of_day_suffix(m["day_pod"])
        return Reading(shifted.isoformat() + pod, shifted, shifted) if shifted else None
    elif kind == "k_season":
        code = season_codes()[m["season"].lower()]
        if not (m["s_y"] or part or CUE_BEFORE.search(text_before(env, start))):
            return None
        if not m["s_y"] and (OF_AFTER.match(env.text, end) or _NOUN_USE_AFTER.match(env.text, end)):
            return None  # "the fall of Rome", "the fall in prices"
        if m["season"].lower() == "fall" and not (m["s_y"] or part or _FALL_CUE.search(text_before(env, start))):
            return None  # "expected to fall": the verb
        if m["s_y"]:
            reading = season(int(m["s_y"]), code)
        elif published is None:
            reading = Reading(f"XXXX-{code}")
        else:
            reading = in_year_nearest(published, lambda y: season(y, code), env.looking(start, role))
    elif kind == "k_wd":
        if _NAME_AFTER.match(env.text, end) and month_number(env.text[end:].split(None, 1)[0]) is None:
            return None
        weekday = weekday_number(m["wd"]) or 1
        pod = part_of_day_suffix(m["wd_pod"])
        if published is None:
            return Reading(f"XXXX-WXX-{weekday}{pod}", weekday=m["wd"])
        looking = env.looking(start, role)
        on = weekday_date(published, weekday, weekday_looking(looking, role))
        if on is None:
            return None
        return Reading(on.isoformat() + pod, on, on, weekday=m["wd"])
    elif kind == "k_mon":
        month = month_number(m["mon"]) or 1
        cued = part is not None or CUE_BEFORE.search(text_before(env, start)) is not None
        ambiguous = m["mon"] in ("May", "March") and not _month_modifier(env, start, end)
        if not cued and (_NAME_AFTER.match(env.text, end) or ambiguous or m["mon"].islower()):
            return None  # "April Jones", "May I", "march on": a month needs a cue or a clean right side
        if part is None and not text_before(env, start).endswith(_BARE_CUE_ENDS) and _contract_month(env.text, end):
            return None  # "June bonds closed at 100-4/32": a futures contract, not a time
        reading = in_year_or_nearest(env, start, role, "month", month, None)
    if reading is None:
        return None
    return narrow(reading, part) if part else reading


_LOWER_WORD_AFTER = re.compile(r"\s{1,3}([a-z][a-z-]{1,24})\b")


def _month_modifier(env: Env, start: int, end: int) -> bool:
    """Whether a capitalised "May" or "March" modifies the noun after it ("the March deadline").

    >>> env = Env("The March deadline passed.", None, "MDY", lambda offset, role: 0)
    >>> _month_modifier(env, 4, 9)
    True
    >>> env = Env("The March of Dimes met; the May government fell.", None, "MDY", lambda offset, role: 0)
    >>> _month_modifier(env, 4, 9), _month_modifier(env, 28, 31)
    (False, False)
    """
    if not _DETERMINER_BEFORE.search(text_before(env, start)):
        return False
    noun = _LOWER_WORD_AFTER.match(env.text, end)
    return noun is not None and noun.group(1) not in _not_after_may_march()


_BARE_CUE_ENDS = ("in ", "In ", "since ", "Since ", "by ", "By ", "until ", "Until ", "during ", "During ")
"""A preposition right before a month makes it a time even before a contract noun ("In June bonds rallied")."""
_TWO_WORDS_AFTER = re.compile(r"\s{1,3}([\w-]{1,24})(?:\s{1,3}([a-z]{1,24}))?")


def _contract_month(text: str, end: int) -> bool:
    """Whether the month ending at ``end`` names a futures contract ("June bonds", "the September contract").

    >>> _contract_month("June bonds closed lower.", 4), _contract_month("the June contract rose", 8)
    (True, True)
    >>> _contract_month("March wheat exports rose.", 5), _contract_month("June sales rose.", 4)
    (False, False)
    """
    words = _TWO_WORDS_AFTER.match(text, end)
    if words is None:
        return False
    table = lexicon()["contract_months"]
    return words.group(1) in table["nouns"] and words.group(2) not in table["events"]


@cache
def _not_after_may_march() -> frozenset[str]:
    return frozenset({"of", "and", "or", "to", *lexicon()["common_words"]["not_after"]})
