import json
from pathlib import Path

from claimtrack.schema import extract_output_schema

DOCS = Path(__file__).resolve().parents[1] / "docs" / "reference"


def test_published_extract_schema_is_current():
    published = json.loads((DOCS / "extract.schema.json").read_text(encoding="utf-8"))
    assert published == json.loads(json.dumps(extract_output_schema())), (
        "regenerate: python -m claimtrack.schema extract > docs/reference/extract.schema.json"
    )


def test_published_check_schema_is_current():
    from claimtrack.schema import check_output_schema

    published = json.loads((DOCS / "check.schema.json").read_text(encoding="utf-8"))
    assert published == json.loads(json.dumps(check_output_schema())), (
        "regenerate: python -m claimtrack.schema check > docs/reference/check.schema.json"
    )


def test_check_json_output_validates_against_its_schema():
    import jsonschema

    from claimtrack.model import Document, Flag, Related
    from claimtrack.report import render
    from claimtrack.report.base import CheckedFile
    from claimtrack.schema import check_output_schema

    flag = Flag(
        code="CT301",
        name="conflicting-figures",
        severity="warning",
        message="two figures",
        field="text",
        start=10,
        end=12,
        related=(Related(field="text", start=0, end=2, note="first"),),
        fingerprint="abc",
    )
    output = json.loads(
        render("json", [CheckedFile("a.txt", Document(text="12 apples\n14 apples"), (flag,))], rules=[])
    )
    jsonschema.validate(output, check_output_schema())
    output["documents"][0]["flags"][0].pop("line")
    try:
        jsonschema.validate(output, check_output_schema())
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("a flag without its line must not validate")
