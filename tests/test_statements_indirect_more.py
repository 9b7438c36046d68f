"""Indirect speech with no "that": "Okafor warned the ferry will stop", and its look-alikes.

Each behaviour comes with minimal-edit look-alikes that must NOT give a statement: an object
instead of a clause ("warned the public"), a phrase of the cue ("said before she left"), a
question, a cue used as a noun.
"""

from __future__ import annotations

import time

import pytest

from claimtrack.extractors.statements.clause import clause_further, opens_clause
from statement_kit import speaker_of, stmts

# --- a clause with no "that" after a cue -------------------------------------------------

BARE_CLAUSE = [
    pytest.param("Lena Novak warned the ferry will stop.", "Lena Novak", "warned", "the ferry will stop", id="warned"),
    pytest.param("Okafor said the levy would fail.", "Okafor", "said", "the levy would fail", id="said-would"),
    pytest.param("Economists expect traffic will slow.", "Economists", "expect", "traffic will slow", id="expect"),
    pytest.param(
        "The mayor told reporters the bridge was safe.",
        "The mayor",
        "told reporters",
        "the bridge was safe",
        id="told-reporters",
    ),
    pytest.param(
        "Okafor, 61, said on Friday he would retire.", "Okafor, 61", "said", "he would retire", id="age-day-pronoun"
    ),
    pytest.param(
        "Lena Novak said last week the quay had flooded.",
        "Lena Novak",
        "said",
        "the quay had flooded",
        id="last-week",
    ),
    pytest.param(
        "Lena Novak said in a statement the quay could reopen.",
        "Lena Novak",
        "said",
        "the quay could reopen",
        id="in-a-statement",
    ),
    pytest.param(
        "Okafor said the harbour economy remains fragile.",
        "Okafor",
        "said",
        "the harbour economy remains fragile",
        id="present-s-verb",
    ),
    pytest.param(
        "Okafor insisted dockers made real gains.", "Okafor", "insisted", "dockers made real gains", id="irregular"
    ),
    pytest.param("Okafor said Delacroix resigned.", "Okafor", "said", "Delacroix resigned", id="name-ed-verb"),
    pytest.param("Okafor said there was no tender.", "Okafor", "said", "there was no tender", id="there-was"),
    pytest.param("Okafor said it's too late.", "Okafor", "said", "it's too late", id="contraction"),
    pytest.param(
        "Okafor said the levy, set by the council, has lapsed.",
        "Okafor",
        "said",
        "the levy, set by the council, has lapsed",
        id="parenthesis-in-subject",
    ),
    pytest.param(
        "Okafor said skippers still want longer berths.",
        "Okafor",
        "said",
        "skippers still want longer berths",
        id="adverb-then-verb",
    ),
    pytest.param(
        "Okafor said the tender “will not survive” the audit.",
        "Okafor",
        "said",
        "the tender “will not survive” the audit",
        id="quote-inside",
    ),
    pytest.param(
        "Okafor said the board doesn’t meet in winter.",
        "Okafor",
        "said",
        "the board doesn’t meet in winter",
        id="curly-negation",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), BARE_CLAUSE)
def test_bare_clause_after_cue(text: str, speaker: str, cue: str, content: str) -> None:
    found = stmts(text)
    assert [(speaker_of(c, text), c.cue, c.content) for c in found] == [(speaker, cue, content)]
    assert found[0].direct is False


# --- hearers: skipped, unless they are the clause's subject ------------------------------

HEARERS = [
    pytest.param("Lena Novak told him the ferry will stop.", "the ferry will stop", id="told-him"),
    pytest.param("Lena Novak told her the ferry will stop.", "the ferry will stop", id="told-her"),
    pytest.param("Lena Novak warned skippers the ferry will stop.", "the ferry will stop", id="warned-hearer"),
    pytest.param("Lena Novak told the council the ferry will stop.", "the ferry will stop", id="told-the-council"),
    pytest.param(
        "Lena Novak told the Harbour Gazette the ferry will stop.", "the ferry will stop", id="told-named-outlet"
    ),
    pytest.param(
        "Lena Novak told co-host Jo Reyes that the ferry will stop.", "the ferry will stop", id="unknown-hearer-that"
    ),
    pytest.param("Lena Novak told them to leave the quay.", "to leave the quay", id="told-to-infinitive"),
]


