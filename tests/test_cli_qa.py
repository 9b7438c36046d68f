"""Regressions found in a user's first hour with the command line, end to end through main(argv).

Each test names the surprise it guards against; they run the real rule engine.
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import jsonschema
import pytest

from claimtrack.cli import main
from claimtrack.cli.check_cmd import summary
from claimtrack.model import Document, Flag
from claimtrack.report import render
from claimtrack.report import text as text_report
from claimtrack.report.base import CheckedFile

SARIF_SCHEMA = json.loads((Path(__file__).parent / "fixtures" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
WRONG_WEEKDAY = "The council will vote on Monday, March 3, 2026, a spokesman said.\n"
RIGHT_WEEKDAY = "The council will vote on Tuesday, March 3, 2026, a spokesman said.\n"
BARE_DOLLARS = "Ticket sales reached $5 million last season.\n"


@pytest.fixture(autouse=True)
def needs_engine() -> None:
    pytest.importorskip("claimtrack.rules.engine")


@pytest.fixture(autouse=True)
def _no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


def run(argv: list[str], stdin: bytes | None = None, monkeypatch: pytest.MonkeyPatch | None = None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- the summary line -------------------------------------------------------------------------


def test_a_run_that_checked_nothing_is_not_all_clear(tmp_path: Path) -> None:
    code, _, err = run(["check", str(tmp_path / "missing.txt")])
    assert code == 2
    assert "All clear" not in err
    assert err.splitlines()[-1] == "No flags in 0 files; 1 input could not be checked."


def test_summary_counts_failed_inputs_beside_the_flags(tmp_path: Path) -> None:
    story = write(tmp_path / "vote.txt", WRONG_WEEKDAY)
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01binary")
    code, _, err = run(["check", str(story), str(tmp_path / "blob.txt"), str(tmp_path / "gone.md"), "-q"])
    assert code == 2
    assert err.count("claimtrack: error:") == 2
    code, _, err = run(["check", str(story), str(tmp_path / "gone.md"), "--format", "concise"])
    assert err.splitlines()[-1] == "Found 1 flag (1 error) in 1 file; 1 input could not be checked."
    code, _, err = run(["check", str(story), "--format", "concise"])
    assert err.splitlines()[-1] == "Found 1 flag (1 error) in 1 file."


def test_summary_wording() -> None:
    info = Flag(code="CT502", name="unattributed-quote", severity="info", message="m", field="text", start=0, end=1)
    checked = CheckedFile("a.txt", Document(text="x"), (info, info))
    assert summary([checked]) == "Found 2 flags (2 info) in 1 file."  # not "2 infos"
    assert summary([], hidden=3) == "All clear: no flags in 0 files (3 flags hidden by the baseline)."
    assert summary([checked], failed=2).endswith("in 1 file; 2 inputs could not be checked.")


# --- --published ------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["2025-06-09junk", "2025-06-09 noon", "June 9", "", "2025-02-30"])
def test_published_refuses_anything_but_a_whole_date(tmp_path: Path, value: str) -> None:
    story = write(tmp_path / "vote.txt", WRONG_WEEKDAY)
    code, out, err = run(["check", str(story), "--published", value])
    assert code == 2
    assert out == ""
    assert err == f"claimtrack: error: --published: {value!r} is not a date (use YYYY-MM-DD or 'today')\n"


@pytest.mark.parametrize("value", ["2025-06-09", " 2025-06-09 ", "2025-06-09T23:30:00+02:00"])
def test_published_accepts_dates_and_date_times(tmp_path: Path, value: str) -> None:
    story = write(tmp_path / "vote.txt", WRONG_WEEKDAY)
    code, out, _ = run(["check", str(story), "--published", value, "--format", "json"])
    assert code == 1
    assert json.loads(out)["documents"][0]["published"] == "2025-06-09"


# --- extract reads the configuration as check does --------------------------------------------


def test_extract_follows_the_configured_locale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "desk" / "pyproject.toml", '[tool.claimtrack.locale]\ndefault_currency = "AUD"\n')
    story = write(tmp_path / "desk" / "sales.txt", BARE_DOLLARS)
    monkeypatch.chdir(tmp_path)

    def currencies(argv: list[str], stdin: bytes | None = None) -> list[str]:
        code, out, err = run(argv, stdin, monkeypatch)
        assert code == 0, err
        claims = json.loads(out)["documents"][0]["claims"]
        return [claim["currency"] for claim in claims if claim["kind"] == "money"]

    assert currencies(["extract", str(story), "--format", "json"]) == ["AUD"]
    assert currencies(["extract", str(story), "--format", "json", "--isolated"]) == ["USD"]
    other = write(tmp_path / "other.toml", '[locale]\ndefault_currency = "NZD"\n')
    assert currencies(["extract", str(story), "--format", "json", "--config", str(other)]) == ["NZD"]
    stdin = BARE_DOLLARS.encode()
    assert currencies(["extract", "-", "--stdin-filename", "desk/s.txt", "--format", "json"], stdin) == ["AUD"]
    assert currencies(["extract", "-", "--format", "json"], stdin) == ["USD"]  # no config in the working folder


def test_extract_takes_the_configured_published_date_as_a_fallback(tmp_path: Path) -> None:
    write(tmp_path / "claimtrack.toml", 'published = "2025-06-09"\n')
    undated = write(tmp_path / "undated.txt", "Exports rose in May.\n")
    dated = write(tmp_path / "dated.md", "---\ntitle: T\ndate: 2024-01-05\n---\nExports rose in May.\n")
    code, out, _ = run(["extract", str(undated), str(dated), "--format", "json"])
    assert code == 0
    documents = json.loads(out)["documents"]
    assert [d["published"] for d in documents] == ["2025-06-09", "2024-01-05"]  # front matter wins
    assert [c["value"] for c in documents[0]["claims"] if c["kind"] == "date"] == ["2025-05"]


def test_extract_config_error_exits_2(tmp_path: Path) -> None:
    write(tmp_path / "claimtrack.toml", "locales = 1\n")
    story = write(tmp_path / "s.txt", BARE_DOLLARS)
    code, _, err = run(["extract", str(story)])
    assert code == 2
    assert "unknown key 'locales'" in err
    assert "claimtrack.toml" in err


# --- standard input finds its configuration by --stdin-filename -------------------------------


def test_stdin_filename_finds_the_configured_output_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "desk" / "claimtrack.toml", 'output-format = "concise"\n')
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["check", "-", "--stdin-filename", "desk/vote.txt"], WRONG_WEEKDAY.encode(), monkeypatch)
    assert code == 1
    assert out.splitlines() == ["desk/vote.txt:1:26: CT401 [weekday-mismatch] March 3, 2026 is a Tuesday, not a Monday"]
    code, out, _ = run(["check", "-", "--stdin-filename", "vote.txt"], WRONG_WEEKDAY.encode(), monkeypatch)
    assert len(out.splitlines()) > 1  # no configuration here: the text format


# --- configuration errors name the file and the key; command-line ones the option -------------


@pytest.mark.parametrize(
    ("table", "named"),
    [
        ('select = ["CT9"]', "tool.claimtrack.select: 'CT9' names no rule"),
        ('extend-select = ["CT9"]', "tool.claimtrack.extend-select: 'CT9' names no rule"),
        ('ignore = ["nonsense-rule"]', "tool.claimtrack.ignore: 'nonsense-rule' names no rule"),
        ('per-file-ignores = { "*.txt" = ["CT9999"] }', "tool.claimtrack.per-file-ignores: 'CT9999' names no rule"),
        ('[tool.claimtrack.severity]\nCT999 = "info"', "tool.claimtrack.severity.CT999: 'CT999' is not a rule"),
        ("[tool.claimtrack.rules.CT104]\nthreshhold = 0.3", "tool.claimtrack.rules.CT104.threshhold: invalid option"),
        ("[tool.claimtrack.rules.CT999]\nthreshold = 0.3", "tool.claimtrack.rules.CT999: 'CT999' is not a rule"),
    ],
)
def test_unknown_rules_in_a_config_file_name_the_file_and_key(tmp_path: Path, table: str, named: str) -> None:
    header = "" if table.startswith("[") else "[tool.claimtrack]\n"
    config = write(tmp_path / "pyproject.toml", header + table + "\n")
    story = write(tmp_path / "vote.txt", WRONG_WEEKDAY)
    code, out, err = run(["check", str(story)])
    assert code == 2
    assert out == ""
    assert err.startswith(f"claimtrack: error: {config}: {named}")
    assert err.count("\n") == 1


@pytest.mark.parametrize("option", ["--select", "--ignore", "--extend-select"])
def test_unknown_rules_on_the_command_line_name_the_option(tmp_path: Path, option: str) -> None:
    write(tmp_path / "pyproject.toml", '[tool.claimtrack]\nselect = ["CT4"]\n')
    story = write(tmp_path / "vote.txt", WRONG_WEEKDAY)
    code, _, err = run(["check", str(story), option, "CT4,CT999"])
    assert code == 2
    assert err == f"claimtrack: error: {option}: 'CT999' names no rule, prefix or code\n"


# --- reference files are found from any working folder -----------------------------------------

REFERENCE = """\
defaults = { source = "Harbour board report 2024", as_of = 2024, verified = true }
columns = ["subject", "geography", "basis", "measure", "low", "high"]
rows = [["harbour dues", "PT", "per_year", "value", "10 million", "30 million", { currency = "EUR" }]]
"""


def test_reference_files_are_relative_to_the_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "desk" / "refs" / "harbour.toml", REFERENCE)
    write(tmp_path / "desk" / "pyproject.toml", '[tool.claimtrack]\nreference-files = ["refs/harbour.toml"]\n')
    story = write(tmp_path / "desk" / "stories" / "dues.txt", "Portugal's harbour dues were €20 billion in 2024.\n")
    for folder in (tmp_path / "desk", tmp_path / "desk" / "stories", tmp_path):
        monkeypatch.chdir(folder)
        code, out, err = run(["check", str(story), "--published", "2025-03-01", "--select", "CT201", "-q"])
        assert (code, err) == (1, ""), folder
        assert "Harbour board report 2024" in out


# --- the text format --------------------------------------------------------------------------


def test_text_report_splits_each_field_into_sentences_once(monkeypatch: pytest.MonkeyPatch) -> None:
    body = " ".join(f"Item {i} fell on Sunday." for i in range(400))
    document = Document(text=body)
    flags = tuple(
        Flag(
            code="CT401",
            name="weekday-mismatch",
            severity="error",
            message="m",
            field="text",
            start=m.start(),
            end=m.end(),
        )
        for m in re.finditer("Sunday", body)
    )
    calls = []
    real = text_report.split_sentences

    def counting(text: str):  # type: ignore[no-untyped-def]
        calls.append(len(text))
        return real(text)

    monkeypatch.setattr(text_report, "split_sentences", counting)
    text_report._sentence_spans.cache_clear()
    out = render("text", [CheckedFile("a.txt", document, flags)], rules=[])
    assert len(calls) == 1  # was once per flag: minutes for a long page with many flags
    assert out.count("^^^^^^") == 400
    assert "    Item 399 fell on Sunday." in out


def test_text_report_colours_each_run_of_markers_once(tmp_path: Path) -> None:
    document = Document(text="Sales rose 10% to $120 from $100.")
    flag = Flag(
        code="CT101", name="percent-change-mismatch", severity="error", message="m", field="text", start=11, end=14
    )
    out = render("text", [CheckedFile("a.txt", document, (flag,))], rules=[], color=True)
    marker_line = out.splitlines()[2]
    assert marker_line.count("\x1b[1;31m") == 1
    assert re.sub(r"\x1b\[[0-9;]*m", "", marker_line) == "               ^^^"


# --- claimtrack rule ----------------------------------------------------------------------------


def test_rule_shows_its_options_and_how_to_set_them() -> None:
    code, out, _ = run(["rule", "CT104"])
    assert code == 0
    options = out.split("## Options", 1)[1]
    assert "- threshold (default 0.3): " in options
    assert "[tool.claimtrack.rules.CT104]" in options
    code, out, _ = run(["rule", "CT401"])
    assert "## Options" not in out
    code, out, _ = run(["rule", "implied-unit-value", "--format", "json"])
    assert "threshold" in json.loads(out)[0]["docs"]["Options"]


def test_rule_with_all_is_a_usage_error() -> None:
    code, out, err = run(["rule", "CT201", "--all"])
    assert (code, out) == (2, "")
    assert err == "claimtrack: error: pass a rule (CT201) or --all, not both\n"


# --- sarif --------------------------------------------------------------------------------------


def test_sarif_records_inputs_that_could_not_be_checked(tmp_path: Path) -> None:
    story = write(tmp_path / "vote.txt", WRONG_WEEKDAY)
    (tmp_path / "empty").mkdir()
    code, out, _ = run(["check", str(story), str(tmp_path / "gone.txt"), str(tmp_path / "empty"), "--format", "sarif"])
    assert code == 2
    log = json.loads(out)
    jsonschema.validate(log, SARIF_SCHEMA)
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["error", "error"]
    assert notes[0]["message"]["text"].endswith("gone.txt: no such file")
    assert notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("gone.txt")
    assert "directory holds no article files" in notes[1]["message"]["text"]
    assert "locations" not in notes[1]  # a folder is no artifact
    assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["CT401"]


def test_sarif_of_a_clean_run_is_successful(tmp_path: Path) -> None:
    story = write(tmp_path / "vote.txt", RIGHT_WEEKDAY)
    code, out, _ = run(["check", str(story), "--format", "sarif"])
    assert code == 0
    log = json.loads(out)
    jsonschema.validate(log, SARIF_SCHEMA)
    assert log["runs"][0]["invocations"] == [{"executionSuccessful": True}]


def test_sarif_help_markdown_shows_the_examples_verbatim(tmp_path: Path) -> None:
    story = write(tmp_path / "vote.txt", RIGHT_WEEKDAY)
    _, out, _ = run(["check", str(story), "--format", "sarif"])
    rules = {rule["id"]: rule for rule in json.loads(out)["runs"][0]["tool"]["driver"]["rules"]}
    markdown = rules["CT001"]["help"]["markdown"]
    example = markdown.split("## Example", 1)[1].split("## Use instead", 1)[0]
    assert example.strip().startswith("```text\n<!-- claimtrack:")  # a bare HTML comment renders as nothing
    assert example.strip().endswith("```")
    assert "```" not in rules["CT001"]["help"]["text"]  # the plain text stays plain


# --- inputs -------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "extract"])
def test_unknown_encoding_is_one_usage_error_not_one_per_file(tmp_path: Path, command: str) -> None:
    for name in ("a.txt", "b.txt", "c.md"):
        write(tmp_path / name, RIGHT_WEEKDAY)
    code, out, err = run([command, str(tmp_path), "--encoding", "klingon"])
    assert (code, out) == (2, "")
    assert err == "claimtrack: error: --encoding: unknown encoding 'klingon' (e.g. utf-8, cp1252, latin-1)\n"


def test_cp1252_draft_reads_with_its_encoding(tmp_path: Path) -> None:
    (tmp_path / "café.txt").write_bytes("Le café vote is on Monday, March 3, 2026 – d’accord.\n".encode("cp1252"))
    code, _, err = run(["check", str(tmp_path / "café.txt"), "--format", "concise"])
    assert code == 2
    assert "pass --encoding" in err
    code, out, _ = run(["check", str(tmp_path / "café.txt"), "--format", "concise", "--encoding", "cp1252"])
    assert code == 1
    assert "CT401" in out


def test_a_file_named_twice_is_checked_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = write(tmp_path / "stories" / "vote.md", WRONG_WEEKDAY)
    monkeypatch.chdir(tmp_path)
    argv = ["check", "stories", str(story), "./stories/vote.md", "stories/*.md", "--format", "concise"]
    code, out, err = run(argv)
    assert code == 1
    assert len(out.splitlines()) == 1
    assert err.splitlines()[-1] == "Found 1 flag (1 error) in 1 file."
    code, out, err = run(["check", "-", "-", "--format", "concise"], WRONG_WEEKDAY.encode(), monkeypatch)
    assert len(out.splitlines()) == 1
    assert err.splitlines()[-1] == "Found 1 flag (1 error) in 1 file."


def test_underline_stays_under_wide_characters() -> None:
    document = Document(text="東京会議 vote on Monday.")
    start = document.text.index("Monday")
    flag = Flag(code="CT401", name="weekday-mismatch", severity="error", message="m", field="text", start=start,
                end=start + 6)  # fmt: skip
    shown, marker = render("text", [CheckedFile("a.txt", document, (flag,))], rules=[]).splitlines()[1:3]
    assert shown == "    東京会議 vote on Monday."
    assert marker == "    " + " " * (4 * 2 + 9) + "^" * 6  # four wide characters take two columns each


# --- positions ----------------------------------------------------------------------------------

POSITION_SOURCES = {
    "a.txt": "First line.\nSecond line, rose 5%.\r\n\nFourth line on Monday.",
    "b.md": "---\ntitle: Sales up 5%\ndate: 2025-06-09\n---\n# Head\n\n"
    "Sales *rose* 5% to [$3 million](x).\n\n- item 7%\n",
    "c.html": "<html><head><title>Up 5%</title></head><body><nav>x</nav>\n<p>Sales rose\n5% in <b>May</b>.</p>"
    "<p>More &amp; more.</p></body></html>",
}


@pytest.mark.parametrize("name", sorted(POSITION_SOURCES))
def test_indexed_positions_match_the_documents_own(tmp_path: Path, name: str) -> None:
    from claimtrack.report.base import position
    from claimtrack.text.loading import load_document

    document = load_document(
        write(tmp_path / name, POSITION_SOURCES[name]), title="Given title" if ".txt" in name else None
    )
    for field in ("title", "text"):
        for offset in range(len(document.field_text(field)) + 2):
            assert position(document, field, offset) == document.position(field, offset), (field, offset)


def test_many_claims_of_a_long_file_are_placed_quickly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Placing claims used to rescan the file from its start for each one (minutes for 20,000 lines)."""
    from claimtrack.model import Document as Doc

    story = write(tmp_path / "long.txt", "".join(f"Line {i} rose 5% on Monday.\n" for i in range(300)))
    calls: list[int] = []
    real = Doc.position
    monkeypatch.setattr(Doc, "position", lambda self, *a: calls.append(1) or real(self, *a))
    code, out, _ = run(["extract", str(story)])
    assert code == 0
    assert out.splitlines()[-1].startswith(f"{story}:300:")
    assert calls == []  # the report layer's index answers, not the per-call scan


