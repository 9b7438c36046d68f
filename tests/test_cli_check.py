"""`claimtrack check` through main(argv): inputs, options, exit codes, text/concise/json.

The rule engine is replaced by a small fake (`fake_engine`) so these tests exercise the
command line only: "billion" is a CT201 warning (with the preceding "million" as related
evidence), "Sunday" a CT401 error and "reportedly" a CT502 info flag.
"""

import hashlib
import io
import json
import re
import sys
from pathlib import Path

import pytest

from claimtrack.cli import check_cmd, main, rules_adapter
from claimtrack.errors import ConfigError
from claimtrack.model import SCHEMA_VERSION, Flag, Related, Report
from claimtrack.report.base import RuleInfo

FAKE_RULES = {
    "CT001": ("unused-suppression", "info", None),
    "CT201": ("implausible-magnitude", "warning", "billion"),
    "CT401": ("weekday-mismatch", "error", "Sunday"),
    "CT502": ("unattributed-quote", "info", "reportedly"),
}


class FakeRule:
    def __init__(self, code):
        self.code = code
        self.name, self.severity, self.word = FAKE_RULES[code]
        self.family = code[2]
        self.summary = f"Summary of {self.name}."
        self.implemented = True
        self.docs = None


class FakeChoice:
    def __init__(self, rule):
        self.rule = rule


class FakeRegistry:
    """Ruff-like selection over the fake rules; unknown selectors raise like the real one."""

    rules = tuple(FakeRule(code) for code in FAKE_RULES)

    def __iter__(self):
        return iter(self.rules)

    def __len__(self):
        return len(self.rules)

    def _match(self, selectors, what):
        found = set()
        for selector in selectors:
            hits = {r.code for r in self.rules if r.code.startswith(selector.upper()) or r.name == selector}
            if not hits:
                raise ConfigError(f"{what}: {selector!r} names no rule, prefix or code", key=what)
            found |= hits
        return found

    def select(self, settings):
        chosen = self._match(settings.select or ("CT",), "select") | self._match(
            settings.extend_select, "extend-select"
        )
        chosen -= self._match(settings.ignore, "ignore")
        return [FakeChoice(rule) for rule in self.rules if rule.code in chosen]


def fake_engine(document, settings):
    selected = {choice.rule.code for choice in FakeRegistry().select(settings)}
    flags = []
    for field in ("title", "text"):
        text = document.field_text(field)
        for code in sorted(selected):
            name, severity, word = FAKE_RULES[code]
            if word is None:
                continue
            severity = settings.severity.get(code, severity)
            for match in re.finditer(word, text):
                related = ()
                before = text.rfind("million", 0, match.start())
                if code == "CT201" and before != -1:
                    related = (Related(field=field, start=before, end=before + 7, note="the other figure"),)
                digest = hashlib.sha256(f"{code}{field}{match.group()}{len(flags)}".encode()).hexdigest()[:16]
                flags.append(
                    Flag(
                        code=code,
                        name=name,
                        severity=severity,
                        message=f"{name}: {match.group()!r}",
                        field=field,
                        start=match.start(),
                        end=match.end(),
                        related=related,
                        suggestion="million" if code == "CT201" else None,
                        fingerprint=digest,
                    )
                )
    flags.sort(key=lambda f: (f.field != "title", f.start, f.code))
    return Report(flags=tuple(flags))


@pytest.fixture(autouse=True)
def fake_rules(monkeypatch):
    monkeypatch.setattr(check_cmd, "_run_rules", fake_engine)
    monkeypatch.setattr(rules_adapter, "_registry", lambda: FakeRegistry())
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


