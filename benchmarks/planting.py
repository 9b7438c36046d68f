"""Planting errors in clean articles, for the checks benchmark (``benchmarks/checks.py``).

The clean article's own claims point at sites where an error of each kind can be planted;
each :class:`Plant` is one error made by string surgery at a claim's exact offsets, with
the rule codes expected to catch it. Site finders read claims only (never article ids or
wording), and every random choice comes from a generator the caller seeds, so planting is
reproducible.
"""

from __future__ import annotations

import calendar
import random
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

FIGURE_KINDS = ("money", "percent", "count", "measure", "number")

# --- surface edits -------------------------------------------------------------------------

# The first number of a figure's surface: grouped thousands or plain digits, decimal part.
_NUMBER = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3}){1,6}|\d{1,15})(?:\.\d{1,12})?")
# A scale word in a figure's surface; the short forms only right after a digit.
_SCALE = re.compile(r"(?:(?<=\d)|(?<=\d )|\b)(million|billion|trillion|mln|bln|bn|m)(?![A-Za-z])", re.IGNORECASE)
_SCALE_SWAP = {
    "million": "billion",
    "billion": "million",
    "trillion": "billion",
    "mln": "bln",
    "bln": "mln",
    "bn": "m",
    "m": "bn",
}
_FACTORS = (Decimal("0.5"), Decimal("1.5"), Decimal(2), Decimal(3))
_MIN_RELATIVE = Decimal("0.25")
"""A changed figure differs from the original by at least this share of it."""

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_WORD = "|".join(sorted(_MONTHS, key=len, reverse=True))
# A day-and-month date: "March 31", "Feb. 3, 1987", "31 March 2025"; the day is captured.
_DAY_MONTH = re.compile(
    rf"^(?:(?:{_MONTH_WORD})\.?\s{{1,3}}(?P<day>\d{{1,2}})(?!\d)|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s{{1,3}}(?:{_MONTH_WORD})\b)",
    re.IGNORECASE,
)
# A day and month anywhere in a surface ("Tuesday, March 3"), or an ISO date.
_DAY_MONTH_IN = re.compile(
    rf"\b(?:(?:{_MONTH_WORD})\.?\s{{1,3}}\d{{1,2}}(?!\d)|\d{{1,2}}(?:st|nd|rd|th)?\s{{1,3}}(?:{_MONTH_WORD})\b)"
    r"|\d{4}-\d\d-\d\d",
    re.IGNORECASE,
)
# A four-digit year in a date's surface.
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_WEEKDAY_BEFORE = re.compile(r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s{0,3}$", re.I)
_FORMER_BEFORE = re.compile(r"(?:former|ex-|ex |then-|late)\s{0,2}$", re.IGNORECASE)

# Direction words and their opposites, tense kept.
DIRECTION_OPPOSITES = {
    "rose": "fell", "fell": "rose", "rise": "fall", "fall": "rise", "rises": "falls", "falls": "rises",
    "risen": "fallen", "fallen": "risen", "rising": "falling", "falling": "rising",
    "increased": "decreased", "decreased": "increased", "increase": "decrease", "decrease": "increase",
    "increases": "decreases", "decreases": "increases", "grew": "shrank", "shrank": "grew",
    "climbed": "fell", "declined": "rose", "decline": "rise", "declines": "rises", "jumped": "fell",
    "dropped": "rose", "drop": "rise", "gained": "lost", "lost": "gained", "slipped": "rose",
    "slid": "rose", "advanced": "fell", "eased": "rose", "soared": "plunged", "plunged": "soared",
    "surged": "plunged", "tumbled": "jumped", "slumped": "jumped", "up": "down", "down": "up",
    "higher": "lower", "lower": "higher", "gain": "loss", "loss": "gain", "rebounded": "fell",
}  # fmt: skip


def match_case(word: str, like: str) -> str:
    """``word`` in the case pattern of ``like`` (lower, Title or UPPER).

    >>> match_case("billion", "MLN"), match_case("fell", "Rose")
    ('BILLION', 'Fell')
    """
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def swap_scale(surface: str) -> str | None:
    """The surface with its scale word swapped (million <-> billion), or None.

    >>> swap_scale("$18.7 billion"), swap_scale("4.5 MLN DLRS"), swap_scale("£3bn"), swap_scale("12%")
    ('$18.7 million', '4.5 BLN DLRS', '£3m', None)
    """
    found = _SCALE.search(surface)
    if found is None:
        return None
    word = found.group(1)
    new = match_case(_SCALE_SWAP[word.lower()], word)
    return surface[: found.start(1)] + new + surface[found.end(1) :]


def alter_number(surface: str, rng: random.Random, avoid: frozenset[str] = frozenset()) -> str | None:
    """The surface with its first number changed by a factor the reader would not round away.

    The number keeps its decimals and thousands separators; the factor (0.5, 1.5, 2 or 3) is
    drawn from ``rng`` and the result differs from the original by at least 25%. Numbers in
    ``avoid`` (as written, e.g. other figures of the article) are not produced, so the new
    figure does not agree with some other figure by chance.

    >>> alter_number("3.6 pct", random.Random(1)) != "3.6 pct"
    True
    >>> alter_number("no figure", random.Random(1)) is None
    True
    """
    found = _NUMBER.search(surface)
    if found is None:
        return None
    written = found.group()
    value = Decimal(written.replace(",", ""))
    if value <= 0:
        return None
    places = len(written.partition(".")[2])
    quantum = Decimal(1).scaleb(-places)
    factors = list(_FACTORS)
    rng.shuffle(factors)
    for factor in factors:
        new = (value * factor).quantize(quantum, rounding=ROUND_HALF_UP)
        if new > 0 and abs(new - value) >= value * _MIN_RELATIVE:
            text = f"{new:,.{places}f}" if "," in written else f"{new:.{places}f}"
            if text.replace(",", "") in avoid:
                continue
            return surface[: found.start()] + text + surface[found.end() :]
    return None


def shift_weekday(written: str, rng: random.Random, avoid: Sequence[int] = ()) -> str:
    """Another weekday in the style of ``written`` ("Tuesday" -> "Friday", "Tue." -> "Sat.").

    ``avoid`` holds weekday numbers (Monday 0) the result must not name, besides the written one.

    >>> shift_weekday("Tuesday", random.Random(0), avoid=range(2, 7))
    'Monday'
    """
    stem = written.rstrip(".,").lower()
    current = next((i for i, name in enumerate(WEEKDAYS) if name.lower().startswith(stem[:3])), None)
    choices = [i for i in range(7) if i != current and i not in avoid]
    chosen = WEEKDAYS[rng.choice(choices)]
    short = len(stem) <= 4
    new = chosen[:3] if short else chosen
    return match_case(new, written) + written[len(stem) :]


# --- plants ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Plant:
    """One planted error: replace ``field[start:end]`` by ``new``; expect one of ``expect``."""

    kind: str
    expect: tuple[str, ...]
    field: str
    start: int
    end: int
    new: str
    old: str
    variant: str = ""
    """A finer class of the site, reported separately (e.g. "year written" for a date)."""

    @property
    def delta(self) -> int:
        """How much the edit lengthens its field."""
        return len(self.new) - (self.end - self.start)

    @property
    def site(self) -> tuple[int, int]:
        """The planted span in the edited field."""
        return self.start, self.start + len(self.new)

    def apply(self, text: str, title: str) -> tuple[str, str]:
        """The article's (text, title) with the error planted."""
        target = title if self.field == "title" else text
        edited = target[: self.start] + self.new + target[self.end :]
        return (text, edited) if self.field == "title" else (edited, title)

    def moved(self, field: str, offset: int) -> int:
        """Where an offset of the clean article stands after the edit."""
        return offset + self.delta if field == self.field and offset >= self.end else offset


@dataclass
class Article:
    """What the site finders read: the fields, the claims, the people, the publication date."""

    text: str
    title: str
    claims: Any
    published: date | None

    def field(self, name: str) -> str:
        return self.title if name == "title" else self.text

    def by_id(self) -> dict[str, Any]:
        return {claim.id: claim for claim in self.claims}


def written_numbers(claims: Sequence[Any]) -> frozenset[str]:
    """The numbers written in the claims' surfaces, without thousands separators."""
    found = (_NUMBER.search(claim.text) for claim in claims)
    return frozenset(match.group().replace(",", "") for match in found if match is not None)


def _plant(kind: str, expect: tuple[str, ...], claim: Any, new: str | None) -> Plant | None:
    if new is None or new == claim.text:
        return None
    return Plant(kind, expect, claim.field, claim.start, claim.end, new, claim.text)


def _body_figures(article: Article, kinds: Sequence[str] = FIGURE_KINDS) -> list[Any]:
    return [c for c in article.claims if c.kind in kinds and c.field == "text" and isinstance(c.value, Decimal)]


def scale_money_sites(article: Article, rng: random.Random) -> list[Plant]:
    """Every body money figure written with a scale word: swap it (million <-> billion)."""
    ends = {end for c in article.claims if c.kind == "change" for end in (c.from_, c.to) if end}
    plants = []
    for claim in _body_figures(article, ("money",)):
        plant = _plant("scale_money", ("CT303", "CT201"), claim, swap_scale(claim.text))
        if plant is not None:
            variant = "from/to of a change" if claim.id in ends else "other"
            plants.append(replace(plant, variant=variant))
    return plants


def scale_repeat_sites(article: Article, rng: random.Random) -> list[Plant]:
    """A body money figure whose number and scale word appear earlier too: swap the repeat."""
    seen: set[tuple[str, str]] = set()
    plants = []
    for claim in _body_figures(article, ("money",)):
        scale, number = _SCALE.search(claim.text), _NUMBER.search(claim.text)
        if scale is None or number is None:
            continue
        key = (number.group(), scale.group(1).lower())
        if key in seen:
            plant = _plant("scale_repeat", ("CT303", "CT201"), claim, swap_scale(claim.text))
            plants += [plant] if plant else []
        seen.add(key)
    return plants


def scale_reference_sites(article: Article, rng: random.Random) -> list[Plant]:
    """A money, count or measure figure with a scale word and a reference entry, plausible as written."""
    from claimtrack.reference import check_claim, infer_subject, match, story_geography
    from claimtrack.text.sentences import SentenceIndex, split_sentences

    hint = story_geography(article.text, article.title)
    sentences = split_sentences(article.text)
    index = SentenceIndex(sentences)
    plants = []
    for claim in _body_figures(article, ("money", "count", "measure")):
        new = swap_scale(claim.text)
        if new is None or not sentences:
            continue
        sentence = sentences[index.of(claim.start)]
        subject = claim.subject or infer_subject(sentence.text, max(0, claim.start - sentence.start))
        units = {"currency": claim.currency} if claim.kind == "money" else {"unit": claim.unit}
        if match(subject, sentence.text, kind=claim.kind, geography_hint=hint, **units) is None:
            continue
        if check_claim(claim, sentence.text, published=article.published, geography_hint=hint) is not None:
            continue  # already implausible as written: not a clean site
        plants.append(_plant("scale_reference", ("CT201",), claim, new))
    return [p for p in plants if p is not None]


def percent_change_sites(article: Article, rng: random.Random) -> list[Plant]:
    """A change with by, from and to: change its by figure."""
    claims = article.by_id()
    plants = []
    for change in article.claims:
        if change.kind != "change" or not (change.by and change.from_ and change.to):
            continue
        by = claims.get(change.by)
        if by is not None and isinstance(getattr(by, "value", None), Decimal):
            plants.append(_plant("percent_change", ("CT101",), by, alter_number(by.text, rng)))
    return [p for p in plants if p is not None]


def headline_sites(article: Article, rng: random.Random) -> list[Plant]:
    """A headline figure that the body repeats: change it in the headline."""
    from claimtrack.rules.matching import agree, figure_interval, same_unit

    body = _body_figures(article)
    plants = []
    for head in article.claims:
        if head.field != "title" or head.kind not in FIGURE_KINDS:
            continue
        span = figure_interval(head)
        peers = [figure_interval(c) for c in body if same_unit(head, c)]
        if span is not None and any(peer is not None and agree(span, peer) for peer in peers):
            avoid = written_numbers([c for c in body if c.kind == head.kind])
            plants.append(_plant("headline", ("CT302",), head, alter_number(head.text, rng, avoid)))
    return [p for p in plants if p is not None]


def _weekday_span(article: Article, claim: Any) -> tuple[int, int] | None:
    """Where a date claim's written weekday stands: in its surface or just before it."""
    text = article.field(claim.field)
    written = claim.weekday.strip().rstrip(".,")
    low = max(0, claim.start - 20)
    window = text[low : claim.end].lower()
    found = window.rfind(written.lower())
    if found < 0 or not written:
        return None
    return low + found, low + found + len(written)


def _readings(claim: Any) -> list[int]:
    """Weekday numbers of every reading of a single-day date claim."""
    days = [claim.start_date] if claim.start_date else []
    for value in claim.alternatives:
        try:
            days.append(date.fromisoformat(value))
        except ValueError:
            continue
    return [day.weekday() for day in days]


def _single_day(claim: Any) -> bool:
    return claim.kind == "date" and claim.start_date is not None and claim.start_date == claim.end_date


def weekday_shift_sites(article: Article, rng: random.Random) -> list[Plant]:
    """A single-day date written with its weekday: name another weekday."""
    plants = []
    for claim in article.claims:
        if not _single_day(claim) or not claim.weekday or not _DAY_MONTH_IN.search(claim.text):
            continue  # "on Monday" alone is a relative date: naming another day is no error
        span = _weekday_span(article, claim)
        if span is None:
            continue
        old = article.field(claim.field)[span[0] : span[1]]
        new = shift_weekday(old, rng, avoid=_readings(claim))
        plants.append(Plant("weekday_shift", ("CT401",), claim.field, span[0], span[1], new, old))
    return plants


def weekday_insert_sites(article: Article, rng: random.Random) -> list[Plant]:
    """A single-day body date written as day and month, no weekday: put a wrong weekday before it."""
    plants = []
    for claim in article.claims:
        if claim.field != "text" or not _single_day(claim) or claim.weekday:
            continue
        before = article.text[max(0, claim.start - 12) : claim.start]
        if not _DAY_MONTH.match(claim.text) or _WEEKDAY_BEFORE.search(before):
            continue
        wrong = [i for i in range(7) if i not in _readings(claim)]
        new = f"{WEEKDAYS[rng.choice(wrong)]}, "
        variant = "year written" if _YEAR.search(claim.text) else "year-less"
        plants.append(Plant("weekday_insert", ("CT401",), "text", claim.start, claim.start, new, "", variant))
    return plants


def repeat_sites(article: Article, rng: random.Random) -> list[Plant]:
    """The same figure twice for the same subject (and time, when both have one), or in the same
    place of a sentence written twice: change the second."""
    from claimtrack.rules.matching import same_subject, same_unit
    from claimtrack.text.sentences import split_sentences

    sentences = split_sentences(article.text)

    def restated(a: Any, b: Any) -> bool:
        first, again = sentences[a.sentence], sentences[b.sentence]
        return a.sentence != b.sentence and first.text == again.text and a.start - first.start == b.start - again.start

    dates = {c.id: c.value for c in article.claims if c.kind == "date"}
    figures = _body_figures(article, ("money", "percent", "count", "measure"))

    def dated_alike(a: Any, b: Any) -> bool:
        """Both dated alike, or neither dated: a figure with a date and one without may differ."""
        return dates.get(a.when or "") == dates.get(b.when or "")

    plants = []
    for index, claim in enumerate(figures):
        if claim.hedge is not None:
            continue  # a forecast or target restates nothing: changing it contradicts nothing
        earlier = next(
            (
                c
                for c in figures[max(0, index - 40) : index]
                if c.value == claim.value
                and same_unit(c, claim)
                and (
                    (same_subject(c.subject, claim.subject) and c.hedge is None and dated_alike(c, claim))
                    or restated(c, claim)
                )
            ),
            None,
        )
        if earlier is not None:
            avoid = written_numbers([c for c in figures if c.kind == claim.kind])
            plants.append(_plant("repeat_changed", ("CT301",), claim, alter_number(claim.text, rng, avoid)))
    return [p for p in plants if p is not None]


def _verb_span(article: Article, change: Any) -> tuple[int, int] | None:
    text = article.field(change.field)
    if not change.verb:
        return None
    found = re.search(rf"\b{re.escape(change.verb)}\b", text[change.start : change.end], re.IGNORECASE)
    if found is not None:
        return change.start + found.start(), change.start + found.end()
    low = max(0, change.start - 60)
    before = list(re.finditer(rf"\b{re.escape(change.verb)}\b", text[low : change.start], re.IGNORECASE))
    return (low + before[-1].start(), low + before[-1].end()) if before else None


def direction_sites(article: Article, rng: random.Random) -> list[Plant]:
    """A change with from and to of different values: flip its direction word."""
    claims = article.by_id()
    plants = []
    for change in article.claims:
        if change.kind != "change" or not (change.from_ and change.to):
            continue
        old_value = getattr(claims.get(change.from_), "value", None)
        new_value = getattr(claims.get(change.to), "value", None)
        span = _verb_span(article, change)
        if not isinstance(old_value, Decimal) or not isinstance(new_value, Decimal) or span is None:
            continue
        verb = article.field(change.field)[span[0] : span[1]]
        opposite = DIRECTION_OPPOSITES.get(verb.lower())
        if old_value != new_value and opposite:
            new = match_case(opposite, verb)
            plants.append(Plant("direction_flip", ("CT108",), change.field, span[0], span[1], new, verb))
    return plants


def former_sites(article: Article, rng: random.Random) -> list[Plant]:
    """A person given the same unqualified title twice: call them "former" in one mention."""
    plants = []
    for person in article.claims.people:
        if person.kind != "person":
            continue
        offices = Counter(t.normalized for t in person.titles if t.qualifier is None)
        for title in person.titles:
            text = article.field(title.field)
            if title.qualifier is not None or offices[title.normalized] < 2:
                continue
            if _FORMER_BEFORE.search(text[max(0, title.start - 12) : title.start]):
                continue
            starts_sentence = title.start == 0 or text[max(0, title.start - 2) : title.start].strip() in ("", ".", '"')
            word = "Former " if starts_sentence and title.field == "text" else "former "
            if text[title.start : title.end].isupper():
                word = "FORMER "
            plants.append(Plant("former_added", ("CT501",), title.field, title.start, title.start, word, ""))
    return plants


def impossible_date_sites(article: Article, rng: random.Random) -> list[Plant]:
    """A single-day date written as day and month: move the day past the month's end."""
    plants = []
    for claim in article.claims:
        found = _DAY_MONTH.match(claim.text) if _single_day(claim) else None
        if found is None:
            continue
        group = "day" if found.group("day") else "day2"
        month = claim.start_date.month
        day = 30 if month == 2 else calendar.monthrange(2001, month)[1] + 1
        start, end = claim.start + found.start(group), claim.start + found.end(group)
        old = found.group(group)
        plants.append(Plant("date_impossible", ("CT404",), claim.field, start, end, str(day), old))
    return plants


_DURATION = re.compile(r"^P(\d{1,4})([DWM])$")


def date_arithmetic_sites(article: Article, rng: random.Random) -> list[Plant]:
    """An N-day (week, month) span stated with both its dates, consistent: move the end date."""
    plants = []
    by_sentence: dict[tuple[str, int], list[Any]] = {}
    for claim in article.claims:
        by_sentence.setdefault((claim.field, claim.sentence), []).append(claim)
    for group in by_sentence.values():
        durations = [c for c in group if c.kind == "duration" and _DURATION.match(c.value)]
        days = [c for c in group if _single_day(c) and _DAY_MONTH.match(c.text)]
        if not durations or len(days) < 2:
            continue
        count, unit = _DURATION.match(durations[0].value).groups()  # type: ignore[union-attr]
        span = (days[1].start_date - days[0].start_date).days
        expected = int(count) * {"D": 1, "W": 7, "M": 30}[unit]
        if abs(span - expected) > (3 if unit == "M" else 1):
            continue
        found = _DAY_MONTH.match(days[1].text)
        group_name = "day" if found.group("day") else "day2"  # type: ignore[union-attr]
        old = found.group(group_name)  # type: ignore[union-attr]
        last = calendar.monthrange(days[1].start_date.year, days[1].start_date.month)[1]
        shift = rng.choice((4, 5, 6, 7))
        new_day = int(old) + shift if int(old) + shift <= last else int(old) - shift
        start = days[1].start + found.start(group_name)  # type: ignore[union-attr]
        plants.append(Plant("date_arithmetic", ("CT402",), days[1].field, start, start + len(old), str(new_day), old))
    return plants


_EVENT_DAYS = 31
"""A date longer than this (a quarter, a year) is a period, not a deadline or an event."""


def deadline_past_sites(article: Article, rng: random.Random) -> list[Plant]:
    """A day or month written with its year and wholly after the publication date: move the year
    back two years, so what the sentence puts ahead has already happened."""
    if article.published is None:
        return []
    plants = []
    for claim in article.claims:
        if claim.kind != "date" or claim.start_date is None or claim.end_date is None:
            continue
        if claim.start_date <= article.published or (claim.end_date - claim.start_date).days > _EVENT_DAYS:
            continue
        if claim.role in ("since", "period"):
            continue
        years = list(_YEAR.finditer(claim.text))
        if len(years) != 1 or int(years[0].group()) != claim.end_date.year:
            continue
        start, end = claim.start + years[0].start(), claim.start + years[0].end()
        old = years[0].group()
        plants.append(Plant("deadline_past", ("CT403",), claim.field, start, end, str(int(old) - 2), old))
    return plants


SITE_FINDERS: dict[str, Callable[[Article, random.Random], list[Plant]]] = {
    "scale_money": scale_money_sites,
    "scale_repeat": scale_repeat_sites,
    "scale_reference": scale_reference_sites,
    "percent_change": percent_change_sites,
    "headline": headline_sites,
    "weekday_shift": weekday_shift_sites,
    "weekday_insert": weekday_insert_sites,
    "repeat_changed": repeat_sites,
    "direction_flip": direction_sites,
    "former_added": former_sites,
    "date_impossible": impossible_date_sites,
    "date_arithmetic": date_arithmetic_sites,
    "deadline_past": deadline_past_sites,
}
"""Each kind of planted error and the function that finds its sites in a clean article."""


def plants_for(article: Article, seed: int, key: str, per_kind: int) -> Iterator[Plant]:
    """At most ``per_kind`` plants of each kind, chosen reproducibly from the article's sites."""
    for kind, finder in SITE_FINDERS.items():
        rng = random.Random(f"{seed}:{key}:{kind}")
        sites = finder(article, rng)
        yield from (sites if len(sites) <= per_kind else rng.sample(sites, per_kind))