def test_statistics_as_json_when_json_is_asked_for(tmp_path: Path) -> None:
    story = write(tmp_path / "vote.txt", WRONG_WEEKDAY + WRONG_WEEKDAY.replace("council", "board"))
    code, out, _ = run(["check", str(story), "--statistics", "--format", "json"])
    assert code == 1
    assert json.loads(out) == [{"code": "CT401", "name": "weekday-mismatch", "severity": "error", "count": 2}]
    code, out, _ = run(["check", str(story), "--statistics"])
    assert out == "    2  CT401  [weekday-mismatch]  error\n"


@pytest.mark.parametrize("command", ["check", "extract"])
def test_config_and_isolated_conflict(tmp_path: Path, command: str) -> None:
    story = write(tmp_path / "vote.txt", WRONG_WEEKDAY)
    config = write(tmp_path / "strict.toml", 'select = ["CT4"]\n')
    code, out, err = run([command, str(story), "--config", str(config), "--isolated"])
    assert (code, out) == (2, "")
    assert err == "claimtrack: error: --config and --isolated cannot be used together (--isolated ignores every file)\n"


def test_github_annotations_name_files_relative_to_the_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = write(tmp_path / "stories" / "vote.txt", WRONG_WEEKDAY)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(["check", str(story), "--format", "github"])  # as with $GITHUB_WORKSPACE/stories
    assert code == 1
    assert out.startswith("::error file=stories/vote.txt,line=1,col=26,")


