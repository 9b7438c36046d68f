"""Statements, round 2: participles continuing an attribution, unnamed speakers, plain presents.

Each behaviour comes with minimal-edit look-alikes that must NOT give the statement (or must
keep the old one).
"""

from __future__ import annotations

import pytest

from claimtrack.extractors.statements.clause import opens_clause
from claimtrack.model import StatementClaim
from statement_kit import speaker_of, stmts


def by_cue(text: str, cue: str) -> list[StatementClaim]:
    return [c for c in stmts(text) if c.cue == cue]


# --- a participle continuing an attribution ---------------------------------------------

CONTINUED = [
    pytest.param(
        '"The levy is a trap," Ana Ruiz said, adding that the harbour would lose trade.',
        "adding",
        "Ana Ruiz",
        "the harbour would lose trade",
        id="quote-said-adding-that",
    ),
    pytest.param(
        '"The levy is a trap," she said, adding she would appeal.',
        "adding",
        "she",
        "she would appeal",
        id="quote-pronoun-adding-bare",
    ),
    pytest.param(
        '"We stay open," said Ana Ruiz, noting that the ferry was full.',
        "noting",
        "Ana Ruiz",
        "the ferry was full",
        id="inverted-noting",
    ),
    pytest.param(
        '"We stay open," Ana Ruiz said in a statement, warning that fares would rise.',
        "warning",
        "Ana Ruiz",
        "fares would rise",
        id="manner-warning",
    ),
    pytest.param(
        '"We stay open," Ana Ruiz said at a rally in Tallinn, arguing the fares were fair.',
        "arguing",
        "Ana Ruiz",
        "the fares were fair",
        id="place-arguing",
    ),
    pytest.param(
        '"We stay open," Ana Ruiz told the council, adding that the ferry was full.',
        "adding",
        "Ana Ruiz",
        "the ferry was full",
        id="hearer-adding",
    ),
    pytest.param(
        'In a letter, Ana Ruiz wrote: "The quay is unsafe," adding that repairs would take years.',
        "adding",
        "Ana Ruiz",
        "repairs would take years",
        id="colon-quote-adding",
    ),
    pytest.param(
        '"The quay is unsafe," Ana Ruiz said in May 2021, citing the cracks in the pier.',
        "citing",
        "Ana Ruiz",
        "the cracks in the pier",
        id="said-citing-object",
    ),
    pytest.param(
        "Ana Ruiz said the quay was unsafe, noting that repairs would take years.",
        "noting",
        "Ana Ruiz",
        "repairs would take years",
        id="indirect-noting",
    ),
    pytest.param(
        "The board rejected the bid, arguing that the port could not pay.",
        "arguing",
        "The board",
        "the port could not pay",
        id="short-object-arguing",
    ),
    pytest.param(
        "Rep. Jo Lind (D-Ore.) said the levy was unfair, adding that it would hurt fishermen.",
        "adding",
        "Rep. Jo Lind (D-Ore.)",
        "it would hurt fishermen",
        id="party-parenthesis",
    ),
]


@pytest.mark.parametrize(("text", "cue", "speaker", "content"), CONTINUED)
def test_participle_continues_attribution(text: str, cue: str, speaker: str, content: str) -> None:
    found = by_cue(text, cue)
    assert len(found) == 1, [c.content for c in stmts(text)]
    assert speaker_of(found[0], text) == speaker
    assert found[0].content == content
    assert found[0].text == text[found[0].start : found[0].end]


def test_first_statement_kept_beside_the_participle() -> None:
    text = '"The levy is a trap," Ana Ruiz said, adding that the harbour would lose trade.'
    said = by_cue(text, "said")
    assert [c.content for c in said] == ["The levy is a trap"]


def test_short_object_before_participle_is_its_own_content() -> None:
    text = "The board rejected the bid, arguing that the port could not pay."
    assert [c.content for c in by_cue(text, "rejected")] == ["the bid"]


NOT_CONTINUED = [
    pytest.param('"The levy is a trap," Ana Ruiz said, adding to the confusion.', "adding", id="adding-to"),
    pytest.param('"The levy is a trap," she said, adding in passing.', "adding", id="adding-phrase"),
    pytest.param("Ana Ruiz said the quay was unsafe, adding to the confusion.", "adding", id="indirect-adding-to"),
    pytest.param("The board cut the budget, adding to the confusion.", "adding", id="subject-adding-to"),
    pytest.param(
        '"The levy is a trap," Ana Ruiz said. The crowd cheered, adding to the noise.',
        "adding",
        id="next-sentence",
    ),
    pytest.param('"The quay is unsafe," Ana Ruiz said, citing engineers.', "citing", id="citing-one-word"),
]


