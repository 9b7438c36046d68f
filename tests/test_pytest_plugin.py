"""The pytest plugin, run through ``pytester``: fixture, marker, ini options, diffs, articles."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib.metadata import entry_points

import pytest

pytest_plugins = ["pytester"]

RUN = ("-p", "no:cacheprovider")


@pytest.fixture(autouse=True, scope="module")
def _warm() -> None:
    """Load the extractors and rules once: pytester's in-process runs keep modules loaded before them."""
    import claimtrack
    import claimtrack.cli.check_cmd
    import claimtrack.report.text
    import claimtrack.testing.articles

    claimtrack.check("Sales rose 10% to $120 from $100 in May, Ann Lee said.")


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest(*RUN, *args)


def error_blocks(result: pytest.RunResult) -> list[list[str]]:
    """The ``E`` lines of each failure, with the ``E`` and the common indent removed."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in [*result.outlines, ""]:
        if line.startswith("E"):
            current.append(line[1:])
        elif current:
            indent = min(len(x) - len(x.lstrip()) for x in current if x.strip())
            blocks.append([x[indent:] for x in current])
            current = []
    return blocks


def test_registered_through_the_pytest11_entry_point() -> None:
    plugins = {ep.name: ep.value for ep in entry_points(group="pytest11")}
    assert plugins.get("claimtrack") == "claimtrack.pytest_plugin"


def test_importing_the_plugin_loads_nothing_heavy() -> None:
    code = textwrap.dedent(
        """
        import sys
        import claimtrack.pytest_plugin
        heavy = ("pydantic", "pint", "dateparser", "regex", "hypothesis", "claimtrack.rules",
                 "claimtrack.model", "claimtrack.settings", "claimtrack.extractors", "claimtrack.testing")
        print(sorted(m for m in sys.modules if m.startswith(heavy)))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# -- the fixture and the helpers -------------------------------------------------------------


def test_fixture_passes_and_fails_with_the_full_message(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from claimtrack.testing import expect

        def test_states_the_rise(claimtrack):
            claimtrack.assert_claims("Exports rose 4.8% to $12.6 billion in May.",
                                     expect.change("up", by=expect.percent(4.8)))

        def test_wrong_figure(claimtrack):
            claimtrack.assert_claims("Exports rose 4.9% to $12.6 billion.", expect.percent(4.8))
        """
    )
    result = run(pytester)
    result.assert_outcomes(passed=1, failed=1)
    assert error_blocks(result) == [
        [
            "AssertionError: assert_claims: 1 of 1 expected claims not found",
            "",
            "    Exports rose 4.9% to $12.6 billion.",
            "                 ^^^^",
            "    (= matched, ^ closest to a missing claim, + unexpected)",
            "",
            "expected:",
            "  MISSING     expect.percent(4.8)",
            "              closest: found percent 4.9 at 13-17 '4.9%' (value 4.9 != 4.8)",
            "",
            "found 3 claims:",
            "  change up by percent-b13-17 to money-b21-34 at 8-34 'rose 4.9% to $12.6 billion'",
            "  percent 4.9 at 13-17 '4.9%'",
            "  money 12600000000 USD at 21-34 '$12.6 billion'",
        ]
    ]


def test_assert_flags_failure_names_the_rule_and_the_hint(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_consistent(claimtrack):
            claimtrack.assert_consistent("Sales rose 10% to $120 from $100.")
        """
    )
    result = run(pytester)
    result.assert_outcomes(failed=1)
    assert error_blocks(result) == [
        [
            "AssertionError: assert_consistent: 1 flag at warning or above",
            "",
            "CT101 [percent-change-mismatch] error at 11-14: from $100 to $120 is +20.0%, not +10% ('10%')",
            "    Sales rose 10% to $120 from $100.",
            "               ^^^    ----      ----",
            "    suggestion: 20%",
            "    explain: claimtrack rule CT101",
        ]
    ]


