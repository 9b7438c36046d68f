"""Precision fixes from the audit on business news: who is a person, who speaks, what was said.

Each behaviour comes with minimal-edit look-alikes that must keep (or must not get) the reading.
"""

from __future__ import annotations

import pytest

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.statements import build_people, find_statements
from claimtrack.model import Person, StatementClaim
from claimtrack.settings import DEFAULT_SETTINGS


def _ctx(text: str) -> FieldContext:
    return FieldContext.build(text, "text", None, DEFAULT_SETTINGS)


def stmts(text: str) -> list[StatementClaim]:
    return [c for c in find_statements(_ctx(text)) if isinstance(c, StatementClaim)]


def register(text: str) -> tuple[Person, ...]:
    ctx = _ctx(text)
    return build_people([ctx], find_statements(ctx))


def persons(text: str) -> list[str]:
    return [p.name for p in register(text) if p.kind == "person"]


# --- the register: a capitalised run nothing marks as a person is not a person -------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Exports from Port Valen rose 4% last year.", id="place"),
        pytest.param("Traders on Harbor Street cheered the Velmont Motors results.", id="street-and-company"),
        pytest.param("Sales of the Norrfjord Express fell in Lake Orin and Upper Dane.", id="product-and-places"),
        pytest.param("Velmont said sales rose 5% in March.", id="one-word-speaker"),
    ],
)
def test_unmarked_capitalised_runs_are_not_persons(text: str) -> None:
    assert persons(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param("Exports from Port Valen rose, said Mayor Tomas Rell.", "Tomas Rell", id="titled"),
        pytest.param("Exports rose, said Tomas Rell, 58, a trader.", "Tomas Rell", id="aged"),
        pytest.param("Exports rose 4% last year, said Mr Tomas Rell.", "Tomas Rell", id="honorific"),
        pytest.param("Exports from Port Valen rose, said David Rell.", "David Rell", id="given-name"),
        pytest.param("Mr Velmont said sales rose 5% in March.", "Velmont", id="one-word-with-honorific"),
    ],
)
def test_marked_names_stay_persons(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_misspelt_name_stays_for_the_spelling_check() -> None:
    text = "Tomas Rellin toured the docks. Later, Tomaz Rellin toured the sheds."
    [entry] = [p for p in register(text) if p.kind == "person"]
    assert entry.variants


# --- statement speakers: a lone unknown word is not known to be a person ---------------------


def test_lone_unknown_speaker_has_no_kind() -> None:
    [claim] = stmts("Velmont said sales rose 5% in March.")
    assert claim.speaker == "Velmont"
    assert claim.speaker_kind is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("Mr Velmont said sales rose 5% in March.", "Velmont", id="honorific"),
        pytest.param("Chairman Velmont said sales rose 5% in March.", "Velmont", id="title"),
        pytest.param("Grace Velmont runs the firm. Velmont said sales rose 5% in March.", "Grace Velmont", id="known"),
        pytest.param("Grace Velmont said sales rose 5% in March.", "Grace Velmont", id="full-name"),
    ],
)
def test_marked_speakers_are_persons(text: str, speaker: str) -> None:
    claim = stmts(text)[-1]
    assert claim.speaker == speaker
    assert claim.speaker_kind == "person"


def test_lone_organisation_word_is_still_an_organisation() -> None:
    [claim] = stmts("The IMF said growth would slow.")
    assert claim.speaker_kind == "organisation"


# --- "of" ends a person's name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("David Rell of Norrfjord Bank said rates would fall.", "David Rell", id="of-bank"),
        pytest.param("Ola Brandt of Norrfjord Partners said rates would fall.", "Ola Brandt", id="of-firm"),
        pytest.param("Ola Brandt said rates would fall.", "Ola Brandt", id="plain"),
    ],
)
def test_name_ends_before_where_they_work(text: str, speaker: str) -> None:
    [claim] = stmts(text)
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("The Bank of Norrfjord said rates would fall.", "Bank of Norrfjord", id="bank-of"),
        pytest.param("The Royal Bank of Norrfjord said rates would fall.", "Royal Bank of Norrfjord", id="royal"),
        pytest.param("The Ministry of Ports said rates would fall.", "Ministry of Ports", id="ministry-of"),
    ],
)
def test_organisation_with_of_keeps_its_name(text: str, speaker: str) -> None:
    [claim] = stmts(text)
    assert claim.speaker == speaker
    assert claim.speaker_kind == "organisation"


# --- "he" does not go to a place or a company ---------------------------------------------------


def test_he_skips_an_unmarked_run_inside_a_sentence() -> None:
    claim = stmts('Prices of Brent Crude rose on Friday. "Demand is strong," he said.')[-1]
    assert claim.speaker != "Brent Crude"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'Minister Ola Brandt spoke as prices of Brent Crude rose. "Demand is strong," he said.',
            "Ola Brandt",
            id="titled-person-before",
        ),
        pytest.param('Ola Brandt toured the docks. "Demand is strong," he said.', "Ola Brandt", id="subject"),
        pytest.param(
            'David Rell watched prices of Brent Crude. "Demand is strong," he said.', "David Rell", id="given"
        ),
    ],
)
def test_he_finds_the_person(text: str, speaker: str) -> None:
    assert stmts(text)[-1].speaker == speaker


# --- a wire dateline is not part of what was said ----------------------------------------------


def test_dateline_is_cut_from_content() -> None:
    [claim] = stmts("OSLO, May 4 - Sales at Norrfjord rose 5 pct in April, the company said.")
    assert claim.content.startswith("Sales at Norrfjord")
    assert claim.text == "Sales at Norrfjord rose 5 pct in April, the company said"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Oslo, May 4 - Sales at Norrfjord rose 5 pct in April, the company said.", id="not-capitals"),
        pytest.param("OSLO, sales at Norrfjord rose 5 pct in April, the company said.", id="no-day"),
    ],
)
def test_no_dateline_no_cut(text: str) -> None:
    [claim] = stmts(text)
    assert claim.content.startswith(text[:4])


# --- "added" with a counted object is no statement ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Velmont Motors added more than two million drivers in 2024.", id="more-than"),
        pytest.param("The Norrfjord Bank added 300 branches last year.", id="number"),
        pytest.param("The Norrfjord Bank added another 40 branches last year.", id="another"),
    ],
)
def test_added_with_counted_object_is_no_statement(text: str) -> None:
    assert stmts(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param("The Norrfjord Bank added that 300 branches would close.", "300 branches would close", id="that"),
        pytest.param(
            "The Norrfjord Bank added more branches would close next year.",
            "more branches would close next year",
            id="clause-with-more",
        ),
        pytest.param(
            "The Norrfjord Bank said more than 300 branches would close.",
            "more than 300 branches would close",
            id="said",
        ),
    ],
)
def test_added_with_a_clause_is_a_statement(text: str, content: str) -> None:
    [claim] = stmts(text)
    assert claim.content == content
