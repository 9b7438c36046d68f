"""Matching claims to reference entries: every packaged subject by two novel phrasings,
geography, time basis, and the look-alikes that must not match."""

import re
from importlib import resources

import pytest

from claimtrack.reference import detect_basis, load_reference, match
from claimtrack.reference.geography import geography_lexicon, scan_geography

KIND = {"value": "money", "volume": "measure", "count": "count"}
BASIS_PHRASE = {
    "per_month": "in March 2024",
    "per_quarter": "in the second quarter",
    "per_year": "in 2022",
    "stock": "",
}


def _data_text() -> str:
    folder = resources.files("claimtrack.data").joinpath("reference")
    return "\n".join(
        item.read_text(encoding="utf-8") for item in folder.iterdir() if item.name.endswith(".toml")
    ).lower()


DATA = _data_text()


def _novel(phrase: str) -> bool:
    """True when the phrasing (its place names aside) appears nowhere in the data files."""
    bare = scan_geography(phrase).without(phrase)
    bare = re.sub(r"^\s*['’]s\s+|\s+", " ", bare).strip().lower()
    return re.search(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", DATA) is None


def _name(code: str) -> str:
    return geography_lexicon().countries[code].names[0]


def _rule_inverted(subject: str) -> str:
    """General rule 1: head noun first, "of", the modifiers; "the overall" in front."""
    words = subject.split()
    if len(words) == 1:
        return f"the overall {words[0]}"
    return f"the overall {words[-1]} of {' '.join(words[:-1])}"


def _rule_hyphenated(subject: str) -> str:
    """General rule 2: modifiers hyphenated, "combined ... figure" around them."""
    words = subject.split()
    if len(words) == 1:
        return f"combined {words[0]} figure"
    return f"combined {'-'.join(words[:-1])} {words[-1]} figure"


def _cases():
    for entry in load_reference():
        for rule in (_rule_inverted, _rule_hyphenated):
            yield pytest.param(
                entry, rule, id=f"{entry.subject}-{entry.geography}-{entry.basis}-{entry.measure}-{rule.__name__}"
            )


def _claim_args(entry):
    kind = KIND[entry.measure]
    return {"kind": kind, "currency": entry.currency, "unit": entry.unit}


@pytest.mark.parametrize(("entry", "rule"), list(_cases()))
def test_every_entry_matches_two_novel_phrasings(entry, rule):
    phrase = rule(entry.subject)
    assert _novel(phrase), phrase
    basis = BASIS_PHRASE[entry.basis]
    if entry.geography == "world":
        subject, sentence = f"global {phrase}", f"Worldwide, {phrase} changed {basis}."
    elif entry.geography == "any":
        subject, sentence = phrase, f"Analysts said {phrase} changed {basis}."
    elif rule is _rule_inverted:  # the country in the subject
        subject = f"{_name(entry.geography)}'s {phrase.removeprefix('the ')}"
        sentence = f"Officials said {subject} changed {basis}."
    else:  # the country in the sentence only
        subject, sentence = phrase, f"In {_name(entry.geography)}, {phrase} changed {basis}."
    found = match(subject, sentence, **_claim_args(entry))
    assert found is not None, (subject, sentence)
    assert found.entry == entry, (subject, sentence, found.entry.key)


# Hand-written phrasings, two per subject group, none of them in the data files:
# (subject, sentence, kind, currency or unit, expected subject, expected geography)
HAND = [
    ("the size of Brazil's economy", "It grew in 2023.", "money", "USD", "gdp", "BR"),
    ("the Korean gross-domestic-product figure", "It shrank last year.", "money", "USD", "gdp", "KR"),
    ("the number of Mexican inhabitants", "It was counted in 2020.", "count", "people", "population", "MX"),
    ("Poland's total populace", "", "count", "people", "population", "PL"),
    ("Thai exports of merchandise", "They fell in April 2024.", "money", "USD", "goods exports", "TH"),
    ("the value of Swedish goods exported", "Exports rose in 2021.", "money", "USD", None, None),
    ("purchases by Indonesia from abroad", "They rose in June.", "money", "USD", "goods imports", "ID"),
    ("the foreign purchases total of Argentina", "They rose in June.", "money", "USD", "goods imports", "AR"),
    ("Canada's two-way trade", "It rose with the US in 2022.", "money", "USD", None, None),
    ("Norway's overall external trade", "It rose in 2022.", "money", "USD", "goods trade", "NO"),
    ("Italian public expenditures", "They rose in 2019.", "money", "EUR", "government budget", "IT"),
    ("the Spanish government's outlays", "They rose in 2019.", "money", "EUR", "government budget", "ES"),
    ("China's rare-earth element shipments", "They fell in May.", "money", "USD", None, None),
    ("Chinese exports of rare earth elements", "They fell in May.", "money", "USD", "rare earth exports", "CN"),
    (
        "the shipments of Chinese rare-earth magnets",
        "They fell in May.",
        "measure",
        "tonne",
        "rare earth magnet exports",
        "CN",
    ),
    ("China's neodymium-magnet exports", "They fell in May.", "measure", "tonne", "rare earth magnet exports", "CN"),
    ("Saudi crude pumping", "", "measure", "barrel / day", None, None),
    ("Iraq's pumping of oil", "Output was steady in 2023.", "measure", "barrel / day", "oil production", "IQ"),
    ("imports of crude oil by India", "They rose in 2023.", "measure", "barrel / day", "crude oil imports", "IN"),
    ("Japan's imports of liquefied-natural-gas", "They fell in 2023.", "measure", "tonne", "lng imports", "JP"),
    ("Qatari exports of liquefied-natural-gas", "They rose in 2023.", "measure", "tonne", "lng exports", "QA"),
    ("Indonesian exports of coals", "They rose in 2022.", "measure", "tonne", "coal exports", "ID"),
    ("the coal-mine output of India", "It rose in 2022.", "measure", "tonne", "coal production", "IN"),
    ("Chinese arrivals of iron ores", "They rose in October.", "measure", "tonne", "iron ore imports", "CN"),
    ("Brazil's shipments of iron ores", "They rose in 2022.", "measure", "tonne", "iron ore exports", "BR"),
    ("China's crude-steel production", "It fell in 2023.", "measure", "tonne", "steel production", "CN"),
    ("Korean finished-steel exports", "They fell in 2023.", "measure", "tonne", "steel exports", "KR"),
    ("Chile's mined-copper output", "It fell in 2023.", "measure", "tonne", "copper production", "CL"),
    (
        "China's imports of copper ores and concentrates",
        "They rose in May.",
        "measure",
        "tonne",
        "copper concentrate imports",
        "CN",
    ),
    ("Chinese unwrought-copper imports", "They rose in May.", "measure", "tonne", "copper imports", "CN"),
    ("Russian primary-aluminum output", "It rose in 2021.", "measure", "tonne", "aluminium production", "RU"),
    ("China's exports of aluminums", "They rose in 2021.", "measure", "tonne", "aluminium exports", "CN"),
    ("Australia's supply of lithium", "It rose in 2023.", "measure", "tonne", "lithium production", "AU"),
    ("the lithium-market size", "Globally it rose in 2022.", "money", "USD", "lithium market", "world"),
    ("Russia's gold-mine production", "It rose in 2022.", "measure", "tonne", "gold production", "RU"),
    ("Germany's official gold holding", "", "measure", "tonne", "gold reserves", "DE"),
    ("Russia's sales of wheat abroad", "They rose in 2023.", "measure", "tonne", "wheat exports", "RU"),
    ("India's wheat harvests", "They fell in 2022.", "measure", "tonne", "wheat production", "IN"),
    ("Chinese arrivals of soybeans", "They rose in May.", "measure", "tonne", "soybean imports", "CN"),
    ("the soy crops of Brazil", "They rose in 2023.", "measure", "tonne", "soybean production", "BR"),
    ("worldwide chip-industry sales", "They rose in 2024.", "money", "USD", "semiconductor sales", "world"),
    ("South Korea's chip-exports total", "They rose in May.", "money", "USD", "semiconductor exports", "KR"),
    ("the retailer's top-line", "Walmart said it rose in 2024.", "money", "USD", "company revenue", "unknown"),
    ("Wal-Mart's annual turnover", "", "money", "USD", "walmart revenue", "unknown"),
    ("Nvidia's stock-market value", "", "money", "USD", "nvidia market value", "unknown"),
    ("the chipmaker's market capitalizations", "", "money", "USD", "company market value", "unknown"),
]


@pytest.mark.parametrize(
    ("subject", "sentence", "kind", "units", "expected", "geography"), HAND, ids=[h[0] for h in HAND]
)
def test_hand_written_phrasings(subject, sentence, kind, units, expected, geography):
    args = {"currency": units} if kind == "money" else {"unit": units}
    found = match(subject, sentence, kind=kind, **args)
    if expected is None:
        assert found is None, found
        return
    assert _novel(subject), subject
    assert found is not None
    assert (found.entry.subject, found.geography) == (expected, geography)


@pytest.mark.parametrize(
    ("subject", "sentence", "geography"),
    [
        ("exports", "Chinese exports jumped in May.", "CN"),  # demonym in the sentence
        ("exports", "Beijing's exports jumped in May.", "CN"),  # metonym
        ("the PRC's exports", "They jumped in May.", "CN"),  # abbreviation in the subject
        ("exports", "The U.S. exported less in May.", "US"),
        ("exports", "Shipments from Türkiye rose in May.", "TR"),  # the only country: the exporter
        ("the Netherlands' imports", "They rose in 2022.", "NL"),  # plural possessive
        ("imports", "Imports rose in 2022, the statistics office in Seoul said.", "KR"),
        ("exports", "Exports rose in 2022.", None),  # no geography at all: world bound
    ],
)
def test_geography_detection(subject, sentence, geography):
    found = match(subject, sentence, kind="money", currency="USD")
    if geography is None:
        assert found is None or found.entry.geography == "world"
    else:
        assert found is not None
        assert (found.geography, found.entry.geography) == (geography, geography)


def test_story_hint_used_only_when_text_names_no_country():
    assert match("exports", "Exports rose in May.", kind="money", currency="USD", geography_hint="JP").geography == "JP"
    found = match("exports", "German exports rose in May.", kind="money", currency="USD", geography_hint="JP")
    assert found.geography == "DE"


@pytest.mark.parametrize(
    ("subject", "sentence"),
    [
        ("Japan's exports", "Japan's exports to China rose in May."),  # bilateral: a part
        ("exports", "Exports from Japan and Korea rose in May."),  # two countries
        ("European exports", "They rose in May."),  # a region
        ("exports", "Asian exports rose in May."),  # a region in the sentence
        ("Japan's car exports", "They rose in May."),  # an extra word: a part of exports
        ("Japan's export prices", "They rose in May."),  # another quantity
        ("the city's budget", "Tokyo's city budget rose in 2023."),  # a city, not the state
        ("China", "China exported more in May."),  # no measured subject
        (None, "China's exports rose in May."),  # no subject at all
    ],
)
def test_look_alikes_do_not_match(subject, sentence):
    assert match(subject, sentence, kind="money", currency="USD") is None


def test_kind_unit_and_currency_must_fit():
    sentence = "Chinese steel exports rose in 2023."
    assert match("steel exports", sentence, kind="measure", unit="tonne") is not None
    assert match("steel exports", sentence, kind="measure", unit="kilogram").entry.unit == "tonne"  # converts
    assert match("steel exports", sentence, kind="measure", unit="barrel / day") is None  # wrong dimension
    assert match("steel exports", sentence, kind="count", unit="ships") is None
    assert match("steel exports", sentence, kind="money", currency="XYZ") is None  # no exchange rate
    assert match("steel exports", sentence, kind="money", currency=None) is None


@pytest.mark.parametrize(
    ("sentence", "basis"),
    [
        ("Exports fell 12% in May from a year earlier.", "per_month"),
        ("Monthly shipments reached a record.", "per_month"),
        ("Exports rose last month.", "per_month"),
        ("Shipments in March 2025 were the lowest since 2020.", "per_month"),
        ("Sales in the third quarter beat forecasts.", "per_quarter"),
        ("Q2 revenue rose.", "per_quarter"),
        ("Annual output rose.", "per_year"),
        ("Output in 2024 hit a record.", "per_year"),
        ("Imports rose 3% a year over the decade.", None),  # a decade is a span
        ("Exports in the first five months of 2025 rose.", None),  # cumulative
        ("Exports year to date rose.", None),
        ("Exports rose in May, and the annual total hit a record.", None),  # mixed
        ("Exports may rise.", None),  # "may" the verb
        ("Exports rose.", None),
    ],
)
def test_basis_detection(sentence, basis):
    assert detect_basis(sentence) == basis


def test_unknown_basis_uses_the_widest_window():
    monthly = match("exports", "China's exports rose in May.", kind="money", currency="USD")
    yearly = match("exports", "China's exports rose in 2023.", kind="money", currency="USD")
    unknown = match("exports", "China's exports rose.", kind="money", currency="USD")
    assert unknown.basis is None
    assert unknown.low <= monthly.low
    assert unknown.high >= yearly.high


def test_missing_basis_is_derived_from_another():
    found = match("Chinese copper concentrate imports", "They rose in the third quarter.", kind="measure", unit="tonne")
    assert found.derived
    assert found.basis == "per_quarter"
    yearly = load_reference().get("copper concentrate imports", "CN", "per_year", "volume")
    assert found.low < yearly.low / 4 < yearly.high / 4 < found.high


def test_world_entry_bounds_a_country_without_its_own():
    found = match("Japan's monthly rare earth exports", "", kind="money", currency="USD")
    assert (found.entry.geography, found.geography, found.judge_low) == ("world", "JP", False)
