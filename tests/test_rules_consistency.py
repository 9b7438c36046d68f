from datetime import date

import pytest

import claimtrack
from rule_kit import change, change_of, day, fig, money, run

# CT301: (text, [(surface, subject, nth)], extra)
CT301_FLAGGED = [
    (
        "Acme employs 4,200 people. Later, the firm said Acme employs 4,800 people.",
        [("4,200 people", "Acme's staff"), ("4,800 people", "the staff of Acme")],
    ),
    (
        "The bridge cost $310 million. Officials now say the bridge cost $350 million.",
        [("$310 million", "bridge cost"), ("$350 million", "the bridge's cost")],
    ),
    ("Turnout was 64% on Sunday. Election officials put turnout at 61%.", [("64%", "turnout"), ("61%", "turnout")]),
    (
        "The pipeline carries 1.2 million barrels a day. At full tilt the pipeline carries 1.5 million barrels.",
        [("1.2 million barrels", "pipeline flow"), ("1.5 million barrels", "pipeline flow")],
    ),
    (
        "Ticket sales reached €8.4 million. The festival said ticket sales were €9.1 million.",
        [("€8.4 million", "ticket sales"), ("€9.1 million", "ticket sales")],
    ),
]
CT301_CLEAN = [
    (
        "Acme employs 4,200 people. Later, the firm said Acme employs 4,200 people.",
        [("4,200 people", "Acme's staff"), ("4,200 people", "the staff of Acme")],
    ),
    (
        "The bridge cost $310 million. Officials now say the bridge cost $0.31 billion.",
        [("$310 million", "bridge cost"), ("$0.31 billion", "the bridge's cost")],
    ),
    ("Turnout was 64% on Sunday. Election officials put support at 61%.", [("64%", "turnout"), ("61%", "support")]),
    (
        "The pipeline carries 1.2 million barrels a day. At full tilt the pipeline carries 1.24 million barrels.",
        [("1.2 million barrels", "pipeline flow"), ("1.24 million barrels", "pipeline flow")],
    ),
    (
        "Ticket sales reached €8.4 million. The festival said ticket sales were $9.1 million.",
        [("€8.4 million", "ticket sales"), ("$9.1 million", "ticket sales")],
    ),
]


def _ct301(text, figures, nth=(0, 0)):
    claims = []
    for (surface, subject), index in zip(figures, nth, strict=True):
        claims.append(fig(text, surface, nth=index if surface != figures[0][0] else 0, subject=subject))
    if claims[0].start == claims[1].start:
        claims[1] = fig(text, figures[1][0], nth=1, subject=figures[1][1])
    return run("CT301", text, claims)


@pytest.mark.parametrize(("text", "figures"), CT301_FLAGGED, ids=lambda v: str(v)[:30])
def test_ct301_flags_the_later_figure(text, figures):
    flags = _ct301(text, figures)
    assert [f.code for f in flags] == ["CT301"]
    assert text[flags[0].start : flags[0].end] == figures[1][0]
    assert text[flags[0].related[0].start : flags[0].related[0].end] == figures[0][0]


@pytest.mark.parametrize(("text", "figures"), CT301_CLEAN, ids=lambda v: str(v)[:30])
def test_ct301_passes(text, figures):
    assert _ct301(text, figures) == []


def test_ct301_approximate_figure_is_tolerated():
    text = "The bridge cost about $300 million. Officials now say the bridge cost $310 million."
    first = fig(text, "$300 million", subject="bridge cost", approx="about")
    second = fig(text, "$310 million", subject="bridge cost")
    assert run("CT301", text, [first, second]) == []


def test_ct301_different_years_do_not_conflict():
    text = "Turnout was 64% in 2019. Turnout was 61% in 2023."
    first_year, second_year = day(text, "2019", date(2019, 1, 1)), day(text, "2023", date(2023, 1, 1))
    first = fig(text, "64%", subject="turnout", when=first_year.id)
    second = fig(text, "61%", subject="turnout", when=second_year.id)
    assert run("CT301", text, [first_year, second_year, first, second]) == []
    same = second.model_copy(update={"when": first_year.id})
    assert [f.code for f in run("CT301", text, [first_year, second_year, first, same])] == ["CT301"]


def test_ct301_skips_the_old_value_of_a_change():
    text = "Sales were $9.1 million. Sales rose to $9.8 million from $9.7 million."
    level = fig(text, "$9.1 million", subject="sales")
    new, old = fig(text, "$9.8 million", subject="sales"), fig(text, "$9.7 million", subject="sales")
    rise = change(text, "rose to $9.8 million from $9.7 million", "up", from_=old, to=new, verb="rose", subject="sales")
    assert run("CT301", text, [level, rise, new, old]) == []


