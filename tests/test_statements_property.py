"""Properties: statement extraction never raises on any str, and its spans are exact."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.statements import build_people, find_statements
from claimtrack.model import StatementClaim
from claimtrack.settings import DEFAULT_SETTINGS

_PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "''",
        "‘",
        "’",
        " said",
        " says",
        " told",
        "said ",
        " according to ",
        "According to ",
        ", ",
        ". ",
        "\n\n",
        "\n",
        " he",
        "She ",
        " it ",
        "The company",
        "Officials",
        " Treasury Secretary ",
        "Ola Brandt",
        "Brandt",
        " former ",
        ", 45,",
        " of the ",
        "Council",
        " that ",
        "—",
        "―",
        "(R-Utah)",
        "Vice Premier He Anping",
        " the ",
        "fares would rise",
        " 12%",
        ":",
        "Mr.",
        "U.S.",
    ]
)
_TEXT = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=40).map("".join))


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_find_statements_never_raises_and_spans_are_exact(text: str) -> None:
    ctx = FieldContext.build(text, "text", None, DEFAULT_SETTINGS)
    claims = find_statements(ctx)
    for claim in claims:
        assert isinstance(claim, StatementClaim)
        assert text[claim.start : claim.end] == claim.text
        assert claim.content_start is not None
        assert claim.content_end is not None
        assert claim.start <= claim.content_start <= claim.content_end <= claim.end
        pieces = claim.content_spans or ((claim.content_start, claim.content_end),)
        assert claim.content == " ".join(text[s:e] for s, e in pieces)
        if claim.cue_start is not None and claim.cue_end is not None:
            assert text[claim.cue_start : claim.cue_end] == claim.cue
            assert claim.start <= claim.cue_start
        if claim.speaker_start is not None and claim.speaker_end is not None:
            assert claim.start <= claim.speaker_start <= claim.speaker_end <= claim.end
        assert 0.0 <= claim.speaker_confidence <= 1.0
    assert len({c.id for c in claims}) == len(claims)
    for person in build_people([ctx], claims):
        for mention in person.mentions:
            assert 0 <= mention.start <= mention.end <= len(text)
        for title in person.titles:
            assert text[title.start : title.end] == title.title


def _best_seconds(text: str) -> float:
    import time

    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        ctx = FieldContext.build(text, "text", None, DEFAULT_SETTINGS)
        build_people([ctx], find_statements(ctx))
        best = min(best, time.perf_counter() - start)
    return best


def test_cost_grows_linearly_on_hostile_text() -> None:
    # one endless sentence full of cues, quotes, appositives and names: 4x the text may cost
    # about 4x the time; a quadratic step would cost 16x
    piece = 'Ola Brandt, 45, who led the port, said "fares, " he said that Officials Told Okafor '
    small = piece * 60
    large = piece * 240
    assert _best_seconds(large) < 9 * _best_seconds(small) + 0.05
