"""--write-baseline records the current flags; --baseline hides them, even after unrelated edits."""

import json

import pytest

from claimtrack.cli import check_cmd, rules_adapter
from test_cli_check import FakeRegistry, fake_engine, run


@pytest.fixture(autouse=True)
def fake_rules(monkeypatch):
    monkeypatch.setattr(check_cmd, "_run_rules", fake_engine)
    monkeypatch.setattr(rules_adapter, "_registry", lambda: FakeRegistry())


def test_baseline_round_trip(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("It hit 3 billion on Sunday.\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    code, out, err = run(["check", str(story), "--write-baseline", str(baseline)])
    assert code == 0
    assert out == ""
    assert "Wrote 2 flags" in err
    recorded = json.loads(baseline.read_text(encoding="utf-8"))
    assert {r["code"] for r in recorded["flags"]} == {"CT201", "CT401"}
    assert recorded["schema_version"]
    code, out, err = run(["check", str(story), "--baseline", str(baseline)])
    assert (code, out) == (0, "")
    assert "2 flags hidden by the baseline" in err
    # an edit above the known flags moves them but keeps them known; a new problem is reported
    story.write_text("A new intro line.\n\nIt hit 3 billion on Sunday.\n\nThen reportedly more.\n", encoding="utf-8")
    code, out, _ = run(["check", str(story), "--baseline", str(baseline), "--format", "json"])
    assert [f["code"] for f in json.loads(out)["documents"][0]["flags"]] == ["CT502"]
    assert code == 0  # info only


def test_baseline_is_per_path(tmp_path):
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    for path in (first, second):
        path.write_text("3 billion\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    run(["check", str(first), "--write-baseline", str(baseline)])
    code, out, _ = run(["check", str(first), str(second), "--baseline", str(baseline), "--format", "jsonl"])
    assert code == 1
    assert [len(json.loads(line)["flags"]) for line in out.splitlines()] == [0, 1]


def test_flags_without_fingerprints_get_a_stable_one(tmp_path, monkeypatch):
    def no_fingerprints(document, settings):
        report = fake_engine(document, settings)
        return report.model_copy(
            update={"flags": tuple(f.model_copy(update={"fingerprint": ""}) for f in report.flags)}
        )

    monkeypatch.setattr(check_cmd, "_run_rules", no_fingerprints)
    story = tmp_path / "s.txt"
    story.write_text("3 billion\n", encoding="utf-8")
    baseline = tmp_path / "b.json"
    run(["check", str(story), "--write-baseline", str(baseline)])
    assert json.loads(baseline.read_text(encoding="utf-8"))["flags"][0]["fingerprint"]
    assert run(["check", str(story), "--baseline", str(baseline)])[0] == 0


@pytest.mark.parametrize("content", [None, "not json", '{"flags": [{"path": 1}]}', "[]"])
def test_bad_baseline_exits_2(tmp_path, content):
    story = tmp_path / "s.txt"
    story.write_text("fine\n", encoding="utf-8")
    baseline = tmp_path / "b.json"
    if content is not None:
        baseline.write_text(content, encoding="utf-8")
    code, _, err = run(["check", str(story), "--baseline", str(baseline)])
    assert code == 2
    assert "b.json" in err


def test_write_baseline_to_an_unwritable_place(tmp_path):
    story = tmp_path / "s.txt"
    story.write_text("3 billion\n", encoding="utf-8")
    code, _, err = run(["check", str(story), "--write-baseline", str(tmp_path / "no" / "dir" / "b.json")])
    assert code == 2
    assert "cannot write baseline" in err


def test_baseline_matches_the_same_file_named_differently(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "s.txt").write_text("3 billion\n", encoding="utf-8")
    run(["check", "s.txt", "--write-baseline", "b.json"])
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["flags"][0]["path"] == "s.txt"
    assert run(["check", str(tmp_path / "s.txt"), "--baseline", "b.json"])[0] == 0
    assert run(["check", "./s.txt", "--baseline", "b.json"])[0] == 0


def test_baseline_paths_are_relative_to_the_baseline_file(tmp_path, monkeypatch):
    desk = tmp_path / "desk"
    (desk / "stories").mkdir(parents=True)
    (desk / "stories" / "s.txt").write_text("3 billion\n", encoding="utf-8")
    monkeypatch.chdir(desk)
    run(["check", "stories", "--write-baseline", "b.json"])
    assert json.loads((desk / "b.json").read_text(encoding="utf-8"))["flags"][0]["path"] == "stories/s.txt"
    for folder in (desk / "stories", tmp_path):  # used to match only from the folder it was written in
        monkeypatch.chdir(folder)
        code, _, err = run(["check", str(desk / "stories"), "--baseline", str(desk / "b.json")])
        assert code == 0, folder
        assert "1 flag hidden by the baseline" in err