# CT302: headline, headline figures, body, body figures (each: surface, subject, role)
CT302_FLAGGED = [
    ("Exports fall 52% in May", "Exports fell 48.3% in May, customs data showed.", "52%", "48.3%", "fall", "fell"),
    (
        "City budget hits $4.7 billion",
        "The city's budget is $3.9 billion this year.",
        "$4.7 billion",
        "$3.9 billion",
        None,
        None,
    ),
    ("Factory to cut 800 jobs", "The factory will cut 600 jobs by spring.", "800 jobs", "600 jobs", None, None),
    ("Tesla deliveries rise 12%", "Tesla's deliveries rose 9.5% in the quarter.", "12%", "9.5%", "rise", "rose"),
    (
        "Port handles 2.9 million containers",
        "The port handled 2.1 million containers last year.",
        "2.9 million containers",
        "2.1 million containers",
        None,
        None,
    ),
]
CT302_CLEAN = [
    ("Exports fall 48% in May", "Exports fell 48.3% in May, customs data showed.", "48%", "48.3%", "fall", "fell"),
    (
        "City budget hits $4 billion",
        "The city's budget is $3.9 billion this year.",
        "$4 billion",
        "$3.9 billion",
        None,
        None,
    ),
    ("Factory to cut 600 jobs", "The factory will cut 600 jobs by spring.", "600 jobs", "600 jobs", None, None),
    ("Tesla deliveries rise 10%", "Tesla's deliveries rose 9.5% in the quarter.", "10%", "9.5%", "rise", "rose"),
    (
        "Port handles 2 million containers",
        "The port handled 2.1 million containers last year.",
        "2 million containers",
        "2.1 million containers",
        None,
        None,
    ),
]
SUBJECTS = {
    "Exports": "exports",
    "City": "city budget",
    "Factory": "factory jobs",
    "Tesla": "Tesla deliveries",
    "Port": "port containers",
}


def _ct302(headline, body, head_surface, body_surface, head_verb, body_verb):
    subject = SUBJECTS[headline.split()[0]]
    if head_verb:
        head = change_of(
            headline,
            head_verb,
            "up" if head_verb == "rise" else "down",
            by=head_surface,
            field="title",
            subject=subject,
        )
        tail = change_of(body, body_verb, "up" if body_verb == "rose" else "down", by=body_surface, subject=subject)
    else:
        head = [fig(headline, head_surface, field="title", subject=subject)]
        tail = [fig(body, body_surface, subject=subject)]
    return run("CT302", body, [*head, *tail], headline=headline)


@pytest.mark.parametrize("case", CT302_FLAGGED, ids=lambda c: c[0])
def test_ct302_flags_the_headline(case):
    flags = _ct302(*case)
    assert [f.code for f in flags] == ["CT302"]
    assert flags[0].field == "title"
    assert case[0][flags[0].start : flags[0].end] == case[2]
    assert case[3] in flags[0].message


@pytest.mark.parametrize("case", CT302_CLEAN, ids=lambda c: c[0])
def test_ct302_passes_rounded_headlines(case):
    assert _ct302(*case) == []


def test_ct302_suggests_the_body_figure_at_headline_precision():
    (flag,) = _ct302(*CT302_FLAGGED[0])
    assert flag.suggestion == "48%"


CT303_FLAGGED = [
    ("Sales reached $18.7 million. The $18.7 billion haul beat forecasts.", "$18.7 million", "$18.7 billion"),
    (
        "The council borrowed £2.35 billion. Critics said the £2.35 million loan was too big.",
        "£2.35 billion",
        "£2.35 million",
    ),
    ("About 45.2 thousand fans came. The 45.2 million fans cheered.", "45.2 thousand fans", "45.2 million fans"),
    (
        "Reserves hold 1.6 million barrels. Those 1.6 billion barrels are stored underground.",
        "1.6 million barrels",
        "1.6 billion barrels",
    ),
    ("The bank lost €3.25 billion. Its €3.25 trillion loss shook markets.", "€3.25 billion", "€3.25 trillion"),
]
CT303_CLEAN = [
    ("Sales reached $18.7 million. The $18.7 million haul beat forecasts.", "$18.7 million", "$18.7 million"),
    (
        "The council borrowed £2.35 billion. Critics said the £2.35 million loan was too big.",
        "£2.35 billion",
        "$2.35 million",
    ),
    ("About 45.2 thousand fans came. The 46.2 million viewers cheered.", "45.2 thousand fans", "46.2 million viewers"),
    (
        "Reserves hold 1.6 million barrels. Those 1.6 million barrels are stored underground.",
        "1.6 million barrels",
        "1.6 million barrels",
    ),
    ("The bank lost €3 billion. Its €3 trillion loss shook markets.", "€3 billion", "€3 trillion"),
]


def _ct303(text, first, second):
    claims = [fig(text, first)]
    if second in text:
        claims.append(fig(text, second, nth=1 if second == first else 0))
    return run("CT303", text, claims)


@pytest.mark.parametrize("case", CT303_FLAGGED, ids=lambda c: c[0][:30])
def test_ct303_flags(case):
    text, first, second = case
    flags = _ct303(*case)
    assert [f.code for f in flags] == ["CT303"]
    assert text[flags[0].start : flags[0].end] == second
    assert flags[0].suggestion == first


