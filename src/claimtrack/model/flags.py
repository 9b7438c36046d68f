"""Flags and the report that carries them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from claimtrack.model.base import Field, Frozen
from claimtrack.model.claimset import ClaimSet

Severity = Literal["error", "warning", "info"]

SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}
"""Order of severities, lowest first, for ``--fail-on`` style thresholds."""


class Related(Frozen):
    """Another span that is evidence for a flag."""

    field: Field
    start: int
    end: int
    claim: str | None = None
    note: str = ""


class Flag(Frozen):
    """One problem found: a rule, a message with the arithmetic, the span to fix."""

    code: str
    name: str
    severity: Severity
    message: str
    field: Field
    start: int
    end: int
    related: tuple[Related, ...] = ()
    suggestion: str | None = None
    """Replacement text for the span when the evidence implies one."""
    fingerprint: str = ""
    """Stable across runs and unrelated edits; keys baselines and SARIF."""


class Report(Frozen):
    """The flags of one document (title flags first, then by position) and its claims."""

    flags: tuple[Flag, ...] = ()
    claims: ClaimSet = ClaimSet()

    def __iter__(self) -> Iterator[Flag]:  # type: ignore[override]
        return iter(self.flags)

    def __len__(self) -> int:
        return len(self.flags)

    def at_least(self, severity: Severity) -> list[Flag]:
        """The flags at or above a severity."""
        floor = SEVERITY_RANK[severity]
        return [flag for flag in self.flags if SEVERITY_RANK[flag.severity] >= floor]
