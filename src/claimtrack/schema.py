"""JSON Schemas of claimtrack's outputs, generated from the models.

``python -m claimtrack.schema extract`` prints the schema of ``claimtrack extract
--output-format json``; the docs publish it and a test keeps the published copy current.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from pydantic import BaseModel, ConfigDict

from claimtrack.model import SCHEMA_VERSION, Claim, Person


class _ExtractDocument(BaseModel):
    model_config = ConfigDict(title="ExtractedDocument")
    path: str
    title: str
    published: str | None
    claims: list[Claim]
    people: list[Person]


class _ExtractOutput(BaseModel):
    model_config = ConfigDict(title="ClaimtrackExtractOutput")
    schema_version: str
    documents: list[_ExtractDocument]


def extract_output_schema() -> dict[str, Any]:
    """The JSON Schema of ``claimtrack extract --output-format json``."""
    schema = _ExtractOutput.model_json_schema(mode="serialization", by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["properties"]["schema_version"]["const"] = SCHEMA_VERSION
    return schema


SCHEMAS = {"extract": extract_output_schema}


def main(argv: list[str] | None = None) -> int:
    """Print one named schema as indented JSON."""
    args = sys.argv[1:] if argv is None else argv
    name = args[0] if args else "extract"
    if name not in SCHEMAS:
        print(f"unknown schema {name!r}; choose from {', '.join(SCHEMAS)}", file=sys.stderr)
        return 2
    print(json.dumps(SCHEMAS[name](), indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