@pytest.mark.parametrize("case", CT303_CLEAN, ids=lambda c: c[0][:30])
def test_ct303_passes(case):
    text = case[0]
    if case[2] not in text:
        text = text.replace("£2.35 million", "$2.35 million")
    assert _ct303(text, case[1], case[2]) == []


def test_ct303_different_subjects_pass():
    text = "Sales reached $18.7 million. Debt stood at $18.7 billion."
    claims = [fig(text, "$18.7 million", subject="sales"), fig(text, "$18.7 billion", subject="debt")]
    assert run("CT303", text, claims) == []


def test_ct303_round_numbers_need_the_same_subject():
    text = "It borrowed $14 million. Exports hit $14 billion."
    plain = [fig(text, "$14 million"), fig(text, "$14 billion")]
    assert run("CT303", text, plain) == []
    same = [fig(text, "$14 million", subject="loan"), fig(text, "$14 billion", subject="the loan")]
    assert [f.code for f in run("CT303", text, same)] == ["CT303"]


def test_ct303_skips_rates_and_unscaled_figures():
    text = "The stake is worth 58 mln dlrs. Shares cost 58 dlrs."
    claims = [fig(text, "58 mln dlrs"), money(text, "58 dlrs", "58")]
    assert run("CT303", text, claims) == []


def test_ct302_headline_may_cut_a_figure_short():
    headline, body = "Migrants send $16bn home", "Migrant workers sent a record $16.6bn home last year."
    head = fig(headline, "$16bn", field="title", subject="migrants")
    tail = fig(body, "$16.6bn", subject="migrant workers")
    assert run("CT302", body, [head, tail], headline=headline) == []
    cut = fig(body.replace("16.6", "17.6"), "$17.6bn", subject="migrant workers")
    flags = run("CT302", body.replace("16.6", "17.6"), [head, cut], headline=headline)
    assert [f.code for f in flags] == ["CT302"]


def test_ct302_percent_headline_falls_back_to_the_lead():
    headline = "Money supply rises 7.9% in May"
    body = "Broad money grew an estimated 3.6% in May. Credit grew 30.7% on the year."
    head = change_of(headline, "rises", "up", by="7.9%", field="title", subject="money supply")
    lead = fig(body, "3.6%", hedge="estimated")
    later = change_of(body, "grew", "up", by="30.7%", subject="credit")
    assert [f.code for f in run("CT302", body, [*head, lead, *later], headline=headline)] == ["CT302"]
    fixed = headline.replace("7.9", "3.6")
    head = change_of(fixed, "rises", "up", by="3.6%", field="title", subject="money supply")
    assert run("CT302", body, [*head, lead, *later], headline=fixed) == []


def test_ct302_headline_may_give_a_difference_the_body_implies():
    headline = "Toolmaker in $300 million profit revision"
    body = "The toolmaker said it had made $434 million, against the previously reported $732 million."
    head = fig(headline, "$300 million", field="title", subject="profit revision")
    tails = [fig(body, "$434 million", subject="toolmaker"), fig(body, "$732 million")]
    assert run("CT302", body, [head, *tails], headline=headline) == []
    body = body.replace("$732", "$532")
    tails = [fig(body, "$434 million", subject="toolmaker"), fig(body, "$532 million")]
    assert [f.code for f in run("CT302", body, [head, *tails], headline=headline)] == ["CT302"]


def test_ct302_money_change_falls_back_to_the_leads_change():
    headline = "Bank lending rises 3.2 billion stg"
    body = "Clearing banks said their lending rose 1.6 billion stg in May. Deposits were flat."
    head = change_of(headline, "rises", "up", by="3.2 billion stg", field="title", subject="bank lending")
    tail = change_of(body, "rose", "up", by="1.6 billion stg")
    flags = run("CT302", body, [*head, *tail], headline=headline)
    assert [f.code for f in flags] == ["CT302"]
    fixed = headline.replace("3.2", "1.6")
    head = change_of(fixed, "rises", "up", by="1.6 billion stg", field="title", subject="bank lending")
    assert run("CT302", body, [*head, *tail], headline=fixed) == []