# --- suppressions on long pages -----------------------------------------------------------------


def _naive_suppressions(document: Document, flags: tuple[Flag, ...]) -> list[tuple[str, int]]:
    """What apply_suppressions kept, computed the slow, obvious way (every comment for every flag)."""
    from claimtrack.suppression import find_suppressions

    source = document.source_map.source if document.source_map is not None else document.text
    suppressions = find_suppressions(source)
    kept = []
    for flag in flags:
        if document.source_map is not None:
            offset = document.source_map.offset(flag.field, flag.start)
        else:
            offset = flag.start if flag.field == "text" else None
        if offset is None or not any(s.covers(flag, offset) for s in suppressions):
            kept.append((flag.code, flag.start))
    return kept


@pytest.mark.parametrize("suffix", [".html", ".md", ".txt"])
def test_indexed_suppressions_match_the_obvious_reading(tmp_path: Path, suffix: str) -> None:
    from claimtrack.suppression import apply_suppressions
    from claimtrack.text.loading import load_document

    parts = []
    for i in range(60):
        comment = ["<!-- claimtrack: ignore[CT401] -->", "<!-- claimtrack: ignore -->", "", "<!-- claimtrack: off -->"][
            i % 4
        ]
        closing = "<!-- claimtrack: on -->" if i % 4 == 3 and i % 8 == 3 else ""
        body = f"Item {i} sold on Sunday. Its {i} rivals sold on Monday."
        parts.append(f"{comment}\n<p>{body}</p>{closing}" if suffix == ".html" else f"{comment}\n{body}\n{closing}")
    document = load_document(write(tmp_path / f"page{suffix}", "\n\n".join(parts) + "\n"))
    text = document.text
    flags = tuple(
        Flag(code=code, name=name, severity="error", message="m", field="text", start=start, end=start + 6)
        for word, code, name in (("Sunday", "CT401", "weekday-mismatch"), ("Monday", "CT201", "implausible-magnitude"))
        for start in (m.start() for m in re.finditer(word, text))
    )
    result = apply_suppressions(document, flags, report_unused=False)
    assert sorted((f.code, f.start) for f in result) == sorted(_naive_suppressions(document, flags))
    assert 0 < len(result) < len(flags)


