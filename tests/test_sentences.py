import pytest

from claimtrack.text.sentences import SentenceIndex, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose 5%. Wages fell.", ["Prices rose 5%.", "Wages fell."]),
        ("He met Mr. Jones on Jan. 5 in Washington.", ["He met Mr. Jones on Jan. 5 in Washington."]),
        ("Output fell in the U.S. The euro rose.", ["Output fell in the U.S.", "The euro rose."]),
        ("U.S. President Biden spoke.", ["U.S. President Biden spoke."]),
        ("It rose 3.5 pct. It fell.", ["It rose 3.5 pct.", "It fell."]),
        ("Heading\nBody text here.", ["Heading", "Body text here."]),
        ("para one\n\npara two", ["para one", "para two"]),
        ('"We will," he said. "Soon."', ['"We will," he said.', '"Soon."']),
        ("J. Smith arrived.", ["J. Smith arrived."]),
        # initials written together, before a name, do not end a sentence
        ("Voters heard Del. A.B. Whitcombe, a Republican.", ["Voters heard Del. A.B. Whitcombe, a Republican."]),
        ("P.L.M. Ostrander wrote it.", ["P.L.M. Ostrander wrote it."]),
        ("Sen. Mary T. Okafor spoke.", ["Sen. Mary T. Okafor spoke."]),
        ("Books by R. B. Lindqvist sold.", ["Books by R. B. Lindqvist sold."]),
        ("Notes by K. I. Marsh survive.", ["Notes by K. I. Marsh survive."]),
        ("The U.K. Parliament sat.", ["The U.K. Parliament sat."]),
        # ...but they do before a word that starts a sentence
        ("She moved to the U.K. The next week she left.", ["She moved to the U.K.", "The next week she left."]),
        ("He worked for the F.B.I. He quit.", ["He worked for the F.B.I.", "He quit."]),
        ("They chose option B. The rest agreed.", ["They chose option B.", "The rest agreed."]),
        ("They chose option B. Rest agreed.", ["They chose option B. Rest agreed."]),
        ("", []),
    ],
)
def test_split(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


def test_spans_index_the_text():
    text = "  One.  Two!\n\nThree?  "
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


def test_index_lookup():
    sentences = split_sentences("One. Two. Three.")
    index = SentenceIndex(sentences)
    assert [index.of(i) for i in (0, 5, 10, 15)] == [0, 1, 2, 2]