# CT303 inside a change: (sentence, verb, direction, by, from, to, flagged surface or None).
# Each clean row is a minimal edit of the flagged row above it.
SLIP_CASES = [
    ("Turnover rose 8% to $2.7 million from $2.5 billion.", "rose", "up", "8%", "$2.5 billion", "$2.7 million", True),
    ("Turnover rose 8% to $2.7 billion from $2.5 billion.", "rose", "up", "8%", "$2.5 billion", "$2.7 billion", False),
    (
        "Turnover rose 40% to $2.7 million from $2.5 billion.",
        "rose",
        "up",
        "40%",
        "$2.5 billion",
        "$2.7 million",
        False,
    ),
    (
        "Grain stocks fell to 4.1 million tonnes from 4.6 billion tonnes.",
        "fell",
        "down",
        None,
        "4.6 billion tonnes",
        "4.1 million tonnes",
        True,
    ),
    (
        "Grain stocks fell to 4.1 million tonnes from 4.6 million tonnes.",
        "fell",
        "down",
        None,
        "4.6 million tonnes",
        "4.1 million tonnes",
        False,
    ),
    (
        "The deficit narrowed to €3.9 billion from €4.4 million last year.",
        "narrowed",
        "down",
        None,
        "€4.4 million",
        "€3.9 billion",
        True,
    ),
    (
        "The deficit narrowed to €4.9 billion from €4.4 million last year.",
        "narrowed",
        "down",
        None,
        "€4.4 million",
        "€4.9 billion",
        False,
    ),
    (
        "Bookings climbed to 6.3 million nights from 5.8 thousand nights.",
        "climbed",
        "up",
        None,
        "5.8 thousand nights",
        "6.3 million nights",
        True,
    ),
    (
        "Bookings climbed to 6.3 million nights from 5.8 million nights.",
        "climbed",
        "up",
        None,
        "5.8 million nights",
        "6.3 million nights",
        False,
    ),
    (
        "Ore output rose to 9.5 million tonnes from 1.1 billion tonnes.",
        "rose",
        "up",
        None,
        "1.1 billion tonnes",
        "9.5 million tonnes",
        False,
    ),
]


@pytest.mark.parametrize("case", SLIP_CASES, ids=lambda c: c[0][:40])
def test_ct303_scale_slip_inside_a_change(case):
    text, verb, direction, by, old, new, flagged = case
    flags = run("CT303", text, change_of(text, verb, direction, by=by, from_=old, to=new))
    assert [f.code for f in flags] == (["CT303"] if flagged else [])
    if flagged:
        assert "a scale word is likely wrong" in flags[0].message
        assert {text[flags[0].start : flags[0].end], text[flags[0].related[0].start : flags[0].related[0].end]} == {
            old,
            new,
        }


def test_ct303_scale_slip_message_shows_the_rescaled_change():
    text = SLIP_CASES[0][0]
    (flag,) = run("CT303", text, change_of(text, "rose", "up", by="8%", from_="$2.5 billion", to="$2.7 million"))
    assert flag.message == (
        "from $2.5 billion to $2.7 million is a change of a thousandfold or more; "
        "with one scale word changed it would be +8.0%: a scale word is likely wrong"
    )


def test_ct303_scale_slip_names_the_odd_end_from_its_neighbours():
    text = "Loans grew to $4.8 million in May from $4.6 billion in April and $4.1 billion a year ago."
    claims = [*change_of(text, "grew", "up", from_="$4.6 billion", to="$4.8 million"), fig(text, "$4.1 billion")]
    (flag,) = run("CT303", text, claims)
    assert text[flag.start : flag.end] == "$4.8 million"
    assert flag.suggestion == "$4.8 billion"
    calm = text.replace("$4.8 million", "$4.8 billion")
    claims = [*change_of(calm, "grew", "up", from_="$4.6 billion", to="$4.8 billion"), fig(calm, "$4.1 billion")]
    assert run("CT303", calm, claims) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Sales surged to $805 million in the quarter, up from $393 billion a year earlier.", True),
        ("Sales surged to $805 million in the quarter, against $393 billion a year earlier.", True),
        ("Sales surged to $805 million in the quarter while debt hit $393 billion a year earlier.", False),
        ("Sales surged to $805 million in the quarter, up from $393 million a year earlier.", False),
    ],
)
def test_ct303_scale_slip_reads_an_unlinked_from(text, flagged):
    later = "$393 billion" if "$393 billion" in text else "$393 million"
    claims = [*change_of(text, "surged", "up", to="$805 million"), fig(text, later)]
    assert [f.code for f in run("CT303", text, claims)] == (["CT303"] if flagged else [])


# CT303 with round mantissas: (text, first, second, kwargs, flagged). A round number needs
# a shared subject or shared words around the two figures; each clean row edits the one above.
ROUND_REPEATS = [
    (
        "The state fund lent the airline $4 billion in March. Critics said the $4 million the fund lent was too much.",
        "$4 billion",
        "$4 million",
        {},
        True,
    ),
    (
        "The state fund lent the airline $4 billion in March. Separately, a museum raised $4 million from donors.",
        "$4 billion",
        "$4 million",
        {},
        False,
    ),
    (
        "Dockworkers won 40 million euros in back pay. The 40 billion euros in back pay arrives next year.",
        "40 million euros",
        "40 billion euros",
        {},
        True,
    ),
    (
        "Dockworkers won 40 million euros in back pay. The 40 billion euros of state debt matures next year.",
        "40 million euros",
        "40 billion euros",
        {},
        False,
    ),
    (
        "Tolls bring the city $2.6 million a month. Officials said tolls bring $2.6 billion a month.",
        "$2.6 million a month",
        "$2.6 billion a month",
        {"per": "month"},
        True,
    ),
    (
        "Tolls bring the city $2.6 million a month. Officials said tolls brought $2.6 billion in all.",
        "$2.6 million a month",
        "$2.6 billion",
        {"per": "month"},
        False,
    ),
]


