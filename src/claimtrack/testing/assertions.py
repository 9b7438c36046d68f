"""The assertion helpers: :func:`assert_claims`, :func:`assert_consistent`, :func:`assert_flags`.

They raise a plain :class:`AssertionError` whose message carries everything needed to see
what went wrong (the marked text, expected and found claims, the closest near miss, the
flags with their ``claimtrack rule CODE`` hint), so they read the same in any test runner,
with or without pytest's assertion rewriting.

>>> from claimtrack.testing import expect
>>> claims = assert_claims("Exports rose 4.8% to $12.6 billion in May.",
...                        expect.percent(4.8), expect.money(12.6e9, "USD"))
>>> [claim.kind for claim in claims.by_kind("percent", "money")]
['percent', 'money']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from claimtrack.testing.expect import Matcher
from claimtrack.testing.messages import describe, flag_lines, marked_document, rule_hint

if TYPE_CHECKING:
    from claimtrack.model import ClaimSet, Document, Report
    from claimtrack.settings import Settings

Published = date | datetime | str | None

FIGURE_KINDS = frozenset({"money", "percent", "count", "measure", "number", "range"})
"""The kinds ``exact=True`` accounts for: every figure must be expected."""


@dataclass(frozen=True)
class Pairing:
    """How expected matchers were paired with claims.

    Attributes:
        found: for each matcher (in order), the index of its claim, or None when missing.
        accounted: indexes of every claim a matched matcher stands for, nested ones included.
    """

    found: tuple[int | None, ...]
    accounted: frozenset[int]


def pair(claims: ClaimSet, expected: Sequence[Matcher]) -> Pairing:
    """Pair each matcher with a distinct claim it matches (a maximum bipartite matching).

    >>> from claimtrack import extract
    >>> from claimtrack.testing import expect
    >>> claims = extract("Sales rose 5% and costs rose 5%.")
    >>> pair(claims, [expect.percent(5), expect.percent(5), expect.percent(5)]).found.count(None)
    1
    """
    items = list(claims)
    options = [[i for i, claim in enumerate(items) if matcher.matches(claim, claims)] for matcher in expected]
    owner: dict[int, int] = {}

    def augment(m: int, seen: set[int]) -> bool:
        for i in options[m]:
            if i in seen:
                continue
            seen.add(i)
            if i not in owner or augment(owner[i], seen):
                owner[i] = m
                return True
        return False

    for m in range(len(expected)):
        augment(m, set())
    found: list[int | None] = [None] * len(expected)
    for claim_index, m in owner.items():
        found[m] = claim_index
    index_of = {claim.id: i for i, claim in enumerate(items)}
    accounted: set[int] = set()
    for m, i in enumerate(found):
        if i is not None:
            accounted.update(_reached(items[i], expected[m], claims, index_of))
    return Pairing(tuple(found), frozenset(accounted))


def _reached(claim: Any, matcher: Matcher, claims: ClaimSet, index_of: dict[str, int]) -> set[int]:
    reached = {index_of[claim.id]}
    for name, nested in matcher.linked():
        target = claims.get(getattr(claim, name, None))
        if target is not None:
            reached |= _reached(target, nested, claims, index_of)
    return reached


def near_miss(claims: ClaimSet, matcher: Matcher) -> tuple[Any, list[str]] | None:
    """The claim closest to matching, and why it does not; None when there is no claim.

    Claims of the matcher's kind come first (fewest mismatched fields wins); failing that,
    a claim of another kind whose fields otherwise match.
    """
    best: tuple[tuple[int, int, int], Any, list[str]] | None = None
    loose = Matcher(None, matcher.fields, matcher.rel, matcher.abs)
    for position, claim in enumerate(claims):
        same = matcher.kind is None or claim.kind == matcher.kind
        reasons = matcher.mismatches(claim, claims) if same else [f"kind {claim.kind!r} != {matcher.kind!r}"]
        if not same:
            extra = loose.mismatches(claim, claims)
            if len(extra) >= max(1, len(matcher.fields)):
                continue
            reasons += extra
        key = (0 if same else 1, len(reasons), position)
        if best is None or key < best[0]:
            best = (key, claim, reasons)
    return None if best is None else (best[1], best[2])


def _published_text(published: Published) -> str:
    return "" if published is None else f" (published {published})"


def claims_failure(
    document: Document, claims: ClaimSet, expected: Sequence[Matcher], pairing: Pairing, *, exact: bool
) -> str | None:
    """The failure message of :func:`assert_claims`, or None when it passes."""
    items = list(claims)
    missing = [m for m, i in enumerate(pairing.found) if i is None]
    extras = [i for i, claim in enumerate(items) if exact and claim.kind in FIGURE_KINDS and i not in pairing.accounted]
    if not missing and not extras:
        return None
    problems = []
    if missing:
        problems.append(f"{len(missing)} of {len(expected)} expected claims not found")
    if extras:
        problems.append(f"{len(extras)} unexpected figure claim{'s' if len(extras) != 1 else ''} (exact=True)")
    marks: list[tuple[str, int, int, str]] = []
    lines = ["assert_claims: " + "; ".join(problems) + _published_text(document.published), ""]
    expected_lines = ["expected:"]
    for m, matcher in enumerate(expected):
        i = pairing.found[m]
        if i is not None:
            claim = items[i]
            marks.append((claim.field, claim.start, claim.end, "="))
            expected_lines.append(f"  ok          {matcher!r}  =  {describe(claim)}")
            continue
        expected_lines.append(f"  MISSING     {matcher!r}")
        closest = near_miss(claims, matcher)
        if closest is None:
            expected_lines.append("              closest: no claim at all")
            continue
        claim, reasons = closest
        marks.append((claim.field, claim.start, claim.end, "^"))
        if items.index(claim) in pairing.found:
            reasons = [*reasons, "already matched by another"]
        expected_lines.append(f"              closest: found {describe(claim)} ({', '.join(reasons)})")
    for i in extras:
        claim = items[i]
        marks.append((claim.field, claim.start, claim.end, "+"))
        expected_lines.append(f"  UNEXPECTED  {describe(claim)}")
    lines.extend(marked_document(document.title, document.text, marks))
    legend = "    (= matched, ^ closest to a missing claim, + unexpected)"
    lines.extend([legend, "", *expected_lines, "", f"found {len(items)} claim{'s' if len(items) != 1 else ''}:"])
    lines.extend(f"  {describe(claim)}" for claim in items)
    if not items:
        lines.append("  (none)")
    return "\n".join(lines)


def _document(source: str | Document, published: Published, title: str | None) -> Document:
    from claimtrack.text.loading import to_document

    return to_document(source, published=published, title=title)


def _settings(config: Settings | Mapping[str, Any] | None) -> Settings:
    from claimtrack.extractors.pipeline import resolve_settings

    return resolve_settings(config)


def assert_claims(
    text: str | Document,
    *expected: Matcher,
    published: Published = None,
    title: str | None = None,
    config: Settings | Mapping[str, Any] | None = None,
    exact: bool = False,
) -> ClaimSet:
    """Assert that the text states every expected claim, each matched by a distinct claim.

    Args:
        text: the body, or a :class:`~claimtrack.model.Document`.
        *expected: matchers from :mod:`claimtrack.testing.expect`.
        published: publication date for relative dates.
        title: the headline (its claims count too).
        config: settings, as for :func:`claimtrack.extract`.
        exact: also fail when a figure claim (money, percent, count, measure, number,
            range) is neither expected nor named by an expected claim's nested matcher.

    Returns:
        The extracted :class:`~claimtrack.model.ClaimSet`, for further checks.

    Raises:
        AssertionError: with the text marked, expected vs found claims and near misses.

    >>> from claimtrack.testing import expect
    >>> assert_claims("Sales rose 5%.", expect.percent(6))
    Traceback (most recent call last):
    ...
    AssertionError: assert_claims: 1 of 1 expected claims not found
    ...
    """
    __tracebackhide__ = True
    for matcher in expected:
        if not isinstance(matcher, Matcher):
            raise TypeError(f"expected claims must be claimtrack.testing.expect matchers, got {matcher!r}")
    from claimtrack.extractors.pipeline import extract_document

    document = _document(text, published, title)
    claims = extract_document(document, _settings(config))
    message = claims_failure(document, claims, expected, pair(claims, expected), exact=exact)
    if message is not None:
        raise AssertionError(message)
    return claims


def _check(
    text: str | Document, published: Published, title: str | None, config: Settings | Mapping[str, Any] | None
) -> tuple[Document, Report, Settings]:
    try:
        from claimtrack.rules.engine import check_document
    except ImportError as error:  # pragma: no cover - only while the engine is being built
        raise RuntimeError(f"claimtrack's rule engine is not available: {error}") from error
    document = _document(text, published, title)
    settings = _settings(config)
    return document, check_document(document, settings), settings


def assert_consistent(
    text: str | Document,
    *,
    published: Published = None,
    title: str | None = None,
    config: Settings | Mapping[str, Any] | None = None,
    fail_on: str = "warning",
) -> Report:
    """Assert that checking the text flags nothing at ``fail_on`` (warning) or above.

    Returns:
        The :class:`~claimtrack.model.Report` (info flags may be in it).

    Raises:
        AssertionError: listing each flag with its sentence marked, the suggestion and the
            ``claimtrack rule CODE`` hint.

    >>> report = assert_consistent("Sales rose 20% to $120 from $100.")
    >>> assert_consistent("Sales rose 10% to $120 from $100.")
    Traceback (most recent call last):
    ...
    AssertionError: assert_consistent: 1 flag at warning or above
    ...
    """
    __tracebackhide__ = True
    from claimtrack.model import SEVERITY_RANK

    if fail_on not in SEVERITY_RANK:
        raise ValueError(f"fail_on must be one of {sorted(SEVERITY_RANK)}, got {fail_on!r}")
    document, report, _ = _check(text, published, title, config)
    bad = report.at_least(fail_on)  # type: ignore[arg-type]
    if bad:
        plural = "s" if len(bad) != 1 else ""
        lines = [
            f"assert_consistent: {len(bad)} flag{plural} at {fail_on} or above{_published_text(document.published)}"
        ]
        lines.extend(["", *flag_lines(document, bad)])
        raise AssertionError("\n".join(lines))
    return report


def _expected_rules(selectors: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Each selector of ``assert_flags`` with the codes it names (a code or name in any case, or a prefix).

    Raises:
        ConfigError: a selector names no rule.
    """
    try:
        import claimtrack.rules  # noqa: F401
        from claimtrack.rules.registry import REGISTRY
    except ImportError:  # pragma: no cover
        return {selector: (selector,) for selector in selectors}
    from claimtrack.errors import ConfigError

    found: dict[str, tuple[str, ...]] = {}
    for selector in selectors:
        rules = REGISTRY.lookup(selector)
        if not rules:
            raise ConfigError(f"assert_flags: {selector!r} names no rule, prefix or code", key="codes")
        found[selector] = tuple(rule.code for rule in rules)
    return found