def run(argv, stdin: bytes | None = None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


STORY = (
    "---\ntitle: Output hits 3 billion\ndate: 2024-03-01\n---\n"
    "Output rose from 2 million to 3 billion tonnes.\n\nThe plant reportedly opened on Sunday.\n"
)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.md"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    path = tmp_path / "clean.txt"
    path.write_text("Output rose from 2 million to 3 million tonnes.\n", encoding="utf-8")
    return path


def json_flags(out):
    return [flag for doc in json.loads(out)["documents"] for flag in doc["flags"]]


# --- text, concise, summary, exit codes -------------------------------------------------


def test_text_format_shows_position_sentence_underline_and_suggestion(story):
    code, out, err = run(["check", str(story)])
    assert code == 1
    lines = out.splitlines()
    header = f"{story}:5:33: CT201 [implausible-magnitude] implausible-magnitude: 'billion'"
    index = lines.index(header)
    sentence, marks = lines[index + 1], lines[index + 2]
    assert sentence == "    Output rose from 2 million to 3 billion tonnes."
    assert marks[sentence.index("billion")] == "^"
    assert marks.count("^") == len("billion")
    assert marks[sentence.index("million")] == "-"
    assert "  suggestion: million" in lines[index + 3 :]
    assert f"{story}:2:22: CT201" in out  # the title flag points into the front matter
    assert "\x1b[" not in out
    assert err.strip() == "Found 4 flags (1 error, 2 warnings, 1 info) in 1 file."


def test_clean_input_exits_0_with_all_clear(clean):
    code, out, err = run(["check", str(clean)])
    assert (code, out) == (0, "")
    assert "All clear: no flags in 1 file." in err


def test_concise_is_one_line_per_flag(story):
    code, out, _ = run(["check", str(story), "--output-format", "concise"])
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 4
    assert all(re.match(r".+story\.md:\d+:\d+: CT\d{3} \[[a-z-]+\] ", line) for line in lines)


def test_json_follows_the_contract(story, clean):
    code, out, _ = run(["check", str(story), str(clean), "--output-format", "json"])
    assert code == 1
    data = json.loads(out)
    assert data["schema_version"] == SCHEMA_VERSION
    first, second = data["documents"]
    assert (first["path"], first["title"], first["published"]) == (str(story), "Output hits 3 billion", "2024-03-01")
    assert second["flags"] == []
    body = next(f for f in first["flags"] if f["code"] == "CT201" and f["field"] == "text")
    assert (body["line"], body["column"], body["end_line"], body["end_column"]) == (5, 33, 5, 40)
    assert body["severity"] == "warning"
    assert body["name"] == "implausible-magnitude"
    assert body["suggestion"] == "million"
    assert body["fingerprint"]
    assert body["related"][0]["line"] == 5
    assert body["related"][0]["note"] == "the other figure"
    assert {"message", "start", "end", "field"} <= body.keys()


def test_jsonl_and_format_alias(story, clean):
    code, out, _ = run(["check", str(story), str(clean), "--format", "jsonl"])
    assert code == 1
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["path"] for r in records] == [str(story), str(clean)]
    assert all(r["schema_version"] == SCHEMA_VERSION for r in records)


def test_columns_count_code_points(tmp_path):
    path = tmp_path / "accents.txt"
    path.write_text("Café 🚀 output hit 3 billion.", encoding="utf-8")
    _, out, _ = run(["check", str(path), "--format", "json"])
    (flag,) = json_flags(out)
    assert flag["column"] == "Café 🚀 output hit 3 billion.".index("billion") + 1


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], 1),  # default fail-on warning: the warning fails
        (["--fail-on", "error"], 0),
        (["--fail-on", "info"], 1),
        (["--exit-zero"], 0),
    ],
)
def test_fail_on_and_exit_zero(tmp_path, argv, expected):
    path = tmp_path / "warn.txt"
    path.write_text("It hit 3 billion.", encoding="utf-8")
    assert run(["check", str(path), *argv])[0] == expected


def test_info_flags_fail_only_with_fail_on_info(tmp_path):
    path = tmp_path / "info.txt"
    path.write_text("It reportedly rose.", encoding="utf-8")
    assert run(["check", str(path)])[0] == 0
    assert run(["check", str(path), "--fail-on", "info"])[0] == 1


# --- rule selection ---------------------------------------------------------------------


