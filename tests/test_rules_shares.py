import pytest

from rule_kit import change_of, fig, run


def _figures(text, surfaces):
    return [fig(text, surface) for surface in surfaces]


CT103_FLAGGED = [
    ("Soybeans accounted for 112% of the state's farm exports.", "112%"),
    ("Online orders made up 135% of the retailer's revenue last year.", "135%"),
    ("Women represented 104% of new hires at the bank.", "104%"),
    ("Tourism has a share of 150% of all jobs on the island.", "150%"),
    ("Wind power is accounting for 101.5% of the grid's supply.", "101.5%"),
]
CT103_CLEAN = [
    ("Soybeans accounted for 12% of the state's farm exports.", "12%"),
    ("Online orders made up 35% of the retailer's revenue last year.", "35%"),
    ("Public debt represented 104% of GDP at the end of the year.", "104%"),
    ("Tourism has a share of 15% of all jobs on the island.", "15%"),
    ("The plant's output represented 112% of capacity in May.", "112%"),
    ("Wind power is accounting for 10.4% of the grid's supply.", "10.4%"),
]


@pytest.mark.parametrize(("text", "surface"), CT103_FLAGGED)
def test_ct103_flags(text, surface):
    flags = run("CT103", text, _figures(text, [surface]))
    assert [f.code for f in flags] == ["CT103"]
    assert text[flags[0].start : flags[0].end] == surface


@pytest.mark.parametrize(("text", "surface"), CT103_CLEAN)
def test_ct103_passes(text, surface):
    assert run("CT103", text, _figures(text, [surface])) == []


def test_ct103_skips_a_growth_rate():
    text = "Exports, which accounted for most sales, were up 150% of late."
    claims = change_of(text, "up", "up", by="150%")
    assert run("CT103", text, claims) == []


def test_ct103_skips_growth_without_a_share_cue():
    text = "Exports grew 150% of the amount a year earlier."
    assert run("CT103", text, _figures(text, ["150%"])) == []


CT102_FLAGGED = [
    ("The three firms hold 45%, 38% and 27% of the market.", ["45%", "38%", "27%"]),
    ("Voters split 52%, 41% and 12% of the ballots cast.", ["52%", "41%", "12%"]),
    ("Cars, vans and trucks made up 60%, 30% and 15% of registrations.", ["60%", "30%", "15%"]),
    ("Coal and gas provided 70% and 35% of the region's power.", ["70%", "35%"]),
    ("Four brands shipped 30%, 25%, 28% and 26% of all phones sold.", ["30%", "25%", "28%", "26%"]),
]
CT102_CLEAN = [
    ("The three firms hold 45%, 28% and 27% of the market.", ["45%", "28%", "27%"]),
    ("Voters split 52%, 41% and 7% of the ballots cast.", ["52%", "41%", "7%"]),
    ("Cars, vans and trucks made up 60%, 30% and 10% of registrations.", ["60%", "30%", "10%"]),
    ("Coal and gas provided 70% and 25% of the region's power.", ["70%", "25%"]),
    ("Four brands shipped 30%, 25%, 28% and 17% of all phones sold.", ["30%", "25%", "28%", "17%"]),
    ("The three firms hold 34%, 33% and 34% of the market.", ["34%", "33%", "34%"]),
]


@pytest.mark.parametrize(("text", "surfaces"), CT102_FLAGGED)
def test_ct102_flags(text, surfaces):
    flags = run("CT102", text, _figures(text, surfaces))
    assert [f.code for f in flags] == ["CT102"]
    assert " + ".join(surfaces) in flags[0].message


@pytest.mark.parametrize(("text", "surfaces"), CT102_CLEAN)
def test_ct102_passes(text, surfaces):
    assert run("CT102", text, _figures(text, surfaces)) == []


def test_ct102_needs_one_whole():
    text = "Sales rose 45%, 38% and 27% in the three regions."
    assert run("CT102", text, _figures(text, ["45%", "38%", "27%"])) == []


CT105_FLAGGED = [
    ("Sales in Germany, France and Italy rose 5% and 3%, respectively.", ["5%", "3%"]),
    (
        "Ford and GM sold 1.2 million cars, 900,000 cars and 400,000 cars respectively.",
        ["1.2 million cars", "900,000 cars", "400,000 cars"],
    ),
    ("Revenue, profit and margins reached $4 billion and $1 billion, respectively.", ["$4 billion", "$1 billion"]),
    (
        "The plants in Ohio and Texas employ 300 workers, 250 workers and 120 workers respectively.",
        ["300 workers", "250 workers", "120 workers"],
    ),
    ("Brazil, Chile, Peru and Mexico grew 2.1%, 1.8% and 3.0%, respectively.", ["2.1%", "1.8%", "3.0%"]),
]
CT105_CLEAN = [
    ("Sales in Germany and France rose 5% and 3%, respectively.", ["5%", "3%"]),
    (
        "Ford, GM and Tesla sold 1.2 million cars, 900,000 cars and 400,000 cars respectively.",
        ["1.2 million cars", "900,000 cars", "400,000 cars"],
    ),
    ("Revenue and profit reached $4 billion and $1 billion, respectively.", ["$4 billion", "$1 billion"]),
    (
        "The plants in Ohio, Utah and Texas employ 300 workers, 250 workers and 120 workers respectively.",
        ["300 workers", "250 workers", "120 workers"],
    ),
    ("Brazil, Chile and Peru grew 2.1%, 1.8% and 3.0%, respectively.", ["2.1%", "1.8%", "3.0%"]),
    ("Sales in Germany, France and Italy rose 5% and 3%.", ["5%", "3%"]),
    ("She sees a 7% yield on bonds, with deposit and lending rates at 4.5% and 6%, respectively.", ["4.5%", "6%"]),
]