_EURO_VALUES = {"40 million euros": 40 * 10**6, "40 billion euros": 40 * 10**9}


@pytest.mark.parametrize("case", ROUND_REPEATS, ids=lambda c: c[0][:40] if isinstance(c, str) else None)
def test_ct303_round_repeats_need_shared_words(case):
    text, first, second, kw, flagged = case
    claims = [fig(text, first, **kw), fig(text, second, **(kw if second.endswith("month") else {}))]
    if first.endswith("euros"):
        claims = [money(text, surface, str(_EURO_VALUES[surface]), "EUR") for surface in (first, second)]
    flags = run("CT303", text, claims)
    assert [f.code for f in flags] == (["CT303"] if flagged else [])
    if flagged:
        assert text[flags[0].start : flags[0].end] == second


# CT302 without a subject match: (headline, head surface, body, body surfaces, flagged). A
# headline figure nothing in the body supports, while the body gives figures of its kind and
# unit of like size. Each clean row edits the flagged one above it.
UNSUPPORTED_HEADLINES = [
    (
        "Carrier cuts 6,400 jobs",
        "6,400 jobs",
        "The airline said it would cut 3,200 jobs by March.",
        ["3,200 jobs"],
        True,
    ),
    (
        "Carrier cuts 3,200 jobs",
        "3,200 jobs",
        "The airline said it would cut 3,200 posts by March.",
        ["3,200 posts"],
        False,
    ),
    ("Carrier cuts 6,400 jobs", "6,400 jobs", "The airline said it has 90,000 jobs in all.", ["90,000 jobs"], False),
    (
        "Court rejects $90 billion claim",
        "$90 billion",
        "Judges threw out the $60 billion claim.",
        ["$60 billion"],
        True,
    ),
    (
        "Court rejects $60 billion claim",
        "$60 billion",
        "Judges threw out the $60 billion claim.",
        ["$60 billion"],
        False,
    ),
    ("Jobless rate falls to 1.2%", "1.2%", "The rate fell to 1.1% after 1.3% a year ago.", ["1.1%", "1.3%"], True),
    ("Jobless rate falls to 1.2%", "1.2%", "The rate fell to 1.2% after 1.3% a year ago.", ["1.2%", "1.3%"], False),
    ("Copper stays above $100", "$100", "Copper traded at $50 a tonne on Friday.", ["$50"], True),
    ("Copper stays above $50", "$50", "Copper traded at $52 a tonne on Friday.", ["$52"], False),
]


@pytest.mark.parametrize("case", UNSUPPORTED_HEADLINES, ids=lambda c: f"{c[0]}|{c[2][:20]}")
def test_ct302_flags_a_headline_figure_the_body_never_gives(case):
    headline, surface, body, surfaces, flagged = case
    head = fig(headline, surface, field="title", approx="over" if "above" in headline else None)
    tails = [fig(body, s) for s in surfaces]
    flags = run("CT302", body, [head, *tails], headline=headline)
    assert [f.code for f in flags] == (["CT302"] if flagged else [])
    if flagged:
        assert (flags[0].field, headline[flags[0].start : flags[0].end]) == ("title", surface)


@pytest.mark.parametrize(
    ("text", "first", "second", "flagged"),
    [
        ("The deficit was 2.1% of GDP. The treasury said the deficit was 2.9% of GDP.", "2.1%", "2.9%", True),
        ("The deficit was 2.1% of GDP. The treasury said the deficit was 2.1% of GDP.", "2.1%", "2.1%", False),
        ("The party won 21% of voters. Pollsters said the party won 29% of voters.", "21%", "29%", False),
    ],
)
def test_ct301_compares_ratios_to_gdp_but_not_shares(text, first, second, flagged):
    subject = "the deficit" if "deficit" in text else "the party"
    claims = [fig(text, first, subject=subject), fig(text, second, nth=1 if first == second else 0, subject=subject)]
    assert [f.code for f in run("CT301", text, claims)] == (["CT301"] if flagged else [])


# CT303 in a conversion: (text, original, [conversions], flagged surface, suggestion). Each
# clean row (flagged None) edits the row above it.
CONVERSIONS = [
    (
        "The brewer paid $420 million (£230 billion) for the chain.",
        "$420 million",
        ["£230 billion"],
        "£230 billion",
        None,
    ),
    ("The brewer paid $420 million (£230 million) for the chain.", "$420 million", ["£230 million"], None, None),
    (
        "The insurer set aside €310 million (£265 million; $402 billion) for claims.",
        "€310 million",
        ["£265 million", "$402 billion"],
        "$402 billion",
        "$402 million",
    ),
    (
        "The insurer set aside €310 million (£265 million; $402 million) for claims.",
        "€310 million",
        ["£265 million", "$402 million"],
        None,
        None,
    ),
    (
        "The state sold bonds worth ¥90 million ($810 million; £440 million).",
        "¥90 million",
        ["$810 million", "£440 million"],
        "¥90 million",
        "¥90 billion",
    ),
    (
        "The state sold bonds worth ¥90 billion ($810 million; £440 million).",
        "¥90 billion",
        ["$810 million", "£440 million"],
        None,
        None,
    ),
    (
        "The fine of 40 million rand ($2.9 billion) was upheld.",
        "40 million rand",
        ["$2.9 billion"],
        "$2.9 billion",
        None,
    ),
    ("The fine of 40 million rand ($2.9 million) was upheld.", "40 million rand", ["$2.9 million"], None, None),
]


