"""Reference files: schema validation, loading, user files taking precedence, data quality."""

from collections import defaultdict
from decimal import Decimal

import pytest

from claimtrack.errors import LexiconError
from claimtrack.reference import ReferenceEntry, load_reference, match, parse_reference, read_reference_file
from claimtrack.reference.loader import match_key, packaged_entries
from claimtrack.reference.schema import expand_alternatives, parse_amount
from claimtrack.reference.words import people_nouns
from claimtrack.settings import Settings

GOOD = {
    "subject": "tin exports",
    "geography": "ID",
    "basis": "per_year",
    "measure": "volume",
    "low": 50000,
    "high": "80 thousand",
    "unit": "tonne",
    "source": "Indonesia statistics office",
    "as_of": 2023,
    "verified": False,
}


def test_good_entry_validates_and_normalises():
    entry = ReferenceEntry.model_validate({**GOOD, "geography": "id", "subject": " Tin  Exports "})
    assert (entry.subject, entry.geography, entry.high) == ("tin exports", "ID", Decimal(80000))
    with pytest.raises(Exception, match="frozen"):
        entry.low = Decimal(1)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"low": 90000}, "low <= high"),
        ({"low": -1}, "low <= high"),
        ({"geography": "Indonesia"}, "ISO alpha-2"),
        ({"basis": "weekly"}, "basis"),
        ({"measure": "weight"}, "measure"),
        ({"unit": None}, "needs a unit"),
        ({"currency": "USD"}, "needs a unit and no currency"),
        ({"measure": "value", "unit": None, "currency": "US dollars"}, "ISO 4217"),
        ({"measure": "value", "unit": None}, "needs a currency"),
        ({"as_of": 24}, "as_of"),
        ({"low": "lots"}, "cannot read"),
        ({"growth": 1.5}, "growth"),
        ({"colour": "red"}, "Extra inputs are not permitted"),
        ({"aliases": [""]}, "at least 1 character"),
    ],
)
def test_bad_entries_are_refused(change, message):
    with pytest.raises(ValueError, match=message):
        ReferenceEntry.model_validate({**GOOD, **change})


def test_amounts_and_alternatives():
    assert parse_amount("1.5 trillion") == Decimal(1_500_000_000_000)
    assert parse_amount("2,500") == Decimal(2500)
    assert parse_amount(0.25) == Decimal("0.25")
    with pytest.raises(ValueError, match="boolean"):
        parse_amount(True)
    assert expand_alternatives("(a|b) c (d|)") == ("a c d", "a c", "b c d", "b c")


ROWS_FILE = """
defaults = { source = "Own desk", as_of = 2024, verified = true, currency = "USD", unit = "tonne" }
columns = ["subject", "geography", "basis", "measure", "low", "high"]
rows = [
  ["tin exports", "ID", "per_year", "volume", 50000, 80000],
  ["tin exports", "ID", "per_year", "value", "1 billion", "3 billion", { note = "refined tin" }],
]
entries = [
  { subject = "nickel exports", geography = "ID", basis = "per_year", measure = "volume", low = 1e6, high = 5e6 },
]
[aliases]
"tin exports" = ["(tin|refined tin) shipments"]
"""


def test_rows_defaults_and_aliases():
    entries = parse_reference(ROWS_FILE, "desk.toml")
    assert [(e.subject, e.measure, e.unit, e.currency) for e in entries] == [
        ("tin exports", "volume", "tonne", None),
        ("tin exports", "value", None, "USD"),
        ("nickel exports", "volume", "tonne", None),
    ]
    assert entries[1].note == "refined tin"
    assert entries[0].aliases == ("(tin|refined tin) shipments",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rows = [", "desk.toml: not valid TOML"),
        ('entries = [{ subject = "x", geography = "ID" }]', "desk.toml: entry 1 \\('x'\\): basis: Field required"),
        ('columns = ["subject", "colour"]', "unknown column"),
        ('columns = ["subject", "geography"]\nrows = [["x"]]', "row 1 has 1 values for 2 columns"),
        ('defaults = { colour = "red" }', "unknown default"),
        (
            ROWS_FILE.replace('"tin exports" = ', '"tin imports" = '),
            "aliases\\] for subject\\(s\\) with no entry: tin imports",
        ),
        (ROWS_FILE.replace('"per_year", "value"', '"per_year", "volume"'), "entry 2 \\('tin exports'\\): duplicate"),
        (ROWS_FILE.replace("50000, 80000", "80000, 50000"), "entry 1 \\('tin exports'\\): .{0,40}low <= high"),
    ],
)
def test_malformed_files_name_file_and_entry(text, message):
    with pytest.raises(LexiconError, match=message) as caught:
        parse_reference(text, "desk.toml")
    assert caught.value.path == "desk.toml"


