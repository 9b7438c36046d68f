"""``claimtrack extract``: print the claims of each input."""

from __future__ import annotations

import argparse
import json
from contextlib import ExitStack
from datetime import date
from typing import Any, TextIO

from claimtrack.cli.inputs import load_inputs, open_output
from claimtrack.config import ConfigResolver
from claimtrack.extractors.pipeline import extract_document
from claimtrack.model import SCHEMA_VERSION, ClaimSet, Document
from claimtrack.report.base import position


def document_json(path: str, document: Document, claims: ClaimSet) -> dict[str, Any]:
    """One output document of the JSON contract."""
    dumped = claims.model_dump(mode="json")
    return {
        "path": path,
        "title": document.title,
        "published": document.published.isoformat() if document.published else None,
        "claims": dumped["claims"],
        "people": dumped["people"],
    }


def _text_lines(path: str, document: Document, claims: ClaimSet) -> list[str]:
    lines = []
    for claim in claims:
        line, col = position(document, claim.field, claim.start)
        data = claim.model_dump(mode="json", exclude_defaults=True)
        detail = ", ".join(
            f"{key}={value}"
            for key, value in data.items()
            if key not in {"id", "kind", "text", "field", "start", "end", "sentence"}
        )
        lines.append(f"{path}:{line}:{col}: {claim.kind} {claim.text!r}" + (f" ({detail})" if detail else ""))
    return lines


def run_extract(args: argparse.Namespace, published: date | None, out: TextIO, err: TextIO) -> int:
    """Extract every input; returns 2 when any input failed to load, else 0."""
    status = 0
    documents: list[dict[str, Any]] = []
    resolver = ConfigResolver(explicit=args.config, isolated=args.isolated)
    with ExitStack() as stack:
        sink = open_output(stack, args.output, out, err)
        if sink is None:
            return 2
        if not args.paths:
            print("claimtrack: error: no input given (name files, directories, or - for stdin)", file=err)
            return 2
        for loaded in load_inputs(
            args.paths, encoding=args.encoding, title=args.title, stdin_filename=args.stdin_filename
        ):
            if loaded.document is None:
                print(f"claimtrack: error: {loaded.error}", file=err)
                status = 2
                continue
            document = loaded.document
            named = (args.stdin_filename or None) if loaded.stdin else loaded.path
            settings = resolver.for_path(named).settings  # the locale and published date, as check reads them
            when = published or document.published or settings.published
            if when != document.published:
                document = document.model_copy(update={"published": when})
            claims = extract_document(document, settings)
            if args.output_format == "text":
                for line in _text_lines(loaded.path, document, claims):
                    print(line, file=sink)
            elif args.output_format == "jsonl":
                record = {"schema_version": SCHEMA_VERSION, **document_json(loaded.path, document, claims)}
                print(json.dumps(record, ensure_ascii=False), file=sink)
            else:
                documents.append(document_json(loaded.path, document, claims))
        if args.output_format == "json":
            print(
                json.dumps({"schema_version": SCHEMA_VERSION, "documents": documents}, ensure_ascii=False, indent=2),
                file=sink,
            )
    return status
