"""The claimtrack pytest plugin, registered through the ``pytest11`` entry point.

It adds a fixture, a marker, ini options, claim-by-claim ``==`` diffs, and
``pytest --claimtrack PATH`` to check article files.

pytest loads this module in every run of every project where claimtrack is installed, so it
imports nothing of claimtrack at module level: the settings model, the extractors, pint,
dateparser and the rule engine load only inside a hook or fixture that needs them.

.. code-block:: python

    @pytest.mark.claimtrack(published="2025-06-09", select=["CT1", "CT4"])
    def test_story(claimtrack):
        claimtrack.assert_consistent(render_story())
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from claimtrack.testing.fixture import Claimtrack

_FILES: pytest.StashKey[frozenset[Path]] = pytest.StashKey()
_INI: pytest.StashKey[Mapping[str, Any]] = pytest.StashKey()

MARKER_HELP = (
    "claimtrack(published=None, select=(), ignore=(), **settings): settings of the claimtrack "
    "fixture for this test (any claimtrack setting; validated like a configuration file)"
)


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--claimtrack PATH`` and the ``claimtrack_*`` ini options."""
    group = parser.getgroup("claimtrack", "claimtrack: check the claims of news text")
    group.addoption(
        "--claimtrack",
        action="append",
        dest="claimtrack_paths",
        default=[],
        metavar="PATH",
        help="check the article files under PATH (as `claimtrack check PATH` does), one test item per article; "
        "may be repeated",
    )
    parser.addini("claimtrack_published", "publication date (YYYY-MM-DD) for the claimtrack fixture and articles")
    parser.addini("claimtrack_select", "rule codes or prefixes the claimtrack fixture and articles run", type="args")
    parser.addini("claimtrack_ignore", "rule codes or prefixes the claimtrack fixture and articles skip", type="args")
    parser.addini("claimtrack_encoding", "encoding of the article files (default: utf-8)", default="utf-8")


def _split(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def _ini_settings(config: pytest.Config) -> dict[str, Any]:
    """The ini options that are set, as settings keys (nothing is imported)."""
    values: dict[str, Any] = {}
    published = str(config.getini("claimtrack_published") or "").strip()
    if published:
        values["published"] = published
    for key in ("select", "ignore"):
        chosen = _split(list(config.getini(f"claimtrack_{key}") or []))
        if chosen:
            values[key] = chosen
    return values


def pytest_configure(config: pytest.Config) -> None:
    """Register the marker; validate the ini options and find the articles, when given."""
    config.addinivalue_line("markers", MARKER_HELP)
    ini: Mapping[str, Any] = _ini_settings(config)
    config.stash[_INI] = ini
    if ini:
        from claimtrack.testing.fixture import SettingsUsageError, build_settings

        try:
            build_settings(ini, {})
        except SettingsUsageError as error:
            raise pytest.UsageError(f"claimtrack: {error}") from None
    paths: list[str] = config.getoption("claimtrack_paths", default=[]) or []
    if paths:
        from claimtrack.testing.articles import ENCODING, OVERRIDES, article_files

        files = article_files(paths, Path(config.invocation_params.dir))
        config.stash[_FILES] = frozenset(files)
        config.stash[OVERRIDES] = ini
        encoding = str(config.getini("claimtrack_encoding") or "utf-8").strip()
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise pytest.UsageError(f"claimtrack: claimtrack_encoding: unknown encoding {encoding!r}") from None
        config.stash[ENCODING] = encoding
        known = {os.path.abspath(arg.split("::")[0]) for arg in config.args}
        config.args.extend(str(file) for file in files if str(file) not in known)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """An article named by ``--claimtrack`` becomes an :class:`ArticleFile`."""
    files = parent.config.stash.get(_FILES, None)
    if not files or file_path not in files:
        return None
    from claimtrack.testing.articles import ArticleFile

    article: pytest.Collector = ArticleFile.from_parent(parent, path=file_path)
    return article


def _ours(value: object) -> bool:
    if isinstance(value, list | tuple) and value:
        value = value[0]
    return type(value).__module__.startswith("claimtrack.")


def pytest_assertrepr_compare(config: pytest.Config, op: str, left: object, right: object) -> list[str] | None:
    """A claim-by-claim diff when a test compares claims, ClaimSets or matchers with ``==``."""
    if op != "==" or not (_ours(left) or _ours(right)):
        return None
    from claimtrack.testing.compare import explain

    return explain(left, right)


@pytest.fixture
def claimtrack(request: pytest.FixtureRequest) -> Claimtrack:
    """``extract``, ``check`` and the assertion helpers, bound to this test's settings.

    Settings come from the ``claimtrack_*`` ini options and the test's
    ``@pytest.mark.claimtrack(...)`` marker (the marker wins).
    """
    from claimtrack.testing.fixture import Claimtrack, SettingsUsageError, build_settings

    marker = request.node.get_closest_marker("claimtrack")
    keywords: dict[str, Any] = {}
    if marker is not None:
        if marker.args:
            pytest.fail(
                f"usage error: @pytest.mark.claimtrack takes keyword arguments only, got {marker.args!r}",
                pytrace=False,
            )
        keywords = dict(marker.kwargs)
    try:
        settings = build_settings(request.config.stash.get(_INI, {}), keywords)
    except SettingsUsageError as error:
        problem = str(error)
    else:
        return Claimtrack(settings)
    # failed outside the except block, so pytest shows one line, not "During handling of ..."
    pytest.fail(f"usage error: claimtrack: {problem}", pytrace=False)