def test_unreadable_user_file(tmp_path):
    with pytest.raises(LexiconError, match="cannot read"):
        read_reference_file(tmp_path / "missing.toml")


def test_user_files_take_precedence(tmp_path):
    packaged = load_reference().get("goods exports", "CN", "per_month", "value")
    own = tmp_path / "ours.toml"
    own.write_text(
        'defaults = { source = "Our desk", as_of = 2025, verified = true, currency = "USD" }\n'
        'columns = ["subject", "geography", "basis", "measure", "low", "high"]\n'
        'rows = [["goods exports", "CN", "per_month", "value", "250 billion", "350 billion"],\n'
        '        ["tin exports", "ID", "per_year", "value", "1 billion", "3 billion"]]\n',
        encoding="utf-8",
    )
    later = tmp_path / "later.toml"
    later.write_text(own.read_text(encoding="utf-8").replace("Our desk", "Later desk"), encoding="utf-8")
    reference = load_reference(Settings(reference_files=(str(own),)))
    replaced = reference.get("goods exports", "CN", "per_month", "value")
    assert (replaced.source, replaced.low) == ("Our desk", Decimal(250_000_000_000))
    assert replaced.aliases == ()  # aliases belong to the file that defines the entry ...
    assert len(reference) == len(load_reference()) + 1
    found = match(
        "tin exports", "Indonesian tin exports rose in 2025.", kind="money", currency="USD", reference=reference
    )
    assert found.entry.source == "Our desk"
    both = load_reference(Settings(reference_files=(str(own), str(later))))
    assert both.get("goods exports", "CN", "per_month", "value").source == "Later desk"
    assert load_reference().get("goods exports", "CN", "per_month", "value") == packaged  # cache untouched


def test_packaged_data_is_honest_and_consistent():
    entries = packaged_entries()
    assert len(entries) > 500
    assert not any(entry.verified for entry in entries)  # all written from memory
    assert all(entry.source and 1990 < entry.as_of <= 2025 for entry in entries)
    subjects = {entry.subject for entry in entries}
    economies = {entry.geography for entry in entries if entry.subject == "gdp"}
    for entry in entries:  # a part_of names a whole, present wherever the economy is covered
        if entry.part_of:
            assert entry.part_of in subjects, entry.key
            if entry.geography in economies:
                assert load_reference().get(entry.part_of, entry.geography, entry.basis, entry.measure), entry.key


def test_no_phrasing_means_two_subjects_for_one_geography():
    owners = defaultdict(set)
    for entry in packaged_entries():
        for phrase in (entry.subject, *entry.aliases):
            for text in expand_alternatives(phrase):
                owners[(match_key(text), entry.geography, entry.measure)].add(entry.subject)
    clashes = {key: subjects for key, subjects in owners.items() if len(subjects) > 1}
    assert not clashes


def test_starter_coverage():
    keys = {entry.key[:2] for entry in packaged_entries()}
    economies = {code for subject, code in keys if subject == "gdp"}
    assert len(economies - {"world", "EU"}) >= 30
    for code in economies:
        for subject in ("population", "goods exports", "goods imports"):
            assert (subject, code) in keys
    subjects = {entry.subject for entry in packaged_entries()}
    for commodity in (
        "rare earth",
        "rare earth magnet",
        "crude oil",
        "lng",
        "coal",
        "iron ore",
        "steel",
        "copper",
        "aluminium",
        "lithium",
        "gold",
        "wheat",
        "soybean",
        "semiconductor",
    ):
        assert any(subject.startswith(commodity) for subject in subjects), commodity
    assert "people" in {entry.unit for entry in packaged_entries() if entry.subject == "population"}
    assert "people" in people_nouns()
