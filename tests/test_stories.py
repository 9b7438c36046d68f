from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.model import Document
from claimtrack.rules.engine import story_groups
from claimtrack.rules.stories import stories
from rule_kit import money, run

LISTING = """Harbour Expansion Wins Council Vote

The council approved the harbour expansion on Tuesday after a long debate. Work starts in spring.

Bakery Chain Opens Tenth Store
Bakery Chain Opens Tenth Store

The bakery chain opened its tenth store, hiring 40 staff. It plans two more next year.

River Clean-Up Draws Volunteers
River Clean-Up Draws Volunteers

Hundreds of volunteers cleared rubbish from the river banks on Saturday.
"""


def _heads(text: str) -> list[str]:
    return [text[start:end].strip().split("\n")[0] for start, end in stories(text)]


def test_repeated_headlines_start_stories():
    assert _heads(LISTING) == [
        "Harbour Expansion Wins Council Vote",
        "Bakery Chain Opens Tenth Store",
        "River Clean-Up Draws Volunteers",
    ]


def test_spans_cover_the_whole_text_in_order():
    spans = stories(LISTING)
    assert spans[0][0] == 0
    assert spans[-1][1] == len(LISTING)
    assert all(a[1] == b[0] for a, b in pairwise(spans))


def test_plain_article_is_one_story():
    text = "The mill reopened on Monday.\n\nWorkers returned after a month.\n\nThe owner was pleased."
    assert stories(text) == [(0, len(text))]


def test_a_headline_repeated_far_apart_is_not_a_boundary():
    text = "Mill Reopens After Strike\n\nThe mill reopened.\n\nMill Reopens After Strike\n\nMore text."
    assert len(stories(text)) == 1


def test_repeated_sentence_lines_are_not_headlines():
    text = "Intro.\n\nThe vote passed.\nThe vote passed.\n\nMore text follows here."
    assert len(stories(text)) == 1


def test_single_word_repeated_line_is_not_a_headline():
    text = "Intro text here\n\nUpdate\nUpdate\n\nMore text follows here."
    assert len(stories(text)) == 1


def test_markdown_level_one_headings_split():
    text = "# Port Traffic Grows\n\nShips rose.\n\n## Details\n\nMore.\n\n# Airline Adds Routes\n\nFlights rose."
    assert _heads(text) == ["# Port Traffic Grows", "# Airline Adds Routes"]


def test_single_markdown_heading_does_not_split():
    text = "# Port Traffic Grows\n\nShips rose.\n\n## Details\n\nMore ships."
    assert len(stories(text)) == 1


def test_empty_text():
    assert stories("") == [(0, 0)]


def test_title_claims_join_the_first_story():
    headline = "Bakery sales hit $3 million"
    document = Document(text=LISTING, title=headline)
    head = money(headline, "$3 million", "3000000", field="title")
    groups = story_groups(document, [head])
    assert groups[0] == [head]


def test_figures_of_different_stories_never_conflict():
    text = LISTING.replace("hiring 40 staff", "with sales of $2.5 million").replace(
        "from the river banks", "worth $4.1 million from the river banks"
    )
    first = money(text, "$2.5 million", "2500000", subject="sales")
    second = money(text, "$4.1 million", "4100000", subject="sales")
    assert run("CT301", text, [first, second]) == []
    same_story = text.replace("It plans two more next year.", "Sales were $4.1 million, it said.")
    third = money(same_story, "$4.1 million", "4100000", subject="sales")
    assert [
        f.code for f in run("CT301", same_story, [money(same_story, "$2.5 million", "2500000", subject="sales"), third])
    ] == ["CT301"]


PIECES = st.sampled_from(["Headline Here Today", "\n", "\n\n", "# Title", "Body text.", "June 31", " ", "x"])


@settings(max_examples=200, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join) | st.text(max_size=300))
def test_stories_always_cover_the_text(text):
    spans = stories(text)
    assert spans[0][0] == 0
    assert spans[-1][1] == len(text)
    assert all(a[1] == b[0] and a[0] <= a[1] for a, b in pairwise(spans))


@settings(max_examples=100, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join) | st.text(max_size=300))
def test_text_scanning_rules_never_raise(text):
    flags = run("CT4", text, [], headline=text[:40])
    assert all(0 <= f.start <= f.end for f in flags)


def test_stories_are_linear_on_a_long_page():
    import time

    page = ("Some Headline Words\nSome Headline Words\n\nA paragraph of text.\n\n" * 2000)[:200_000]
    start = time.perf_counter()
    assert len(stories(page)) > 1000
    assert time.perf_counter() - start < 2.0