def codes(out):
    return sorted({flag["code"] for flag in json_flags(out)})


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--select", "CT4"], ["CT401"]),
        (["--select", "weekday-mismatch,CT502"], ["CT401", "CT502"]),
        (["--ignore", "CT201"], ["CT401", "CT502"]),
        (["--ignore", "CT2", "--ignore", "unattributed-quote"], ["CT401"]),
        (["--select", "CT4", "--extend-select", "CT201"], ["CT201", "CT401"]),
    ],
)
def test_select_ignore_extend_select(story, argv, expected):
    code, out, err = run(["check", str(story), "--format", "json", *argv])
    assert code == 1, err
    assert codes(out) == expected


def test_unknown_rule_code_is_a_usage_error(story):
    code, out, err = run(["check", str(story), "--select", "CT999"])
    assert code == 2
    assert out == ""
    assert "CT999" in err
    assert err.count("\n") == 1


# --- document options -------------------------------------------------------------------


def test_published_overrides_front_matter_and_today_is_echoed(story):
    _, out, _ = run(["check", str(story), "--format", "json", "--published", "2030-01-02"])
    assert json.loads(out)["documents"][0]["published"] == "2030-01-02"
    _, out, err = run(["check", str(story), "--format", "json", "--published", "today"])
    used = re.search(r"using published date (\d{4}-\d\d-\d\d)", err).group(1)
    assert json.loads(out)["documents"][0]["published"] == used


def test_bad_published_date_exits_2(story):
    code, out, err = run(["check", str(story), "--published", "9 June"])
    assert code == 2
    assert out == ""
    assert "--published" in err


