"""What ``claimtrack.check`` must find in the seed documents (issues 5 and 6).

The raw seed page holds a main article and then other stories; the main article's scale
slip ("$18.7 billion" for one month of China's rare-earth exports) must be caught with the
fix, along with the value/weight pair and the "former President" title conflict, while the
figures of unrelated stories on the page never conflict with each other.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimtrack
from claimtrack.model import Report
from claimtrack.rules.stories import StoryIndex, stories

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
PAGE = SEEDS / "000_1d45ec23aa402ac4.txt"
ARTICLE = SEEDS / "us-china-trade-talks.md"


@pytest.fixture(scope="module")
def page() -> tuple[str, Report]:
    text = PAGE.read_text(encoding="utf-8")
    return text, claimtrack.check(text, published="2025-06-09")


def _at(text: str, report: Report, code: str) -> list[str]:
    return [text[flag.start : flag.end] for flag in report.flags if flag.code == code]


def test_page_flags_the_scale_slip_with_the_fix(page):
    text, report = page
    (flag,) = [flag for flag in report.flags if flag.code == "CT201"]
    assert text[flag.start : flag.end] == "$18.7 billion"
    assert flag.suggestion == "$18.7 million"
    assert _at(text, report, "CT202") == _at(text, report, "CT203") == []  # "two million Palestinians" passes
    assert "rare earth exports" in flag.message
    assert "did you mean $18.7 million?" in flag.message


def test_article_flags_the_scale_slip_with_the_fix():
    document = claimtrack.load_document(ARTICLE)
    report = claimtrack.check(document)
    flagged = [(document.text[f.start : f.end], f.suggestion) for f in report.flags if f.code == "CT201"]
    assert flagged == [("$18.7 billion", "$18.7 million")]


def test_page_flags_the_value_and_weight_pair(page):
    text, report = page
    (flag,) = [flag for flag in report.flags if flag.code == "CT104"]
    assert text[flag.start : flag.end] == "48.3%"
    assert [text[r.start : r.end] for r in flag.related] == ["5.7%"]
    assert text[flag.end : flag.end + 9] == " in value"


def test_page_flags_former_president_trump(page):
    text, report = page
    (flag,) = [flag for flag in report.flags if flag.code == "CT501"]
    assert text[flag.start : flag.end + len(" Trump")] == "President Trump"
    assert text[flag.start - len("former ") : flag.start] == "former "


def test_page_has_no_figure_conflict_between_unrelated_stories(page):
    text, report = page
    index = StoryIndex(stories(text))
    assert len(index.spans) > 1
    for flag in report.flags:
        if flag.code not in ("CT301", "CT302", "CT303") or flag.field != "text":
            continue
        for related in flag.related:
            if related.field == "text":
                assert index.of(related.start) == index.of(flag.start), flag.message
    assert _at(text, report, "CT301") == _at(text, report, "CT303") == []
