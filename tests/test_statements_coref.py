"""Coreference of speakers: surnames, roles, pronouns, organisations; the threshold."""

from __future__ import annotations

from claimtrack.extractors.statements.coref import SPEAKER_THRESHOLD
from statement_kit import stmts


def test_surname_resolves_to_full_name() -> None:
    text = "Harbour Commissioner Nadia Petrov visited the docks. Petrov said the cranes were old."
    [claim] = stmts(text)
    assert claim.speaker == "Nadia Petrov"
    assert claim.speaker_confidence >= 0.9
    assert text[claim.speaker_start : claim.speaker_end] == "Petrov"


def test_surname_without_antecedent_stays_a_name() -> None:
    [claim] = stmts("Petrov said the cranes were old.")
    assert claim.speaker == "Petrov"
    assert SPEAKER_THRESHOLD <= claim.speaker_confidence < 0.9


def test_role_resolves_to_titled_person() -> None:
    text = "Harbour Commissioner Nadia Petrov visited the docks. The commissioner said the cranes were old."
    [claim] = stmts(text)
    assert claim.speaker == "Nadia Petrov"
    assert claim.speaker_confidence >= SPEAKER_THRESHOLD


def test_role_chief_resolves_to_office_holder() -> None:
    text = "Treasury Secretary Ola Brandt met bankers. The Treasury chief said rates were too high."
    [claim] = stmts(text)
    assert claim.speaker == "Ola Brandt"


def test_role_without_matching_person_is_unresolved() -> None:
    text = "Treasury Secretary Ola Brandt met bankers. The harbour commissioner said rates were too high."
    [claim] = stmts(text)
    assert claim.speaker is None
    assert claim.speaker_confidence < SPEAKER_THRESHOLD
    assert text[claim.speaker_start : claim.speaker_end] == "The harbour commissioner"


def test_pronoun_resolves_to_recent_person() -> None:
    text = "Nadia Petrov toured the docks on Friday. She said the cranes were old."
    [claim] = stmts(text)
    assert claim.speaker == "Nadia Petrov"
    assert claim.speaker_confidence >= SPEAKER_THRESHOLD
    assert claim.speaker_kind == "person"


def test_pronoun_prefers_previous_speaker_over_name_in_content() -> None:
    text = "Nadia Petrov said Ola Brandt had left the port. She added that the cranes were old."
    claims = stmts(text)
    assert claims[-1].speaker == "Nadia Petrov"


def test_pronoun_far_from_any_person_is_unresolved() -> None:
    text = (
        "Nadia Petrov toured the docks. The cranes are old. The quay is cracked. "
        "The sheds leak. The roads flood. The lights fail. He said the port would close."
    )
    [claim] = stmts(text)
    assert claim.speaker is None
    assert claim.speaker_confidence < SPEAKER_THRESHOLD


def test_pronoun_with_no_person_is_unresolved() -> None:
    [claim] = stmts("He said the port would close.")
    assert claim.speaker is None
    assert claim.speaker_confidence < SPEAKER_THRESHOLD


def test_company_resolves_to_recent_organisation() -> None:
    text = "Nordhavn Shipping Ltd cut its forecast. The company said demand had slowed."
    [claim] = stmts(text)
    assert claim.speaker == "Nordhavn Shipping Ltd"
    assert claim.speaker_kind == "organisation"
    assert claim.speaker_confidence >= SPEAKER_THRESHOLD


def test_it_resolves_to_recent_organisation() -> None:
    text = "The Fisheries Council met on Friday. It said the quota would be cut."
    [claim] = stmts(text)
    assert claim.speaker == "Fisheries Council"


def test_specific_noun_not_matching_organisation_is_unresolved() -> None:
    text = "Nordhavn Shipping Ltd cut its forecast. The tribunal said demand had slowed."
    [claim] = stmts(text)
    assert claim.speaker is None
    assert claim.speaker_confidence < SPEAKER_THRESHOLD
