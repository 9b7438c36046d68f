"""Formatters: a list of checked files -> text, concise, JSON, JSONL, GitHub, SARIF or HTML.

Each format lives in its own module, imported only when used.
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol

from claimtrack.report.base import CheckedFile, RuleInfo

FORMATS = ("text", "concise", "json", "jsonl", "github", "sarif", "html")
"""Every ``--output-format`` the check command accepts."""

_MODULES = {
    "text": "claimtrack.report.text",
    "concise": "claimtrack.report.concise",
    "json": "claimtrack.report.json_out",
    "jsonl": "claimtrack.report.json_out",
    "github": "claimtrack.report.github",
    "sarif": "claimtrack.report.sarif",
    "html": "claimtrack.report.html_out",
}


class _Renderer(Protocol):
    def __call__(self, files: list[CheckedFile], *, rules: list[RuleInfo], color: bool) -> str: ...


def render(output_format: str, files: list[CheckedFile], *, rules: list[RuleInfo], color: bool = False) -> str:
    """The whole output of one run in ``output_format`` (ends with a newline unless empty)."""
    module = import_module(_MODULES[output_format])
    renderer: _Renderer = getattr(module, f"render_{output_format}")
    return renderer(files, rules=rules, color=color)


__all__ = ["FORMATS", "CheckedFile", "RuleInfo", "render"]
