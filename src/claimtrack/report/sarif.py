"""The sarif format: SARIF 2.1.0 for code-scanning dashboards.

One run whose ``tool.driver.rules`` describes every rule (id, name, short and full
description, help text and URI) and whose results point at the file's lines and columns
(``columnKind`` "unicodeCodePoints"), with related locations and a partial fingerprint.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from claimtrack._version import __version__
from claimtrack.model import Document
from claimtrack.model.base import Field
from claimtrack.report.base import INFORMATION_URI, CheckedFile, RuleInfo, help_uri, location, rules_for

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "claimtrack/v1"


def artifact_uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative, absolute ones become file URIs.

    >>> artifact_uri("news/my story.md")
    'news/my%20story.md'
    """
    candidate = Path(path)
    if candidate.is_absolute():
        return candidate.as_uri()
    return quote(candidate.as_posix())


def _rule(info: RuleInfo) -> dict[str, Any]:
    sections = dict(info.sections)
    full = sections.get("What it does") or info.summary or info.name
    return {
        "id": info.code,
        "name": info.name,
        "shortDescription": {"text": info.summary or info.name},
        "fullDescription": {"text": full},
        "help": {"text": info.help_text(), "markdown": info.help_text(markdown=True)},
        "helpUri": help_uri(info.code),
        "defaultConfiguration": {"level": LEVELS.get(info.severity, "warning")},
        "properties": {"tags": [info.family] if info.family else []},
    }


def _physical(uri: str, document: Document, field_name: Field, start: int, end: int) -> dict[str, Any]:
    where = location(document, field_name, start, end)
    return {
        "artifactLocation": {"uri": uri},
        "region": {
            "startLine": where.line,
            "startColumn": where.column,
            "endLine": where.end_line,
            "endColumn": where.end_column,
            "snippet": {"text": document.field_text(field_name)[start:end]},
        },
    }


def _invocation(errors: Sequence[tuple[str | None, str]]) -> dict[str, Any]:
    """Whether the run checked every input, with one notification per input that failed."""
    notifications = []
    for path, message in errors:
        notification: dict[str, Any] = {"level": "error", "message": {"text": message}}
        if path:
            notification["locations"] = [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path)}}}]
        notifications.append(notification)
    invocation: dict[str, Any] = {"executionSuccessful": not errors}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return invocation


def sarif_log(
    files: list[CheckedFile], rules: list[RuleInfo], errors: Sequence[tuple[str | None, str]] = ()
) -> dict[str, Any]:
    """The SARIF log as a JSON-ready dict; ``errors`` are (path, message) of inputs that failed."""
    described = rules_for(files, {info.code: info for info in rules})
    index = {info.code: position for position, info in enumerate(described)}
    results = []
    for checked in files:
        uri = artifact_uri(checked.path)
        for flag in checked.flags:
            result: dict[str, Any] = {
                "ruleId": flag.code,
                "ruleIndex": index[flag.code],
                "level": LEVELS[flag.severity],
                "message": {"text": flag.message},
                "locations": [{"physicalLocation": _physical(uri, checked.document, flag.field, flag.start, flag.end)}],
            }
            related = [
                {
                    "id": number,
                    "physicalLocation": _physical(uri, checked.document, item.field, item.start, item.end),
                    "message": {"text": item.note or "related evidence"},
                }
                for number, item in enumerate(flag.related)
            ]
            if related:
                result["relatedLocations"] = related
            if flag.fingerprint:
                result["partialFingerprints"] = {FINGERPRINT_KEY: flag.fingerprint}
            if flag.suggestion is not None:
                result["properties"] = {"suggestion": flag.suggestion}
            results.append(result)
    driver = {
        "name": "claimtrack",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": INFORMATION_URI,
        "rules": [_rule(info) for info in described],
    }
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "invocations": [_invocation(errors)],
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }


def render_sarif(
    files: list[CheckedFile], *, rules: list[RuleInfo], color: bool, errors: Sequence[tuple[str | None, str]] = ()
) -> str:
    """The SARIF log, indented; ``errors`` (path, message) become tool execution notifications."""
    return json.dumps(sarif_log(files, rules, errors), ensure_ascii=False, indent=2) + "\n"