def _exact_code(selector: str) -> str | None:
    """The code of the rule a selector names exactly (a code or name, any case), else None."""
    from claimtrack.rules.registry import REGISTRY

    rule = REGISTRY.get(selector)
    return rule.code if rule is not None else None


def _rule_names(codes: Sequence[str]) -> dict[str, str]:
    try:
        import claimtrack.rules  # noqa: F401
        from claimtrack.rules.registry import REGISTRY
    except ImportError:  # pragma: no cover
        return {}
    names = {}
    for code in codes:
        rule = REGISTRY.get(code)
        if rule is not None:
            names[code] = f"{rule.code} [{rule.name}]"
    return names


def assert_flags(
    text: str | Document,
    *codes: str,
    published: Published = None,
    title: str | None = None,
    config: Settings | Mapping[str, Any] | None = None,
    exact: bool = False,
) -> Report:
    """Assert that checking the text flags each rule code (or name) given.

    The expected rules always run: they are added to the settings' ``extend-select`` (and
    dropped from ``ignore`` where it names them). Codes and names match in any case; a code
    prefix ("CT4") passes when any rule it covers flags something.

    Args:
        text: the body, or a :class:`~claimtrack.model.Document`.
        *codes: rule codes ("CT101") or names ("percent-change-mismatch").
        published: publication date.
        title: the headline.
        config: settings, as for :func:`claimtrack.check`.
        exact: also fail when a rule not listed flags anything (at any severity).

    >>> report = assert_flags("Sales rose 10% to $120 from $100.", "CT101")
    >>> assert_flags("Sales rose 20% to $120 from $100.", "CT101")
    Traceback (most recent call last):
    ...
    AssertionError: assert_flags: CT101 [percent-change-mismatch] not flagged
    ...
    """
    __tracebackhide__ = True
    settings = _settings(config)
    expected = _expected_rules(codes)
    if codes:
        named = {code for rules in expected.values() for code in rules}
        # the expected rules always run: selected, and no longer ignored by their own code or name
        ignore = tuple(item for item in settings.ignore if _exact_code(item) not in named)
        settings = settings.model_copy(
            update={"extend_select": (*settings.extend_select, *sorted(named)), "ignore": ignore}
        )
    document, report, _ = _check(text, published, title, settings)
    names = _rule_names([*(code for rules in expected.values() for code in rules), *(f.code for f in report.flags)])
    flagged = {flag.code for flag in report.flags}
    missing = [code for code in codes if not flagged & set(expected[code])]
    wanted = {code for rules in expected.values() for code in rules}
    extra = [flag for flag in report.flags if exact and flag.code not in wanted]
    if not missing and not extra:
        return report
    problems = []

    def shown(selector: str) -> str:
        rules = expected[selector]
        return names.get(rules[0], rules[0]) if len(rules) == 1 else f"{selector} (any of {', '.join(rules)})"

    if missing:
        problems.append(", ".join(shown(code) for code in missing) + " not flagged")
    if extra:
        problems.append(", ".join(sorted({flag.code for flag in extra})) + " flagged but not expected (exact=True)")
    lines = ["assert_flags: " + "; ".join(problems) + _published_text(document.published), ""]
    if missing:
        lines.append("missing:")
        lines.extend(f"  {shown(code)}  {rule_hint(expected[code][0])}" for code in missing)
        lines.extend(["", "text:" if not document.title else "document:"])
        lines.extend(marked_document(document.title, document.text, []))
        lines.append("")
    lines.append(f"flagged ({len(report.flags)}):")
    lines.extend(flag_lines(document, report.flags) or ["  (none)"])
    raise AssertionError("\n".join(lines))


__all__ = ["assert_claims", "assert_consistent", "assert_flags", "near_miss", "pair"]
