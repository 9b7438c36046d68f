"""JSON Schemas of claimtrack's outputs, generated from the models.

``python -m claimtrack.schema extract`` prints the schema of ``claimtrack extract
--output-format json`` and ``python -m claimtrack.schema check`` the one of ``claimtrack
check --output-format json``; the docs publish them and a test keeps the published copies
current.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from pydantic import BaseModel, ConfigDict

from claimtrack.model import SCHEMA_VERSION, Claim, Flag, Person, Related


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
    return _finish(_ExtractOutput.model_json_schema(mode="serialization", by_alias=True))


class _Location(BaseModel):
    line: int
    """1-based line of the span's start in the file."""
    column: int
    """1-based column (in code points) of the span's start."""
    end_line: int
    end_column: int
    """The column after the span's last character (exclusive, as in SARIF)."""


class RelatedRecord(Related, _Location):
    """A flag's evidence span, located in the file."""

    model_config = ConfigDict(title="RelatedSpan")


class FlagRecord(Flag, _Location):
    """A flag as ``claimtrack check --output-format json`` prints it: located in the file."""

    model_config = ConfigDict(title="Flag")
    related: tuple[RelatedRecord, ...] = ()


class CheckedDocument(BaseModel):
    """One checked input and its flags."""

    model_config = ConfigDict(title="CheckedDocument")
    path: str
    title: str
    published: str | None
    flags: list[FlagRecord]


class _CheckOutput(BaseModel):
    model_config = ConfigDict(title="ClaimtrackCheckOutput")
    schema_version: str
    documents: list[CheckedDocument]


def check_output_schema() -> dict[str, Any]:
    """The JSON Schema of ``claimtrack check --output-format json``.

    >>> sorted(check_output_schema()["$defs"]["FlagRecord"]["required"])[:4]
    ['code', 'column', 'end', 'end_column']
    """
    return _finish(_CheckOutput.model_json_schema(mode="serialization", by_alias=True))


def _finish(schema: dict[str, Any]) -> dict[str, Any]:
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["properties"]["schema_version"]["const"] = SCHEMA_VERSION
    return schema


SCHEMAS = {"extract": extract_output_schema, "check": check_output_schema}


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
