"""The object behind the ``claimtrack`` pytest fixture, and the settings it is bound to.

Settings come from the ini options (``claimtrack_published``, ``claimtrack_select``,
``claimtrack_ignore``) overlaid by the test's ``@pytest.mark.claimtrack(...)`` keywords, and
are validated by the same :class:`~claimtrack.settings.Settings` model as the command line's
configuration files.

>>> ct = Claimtrack(build_settings({"published": "2025-06-09"}, {"select": ["CT4"]}))
>>> ct.settings.published, ct.settings.select
(datetime.date(2025, 6, 9), ('CT4',))
>>> build_settings({}, {"selct": ["CT4"]})
Traceback (most recent call last):
...
claimtrack.testing.fixture.SettingsUsageError: unknown setting 'selct' (from the @pytest.mark.claimtrack marker)
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from claimtrack.testing import expect as _expect
from claimtrack.testing.assertions import assert_claims, assert_consistent, assert_flags
from claimtrack.testing.expect import Matcher

if TYPE_CHECKING:
    from claimtrack.model import ClaimSet, Document, Report
    from claimtrack.settings import Settings


class SettingsUsageError(ValueError):
    """A marker or ini option the settings model refuses; the plugin turns it into a usage error."""


def _validate(values: Mapping[str, Any], origin: str) -> Settings:
    from pydantic import ValidationError

    from claimtrack.settings import Settings

    try:
        return Settings.model_validate(dict(values))
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        if first["type"] == "extra_forbidden":
            raise SettingsUsageError(f"unknown setting {key!r} ({origin})") from None
        shown = values.get(key, first.get("input"))
        raise SettingsUsageError(f"invalid value for {key!r}: {shown!r}: {first['msg']} ({origin})") from None


def _check_rules(settings: Settings, origin: str) -> None:
    """Refuse rule selectors the registry does not know (only when some are given)."""
    if not (settings.select or settings.ignore or settings.extend_select):
        return
    import claimtrack.rules  # noqa: F401  (registers the built-in rules)
    from claimtrack.errors import ConfigError
    from claimtrack.rules.registry import REGISTRY

    try:
        REGISTRY.select(settings)
    except ConfigError as error:
        raise SettingsUsageError(f"{error} ({origin})") from None


def build_settings(ini: Mapping[str, Any], marker: Mapping[str, Any]) -> Settings:
    """Settings from the ini values, overlaid by the marker's keywords; validated."""
    base = _validate(ini, "from the claimtrack_* ini options")
    _check_rules(base, "from the claimtrack_* ini options")
    if not marker:
        return base
    merged = {**ini, **marker}
    settings = _validate(merged, "from the @pytest.mark.claimtrack marker")
    _check_rules(settings, "from the @pytest.mark.claimtrack marker")
    return settings


Published = date | datetime | str | None


class Claimtrack:
    """``extract``, ``check`` and the assertion helpers, bound to one test's settings.

    Arguments given to a method (``published=``, ``title=``) win over the bound settings.
    """

    expect = _expect
    """The matcher functions (:mod:`claimtrack.testing.expect`), for convenience."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def __repr__(self) -> str:
        return f"<claimtrack fixture published={self.settings.published} select={list(self.settings.select)}>"

    def extract(self, text: str | Document, *, published: Published = None, title: str | None = None) -> ClaimSet:
        """:func:`claimtrack.extract` with the bound settings."""
        from claimtrack.extractors.pipeline import extract

        return extract(text, published=published, title=title, config=self.settings)

    def check(self, text: str | Document, *, published: Published = None, title: str | None = None) -> Report:
        """:func:`claimtrack.check` with the bound settings."""
        from claimtrack.rules.engine import check

        return check(text, published=published, title=title, config=self.settings)

    def assert_claims(
        self,
        text: str | Document,
        *expected: Matcher,
        published: Published = None,
        title: str | None = None,
        exact: bool = False,
    ) -> ClaimSet:
        """:func:`claimtrack.testing.assert_claims` with the bound settings."""
        __tracebackhide__ = True
        return assert_claims(text, *expected, published=published, title=title, config=self.settings, exact=exact)

    def assert_consistent(
        self,
        text: str | Document,
        *,
        published: Published = None,
        title: str | None = None,
        fail_on: str | None = None,
    ) -> Report:
        """:func:`claimtrack.testing.assert_consistent`; ``fail_on`` defaults to the settings'."""
        __tracebackhide__ = True
        threshold = fail_on or self.settings.fail_on
        return assert_consistent(text, published=published, title=title, config=self.settings, fail_on=threshold)

    def assert_flags(
        self,
        text: str | Document,
        *codes: str,
        published: Published = None,
        title: str | None = None,
        exact: bool = False,
    ) -> Report:
        """:func:`claimtrack.testing.assert_flags` with the bound settings."""
        __tracebackhide__ = True
        return assert_flags(text, *codes, published=published, title=title, config=self.settings, exact=exact)
