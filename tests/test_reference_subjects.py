"""Subjects found in the sentence, story geography, currency names, and the story-hint margin."""

from datetime import date
from decimal import Decimal

import pytest

from claimtrack.model import MoneyClaim, claim_id
from claimtrack.reference import check_claim, match
from claimtrack.reference.geography import scan_geography, story_geography
from claimtrack.reference.subjects import infer_subject


def _at(sentence: str, figure: str) -> int:
    return sentence.index(figure)


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        (
            "Brazil's soybean exports climbed 9% to 101 million tonnes last year.",
            "101 million",
            "Brazil's soybean exports",
        ),
        (
            "Indian crude oil imports were 4.6 million barrels a day in March.",
            "4.6 million",
            "Indian crude oil imports",
        ),
        ("Global chip sales hit $52 billion in April, an industry group said.", "$52 billion", "Global chip sales"),
        ("Nvidia's market value topped $3 trillion on Tuesday.", "$3 trillion", "Nvidia's market value"),
        ("Exports were down 4% at $61 billion, while imports fell to $60 billion.", "$60 billion", "imports"),
        ("Exports were down 4% at $61 billion, while imports fell to $60 billion.", "$61 billion", "Exports"),
    ],
)
def test_subject_found_before_a_linking_verb(sentence, figure, subject):
    assert infer_subject(sentence, _at(sentence, figure)) == subject


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Car exports rose to $18.7 billion in May.", "$18.7 billion"),  # "car" left over
        ("Exports of cars rose to $18.7 billion in May.", "$18.7 billion"),  # phrase does not end at the verb
        ("The province's exports rose to $18.7 billion.", "$18.7 billion"),  # belongs to a province
        ("Exports at $18.7 billion were a record.", "$18.7 billion"),  # no verb before the figure
        ("Officials rose early and spent $18.7 billion.", "$18.7 billion"),  # no known subject
        ("Japan's economy grew 2%, its surplus swelled to $18.7 billion.", "$18.7 billion"),  # another clause
        ("Imports rose and the deficit hit $18.7 billion.", "$18.7 billion"),
    ],
)
def test_no_subject_without_the_plain_pattern(sentence, figure):
    assert infer_subject(sentence, _at(sentence, figure)) is None


def test_check_claim_uses_the_inferred_subject_only_when_the_claim_has_none():
    sentence = "Chinese rare-earth magnet exports slumped to $92 billion in April."
    text = "$92 billion"
    start = sentence.index(text)
    claim = MoneyClaim(
        id=claim_id("money", "text", start, start + len(text)),
        text=text,
        field="text",
        start=start,
        end=start + len(text),
        sentence=0,
        value=Decimal("92e9"),
        currency="USD",
    )
    verdict = check_claim(claim, sentence, published=date(2025, 5, 20))
    assert verdict.subject == "Chinese rare-earth magnet exports"
    assert verdict.suggestion == "$92 million"
    assert check_claim(claim, sentence, published=date(2025, 5, 20), infer=False) is None
    named = claim.model_copy(update={"subject": "the company's budget"})
    assert check_claim(named, sentence, published=date(2025, 5, 20)) is None


def test_story_geography():
    assert story_geography("Seoul said exports rose. Korean chipmakers led.", "South Korea's trade") == "KR"
    assert story_geography("Exports to Japan and to China rose.", "") is None  # partners only
    assert story_geography("Prices rose.", "Markets") is None


def test_currency_names_are_not_places():
    assert scan_geography("It paid 3 million Swiss francs and 2 million U.S. dollars").codes == ()
    assert scan_geography("It paid US$3 million to Swiss banks").codes == ("CH",)


def test_story_hint_needs_a_scale_slip_below_the_range():
    # the story is about Brazil, the sentence names no country: the figure may be a part
    sentence = "Monthly exports fell to 21 billion dlrs."
    found = match("Monthly exports", sentence, kind="money", currency="USD", geography_hint="BR")
    assert found.low_factor == 10

    def claim(value, text):
        return MoneyClaim(
            id="m",
            text=text,
            field="text",
            start=0,
            end=len(text),
            sentence=0,
            value=Decimal(value),
            currency="USD",
            subject="Monthly exports",
        )

    published = date(2024, 3, 1)
    assert check_claim(claim("2.1e9", "2.1 billion dlrs"), sentence, published=published, geography_hint="BR") is None
    slip = check_claim(claim("21e6", "21 million dlrs"), sentence, published=published, geography_hint="BR")
    assert slip.suggestion == "21 billion dlrs"
    named = "Brazil's monthly exports fell to 2.1 billion dlrs."  # the place in the sentence: judged fully
    assert check_claim(claim("2.1e9", "2.1 billion dlrs"), named, published=published) is not None


def test_never_raises_and_stays_fast_on_hostile_text():
    import time

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from claimtrack.reference import detect_basis

    alphabet = st.sampled_from(list("China's exports rose in May 2024 to $18.7 billion, -–'’.()|1234567890 \n\tÜ"))

    @settings(max_examples=150, deadline=None)
    @given(st.text(alphabet=alphabet, max_size=300))
    def run(text):
        match(text, text, kind="money", currency="USD", geography_hint="CN")
        detect_basis(text)
        infer_subject(text, len(text) // 2)

    run()
    hostile = ("China's " * 2000) + ("1," * 5000) + ("in May " * 2000) + ("exports rose " * 2000)
    start = time.perf_counter()
    match(hostile, hostile, kind="money", currency="USD")
    infer_subject(hostile, len(hostile))
    assert time.perf_counter() - start < 2
