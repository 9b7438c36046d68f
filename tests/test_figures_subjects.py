"""The subject of a figure: what it measures, or None when the words do not say it cleanly.

Each row: a sentence, the surface of a figure in it, and the subject expected (None: no
subject). Rows come in groups: a pattern, then minimal-edit look-alikes where the subject
must be None or another phrase.
"""

from __future__ import annotations

import pytest

import claimtrack
from claimtrack.extractors.figures.subject import subject_before, subject_of_figure

OF_PHRASE = [
    # "<noun phrase> of <figure>": the noun phrase
    ("The council ran a deficit of $3 billion last year.", "$3 billion", "deficit"),
    ("Carmakers reported sales of 4.2 million units in Europe.", "4.2 million units", "sales"),
    ("The plan implies a PSBR of 1.5 pct of GDP.", "1.5 pct", "PSBR"),  # the base after "of" is no subject
    ("The firm's revenue of $3 million beat forecasts.", "$3 million", "firm's revenue"),
    ("The region suffered damage of about $2 billion.", "$2 billion", "damage"),
    ("Debts of more than 6bn euros weigh on the group.", "6bn euros", "Debts"),
    ("The company was weighed down by debts of $230m.", "$230m", "debts"),
    ("Builders sold a record 41,000 homes, with sales of $9 billion.", "$9 billion", "sales"),
    # look-alikes: words that name no subject, the figure inside another noun, the base of a comparison
    ("Police arrested a total of 200 protesters.", "200 protesters", None),
    ("Exports grew at an annual rate of 3%.", "3%", None),
    ("The council ran a surplus of $5 billion, compared with a deficit of $2 billion.", "$2 billion", None),
    ("The council ran a surplus of $5 billion, compared with a deficit of $2 billion.", "$5 billion", "surplus"),
    ("Unadjusted figures show a deficit of $47 million.", "$47 million", None),
    ("Under the terms of the $50 million deal, staff keep their jobs.", "$50 million", None),
    ("Profits rose after the receipt of a $9 million dividend.", "$9 million", None),
    ("Nearly 40% of rare earth exports went abroad.", "40%", "rare earth exports"),  # no phrase before: the whole
]

LINKING_VERB = [
    # "<noun phrase> was/stood at/totalled/reached <figure>": the noun phrase
    ("The jobless rate stood at 6.1 pct in May.", "6.1 pct", "jobless rate"),
    ("The average ticket price was just $12.", "$12", "average ticket price"),
    ("Imports in the second quarter totalled $8.4 billion.", "$8.4 billion", "Imports"),
    ("Costs in January were $5 million.", "$5 million", "Costs"),
    ("In 2004 sales were $5 million.", "$5 million", "sales"),
    ("Sales are projected to reach $9 billion.", "$9 billion", "Sales"),
    ("The expected deficit was $5 billion.", "$5 billion", "expected deficit"),
    ("Unemployment is at 8.2 pct of the workforce.", "8.2 pct", "Unemployment"),
    # look-alikes: other verbs, no noun phrase, a clause break
    ("The stake was sold at $5 a share.", "$5 a share", None),
    ("The dollar was buying 104 yen.", "104 yen", None),
    ("There were 40 complaints last week.", "40 complaints", None),
    ("Inflation, which was as high as 70%, fell.", "70%", None),
    ("Workers who were paid $12 an hour left.", "$12 an hour", None),
]

