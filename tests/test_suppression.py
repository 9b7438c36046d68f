"""Inline suppression comments in plain text, Markdown and HTML; CT001 for unused ones."""

import json

import pytest

from claimtrack.cli import check_cmd, rules_adapter
from claimtrack.model import Document, Flag
from claimtrack.suppression import apply_suppressions, find_suppressions
from claimtrack.text.html import parse_html
from claimtrack.text.markdown import parse_markdown
from test_cli_check import FakeRegistry, fake_engine, run


@pytest.fixture(autouse=True)
def fake_rules(monkeypatch):
    monkeypatch.setattr(check_cmd, "_run_rules", fake_engine)
    monkeypatch.setattr(rules_adapter, "_registry", lambda: FakeRegistry())


def flag_at(document: Document, word: str, code: str = "CT201", nth: int = 0) -> Flag:
    start = -1
    for _ in range(nth + 1):
        start = document.text.index(word, start + 1)
    name = {"CT201": "implausible-magnitude", "CT401": "weekday-mismatch"}[code]
    return Flag(code=code, name=name, severity="warning", message="m", field="text", start=start,
                end=start + len(word))  # fmt: skip


def kept(document, *flags, report_unused=True):
    return [
        (f.code, document.text[f.start : f.end])
        for f in apply_suppressions(document, flags, report_unused=report_unused)
    ]


MARKDOWN = (
    "First 3 billion.\n\n<!-- claimtrack: ignore[CT201] -->\nSecond 3 billion on Sunday.\n"
    "Same paragraph 4 billion.\n\nThird 3 billion.\n"
)


def test_ignore_applies_to_the_next_paragraph_only():
    document = parse_markdown(MARKDOWN)
    flags = [flag_at(document, "billion", nth=n) for n in range(4)] + [flag_at(document, "Sunday", "CT401")]
    result = kept(document, *flags)
    assert result == [("CT201", "billion"), ("CT401", "Sunday"), ("CT201", "billion")]
    first, _, third = (f for f in apply_suppressions(document, tuple(flags)))
    assert document.text[: first.start].startswith("First")
    assert document.text[third.start - 8 : third.start] == "Third 3 "


def test_names_prefixes_and_bare_ignore():
    for marker in ("ignore[implausible-magnitude]", "ignore[CT2]", "ignore", "IGNORE[ct201, CT401]"):
        document = Document(text=f"<!-- claimtrack: {marker} -->\nIt hit 3 billion.\n\nAlso 3 billion.")
        assert kept(document, flag_at(document, "billion"), flag_at(document, "billion", nth=1)) == [
            ("CT201", "billion")
        ], marker
    document = Document(text="<!-- claimtrack: ignore[CT4] -->\nIt hit 3 billion.")
    assert kept(document, flag_at(document, "billion"), report_unused=False) == [("CT201", "billion")]


def test_off_on_region_in_plain_text():
    text = "A 3 billion.\n<!-- claimtrack: off -->\nB 3 billion.\n\nC 3 billion.\n<!-- claimtrack: on -->\nD 3 billion."
    document = Document(text=text)
    flags = [flag_at(document, "billion", nth=n) for n in range(4)]
    result = apply_suppressions(document, tuple(flags))
    assert [text[f.start - 4 : f.start - 3] for f in result] == ["A", "D"]


def test_off_without_on_runs_to_the_end_and_stray_on_is_ignored():
    assert [s.kind for s in find_suppressions("<!-- claimtrack: on -->x")] == []
    (region,) = find_suppressions("x <!-- claimtrack: off --> rest")
    assert region.kind == "off"
    assert region.region_end == len("x <!-- claimtrack: off --> rest")


def test_look_alikes_are_not_suppressions():
    for text in (
        "<!-- claimtrack ignore[CT201] -->",
        "<!-- linter: ignore[CT201] -->",
        "claimtrack: off",
        "<!-- claimtrack: ignored -->",
    ):
        assert find_suppressions(text) == [], text


