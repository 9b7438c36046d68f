import pytest

import claimtrack
from rule_kit import change, change_of, fig, money, run

# Each case: sentence, verb, direction, by, from, to. The flagged and the clean tables are
# minimal edits of each other, row by row.

CT101_FLAGGED = [
    ("Revenue rose 12% to $12.6 billion from $10.5 billion.", "rose", "up", "12%", "$10.5 billion", "$12.6 billion"),
    (
        "Exports to Japan fell 30% to €4.2 million from €5.0 million.",
        "fell",
        "down",
        "30%",
        "€5.0 million",
        "€4.2 million",
    ),
    (
        "The company's headcount grew 5% from 2,000 workers to 2,300 workers.",
        "grew",
        "up",
        "5%",
        "2,000 workers",
        "2,300 workers",
    ),
    (
        "Oil output dropped 8.5% to 1.12 million barrels from 1.31 million barrels.",
        "dropped",
        "down",
        "8.5%",
        "1.31 million barrels",
        "1.12 million barrels",
    ),
    (
        "Profit climbed by $3 million to $15 million from $10 million.",
        "climbed",
        "up",
        "$3 million",
        "$10 million",
        "$15 million",
    ),
    (
        "Unemployment rose 0.5 percentage points to 5.2% from 4.5%.",
        "rose",
        "up",
        "0.5 percentage points",
        "4.5%",
        "5.2%",
    ),
]
CT101_CLEAN = [
    ("Revenue rose 20% to $12.6 billion from $10.5 billion.", "rose", "up", "20%", "$10.5 billion", "$12.6 billion"),
    (
        "Exports to Japan fell 16% to €4.2 million from €5.0 million.",
        "fell",
        "down",
        "16%",
        "€5.0 million",
        "€4.2 million",
    ),
    (
        "The company's headcount grew 15% from 2,000 workers to 2,300 workers.",
        "grew",
        "up",
        "15%",
        "2,000 workers",
        "2,300 workers",
    ),
    (
        "Oil output dropped 14.5% to 1.12 million barrels from 1.31 million barrels.",
        "dropped",
        "down",
        "14.5%",
        "1.31 million barrels",
        "1.12 million barrels",
    ),
    (
        "Profit climbed by $5 million to $15 million from $10 million.",
        "climbed",
        "up",
        "$5 million",
        "$10 million",
        "$15 million",
    ),
    (
        "Unemployment rose 0.7 percentage points to 5.2% from 4.5%.",
        "rose",
        "up",
        "0.7 percentage points",
        "4.5%",
        "5.2%",
    ),
    (
        "Revenue rose 19.6% to $12.6 billion from $10.5 billion.",
        "rose",
        "up",
        "19.6%",
        "$10.5 billion",
        "$12.6 billion",
    ),
]


def _run(code, case, **settings):
    text, verb, direction, by, old, new = case
    return run(code, text, change_of(text, verb, direction, by=by, from_=old, to=new), **settings)


@pytest.mark.parametrize("case", CT101_FLAGGED, ids=lambda c: c[0][:30])
def test_ct101_flags(case):
    flags = _run("CT101", case)
    assert [f.code for f in flags] == ["CT101"]
    assert case[0][flags[0].start : flags[0].end] == case[3]


@pytest.mark.parametrize("case", CT101_CLEAN, ids=lambda c: c[0][:30])
def test_ct101_passes(case):
    assert _run("CT101", case) == []


def test_ct101_message_shows_the_arithmetic_and_the_fix():
    (flag,) = _run("CT101", CT101_FLAGGED[0])
    assert flag.message == "from $10.5 billion to $12.6 billion is +20.0%, not +12%"
    assert flag.suggestion == "20%"
    assert [r.note for r in flag.related] == ["from", "to"]


def test_ct101_approximate_change_is_tolerated():
    text = "Revenue rose about 19% to $12.6 billion from $10.5 billion."
    claims = change_of(text, "rose", "up", by="19%", from_="$10.5 billion", to="$12.6 billion")
    by = next(c for c in claims if c.text == "19%")
    claims = [c if c is not by else by.model_copy(update={"approx": "about"}) for c in claims]
    assert run("CT101", text, claims) == []


