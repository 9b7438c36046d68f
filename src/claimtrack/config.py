"""Finding and reading configuration files: ``[tool.claimtrack]`` or ``claimtrack.toml``.

For each checked file the nearest configuration above it wins: walking up from the file's
folder, a ``claimtrack.toml`` (its keys at the top level) or a ``pyproject.toml`` that has a
``[tool.claimtrack]`` table. Inputs without a folder (standard input) start from the working
directory. Every key is validated by :class:`~claimtrack.settings.Settings`, so a typo fails
with the key and the file named.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "claimtrack.toml").write_text('ignore = ["CT403"]\\n', encoding="utf-8")
>>> loaded = ConfigResolver().for_path(folder / "story.md")
>>> loaded.settings.ignore, loaded.path.name
(('CT403',), 'claimtrack.toml')
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claimtrack.errors import ConfigError
from claimtrack.settings import DEFAULT_SETTINGS, Settings

CLAIMTRACK_TOML = "claimtrack.toml"
PYPROJECT_TOML = "pyproject.toml"


@dataclass(frozen=True)
class LoadedConfig:
    """Settings and the file they came from (None for the built-in defaults)."""

    settings: Settings = DEFAULT_SETTINGS
    path: Path | None = None

    @property
    def root(self) -> Path:
        """The folder per-file-ignores patterns are relative to."""
        return self.path.parent if self.path is not None else Path.cwd()

    def ignores_for(self, file: str) -> tuple[str, ...]:
        """The rules ``per-file-ignores`` turns off for ``file``.

        >>> LoadedConfig(Settings.model_validate({"per-file-ignores": {"drafts/*.md": ["CT403"]}}),
        ...     Path("/news/pyproject.toml")).ignores_for("/news/drafts/a.md")
        ('CT403',)
        """
        if not self.settings.per_file_ignores:
            return ()
        path = Path(file)
        try:
            relative = path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            relative = path.as_posix()
        found: list[str] = []
        for pattern, codes in self.settings.per_file_ignores.items():
            if fnmatchcase(relative, pattern) or fnmatchcase(path.name, pattern):
                found.extend(codes)
        return tuple(found)


def _table(path: Path) -> dict[str, Any] | None:
    """The claimtrack table of a config file, or None when a pyproject.toml has none."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read ({error.strerror})", source=str(path)) from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: invalid TOML: {error}", source=str(path)) from error
    if path.name == PYPROJECT_TOML:
        table = data.get("tool", {}).get("claimtrack")
        if table is not None and not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.claimtrack] must be a table", source=str(path))
        return table
    return data


def settings_from_table(table: dict[str, Any], source: Path) -> Settings:
    """Validate a configuration table; a bad or unknown key raises ConfigError naming it."""
    try:
        return Settings.model_validate(table)
    except ValidationError as error:
        first = error.errors()[0]
        key = ".".join(str(part) for part in first["loc"])
        prefix = "tool.claimtrack." if source.name == PYPROJECT_TOML else ""
        if first["type"] == "extra_forbidden":
            message = f"{source}: unknown key {prefix + key!r}"
        else:
            message = f"{source}: invalid value for {prefix + key!r}: {first['msg']}"
        raise ConfigError(message, key=key, source=str(source)) from error


def load_config(path: str | Path) -> LoadedConfig:
    """Read one configuration file (``--config FILE``)."""
    file = Path(path)
    if not file.is_file():
        raise ConfigError(f"{file}: configuration file not found", source=str(file))
    table = _table(file)
    return LoadedConfig(_anchored(settings_from_table(table or {}, file), file.parent), file)


def _anchored(settings: Settings, folder: Path) -> Settings:
    """Relative ``reference-files`` paths made relative to the configuration file's folder.

    So a check run from any folder finds them, as ``per-file-ignores`` patterns are.

    >>> _anchored(Settings.model_validate({"reference-files": ["refs/own.toml"]}), Path("/news")).reference_files
    ('/news/refs/own.toml',)
    """
    if not settings.reference_files:
        return settings
    files = tuple(str(folder / name) if not Path(name).is_absolute() else name for name in settings.reference_files)
    return settings.model_copy(update={"reference_files": files})


def find_config_file(start: Path) -> Path | None:
    """The nearest claimtrack.toml, or pyproject.toml with [tool.claimtrack], at or above ``start``."""
    for folder in (start, *start.parents):
        candidate = folder / CLAIMTRACK_TOML
        if candidate.is_file():
            return candidate
        candidate = folder / PYPROJECT_TOML
        if candidate.is_file() and _table(candidate) is not None:
            return candidate
    return None


@dataclass
class ConfigResolver:
    """The configuration for each input, cached per folder.

    Args:
        explicit: a file given with ``--config``; it applies to every input.
        isolated: ignore every configuration file (``--isolated``).
    """

    explicit: str | None = None
    isolated: bool = False
    _cache: dict[Path, LoadedConfig] = field(default_factory=dict)

    def for_path(self, file: str | Path | None) -> LoadedConfig:
        """The configuration for an input file (None or "-" for standard input)."""
        if self.isolated:
            return LoadedConfig()
        if self.explicit is not None:
            folder = Path("<explicit>")
            if folder not in self._cache:
                self._cache[folder] = load_config(self.explicit)
            return self._cache[folder]
        if file is None or file == "-":
            start = Path.cwd().resolve()
        else:
            resolved = Path(file).resolve()
            start = resolved if resolved.is_dir() else resolved.parent
        if start not in self._cache:
            found = find_config_file(start) or find_config_file(Path.cwd().resolve())
            self._cache[start] = load_config(found) if found is not None else LoadedConfig()
        return self._cache[start]
