"""``claimtrack rule CODE|NAME`` and ``claimtrack rule --all``: print rule documentation."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from claimtrack.report.base import RuleInfo


def find_rule(rules: dict[str, RuleInfo], key: str) -> RuleInfo | None:
    """The rule with this code or name (case-insensitive), or None.

    >>> from claimtrack.report.base import UNUSED_SUPPRESSION as rule
    >>> find_rule({rule.code: rule}, "Unused-Suppression").code, find_rule({rule.code: rule}, "ct001").code
    ('CT001', 'CT001')
    """
    wanted = key.strip().lower()
    for rule in rules.values():
        if wanted in (rule.code.lower(), rule.name.lower()):
            return rule
    return None


def render_rules(rules: list[RuleInfo], output_format: str) -> str:
    """Rule documentation as text (one page per rule) or as a JSON list."""
    if output_format == "json":
        return json.dumps([rule.as_json() for rule in rules], ensure_ascii=False, indent=2) + "\n"
    return "\n".join(rule.help_text() for rule in rules)


def run_rule(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print the docs of one rule, or of every rule; an unknown rule exits 2."""
    from claimtrack.cli.rules_adapter import known_rules

    rules = known_rules()
    if args.all and args.rule:
        print(f"claimtrack: error: pass a rule ({args.rule}) or --all, not both", file=err)
        return 2
    if args.all:
        out.write(render_rules([rules[code] for code in sorted(rules)], args.output_format))
        return 0
    if not args.rule:
        print("claimtrack: error: name a rule (a code such as CT201, or a name) or pass --all", file=err)
        return 2
    rule = find_rule(rules, args.rule)
    if rule is None:
        print(f"claimtrack: error: no rule has the code or name {args.rule!r}", file=err)
        return 2
    out.write(render_rules([rule], args.output_format))
    return 0
