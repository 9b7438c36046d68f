"""The machine formats, parsed back: github workflow commands, SARIF (validated against the
official 2.1.0 schema), HTML; plus the formatters on hand-built reports."""

import json
import re
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest

from claimtrack.cli import check_cmd, rules_adapter
from claimtrack.model import Document, Flag, Related
from claimtrack.report import render
from claimtrack.report.base import CheckedFile, RuleInfo, location
from claimtrack.report.github import escape_data, escape_property
from claimtrack.report.sarif import sarif_log
from test_cli_check import FakeRegistry, fake_engine, run

SCHEMA = json.loads((Path(__file__).parent / "fixtures" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def fake_rules(monkeypatch):
    monkeypatch.setattr(check_cmd, "_run_rules", fake_engine)
    monkeypatch.setattr(rules_adapter, "_registry", lambda: FakeRegistry())


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "my story.md"
    path.write_text(
        "---\ntitle: Fine\n---\nOutput rose from 2 million to 3 billion, 50%.\n\nIt opened on Sunday.\n",
        encoding="utf-8",
    )
    return path


GITHUB_LINE = re.compile(r"^::(?P<level>error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def parse_github(out):
    commands = []
    for line in out.splitlines():
        match = GITHUB_LINE.match(line)
        assert match, line
        props = dict(item.split("=", 1) for item in match.group("props").split(","))
        commands.append((match.group("level"), {k: unquote(v) for k, v in props.items()}, match.group("message")))
    return commands


def test_github_annotations(story):
    code, out, _ = run(["check", str(story), "--output-format", "github"])
    assert code == 1
    commands = parse_github(out)
    assert [(level, props["title"]) for level, props, _ in commands] == [("warning", "CT201"), ("error", "CT401")]
    _level, props, message = commands[0]
    assert props["file"] == str(story)
    assert (props["line"], props["col"], props["endLine"], props["endColumn"]) == ("4", "33", "4", "40")
    assert message == "[implausible-magnitude] implausible-magnitude: 'billion' (suggestion: million)"


def test_github_escapes_per_the_workflow_command_rules():
    assert escape_data("50%\r\nmore") == "50%25%0D%0Amore"
    assert escape_property("a:b,c%d") == "a%3Ab%2Cc%25d"
    document = Document(text="x: 3 billion")
    flag = Flag(
        code="CT502", name="unattributed-quote", severity="info", message="a\nb, c: 5%", field="text", start=3, end=12
    )
    out = render("github", [CheckedFile("dir,x:y.md", document, (flag,))], rules=[])
    assert out == (
        "::notice file=dir%2Cx%3Ay.md,line=1,col=4,endLine=1,endColumn=13,title=CT502::"
        "[unattributed-quote] a%0Ab, c: 5%25\n"
    )


def test_sarif_validates_against_the_official_schema(story):
    code, out, _ = run(["check", str(story), "--output-format", "sarif"])
    assert code == 1
    log = json.loads(out)
    jsonschema.validate(log, SCHEMA)
    (run_,) = log["runs"]
    assert run_["columnKind"] == "unicodeCodePoints"
    driver = run_["tool"]["driver"]
    assert driver["name"] == "claimtrack"
    assert driver["version"]
    assert driver["informationUri"]
    rules = driver["rules"]
    assert [rule["id"] for rule in rules] == sorted(rules_adapter.known_rules())
    for rule in rules:
        assert rule["name"]
        assert rule["shortDescription"]["text"]
        assert rule["fullDescription"]["text"]
        assert rule["help"]["text"]
        assert rule["helpUri"].startswith("https://")
    first = run_["results"][0]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"] == "CT201"
    assert first["level"] == "warning"
    physical = first["locations"][0]["physicalLocation"]
    assert unquote(physical["artifactLocation"]["uri"]).endswith("my story.md")
    assert physical["region"] == {
        "startLine": 4, "startColumn": 33, "endLine": 4, "endColumn": 40, "snippet": {"text": "billion"}
    }  # fmt: skip
    related = first["relatedLocations"][0]
    assert related["physicalLocation"]["region"]["startColumn"] == 20
    assert related["message"]["text"] == "the other figure"
    assert first["partialFingerprints"]["claimtrack/v1"]
    assert run_["results"][1]["level"] == "error"


def test_sarif_of_hand_built_flags_with_an_undescribed_rule():
    document = Document(text="Up 5%.", title="Up 6%")
    flags = (
        Flag(
            code="CT302",
            name="headline-mismatch",
            severity="error",
            message="6% vs 5%",
            field="title",
            start=3,
            end=5,
            related=(Related(field="text", start=3, end=5),),
        ),
        Flag(code="CT502", name="unattributed-quote", severity="info", message="m", field="text", start=0, end=2),
    )
    info = RuleInfo(code="CT502", name="unattributed-quote", severity="info", summary="s")
    log = sarif_log([CheckedFile("/abs/path/a.txt", document, flags)], [info])
    jsonschema.validate(log, SCHEMA)
    results = log["runs"][0]["results"]
    assert [r["level"] for r in results] == ["error", "note"]
    assert results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "file:///abs/path/a.txt"
    assert [rule["id"] for rule in log["runs"][0]["tool"]["driver"]["rules"]] == ["CT302", "CT502"]
    assert "partialFingerprints" not in results[1]  # no fingerprint, none invented


def test_html_stub_escapes(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("<b>3 billion</b>", encoding="utf-8")
    code, out, _ = run(["check", str(path), "--format", "html"])
    assert code == 1
    assert out.startswith("<!DOCTYPE html>")
    assert "<td>billion</td>" in out
    assert "<td>million</td>" in out
    assert "implausible-magnitude: &#x27;billion&#x27;" in out
    flag = Flag(
        code="CT502",
        name="unattributed-quote",
        severity="info",
        message="<script>x</script>",
        field="text",
        start=0,
        end=3,
    )
    page = render("html", [CheckedFile("a&b.txt", Document(text="<b>"), (flag,))], rules=[])
    assert "<script>" not in page
    assert "&lt;script&gt;x&lt;/script&gt;" in page
    assert "<td>&lt;b&gt;</td>" in page
    assert "a&amp;b.txt:1:1" in page


def test_text_snippet_of_a_long_sentence_is_cut_around_the_span():
    text = "word " * 60 + "3 billion" + " word" * 60 + "."
    start = text.index("billion")
    flag = Flag(
        code="CT201",
        name="implausible-magnitude",
        severity="warning",
        message="m",
        field="text",
        start=start,
        end=start + 7,
    )
    out = render("text", [CheckedFile("a.txt", Document(text=text), (flag,))], rules=[])
    sentence, marks = out.splitlines()[1:3]
    assert len(sentence) <= 4 + 122
    assert sentence[marks.index("^") : marks.index("^") + 7] == "billion"


def test_location_through_a_markdown_source_map():
    from claimtrack.text.markdown import parse_markdown

    document = parse_markdown("---\ntitle: T\n---\n# Head\n\n**Sales** rose *12%*.\n")
    start = document.text.index("12%")
    assert location(document, "text", start, start + 3) == (6, 17, 6, 20)


def test_empty_run_renders_valid_empty_outputs():
    assert render("text", [], rules=[]) == ""
    assert render("concise", [], rules=[]) == ""
    assert render("github", [], rules=[]) == ""
    assert json.loads(render("json", [], rules=[]))["documents"] == []
    jsonschema.validate(json.loads(render("sarif", [], rules=[])), SCHEMA)