CHANGE_VERB = [
    # the phrase before a change word, with its modifiers
    ("Duties on cheese were cut to 12 pct.", "12 pct", "Duties on cheese"),
    ("Earnings at the investment bank rose 25%.", "25%", "Earnings at the investment bank"),
    ("Loans to farmers rose 8%.", "8%", "Loans to farmers"),
    ("Taiwan's surplus with the U.S. rose to $13 billion.", "$13 billion", "Taiwan's surplus with the U.S."),
    ("The index for apparel and footwear rose 0.7 pct.", "0.7 pct", "index for apparel and footwear"),
    ("Britain's gold and currency reserves rose $2 billion.", "$2 billion", "Britain's gold and currency reserves"),
    ("The money supply rose 3%.", "3%", "money supply"),
    ("May housing starts fell 2%.", "2%", "May housing starts"),
    # the time goes, the thing stays
    ("Imports in the fourth quarter totalled $26 billion, down 1.4 pct.", "1.4 pct", "Imports"),
    ("Profits for the year to 31 December rose 20%.", "20%", "Profits"),
    ("M-1 last month grew 3%.", "3%", "M-1"),
    # verbs before the change: the subject of the clause, or the object of "saw"
    ("Wine exports were valued at $40 million, up from $35 million.", "$35 million", "Wine exports"),
    ("The levy will remain unchanged at 35 pct.", "35 pct", "levy"),
    ("The dollar was fixed lower at 1.80 marks.", "lower at 1.80 marks", "dollar"),
    ("The carmaker saw quarterly profits fall to $785 million.", "$785 million", "quarterly profits"),
    ("Reserves showed an underlying rise of $1.8 billion.", "$1.8 billion", "Reserves"),
    ("The economy is forecast to grow by 4% next year.", "4%", "economy"),
    ("The budget deficit is expected to fall to 2.9% of GDP.", "2.9%", "budget deficit"),
    ("Jewellers felt little cheer with December sales down 0.7%.", "0.7%", "December sales"),
    ("The bank forecast 2.5 pct export growth this year.", "2.5 pct", "export growth"),
    # look-alikes: no clean phrase, a verb or a list before, a contrast between two changes
    ("This yielded an annualized 8.8 pct rise.", "8.8 pct", None),
    ("Analysts expect growth of 3% next year.", "3%", None),
    ("Sales at shops, bars and cafes rose 2%.", "2%", None),
    ("Permits were issued for future construction fell 5%.", "5%", None),
    ("Exports grew 5% while imports - in dollar terms - rose 10%.", "10%", None),
    ("Last year's 6.2 pct increase was a record.", "6.2 pct", None),
    ("The government's three to five pct growth target was met.", "three to five pct", None),
    ("Profits were high and sales rose 4%.", "4%", "sales"),
    ("The economy grew 4 pct, its surplus swelled to $1 billion and inflation fell to 10 pct.", "10 pct", "inflation"),
]


def _subject(text: str, surface: str) -> str | None:
    claims = [c for c in claimtrack.extract(text).claims if c.text == surface]
    assert claims, f"no claim {surface!r} in {text!r}"
    return claims[0].subject


@pytest.mark.parametrize(("text", "surface", "subject"), OF_PHRASE, ids=lambda v: str(v)[:40])
def test_subject_of_the_phrase_before_of(text: str, surface: str, subject: str | None) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), LINKING_VERB, ids=lambda v: str(v)[:40])
def test_subject_before_a_linking_verb(text: str, surface: str, subject: str | None) -> None:
    assert _subject(text, surface) == subject


@pytest.mark.parametrize(("text", "surface", "subject"), CHANGE_VERB, ids=lambda v: str(v)[:40])
def test_subject_before_a_change(text: str, surface: str, subject: str | None) -> None:
    assert _subject(text, surface) == subject


def test_a_change_gives_its_subject_over_the_base_after_of() -> None:
    text = "The deficit fell to 2.9% of GDP."
    assert _subject(text, "2.9%") == "deficit"
    assert _subject("Nearly 2.9% of GDP went on defence.", "2.9%") == "GDP"


def test_no_subject_crosses_a_sentence() -> None:
    text = "Exports were strong. Rose to $13 billion, the figures showed."
    assert _subject(text, "$13 billion") is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "of $5",
        "was 5%",
        "the the the of " * 200 + "$5",
        "and " * 500 + "rose 5%",
        "A, B, C and D were $5 and E of F of G of H of I of J of K of L of M was 3%.",
    ],
)
def test_hostile_or_bare_text_never_raises(text: str) -> None:
    claimtrack.extract(text)
    for pos in range(0, len(text), max(1, len(text) // 20)):
        subject_before(text, pos, 0)
        subject_of_figure(text, pos, 0)


def test_subject_reading_is_linear() -> None:
    import time

    words = "the sales of the group in the region of the state and " * 2000
    text = words + "was $5."
    start = time.perf_counter()
    for _ in range(50):
        subject_of_figure(text, len(text) - 3, 0)
        subject_before(text, len(text) - 6, 0)
    assert time.perf_counter() - start < 1.0
