"""Indirect speech and reports: "X said ...", "..., X said", "according to X", cues."""

from __future__ import annotations

import pytest

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.statements import find_statements
from claimtrack.settings import DEFAULT_SETTINGS
from statement_kit import stmts


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        pytest.param("Okafor said ferry fares would rise.", "ferry fares would rise", "said", id="said"),
        pytest.param(
            "Okafor said on Monday that ferry fares would rise.",
            "ferry fares would rise",
            "said",
            id="said-on-day-that",
        ),
        pytest.param(
            "Okafor told reporters that ferry fares would rise.",
            "ferry fares would rise",
            "told reporters",
            id="told-reporters",
        ),
        pytest.param(
            "Okafor told the Harbour Gazette that ferry fares would rise.",
            "ferry fares would rise",
            "told",
            id="told-outlet",
        ),
        pytest.param(
            "Okafor said in a statement that ferry fares would rise.",
            "ferry fares would rise",
            "said",
            id="in-a-statement",
        ),
        pytest.param("Okafor warned ferry fares would rise.", "ferry fares would rise", "warned", id="warned"),
        pytest.param(
            "Okafor has repeatedly insisted that ferry fares would rise.",
            "ferry fares would rise",
            "insisted",
            id="aux-adverb",
        ),
        pytest.param(
            "Okafor expressed confidence that ferry fares would fall.",
            "ferry fares would fall",
            "expressed confidence that",
            id="expressed-confidence",
        ),
        pytest.param(
            "Okafor described the fare rise as unavoidable.",
            "the fare rise as unavoidable",
            "described",
            id="described-as",
        ),
        pytest.param("Okafor tweeted that ferry fares would rise.", "ferry fares would rise", "tweeted", id="tweeted"),
        pytest.param(
            "Ferry fares will rise next year, Okafor said.",
            "Ferry fares will rise next year",
            "said",
            id="content-first",
        ),
        pytest.param(
            "Ferry fares will rise next year, said Okafor.",
            "Ferry fares will rise next year",
            "said",
            id="content-first-inverted",
        ),
        pytest.param(
            "According to Okafor, ferry fares will rise.", "ferry fares will rise", "According to", id="according-to"
        ),
        pytest.param(
            "Ferry fares will rise, according to Okafor.",
            "Ferry fares will rise",
            "according to",
            id="according-to-after",
        ),
        pytest.param(
            "The harbour survey shows ferry use fell by a third.",
            "ferry use fell by a third",
            "shows",
            id="report-shows",
        ),
    ],
)
def test_indirect_forms(text: str, content: str, cue: str) -> None:
    [claim] = stmts(text)
    assert not claim.direct
    assert claim.content == content
    assert claim.cue == cue
    assert text[claim.content_start : claim.content_end] == content
    assert text[claim.cue_start : claim.cue_end] == cue
    assert claim.start <= claim.cue_start
    assert claim.content_end <= claim.end
    assert claim.text == text[claim.start : claim.end]


def test_statement_in_headline_field() -> None:
    text = "Okafor says ferry fares will rise"
    claims = find_statements(FieldContext.build(text, "title", None, DEFAULT_SETTINGS))
    assert len(claims) == 1
    assert claims[0].field == "title"
    assert claims[0].id.startswith("statement-t")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Okafor said so.", id="too-short"),
        pytest.param("The fares were said to be rising.", id="said-to-be"),
        pytest.param("Ferry fares will rise next year, the paper.", id="no-cue"),
        pytest.param("It is hard to say anything about the fares.", id="infinitive"),
        pytest.param("The rules of the state show were discussed.", id="noun-show"),
        pytest.param("Ferry fares will rise next year and Okafor.", id="no-cue-name"),
    ],
)
def test_look_alikes_without_statement(text: str) -> None:
    assert stmts(text) == []


def test_cue_inside_a_quote_is_not_an_indirect_statement() -> None:
    text = "“Nobody said the harbour would close,” Okafor said."
    claims = stmts(text)
    assert len(claims) == 1
    assert claims[0].direct


def test_figure_links_to_statement() -> None:
    import claimtrack

    claims = claimtrack.extract("Okafor said ferry fares would rise 12% next year.")
    [statement] = claims.by_kind("statement")
    assert statement.content_start is not None
    inside = [c for c in claims if c.kind != "statement" and c.start >= statement.content_start]
    assert inside
    assert all(c.statement == statement.id for c in inside)


@pytest.mark.parametrize(
    ("text", "spans", "speaker"),
    [
        pytest.param(
            "Ferry fares, Okafor said, will rise next year.",
            ["Ferry fares", "will rise next year"],
            "Okafor",
            id="parenthetical",
        ),
        pytest.param(
            "The harbour board cut the budget, saying that ferry use had fallen.",
            ["ferry use had fallen"],
            "harbour board",
            id="participle-subject",
        ),
        pytest.param(
            "Okafor visited the docks and said ferry fares would rise.",
            ["ferry fares would rise"],
            "Okafor",
            id="coordinated-verb",
        ),
        pytest.param(
            "A review of ferry timetables published on Monday shows that half the crossings ran late.",
            ["half the crossings ran late"],
            "A review of ferry timetables published on Monday",
            id="long-report-subject",
        ),
        pytest.param(
            "Okafor, 52, who ran the port for a decade, said ferry fares would rise.",
            ["ferry fares would rise"],
            "Okafor",
            id="age-and-relative-clause",
        ),
        pytest.param(
            "OKAFOR: Fares will rise because fuel costs more.",
            ["Fares will rise because fuel costs more."],
            "OKAFOR",
            id="transcript-label",
        ),
    ],
)
def test_more_indirect_forms(text: str, spans: list[str], speaker: str) -> None:
    [claim] = stmts(text)
    pieces = claim.content_spans or ((claim.content_start, claim.content_end),)
    assert [text[s:e] for s, e in pieces] == spans
    assert claim.speaker_start is not None
    assert speaker in text[claim.speaker_start : claim.speaker_end]


def test_that_as_subject_is_kept() -> None:
    [claim] = stmts("Okafor said that would raise ferry fares.")
    assert claim.content == "that would raise ferry fares"


def test_content_stops_at_participle_clause() -> None:
    text = "Okafor said ferry fares would rise, adding that fuel costs had doubled."
    by_cue = {c.cue: c.content for c in stmts(text)}
    assert by_cue == {"said": "ferry fares would rise", "adding": "fuel costs had doubled"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Few questions remained about the ferry.", id="noun-questions"),
        pytest.param("A few questions, including one on fares, were asked.", id="noun-after-determiner"),
        pytest.param("Several member states abstained in the vote.", id="noun-states"),
        pytest.param("Chastened by the audit, the board cut fares, citing fuel.", id="participle-no-subject"),
        pytest.param("Related: Ferry fares rise", id="label-not-upper-case"),
    ],
)
def test_more_look_alikes(text: str) -> None:
    for claim in stmts(text):
        assert claim.speaker_start is None or text[claim.speaker_start : claim.speaker_end] not in {
            "Few",
            "A few",
            "Several member",
            "Chastened",
            "Related",
        }


def test_title_case_headline_cue() -> None:
    text = "Harbour Chief Okafor Says Ferry Fares Will Rise"
    claims = find_statements(FieldContext.build(text, "title", None, DEFAULT_SETTINGS))
    assert [c.cue for c in claims] == ["Says"]
    assert claims[0].content == "Ferry Fares Will Rise"


def test_capitalised_cue_outside_title_case_is_ignored() -> None:
    assert stmts("The report, Says Who, was published by the harbour board on Monday.") == []