def test_unused_suppression_is_ct001_at_the_comment():
    document = parse_markdown("Intro.\n\n<!-- claimtrack: ignore[CT401] -->\nIt hit 3 billion.\n")
    result = apply_suppressions(document, (flag_at(document, "billion"),))
    assert [f.code for f in result] == ["CT001", "CT201"]  # by position: the comment comes first
    unused = result[0]
    assert unused.severity == "info"
    assert unused.name == "unused-suppression"
    assert "ignore[CT401]" in unused.message
    assert unused.fingerprint
    assert document.position("text", unused.start)[0] == 3  # the comment's line


def test_suppression_in_html_uses_the_source_map():
    page = (
        "<html><body><p>One 3 billion.</p>\n<!-- claimtrack: ignore[CT201] -->"
        "<p>Two 3 billion.</p><p>Three 3 billion.</p></body></html>"
    )
    document = parse_html(page)
    flags = [flag_at(document, "billion", nth=n) for n in range(3)]
    assert [document.text[f.start - 6 : f.start - 3] for f in apply_suppressions(document, tuple(flags))] == [
        "One",
        "ree",
    ]


def test_title_flags_are_not_suppressed_by_body_comments():
    document = Document(text="<!-- claimtrack: off -->\nbody", title="3 billion")
    flag = Flag(code="CT201", name="implausible-magnitude", severity="warning", message="m", field="title",
                start=2, end=9)  # fmt: skip
    assert [f.field for f in apply_suppressions(document, (flag,))] == ["title", "text"]


# --- through the command line -----------------------------------------------------------


def test_cli_honours_suppressions_and_reports_unused(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(MARKDOWN + "\n<!-- claimtrack: ignore[CT502] -->\nNothing here.\n", encoding="utf-8")
    code, out, _ = run(["check", str(path), "--format", "json"])
    flags = json.loads(out)["documents"][0]["flags"]
    assert [f["code"] for f in flags] == ["CT201", "CT401", "CT201", "CT001"]
    assert flags[-1]["line"] == 9
    assert flags[-1]["severity"] == "info"
    assert code == 1


def test_ct001_follows_selection_and_fail_on(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("<!-- claimtrack: ignore[CT201] -->\nFine.\n", encoding="utf-8")
    code, out, _ = run(["check", str(path), "--format", "json"])
    assert code == 0
    assert "CT001" in out
    assert run(["check", str(path), "--fail-on", "info"])[0] == 1
    assert "CT001" not in run(["check", str(path), "--format", "json", "--ignore", "CT001"])[1]
    assert "CT001" not in run(["check", str(path), "--format", "json", "--select", "CT2"])[1]
    assert (
        "CT001"
        in run(["check", str(path), "--format", "json", "--select", "CT2", "--extend-select", "unused-suppression"])[1]
    )


def test_ct001_without_a_registry_uses_local_matching(tmp_path, monkeypatch):
    monkeypatch.setattr(rules_adapter, "_registry", lambda: None)
    from claimtrack.settings import Settings

    enabled = check_cmd._unused_enabled
    assert enabled(Settings(), None)
    assert not enabled(Settings(ignore=("CT0",)), None)
    assert not enabled(Settings(select=("CT2",)), None)
    assert enabled(Settings(select=("CT2",), extend_select=("CT001",)), None)
    assert enabled(Settings(ignore=("CT",), select=("unused-suppression",)), None)


def test_api_does_not_report_a_suppression_of_a_rule_that_did_not_run():
    import claimtrack

    text = "<!-- claimtrack: ignore[CT201] -->\nQuiet."
    assert claimtrack.check(text, config={"select": ["CT4", "CT001"]}).flags == ()
    assert [f.code for f in claimtrack.check(text).flags] == ["CT001"]  # CT201 ran and found nothing
    typo = "<!-- claimtrack: ignore[CT999] -->\nQuiet."
    assert [f.code for f in claimtrack.check(typo, config={"select": ["CT4", "CT001"]}).flags] == ["CT001"]
