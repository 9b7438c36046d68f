import re

import pytest

import claimtrack
from claimtrack.errors import ConfigError
from claimtrack.model import Document, Flag
from claimtrack.rules import REGISTRY
from claimtrack.rules.engine import _deduplicated, _fingerprinted, _sorted, check_document
from claimtrack.rules.registry import Registry, Rule, RuleDocs, SelectedRule
from claimtrack.settings import Settings
from rule_kit import change, money, percent, run

DESIGN_TABLE = {
    "CT001": ("unused-suppression", "info"),
    "CT101": ("percent-change-mismatch", "error"),
    "CT102": ("parts-exceed-whole", "error"),
    "CT103": ("share-over-100", "error"),
    "CT104": ("implied-unit-value", "warning"),
    "CT105": ("respectively-mismatch", "error"),
    "CT106": ("multiplier-mismatch", "error"),
    "CT107": ("points-as-percent", "error"),
    "CT108": ("direction-mismatch", "error"),
    "CT109": ("conversion-mismatch", "error"),
    "CT201": ("implausible-magnitude", "warning"),
    "CT202": ("part-exceeds-whole", "error"),
    "CT203": ("people-over-population", "error"),
    "CT301": ("conflicting-figures", "warning"),
    "CT302": ("headline-mismatch", "error"),
    "CT303": ("scale-word-mismatch", "warning"),
    "CT401": ("weekday-mismatch", "error"),
    "CT402": ("date-arithmetic", "error"),
    "CT403": ("past-deadline", "warning"),
    "CT404": ("impossible-date", "error"),
    "CT501": ("title-conflict", "warning"),
    "CT502": ("unattributed-quote", "info"),
    "CT503": ("name-variant", "warning"),
    "CT504": ("age-conflict", "warning"),
}
DOCS = RuleDocs("does", "bad", "example", "instead", "problems")


def _demo(code: str = "CT990", name: str = "demo-rule") -> Rule:
    return Rule(code=code, name=name, family="demo", severity="info", summary="Demo.", docs=DOCS)


# --- the registry -----------------------------------------------------------------------


def test_registry_holds_exactly_the_design_table():
    assert {rule.code: (rule.name, rule.severity) for rule in REGISTRY} == DESIGN_TABLE


@pytest.mark.parametrize("code", sorted(DESIGN_TABLE))
def test_every_rule_is_documented(code):
    rule = REGISTRY.get(code)
    assert rule is not None
    assert re.fullmatch(r"[a-z]+(?:-[a-z0-9]+)+", rule.name)
    assert rule.summary.strip()
    assert rule.family.strip()
    for section in ("what_it_does", "why_is_this_bad", "example", "use_instead", "known_problems"):
        value = getattr(rule.docs, section)
        assert isinstance(value, str), section
        assert value.strip(), section
    assert rule.docs.example != rule.docs.use_instead


def test_registry_refuses_duplicate_codes_and_names():
    registry = Registry()
    registry.register(_demo())
    with pytest.raises(ValueError, match="code CT990"):
        registry.register(_demo(name="other-name"))
    with pytest.raises(ValueError, match="name demo-rule"):
        registry.register(_demo(code="CT991"))