@pytest.mark.parametrize(("text", "content"), HEARERS)
def test_hearer_is_not_content(text: str, content: str) -> None:
    assert [c.content for c in stmts(text)] == [content]


# --- a phrase of the cue, then a clause ---------------------------------------------------

PHRASE_THEN_CLAUSE = [
    pytest.param("Okafor said at a rally in Tema that the levy would fail.", "the levy would fail", id="phrase-that"),
    pytest.param(
        "Okafor said at a rally in Tema, Ghana, that the levy would fail.",
        "the levy would fail",
        id="phrase-commas-that",
    ),
    pytest.param("Okafor said after the vote she would resign.", "she would resign", id="phrase-pronoun-clause"),
    pytest.param(
        "Exports to Asia, Okafor said in an interview, will recover.",
        "Exports to Asia will recover",
        id="parenthetical-with-place",
    ),
]


@pytest.mark.parametrize(("text", "content"), PHRASE_THEN_CLAUSE)
def test_phrase_then_clause(text: str, content: str) -> None:
    assert [c.content for c in stmts(text)] == [content]


# --- look-alikes: minimal edits that state nothing ---------------------------------------

NOT_STATEMENTS = [
    pytest.param("Okafor said the word.", id="said-object"),
    pytest.param("Okafor told the story.", id="told-object"),
    pytest.param("Lena Novak warned the public.", id="warned-object"),
    pytest.param("Okafor said goodbye.", id="said-goodbye"),
    pytest.param("Okafor said nothing.", id="said-nothing"),
    pytest.param("The harbour board said Tuesday.", id="said-day-only"),
    pytest.param("Okafor told the story to her son.", id="told-object-to-hearer"),
    pytest.param("Okafor said the story, which was long.", id="object-then-relative"),
    pytest.param("Okafor said it over and over.", id="said-it"),
    pytest.param("Okafor said before she left the quay.", id="phrase-subordinate"),
    pytest.param("Okafor said during a rally in Tema.", id="phrase-only"),
    pytest.param("Okafor said the word and left.", id="object-and-verb"),
    pytest.param("Did Okafor say the levy would fail?", id="question-did"),
    pytest.param("Why does Okafor think the levy will fail?", id="question-why"),
    pytest.param("The warning came too late for the ferry.", id="cue-as-noun"),
    pytest.param("The warnings the ferry would stop were ignored.", id="plural-noun-cue"),
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_look_alikes_state_nothing(text: str) -> None:
    assert stmts(text) == []


PAIRS = [
    pytest.param("Lena Novak warned the ferry will stop.", "Lena Novak warned the public.", id="clause-vs-object"),
    pytest.param("Okafor said the levy would fail.", "Okafor said the word.", id="said-clause-vs-object"),
    pytest.param("Okafor told him the bridge was safe.", "Okafor told the story.", id="told-clause-vs-object"),
    pytest.param("Okafor said after the vote she would resign.", "Okafor said before she left the quay.", id="phrase"),
    pytest.param("Okafor said the levy would fail.", "Did Okafor say the levy would fail?", id="question"),
]


@pytest.mark.parametrize(("states", "look_alike"), PAIRS)
def test_minimal_pairs(states: str, look_alike: str) -> None:
    assert len(stmts(states)) == 1
    assert stmts(look_alike) == []


def test_report_verb_with_object_follows_the_lexicon() -> None:
    # "showed" is a report cue in cues.toml: its object is content, as before; one word is too short.
    text = "The report showed growth in exports."
    assert [c.content for c in stmts(text)] == ["growth in exports"]
    assert stmts("The report showed growth.") == []


# --- content first, then the speaker -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param("The ferry will stop, Lena Novak warned.", "The ferry will stop", id="reverse"),
        pytest.param("The ferry will stop, warned Lena Novak.", "The ferry will stop", id="reverse-inverted"),
    ],
)
def test_reverse_order(text: str, content: str) -> None:
    found = stmts(text)
    assert [(c.content, speaker_of(c, text)) for c in found] == [(content, "Lena Novak")]


