import io
import json
import sys
from pathlib import Path

import pytest

from claimtrack.cli import main
from claimtrack.model import SCHEMA_VERSION


def run(argv, stdin: bytes | None = None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.md"
    front_matter = "---\ntitle: Sales up 12%\ndate: 2024-03-01\n---\n"
    path.write_text(front_matter + "Sales rose 12% to $40 million.\n", encoding="utf-8")
    return path


def test_json_output_follows_the_contract(story):
    code, out, err = run(["extract", str(story), "--output-format", "json"])
    assert code == 0, err
    data = json.loads(out)
    assert data["schema_version"] == SCHEMA_VERSION
    (document,) = data["documents"]
    assert document["path"] == str(story)
    assert document["title"] == "Sales up 12%"
    assert document["published"] == "2024-03-01"
    kinds = {claim["kind"] for claim in document["claims"]}
    assert {"percent", "money"} <= kinds
    money = next(c for c in document["claims"] if c["kind"] == "money")
    assert money["value"] == 40000000
    assert money["currency"] == "USD"
    assert any(c["field"] == "title" for c in document["claims"])


def test_format_alias_and_jsonl_one_document_per_line(story, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Profit fell 3%.", encoding="utf-8")
    code, out, _ = run(["extract", str(story), str(other), "--format", "jsonl"])
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["schema_version"] == SCHEMA_VERSION for line in lines)


def test_text_output_has_file_positions(story):
    code, out, _ = run(["extract", str(story)])
    assert code == 0
    assert f"{story}:5:12: percent '12%'" in out


def test_published_overrides_front_matter_and_today_is_echoed(story):
    _, out, _ = run(["extract", str(story), "--format", "json", "--published", "2030-01-02"])
    assert json.loads(out)["documents"][0]["published"] == "2030-01-02"
    code, _, err = run(["extract", str(story), "--published", "today"])
    assert code == 0
    assert "using published date" in err


def test_bad_published_is_a_usage_error(story):
    code, out, err = run(["extract", str(story), "--published", "June 9"])
    assert code == 2
    assert "--published" in err
    assert out == ""


def test_unreadable_inputs_are_reported_and_the_rest_processed(story, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes("caf\u00e9 up 5%".encode("cp1252"))
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02")
    missing = tmp_path / "missing.md"
    code, out, err = run(["extract", str(bad), str(binary), str(missing), str(story), "--format", "jsonl"])
    assert code == 2
    assert len(out.strip().splitlines()) == 1
    lines = err.strip().splitlines()
    assert len(lines) == 3
    assert "bad.txt" in lines[0]
    assert "--encoding" in lines[0]
    assert "binary" in lines[1]
    assert "no such file" in lines[2]


def test_encoding_option_reads_cp1252(tmp_path):
    bad = tmp_path / "draft.txt"
    bad.write_bytes("Caf\u00e9 sales rose 5%.".encode("cp1252"))
    code, out, err = run(["extract", str(bad), "--encoding", "cp1252", "--format", "json"])
    assert code == 0, err
    assert json.loads(out)["documents"][0]["claims"]


def test_directory_recursion_and_empty_directory(tmp_path, story):
    nested = tmp_path / "drafts" / "week1"
    nested.mkdir(parents=True)
    (nested / "a.txt").write_text("Up 5%.", encoding="utf-8")
    (nested / "notes.csv").write_text("1,2,3", encoding="utf-8")
    code, out, _ = run(["extract", str(tmp_path / "drafts"), "--format", "jsonl"])
    assert code == 0
    assert [json.loads(line)["path"] for line in out.splitlines()] == [str(nested / "a.txt")]
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run(["extract", str(empty)])
    assert code == 2
    assert "no article files" in err


def test_stdin_with_filename(monkeypatch):
    code, out, _ = run(
        ["extract", "-", "--stdin-filename", "draft.txt", "--format", "json"],
        stdin=b"Costs rose 7%.",
        monkeypatch=monkeypatch,
    )
    assert code == 0
    assert json.loads(out)["documents"][0]["path"] == "draft.txt"


def test_output_file(story, tmp_path):
    target = tmp_path / "claims.json"
    code, out, _ = run(["extract", str(story), "--format", "json", "-o", str(target)])
    assert code == 0
    assert out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["documents"]


def test_usage_errors_exit_2():
    assert run(["extract", "--output-format", "yaml", "x"])[0] == 2
    assert run(["frobnicate"])[0] == 2
    code, _, err = run(["extract"])
    assert code == 2
    assert "no input" in err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert "claimtrack" in capsys.readouterr().out


def test_api_rejects_non_strings():
    import claimtrack

    with pytest.raises(TypeError, match="bytes"):
        claimtrack.extract(b"Sales rose 5%")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="NoneType"):
        claimtrack.extract(None)  # type: ignore[arg-type]
