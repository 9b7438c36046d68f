from datetime import date, timedelta

import pytest

from rule_kit import day, duration, run

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# (template, the date's surface after the weekday, the date)
CT401_CASES = [
    ("The vote is on {wd}, March 3, 2026.", "{wd}, March 3, 2026", date(2026, 3, 3)),
    ("Shares resumed trading on {wd}, 14 October 2025, after a halt.", "{wd}, 14 October 2025", date(2025, 10, 14)),
    ("The summit opens {wd}, Jan. 12, 2027, in Nairobi.", "{wd}, Jan. 12, 2027", date(2027, 1, 12)),
    ("Polls closed at 8 p.m. on {wd}, November 5, 2024.", "{wd}, November 5, 2024", date(2024, 11, 5)),
    ("The factory reopened on {wd} (July 1, 2019).", "{wd} (July 1, 2019)", date(2019, 7, 1)),
]


def _ct401(template, surface, when, weekday):
    text, surface = template.format(wd=weekday), surface.format(wd=weekday)
    return text, run("CT401", text, [day(text, surface, when, weekday=weekday)])


@pytest.mark.parametrize("case", CT401_CASES, ids=lambda c: c[0][:25])
def test_ct401_flags_a_wrong_weekday(case):
    right = WEEKDAYS[case[2].weekday()]
    wrong = WEEKDAYS[(case[2].weekday() + 1) % 7]
    text, flags = _ct401(*case, wrong)
    assert [f.code for f in flags] == ["CT401"]
    assert text[flags[0].start : flags[0].end] == wrong
    assert flags[0].suggestion == right
    assert f"is a {right}" in flags[0].message


@pytest.mark.parametrize("case", CT401_CASES, ids=lambda c: c[0][:25])
def test_ct401_passes_the_right_weekday(case):
    assert _ct401(*case, WEEKDAYS[case[2].weekday()])[1] == []


def test_ct401_abbreviated_weekday():
    text = "Markets reopen Tues., Sept. 9, 2025."
    flags = run("CT401", text, [day(text, "Tues., Sept. 9, 2025", date(2025, 9, 9), weekday="Tues.")])
    assert flags == []
    text = "Markets reopen Wed., Sept. 9, 2025."
    assert [
        f.code for f in run("CT401", text, [day(text, "Wed., Sept. 9, 2025", date(2025, 9, 9), weekday="Wed.")])
    ] == ["CT401"]


def test_ct401_skips_a_date_without_a_written_year():
    text = "The vote is on Monday, March 3."
    assert run("CT401", text, [day(text, "Monday, March 3", date(2026, 3, 3), weekday="Monday")]) == []
    far = run(
        "CT401", text, [day(text, "Monday, March 3", date(2026, 3, 3), weekday="Monday")], published=date(2025, 6, 1)
    )
    assert far == []


def test_ct401_trusts_a_year_read_off_a_nearby_publication_date():
    text = "The vote is on Monday, March 3."
    claims = [day(text, "Monday, March 3", date(2026, 3, 3), weekday="Monday")]
    assert [f.code for f in run("CT401", text, claims, published=date(2026, 2, 20))] == ["CT401"]
    text = "The vote is on Tuesday, March 3."
    claims = [day(text, "Tuesday, March 3", date(2026, 3, 3), weekday="Tuesday")]
    assert run("CT401", text, claims, published=date(2026, 2, 20)) == []