@pytest.mark.parametrize(("text", "cue"), NOT_CONTINUED)
def test_participle_look_alikes(text: str, cue: str) -> None:
    assert by_cue(text, cue) == []


def test_participle_in_next_sentence_does_not_borrow_speaker() -> None:
    text = '"The levy is a trap," Ana Ruiz said. The port board objected, adding that fees would rise.'
    found = by_cue(text, "adding")
    assert [speaker_of(c, text) for c in found] == ["The port board"]


# --- party parenthesis after a name ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param("Sen. Mia Holt (R-Ga.) said the levy was unfair.", "Sen. Mia Holt (R-Ga.)", id="before"),
        pytest.param('"The levy is unfair," said Sen. Mia Holt (R-Ga.).', "Sen. Mia Holt (R-Ga.)", id="after"),
        pytest.param("The port board (which met Monday) said the levy was unfair.", "The port board", id="not-person"),
    ],
)
def test_party_parenthesis(text: str, speaker: str) -> None:
    found = stmts(text)
    assert len(found) == 1
    assert speaker_of(found[0], text) == speaker


def test_party_parenthesis_keeps_name() -> None:
    text = "Sen. Mia Holt (R-Ga.) said the levy was unfair."
    assert stmts(text)[0].speaker == "Mia Holt"


# --- a quote with no cue continuing the last speaker ---------------------------------------


def test_unattributed_quote_continues_speaker_in_paragraph() -> None:
    text = (
        '"The ferry will keep running through the winter," Ana Ruiz said after the vote. '
        'The board left. "Nobody here wants the islanders cut off from the mainland."'
    )
    last = stmts(text)[-1]
    assert last.cue is None
    assert last.speaker == "Ana Ruiz"
    assert last.speaker_start is None


def test_unattributed_quote_in_new_paragraph_keeps_no_cue_speaker() -> None:
    text = (
        '"The ferry will keep running through the winter," Ana Ruiz said after the vote.\n\n'
        "The board met again on Friday to look at the accounts.\n\n"
        '"Nobody here wants the islanders cut off from the mainland."'
    )
    last = stmts(text)[-1]
    assert last.cue is None
    assert last.speaker is None


# --- unnamed speakers with no noun ------------------------------------------------------------

UNNAMED = [
    pytest.param("Some say the levy hurts fishermen.", "Some", id="some"),
    pytest.param("Many believe the quay will close.", "Many", id="many"),
    pytest.param("No one said the ferry was safe.", "No one", id="no-one"),
    pytest.param("Those close to her say she will resign.", "Those close to her", id="those-close"),
    pytest.param(
        "The levy angered fishermen, many of whom say the quay will close.", "many of whom", id="many-of-whom"
    ),
    pytest.param("Some of them said the ferry was late.", "Some of them", id="some-of-them"),
    pytest.param("But some say the levy hurts fishermen.", "some", id="but-some"),
    pytest.param("However, 61 percent said the ferry was too slow.", "61 percent", id="percent"),
    pytest.param("A third of islanders said the ferry was too slow.", "A third of islanders", id="a-third-of"),
    pytest.param("Half of them say the ferry is too slow.", "Half of them", id="half-of-them"),
]


@pytest.mark.parametrize(("text", "speaker"), UNNAMED)
def test_unnamed_speaker(text: str, speaker: str) -> None:
    found = stmts(text)
    assert len(found) == 1, [c.content for c in found]
    assert speaker_of(found[0], text) == speaker
    assert found[0].speaker_kind == "anonymous"


UNNAMED_LOOK_ALIKES = [
    pytest.param("In some say the levy hurts fishermen.", id="in-some"),
    pytest.param("The tax on some said goods will rise.", id="some-said-adjective"),
    pytest.param("Support rose 5 percent said the poll.", id="percent-no-opening"),
    pytest.param("The rate reached 4 percent say the ministry figures.", id="percent-after-verb"),
    pytest.param("Some agree.", id="too-short"),
]


@pytest.mark.parametrize("text", UNNAMED_LOOK_ALIKES)
def test_unnamed_speaker_look_alikes(text: str) -> None:
    for claim in stmts(text):
        assert speaker_of(claim, text) not in {"some", "Some", "4 percent", "5 percent"}


def test_share_after_comma_is_no_speaker() -> None:
    text = "Unemployment hit 5 percent, analysts said."
    found = stmts(text)
    assert [speaker_of(c, text) for c in found] == ["analysts"]