def test_builtin_registry_refuses_a_second_registration():
    with pytest.raises(ValueError, match="CT101"):
        REGISTRY.register(REGISTRY.get("CT101"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("selector", "expected"),
    [
        ("CT101", ["CT101"]),
        ("ct101", ["CT101"]),
        ("percent-change-mismatch", ["CT101"]),
        ("CT10", [f"CT10{i}" for i in range(1, 10)]),
        ("CT4", ["CT401", "CT402", "CT403", "CT404"]),
        ("CT9", []),
    ],
)
def test_lookup_by_code_prefix_and_name(selector, expected):
    assert [rule.code for rule in REGISTRY.lookup(selector)] == expected


def _selected(**settings) -> list[str]:
    return [choice.rule.code for choice in REGISTRY.select(Settings.model_validate(settings))]


def test_default_selection_is_every_rule():
    assert _selected() == sorted(DESIGN_TABLE)


def test_select_by_prefix_code_and_name():
    assert _selected(select=["CT4"]) == ["CT401", "CT402", "CT403", "CT404"]
    assert _selected(select=["CT302", "title-conflict"]) == ["CT302", "CT501"]


def test_ignore_by_prefix_and_name():
    assert "CT101" not in _selected(ignore=["percent-change-mismatch"])
    assert not {"CT501", "CT502", "CT503", "CT504"} & set(_selected(ignore=["CT5"]))


def test_more_specific_selector_wins():
    assert _selected(select=["CT1"], ignore=["CT101"]) == [f"CT10{i}" for i in range(2, 10)]
    assert _selected(select=["CT101"], ignore=["CT1"]) == ["CT101"]
    assert _selected(select=["CT1"], ignore=["CT1"]) == []


def test_extend_select_adds_to_select():
    assert _selected(select=["CT4"], **{"extend-select": ["CT501"]}) == ["CT401", "CT402", "CT403", "CT404", "CT501"]


@pytest.mark.parametrize("key", ["select", "ignore", "extend-select"])
def test_unknown_selector_raises(key):
    with pytest.raises(ConfigError, match="CT9"):
        REGISTRY.select(Settings.model_validate({key: ["CT9"]}))


def test_severity_override_by_code_and_name():
    chosen = REGISTRY.select(Settings(select=("CT1",), severity={"CT101": "info", "points-as-percent": "warning"}))
    severities = {choice.rule.code: choice.severity for choice in chosen}
    assert severities["CT101"] == "info"
    assert severities["CT107"] == "warning"
    assert severities["CT108"] == "error"


def test_unknown_severity_key_raises():
    with pytest.raises(ConfigError, match="no-such-rule"):
        REGISTRY.select(Settings(severity={"no-such-rule": "info"}))


def test_rule_options_are_validated():
    chosen = REGISTRY.select(Settings(select=("CT104",), rules={"CT104": {"threshold": 0.5}}))
    assert chosen[0].options.threshold == 0.5  # type: ignore[attr-defined]
    by_name = REGISTRY.select(Settings(select=("CT104",), rules={"implied-unit-value": {"threshold": 0.4}}))
    assert by_name[0].options.threshold == 0.4  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "rules",
    [{"CT104": {"threshold": "high"}}, {"CT104": {"treshold": 0.5}}, {"CT101": {"anything": 1}}, {"CT777": {}}],
)
def test_bad_rule_options_raise_config_error(rules):
    with pytest.raises(ConfigError):
        REGISTRY.select(Settings(rules=rules))


def test_check_with_bad_config_raises_before_extracting():
    with pytest.raises(ConfigError):
        claimtrack.check("Sales rose.", config={"select": ["XX1"]})


# --- the engine -------------------------------------------------------------------------


def _flag(code: str, field: str, start: int, end: int, related=()) -> Flag:
    rule = REGISTRY.get(code)
    assert rule is not None
    return Flag(
        code=code,
        name=rule.name,
        severity=rule.severity,
        message="m",
        field=field,
        start=start,
        end=end,
        related=related,
    )


def test_flags_sort_title_first_then_by_position():
    flags = [_flag("CT301", "text", 40, 45), _flag("CT401", "text", 3, 9), _flag("CT302", "title", 20, 24)]
    assert [(f.field, f.start) for f in _sorted(flags)] == [("title", 20), ("text", 3), ("text", 40)]


def test_more_specific_rule_replaces_general_one_on_same_span():
    selected = [SelectedRule(REGISTRY.get(c), REGISTRY.get(c).severity, None) for c in ("CT301", "CT303")]  # type: ignore[arg-type,union-attr]
    general, specific = _flag("CT301", "text", 10, 20), _flag("CT303", "text", 10, 20)
    assert [f.code for f in _deduplicated([general, specific], selected)] == ["CT303"]
    elsewhere = _flag("CT301", "text", 30, 40)
    assert [f.code for f in _deduplicated([general, specific, elsewhere], selected)] == ["CT303", "CT301"]


def test_check_returns_report_with_claims():
    report = claimtrack.check("Nothing to see here.", published="2025-06-09", title="Quiet day")
    assert report.flags == ()
    assert isinstance(report.claims, claimtrack.ClaimSet)
    assert check_document(Document(text=""), Settings()).flags == ()


SENTENCE = "Revenue rose 12% to $12.6 billion from $10.5 billion."


def _ct101_flags(text: str, nth: int = 0) -> list[Flag]:
    by = percent(text, "12%", "12", nth=nth)
    to = money(text, "$12.6 billion", "12600000000", nth=nth)
    old = money(text, "$10.5 billion", "10500000000", nth=nth)
    rise = change(
        text, "rose 12% to $12.6 billion from $10.5 billion", "up", by=by, from_=old, to=to, verb="rose", nth=nth
    )
    return run("CT101", text, [by, to, old, rise])


