"""The seam between the command line and the rule engine: the only module that imports it.

Three small functions call into :mod:`claimtrack.rules`; everything else in the CLI works on
:class:`~claimtrack.model.Report`, :class:`~claimtrack.model.Flag` and
:class:`~claimtrack.report.base.RuleInfo`, so it can be tested with hand-built values.
"""

from __future__ import annotations

from typing import Any

from claimtrack.model import Document, Report
from claimtrack.report.base import UNUSED_SUPPRESSION, RuleInfo
from claimtrack.settings import Settings

_SECTIONS = (
    ("What it does", "what_it_does"),
    ("Why is this bad?", "why_is_this_bad"),
    ("Example", "example"),
    ("Use instead", "use_instead"),
    ("Known problems", "known_problems"),
)


def run_rules(document: Document, settings: Settings) -> Report:
    """Extract the claims of ``document`` and run the selected rules (the engine's entry point)."""
    from claimtrack.rules.engine import check_document

    return check_document(document, settings)


def _registry() -> Any | None:
    try:
        import claimtrack.rules  # noqa: F401  (registers the built-in rules)
        from claimtrack.rules.registry import REGISTRY
    except ImportError:
        return None
    return REGISTRY if len(REGISTRY) else None


def rule_info(rule: Any) -> RuleInfo:
    """A registry rule as the formatters describe it."""
    docs = getattr(rule, "docs", None)
    sections = tuple((heading, str(getattr(docs, attr, "") or "")) for heading, attr in _SECTIONS)
    options = _options_text(rule)
    if options:
        sections += (("Options", options),)
    return RuleInfo(
        code=rule.code,
        name=rule.name,
        severity=str(getattr(rule, "severity", "warning")),
        summary=str(getattr(rule, "summary", "")),
        family=str(getattr(rule, "family", "")),
        sections=sections,
        implemented=bool(getattr(rule, "implemented", True)),
    )


def _options_text(rule: Any) -> str:
    """The rule's options, one per line with its default and how to set it; "" when it has none."""
    model = getattr(rule, "options", None)
    fields = getattr(model, "model_fields", None) or {}
    lines = [
        f"- {name} (default {info.default!r}): {info.description or ''}".rstrip(": ") for name, info in fields.items()
    ]
    if not lines:
        return ""
    return "\n".join([*lines, "", f"Set them under [tool.claimtrack.rules.{rule.code}] in pyproject.toml."])


def known_rules() -> dict[str, RuleInfo]:
    """Every documented rule by code: the registry's, plus CT001 (raised by the CLI itself)."""
    rules = {UNUSED_SUPPRESSION.code: UNUSED_SUPPRESSION}
    registry = _registry()
    if registry is not None:
        rules.update({rule.code: rule_info(rule) for rule in registry})
    return rules


def selected_codes(settings: Settings) -> set[str] | None:
    """The codes the settings select; an unknown code raises ConfigError; None without a registry."""
    registry = _registry()
    if registry is None:
        return None
    return {choice.rule.code for choice in registry.select(settings)}