@pytest.mark.parametrize(("text", "surfaces"), CT105_FLAGGED)
def test_ct105_flags(text, surfaces):
    flags = run("CT105", text, _figures(text, surfaces))
    assert [f.code for f in flags] == ["CT105"]
    assert f"with {len(surfaces)} figures" in flags[0].message


@pytest.mark.parametrize(("text", "surfaces"), CT105_CLEAN)
def test_ct105_passes(text, surfaces):
    assert run("CT105", text, _figures(text, surfaces)) == []


def _parts(text, parts, whole):
    claims = [fig(text, surface) for surface in parts]
    return run("CT102", text, [*claims, fig(text, whole)])


CT102_WHOLE_FLAGGED = [
    (
        "Unions said 300 workers and 250 workers of the 500 workers went on strike.",
        ["300 workers", "250 workers"],
        "500 workers",
    ),
    (
        "Grants of $3 million and $4 million out of the $5 million budget were paid.",
        ["$3 million", "$4 million"],
        "$5 million",
    ),
    (
        "Three parties won 210 seats, 190 seats and 80 seats of the 450 seats.",
        ["210 seats", "190 seats", "80 seats"],
        "450 seats",
    ),
    (
        "The fund paid €2.5 million and €1.8 million of its €4.0 million pot.",
        ["€2.5 million", "€1.8 million"],
        "€4.0 million",
    ),
    ("Some 60 schools and 45 schools of the 90 schools reopened.", ["60 schools", "45 schools"], "90 schools"),
]
CT102_WHOLE_CLEAN = [
    (
        "Unions said 300 workers and 150 workers of the 500 workers went on strike.",
        ["300 workers", "150 workers"],
        "500 workers",
    ),
    (
        "Grants of $3 million and $2 million out of the $5 million budget were paid.",
        ["$3 million", "$2 million"],
        "$5 million",
    ),
    (
        "Three parties won 210 seats, 190 seats and 50 seats of the 450 seats.",
        ["210 seats", "190 seats", "50 seats"],
        "450 seats",
    ),
    (
        "The fund paid €2.5 million and €1.5 million of its €4.0 million pot.",
        ["€2.5 million", "€1.5 million"],
        "€4.0 million",
    ),
    ("Some 60 schools and 45 schools reopened, with 90 schools shut.", ["60 schools", "45 schools"], "90 schools"),
    (
        "Grants of $3 million and $4 million out of the £5 million budget were paid.",
        ["$3 million", "$4 million"],
        "£5 million",
    ),
]


@pytest.mark.parametrize(("text", "parts", "whole"), CT102_WHOLE_FLAGGED, ids=lambda v: str(v)[:25])
def test_ct102_flags_parts_above_a_stated_whole(text, parts, whole):
    flags = _parts(text, parts, whole)
    assert [f.code for f in flags] == ["CT102"]
    assert f"more than the whole {whole}" in flags[0].message


@pytest.mark.parametrize(("text", "parts", "whole"), CT102_WHOLE_CLEAN, ids=lambda v: str(v)[:25])
def test_ct102_passes_parts_within_the_whole(text, parts, whole):
    assert _parts(text, parts, whole) == []


# CT103 when the words name a share and imply its whole (end to end, through extraction).
NAMED_SHARE_FLAGGED = [
    "Its share of the market was 130%.",
    "Pemberton has a market share of 118% in the north.",
    "The fund holds a 140% stake in the brewer.",
    "The region's share of national output reached 104.5% last year.",
    "Their market share rose to 121% in March.",
]
NAMED_SHARE_CLEAN = [
    "Its share of the market was 13%.",  # a plausible share
    "Pemberton's market share rose 118% in the north.",  # growth of a share, not a share
    "The fund holds a 14% stake in the brewer.",
    "The region's output reached 104.5% of its 2019 level.",  # a ratio to another quantity
    "Their share price rose to 121 pence in March.",  # not a share of a whole
]


@pytest.mark.parametrize("text", NAMED_SHARE_FLAGGED)
def test_ct103_a_named_share_above_100_is_flagged(text):
    import claimtrack

    assert [f.code for f in claimtrack.check(text, config={"select": ["CT103"]}).flags] == ["CT103"]


@pytest.mark.parametrize("text", NAMED_SHARE_CLEAN)
def test_ct103_named_share_look_alikes_pass(text):
    import claimtrack

    assert claimtrack.check(text, config={"select": ["CT103"]}).flags == ()
