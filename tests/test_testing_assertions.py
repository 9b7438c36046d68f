"""assert_claims, assert_consistent and assert_flags: passing, failing, and their messages."""

from __future__ import annotations

import pytest

from claimtrack.testing import assert_claims, assert_consistent, assert_flags, expect
from claimtrack.testing.compare import explain

RISE = "Exports rose 4.8% to $12.6 billion in May."


def failure(call: object, *args: object, **kwargs: object) -> str:
    with pytest.raises(AssertionError) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    return str(info.value)


# -- assert_claims ---------------------------------------------------------------------------


def test_assert_claims_passes_and_returns_the_claims() -> None:
    claims = assert_claims(
        RISE,
        expect.change("up", by=expect.percent(4.8), to=expect.money(12.6e9, "USD")),
        expect.date("2025-05"),
        published="2025-06-09",
    )
    assert [c.kind for c in claims] == ["change", "percent", "money", "date"]


def test_each_matcher_needs_its_own_claim() -> None:
    assert_claims("Sales rose 5% and costs rose 5%.", expect.percent(5), expect.percent(5))
    message = failure(assert_claims, "Sales rose 5% and costs fell.", expect.percent(5), expect.percent(5))
    assert message.splitlines()[0] == "assert_claims: 1 of 2 expected claims not found"
    assert "closest: found percent 5 at 11-13 '5%' (already matched by another)" in message


def test_pairing_finds_a_matching_when_a_greedy_one_would_fail() -> None:
    # the loose matcher comes first and could take the 5%, leaving nothing for the strict one
    assert_claims("Sales rose 5% and costs rose 6%.", expect.percent(), expect.percent(5))


def test_assert_claims_failure_message() -> None:
    message = failure(assert_claims, "Exports rose 4.9% in May.", expect.percent(4.8), expect.date("XXXX-05"))
    assert message.splitlines() == [
        "assert_claims: 1 of 2 expected claims not found",
        "",
        "    Exports rose 4.9% in May.",
        "                 ^^^^    ===",
        "    (= matched, ^ closest to a missing claim, + unexpected)",
        "",
        "expected:",
        "  MISSING     expect.percent(4.8)",
        "              closest: found percent 4.9 at 13-17 '4.9%' (value 4.9 != 4.8)",
        "  ok          expect.date('XXXX-05')  =  date XXXX-05 at 21-24 'May'",
        "",
        "found 3 claims:",
        "  change up by percent-b13-17 at 8-17 'rose 4.9%'",
        "  percent 4.9 at 13-17 '4.9%'",
        "  date XXXX-05 at 21-24 'May'",
    ]


def test_near_miss_of_another_kind() -> None:
    message = failure(assert_claims, "The ratio was 4.8 in May.", expect.percent(4.8))
    assert "closest: found number 4.8 at 14-17 '4.8' (kind 'number' != 'percent')" in message


def test_no_claims_at_all() -> None:
    message = failure(assert_claims, "Nothing to see here.", expect.money(5, "USD"))
    assert "closest: no claim at all" in message
    assert message.endswith("found 0 claims:\n  (none)")


def test_exact_forbids_unexpected_figures_but_not_nested_or_other_kinds() -> None:
    text = "Exports rose 4.8% to $12.6 billion in May; 12 activists protested."
    assert_claims(
        text,
        expect.change("up", by=expect.percent(4.8), to=expect.money(12.6e9, "USD")),
        expect.count(12, "activists"),
        exact=True,
    )
    message = failure(assert_claims, text, expect.percent(4.8), expect.money(12.6e9, "USD"), exact=True)
    assert message.splitlines()[0] == "assert_claims: 1 unexpected figure claim (exact=True)"
    assert "  UNEXPECTED  count 12 activists at 43-55 '12 activists'" in message
    assert message.splitlines()[3] == "                 ====    =============         ++++++++++++"


def test_title_claims_are_marked_in_the_title() -> None:
    message = failure(assert_claims, "Exports rose in May.", expect.percent(4.8), title="Exports up 4.9%")
    assert message.splitlines()[2:5] == ["title:", "    Exports up 4.9%", "               ^^^^"]
    assert "closest: found percent 4.9 at title 11-15 '4.9%'" in message


