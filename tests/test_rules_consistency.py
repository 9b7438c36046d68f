from datetime import date

import pytest

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


def test_ct302_money_headline_needs_a_subject_match():
    headline, body = "Nortel in $300m profit revision", "Nortel said it had made $434m in the year."
    head = fig(headline, "$300m", field="title", subject="profit revision")
    tail = fig(body, "$434m", subject="Nortel")
    assert run("CT302", body, [head, tail], headline=headline) == []


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
