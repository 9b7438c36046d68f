"""The people register: names, mentions, titles and their normalisation, variants, ages."""

from __future__ import annotations

import pytest

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.statements import build_people, find_statements
from claimtrack.extractors.statements.people_titles import normalize_title
from claimtrack.model import Person
from claimtrack.settings import DEFAULT_SETTINGS


def people(text: str, title: str = "") -> tuple[Person, ...]:
    contexts = []
    claims = []
    for field_name, field_text in (("title", title), ("text", text)):
        if field_text:
            ctx = FieldContext.build(field_text, field_name, None, DEFAULT_SETTINGS)  # type: ignore[arg-type]
            contexts.append(ctx)
            claims.extend(find_statements(ctx))
    return build_people(contexts, claims)


def person(register: tuple[Person, ...], name: str) -> Person:
    [found] = [p for p in register if p.name == name]
    return found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            "Director of the National Economic Council", "National Economic Council Director", id="director-of"
        ),
        pytest.param("Secretary of Commerce", "Commerce Secretary", id="secretary-of"),
        pytest.param("Warden of the Northern Marches", "Northern Marches Warden", id="office-never-listed"),
        pytest.param("U.S. Trade Representative", "Trade Representative", id="us-prefix"),
        pytest.param("US Trade Representative", "trade representative", id="us-no-dots"),
        pytest.param("former Treasury Secretary", "Treasury Secretary", id="qualifier-dropped"),
    ],
)
def test_title_normalisation_rules(a: str, b: str) -> None:
    assert normalize_title(a) == normalize_title(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("Secretary of Commerce", "Secretary of State", id="different-offices"),
        pytest.param("Deputy Director", "Director", id="deputy-kept"),
    ],
)
def test_title_normalisation_keeps_differences(a: str, b: str) -> None:
    assert normalize_title(a) != normalize_title(b)


def test_titled_mention_outside_statement_is_recorded() -> None:
    text = "The mayor was joined by U.S. Treasury Secretary Ola Brandt at the docks."
    brandt = person(people(text), "Ola Brandt")
    assert [t.title for t in brandt.titles] == ["U.S. Treasury Secretary"]
    assert brandt.titles[0].normalized == "treasury secretary"
    assert text[brandt.titles[0].start : brandt.titles[0].end] == "U.S. Treasury Secretary"


def test_every_mention_and_qualifier() -> None:
    text = (
        "President Ada Mbeki opened the bridge. Former President Ada Mbeki was there in 2019. "
        "Mbeki said the bridge was safe."
    )
    mbeki = person(people(text), "Ada Mbeki")
    assert len(mbeki.mentions) == 3
    assert [t.qualifier for t in mbeki.titles] == [None, "former"]
    assert {t.normalized for t in mbeki.titles} == {"president"}


@pytest.mark.parametrize(
    ("qualifier_text", "qualifier"),
    [("Acting", "acting"), ("Incoming", "incoming"), ("Deputy", "deputy"), ("former", "former")],
)
def test_qualifiers(qualifier_text: str, qualifier: str) -> None:
    text = f"{qualifier_text} Harbour Commissioner Nadia Petrov spoke on Friday."
    petrov = person(people(text), "Nadia Petrov")
    assert petrov.titles[0].qualifier == qualifier


def test_appositive_title_and_organisation() -> None:
    text = "Nadia Petrov, director of the Coastal Survey Office, said the cranes were old."
    petrov = person(people(text), "Nadia Petrov")
    assert petrov.titles[0].normalized == "coastal survey office director"
    assert petrov.organisation == "Coastal Survey Office"


def test_name_variant_one_letter_apart() -> None:
    text = "Trade Envoy Jamieson Greer arrived. Later, Trade Envoy Jamison Greer said talks went well."
    register = people(text)
    [greer] = [p for p in register if p.name.endswith("Greer")]
    assert greer.variants
    assert {greer.name, *greer.variants} == {"Jamieson Greer", "Jamison Greer"}


def test_different_first_names_are_different_people() -> None:
    text = "Trade Envoy Jamieson Greer arrived. Finance Minister Patrick Greer stayed home."
    names = {p.name for p in people(text)}
    assert {"Jamieson Greer", "Patrick Greer"} <= names


def test_ages() -> None:
    text = "Marta Ruiz, 45, runs the ferry. Later the ferry owner, Marta Ruiz, 46, said fares would rise."
    assert person(people(text), "Marta Ruiz").ages == (45, 46)


def test_headline_and_body_are_one_register() -> None:
    register = people("Harbour Commissioner Nadia Petrov said the cranes were old.", title="Petrov warns on cranes")
    petrov = person(register, "Nadia Petrov")
    assert {m.field for m in petrov.mentions} == {"title", "text"}


def test_organisations_are_in_the_register() -> None:
    register = people("The Fisheries Council said the quota would be cut.")
    assert person(register, "Fisheries Council").kind == "organisation"


def test_capitalised_sentence_openers_are_not_people() -> None:
    register = people("Exports fell in March. Meanwhile Prices rose. Harbour traffic slowed.")
    assert register == ()
