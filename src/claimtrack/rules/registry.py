"""Rules describe themselves: code, name, family, severity, docs, options and the check.

Every rule is registered once, at import of its family module, in the one :data:`REGISTRY`;
a duplicate code or name raises at registration. Selection follows ruff: ``select``
replaces the default set (every rule), ``extend_select`` adds to it, ``ignore`` removes, and
when a selector and an ignore both match a rule the more specific one wins (a full code or
a name beats a prefix; on a tie, ``ignore`` wins).

>>> registry = Registry()
>>> rule = registry.register(Rule(code="CT999", name="demo-rule", family="demo",
...     severity="info", summary="A demo.", docs=RuleDocs("a", "b", "c", "d", "e")))
>>> [r.code for r in registry.lookup("CT9")], registry.lookup("demo-rule")[0].code
(['CT999'], 'CT999')
>>> registry.register(rule)
Traceback (most recent call last):
...
ValueError: rule code CT999 is registered twice
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from claimtrack.errors import ConfigError
from claimtrack.model import Claim, Related, Severity
from claimtrack.settings import Settings

if TYPE_CHECKING:
    from claimtrack.rules.context import RuleContext

Scope = Literal["story", "page"]
"""What one call of a rule sees: the claims of one story (title with the first) or the page."""


class NoOptions(BaseModel):
    """The options model of a rule that takes none: any key is refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")


@dataclass(frozen=True)
class RuleDocs:
    """The sections of a rule's documentation, as in ruff's rule pages."""

    what_it_does: str
    why_is_this_bad: str
    example: str
    """Text the rule flags."""
    use_instead: str
    """A minimal edit of ``example`` the rule does not flag."""
    known_problems: str


@dataclass(frozen=True)
class Finding:
    """What a check function returns; the engine turns it into a :class:`Flag`."""

    message: str
    field: Literal["title", "text"]
    start: int
    end: int
    related: tuple[Related, ...] = ()
    suggestion: str | None = None


CheckFunction = Callable[[Sequence[Claim], "RuleContext"], Iterable[Finding]]


def _no_check(claims: Sequence[Claim], ctx: RuleContext) -> Iterable[Finding]:
    return ()


@dataclass(frozen=True)
class Rule:
    """One rule: its identity, its documentation, its options and its check."""

    code: str
    name: str
    family: str
    severity: Severity
    summary: str
    docs: RuleDocs
    options: type[BaseModel] = NoOptions
    check: CheckFunction = _no_check
    scope: Scope = "story"
    implemented: bool = False
    """False while the rule is documented but emits nothing yet."""
    supersedes: tuple[str, ...] = ()
    """Codes of less specific rules whose flag on the same span and evidence this one replaces."""

    def markdown(self) -> str:
        """The rule's documentation page, in ruff's layout.

        >>> rule = Rule(code="CT999", name="demo-rule", family="demo", severity="info",
        ...             summary="A demo.", docs=RuleDocs("Does.", "Bad.", "x", "y", "None."))
        >>> print(rule.markdown().splitlines()[0])
        # demo-rule (CT999)
        """
        options = [
            f"- `{name}` (default `{info.default!r}`): {info.description or ''}".rstrip(": ")
            for name, info in self.options.model_fields.items()
        ]
        sections = [
            f"# {self.name} ({self.code})",
            f"Family: {self.family} · Default severity: {self.severity}"
            + ("" if self.implemented else " · Not implemented yet: emits nothing"),
            self.summary,
            f"## What it does\n{self.docs.what_it_does}",
            f"## Why is this bad?\n{self.docs.why_is_this_bad}",
            f"## Example\n```text\n{self.docs.example}\n```",
            f"## Use instead\n```text\n{self.docs.use_instead}\n```",
            f"## Known problems\n{self.docs.known_problems}",
        ]
        if options:
            sections.append("## Options\n" + "\n".join(options))
        return "\n\n".join(sections) + "\n"

    def parse_options(self, raw: dict[str, object] | None) -> BaseModel:
        """The rule's options from a settings mapping; a bad option raises ConfigError."""
        try:
            return self.options.model_validate(raw or {})
        except ValidationError as error:
            first = error.errors()[0]
            key = ".".join(str(part) for part in first["loc"])
            raise ConfigError(
                f"invalid option {key!r} for rule {self.code} ({self.name}): {first['msg']}",
                key=f"rules.{self.code}.{key}",
            ) from error


