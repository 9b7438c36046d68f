"""The planting functions of the checks benchmark, on sentences written for these tests."""

from __future__ import annotations

import importlib.util
import random
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

import claimtrack


def _load_planting() -> ModuleType:
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "planting.py"
    spec = importlib.util.spec_from_file_location("bench_planting", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_planting"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


planting = _load_planting()
PUBLISHED = date(2026, 3, 1)


def plants(text: str, title: str = "", kind: str | None = None, seed: int = 0) -> list[tuple[str, str, str]]:
    """(kind, old, new) of every plant the article offers, at most three per kind."""
    claims = claimtrack.extract(text, title=title or None, published=PUBLISHED)
    article = planting.Article(text, title, claims, PUBLISHED)
    found = planting.plants_for(article, seed, "test-article", 3)
    return [(p.kind, p.old, p.new) for p in found if kind is None or p.kind == kind]


# --- surface edits ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "swapped"),
    [
        ("$18.7 billion", "$18.7 million"),
        ("4.5 MLN DLRS", "4.5 BLN DLRS"),
        ("£3bn", "£3m"),
        ("€40m", "€40bn"),
        ("2 trillion yen", "2 billion yen"),
        ("12%", None),
        ("3 miles", None),
        ("40 monkeys", None),
    ],
)
def test_swap_scale(surface: str, swapped: str | None) -> None:
    assert planting.swap_scale(surface) == swapped


@pytest.mark.parametrize("surface", ["3.6 pct", "12%", "$1,250 million", "7 ships", "0.4 points", "1 percent"])
def test_alter_number_changes_by_a_quarter_or_more(surface: str) -> None:
    new = planting.alter_number(surface, random.Random(7))
    assert new is not None
    assert new != surface
    old_number = planting._NUMBER.search(surface).group()
    new_number = planting._NUMBER.search(new).group()
    assert ("," in old_number) == ("," in new_number)
    assert len(old_number.partition(".")[2]) == len(new_number.partition(".")[2])
    old_value, new_value = (float(n.replace(",", "")) for n in (old_number, new_number))
    assert abs(new_value - old_value) >= 0.25 * old_value
    assert surface.replace(old_number, "") == new.replace(new_number, "")


def test_alter_number_avoids_numbers_given() -> None:
    for seed in range(20):
        new = planting.alter_number("10%", random.Random(seed), avoid=frozenset({"5", "15", "20"}))
        assert new == "30%"


@pytest.mark.parametrize("surface", ["no figure here", "0%", "zero tonnes"])
def test_alter_number_needs_a_positive_numeral(surface: str) -> None:
    assert planting.alter_number(surface, random.Random(0)) is None


def test_shift_weekday_keeps_style_and_avoids_readings() -> None:
    for seed in range(10):
        full = planting.shift_weekday("Tuesday", random.Random(seed), avoid=[3])
        assert full in planting.WEEKDAYS
        assert full not in ("Tuesday", "Thursday")
        short = planting.shift_weekday("Tue.", random.Random(seed))
        assert len(short) == 4
        assert short.endswith(".")
        assert short != "Tue."
        assert planting.shift_weekday("FRIDAY", random.Random(seed)).isupper()


def test_match_case() -> None:
    assert planting.match_case("fell", "ROSE") == "FELL"
    assert planting.match_case("fell", "Rose") == "Fell"
    assert planting.match_case("fell", "rose") == "fell"


# --- plants ----------------------------------------------------------------------------------


def test_plant_apply_and_offsets() -> None:
    plant = planting.Plant("x", ("CT999",), "text", 4, 8, "fell", "rose")
    assert plant.apply("Tin rose 5%.", "Tin up") == ("Tin fell 5%.", "Tin up")
    assert plant.site == (4, 8)
    assert plant.delta == 0
    insert = planting.Plant("x", ("CT999",), "title", 0, 0, "former ", "")
    assert insert.apply("Body.", "Mayor Lin") == ("Body.", "former Mayor Lin")
    assert insert.moved("title", 0) == 7
    assert insert.moved("text", 0) == 0


def test_direction_flip_needs_from_and_to() -> None:
    assert plants("Lumber output rose to 9 million tonnes from 8 million tonnes last year.", kind="direction_flip") == [
        ("direction_flip", "rose", "fell")
    ]
    assert plants("Lumber output rose to 9 million tonnes last year.", kind="direction_flip") == []


def test_impossible_date_and_weekday_insert_need_a_day_and_month() -> None:
    text = "The merger must close by June 12, 2026, the regulator said."
    assert plants(text, kind="date_impossible") == [("date_impossible", "12", "31")]
    (inserted,) = plants(text, kind="weekday_insert")
    assert inserted[2].endswith(", ")
    assert inserted[2] != "Friday, "
    assert plants("The merger must close by mid-June, the regulator said.", kind="date_impossible") == []
    assert plants("The merger must close by mid-June, the regulator said.", kind="weekday_insert") == []