def test_marker_binds_published_and_select(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import datetime
        import pytest
        from claimtrack.testing import expect

        @pytest.mark.claimtrack(published="2025-06-09", select=["CT4"])
        def test_bound(claimtrack):
            assert claimtrack.settings.published == datetime.date(2025, 6, 9)
            assert claimtrack.settings.select == ("CT4",)
            claimtrack.assert_claims("Exports rose in May.", expect.date("2025-05"))
            # CT101 is not selected, so the bad percentage passes
            claimtrack.assert_consistent("Sales rose 10% to $120 from $100.")

        def test_unbound(claimtrack):
            assert claimtrack.settings.published is None
            claimtrack.assert_claims("Exports rose in May.", expect.date("XXXX-05"))
        """
    )
    run(pytester).assert_outcomes(passed=2)


@pytest.mark.parametrize(
    ("marker", "message"),
    [
        ('published="2025-13-01"', "*usage error: claimtrack: invalid value for 'published': '2025-13-01'*marker*"),
        (
            'selct=["CT4"]',
            "*usage error: claimtrack: unknown setting 'selct' (from the @pytest.mark.claimtrack marker)",
        ),
        ('select=["CT999"]', "*usage error: claimtrack: select: 'CT999' names no rule*"),
        ('"2025-06-09"', "*usage error: @pytest.mark.claimtrack takes keyword arguments only*"),
    ],
)
def test_bad_marker_is_a_clear_usage_error(pytester: pytest.Pytester, marker: str, message: str) -> None:
    pytester.makepyfile(
        f"""
        import pytest

        @pytest.mark.claimtrack({marker})
        def test_bound(claimtrack):
            pass
        """
    )
    result = run(pytester)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines([message])
    result.stdout.no_fnmatch_line("*During handling of the above exception*")  # one message, no chain


def test_marker_is_registered_for_strict_markers(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        @pytest.mark.claimtrack(published="2025-06-09")
        def test_marked():
            pass
        """
    )
    run(pytester, "--strict-markers").assert_outcomes(passed=1)
    result = run(pytester, "--markers")
    result.stdout.fnmatch_lines(["@pytest.mark.claimtrack(published=None, select=(), ignore=(), **settings)*"])


def test_ini_options_bind_the_fixture(pytester: pytest.Pytester) -> None:
    pytester.makeini(
        """
        [pytest]
        claimtrack_published = 2025-06-09
        claimtrack_select = CT1 CT4
        claimtrack_ignore = CT401
        """
    )
    pytester.makepyfile(
        """
        import datetime
        import pytest

        def test_from_ini(claimtrack):
            assert claimtrack.settings.published == datetime.date(2025, 6, 9)
            assert claimtrack.settings.select == ("CT1", "CT4")
            assert claimtrack.settings.ignore == ("CT401",)

        @pytest.mark.claimtrack(select=["CT5"])
        def test_marker_wins(claimtrack):
            assert claimtrack.settings.select == ("CT5",)
            assert claimtrack.settings.published == datetime.date(2025, 6, 9)
        """
    )
    run(pytester).assert_outcomes(passed=2)


@pytest.mark.parametrize(
    ("ini", "message"),
    [
        ("claimtrack_published = June", "ERROR: claimtrack: invalid value for 'published': 'June'*ini options)"),
        ("claimtrack_select = CT999", "ERROR: claimtrack: select: 'CT999' names no rule*ini options)"),
    ],
)
def test_bad_ini_option_is_a_usage_error(pytester: pytest.Pytester, ini: str, message: str) -> None:
    pytester.makeini(f"[pytest]\n{ini}\n")
    pytester.makepyfile("def test_nothing(): pass")
    result = run(pytester)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([message])


# -- == on claims ----------------------------------------------------------------------------


