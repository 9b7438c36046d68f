"""Table tests for the figure extractor: one row per behaviour, with look-alikes.

Every sentence here was written for these tests. Each look-alike is a minimal edit of a
sentence that does produce the claim, and must produce none.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.figures import find_figures
from claimtrack.settings import Settings
from figure_kit import figures, only

# (id, sentence, surface, kind, expected fields)
POSITIVE = [
    ("thousands-comma", "The port handled 1,238 containers.", "1,238 containers", "count", {"value": 1238}),
    ("thousands-space", "The port handled 1 238 containers.", "1 238 containers", "count", {"value": 1238}),
    ("decimal", "The ratio stood at 1.5 by June.", "1.5", "number", {"value": Decimal("1.5")}),
    ("negative", "The balance was -4.5 at the close.", "-4.5", "number", {"value": Decimal("-4.5")}),
    ("words-million", "Officials counted two million voters.", "two million voters", "count", {"value": 2000000}),
    ("words-dozen", "Rescuers found a dozen survivors.", "a dozen survivors", "count", {"value": 12}),
    ("fraction-half", "Half of the budget went unspent.", "Half", "number", {"value": Decimal("0.5")}),
    ("fraction-third", "A third of the wells ran dry.", "A third", "number", {"value": Decimal(1) / 3}),
    ("fraction-hyphen", "Two-thirds of members agreed.", "Two-thirds", "number", {"value": Decimal(2) / 3}),
    ("multiplicative", "Output saw a sixfold jump.", "sixfold", "number", {"value": 6}),
    ("scale-bn", "The firm raised 1.2bn in bonds.", "1.2bn", "number", {"value": 1200000000}),
    ("scale-M", "The clip had 4.3M views.", "4.3M views", "count", {"value": 4300000}),
    (
        "money-bln",
        "It sold the unit for $3.7bln on Friday.",
        "$3.7bln",
        "money",
        {"value": 3700000000, "currency": "USD"},
    ),
    (
        "money-hkd",
        "The deal is worth HK$250 million.",
        "HK$250 million",
        "money",
        {"currency": "HKD", "value": 250000000},
    ),
    ("money-euro-sign", "Fines reached €40 million.", "€40 million", "money", {"currency": "EUR"}),
    ("money-pound-sign", "Tickets cost £12 each.", "£12", "money", {"currency": "GBP", "value": 12}),
    ("money-yen", "The yacht sold for ¥900 million.", "¥900 million", "money", {"currency": "JPY"}),
    (
        "money-rupee",
        "Farmers got Rs 500 crore in aid.",
        "Rs 500 crore",
        "money",
        {"currency": "INR", "value": 5000000000},
    ),
    ("money-lakh", "He paid 13 lakh rupees.", "13 lakh rupees", "money", {"currency": "INR", "value": 1300000}),
    ("money-ringgit", "Shares closed at RM2.15.", "RM2.15", "money", {"currency": "MYR"}),
    ("money-real", "The fare is R$40.", "R$40", "money", {"currency": "BRL"}),
    ("money-chf", "Fees are CHF 90 a month.", "CHF 90 a month", "money", {"currency": "CHF", "per": "month"}),
    ("money-code-after", "Reserves hit 30 billion USD.", "30 billion USD", "money", {"currency": "USD"}),
    ("money-yuan", "Sales were 8 billion yuan.", "8 billion yuan", "money", {"currency": "CNY"}),
    ("money-dlrs", "Profit was 45 mln dlrs.", "45 mln dlrs", "money", {"currency": "USD", "value": 45000000}),
    ("money-stg", "Losses were 12 mln stg.", "12 mln stg", "money", {"currency": "GBP"}),
    ("money-euros-word", "They spent 300 euros.", "300 euros", "money", {"currency": "EUR"}),
    ("money-cents", "Stamps rose to 50 cents.", "50 cents", "money", {"value": Decimal("0.5"), "currency": "USD"}),
    ("money-pence", "The stock lost 3 pence.", "3 pence", "money", {"value": Decimal("0.03"), "currency": "GBP"}),
    ("money-sen", "The counter added 18 sen.", "18 sen", "money", {"currency": "MYR"}),
    ("money-per-barrel", "Crude traded at $72 a barrel.", "$72 a barrel", "money", {"per": "barrel"}),
    ("percent-sign", "Turnout was 48.3% this time.", "48.3%", "percent", {"value": Decimal("48.3"), "points": False}),
    ("percent-word", "Turnout was 48 percent this time.", "48 percent", "percent", {"value": 48}),
    ("percent-per-cent", "Turnout was 48 per cent this time.", "48 per cent", "percent", {"value": 48}),
    ("percent-pct", "Turnout was 48 pct this time.", "48 pct", "percent", {"value": 48}),
    ("percent-points", "The lead grew by 3 percentage points.", "3 percentage points", "percent", {"points": True}),
    ("percent-bps", "The bank cut rates by 50 bps.", "50 bps", "percent", {"value": Decimal("0.5"), "points": True}),
    ("percent-basis-points", "Yields fell 25 basis points.", "25 basis points", "percent", {"value": Decimal("0.25")}),
    ("measure-tonnes", "Mills shipped 400 tonnes of steel.", "400 tonnes", "measure", {"unit": "tonne"}),
    (
        "measure-bpd",
        "Output hit 1.2 million barrels per day.",
        "1.2 million barrels per day",
        "measure",
        {"unit": "barrel / day"},
    ),
    (
        "measure-bpd-a-day",
        "Output hit 900,000 barrels a day.",
        "900,000 barrels a day",
        "measure",
        {"unit": "barrel / day"},
    ),
    ("measure-bushels", "Farmers sold 5 million bushels.", "5 million bushels", "measure", {"unit": "bushel"}),
    ("measure-carats", "The stone weighs 102 carats.", "102 carats", "measure", {"unit": "carat"}),
    ("measure-teu", "The terminal moved 3 million TEU.", "3 million TEU", "measure", {"unit": "TEU"}),
    ("measure-mw", "The plant adds 450 MW of capacity.", "450 MW", "measure", {"unit": "megawatt"}),
    ("measure-twh", "Demand reached 12 TWh last winter.", "12 TWh", "measure", {"unit": "terawatt_hour"}),
    ("measure-km", "The road runs 40 km north.", "40 km", "measure", {"unit": "kilometer"}),
    ("measure-sqft", "The shop covers 2,000 square feet.", "2,000 square feet", "measure", {"unit": "square_foot"}),
    ("measure-acres", "The farm spans 300 acres.", "300 acres", "measure", {"unit": "acre"}),
    ("measure-index-points", "The index gained 64 points.", "64 points", "measure", {"unit": "point"}),
    ("measure-pounds-weight", "The calf weighed 90 pounds.", "90 pounds", "measure", {"unit": "pound"}),
    ("age-hyphen", "A 45-year-old driver was held.", "45-year-old", "measure", {"unit": "year", "value": 45}),
    ("age-aged", "A driver aged 45 was held.", "45", "measure", {"unit": "year"}),
    ("count-activists", "Police held 12 activists overnight.", "12 activists", "count", {"unit": "activists"}),
    ("count-adjective", "We polled 500 surveyed firms.", "500 surveyed firms", "count", {"unit": "surveyed firms"}),
    ("count-words", "The camp holds over two million refugees.", "two million refugees", "count", {"approx": "over"}),
    (
        "count-vague",
        "Dozens of people waited outside.",
        "Dozens of people",
        "range",
        {"low": 24, "high": 99, "of": "count"},
    ),
    ("number-bare", "The index closed at 6,327.80 on Friday.", "6,327.80", "number", {"value": Decimal("6327.80")}),
    ("range-percent", "Growth will be 6-7% next year.", "6-7%", "range", {"low": 6, "high": 7, "of": "percent"}),
    ("range-money", "Bids ran $3 billion to $5 billion.", "$3 billion to $5 billion", "range", {"low": 3000000000}),
    ("range-between", "The fee is between 5 and 10 dollars.", "5 and 10 dollars", "range", {"of": "money"}),
    (
        "range-shared-scale",
        "Sales hit 33-35 billion euros.",
        "33-35 billion euros",
        "range",
        {"low": 33000000000, "currency": "EUR"},
    ),
    (
        "range-measure",
        "Beams reach 12.8-13.0 TeV.",
        "12.8-13.0 TeV",
        "range",
        {"low": Decimal("12.8"), "of": "measure"},
    ),
    ("approx-about", "About 300 workers left.", "300 workers", "count", {"approx": "about"}),
    ("approx-more-than", "More than 300 workers left.", "300 workers", "count", {"approx": "over"}),
    ("approx-nearly", "Nearly 300 workers left.", "300 workers", "count", {"approx": "under"}),
    ("approx-at-least", "At least 300 workers left.", "300 workers", "count", {"approx": "at_least"}),
    ("approx-up-to", "Up to 300 workers left.", "300 workers", "count", {"approx": "at_most"}),
    ("approx-as-many-as", "As many as 300 workers left.", "300 workers", "count", {"approx": "at_most"}),
    ("hedge-projected", "Sales are projected to reach $9 billion.", "$9 billion", "money", {"hedge": "projected"}),
    ("hedge-could", "The bill could cost $9 billion.", "$9 billion", "money", {"hedge": "could"}),
    (
        "subject-of",
        "Nearly 40% of rare earth exports went abroad.",
        "40%",
        "percent",
        {"subject": "rare earth exports"},
    ),
    ("fraction-digits", "The track is a 1/4 mile oval.", "1/4 mile", "measure", {"value": Decimal("0.25")}),
    ("mixed-fraction", "The cable runs 10 1/2 miles.", "10 1/2 miles", "measure", {"value": Decimal("10.5")}),
    (
        "fraction-of-point",
        "Rates fell a quarter of a percentage point.",
        "a quarter of a percentage point",
        "percent",
        {"points": True},
    ),
    ("half-a-million", "It sold half a million tonnes.", "half a million tonnes", "measure", {"value": 500000}),
    (
        "dollars-and-cents",
        "It cost 3 dollars and 50 cents.",
        "3 dollars and 50 cents",
        "money",
        {"value": Decimal("3.5")},
    ),
    ("ambiguous-francs", "The stake sold for 500 million francs.", "500 million francs", "money", {"currency": None}),
    ("indian-grouping", "He paid 12,34,567 rupees.", "12,34,567 rupees", "money", {"value": 1234567}),
    ("appositive-age", "Maria Lopez, 52, runs the farm.", "52", "measure", {"unit": "year"}),
    ("hedge-not-month", "Turnout was 48% in May.", "48%", "percent", {"hedge": None}),
    (
        "vague-money",
        "Thousands of dollars were lost.",
        "Thousands of dollars",
        "range",
        {"of": "money", "currency": "USD"},
    ),
    ("or-shares-unit", "Prices rose 5 or 6 percent.", "5", "percent", {"value": 5}),
    ("scaled-marks", "The bank drained 16 billion marks.", "16 billion marks", "money", {"currency": None}),
    ("sub-prefix", "Demand for sub-300 sq m offices grew.", "300 sq m", "measure", {"approx": "under"}),
    # scale letters that are a scale only in context (a currency, a counted noun or a unit after)
    ("scale-B-count", "The army lists 1.46B troops on paper.", "1.46B troops", "count", {"value": 1460000000}),
    ("scale-b-unit", "The mine shipped 41b tonnes of ore.", "41b tonnes", "measure", {"value": 41000000000}),
    ("scale-T-currency", "Reserves hit 56.2T SEK last year.", "56.2T SEK", "money", {"currency": "SEK"}),
    ("scale-MM-currency", "The deal was worth 209.5MM INR.", "209.5MM INR", "money", {"value": 209500000}),
    ("scale-MM-count", "The arena sold 62MM seats.", "62MM seats", "count", {"value": 62000000}),
    ("scale-mm-currency", "They paid 388.1mm Euro for it.", "388.1mm Euro", "money", {"currency": "EUR"}),
    ("scale-mm-length", "The gauge showed 388.1mm of rain.", "388.1mm", "measure", {"unit": "millimeter"}),
    ("scale-G-spaced", "The bill came to 53.2 G PHP.", "53.2 G PHP", "money", {"value": 53200000000}),
    # a glued upper-case C after digits is Celsius; a lower-case c stays cents
    ("celsius-glued", "The furnace reached 1,626C at noon.", "1,626C", "measure", {"unit": "degree_Celsius"}),
    ("cents-glued", "The stamp cost 50c at noon.", "50c", "money", {"value": Decimal("0.5")}),
    # lb and lbs are weights even when scaled; only "pounds" scaled is money
    ("scaled-lb", "They shipped 407.2 tln lb of grain.", "407.2 tln lb", "measure", {"unit": "pound"}),
    ("scaled-pounds", "They shipped 407.2 tln pounds of grain.", "407.2 tln pounds", "money", {"currency": "GBP"}),
    # an abbreviated approximator the sentence splitter takes for a full stop
    ("approx-ca", "Turnout was ca. 38.9 pct in the town.", "38.9 pct", "percent", {"approx": "about"}),
    ("approx-full-stop", "Turnout was low. 38.9 pct in the town.", "38.9 pct", "percent", {"approx": None}),
    # "one" with its noun
    ("one-noun", "Police held one activist overnight.", "one activist", "count", {"value": 1, "unit": "activist"}),
    (
        "one-of-the",
        "It is one of the oldest bridges in the region.",
        "one of the oldest bridges",
        "count",
        {"value": 1, "unit": "oldest bridges"},
    ),
    # a bare number coordinated with a figure just before it shares its unit
    ("coordinated-and", "The builder sold 435 homes in May and 187 in June.", "187", "count", {"unit": "homes"}),
    (
        "coordinated-including",
        "Some 6 million homes lost power, including 1.5 million in the north.",
        "1.5 million",
        "count",
        {"unit": "homes"},
    ),
    ("coordinated-semicolon", "The builder sold 435 homes in May; 187 in June.", "187", "number", {"value": 187}),
    ("coordinated-no-word", "The builder sold 435 homes in May, 187 in June.", "187", "number", {"value": 187}),
    ("coordinated-cents", "The low was 84 cents and the high 91.", "91", "number", {"value": 91}),
    ("coordinated-money", "The fee is $4.25 and 32 is the limit.", "32", "number", {"value": 32}),
    ("coordinated-measure", "It fell 30 metres on Monday and 12 on Tuesday.", "12", "measure", {"unit": "meter"}),
    # an adverb and the participle it grades are no part of the counted noun
    (
        "adverb-participle",
        "That equals 20 newly opened power plants.",
        "20 newly opened power plants",
        "count",
        {"unit": "power plants"},
    ),
    (
        "adverb-adjective",
        "The ward treats 20 elderly patients.",
        "20 elderly patients",
        "count",
        {"unit": "elderly patients"},
    ),
    # "-to-" joins a hyphenated range
    ("range-hyphen-to", "Its 0-to-60-mph time fell.", "0-to-60-mph", "range", {"low": 0, "high": 60}),
    # the "from" of a change survives a currency abbreviation with a full stop
    (
        "change-from-after-fr",
        "Sales jumped to Fr. 310 bln from 300 bln francs.",
        "Fr. 310 bln",
        "money",
        {"currency": "CHF"},
    ),
]


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "fields"), [r[1:] for r in POSITIVE], ids=[r[0] for r in POSITIVE]
)
def test_figure(sentence: str, surface: str, kind: str, fields: dict[str, Any]) -> None:
    claim = only(sentence, surface)
    assert claim.kind == kind
    for name, expected in fields.items():
        actual = getattr(claim, name)
        if isinstance(expected, Decimal) and isinstance(actual, Decimal):
            assert abs(actual - expected) < Decimal("1e-9"), name
        else:
            assert actual == expected, f"{name}: {actual!r} != {expected!r}"


# (id, sentence, surface that must give no figure) — each a minimal edit of a positive row
NEGATIVE = [
    ("year", "The port handled containers in 2025.", "2025"),
    ("year-since", "The port has handled containers since 2022.", "2022"),
    ("month-year", "The port handled containers in May 2025.", "2025"),
    ("day-of-month", "The port handled containers on May 5.", "5"),
    ("clock", "The port closed at 9:01 p.m. on Friday.", "9"),
    ("clock-am", "The port closed at 10 a.m. on Friday.", "10"),
    ("ordinal-century", "The port handled 21st century containers.", "21"),
    ("ordinal-round", "The talks entered the 3rd round.", "3"),
    ("model-boeing", "The airline ordered Boeing 737 jets.", "737"),
    ("model-tesla", "The firm sold Model 3 cars.", "3"),
    ("group-g7", "Leaders of the G7 met.", "7"),
    ("covid", "Cases of COVID-19 fell.", "19"),
    ("s-and-p", "The S&P 500 closed higher.", "500"),
    ("mobile-3g", "The phone runs on 3G networks.", "3"),
    ("fighter", "The air force bought F-35 jets.", "35"),
    ("section", "Tariffs under Section 232 apply.", "232"),
    ("article", "Under Article 5 allies respond.", "5"),
    ("page", "The rule is on page 12 of the report.", "12"),
    ("phone", "Call 555-123-4567 for details.", "555"),
    ("ip", "The server at 192.168.10.1 failed.", "192"),
    ("list-marker", "Steps:\n1. First, file the form.", "1"),
    ("duration-years", "Police held the activists for 15 years.", "15"),
    ("duration-day", "Police announced a 90-day pause.", "90"),
    ("duration-weeks", "Police held the activists for two weeks.", "two"),
    ("one-alone", "Police held no one overnight.", "one"),
    ("one-pronoun", "Police said one of them left.", "one"),
    ("one-verb", "Police said one died overnight.", "one"),
    ("one-eighth", "Police held one eighth overnight.", "one"),
    ("scale-B-no-noun", "The army lists 1.46B on paper.", "1.46"),
    ("mobile-5g", "The army runs 5G networks.", "5"),
    ("celsius-room", "The furnace is in Room 12C at noon.", "12"),
    ("range-hyphen-to-score", "City won 3-to-1 at home.", "1"),
    ("number-word-bare", "The two said nothing.", "two"),
    ("fraction-no-of", "The second half went better.", "half"),
    ("third-ordinal", "The third quarter went better.", "third"),
    ("score", "City won 2-1 at home.", "2"),
    ("fraction-date", "The port reopened on 3/4 this year.", "3/4"),
    ("url", "See https://example.com/report?id=2025&page=12 for containers.", "12"),
    ("address", "The firm moved to 22 Baker Street.", "22"),
    ("year-range", "The 2014-15 season ended.", "2014"),
    ("scores-verb", "He scores often, people say.", "scores"),
    ("second-half-of", "The second half of the season went better.", "half"),
    ("or-year", "Sales hit 1.2 billion in 1986 or 1.8 pct of output.", "1986"),
]


@pytest.mark.parametrize(("sentence", "surface"), [r[1:] for r in NEGATIVE], ids=[r[0] for r in NEGATIVE])
def test_no_figure(sentence: str, surface: str) -> None:
    start = sentence.index(surface)
    end = start + len(surface)
    clash = [c.text for c in figures(sentence) if c.start < end and start < c.end]
    assert clash == []


def test_figures_in_reserved_spans_are_skipped() -> None:
    ctx = FieldContext.build("Police held 12 activists.", "text", None, Settings())
    assert [c.text for c in find_figures(ctx)] == ["12 activists"]
    assert find_figures(ctx, reserved=[(12, 14)]) == []


def test_default_currency_setting() -> None:
    settings = Settings.model_validate({"locale": {"default_currency": "AUD"}})
    claims = find_figures(FieldContext.build("It cost $40.", "text", None, settings))
    assert [c.currency for c in claims if c.kind == "money"] == ["AUD"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Prices slipped, including a 2.6 pct fall for used vans.", "2.6 pct"),
        ("Loans grew at an annualized 7.4 pct rate.", "7.4 pct"),
        ("The levy will remain at 12 pct next year.", "12 pct"),
        ("Shares fell three pct, half the six pct drop of March.", "six pct"),
    ],
)
def test_clause_and_verb_words_are_no_subject(text, surface):
    import claimtrack

    claim = next(c for c in claimtrack.extract(text) if c.text == surface)
    assert claim.subject is None or not set(claim.subject.lower().split()) & {
        "including",
        "annualized",
        "remain",
        "half",
    }