def test_february_moves_to_the_thirtieth() -> None:
    assert plants("Bids are due by Feb. 9, 2026.", kind="date_impossible") == [("date_impossible", "9", "30")]


def test_deadline_past_moves_a_future_year_back() -> None:
    # PUBLISHED is 2026-03-01
    assert plants("The new line will open on June 12, 2026.", kind="deadline_past") == [
        ("deadline_past", "2026", "2024")
    ]
    assert plants("The new line opened on June 12, 2025.", kind="deadline_past") == []  # already past
    assert plants("The new line will open on June 12.", kind="deadline_past") == []  # no year written
    assert plants("The new line will open in 2027.", kind="deadline_past") == []  # a year is no event


def test_repeat_changed_needs_one_time_and_no_forecast() -> None:
    same = "Ferry fares rose to $4.60 in May. In May, ferry fares rose to $4.60, the operator said."
    assert [kind for kind, _, _ in plants(same, kind="repeat_changed")] == ["repeat_changed"]
    forecast = "Ferry fares rose to $4.60 in May. Ferry fares could rise to $4.60 in May, the operator said."
    assert plants(forecast, kind="repeat_changed") == []


def test_weekday_shift_needs_a_written_date() -> None:
    (shifted,) = plants("The council vote took place on Tuesday, March 3, 2026.", kind="weekday_shift")
    assert shifted[1] == "Tuesday"
    assert shifted[2] in planting.WEEKDAYS
    assert shifted[2] != "Tuesday"
    assert plants("The council vote took place on Tuesday.", kind="weekday_shift") == []


def test_headline_figure_repeated_in_the_body() -> None:
    body = "Widget sales rose 12% in May, the trade group said."
    (changed,) = plants(body, "Widget sales rise 12%", kind="headline")
    assert changed[1] == "12%"
    assert changed[2] != "12%"
    assert plants(body, "Widget sales rise in May", kind="headline") == []
    assert plants("Widget sales rose in May, the trade group said.", "Widget sales rise 12%", kind="headline") == []


def test_percent_change_needs_by_from_and_to() -> None:
    (changed,) = plants("Ferry revenue rose 25% to $10 billion from $8 billion in 2025.", kind="percent_change")
    assert changed[1] == "25%"
    assert changed[2] != "25%"
    assert plants("Ferry revenue rose to $10 billion from $8 billion in 2025.", kind="percent_change") == []


def test_scale_slips_on_money_and_on_repeats() -> None:
    repeated = "The carrier paid $4.2 billion for the port. Analysts said the $4.2 billion price was high."
    assert plants(repeated, kind="scale_repeat") == [("scale_repeat", "$4.2 billion", "$4.2 million")]
    assert len(plants(repeated, kind="scale_money")) == 2
    different = "The carrier paid $4.2 billion for the port. Analysts said the $4.9 billion bid was high."
    assert plants(different, kind="scale_repeat") == []
    assert plants("The carrier paid $420 for the port.", kind="scale_money") == []


def test_former_needs_the_title_twice() -> None:
    twice = "Governor Ann Smith signed the water bill on Monday. Governor Ann Smith said it would pass."
    found = plants(twice, kind="former_added")
    assert found
    assert all(new.lower() == "former " for _, _, new in found)
    assert (
        plants("Governor Ann Smith signed the water bill on Monday. Smith said it would pass.", kind="former_added")
        == []
    )
    already = "Governor Ann Smith signed the water bill on Monday. The former Governor Ann Smith said it would pass."
    assert all(p[2].lower() == "former " for p in plants(already, kind="former_added"))


def test_planting_is_reproducible() -> None:
    text = (
        "Ferry revenue rose 25% to $10 billion from $8 billion in 2025. The merger must close by June 12, 2026. "
        "Widget sales rose 12% in May."
    )
    first = plants(text, "Widget sales rise 12%", seed=3)
    assert first == plants(text, "Widget sales rise 12%", seed=3)
    assert {kind for kind, _, _ in first} >= {"percent_change", "headline", "date_impossible", "direction_flip"}


def _variants(text: str, kind: str) -> list[str]:
    claims = claimtrack.extract(text, published=PUBLISHED)
    article = planting.Article(text, "", claims, PUBLISHED)
    return [p.variant for p in planting.plants_for(article, 0, "test-article", 3) if p.kind == kind]


def test_variants_split_the_sites() -> None:
    assert _variants("The merger must close by June 12, 2026.", "weekday_insert") == ["year written"]
    assert _variants("The merger must close by June 12.", "weekday_insert") == ["year-less"]
    assert sorted(_variants("Ferry revenue rose to $10 billion from $8 billion.", "scale_money")) == [
        "from/to of a change",
        "from/to of a change",
    ]
    assert _variants("The carrier paid $4.2 billion for the port.", "scale_money") == ["other"]