def test_assertrepr_compare_diffs_claim_sets_and_matchers(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import claimtrack
        from claimtrack.testing import expect

        def test_sets():
            three = claimtrack.extract("Sales rose 5% to $3 million.")
            assert three == claimtrack.extract("Sales rose 5% to $4 million.")

        def test_matcher():
            percent = claimtrack.extract("Sales rose 5%.").by_kind("percent")[0]
            assert expect.percent(6) == percent
        """
    )
    result = run(pytester)
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        [
            "E       AssertionError: assert ClaimSets differ: 3 claims == 3 claims",
            "E         Claim by claim (- left only, + right only, ~ both, fields differ):",
            "E           ~ change up by percent-b11-13 to money-b17-27 at 6-27 'rose 5% to $3 million'",
            "E               text: 'rose 5% to $3 million' != 'rose 5% to $4 million'",
            "E           ~ money 3000000 USD at 17-27 '$3 million'",
            "E               text: '$3 million' != '$4 million'",
            "E               value: 3000000 != 4000000",
        ]
    )
    result.stdout.fnmatch_lines(
        [
            "E       AssertionError: assert expect.percent(6) == percent 5 at 11-13 '5%'",
            "E         Mismatches:",
            "E           value 5 != 6",
        ]
    )


# -- article files as items ------------------------------------------------------------------

BAD = "Sales rose 10% to $120 from $100.\n"
GOOD = "Sales rose 20% to $120 from $100.\n"


def test_articles_are_off_by_default(pytester: pytest.Pytester) -> None:
    pytester.mkdir("drafts")
    (pytester.path / "drafts" / "bad.md").write_text(BAD)
    pytester.makepyfile("def test_nothing(): pass")
    run(pytester).assert_outcomes(passed=1)


def test_articles_one_item_each_failing_with_the_text_report(pytester: pytest.Pytester) -> None:
    drafts = pytester.mkdir("drafts")
    (drafts / "bad.md").write_text(BAD)
    (drafts / "good.txt").write_text(GOOD)
    (drafts / "page.html").write_text(f"<html><body><p>{GOOD}</p></body></html>")
    (drafts / "notes.rst").write_text(BAD)  # not an article suffix
    hidden = pytester.mkdir("drafts/.old")
    (hidden / "stale.md").write_text(BAD)
    result = run(pytester, "--claimtrack", "drafts", "-v")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(
        [
            "drafts/bad.md::claimtrack FAILED*",
            "drafts/good.txt::claimtrack PASSED*",
            "drafts/page.html::claimtrack PASSED*",
        ]
    )
    result.stdout.fnmatch_lines(
        [
            "claimtrack check: 1 flag at warning or above in drafts/bad.md",
            "",
            "drafts/bad.md:1:12: CT101 [percent-change-mismatch] from $100 to $120 is +20.0%, not +10%",
            "    Sales rose 10% to $120 from $100.",
            "               ^^^    ----      ----",
            "  related: drafts/bad.md:1:29: '$100' (from)",
            "  related: drafts/bad.md:1:19: '$120' (to)",
            "  suggestion: 20%",
            "",
            "explain a rule: claimtrack rule CT101",
        ]
    )


def test_articles_with_tests_are_collected_once(pytester: pytest.Pytester) -> None:
    (pytester.path / "story.md").write_text(GOOD)
    pytester.makepyfile("def test_nothing(): pass")
    result = run(pytester, ".", "--claimtrack", "story.md", "--claimtrack", ".")
    result.assert_outcomes(passed=2)


def test_articles_follow_select_and_suppressions(pytester: pytest.Pytester) -> None:
    (pytester.path / "a.md").write_text(BAD)
    (pytester.path / "b.md").write_text("<!-- claimtrack: ignore[CT101] -->\n" + BAD)
    pytester.makeini("[pytest]\nclaimtrack_select = CT4\n")
    run(pytester, "--claimtrack", "a.md").assert_outcomes(passed=1)
    pytester.makeini("[pytest]\n")
    result = run(pytester, "--claimtrack", "b.md")
    result.assert_outcomes(passed=1)


def test_missing_article_path_is_a_usage_error(pytester: pytest.Pytester) -> None:
    result = run(pytester, "--claimtrack", "nowhere")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: --claimtrack nowhere: no such file or directory"])
    pytester.mkdir("empty")
    result = run(pytester, "--claimtrack", "empty")
    result.stderr.fnmatch_lines(["ERROR: --claimtrack empty: directory holds no article files*"])


def test_article_fails_clearly_without_the_engine(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    (pytester.path / "a.md").write_text(GOOD)
    monkeypatch.setitem(sys.modules, "claimtrack.rules.engine", None)
    result = run(pytester, "--claimtrack", "a.md")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["claimtrack's rule engine is not available: *"])


PAST_DEADLINE = "The new bridge will open by April 30, 2025, the council said.\n"


def test_ini_published_dates_the_articles_without_one(pytester: pytest.Pytester) -> None:
    (pytester.path / "undated.md").write_text(PAST_DEADLINE)
    (pytester.path / "dated.md").write_text(f"---\ntitle: Bridge\ndate: 2025-01-10\n---\n{PAST_DEADLINE}")
    pytester.makeini("[pytest]\nclaimtrack_published = 2025-06-09\nclaimtrack_select = CT4\n")
    result = run(pytester, "--claimtrack", "undated.md", "--claimtrack", "dated.md", "-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["dated.md::claimtrack PASSED*", "undated.md::claimtrack FAILED*"])
    result.stdout.fnmatch_lines(["undated.md:1:29: CT403 ?past-deadline? April 30, 2025 *2025-06-09"])
    result.stdout.no_fnmatch_line("*internal error*")


def test_ini_published_without_ini_leaves_the_article_undated(pytester: pytest.Pytester) -> None:
    (pytester.path / "undated.md").write_text(PAST_DEADLINE)
    run(pytester, "--claimtrack", "undated.md").assert_outcomes(passed=1)


def test_claim_set_diff_counts_in_the_singular(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import claimtrack

        def test_one():
            assert claimtrack.extract("It cost $3 million.") == claimtrack.extract("It cost $4 million.")
        """
    )
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["E       AssertionError: assert ClaimSets differ: 1 claim == 1 claim"])


def test_articles_in_another_encoding_need_the_ini_option(pytester: pytest.Pytester) -> None:
    (pytester.path / "cafe.txt").write_bytes("Le café: sales rose 10% to $120 from $100.\n".encode("cp1252"))
    result = run(pytester, "--claimtrack", "cafe.txt")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*not valid utf-8*set the ini option claimtrack_encoding, e.g. to cp1252"])
    pytester.makeini("[pytest]\nclaimtrack_encoding = cp1252\n")
    result = run(pytester, "--claimtrack", "cafe.txt")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["cafe.txt:1:21: CT101 ?percent-change-mismatch? *"])
    pytester.makeini("[pytest]\nclaimtrack_encoding = klingon\n")
    result = run(pytester, "--claimtrack", "cafe.txt")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: claimtrack: claimtrack_encoding: unknown encoding 'klingon'"])