@pytest.mark.parametrize("case", CONVERSIONS, ids=lambda c: c[0][:45] if isinstance(c, str) else None)
def test_ct303_conversion_a_thousandfold_off(case):
    text, original, conversions, flagged, suggestion = case
    source = money(text, original, str(40 * 10**6), "ZAR") if "rand" in original else fig(text, original)
    claims = [source, *(fig(text, c, converted_from=source.id) for c in conversions)]
    flags = run("CT303", text, claims)
    assert [text[f.start : f.end] for f in flags] == ([flagged] if flagged else [])
    if flagged:
        assert flags[0].suggestion == suggestion
        assert "a thousandfold off" in flags[0].message


@pytest.mark.parametrize(
    ("text", "flagged", "suggestion"),
    [
        ("Net profit reached €1.4 billion (£960 million; $1.85 million) last year.", "$1.85 million", "$1.85 billion"),
        ("Net profit reached €1.4 billion (£960 million; $1.85 billion) last year.", None, None),
        ("Net profit reached €1.4 billion; £960 million; $1.85 million went to tax.", None, None),
    ],
)
def test_ct303_conversion_read_from_the_layout_when_unlinked(text, flagged, suggestion):
    surfaces = ["€1.4 billion", "£960 million", "$1.85 million" if "$1.85 million" in text else "$1.85 billion"]
    flags = run("CT303", text, [fig(text, s) for s in surfaces])
    assert [(text[f.start : f.end], f.suggestion) for f in flags] == ([(flagged, suggestion)] if flagged else [])


# CT303 in a series of values: (text, surfaces, flagged surface, suggestion). Clean rows edit
# the flagged ones: the right scale word, or words between that make no series.
SERIES = [
    (
        "Loans rose to $4.64 billion from $4.42 billion in the third quarter and $3.51 million a year earlier.",
        ["$4.64 billion", "$4.42 billion", "$3.51 million"],
        "$3.51 million",
        "$3.51 billion",
    ),
    (
        "Loans rose to $4.64 billion from $4.42 billion in the third quarter and $3.51 billion a year earlier.",
        ["$4.64 billion", "$4.42 billion", "$3.51 billion"],
        None,
        None,
    ),
    (
        "The surplus was 7.2 billion rand in 1986 versus 5.9 million rand the previous year.",
        ["7.2 billion rand", "5.9 million rand"],
        "5.9 million rand",
        None,
    ),
    (
        "The surplus was 7.2 billion rand in 1986 versus 5.9 billion rand the previous year.",
        ["7.2 billion rand", "5.9 billion rand"],
        None,
        None,
    ),
    ("The firm lost $5.1 million against sales of $4.8 billion.", ["$5.1 million", "$4.8 billion"], None, None),
    (
        "The balance showed a surplus of $640 million, compared with a deficit of $410 billion in May.",
        ["$640 million", "$410 billion"],
        "$410 billion",
        None,
    ),
    (
        "The balance showed a surplus of $640 million, compared with a deficit of $410 million in May.",
        ["$640 million", "$410 million"],
        None,
        None,
    ),
    (
        "Float fell to $310 million on Friday from $330 billion on Tuesday.",
        ["$310 million", "$330 billion"],
        "$330 billion",
        None,
    ),
    (
        "Float fell to $310 million on Friday from $330 million on Tuesday.",
        ["$310 million", "$330 million"],
        None,
        None,
    ),
    ("Reserves were $4.1 billion; a year earlier debt was $3.9 million.", ["$4.1 billion", "$3.9 million"], None, None),
]


@pytest.mark.parametrize("case", SERIES, ids=lambda c: c[0][:45] if isinstance(c, str) else None)
def test_ct303_series_a_thousandfold_apart(case):
    text, surfaces, flagged, suggestion = case
    flags = run("CT303", text, [fig(text, s) for s in surfaces])
    assert [(text[f.start : f.end], f.suggestion) for f in flags] == ([(flagged, suggestion)] if flagged else [])