def test_fingerprint_stable_when_text_is_inserted_before():
    before = _ct101_flags(SENTENCE)
    after = _ct101_flags("Markets were calm on Monday. " + SENTENCE)
    assert len(before) == len(after) == 1
    assert before[0].start != after[0].start
    assert before[0].fingerprint == after[0].fingerprint
    assert re.fullmatch(r"[0-9a-f]{16}", before[0].fingerprint)


def test_identical_flags_get_distinct_fingerprints():
    document = Document(text=SENTENCE + " " + SENTENCE)
    first, second = span_flags = [
        _flag("CT101", "text", 13, 16),
        _flag("CT101", "text", 13 + len(SENTENCE) + 1, 16 + len(SENTENCE) + 1),
    ]
    fingerprinted = _fingerprinted(document, span_flags)
    assert first.fingerprint == second.fingerprint == ""
    assert fingerprinted[0].fingerprint != fingerprinted[1].fingerprint


@pytest.mark.parametrize("code", sorted(DESIGN_TABLE))
def test_every_rule_renders_its_page(code):
    rule = REGISTRY.get(code)
    assert rule is not None
    page = rule.markdown()
    assert page.startswith(f"# {rule.name} ({code})\n")
    for heading in ("## What it does", "## Why is this bad?", "## Example", "## Use instead", "## Known problems"):
        assert heading in page
    assert ("## Options" in page) == bool(rule.options.model_fields)


def test_unimplemented_rules_say_so_and_emit_nothing():
    missing = sorted(rule.code for rule in REGISTRY if not rule.implemented)
    assert missing == []
    for code in missing:
        assert "Not implemented yet" in REGISTRY.get(code).markdown()  # type: ignore[union-attr]


def test_rules_stay_fast_on_a_long_page():
    import time

    from claimtrack.model import ClaimSet
    from claimtrack.rules.engine import run_rules

    sentence = "Sales were $4.{0} million and rose 5% to $4.{0} million from $3.9 million. "
    text = "".join(sentence.format(i % 10) for i in range(3000))
    claims = []
    offset = 0
    for i in range(3000):
        piece = sentence.format(i % 10)
        first = piece.index("$4.")
        claims.append(
            money(piece, f"$4.{i % 10} million", f"4{i % 10}00000", subject="sales").model_copy(
                update={"start": offset + first, "end": offset + first + 12, "id": f"m{i}"}
            )
        )
        offset += len(piece)
    document = Document(text=text)
    start = time.perf_counter()
    flags = run_rules(document, ClaimSet(claims=tuple(claims)), Settings(), REGISTRY.select(Settings()))
    assert time.perf_counter() - start < 5.0
    assert flags


def test_check_honours_inline_suppressions_and_reports_unused_ones():
    import claimtrack

    text = "Monday, June 10, 2025 was busy.\n\nSales rose 5%."
    flagged = claimtrack.check(text)
    assert [flag.code for flag in flagged.flags] == ["CT401"]
    quiet = claimtrack.check("<!-- claimtrack: ignore[CT401] -->\n" + text)
    assert [flag.code for flag in quiet.flags] == []
    stale = claimtrack.check("<!-- claimtrack: ignore[CT201] -->\n" + text)
    assert sorted(flag.code for flag in stale.flags) == ["CT001", "CT401"]
    without_ct001 = claimtrack.check("<!-- claimtrack: ignore[CT201] -->\n" + text, config={"ignore": ["CT001"]})
    assert [flag.code for flag in without_ct001.flags] == ["CT401"]


def _example_parts(example: str) -> tuple[str, str | None, str | None]:
    """A rule example as (body, title, published): "Title: ...\\nBody: ..." and "Published DATE: ..."."""
    title = published = None
    if example.startswith("Title:"):
        head, _, body = example.partition("\n")
        title, example = head.removeprefix("Title:").strip(), body.removeprefix("Body:").strip()
    if example.startswith("Published "):
        head, _, body = example.partition(": ")
        published, example = head.removeprefix("Published ").strip(), body
    return example, title, published


@pytest.mark.parametrize("rule", list(REGISTRY), ids=lambda rule: rule.code)
def test_each_rule_documented_example_fires_end_to_end_and_its_fix_does_not(rule):
    # CT001 reports a comment that silenced nothing among the rules that ran: run them all
    selection = {"select": [rule.code]} if rule.code != "CT001" else None

    def codes(example: str) -> list[str]:
        text, title, published = _example_parts(example)
        report = claimtrack.check(text, title=title, published=published or "2025-06-09", config=selection)
        return [flag.code for flag in report.flags]

    assert rule.code in codes(rule.docs.example), f"{rule.code}: its documented example does not fire"
    assert rule.code not in codes(rule.docs.use_instead), f"{rule.code}: its documented fix still fires"
