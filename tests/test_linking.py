from decimal import Decimal

from claimtrack.extractors.linking import link_statements
from claimtrack.model import PercentClaim, StatementClaim


def _pct(start: int) -> PercentClaim:
    return PercentClaim(
        id=f"p{start}", text="5%", field="text", start=start, end=start + 2, sentence=0, value=Decimal(5)
    )


def _statement(sid: str, spans: tuple[tuple[int, int], ...]) -> StatementClaim:
    return StatementClaim(
        id=sid,
        text="x",
        field="text",
        start=spans[0][0],
        end=spans[-1][1],
        sentence=0,
        content_start=spans[0][0],
        content_end=spans[-1][1],
        content_spans=spans,
    )


def test_figures_inside_content_point_to_their_statement():
    outer = _statement("s1", ((0, 100),))
    later = _statement("s2", ((200, 250),))
    claims = link_statements([outer, _pct(10), _pct(150), later, _pct(210)])
    by_id = {c.id: c for c in claims}
    assert by_id["p10"].statement == "s1"
    assert by_id["p150"].statement is None
    assert by_id["p210"].statement == "s2"


def test_interrupted_quote_gap_is_not_content():
    quote = _statement("s", ((0, 40), (60, 100)))
    claims = {c.id: c for c in link_statements([quote, _pct(45), _pct(70)])}
    assert claims["p45"].statement is None
    assert claims["p70"].statement == "s"


def test_innermost_statement_wins_when_nested():
    outer = _statement("outer", ((0, 300),))
    inner = _statement("inner", ((50, 120),))
    claims = {c.id: c for c in link_statements([outer, inner, _pct(60), _pct(200)])}
    assert claims["p60"].statement == "inner"
    assert claims["p200"].statement == "outer"