CT107_FLAGGED = [
    ("The jobless rate rose 1.5% to 6% from 4.5%.", "rose", "up", "1.5%", "4.5%", "6%"),
    ("Inflation fell 2% to 3% from 5%.", "fell", "down", "2%", "5%", "3%"),
    ("The party's support climbed 4% to 38% from 34%.", "climbed", "up", "4%", "34%", "38%"),
    ("Its market share slipped 3% to 22% from 25%.", "slipped", "down", "3%", "25%", "22%"),
    ("The savings rate increased 0.8% to 4.3% from 3.5%.", "increased", "up", "0.8%", "3.5%", "4.3%"),
]
CT107_CLEAN = [
    (
        "The jobless rate rose 1.5 percentage points to 6% from 4.5%.",
        "rose",
        "up",
        "1.5 percentage points",
        "4.5%",
        "6%",
    ),
    ("Inflation fell 40% to 3% from 5%.", "fell", "down", "40%", "5%", "3%"),
    (
        "The party's support climbed 4 percentage points to 38% from 34%.",
        "climbed",
        "up",
        "4 percentage points",
        "34%",
        "38%",
    ),
    ("Its market share slipped 12% to 22% from 25%.", "slipped", "down", "12%", "25%", "22%"),
    (
        "The savings rate increased 0.8 percentage points to 4.3% from 3.5%.",
        "increased",
        "up",
        "0.8 percentage points",
        "3.5%",
        "4.3%",
    ),
]


@pytest.mark.parametrize("case", CT107_FLAGGED, ids=lambda c: c[0][:30])
def test_ct107_flags(case):
    flags = _run("CT1", case)
    assert [f.code for f in flags] == ["CT107"]
    assert flags[0].suggestion == case[3].rstrip("%") + " percentage points"
    assert "percentage points" in flags[0].message


@pytest.mark.parametrize("case", CT107_CLEAN, ids=lambda c: c[0][:30])
def test_ct107_passes(case):
    assert _run("CT1", case) == []


CT108_FLAGGED = [
    (
        "Output rose to 8 million tonnes from 9 million tonnes.",
        "rose",
        "up",
        None,
        "9 million tonnes",
        "8 million tonnes",
    ),
    ("Shares in the lender fell to $45 from $38.", "fell", "down", None, "$38", "$45"),
    ("Car sales increased to 1,200 units from 1,500 units.", "increased", "up", None, "1,500 units", "1,200 units"),
    ("The index dropped to 3,450 points from 3,200 points.", "dropped", "down", None, "3,200 points", "3,450 points"),
    ("Inflation in Lagos climbed to 4.1% from 5.3%.", "climbed", "up", None, "5.3%", "4.1%"),
]
CT108_CLEAN = [
    (
        "Output fell to 8 million tonnes from 9 million tonnes.",
        "fell",
        "down",
        None,
        "9 million tonnes",
        "8 million tonnes",
    ),
    ("Shares in the lender rose to $45 from $38.", "rose", "up", None, "$38", "$45"),
    ("Car sales decreased to 1,200 units from 1,500 units.", "decreased", "down", None, "1,500 units", "1,200 units"),
    ("The index climbed to 3,450 points from 3,200 points.", "climbed", "up", None, "3,200 points", "3,450 points"),
    ("Inflation in Lagos eased to 4.1% from 5.3%.", "eased", "down", None, "5.3%", "4.1%"),
]


@pytest.mark.parametrize("case", CT108_FLAGGED, ids=lambda c: c[0][:30])
def test_ct108_flags_the_verb(case):
    flags = _run("CT1", case)
    assert [f.code for f in flags] == ["CT108"]
    assert case[0][flags[0].start : flags[0].end] == case[1]


@pytest.mark.parametrize("case", CT108_CLEAN, ids=lambda c: c[0][:30])
def test_ct108_passes(case):
    assert _run("CT1", case) == []


def test_ct108_keeps_ct101_quiet_on_a_flipped_verb():
    text = "Output rose 11.1% to 8 million tonnes from 9 million tonnes."
    claims = change_of(text, "rose", "up", by="11.1%", from_="9 million tonnes", to="8 million tonnes")
    assert [f.code for f in run("CT1", text, claims)] == ["CT108"]


CT106_FLAGGED = [
    ("Profit doubled to $5 billion from $2 billion.", "doubled", "up", None, "$2 billion", "$5 billion"),
    (
        "Visitor numbers tripled to 4,000 visitors from 2,000 visitors.",
        "tripled",
        "up",
        None,
        "2,000 visitors",
        "4,000 visitors",
    ),
    ("The fleet halved to 30 ships from 80 ships.", "halved", "down", None, "80 ships", "30 ships"),
    (
        "Exports quadrupled to 12 million tonnes from 4 million tonnes.",
        "quadrupled",
        "up",
        None,
        "4 million tonnes",
        "12 million tonnes",
    ),
    ("Bookings in Spain doubled, rising 150%.", "doubled", "up", "150%", None, None),
]
CT106_CLEAN = [
    ("Profit doubled to $4 billion from $2 billion.", "doubled", "up", None, "$2 billion", "$4 billion"),
    (
        "Visitor numbers tripled to 6,000 visitors from 2,000 visitors.",
        "tripled",
        "up",
        None,
        "2,000 visitors",
        "6,000 visitors",
    ),
    ("The fleet halved to 40 ships from 80 ships.", "halved", "down", None, "80 ships", "40 ships"),
    (
        "Exports quadrupled to 16 million tonnes from 4 million tonnes.",
        "quadrupled",
        "up",
        None,
        "4 million tonnes",
        "16 million tonnes",
    ),
    ("Bookings in Spain doubled, rising 100%.", "doubled", "up", "100%", None, None),
]