# --- speakers before the cue -------------------------------------------------------------

SPEAKERS = [
    pytest.param("The port authority last week announced it would raise fees.", "The port authority", id="last-week"),
    pytest.param("Tema Shipping just this month announced it would raise fees.", "Tema Shipping", id="this-month"),
    pytest.param("Okafor sharply criticized the fees, saying they would hurt trade.", "Okafor", id="adverb"),
    pytest.param(
        "Senator Ama Okafor, Democrat of Accra, said the fees would hurt trade.",
        "Senator Ama Okafor, Democrat of Accra",
        id="appositive-of",
    ),
    pytest.param(
        "Rep. Ama Okafor (D-Accra), chair of the harbour caucus, said the fees would hurt trade.",
        "Rep. Ama Okafor (D-Accra), chair of the harbour caucus",
        id="parenthesis-appositive",
    ),
    pytest.param("Okafor, at Monday's hearing, said the fees would hurt trade.", "Okafor", id="adverbial-commas"),
    pytest.param("But fishermen worry that the fees would hurt trade.", "fishermen", id="bare-plural-people"),
    pytest.param(
        "Okafor urged skippers to stay and said the fees would hurt trade.", "Okafor", id="coordinated-subject"
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEAKERS)
def test_speaker_before_cue(text: str, speaker: str) -> None:
    speakers = [speaker_of(c, text) for c in stmts(text)]
    assert speaker in speakers


# --- the clause test itself --------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "clause"),
    [
        ("he would resign", True),
        ("the plan is working", True),
        ("negotiators made real progress", True),
        ("the economy remains resilient", True),
        ("the proposed plan", False),
        ("the new rules in March", False),
        ("the money raised by the board", False),
        ("him the plan", False),
        ("goodbye", False),
        ("in March the plan would fail", False),
        ("", False),
    ],
)
def test_opens_clause(words: str, clause: bool) -> None:
    assert opens_clause(words, 0, len(words)) is clause


def test_clause_further() -> None:
    text = "at a rally in Tema that the levy would fail"
    assert clause_further(text, 0, len(text)) == text.index("the levy")
    text = "the word that changed everything"
    assert clause_further(text, 0, len(text)) is None  # a relative "that", no clause after it


def test_hostile_input_stays_linear() -> None:
    # cues followed by long subject-like runs with no verb: the work per cue is bounded
    for chunk in ("Okafor said the ", "Okafor said at the ", "Okafor told the council, the "):
        small, large = chunk * 500, chunk * 5000
        began = time.perf_counter()
        stmts(small)
        middle = time.perf_counter()
        stmts(large)
        ended = time.perf_counter()
        assert ended - middle < 20 * max(middle - began, 1e-3)


# --- where a content stops ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "Okafor said the levy would pass, but offered no proof.", "the levy would pass", id="comma-but-verb"
        ),
        pytest.param(
            "Okafor said prices rose and wages fell.", "prices rose and wages fell", id="coordinated-clauses-kept"
        ),
        pytest.param(
            "Okafor said they had doubts about the levy, but could not oppose it.",
            "they had doubts about the levy, but could not oppose it",
            id="but-modal-kept",
        ),
    ],
)
def test_content_stops_at_the_cue_clause(text: str, content: str) -> None:
    said = [c for c in stmts(text) if c.cue == "said"]
    assert [c.content for c in said] == [content]


def test_coordinated_cue_after_auxiliary() -> None:
    text = "Okafor has attacked loopholes that favour insiders, and has called for ending the levy."
    found = {(c.cue, c.content, speaker_of(c, text)) for c in stmts(text)}
    assert found == {
        ("attacked", "loopholes that favour insiders", "Okafor"),
        ("called for", "ending the levy", "Okafor"),
    }
