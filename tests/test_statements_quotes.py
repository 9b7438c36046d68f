"""Direct quotes: marks, paragraphs, interruptions, unbalanced marks, quotes with no speaker."""

from __future__ import annotations

import pytest

from claimtrack.extractors.statements.quotes import find_quotes
from statement_kit import stmts


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        pytest.param(
            '"The harbour will reopen in May," Dana Okafor said.',
            "The harbour will reopen in May",
            "Dana Okafor",
            id="straight-after",
        ),
        pytest.param(
            "“The harbour will reopen in May,” Dana Okafor said.",
            "The harbour will reopen in May",
            "Dana Okafor",
            id="curly-after",
        ),
        pytest.param(
            "“The harbour will reopen in May,” said Dana Okafor.",
            "The harbour will reopen in May",
            "Dana Okafor",
            id="inverted",
        ),
        pytest.param(
            "Dana Okafor said: “The harbour will reopen in May.”",
            "The harbour will reopen in May.",
            "Dana Okafor",
            id="before-colon",
        ),
        pytest.param(
            "Said Okafor: “The harbour will reopen in May.”",
            "The harbour will reopen in May.",
            "Okafor",
            id="said-x-colon",
        ),
        pytest.param(
            "“We are not done,” the port authority said.", "We are not done", "port authority", id="organisation-after"
        ),
        pytest.param(
            "“We are not done yet with the port.” ― Dana Okafor",
            "We are not done yet with the port.",
            "Dana Okafor",
            id="dash-signature",
        ),
    ],
)
def test_direct_quote_with_speaker(text: str, content: str, speaker: str) -> None:
    [claim] = stmts(text)
    assert claim.direct
    assert claim.content == content
    assert claim.speaker is not None
    assert speaker in claim.speaker
    assert text[claim.content_start : claim.content_end] == content
    assert text[claim.start : claim.end] == claim.text


def test_content_excludes_quote_marks_and_claim_covers_all() -> None:
    text = "“Prices will fall,” Okafor said."
    [claim] = stmts(text)
    assert claim.content == "Prices will fall"
    assert claim.start == 0
    assert claim.end == text.index("said") + 4
    assert claim.cue == "said"
    assert text[claim.cue_start : claim.cue_end] == "said"


def test_quote_interrupted_by_attribution_has_two_spans() -> None:
    text = "“The first ships,” she said, “will arrive on Friday.”"
    [claim] = stmts(text)
    assert [text[s:e] for s, e in claim.content_spans] == ["The first ships", "will arrive on Friday."]
    assert claim.content == "The first ships will arrive on Friday."


def test_quote_continued_in_next_sentence() -> None:
    text = "“The first ships are late,” Okafor said. “The second ones are early.”"
    [claim] = stmts(text)
    assert len(claim.content_spans) == 2
    assert text[claim.content_spans[1][0] : claim.content_spans[1][1]] == "The second ones are early."


def test_next_quote_with_its_own_speaker_is_separate() -> None:
    text = "“The first ships are late,” Okafor said. “The second ones are early,” Brandt said."
    claims = stmts(text)
    assert [c.speaker for c in claims] == ["Okafor", "Brandt"]
    assert all(not c.content_spans for c in claims)


def test_multi_paragraph_quote() -> None:
    text = (
        "The mayor spoke at length:\n\n"
        "“We rebuilt the bridge in two years.\n\n"
        "“Nobody thought we could do it,” she said."
    )
    quotes = find_quotes(text)
    assert len(quotes) == 1
    assert [text[s:e] for s, e in quotes[0].spans] == [
        "We rebuilt the bridge in two years.",
        "Nobody thought we could do it",
    ]


def test_paragraph_without_opening_mark_does_not_continue() -> None:
    text = "“We rebuilt the bridge in two years.\n\nNobody else spoke. “Fine,” she said."
    quotes = find_quotes(text)
    assert [text[s:e] for s, e in quotes[0].spans] == ["We rebuilt the bridge in two years."]
    assert not quotes[0].closed


def test_quote_with_no_speaker_is_a_statement_without_speaker() -> None:
    text = "The crowd grew quiet.\n\n“Nobody here will forget this winter of shortages.”\n\nThen the lights went out."
    [claim] = stmts(text)
    assert claim.direct
    assert claim.speaker is None
    assert claim.cue is None
    assert claim.content.startswith("Nobody here")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The minister called the plan “a bold step” in the morning.", id="scare-quote"),
        pytest.param("The film “Blue River Nights” opened in March.", id="title-in-quotes"),
        pytest.param("The so-called “grand bargain of the decade” was mocked by everyone.", id="quoted-phrase"),
    ],
)
def test_short_or_embedded_quotes_are_not_direct_statements(text: str) -> None:
    assert not [c for c in stmts(text) if c.direct]


@pytest.mark.parametrize(
    "text",
    [
        '"Unclosed quote runs on and on',
        "Stray closer” here and “another opener",
        "”””“““",
        '""',
        "“\n\n“\n\n”",
        "''Hello,'' he said, ''",
        '"',
    ],
)
def test_unbalanced_quote_marks_never_crash(text: str) -> None:
    for claim in stmts(text):
        assert text[claim.start : claim.end] == claim.text