@pytest.mark.parametrize("case", CT106_FLAGGED, ids=lambda c: c[0][:30])
def test_ct106_flags(case):
    assert [f.code for f in _run("CT1", case)] == ["CT106"]


@pytest.mark.parametrize("case", CT106_CLEAN, ids=lambda c: c[0][:30])
def test_ct106_passes(case):
    assert _run("CT1", case) == []


def test_ct106_more_than_doubled_passes():
    text = "Profit more than doubled to $5 billion from $2 billion."
    claims = change_of(text, "doubled", "up", from_="$2 billion", to="$5 billion", approx="over")
    assert run("CT106", text, claims) == []


# CT104: a value change and a volume change of one sentence.
CT104_FLAGGED = [
    (
        "Coffee exports fell 48% in value, with a 4% decline by volume.",
        ("fell", "down", "48%"),
        ("decline", "down", "4%"),
    ),
    ("Steel shipments rose 60% in value while falling 5% by weight.", ("rose", "up", "60%"), ("falling", "down", "5%")),
    ("Copper imports dropped 35% by value and rose 10% in volume.", ("dropped", "down", "35%"), ("rose", "up", "10%")),
    ("Wine sales jumped 50% in value, and grew 2% in volume.", ("jumped", "up", "50%"), ("grew", "up", "2%")),
    (
        "Rice exports slumped 40% in value alongside a 3% decline by weight.",
        ("slumped", "down", "40%"),
        ("decline", "down", "3%"),
    ),
]


def _ct104(text, value, volume, **settings):
    claims = []
    for verb, direction, by in (value, volume):
        claims += change_of(text, verb, direction, by=by)
    return run("CT104", text, claims, **settings)


@pytest.mark.parametrize("case", CT104_FLAGGED, ids=lambda c: c[0][:30])
def test_ct104_flags(case):
    flags = _ct104(*case)
    assert [f.code for f in flags] == ["CT104"]
    assert "price per unit" in flags[0].message


@pytest.mark.parametrize("case", CT104_FLAGGED, ids=lambda c: c[0][:30])
def test_ct104_passes_with_a_small_value_change(case):
    text, value, volume = case
    small = text.replace(value[2], "8%", 1)
    assert _ct104(small, (value[0], value[1], "8%"), volume) == []


@pytest.mark.parametrize("case", CT104_FLAGGED[:2], ids=lambda c: c[0][:30])
def test_ct104_passes_without_a_basis(case):
    text, value, volume = case
    plain = text.replace(" in value", "").replace(" by weight", "").replace(" by volume", "")
    assert _ct104(plain, value, volume) == []


def test_ct104_threshold_option():
    assert _ct104(*CT104_FLAGGED[0], rules={"CT104": {"threshold": 0.6}}) == []


@pytest.mark.parametrize("bound", ["more than", "nearly", "almost"])
def test_ct106_reads_a_bound_written_before_the_verb(bound):
    text = f"Profit {bound} doubled to $5 billion from $1.5 billion."
    claims = change_of(text, "doubled", "up", from_="$1.5 billion", to="$5 billion")
    codes = [f.code for f in run("CT106", text, claims)]
    assert codes == ([] if bound == "more than" else ["CT106"])


# Cents read as whole units by extraction ("83 cts" -> 83): the rules put them in units.
@pytest.mark.parametrize(
    ("text", "verb", "direction", "flagged"),
    [
        ("Earnings fell to 1.04 dlrs a share from 83 cts a share.", "fell", "down", True),
        ("Earnings rose to 1.04 dlrs a share from 83 cts a share.", "rose", "up", False),
        ("Dividends rose to 79 cts a share from 83 cts a share.", "rose", "up", True),
        ("Dividends fell to 79 cts a share from 83 cts a share.", "fell", "down", False),
    ],
)
def test_ct108_reads_cents_in_currency_units(text, verb, direction, flagged):
    new_surface = "1.04 dlrs a share" if "1.04" in text else "79"
    new = money(text, new_surface, "1.04" if "1.04" in text else "79")
    old = money(text, "83", "83")
    claims = [change(text, text[text.index(verb) : old.end], direction, verb=verb, from_=old, to=new), new, old]
    assert [f.code for f in run("CT108", text, claims)] == (["CT108"] if flagged else [])


