"""Formatters: a list of checked files -> text, concise, JSON, JSONL, GitHub, SARIF or HTML.

Each format lives in its own module, imported only when used.
"""

from __future__ import annotations

from collections.abc import Sequence
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


def render(
    output_format: str,
    files: list[CheckedFile],
    *,
    rules: list[RuleInfo],
    color: bool = False,
    errors: Sequence[tuple[str | None, str]] = (),
) -> str:
    """The whole output of one run in ``output_format`` (ends with a newline unless empty).

    ``errors`` are the (path, message) of inputs that could not be checked; the sarif format
    records them in its invocation and the html report lists them (read on their own, they
    must not look all clear); the others leave them to the error lines on stderr.
    """
    module = import_module(_MODULES[output_format])
    if output_format in ("sarif", "html"):
        return str(getattr(module, f"render_{output_format}")(files, rules=rules, color=color, errors=errors))
    renderer: _Renderer = getattr(module, f"render_{output_format}")
    return renderer(files, rules=rules, color=color)


__all__ = ["FORMATS", "CheckedFile", "RuleInfo", "render"]