def test_title_option(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Output rose.", encoding="utf-8")
    code, out, _ = run(["check", str(path), "--title", "Output up 3 billion", "--format", "json"])
    assert code == 1
    (flag,) = json_flags(out)
    assert flag["field"] == "title"
    assert json.loads(out)["documents"][0]["title"] == "Output up 3 billion"


def test_encoding_cp1252(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes("Caf\u00e9 output hit 3 billion.".encode("cp1252"))
    code, _, err = run(["check", str(path)])
    assert code == 2
    assert "--encoding" in err
    code, out, _ = run(["check", str(path), "--encoding", "cp1252", "--format", "json"])
    assert code == 1
    assert json_flags(out)[0]["column"] == 19


def test_stdin_with_filename(monkeypatch):
    code, out, _ = run(
        ["check", "-", "--stdin-filename", "draft.md", "--format", "json"],
        stdin=b"---\ntitle: Plain\n---\nIt hit 3 billion.\n",
        monkeypatch=monkeypatch,
    )
    assert code == 1
    document = json.loads(out)["documents"][0]
    assert document["path"] == "draft.md"
    assert document["title"] == "Plain"
    assert document["flags"][0]["line"] == 4


def test_directories_recurse_and_globs_expand(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.md").write_text("3 billion", encoding="utf-8")
    (tmp_path / "a" / "b" / "two.html").write_text("<p>3 billion</p>", encoding="utf-8")
    (tmp_path / "a" / "b" / "three.htm").write_text("<p>fine</p>", encoding="utf-8")
    (tmp_path / "a" / "notes.csv").write_text("3 billion", encoding="utf-8")
    (tmp_path / "a" / ".git").mkdir()
    (tmp_path / "a" / ".git" / "x.md").write_text("3 billion", encoding="utf-8")
    _, out, _ = run(["check", str(tmp_path / "a"), "--format", "jsonl"])
    paths = [Path(json.loads(line)["path"]).name for line in out.splitlines()]
    assert paths == ["three.htm", "two.html", "one.md"]
    _, out, _ = run(["check", str(tmp_path / "a" / "**" / "*.htm*"), "--format", "jsonl"])
    assert sorted(Path(json.loads(line)["path"]).name for line in out.splitlines()) == ["three.htm", "two.html"]
    code, _, err = run(["check", str(tmp_path / "nothing*.md")])
    assert code == 2
    assert "matches no file" in err


def test_output_file(story, tmp_path):
    target = tmp_path / "flags.json"
    code, out, _ = run(["check", str(story), "--format", "json", "-o", str(target)])
    assert code == 1
    assert out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["documents"][0]["flags"]
    code, _, err = run(["check", str(story), "-o", str(tmp_path / "no" / "such" / "dir.json")])
    assert code == 2
    assert "cannot write" in err


def test_statistics_counts_by_rule(story, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("3 billion and 4 billion", encoding="utf-8")
    code, out, _ = run(["check", str(story), str(other), "--statistics"])
    assert code == 1
    rows = [line.split() for line in out.splitlines()]
    assert rows[0] == ["4", "CT201", "[implausible-magnitude]", "warning"]
    assert sorted(row[1] for row in rows) == ["CT201", "CT401", "CT502"]


def test_quiet_prints_no_summary(story):
    code, out, err = run(["check", str(story), "-q"])
    assert code == 1
    assert out
    assert err == ""


# --- colour ------------------------------------------------------------------------------


def test_color_always_and_never(story):
    assert "\x1b[" in run(["check", str(story), "--color", "always"])[1]
    assert "\x1b[" not in run(["check", str(story), "--color", "never"])[1]


def test_color_auto_follows_force_color_and_no_color(story, monkeypatch):
    assert "\x1b[" not in run(["check", str(story)])[1]  # not a terminal
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert "\x1b[" in run(["check", str(story)])[1]
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run(["check", str(story)])[1]
    monkeypatch.delenv("NO_COLOR")
    assert "\x1b[" not in run(["check", str(story), "--format", "json"])[1]


def test_color_auto_on_a_terminal(story, monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    out = Terminal()
    main(["check", str(story)], stdout=out, stderr=io.StringIO())
    assert "\x1b[" in out.getvalue()


def test_progress_line_only_on_a_terminal_with_many_files(tmp_path):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    for number in range(12):
        (tmp_path / f"s{number:02}.txt").write_text("fine", encoding="utf-8")
    err = Terminal()
    main(["check", str(tmp_path)], stdout=io.StringIO(), stderr=err)
    assert "checking 12/12" in err.getvalue()
    err = Terminal()
    main(["check", str(tmp_path), "-q"], stdout=io.StringIO(), stderr=err)
    assert "checking" not in err.getvalue()
    plain = io.StringIO()
    main(["check", str(tmp_path)], stdout=io.StringIO(), stderr=plain)
    assert "checking" not in plain.getvalue()


# --- errors ------------------------------------------------------------------------------


def test_unreadable_inputs_are_one_line_each_and_the_rest_checked(story, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("caf\u00e9 3 billion".encode("cp1252"))
    binary = tmp_path / "blob.md"
    binary.write_bytes(b"\x00\x01\x02billion")
    missing = tmp_path / "missing.md"
    empty = tmp_path / "empty"
    empty.mkdir()
    argv = ["check", str(bad), str(binary), str(missing), str(empty), str(story), "--format", "jsonl"]
    code, out, err = run(argv)
    assert code == 2  # 2 wins over the flags' 1
    assert [json.loads(line)["path"] for line in out.splitlines()] == [str(story)]
    errors = [line for line in err.splitlines() if line.startswith("claimtrack: error:")]
    assert len(errors) == 4
    joined = "\n".join(errors)
    for expected in ("not valid utf-8", "binary", "no such file", "no article files"):
        assert expected in joined
    assert "Traceback" not in err


def test_internal_error_is_one_line_and_traceback_only_with_verbose(story, clean, monkeypatch):
    def broken(document, settings):
        if "2 million to 3 million" in document.text:
            raise RuntimeError("boom")
        return fake_engine(document, settings)

    monkeypatch.setattr(check_cmd, "_run_rules", broken)
    code, out, err = run(["check", str(clean), str(story), "--format", "jsonl"])
    assert code == 2
    assert len(out.splitlines()) == 1
    assert "RuntimeError: boom" in err
    assert "Traceback" not in err
    _, _, err = run(["check", str(clean), str(story), "-v"])
    assert "Traceback" in err


def test_no_input_and_bad_jobs_are_usage_errors():
    assert run(["check"])[0] == 2
    assert run(["check", "x.md", "--jobs", "0"])[0] == 2
    assert run(["check", "x.md", "--fail-on", "fatal"])[0] == 2


# --- jobs --------------------------------------------------------------------------------


def test_jobs_give_the_same_output_in_input_order(tmp_path):
    for number in range(6):
        text = "Sunday. " * number + "3 billion" if number % 2 else "fine"
        (tmp_path / f"s{number}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "s7.txt").write_bytes(b"\x00")
    serial = run(["check", str(tmp_path), "--format", "json", "--jobs", "1"])
    parallel = run(["check", str(tmp_path), "--format", "json", "-j", "2"])
    assert serial == parallel
    assert serial[0] == 2
    assert [Path(d["path"]).name for d in json.loads(serial[1])["documents"]] == [f"s{n}.txt" for n in range(6)]


# --- claimtrack rule ---------------------------------------------------------------------


def test_rule_by_code_and_name(monkeypatch):
    code, out, _ = run(["rule", "CT401"])
    assert code == 0
    assert out.startswith("# weekday-mismatch (CT401)")
    assert run(["rule", "weekday-mismatch"])[1] == out
    code, out, _ = run(["rule", "unused-suppression"])
    assert code == 0
    assert out.startswith("# unused-suppression (CT001)")
    monkeypatch.setattr(rules_adapter, "_registry", lambda: None)
    code, out, _ = run(["rule", "CT001"])  # CT001 is documented even without the registry
    assert code == 0
    assert "## What it does" in out


def test_rule_all_json_and_unknown_rule():
    code, out, _ = run(["rule", "--all", "--output-format", "json"])
    assert code == 0
    rules = json.loads(out)
    assert [r["code"] for r in rules] == sorted(FAKE_RULES)
    assert rules[1]["name"] == "implausible-magnitude"
    assert rules[1]["help_uri"].endswith("/CT201/")
    code, out, _ = run(["rule", "--all"])
    assert out.count("\n# ") == len(FAKE_RULES) - 1
    code, _, err = run(["rule", "CT999"])
    assert code == 2
    assert "CT999" in err
    assert run(["rule"])[0] == 2


def test_rule_info_renders_docs_sections():
    info = RuleInfo(
        code="CT777",
        name="demo-rule",
        severity="error",
        summary="A demo.",
        sections=(("What it does", "Flags demos."), ("Known problems", "")),
    )
    text = info.help_text()
    assert "## What it does\n\nFlags demos." in text
    assert "Known problems" not in text
    assert info.as_json()["docs"] == {"What it does": "Flags demos.", "Known problems": ""}


def test_version_starts_without_loading_pydantic_or_the_engine():
    import subprocess

    code = "import sys; from claimtrack.cli import main; main(['--version'])"
    result = subprocess.run([sys.executable, "-c", code + "\n"], capture_output=True, text=True, check=False)
    assert result.stdout.startswith("claimtrack ")
    probe = (
        "import sys; import claimtrack.cli; heavy = ('pydantic', 'regex', 'yaml', 'claimtrack.rules'); "
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))"
    )
    assert (
        subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.strip() == "[]"
    )


def test_jobs_really_use_other_processes(tmp_path, monkeypatch):
    import os

    def pid_engine(document, settings):
        flag = Flag(code="CT502", name="unattributed-quote", severity="info", message=str(os.getpid()),
                    field="text", start=0, end=1)  # fmt: skip
        return Report(flags=(flag,))

    monkeypatch.setattr(check_cmd, "_run_rules", pid_engine)
    for number in range(4):
        (tmp_path / f"s{number}.txt").write_text("x", encoding="utf-8")
    pids = {f["message"] for f in json_flags(run(["check", str(tmp_path), "--format", "json", "--jobs", "2"])[1])}
    assert str(os.getpid()) not in pids
    pids = {f["message"] for f in json_flags(run(["check", str(tmp_path), "--format", "json"])[1])}
    assert pids == {str(os.getpid())}


def test_bad_front_matter_date_is_an_input_error(tmp_path, clean):
    path = tmp_path / "dated.md"
    path.write_text("---\ndate: next Tuesday\n---\n3 billion\n", encoding="utf-8")
    code, out, err = run(["check", str(path), str(clean), "--format", "jsonl"])
    assert code == 2
    assert len(out.splitlines()) == 1
    assert "dated.md" in err
    assert "not an ISO date" in err