# --- plain present plurals after say/tell ----------------------------------------------------

PRESENT = [
    pytest.param("Officials said the new rules work.", "the new rules work", id="rules-work"),
    pytest.param("They say prices fall when demand drops.", "prices fall when demand drops", id="prices-fall"),
    pytest.param("Lena Novak said people want cleaner streets.", "people want cleaner streets", id="people-want"),
    pytest.param("Lena Novak warned the residents face eviction.", "the residents face eviction", id="face"),
    pytest.param("Okafor said the ferries cost too much.", "the ferries cost too much", id="cost"),
]


@pytest.mark.parametrize(("text", "content"), PRESENT)
def test_plain_present_plural(text: str, content: str) -> None:
    assert [c.content for c in stmts(text)] == [content]


PRESENT_LOOK_ALIKES = [
    pytest.param("Okafor said the sales plan.", id="compound-noun"),
    pytest.param("Okafor said the price rise.", id="singular-noun"),
    pytest.param("Lena Novak said the people.", id="plural-alone"),
    pytest.param("Lena Novak warned the residents.", id="object"),
    pytest.param("Okafor said the rules.", id="rules-alone"),
    pytest.param("Okafor said the arms race.", id="arms-race"),
    pytest.param("Okafor told the workers in March.", id="workers-phrase"),
]


@pytest.mark.parametrize("text", PRESENT_LOOK_ALIKES)
def test_plain_present_look_alikes(text: str) -> None:
    assert stmts(text) == []


def test_plural_noun_compound_still_a_clause() -> None:
    text = "Okafor said the rules changes were unfair."
    assert [c.content for c in stmts(text)] == ["the rules changes were unfair"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the rules work", True),
        ("prices rise sharply", True),
        ("the work", False),
        ("the sales plan", False),
        ("the rules in March", False),
        ("the price rise", False),
    ],
)
def test_opens_clause_present(words: str, expected: bool) -> None:
    assert opens_clause(words, 0, len(words)) is expected


# --- manner phrases -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lena Novak said via email that the quay would reopen.",
        "Lena Novak said in a phone interview the quay would reopen.",
        "Lena Novak said in a court filing that the quay would reopen.",
    ],
)
def test_manner_phrases(text: str) -> None:
    assert [c.content for c in stmts(text)] == ["the quay would reopen"]


def test_manner_phrase_alone_is_no_statement() -> None:
    assert stmts("Lena Novak said by phone.") == []


# --- robustness ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        ", adding that " * 500,
        '"a," he said, adding' * 300,
        "some of them said " * 400,
        "those close to " * 400 + "say it works.",
        "(R-Ga.) said " * 400,
        "63 percent said " * 400,
    ],
)
def test_hostile_inputs_do_not_raise(text: str) -> None:
    for claim in stmts(text):
        assert claim.text == text[claim.start : claim.end]


def test_share_with_verb_before_cue_is_no_speaker() -> None:
    text = "A majority of islanders have come to believe that the ferry is too slow."
    for claim in stmts(text):
        assert speaker_of(claim, text) != "A majority of islanders have come to"
    text = "A majority of islanders believe that the ferry is too slow."
    assert [speaker_of(c, text) for c in stmts(text)] == ["A majority of islanders"]


# --- source phrases run to their comma or the sentence end ---------------------------------