# (text, duration surface, ISO duration, first date surface, first date, second surface, second date)
CT402_FLAGGED = [
    (
        "The 90-day pause runs from April 9, 2025 until June 8, 2025.",
        "90-day",
        "P90D",
        "April 9, 2025",
        date(2025, 4, 9),
        "June 8, 2025",
        date(2025, 6, 8),
    ),
    (
        "A 30-day window opens on May 1, 2026 and closes on June 15, 2026.",
        "30-day",
        "P30D",
        "May 1, 2026",
        date(2026, 5, 1),
        "June 15, 2026",
        date(2026, 6, 15),
    ),
    (
        "The six-month trial lasts from January 10, 2025 to September 10, 2025.",
        "six-month",
        "P6M",
        "January 10, 2025",
        date(2025, 1, 10),
        "September 10, 2025",
        date(2025, 9, 10),
    ),
    (
        "The two-week strike ran from March 3, 2025 through March 24, 2025.",
        "two-week",
        "P2W",
        "March 3, 2025",
        date(2025, 3, 3),
        "March 24, 2025",
        date(2025, 3, 24),
    ),
    (
        "The 45-day review began on August 1, 2025 and ends on October 30, 2025.",
        "45-day",
        "P45D",
        "August 1, 2025",
        date(2025, 8, 1),
        "October 30, 2025",
        date(2025, 10, 30),
    ),
]
CT402_CLEAN = [
    (
        "The 90-day pause runs from April 9, 2025 until July 8, 2025.",
        "90-day",
        "P90D",
        "April 9, 2025",
        date(2025, 4, 9),
        "July 8, 2025",
        date(2025, 7, 8),
    ),
    (
        "A 30-day window opens on May 1, 2026 and closes on May 31, 2026.",
        "30-day",
        "P30D",
        "May 1, 2026",
        date(2026, 5, 1),
        "May 31, 2026",
        date(2026, 5, 31),
    ),
    (
        "The six-month trial lasts from January 10, 2025 to July 10, 2025.",
        "six-month",
        "P6M",
        "January 10, 2025",
        date(2025, 1, 10),
        "July 10, 2025",
        date(2025, 7, 10),
    ),
    (
        "The two-week strike ran from March 3, 2025 through March 17, 2025.",
        "two-week",
        "P2W",
        "March 3, 2025",
        date(2025, 3, 3),
        "March 17, 2025",
        date(2025, 3, 17),
    ),
    (
        "The 45-day review began on August 1, 2025 and ends on September 15, 2025.",
        "45-day",
        "P45D",
        "August 1, 2025",
        date(2025, 8, 1),
        "September 15, 2025",
        date(2025, 9, 15),
    ),
    (
        "The 90-day pause runs from April 9, 2025 until July 9, 2025.",
        "90-day",
        "P90D",
        "April 9, 2025",
        date(2025, 4, 9),
        "July 9, 2025",
        date(2025, 7, 9),
    ),
]


def _ct402(text, span_text, iso, first_text, first, second_text, second):
    claims = [duration(text, span_text, iso), day(text, first_text, first), day(text, second_text, second)]
    return run("CT402", text, claims)


@pytest.mark.parametrize("case", CT402_FLAGGED, ids=lambda c: c[0][:30])
def test_ct402_flags_the_duration(case):
    flags = _ct402(*case)
    assert [f.code for f in flags] == ["CT402"]
    assert case[0][flags[0].start : flags[0].end] == case[1]
    assert f"is {(case[6] - case[4]).days} days" in flags[0].message


@pytest.mark.parametrize("case", CT402_CLEAN, ids=lambda c: c[0][:30])
def test_ct402_passes(case):
    assert _ct402(*case) == []


PUBLISHED = date(2025, 6, 9)
# (text, date surface, date, role)
CT403_FLAGGED = [
    ("The tariffs will take effect on May 1, 2025.", "May 1, 2025", date(2025, 5, 1), "point"),
    ("Bids are due by March 31, 2025.", "March 31, 2025", date(2025, 3, 31), "deadline"),
    ("The talks are scheduled for June 2, 2025 in Geneva.", "June 2, 2025", date(2025, 6, 2), "point"),
    ("The company is expected to report results on April 30, 2025.", "April 30, 2025", date(2025, 4, 30), "point"),
    ("Applicants must file before January 15, 2025.", "January 15, 2025", date(2025, 1, 15), "deadline"),
    ("The bridge should reopen on May 20, 2025.", "May 20, 2025", date(2025, 5, 20), "point"),
    ("The new line is to be opened on April 4, 2025.", "April 4, 2025", date(2025, 4, 4), "point"),
]


def _ct403(text, surface, when, role, published=PUBLISHED):
    return run("CT403", text, [day(text, surface, when, role=role)], published=published)


@pytest.mark.parametrize("case", CT403_FLAGGED, ids=lambda c: c[0][:30])
def test_ct403_flags_a_past_future(case):
    flags = _ct403(*case)
    assert [f.code for f in flags] == ["CT403"]
    assert "2025-06-09" in flags[0].message


@pytest.mark.parametrize("case", CT403_FLAGGED, ids=lambda c: c[0][:30])
def test_ct403_passes_a_date_after_publication(case):
    text, surface, when, role = case
    later = when.replace(year=2026)
    moved = text.replace("2025", "2026")
    assert _ct403(moved, surface.replace("2025", "2026"), later, role) == []


@pytest.mark.parametrize("case", CT403_FLAGGED, ids=lambda c: c[0][:30])
def test_ct403_needs_a_publication_date(case):
    assert _ct403(*case, published=None) == []


@pytest.mark.parametrize(
    "text",
    [
        "The bridge should have reopened on May 20, 2025.",
        "The new line was to be opened on April 4, 2025.",
        "The bridge would have been reopened on May 20, 2025.",
    ],
)
def test_ct403_a_missed_plan_in_the_past_passes(text):
    surface = "May 20, 2025" if "May" in text else "April 4, 2025"
    when = date(2025, 5, 20) if "May" in text else date(2025, 4, 4)
    assert _ct403(text, surface, when, "point") == []