@pytest.mark.parametrize(
    ("head_value", "flagged"),
    [("146.4%", True), ("48.8%", False), ("85%", False)],
)
def test_ct302_a_bound_in_the_body_supports_only_nearby_headline_figures(head_value, flagged):
    headline = f"Debt ratio falls to {head_value}"
    body = "The debt service ratio fell to 48.8% last year. It was over 70% in 1990."
    head = fig(headline, head_value, field="title")
    tails = [fig(body, "48.8%"), fig(body, "70%", approx="over")]
    flags = run("CT302", body, [head, *tails], headline=headline)
    assert [f.code for f in flags] == (["CT302"] if flagged else [])


# CT301 on a restated sentence: the same sentence written twice with one figure changed.
_FILLER = " Analysts had expected little change. "
RESTATED_FLAGGED = [
    (
        "Grain exports rose 3.2 pct in June after a 1.1 pct dip in May, the agency said.",
        "Grain exports rose 3.8 pct in June after a 1.1 pct dip in May, the agency said.",
        "3.8 pct",
    ),
    (
        "The club sold 41,000 season tickets for the new campaign, its chairman told members.",
        "The club sold 14,000 season tickets for the new campaign, its chairman told members.",
        "14,000 season tickets",
    ),
    (
        "Rebuilding the harbour wall will cost £86 million over three years, the council said.",
        "Rebuilding the harbour wall will cost £68 million over three years, the council said.",
        "£68 million",
    ),
    (
        "Mill owners shipped 2.4 million tonnes of pulp to buyers in Asia during the winter.",
        "Mill owners shipped 2.4 million tonnes of pulp to buyers in Asia during the winter.".replace("2.4", "4.2"),
        "4.2 million tonnes",
    ),
    (
        "Hospital admissions climbed to 912 last week from 877 a week earlier, officials reported.",
        "Hospital admissions climbed to 912 last week from 787 a week earlier, officials reported.",
        "787",
    ),
]
RESTATED_CLEAN = [
    # the same sentence, same figures: a harmless repeat
    (
        "Grain exports rose 3.2 pct in June after a 1.1 pct dip in May, the agency said.",
        "Grain exports rose 3.2 pct in June after a 1.1 pct dip in May, the agency said.",
    ),
    # another month: not the same statement
    (
        "Grain exports rose 3.2 pct in June after a 1.1 pct dip in May, the agency said.",
        "Grain exports rose 3.8 pct in July after a 1.1 pct dip in May, the agency said.",
    ),
    # another subject
    (
        "The club sold 41,000 season tickets for the new campaign, its chairman told members.",
        "The club sold 14,000 match tickets for the new campaign, its chairman told members.",
    ),
    # too short to be recognised as the same statement (and about other things)
    ("Costs were £86 million.", "Sales were £68 million."),
    # the same value written another way
    (
        "Mill owners shipped 2.4 million tonnes of pulp to buyers in Asia during the winter.",
        "Mill owners shipped 2,400,000 tonnes of pulp to buyers in Asia during the winter.",
    ),
]


@pytest.mark.parametrize(("first", "again", "surface"), RESTATED_FLAGGED, ids=lambda v: str(v)[:30])
def test_ct301_flags_a_restated_sentence_with_another_figure(first, again, surface):
    import claimtrack

    text = first + _FILLER + again
    flags = [f for f in claimtrack.check(text, published=date(2026, 7, 20)).flags if f.code == "CT301"]
    assert [text[f.start : f.end] for f in flags] == [surface]
    assert flags[0].start > len(first)
    assert flags[0].related[0].end <= len(first)


@pytest.mark.parametrize(("first", "again"), RESTATED_CLEAN, ids=lambda v: str(v)[:30])
def test_ct301_restated_look_alikes_pass(first, again):
    import claimtrack

    text = first + _FILLER + again
    assert [f for f in claimtrack.check(text, published=date(2026, 7, 20)).flags if f.code == "CT301"] == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Acme's debt was $1 billion in March. Officials later said Acme's debt was $1 million.", True),
        ("Groups that raised $1 million or more were counted. Fundraising by the groups passed $1 billion.", False),
        ("Ferry fares raised one million pounds. The ferry fares scheme is worth one billion pounds.", False),
    ],
)
def test_ct303_a_plain_one_needs_the_same_subject(text, flagged):
    import claimtrack

    codes = [f.code for f in claimtrack.check(text, config={"select": ["CT303"]}).flags]
    assert codes == (["CT303"] if flagged else [])


# CT301 and a sentence that opens by narrowing its population: another group, no conflict.
SCOPED_CLEAN = [
    "Nurses earned a median salary of $61,000. In rural counties, nurses earned a median salary of $54,000.",
    "Among men, the jobless rate was 6.1%. Among women, the jobless rate was 5.2%.",
    "The jobless rate was 6.1%. If part-timers are counted, the jobless rate was 9.8%.",
    "Ticket sales reached €8.4 million. For the weekend pass alone, ticket sales were €3.1 million.",
    "Average rent was £1,250. Outside the capital, average rent was £780.",
]
SCOPED_FLAGGED = [
    "Among men, the jobless rate was 6.1%. Among men, the jobless rate was 5.2%.",
    "In rural areas, nurses earned a median pay of $61,000. In rural areas, nurses earned a median pay of $54,000.",
]


