"""Article files as pytest items: ``pytest --claimtrack PATH``.

The files are the ones ``claimtrack check PATH`` reads (``*.md``, ``*.markdown``, ``*.txt``,
``*.html``, ``*.htm`` under a folder, or files and glob patterns named directly), each
checked the way the command checks it (its configuration file, inline suppressions), one
test item per article. An item fails with the text report of its flags at or above the
``fail-on`` severity (warning by default) and passes when there are none.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from claimtrack.settings import Settings

ITEM_NAME = "claimtrack"
"""The name of each article's one test item: ``drafts/a.md::claimtrack``."""


class ArticleFlagged(Exception):
    """An article has flags at or above the threshold; the message is the text report."""


class ArticleError(Exception):
    """An article could not be read or checked; the message says why."""


def article_files(paths: list[str], base: Path) -> list[Path]:
    """The article files named by ``--claimtrack`` paths (folders, files, globs), resolved.

    Raises:
        pytest.UsageError: a path names no article (a folder without any, a glob matching
            nothing, a missing file).
    """
    from claimtrack.cli.inputs import expand_paths
    from claimtrack.errors import InputError

    found: list[Path] = []
    for path in paths:
        absolute = path if os.path.isabs(path) else str(base / path)
        for item in expand_paths([absolute]):
            if isinstance(item, InputError):
                raise pytest.UsageError(f"--claimtrack {path}: {item.reason}")
            file = Path(item)
            if not file.exists():
                raise pytest.UsageError(f"--claimtrack {path}: no such file or directory")
            found.append(file.resolve())
    return list(dict.fromkeys(found))


def _settings_for(file: Path, overrides: Mapping[str, Any]) -> Settings:
    """The file's configuration (as ``claimtrack check`` finds it), then the ini options over it."""
    from claimtrack.config import ConfigResolver
    from claimtrack.settings import Settings

    loaded = ConfigResolver().for_path(file)
    settings = loaded.settings
    # validated, so the ini's "2025-06-09" becomes a date and its lists tuples, as in the file
    given = Settings.model_validate(dict(overrides))
    update: dict[str, Any] = {name: getattr(given, name) for name in given.model_fields_set}
    ignores = loaded.ignores_for(str(file))
    if ignores:
        update["ignore"] = (*update.get("ignore", settings.ignore), *ignores)
    return settings.model_copy(update=update) if update else settings


class ArticleFile(pytest.File):
    """One article file; it collects a single item."""

    def collect(self) -> Iterator[pytest.Item]:
        """The article's one item."""
        yield ArticleItem.from_parent(self, name=ITEM_NAME)


class ArticleItem(pytest.Item):
    """Checks one article; fails with the text report of its flags."""

    def runtest(self) -> None:
        """Load, check and filter the article as ``claimtrack check`` does."""
        try:
            from claimtrack.cli.check_cmd import Task, check_one

            import_module("claimtrack.rules.engine")  # fail clearly when the engine is missing
        except ImportError as error:
            raise ArticleError(f"claimtrack's rule engine is not available: {error}") from error
        from claimtrack.errors import ClaimtrackError
        from claimtrack.model import SEVERITY_RANK

        overrides: Mapping[str, Any] = self.config.stash.get(OVERRIDES, {})
        try:
            settings = _settings_for(self.path, overrides)
        except ClaimtrackError as error:
            raise ArticleError(f"configuration error: {error}") from error
        # settings.published stays a fallback: front matter wins, as in `claimtrack check`
        task = Task(str(self.path), settings, False, self.config.stash.get(ENCODING, "utf-8"), None, None)
        outcome = check_one(task)
        if outcome.error is not None or outcome.document is None:
            # the command's hint names its option; here the ini option is the way
            message = (outcome.error or "could not be checked").replace(
                "pass --encoding, e.g. --encoding cp1252", "set the ini option claimtrack_encoding, e.g. to cp1252"
            )
            raise ArticleError(message)
        floor = SEVERITY_RANK[outcome.fail_on]
        failing = tuple(flag for flag in outcome.flags if SEVERITY_RANK[flag.severity] >= floor)
        if failing:
            raise ArticleFlagged(self._report(outcome.document, failing, outcome.fail_on))

    def _report(self, document: Any, flags: tuple[Any, ...], fail_on: str) -> str:
        from claimtrack.report.base import CheckedFile
        from claimtrack.report.text import render_text

        shown = os.path.relpath(self.path, self.config.invocation_params.dir)
        text = render_text([CheckedFile(shown, document, flags)], rules=[], color=False)
        codes = sorted({flag.code for flag in flags})
        plural = "s" if len(flags) != 1 else ""
        head = f"claimtrack check: {len(flags)} flag{plural} at {fail_on} or above in {shown}"
        hints = "explain a rule: " + ", ".join(f"claimtrack rule {code}" for code in codes)
        return f"{head}\n\n{text}{hints}"

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        """The report itself, without a traceback."""
        if isinstance(excinfo.value, ArticleFlagged | ArticleError):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        """Where the item points: the article file."""
        return self.path, None, f"claimtrack check {self.path.name}"


OVERRIDES: pytest.StashKey[Mapping[str, Any]] = pytest.StashKey()
"""The ini options' settings (published, select, ignore), laid over each file's configuration."""
ENCODING: pytest.StashKey[str] = pytest.StashKey()
"""The ``claimtrack_encoding`` ini option: how the article files are decoded."""