def test_a_page_with_thousands_of_comments_is_checked_in_linear_time(tmp_path: Path) -> None:
    """2,000 paragraphs each after a suppression comment: minutes before the comments were indexed."""
    page = "".join(
        f"<!-- claimtrack: ignore[CT401] --><p>Vote {i} is on Monday, March 3, 2026.</p>" for i in range(2000)
    )
    story = write(tmp_path / "page.html", f"<html><body>{page}</body></html>")
    code, out, err = run(["check", str(story), "--format", "concise", "--select", "CT401,CT001"])
    assert (code, out) == (0, "")
    assert err.splitlines()[-1] == "All clear: no flags in 1 file."


def test_html_report_lists_the_inputs_it_could_not_check(tmp_path: Path) -> None:
    story = write(tmp_path / "vote.txt", WRONG_WEEKDAY)
    (tmp_path / "blob.txt").write_bytes(b"\x00binary")
    code, out, _ = run(["check", str(story), str(tmp_path / "blob.txt"), "--format", "html"])
    assert code == 2
    headline = re.search(r'<p class="headline">([^<]*)</p>', out)
    assert headline is not None
    assert headline.group(1) == "1 flag (1 error) in 1 file; 1 input could not be checked."
    assert '<h2 id="h-not-checked">Not checked</h2>' in out
    assert "blob.txt: binary file (contains NUL bytes), not an article</li>" in out
    code, out, _ = run(["check", str(story), "--format", "html"])
    assert "Not checked" not in out