SOURCES = [
    pytest.param(
        "According to a new study by the port authority, ferry fares rose sharply.",
        "a new study by the port authority",
        id="according-to-comma",
    ),
    pytest.param(
        "Ferry fares rose sharply, according to a harbour survey released last week.",
        "a harbour survey released last week",
        id="according-to-end",
    ),
    pytest.param("According to Ana Ruiz, ferry fares rose sharply.", "Ana Ruiz", id="name-only"),
    pytest.param(
        "Ferry fares rose sharply, according to the ministry, which published the figures.",
        "the ministry",
        id="relative-after-comma",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SOURCES)
def test_source_phrase_extent(text: str, speaker: str) -> None:
    found = stmts(text)
    assert len(found) == 1
    assert speaker_of(found[0], text) == speaker
    assert found[0].content == "ferry fares rose sharply" or found[0].content == "Ferry fares rose sharply"


def test_source_phrase_stops_at_quote() -> None:
    text = 'Ferry fares rose, according to a survey that called them "absurd and unfair".'
    for claim in stmts(text):
        assert '"' not in (speaker_of(claim, text) or "")


# --- documents, data and recordings as speakers -----------------------------------------------

REPORTS = [
    pytest.param("Polling averages show the mayor with a narrow lead.", "Polling averages", id="averages"),
    pytest.param("Video of the arrest shows the driver with his hands raised.", "Video of the arrest", id="video"),
    pytest.param(
        "The transcript of the hearing shows that the minister was warned.",
        "The transcript of the hearing",
        id="transcript",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), REPORTS)
def test_report_subjects(text: str, speaker: str) -> None:
    found = stmts(text)
    assert len(found) == 1
    assert speaker_of(found[0], text) == speaker


@pytest.mark.parametrize(
    "text",
    ["The average shows.", "Video shows.", "The video of the arrest was shown to the jury on Monday."],
)
def test_report_subject_look_alikes(text: str) -> None:
    assert stmts(text) == []


# --- a place phrase after an unnamed source --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The talks went badly," said one source in the room.', "one source in the room"),
        ('"The talks went badly," said one source on Friday.', "one source"),
        ('"The talks went badly," said Ana Ruiz in the room.', "Ana Ruiz"),
    ],
)
def test_unnamed_source_place_tail(text: str, speaker: str) -> None:
    found = stmts(text)
    assert len(found) == 1
    assert speaker_of(found[0], text) == speaker


# --- more verbs of saying, and the outer attribution winning a participle ---------------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ('"The ferry is our lifeline," the petition reads.', "reads", "The ferry is our lifeline"),
        ('"Is the bridge closed?" she yells.', "yells", "Is the bridge closed?"),
        ("Ana Ruiz shouted that the bridge was closing.", "shouted", "the bridge was closing"),
    ],
)
def test_more_speech_verbs(text: str, cue: str, content: str) -> None:
    found = by_cue(text, cue)
    assert [c.content for c in found] == [content]


@pytest.mark.parametrize(
    "text", ["He reads the paper every morning.", "The crowd chanted his name.", "She yelled the answer."]
)
def test_more_speech_verbs_look_alikes(text: str) -> None:
    assert stmts(text) == []


def test_participle_after_nested_attribution_takes_outer_speaker() -> None:
    text = "Ana Ruiz told the council that she believes the ferry must run, saying that the islands depend on it."
    found = by_cue(text, "saying")
    assert [speaker_of(c, text) for c in found] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Then someone asked how the ferry could be saved.", "someone"),
        ("Critics, however, say the levy would fail.", "Critics"),
        ("Some islanders, though, said the levy would fail.", "Some islanders"),
    ],
)
def test_indefinite_pronoun_and_comma_adverb(text: str, speaker: str) -> None:
    found = stmts(text)
    assert len(found) == 1
    assert speaker_of(found[0], text) == speaker


@pytest.mark.parametrize(
    "text", ["Some agreed.", "The levy, however, said nothing.", "Critics, in turn, the levy would fail."]
)
def test_indefinite_pronoun_look_alikes(text: str) -> None:
    assert stmts(text) == []


# --- hearers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ana Ruiz told the forum she was against the levy.", "she was against the levy"),
        ("Ana Ruiz told the harbour committee the bridge was safe.", "the bridge was safe"),
        ('Ana Ruiz told Radio North\'s "Morning Tide" that the ferry would run.', "the ferry would run"),
    ],
)
def test_hearer_then_clause(text: str, content: str) -> None:
    assert [c.content for c in stmts(text)] == [content]


def test_quote_after_hearer_keeps_its_that() -> None:
    text = 'Ana Ruiz told reporters "we think that the bridge is safe" on Monday.'
    assert [c.content for c in stmts(text)] == ["we think that the bridge is safe"]


def test_hearer_alone_is_no_statement() -> None:
    assert stmts("Ana Ruiz told the forum.") == []


# --- a relative clause's content stops before the main verb -----------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The islanders, many of whom say the levy is unfair, gathered outside.", "the levy is unfair"),
        ("Ana Ruiz, who said the levy was unfair, resigned on Monday.", "the levy was unfair"),
        (
            "Ana Ruiz, who said the levy was unfair, unworkable and cruel, resigned.",
            "the levy was unfair, unworkable and cruel",
        ),
    ],
)
def test_relative_clause_content(text: str, content: str) -> None:
    assert [c.content for c in stmts(text)] == [content]


def test_main_clause_content_keeps_comma_verb() -> None:
    text = "Ana Ruiz said the levy was unfair, unworkable and cruel."
    assert [c.content for c in stmts(text)] == ["the levy was unfair, unworkable and cruel"]