def test_ct403_a_cue_earlier_in_the_sentence_governs_the_date():
    text = "Analysts say fares should fall and ridership at the rebuilt northern terminal grow by May 20, 2025."
    assert [f.code for f in _ct403(text, "May 20, 2025", date(2025, 5, 20), "point")] == ["CT403"]
    moved = "Analysts say fares will fall after the terminal that reopened on May 20, 2025 was sold off."
    assert _ct403(moved, "May 20, 2025", date(2025, 5, 20), "point") == []


def test_ct403_past_tense_event_passes():
    text = "The tariffs took effect on May 1, 2025."
    assert _ct403(text, "May 1, 2025", date(2025, 5, 1), "point") == []


def test_ct403_on_the_publication_day_passes():
    text = "The talks will open on June 9, 2025."
    assert _ct403(text, "June 9, 2025", PUBLISHED, "point") == []
    assert _ct403(text.replace("9", "8"), "June 8, 2025", PUBLISHED - timedelta(days=1), "point") != []


CT404_FLAGGED = [
    ("The offer closes on June 31.", "June 31"),
    ("Payments resume on 30 February 2026.", "30 February 2026"),
    ("The law took effect on February 29, 2023.", "February 29, 2023"),
    ("Filing ends Sept. 31, 2025.", "Sept. 31, 2025"),
    ("The meeting on April 31 was cancelled.", "April 31"),
]
CT404_CLEAN = [
    "The offer closes on June 30.",
    "Payments resume on 28 February 2026.",
    "The law took effect on February 29, 2024.",
    "Filing ends Sept. 30, 2025.",
    "The meeting on April 30 was cancelled.",
    "Prices may 31 times out of 40 rise.",
]


@pytest.mark.parametrize(("text", "surface"), CT404_FLAGGED)
def test_ct404_flags(text, surface):
    flags = run("CT404", text, [])
    assert [f.code for f in flags] == ["CT404"]
    assert text[flags[0].start : flags[0].end] == surface


@pytest.mark.parametrize("text", CT404_CLEAN)
def test_ct404_passes(text):
    assert run("CT404", text, []) == []


def test_ct404_reads_the_headline_too():
    flags = run("CT404", "Body text.", [], headline="Deal due June 31")
    assert [(f.code, f.field) for f in flags] == [("CT404", "title")]


def _interval(text, span_text, iso, surface, first, last):
    from claimtrack.model import DateClaim

    base = day(text, surface, first)
    both = DateClaim(
        **{**base.model_dump(exclude={"kind"}), "value": f"{first}/{last}", "end_date": last, "role": "period"}
    )
    return run("CT402", text, [duration(text, span_text, iso), both])


@pytest.mark.parametrize("case", CT402_FLAGGED, ids=lambda c: c[0][:30])
def test_ct402_reads_one_interval_claim(case):
    text, span_text, iso, first_text, first, second_text, second = case
    surface = text[text.index(first_text) : text.index(second_text) + len(second_text)]
    flags = _interval(text, span_text, iso, surface, first, second)
    assert [f.code for f in flags] == ["CT402"]


@pytest.mark.parametrize("case", CT402_CLEAN, ids=lambda c: c[0][:30])
def test_ct402_interval_claim_passes(case):
    text, span_text, iso, first_text, first, second_text, second = case
    surface = text[text.index(first_text) : text.index(second_text) + len(second_text)]
    assert _interval(text, span_text, iso, surface, first, second) == []


# A weekday on a date without a written year: the resolver may pick a year that fits the
# weekday; a reader takes the year nearest the publication date. (text, surface, resolved,
# published, flagged)
@pytest.mark.parametrize(
    ("text", "surface", "resolved", "published", "flagged"),
    [
        ("Trading resumes on Friday, March 4.", "Friday, March 4", date(1988, 3, 4), date(1987, 3, 3), True),
        ("Trading resumes on Wednesday, March 4.", "Wednesday, March 4", date(1987, 3, 4), date(1987, 3, 3), False),
        ("Talks ended on Thursday, December 30.", "Thursday, December 30", date(2021, 12, 30), date(2025, 1, 5), True),
        ("Talks ended on Monday, December 30.", "Monday, December 30", date(2024, 12, 30), date(2025, 1, 5), False),
        ("Trading resumes on Friday, March 4.", "Friday, March 4", date(1988, 3, 4), date(1987, 9, 1), False),
    ],
)
def test_ct401_reads_a_year_less_date_in_the_year_nearest_publication(text, surface, resolved, published, flagged):
    weekday = surface.split(",")[0]
    flags = run("CT401", text, [day(text, surface, resolved, weekday=weekday)], published=published)
    assert [f.code for f in flags] == (["CT401"] if flagged else [])
    if flagged:
        assert text[flags[0].start : flags[0].end] == weekday