# --- the tutorial, as written ---------------------------------------------------------------------


def _tutorial_blocks() -> list[str]:
    tutorial = (Path(__file__).resolve().parents[1] / "docs" / "tutorial.md").read_text(encoding="utf-8")
    return re.findall(r"```markdown\n(.*?)```", tutorial, flags=re.S)


def test_the_tutorial_draft_gets_the_three_flags_it_promises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    draft, fixed = _tutorial_blocks()
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "port.md", draft)
    code, out, _ = run(["check", "port.md", "--format", "json"])
    assert code == 1
    flags = json.loads(out)["documents"][0]["flags"]
    assert [(f["code"], f["suggestion"]) for f in flags] == [("CT302", "15%"), ("CT401", "Monday"), ("CT403", None)]
    code, out, err = run(["check", "port.md", "--output-format", "html", "-o", "port.html"])
    assert (code, out) == (1, "")
    assert (tmp_path / "port.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    write(tmp_path / "port.md", fixed)
    code, out, err = run(["check", "port.md"])
    assert (code, out) == (0, "")
    assert err == "All clear: no flags in 1 file.\n"


# --- -o never overwrites an article --------------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "extract"])
@pytest.mark.parametrize("how", ["named", "folder", "pattern", "link"])
def test_output_over_an_input_is_refused_and_the_article_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, how: str
) -> None:
    """``extract story.txt -o story.txt`` used to empty the story before reading it."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "drafts" / "vote.txt", WRONG_WEEKDAY)
    target = "drafts/vote.txt"
    if how == "link":
        (tmp_path / "drafts" / "alias.txt").symlink_to(tmp_path / "drafts" / "vote.txt")
        target = "drafts/alias.txt"
    named = {"named": "drafts/vote.txt", "folder": "drafts", "pattern": "drafts/*.txt", "link": "drafts/vote.txt"}
    code, out, err = run([command, named[how], "-o", target])
    assert (code, out) == (2, "")
    assert err == f"claimtrack: error: -o {target}: is one of the inputs; writing the results there would erase it\n"
    assert (tmp_path / "drafts" / "vote.txt").read_text(encoding="utf-8") == WRONG_WEEKDAY


def test_output_beside_the_inputs_is_fine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "drafts" / "vote.txt", WRONG_WEEKDAY)
    assert run(["check", "drafts", "-o", "drafts/report.json", "--format", "json"])[0] == 1
    assert json.loads((tmp_path / "drafts" / "report.json").read_text(encoding="utf-8"))["documents"]


# --- unused suppressions --------------------------------------------------------------------------

SUPPRESSED = (
    "The vote is on Monday, March 3, 2026.\n\n"
    "<!-- claimtrack: ignore[implausible-magnitude] -->\nQuiet.\n\n"
    "<!-- claimtrack: ignore[CT999] -->\nQuiet too.\n"
)


def test_unused_suppression_is_reported_only_for_rules_that_ran(tmp_path: Path) -> None:
    """With --select CT4,CT001 a comment naming CT201 had no chance to hide anything."""
    story = write(tmp_path / "notes.md", SUPPRESSED)
    code, out, _ = run(["check", str(story), "--format", "json", "--select", "CT4,CT001"])
    assert code == 1
    flags = json.loads(out)["documents"][0]["flags"]
    assert [(f["code"], f["line"]) for f in flags] == [("CT401", 1), ("CT001", 6)]
    assert flags[1]["message"].endswith("suppressed nothing (CT999: no such rule)")  # a typo, still reported
    code, out, _ = run(["check", str(story), "--format", "json"])
    assert code == 1
    flags = json.loads(out)["documents"][0]["flags"]
    assert [(f["code"], f["line"]) for f in flags] == [("CT401", 1), ("CT001", 3), ("CT001", 6)]
