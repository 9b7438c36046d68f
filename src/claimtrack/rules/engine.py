"""Running the selected rules over a document: the engine behind :func:`claimtrack.check`.

Story-scoped rules (the figure rules) are called once per story, with that story's claims;
the title's claims go with the first story. Page-scoped rules (people, dates) see every
claim. Flags for the same span and evidence from two rules keep only the more specific
one; the rest are sorted title first, then by position, and fingerprinted.

>>> check("").flags
()
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from claimtrack.model import Claim, ClaimSet, Document, Flag, Report
from claimtrack.rules.context import RuleContext
from claimtrack.rules.fingerprint import fingerprint, fingerprint_key
from claimtrack.rules.registry import REGISTRY, Finding, Registry, SelectedRule
from claimtrack.rules.stories import StoryIndex, stories
from claimtrack.settings import Settings


def _load_builtin_rules() -> Registry:
    import claimtrack.rules  # noqa: F401  (registers every built-in rule)

    return REGISTRY


def story_groups(document: Document, claims: Sequence[Claim]) -> list[list[Claim]]:
    """The claims of each story, in order; title claims join the first story."""
    index = StoryIndex(stories(document.text))
    groups: list[list[Claim]] = [[] for _ in index.spans]
    for claim in claims:
        story = 0 if claim.field == "title" else index.of(claim.start)
        groups[story].append(claim)
    return groups


def run_rules(
    document: Document,
    claims: ClaimSet,
    settings: Settings,
    selected: Sequence[SelectedRule],
) -> list[Flag]:
    """The flags of the selected rules over a document's claims, de-duplicated and sorted."""
    ctx = RuleContext.build(document, claims, settings)
    groups: list[list[Claim]] | None = None
    flags: list[Flag] = []
    for choice in selected:
        rule = choice.rule
        if not rule.implemented:
            continue
        ctx.options = choice.options
        if rule.scope == "page":
            batches: Iterable[Sequence[Claim]] = [claims.claims]
        else:
            groups = groups if groups is not None else story_groups(document, claims.claims)
            batches = groups
        for batch in batches:
            for finding in rule.check(batch, ctx):
                flags.append(_to_flag(choice, finding))
    return _fingerprinted(document, _sorted(_deduplicated(flags, selected)))


def _to_flag(choice: SelectedRule, finding: Finding) -> Flag:
    return Flag(
        code=choice.rule.code,
        name=choice.rule.name,
        severity=choice.severity,
        message=finding.message,
        field=finding.field,
        start=finding.start,
        end=finding.end,
        related=finding.related,
        suggestion=finding.suggestion,
    )


def _evidence(flag: Flag) -> frozenset[tuple[str, int, int]]:
    return frozenset((r.field, r.start, r.end) for r in flag.related)


def _deduplicated(flags: list[Flag], selected: Sequence[SelectedRule]) -> list[Flag]:
    """Drop exact repeats, and flags superseded by a more specific rule on the same evidence."""
    supersedes = {choice.rule.code: set(choice.rule.supersedes) for choice in selected}
    by_span: dict[tuple[str, int, int], list[Flag]] = {}
    for flag in flags:
        by_span.setdefault((flag.field, flag.start, flag.end), []).append(flag)
    kept: list[Flag] = []
    seen: set[tuple[str, str, int, int, frozenset[tuple[str, int, int]]]] = set()
    for group in by_span.values():
        for flag in group:
            key = (flag.code, flag.field, flag.start, flag.end, _evidence(flag))
            if key in seen:
                continue
            if any(
                flag.code in supersedes.get(other.code, set())
                and (_evidence(flag) <= _evidence(other) or _evidence(other) <= _evidence(flag))
                for other in group
                if other is not flag
            ):
                continue
            seen.add(key)
            kept.append(flag)
    return kept


def _sort_key(flag: Flag) -> tuple[int, int, int, str]:
    return (0 if flag.field == "title" else 1, flag.start, flag.end, flag.code)


def _sorted(flags: list[Flag]) -> list[Flag]:
    """Title flags first, then by position, then by code."""
    return sorted(flags, key=_sort_key)


def _fingerprinted(document: Document, flags: list[Flag]) -> list[Flag]:
    seen: Counter[str] = Counter()
    result: list[Flag] = []
    for flag in flags:
        surface = document.field_text(flag.field)[flag.start : flag.end]
        related = [document.field_text(r.field)[r.start : r.end] for r in flag.related]
        key = fingerprint_key(flag.code, flag.field, surface, related)
        result.append(flag.model_copy(update={"fingerprint": fingerprint(key, seen[key])}))
        seen[key] += 1
    return result


def check_claims(document: Document, claims: ClaimSet, settings: Settings) -> Report:
    """Run the rules the settings select over claims already extracted from ``document``."""
    selected = _load_builtin_rules().select(settings)
    return Report(flags=tuple(run_rules(document, claims, settings, selected)), claims=claims)


def check_document(document: Document, settings: Settings) -> Report:
    """Extract the claims of a document, then run the selected rules over them."""
    from claimtrack.extractors.pipeline import extract_document

    selected = _load_builtin_rules().select(settings)  # bad configuration fails before extracting
    claims = extract_document(document, settings)
    return Report(flags=tuple(run_rules(document, claims, settings, selected)), claims=claims)


def check(
    source: str | Document,
    *,
    published: date | datetime | str | None = None,
    title: str | None = None,
    config: Settings | Mapping[str, Any] | None = None,
) -> Report:
    """Flag what cannot all be true at once in a news text.

    Args:
        source: the article body as a string, or a :class:`~claimtrack.model.Document`.
        published: publication date (relative dates and deadlines are judged against it).
        title: the headline, checked against the body.
        config: a :class:`~claimtrack.settings.Settings` or a mapping of settings (``select``,
            ``ignore``, ``extend-select``, ``severity``, ``rules``).

    Returns:
        A :class:`~claimtrack.model.Report`: the flags (title first, then by position) and
        the claims they were found in. Inline ``<!-- claimtrack: ignore[CODE] -->`` and
        ``<!-- claimtrack: off -->``/``on`` comments in the text are honoured, and an unused
        one is reported as CT001 when that rule is selected.

    Raises:
        TypeError: ``source`` is neither a ``str`` nor a ``Document``.
        ConfigError: ``published`` or ``config`` is invalid, or names an unknown rule.

    >>> report = check("Exports rose.", config={"select": ["CT1"]})
    >>> list(report)
    []
    """
    from claimtrack.extractors.pipeline import resolve_settings
    from claimtrack.suppression import apply_suppressions, rule_states
    from claimtrack.text.loading import to_document

    settings = resolve_settings(config)
    document = to_document(source, published=published, title=title)
    report = check_document(document, settings)
    registry = _load_builtin_rules()
    selected = {choice.rule.code for choice in registry.select(settings)}
    active, idle = rule_states(selected, {rule.code: rule.name for rule in registry})
    flags = apply_suppressions(document, report.flags, report_unused="CT001" in selected, active=active, idle=idle)
    return report if flags == report.flags else report.model_copy(update={"flags": flags})
