import pytest

from rule_kit import measure, money, run

# (text, original surface, value, unit, conversion surface, value, unit)
CT109_FLAGGED = [
    ("The pipeline runs 100 km (160 miles) to the coast.", "100 km", "100", "kilometer", "160 miles", "160", "mile"),
    ("The parcel weighs 3 kg (9.6 pounds) in all.", "3 kg", "3", "kilogram", "9.6 pounds", "9.6", "pound"),
    ("The tank holds 500 litres (300 gallons) of fuel.", "500 litres", "500", "liter", "300 gallons", "300", "gallon"),
    ("It was 40C (140F) in the shade.", "40C", "40", "degree_Celsius", "140F", "140", "degree_Fahrenheit"),
    ("The ship is 300 metres (300 feet) long.", "300 metres", "300", "meter", "300 feet", "300", "foot"),
]
CT109_CLEAN = [
    ("The pipeline runs 100 km (62 miles) to the coast.", "100 km", "100", "kilometer", "62 miles", "62", "mile"),
    ("The parcel weighs 3 kg (6.6 pounds) in all.", "3 kg", "3", "kilogram", "6.6 pounds", "6.6", "pound"),
    ("The tank holds 500 litres (132 gallons) of fuel.", "500 litres", "500", "liter", "132 gallons", "132", "gallon"),
    ("It was 40C (104F) in the shade.", "40C", "40", "degree_Celsius", "104F", "104", "degree_Fahrenheit"),
    ("The ship is 300 metres (984 feet) long.", "300 metres", "300", "meter", "984 feet", "984", "foot"),
    ("The pipeline runs 100 km (60 miles) to the coast.", "100 km", "100", "kilometer", "60 miles", "60", "mile"),
]


def _ct109(text, surface, value, unit, conv_surface, conv_value, conv_unit):
    original = measure(text, surface, value, unit)
    converted = measure(text, conv_surface, conv_value, conv_unit, converted_from=original.id)
    return run("CT109", text, [original, converted])


@pytest.mark.parametrize("case", CT109_FLAGGED, ids=lambda c: c[0][:30])
def test_ct109_flags_the_conversion(case):
    flags = _ct109(*case)
    assert [f.code for f in flags] == ["CT109"]
    assert case[0][flags[0].start : flags[0].end] == case[4]
    assert flags[0].message.startswith(f"{case[1]} is ")


@pytest.mark.parametrize("case", CT109_CLEAN, ids=lambda c: c[0][:30])
def test_ct109_passes(case):
    assert _ct109(*case) == []


def test_ct109_suggests_the_converted_figure():
    (flag,) = _ct109(*CT109_FLAGGED[0])
    assert flag.message == "100 km is 62.1 miles, not 160 miles"
    assert flag.suggestion == "62 miles"


def test_ct109_never_converts_currencies():
    text = "The deal is worth $10 million (£1 million)."
    original = money(text, "$10 million", "10000000")
    converted = money(text, "£1 million", "1000000", currency="GBP", converted_from=original.id)
    assert run("CT109", text, [original, converted]) == []


def test_ct109_skips_units_that_do_not_convert():
    text = "The line carries 5 tonnes (40 km) a day."
    original = measure(text, "5 tonnes", "5", "tonne")
    converted = measure(text, "40 km", "40", "kilometer", converted_from=original.id)
    assert run("CT109", text, [original, converted]) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The two blasts were 700 kilometers (450 miles) apart.", False),  # 700 stands for 720 or so
        ("The two blasts were 700 kilometers (500 miles) apart.", True),
        ("The canal is 3,000 km (1,900 miles) long.", False),
        ("The canal is 3,000 km (2,300 miles) long.", True),
        ("The ferry covers 100 km (80 miles) a day.", True),  # 100 km is 62 miles, rounding aside
    ],
)
def test_ct109_a_round_original_may_be_rounded_to_its_last_but_one_zero(text, flagged):
    import claimtrack

    codes = [f.code for f in claimtrack.check(text, config={"select": ["CT109"]}).flags]
    assert codes == (["CT109"] if flagged else [])