def test_non_matchers_are_refused() -> None:
    with pytest.raises(TypeError, match="expect matchers"):
        assert_claims(RISE, 4.8)  # type: ignore[arg-type]


# -- assert_consistent / assert_flags --------------------------------------------------------

BAD = "Sales rose 10% to $120 from $100."
GOOD = "Sales rose 20% to $120 from $100."


def test_assert_consistent() -> None:
    report = assert_consistent(GOOD)
    assert report.at_least("warning") == []
    message = failure(assert_consistent, BAD)
    assert message.splitlines() == [
        "assert_consistent: 1 flag at warning or above",
        "",
        "CT101 [percent-change-mismatch] error at 11-14: from $100 to $120 is +20.0%, not +10% ('10%')",
        "    Sales rose 10% to $120 from $100.",
        "               ^^^    ----      ----",
        "    suggestion: 20%",
        "    explain: claimtrack rule CT101",
    ]


def test_assert_consistent_follows_config_and_fail_on() -> None:
    assert_consistent(BAD, config={"ignore": ["CT101"]})
    with pytest.raises(ValueError, match="fail_on"):
        assert_consistent(GOOD, fail_on="fatal")


def test_assert_flags_by_code_or_name() -> None:
    assert_flags(BAD, "CT101")
    assert_flags(BAD, "percent-change-mismatch", exact=True)
    assert_flags("On Monday, June 10, 2025, the talks ended.", "CT401")


def test_assert_flags_runs_the_expected_rule_even_when_not_selected() -> None:
    assert_flags(BAD, "CT101", config={"select": ["CT4"]})


def test_assert_flags_matches_codes_and_names_in_any_case_and_prefixes() -> None:
    """A lower-case code used to fail with "CT101 ... not flagged" beside a CT101 flag."""
    assert_flags(BAD, "ct101")
    assert_flags(BAD, "Percent-Change-Mismatch", exact=True)
    assert_flags(BAD, "CT1", exact=True)
    message = failure(assert_flags, BAD, "CT4")
    assert message.splitlines()[0] == "assert_flags: CT4 (any of CT401, CT402, CT403, CT404) not flagged"


def test_assert_flags_runs_the_expected_rule_even_when_ignored() -> None:
    assert_flags(BAD, "CT101", config={"ignore": ["CT101"]})
    assert_flags(BAD, "percent-change-mismatch", config={"ignore": ["percent-change-mismatch", "CT4"]})
    assert_flags(BAD, "CT101", config={"ignore": ["CT1"]})


def test_assert_flags_unknown_rule_is_a_config_error_in_its_own_words() -> None:
    from claimtrack.errors import ConfigError

    with pytest.raises(ConfigError, match=r"^assert_flags: 'CT999' names no rule, prefix or code$"):
        assert_flags(BAD, "CT999")  # it used to blame "extend-select", a setting the test never wrote


def test_assert_flags_failure_message() -> None:
    message = failure(assert_flags, GOOD, "CT101")
    assert message.splitlines() == [
        "assert_flags: CT101 [percent-change-mismatch] not flagged",
        "",
        "missing:",
        "  CT101 [percent-change-mismatch]  explain: claimtrack rule CT101",
        "",
        "text:",
        "    Sales rose 20% to $120 from $100.",
        "",
        "flagged (0):",
        "  (none)",
    ]


def test_assert_flags_exact() -> None:
    text = BAD + " On Monday, June 10, 2025, the talks ended."
    assert_flags(text, "CT101", "CT401", exact=True)
    message = failure(assert_flags, text, "CT101", exact=True)
    assert message.splitlines()[0] == "assert_flags: CT401 flagged but not expected (exact=True)"
    assert "    explain: claimtrack rule CT401" in message


# -- explain (the == diff) -------------------------------------------------------------------


def test_explain_ignores_other_values() -> None:
    assert explain(1, 2) is None
    assert explain([1], [2]) is None
