"""Speaker forms: names, titles, organisations, anonymous sources, and look-alikes."""

from __future__ import annotations

import pytest

from claimtrack.extractors.statements.speakers import speaker_after, speaker_before
from statement_kit import stmts


@pytest.mark.parametrize(
    ("text", "speaker", "title", "kind"),
    [
        pytest.param(
            "Fisheries Minister Tove Larsen said the quota would be cut.",
            "Tove Larsen",
            "Fisheries Minister",
            "person",
            id="title-before-name",
        ),
        pytest.param(
            "The quota would be cut, said Tove Larsen, the fisheries minister.",
            "Tove Larsen",
            "fisheries minister",
            "person",
            id="inverted-appositive",
        ),
        pytest.param(
            "Tove Larsen, Director of the Coastal Survey Office, said the quota would be cut.",
            "Tove Larsen",
            "Director of the Coastal Survey Office",
            "person",
            id="appositive-title",
        ),
        pytest.param(
            "Deputy Premier Rice Colby said the quota would be cut.",
            "Rice Colby",
            "Deputy Premier",
            "person",
            id="common-word-first-name",
        ),
        pytest.param(
            "Vice Premier He Anping said the quota would be cut.",
            "He Anping",
            "Vice Premier",
            "person",
            id="he-as-a-name",
        ),
        pytest.param(
            "Chief Harbourmaster Lin Young said the quota would be cut.",
            "Lin Young",
            "Chief Harbourmaster",
            "person",
            id="office-not-in-lexicon",
        ),
        pytest.param(
            "Former Governor Ada Mbeki said the quota would be cut.", "Ada Mbeki", "Governor", "person", id="former"
        ),
        pytest.param(
            "The Fisheries Council said the quota would be cut.",
            "Fisheries Council",
            None,
            "organisation",
            id="organisation",
        ),
        pytest.param(
            "The WTO projects that trade will slow this year.", "WTO", None, "organisation", id="acronym-projects"
        ),
        pytest.param(
            "Customs data showed that exports fell sharply.", "Customs data", None, "organisation", id="data-showed"
        ),
        pytest.param("Officials said the quota would be cut.", "Officials", None, "anonymous", id="officials"),
        pytest.param("Economists expect the quota to be cut.", "Economists", None, "anonymous", id="economists-expect"),
        pytest.param(
            "A person familiar with the matter said the quota would be cut.",
            "A person familiar with the matter",
            None,
            "anonymous",
            id="person-familiar",
        ),
        pytest.param(
            "Two senior port officials said the quota would be cut.",
            "Two senior port officials",
            None,
            "anonymous",
            id="modified-officials",
        ),
        pytest.param(
            "According to the Coastal Survey Office, the quota will be cut.",
            "Coastal Survey Office",
            None,
            "organisation",
            id="according-to-start",
        ),
        pytest.param(
            "The quota will be cut, according to Tove Larsen.", "Tove Larsen", None, "person", id="according-to-end"
        ),
    ],
)
def test_speaker_forms(text: str, speaker: str, title: str | None, kind: str) -> None:
    [claim] = stmts(text)
    assert claim.speaker == speaker
    assert claim.title == title
    assert claim.speaker_kind == kind
    assert claim.speaker_start is not None
    assert claim.speaker_end is not None
    assert speaker in text[claim.speaker_start : claim.speaker_end]


def test_title_and_name_spans_split_in_place() -> None:
    text = "U.S. Trade Representative Jana Ford"
    mention = speaker_before(text, 0, len(text))
    assert mention is not None
    assert (mention.title, mention.name) == ("U.S. Trade Representative", "Jana Ford")
    assert text[mention.title_start : mention.title_end] == "U.S. Trade Representative"


def test_age_appositive() -> None:
    mention = speaker_before("Marta Ruiz, 45,", 0, 15)
    assert mention is not None
    assert mention.age == 45
    assert mention.name == "Marta Ruiz"


def test_speaker_after_stops_before_time_words() -> None:
    text = "said Jana Ford on Monday."
    mention = speaker_after(text, 5, len(text))
    assert mention is not None
    assert mention.name == "Jana Ford"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Exports said to be rising were a surprise.", id="capitalised-noun-said-to-be"),
        pytest.param("In March said nothing about the quota.", id="capitalised-month"),
        pytest.param("Meanwhile said the quota would be cut.", id="capitalised-adverb"),
        pytest.param("Monday said the quota would be cut.", id="weekday"),
        pytest.param("Having said that, the quota would be cut.", id="having-said"),
        pytest.param("The United States announced nothing.", id="states-is-not-a-cue"),
        pytest.param("Trump showed up at the harbour on Friday.", id="phrasal-showed-up"),
        pytest.param("He was told the quota would be cut.", id="passive-told"),
    ],
)
def test_capitalised_words_that_are_not_speakers(text: str) -> None:
    for claim in stmts(text):
        assert claim.speaker not in {
            "Exports",
            "In March",
            "March",
            "Meanwhile",
            "Monday",
            "Having",
            "United",
            "Trump",
            "He",
        }
