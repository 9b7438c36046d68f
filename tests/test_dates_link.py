"""link_times: figures take the date their sentence gives; changes take the basis."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import claimtrack
from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.dates import find_dates, link_times
from claimtrack.model import ChangeClaim, Claim, DateClaim, MoneyClaim, PercentClaim, claim_id
from claimtrack.settings import Settings

PUBLISHED = date(2025, 6, 9)


def percent(ctx: FieldContext, surface: str, nth: int = 0) -> PercentClaim:
    start = -1
    for _ in range(nth + 1):
        start = ctx.text.index(surface, start + 1)
    end = start + len(surface)
    return PercentClaim(
        id=claim_id("percent", ctx.field, start, end),
        text=surface,
        field=ctx.field,
        start=start,
        end=end,
        sentence=ctx.sentence_index.of(start),
        value=Decimal(surface.rstrip("%")),
    )


def run(text: str, make) -> tuple[FieldContext, list[Claim]]:  # type: ignore[no-untyped-def]
    ctx = FieldContext.build(text, "text", PUBLISHED, Settings())
    claims: list[Claim] = [*find_dates(ctx), *make(ctx)]
    claims.sort(key=lambda c: (c.start, -c.end))
    return ctx, link_times(ctx, claims)


def by_text(claims: list[Claim]) -> dict[str, Claim]:
    return {c.text: c for c in claims}


def test_figure_takes_the_date_of_its_sentence() -> None:
    _, claims = run("Exports rose 4.8% year-on-year in May.", lambda ctx: [percent(ctx, "4.8%")])
    found = by_text(claims)
    assert isinstance(found["May"], DateClaim)
    assert found["4.8%"].when == found["May"].id
    assert found["May"].value == "2025-05"


def test_only_within_the_same_sentence() -> None:
    _, claims = run("Exports rose 4.8%. Imports fell in May.", lambda ctx: [percent(ctx, "4.8%")])
    assert by_text(claims)["4.8%"].when is None


def test_respectively_pairs_figures_and_years() -> None:
    text = "Growth is forecast at 6.2% and 6.3% for 2025 and 2026, respectively."
    _, claims = run(text, lambda ctx: [percent(ctx, "6.2%"), percent(ctx, "6.3%")])
    found = by_text(claims)
    assert found["6.2%"].when == found["2025"].id
    assert found["6.3%"].when == found["2026"].id


def test_without_respectively_the_nearest_date_wins() -> None:
    text = "Growth was 6.2% in 2024 and 6.3% in 2025."
    _, claims = run(text, lambda ctx: [percent(ctx, "6.2%"), percent(ctx, "6.3%")])
    found = by_text(claims)
    assert found["6.2%"].when == found["2024"].id
    assert found["6.3%"].when == found["2025"].id


def test_durations_are_not_times_of_figures() -> None:
    _, claims = run("Prices rose 5% during the 90-day pause.", lambda ctx: [percent(ctx, "5%")])
    assert by_text(claims)["5%"].when is None


def test_change_gets_when_and_basis() -> None:
    text = "Exports rose 4.8% year-on-year in May."

    def make(ctx: FieldContext) -> list[Claim]:
        by = percent(ctx, "4.8%")
        start = text.index("rose")
        change = ChangeClaim(
            id=claim_id("change", "text", start, by.end),
            text=text[start : by.end],
            field="text",
            start=start,
            end=by.end,
            sentence=0,
            direction="up",
            by=by.id,
        )
        return [by, change]

    _, claims = run(text, make)
    change = next(c for c in claims if isinstance(c, ChangeClaim))
    assert change.basis == "year-on-year"
    assert change.when == by_text(claims)["May"].id


def test_existing_basis_and_when_are_kept() -> None:
    text = "Exports rose 4.8% month-on-month in May."

    def make(ctx: FieldContext) -> list[Claim]:
        start = text.index("rose")
        return [
            ChangeClaim(
                id="c",
                text="rose",
                field="text",
                start=start,
                end=start + 4,
                sentence=0,
                direction="up",
                basis="annualized",
                when="kept",
            )
        ]

    _, claims = run(text, make)
    change = next(c for c in claims if isinstance(c, ChangeClaim))
    assert (change.basis, change.when) == ("annualized", "kept")


def test_no_basis_without_a_basis_phrase() -> None:
    text = "Exports rose 4.8% in May."

    def make(ctx: FieldContext) -> list[Claim]:
        start = text.index("rose")
        return [ChangeClaim(id="c", text="rose", field="text", start=start, end=start + 4, sentence=0, direction="up")]

    _, claims = run(text, make)
    change = next(c for c in claims if isinstance(c, ChangeClaim))
    assert change.basis is None


def test_money_in_other_field_untouched() -> None:
    ctx = FieldContext.build("Sales hit $5 billion in May.", "text", PUBLISHED, Settings())
    title_money = MoneyClaim(
        id="money-t0-2", text="$5", field="title", start=0, end=2, sentence=0, value=Decimal(5), currency="USD"
    )
    claims = link_times(ctx, [title_money, *find_dates(ctx)])
    assert claims[0].when is None


def test_a_point_wins_over_a_since_date() -> None:
    text = "In May, exports fell by 34%, the deepest decline since 2020."
    _, claims = run(text, lambda ctx: [percent(ctx, "34%")])
    found = by_text(claims)
    assert found["34%"].when == found["May"].id


def test_a_since_date_is_used_when_it_is_the_only_one() -> None:
    _, claims = run("Prices have risen 5% since January.", lambda ctx: [percent(ctx, "5%")])
    found = by_text(claims)
    assert found["5%"].when == found["January"].id


def whens(text: str, kind: str = "percent") -> dict[str, str | None]:
    """Each figure of ``kind`` in ``text`` -> the surface of the date it is linked to, or None."""
    claims = claimtrack.extract(text, published=PUBLISHED)
    dates = {c.id: c.text for c in claims if c.kind == "date"}
    return {c.text: dates.get(c.when or "") for c in claims if c.kind == kind}


# A date set off from a figure by a contrast word and another figure is that figure's own.
CONTRASTED = [
    (
        "Bus fares rose 0.5% in March after a 1.5% increase in February.",
        {"0.5%": "March", "1.5%": "February"},
    ),
    ("Ferry traffic rose 0.1% after a 1.6% increase in April.", {"0.1%": None, "1.6%": "April"}),
    ("Rents were up 2.6%, much less than the 10% rise in January.", {"2.6%": None, "10%": "January"}),
    ("Output rose 2% in June, compared with 1% in May.", {"2%": "June", "1%": "May"}),
    # look-alikes: no other figure behind the contrast word, or a plain list of figures
    ("Prices rose 3% after the strike in May.", {"3%": "May"}),
    ("In May, after a strike, output rose 2%.", {"2%": "May"}),
    ("Sales rose 5% and 6% in May.", {"5%": "May", "6%": "May"}),
    ("Fares fell to 6.6% in March from 6.7% in February.", {"6.6%": "March", "6.7%": "February"}),
    # a list whose items each have a date after them; the to-figure of a change keeps its date
    ("Margins were 2.5% in 2024 and 3.1% in 2025.", {"2.5%": "2024", "3.1%": "2025"}),
    ("Margins rose 0.4% in May to 3.1% after 2.7% in April.", {"0.4%": "May", "3.1%": "May", "2.7%": "April"}),
    ("Margins were 2.5% in 2024 and 3.1%.", {"2.5%": "2024", "3.1%": "2024"}),
]


@pytest.mark.parametrize(("text", "expected"), CONTRASTED, ids=[row[0][:30] for row in CONTRASTED])
def test_a_contrasted_date_belongs_to_its_own_figure(text: str, expected: dict[str, str | None]) -> None:
    assert whens(text) == expected


# A date right after a comparison word is the base a figure is compared with, not its time.
COMPARED = [
    ("Sales were up 1.7% in February from a year ago.", {"1.7%": "February"}),
    ("Growth will be about 2%, the same as last year.", {"2%": None}),
    ("Compared with a year earlier, prices were down 0.7%.", {"0.7%": None}),
    ("The index rose 0.7% (base 1980) in February.", {"0.7%": "February"}),
    ("Growth slowed to 0.7% from December's 1.5%.", {"0.7%": None, "1.5%": "December"}),
    # look-alikes: "from" as a start, an interval, a clause about the compared date
    ("A 10% tax applies from 8 November.", {"10%": "8 November"}),
    ("The field will supply 5% of demand from 2011 onwards.", {"5%": "2011"}),
    ("Output rose 3% from January to March.", {"3%": "January to March"}),
    ("Prices were 0.5% higher in 2025 than in 2024, when they fell 0.2%.", {"0.5%": "2025", "0.2%": "2024"}),
]


@pytest.mark.parametrize(("text", "expected"), COMPARED, ids=[row[0][:30] for row in COMPARED])
def test_a_compared_date_is_not_the_figures_time(text: str, expected: dict[str, str | None]) -> None:
    assert whens(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PARIS, June 9 - Growth will be about 2% this year.", "this year"),
        ("PARIS, June 9 - Growth will be about 2%.", None),
        ("Paris, June 9 was when growth hit 2%.", "June 9"),  # no wire dateline: a date of the text
    ],
)
def test_a_wire_dateline_is_no_figures_time(text: str, expected: str | None) -> None:
    assert list(whens(text).values()) == [expected]


def test_a_conversion_takes_the_time_of_the_amount_it_converts() -> None:
    text = "Losses halved in 2024 to $200m (£160m) from $400m the previous year."
    assert whens(text, "money") == {"$200m": "2024", "£160m": "2024", "$400m": "previous year"}


# Each change takes the basis written after it (or what opens its sentence), not another
# change's: "a year earlier" is the first change's below, not the second's.
BASES = [
    ("The deficit rose to $2.6bn from $1.3bn a year earlier but fell from $7bn in May.", ["year-on-year", None]),
    ("GDP rose 0.7% over the previous quarter.", ["quarter-on-quarter"]),
    ("Exports fell to $617m in May from $693m a year earlier.", ["year-on-year"]),
    ("On a year-on-year basis, exports rose 5% and imports fell 2%.", ["year-on-year", "year-on-year"]),
    # look-alikes: a year-earlier figure set against another change, a date after "from"
    ("Sales rose 5% in May, compared with a 3% rise a year earlier.", [None, None]),
    ("Exports rose to $5bn from May.", [None]),
]


@pytest.mark.parametrize(("text", "expected"), BASES, ids=[row[0][:30] for row in BASES])
def test_each_change_takes_its_own_basis(text: str, expected: list[str | None]) -> None:
    changes = [c for c in claimtrack.extract(text, published=PUBLISHED) if isinstance(c, ChangeClaim)]
    assert [c.basis for c in changes] == expected