@dataclass(frozen=True)
class SelectedRule:
    """A rule as configured: its effective severity and validated options."""

    rule: Rule
    severity: Severity
    options: BaseModel


@dataclass
class Registry:
    """Every known rule, by code; refuses duplicate codes and names."""

    rules: dict[str, Rule] = field(default_factory=dict)
    _names: dict[str, str] = field(default_factory=dict)

    def register(self, rule: Rule) -> Rule:
        """Add a rule; a code or name already taken raises ValueError."""
        if rule.code in self.rules:
            raise ValueError(f"rule code {rule.code} is registered twice")
        if rule.name in self._names:
            raise ValueError(f"rule name {rule.name} is registered twice")
        self.rules[rule.code] = rule
        self._names[rule.name] = rule.code
        return rule

    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self.rules.values(), key=lambda rule: rule.code))

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, code_or_name: str) -> Rule | None:
        """The rule with this exact code or name, or None."""
        key = code_or_name.strip()
        code = self._names.get(key.lower(), key.upper())
        return self.rules.get(code)

    def lookup(self, selector: str) -> list[Rule]:
        """The rules a selector names: a code, a code prefix ("CT1", "CT10") or a name."""
        exact = self.get(selector)
        if exact is not None:
            return [exact]
        prefix = selector.strip().upper()
        if not prefix:
            return []
        return [rule for rule in self if rule.code.startswith(prefix)]

    def _specificity(self, selector: str) -> int:
        return 100 if self.get(selector) is not None else len(selector.strip())

    def _matches(self, selectors: Sequence[str], what: str) -> dict[str, int]:
        best: dict[str, int] = {}
        for selector in selectors:
            rules = self.lookup(selector)
            if not rules:
                raise ConfigError(f"{what}: {selector!r} names no rule, prefix or code", key=what)
            weight = self._specificity(selector)
            for rule in rules:
                best[rule.code] = max(best.get(rule.code, -1), weight)
        return best

    def select(self, settings: Settings) -> list[SelectedRule]:
        """The rules the settings turn on, with severity overrides and options applied."""
        chosen = self._matches(settings.select or ("CT",), "select")
        for code, weight in self._matches(settings.extend_select, "extend-select").items():
            chosen[code] = max(chosen.get(code, -1), weight)
        ignored = self._matches(settings.ignore, "ignore")
        severities = self._severities(settings)
        self._check_option_keys(settings)
        selected: list[SelectedRule] = []
        for rule in self:
            chosen_weight = chosen.get(rule.code)
            if chosen_weight is None or ignored.get(rule.code, -1) >= chosen_weight:
                continue
            options = rule.parse_options(settings.rules.get(rule.code) or settings.rules.get(rule.name))
            selected.append(SelectedRule(rule, severities.get(rule.code, rule.severity), options))
        return selected

    def _severities(self, settings: Settings) -> dict[str, Severity]:
        result: dict[str, Severity] = {}
        for key, severity in settings.severity.items():
            rule = self.get(key)
            if rule is None:
                raise ConfigError(f"severity: {key!r} is not a rule code or name", key=f"severity.{key}")
            result[rule.code] = severity
        return result

    def _check_option_keys(self, settings: Settings) -> None:
        for key in settings.rules:
            if self.get(key) is None:
                raise ConfigError(f"rules: {key!r} is not a rule code or name", key=f"rules.{key}")


REGISTRY = Registry()
"""The registry every built-in rule registers into (filled by importing ``claimtrack.rules``)."""


def register(rule: Rule) -> Rule:
    """Register a rule in :data:`REGISTRY`."""
    return REGISTRY.register(rule)