@pytest.mark.parametrize("text", SCOPED_CLEAN)
def test_ct301_a_narrowed_population_is_another_subject(text):
    import claimtrack

    assert claimtrack.check(text, config={"select": ["CT301"]}).flags == ()


@pytest.mark.parametrize("text", SCOPED_FLAGGED)
def test_ct301_the_same_narrowing_is_still_compared(text):
    import claimtrack

    assert [f.code for f in claimtrack.check(text, config={"select": ["CT301"]}).flags] == ["CT301"]


# A subject that only adds descriptive words to another names the same thing; one that adds
# a qualifier ("adjusted", "annual", "net") names another measure of it.
CT301_SUBSET = [
    (
        "Shares in Norvik closed at $41. Shares in mining group Norvik closed at $44.",
        [("$41", "shares in Norvik"), ("$44", "shares in mining group Norvik")],
        True,
    ),
    (
        "The Halden bridge cost $310 million. The new Halden bridge cost $350 million.",
        [("$310 million", "Halden bridge cost"), ("$350 million", "new Halden bridge cost")],
        False,
    ),
    (
        "The Halden bridge cost $310 million. The Halden river bridge cost $350 million.",
        [("$310 million", "Halden bridge cost"), ("$350 million", "Halden river bridge cost")],
        True,
    ),
    (
        "The trade deficit was $4.1 billion. The seasonally adjusted trade deficit was $4.6 billion.",
        [("$4.1 billion", "trade deficit"), ("$4.6 billion", "seasonally adjusted trade deficit")],
        False,
    ),
    (
        "Ticket sales were €8.4 million. Annual ticket sales were €9.1 million.",
        [("€8.4 million", "ticket sales"), ("€9.1 million", "annual ticket sales")],
        False,
    ),
    (
        "Operating profit was $2.1 million. Net operating profit was $1.8 million.",
        [("$2.1 million", "operating profit"), ("$1.8 million", "net operating profit")],
        False,
    ),
    (
        "Voter turnout was 64%. Youth voter turnout was 41%.",
        [("64%", "voter turnout"), ("41%", "youth voter turnout")],
        False,
    ),
]


@pytest.mark.parametrize(("text", "figures", "flagged"), CT301_SUBSET, ids=lambda v: str(v)[:30])
def test_ct301_subject_with_added_words(text, figures, flagged):
    claims = [fig(text, surface, subject=subject) for surface, subject in figures]
    assert [f.code for f in run("CT301", text, claims)] == (["CT301"] if flagged else [])


# CT303: a rise by more than the level it reaches would start below zero, unless what rose
# may be negative. End to end, through extraction.
CT303_BELOW_ZERO = [
    "Gold holdings rose 2.40 billion francs to 31.7 million.",
    "Cash reserves rose 450 mln marks in the week to 98.2 million marks.",
    "Visitor spending rose 1.2 billion dlrs to 950 mln dlrs.",
    "The fund's assets grew 3.1 billion euros to 412 million euros.",
    "Deposits climbed £600m to £88.5m in March.",
]
CT303_NOT_BELOW_ZERO = [
    "Gold holdings rose 2.40 million francs to 31.7 million.",  # the rise is smaller than the level
    "Cash reserves fell 450 mln marks in the week to 98.2 million marks.",  # a fall
    "The trade balance rose 1.2 billion dlrs to 950 mln dlrs.",  # a balance may start negative
    "Net profit rose 3.1 billion euros to 412 million euros.",  # a profit may start negative
    "Donors raised £600m to £88.5m for the other campaign.",  # an amount raised, not a level
]


@pytest.mark.parametrize("text", CT303_BELOW_ZERO, ids=lambda t: t[:30])
def test_ct303_rise_starting_below_zero(text):
    flags = [f for f in claimtrack.check(text).flags if f.code == "CT303"]
    assert len(flags) == 1
    assert "below zero" in flags[0].message


@pytest.mark.parametrize("text", CT303_NOT_BELOW_ZERO, ids=lambda t: t[:30])
def test_ct303_rise_look_alikes_pass(text):
    assert [f.code for f in claimtrack.check(text).flags if f.code == "CT303"] == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The deficit will fall to 2.4 million dlrs from three billion dlrs in 2026.", True),
        ("The deficit will fall to 2.4 billion dlrs from three billion dlrs in 2026.", False),
        ("Exports of 17.6 billion marks compare with 14.1 million marks a year ago.", True),
        ("Exports of 17.6 billion marks compare with 14.1 billion marks a year ago.", False),
        ("The loss was $761bn, lower than last year's $1.2bn loss.", True),
        ("The loss was $761m, lower than last year's $1.2bn loss.", False),
    ],
    ids=lambda v: str(v)[:30],
)
def test_ct303_spelled_scales_and_comparisons(text, flagged):
    assert ([f.code for f in claimtrack.check(text).flags if f.code == "CT303"] != []) is flagged