# A change whose "from" extraction left unlinked, after a conversion in parentheses or a date.
@pytest.mark.parametrize(
    ("text", "code", "verb", "direction", "by", "flagged"),
    [
        ("Profits fell 60% to €785 million ($1 billion) from €2.4 billion.", "CT101", "fell", "down", "60%", True),
        ("Profits fell 67% to €785 million ($1 billion) from €2.4 billion.", "CT101", "fell", "down", "67%", False),
        ("Stocks fell to 9.1 million tonnes in May from 8.2 million tonnes.", "CT108", "fell", "down", None, True),
        ("Stocks rose to 9.1 million tonnes in May from 8.2 million tonnes.", "CT108", "rose", "up", None, False),
        (
            "Stocks fell to 9.1 million tonnes in May, compared with 8.2 million tonnes.",
            "CT108",
            "fell",
            "down",
            None,
            False,
        ),
    ],
)
def test_unlinked_from_is_read_after_the_to(text, code, verb, direction, by, flagged):
    to_surface = "€785 million" if "€" in text else "9.1 million tonnes"
    from_surface = "€2.4 billion" if "€" in text else "8.2 million tonnes"
    claims = change_of(text, verb, direction, by=by, to=to_surface)
    claims.append(fig(text, from_surface))
    if "($1 billion)" in text:
        claims.append(fig(text, "$1 billion", converted_from=claims[-2].id if by is None else claims[2].id))
    assert [f.code for f in run(code, text, claims)] == ([code] if flagged else [])


# A change noun in apposition gives the amount the verb left out (end to end).
APPOSED_FLAGGED = [
    ("Inflation rose to 3.5% from 2.5%, an increase of 1%.", "CT107"),
    ("Turnout climbed to 61.2% from 55.8%, a rise of 5.4%.", "CT107"),
    ("Sales rose to $12.6 billion from $10.5 billion, an increase of 12%.", "CT101"),
    ("The herd shrank to 4,400 cows from 5,500 cows, a decline of 30%.", "CT101"),
    ("Fares climbed to €2.90 from €2.50, a rise of 6%.", "CT101"),
]
APPOSED_CLEAN = [
    "Inflation rose to 3.5% from 2.5%, an increase of 1 percentage point.",
    "Turnout climbed to 61.2% from 55.8%, a rise of 5.4 points.",
    "Sales rose to $12.6 billion from $10.5 billion, an increase of 20%.",
    "The herd shrank to 4,400 cows from 5,500 cows, a decline of 20%.",
    "Fares climbed to €2.90 from €2.50; a rise of 6% is due next year.",  # not in apposition
]


@pytest.mark.parametrize(("text", "code"), APPOSED_FLAGGED)
def test_an_apposed_change_noun_is_checked_as_the_change_amount(text, code):
    import claimtrack

    assert [f.code for f in claimtrack.check(text, config={"select": ["CT101", "CT107"]}).flags] == [code]


@pytest.mark.parametrize("text", APPOSED_CLEAN)
def test_apposed_change_look_alikes_pass(text):
    import claimtrack

    assert claimtrack.check(text, config={"select": ["CT101", "CT107", "CT108"]}).flags == ()


# A change noun in apposition after a time or measure phrase gives the amount and the level
# before: "rose to 432 billion in 2025, a 2% increase from 424 billion".
APPOSED_AFTER_A_PHRASE = [
    ("Freight rose to 432.2 billion tonnes in 2025, a 12 pct increase from 423.9 billion in 2024.", ["CT101"]),
    ("Freight rose to 432.2 billion tonnes in 2025, a 2 pct increase from 423.9 billion in 2024.", []),
    ("Freight rose to 432.2 million tonnes in 2025, a 2 pct increase from 423.9 billion in 2024.", ["CT303"]),
    # a clause break, not an apposition: the second change is another one
    ("Freight rose to 432.2 billion tonnes in 2025; a 12 pct increase from 423.9 billion is due.", []),
]


@pytest.mark.parametrize(("text", "codes"), APPOSED_AFTER_A_PHRASE, ids=lambda v: str(v)[:40])
def test_apposed_change_after_a_phrase(text, codes):
    found = sorted({f.code for f in claimtrack.check(text).flags if f.code in ("CT101", "CT303")})
    assert found == codes
