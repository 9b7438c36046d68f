"""`claimtrack check` with the real rule engine, end to end (skipped while the engine is absent)."""

import io
import json

import pytest

from claimtrack.cli import main
from claimtrack.cli.rules_adapter import known_rules


@pytest.fixture(autouse=True)
def needs_engine():
    pytest.importorskip("claimtrack.rules.engine")
    if "CT401" not in known_rules():
        pytest.skip("the rule registry has no CT401 yet")


def test_weekday_mismatch_and_unused_suppression_end_to_end(tmp_path):
    story = tmp_path / "vote.md"
    story.write_text(
        "---\ntitle: Vote held\n---\nThe vote was held on Sunday, June 10, 2025.\n\n"
        "<!-- claimtrack: ignore[CT201] -->\nA quiet paragraph.\n",
        encoding="utf-8",
    )
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", str(story), "--select", "CT401,CT2,CT001", "--format", "json"], stdout=out, stderr=err)
    flags = json.loads(out.getvalue())["documents"][0]["flags"]
    assert [(f["code"], f["line"], f["column"]) for f in flags] == [("CT401", 4, 22), ("CT001", 6, 35)]
    assert code == 1
    out = io.StringIO()  # CT201 does not run: the comment had no chance to suppress anything
    main(["check", str(story), "--select", "CT401,CT001", "--format", "json"], stdout=out, stderr=err)
    assert [f["code"] for f in json.loads(out.getvalue())["documents"][0]["flags"]] == ["CT401"]
    out = io.StringIO()
    assert main(["check", str(story), "--select", "CT401", "--fail-on", "error", "--format", "sarif"], stdout=out,
                stderr=io.StringIO()) == 1  # fmt: skip
    assert json.loads(out.getvalue())["runs"][0]["results"][0]["ruleId"] == "CT401"


def test_unknown_code_from_the_real_registry_exits_2(tmp_path):
    story = tmp_path / "s.txt"
    story.write_text("Fine.", encoding="utf-8")
    err = io.StringIO()
    assert main(["check", str(story), "--select", "CT999"], stdout=io.StringIO(), stderr=err) == 2
    assert "CT999" in err.getvalue()
