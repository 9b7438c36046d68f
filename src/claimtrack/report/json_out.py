"""The json and jsonl formats.

json prints ``{"schema_version", "documents": [{"path", "title", "published", "flags":
[...]}]}``; jsonl prints one document per line, each with its own ``schema_version``.

>>> from claimtrack.model import Document
>>> render_jsonl([CheckedFile("a.txt", Document(text="x"))], rules=[], color=False)
'{"schema_version": "1.0", "path": "a.txt", "title": "", "published": null, "flags": []}\\n'
"""

from __future__ import annotations

import json

from claimtrack.model import SCHEMA_VERSION
from claimtrack.report.base import CheckedFile, RuleInfo, document_record


def render_json(files: list[CheckedFile], *, rules: list[RuleInfo], color: bool) -> str:
    """One JSON object holding every document."""
    data = {"schema_version": SCHEMA_VERSION, "documents": [document_record(checked) for checked in files]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_jsonl(files: list[CheckedFile], *, rules: list[RuleInfo], color: bool) -> str:
    """One JSON document per line."""
    return "".join(
        json.dumps({"schema_version": SCHEMA_VERSION, **document_record(checked)}, ensure_ascii=False) + "\n"
        for checked in files
    )
