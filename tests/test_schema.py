import json
from pathlib import Path

from claimtrack.schema import extract_output_schema

DOCS = Path(__file__).resolve().parents[1] / "docs" / "reference"


def test_published_extract_schema_is_current():
    published = json.loads((DOCS / "extract.schema.json").read_text(encoding="utf-8"))
    assert published == json.loads(json.dumps(extract_output_schema())), (
        "regenerate: python -m claimtrack.schema extract > docs/reference/extract.schema.json"
    )
