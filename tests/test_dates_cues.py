"""Cues around a year-less date: a date fronted with a comma takes its tense from the main
clause's verb, however long the subject between them ("On Tuesday, the National ... League
plans to ..."); the present tense of a scheduled event reads as a timetable ("The council
meets Tuesday"); and a capitalised "May" or "March" before a noun is a month ("the March
deadline").

Published on Monday 2026-03-02: the Tuesday before is 2026-02-24, the one after 2026-03-03.
"""

from __future__ import annotations

from datetime import date

import pytest

import claimtrack

PUBLISHED = date(2026, 3, 2)  # a Monday
BEFORE, AFTER = "2026-02-24", "2026-03-03"

FRONTED = [
    ("On Tuesday, the Northern Regional Transport Workers Federation plans to hold a rally.", AFTER),
    ("On Tuesday, the Northern Regional Transport Workers Federation will hold a rally.", AFTER),
    ("On Tuesday, the Northern Regional Transport Workers Federation held a rally.", BEFORE),
    ("On Tuesday, the Northern Regional Transport Workers Federation said it would strike.", BEFORE),
    ("Tuesday, the state-owned Northern Regional Transport Workers Federation plans a vote.", AFTER),
    # look-alikes: a future cue in the past tense, or a date that is not fronted
    ("On Tuesday, the Northern Regional Transport Workers Federation planned to hold a rally.", BEFORE),
    ("Talks on Tuesday, which the union held with the Northern Regional Transport Board, ended.", BEFORE),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED, ids=[row[0][:40] for row in FRONTED])
def test_fronted_weekday_takes_the_main_verbs_tense(text: str, expected: str) -> None:
    dates = [c for c in claimtrack.extract(text, published=PUBLISHED) if c.kind == "date"]
    assert [d.value for d in dates if d.text.endswith("Tuesday")] == [expected]


# A capitalised "May" or "March" without a date cue is a month as a noun's modifier.
MONTH_MODIFIERS = [
    ("The March deadline for bids was moved.", "March"),
    ("Its May meeting drew a crowd.", "May"),
    ("The union's March strike closed the port.", "March"),
]
NOT_MONTHS = [
    "The March of Dimes raised money.",  # a name: "of" follows
    "The May government fell.",  # Theresa May's government
    "Protesters may march on the capital.",  # the modal and the verb
    "May Smith led the march.",  # a given name, no determiner
]


@pytest.mark.parametrize(("text", "surface"), MONTH_MODIFIERS, ids=[row[0][:30] for row in MONTH_MODIFIERS])
def test_may_and_march_as_modifiers_are_months(text: str, surface: str) -> None:
    dates = [c for c in claimtrack.extract(text, published=PUBLISHED) if c.kind == "date"]
    assert [d.text for d in dates] == [surface]


@pytest.mark.parametrize("text", NOT_MONTHS, ids=[t[:30] for t in NOT_MONTHS])
def test_may_and_march_look_alikes_are_no_dates(text: str) -> None:
    assert [c.text for c in claimtrack.extract(text, published=PUBLISHED) if c.kind == "date"] == []


# The present tense of a scheduled event right before a weekday reads as a timetable.
# Published on Monday 2026-03-02.
TIMETABLE = [
    ("The city council meets Tuesday to vote on the budget.", AFTER),
    ("The final vote is on Tuesday.", AFTER),
    ("Hearings resume Tuesday in the capital.", AFTER),
    ("The new toll takes effect Tuesday.", AFTER),
    # look-alikes: the past tense, a plural noun before the weekday, a past cue nearer
    ("The city council met Tuesday to vote on the budget.", BEFORE),
    ("The final vote was on Tuesday.", BEFORE),
    ("Sales reports Tuesday showed a slump.", BEFORE),
]


@pytest.mark.parametrize(("text", "expected"), TIMETABLE, ids=[row[0][:40] for row in TIMETABLE])
def test_timetable_present_looks_forward(text: str, expected: str) -> None:
    dates = [c for c in claimtrack.extract(text, published=PUBLISHED) if c.kind == "date"]
    assert [d.value for d in dates if d.text.endswith("Tuesday")] == [expected]


def test_timetable_present_keeps_the_nearest_month_day() -> None:
    # a day of a month far ahead: "opens" does not push it to next year's
    dates = [c for c in claimtrack.extract("The fair opens February 20.", published=PUBLISHED) if c.kind == "date"]
    assert [d.value for d in dates] == ["2026-02-20"]


# A future cue far before the date still leans forward when nothing nearer speaks; a past
# cue that only carries a future one ("were planning to") is not a past cue of its own.
FAR_FUTURE = [
    ("Protesters were planning to drive slowly around the international airport on Tuesday.", AFTER),
    ("The envoy is scheduled to spend five hours on the ground in Dar es Salaam, her first stop Tuesday.", AFTER),
    ("Protesters held a march on Sunday and were planning to block the airport road on Tuesday.", AFTER),
    ("The central bank is unlikely to change its policy at its council meeting on Tuesday.", AFTER),
    # look-alikes: a past cue in between, a possessive event, a future cue after the date
    ("Sales are expected to beat the record high seen in the week that ended on Tuesday.", BEFORE),
    ("Lawyers would look for ways to get around the federal immigration service's Tuesday's ruling.", BEFORE),
    ("On Tuesday the long-serving chairman of the regional transport federation was to resign.", BEFORE),
    ("The central bank left its policy unchanged at its council meeting on Tuesday.", BEFORE),
]


@pytest.mark.parametrize(("text", "expected"), FAR_FUTURE, ids=[row[0][:40] for row in FAR_FUTURE])
def test_far_future_cue_leans_forward(text: str, expected: str) -> None:
    dates = [c for c in claimtrack.extract(text, published=PUBLISHED) if c.kind == "date"]
    assert [d.value for d in dates if d.text.endswith("Tuesday")] == [expected]


def test_participle_names_a_past_month() -> None:
    text = "Buying in March is expected to exceed the record high of 1.5 billion dlrs seen in December."
    dates = [c for c in claimtrack.extract(text, published=PUBLISHED) if c.kind == "date"]
    assert [(d.text, d.value) for d in dates] == [("March", "2026-03"), ("December", "2025-12")]
