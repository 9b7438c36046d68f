"""Loading reference-magnitude files: the packaged ones once, a newsroom's own on request.

Packaged files are every ``*.toml`` in ``claimtrack/data/reference`` (the ``lexicons``
folder beside them holds the matcher's word lists, not entries). They are parsed and
validated on first use and cached. Files named in ``Settings.reference_files`` are read
each time :func:`load_reference` is called with them (keep the returned
:class:`ReferenceSet` for a whole run); their entries replace packaged entries with the same
subject, geography, basis and measure, and a later file wins over an earlier one.

A malformed file raises :class:`~claimtrack.errors.LexiconError` naming the file and the
entry.

>>> reference = load_reference()
>>> entry = reference.get("gdp", "JP", "per_year", "value")
>>> entry is not None and entry.currency == "USD" and not entry.verified
True
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claimtrack.errors import LexiconError
from claimtrack.reference.geography import scan_geography
from claimtrack.reference.schema import Basis, Measure, ReferenceEntry, ReferenceFile, expand_alternatives
from claimtrack.reference.words import WORLD_WORDS, subject_key
from claimtrack.settings import Settings

EntryKey = tuple[str, str, Basis, Measure]


def match_key(subject: str) -> frozenset[str]:
    """The key a subject is indexed and looked up by.

    Its content words (see :func:`subject_key`), place names and world words removed.

    >>> sorted(match_key("Saudi Aramco's global revenue"))
    ['aramco', 'revenue']
    """
    if subject.islower():  # place names are capitalised: nothing to blank out
        return subject_key(subject) - WORLD_WORDS
    return subject_key(scan_geography(subject).without(subject)) - WORLD_WORDS


class ReferenceSet(Sequence[ReferenceEntry]):
    """An immutable collection of entries, indexed by key and by subject match key."""

    def __init__(self, entries: Iterable[ReferenceEntry]):
        by_key: dict[EntryKey, ReferenceEntry] = {}
        for entry in entries:
            by_key[entry.key] = entry  # later entries (user files) replace earlier ones
        self._entries = tuple(by_key.values())
        self._by_key = by_key
        index: dict[frozenset[str], list[ReferenceEntry]] = {}
        keys_of: dict[str, frozenset[frozenset[str]]] = {}  # many entries share their aliases
        for entry in self._entries:
            keys: set[frozenset[str]] = set()
            for phrase in (entry.subject, *entry.aliases):
                if phrase not in keys_of:
                    keys_of[phrase] = frozenset(match_key(text) for text in expand_alternatives(phrase))
                keys |= keys_of[phrase]
            for key in keys:
                if key:
                    index.setdefault(key, []).append(entry)
        self._index = {key: tuple(found) for key, found in index.items()}

    def __len__(self) -> int:
        return len(self._entries)

    def __getitem__(self, index: int) -> ReferenceEntry:  # type: ignore[override]
        return self._entries[index]

    def __iter__(self) -> Iterator[ReferenceEntry]:
        return iter(self._entries)

    def get(self, subject: str, geography: str, basis: Basis, measure: Measure) -> ReferenceEntry | None:
        """The entry with exactly this key, or None."""
        return self._by_key.get((subject.lower(), geography, basis, measure))

    def candidates(self, key: frozenset[str]) -> tuple[ReferenceEntry, ...]:
        """Entries whose subject or an alias has the match key ``key``."""
        return self._index.get(key, ())

    def subjects(self) -> tuple[str, ...]:
        """Every distinct canonical subject, sorted."""
        return tuple(sorted({entry.subject for entry in self._entries}))


def _explain(error: ValidationError) -> str:
    parts = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem["loc"]) or "entry"
        parts.append(f"{where}: {problem['msg']}")
    return "; ".join(parts)


def _defaults_for(defaults: dict[str, Any], measure: object) -> dict[str, Any]:
    """The defaults that apply to an entry of ``measure``.

    A currency applies only to money, a unit only to volumes and counts.
    """
    dropped = {"unit"} if measure == "value" else {"currency"}
    if measure == "percent":
        dropped = {"unit", "currency"}
    return {name: value for name, value in defaults.items() if name not in dropped}


def parse_reference(text: str, path: str) -> tuple[ReferenceEntry, ...]:
    """The entries of one reference file's text; ``path`` names it in errors.

    >>> parse_reference('entries = []', "empty.toml")
    ()
    >>> parse_reference('entries = [{subject = "x"}]', "bad.toml")
    Traceback (most recent call last):
    ...
    claimtrack.errors.LexiconError: bad.toml: entry 1 ('x'): geography: Field required; ...
    """
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(path, f"not valid TOML: {error}") from error
    try:
        parsed = ReferenceFile.model_validate(data)
        raw_entries = parsed.raw_entries()
    except ValidationError as error:
        raise LexiconError(path, _explain(error)) from error
    except ValueError as error:
        raise LexiconError(path, str(error)) from error
    aliases = {" ".join(subject.split()).lower(): extra for subject, extra in parsed.aliases.items()}
    entries: list[ReferenceEntry] = []
    seen: set[EntryKey] = set()
    for number, raw in enumerate(raw_entries, start=1):
        merged = {**_defaults_for(parsed.defaults, raw.get("measure")), **raw}
        subject = " ".join(str(merged.get("subject", "")).split()).lower()
        if subject in aliases:
            merged["aliases"] = (*merged.get("aliases", ()), *aliases[subject])
        try:
            entry = ReferenceEntry.model_validate(merged)
        except ValidationError as error:
            raise LexiconError(path, f"entry {number} ({subject!r}): {_explain(error)}") from error
        if entry.key in seen:
            raise LexiconError(path, f"entry {number} ({subject!r}): duplicate of an earlier entry {entry.key}")
        seen.add(entry.key)
        entries.append(entry)
    unused = set(aliases) - {entry.subject for entry in entries}
    if unused:
        raise LexiconError(path, f"[aliases] for subject(s) with no entry: {', '.join(sorted(unused))}")
    return tuple(entries)


def read_reference_file(path: str | Path) -> tuple[ReferenceEntry, ...]:
    """The entries of a user's reference file (TOML, the packaged files' format)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(str(path), f"cannot read reference file: {error}") from error
    return parse_reference(text, str(path))


@cache
def packaged_entries() -> tuple[ReferenceEntry, ...]:
    """Every entry of the packaged files, in file-name order, parsed once."""
    folder = resources.files("claimtrack.data").joinpath("reference")
    entries: list[ReferenceEntry] = []
    seen: dict[EntryKey, str] = {}
    for item in sorted(folder.iterdir(), key=lambda item: item.name):
        if not (item.name.endswith(".toml") and item.is_file()):
            continue
        path = f"claimtrack/data/reference/{item.name}"
        for entry in parse_reference(item.read_text(encoding="utf-8"), path):
            if entry.key in seen:
                raise LexiconError(path, f"{entry.key} is also defined in {seen[entry.key]}")
            seen[entry.key] = path
            entries.append(entry)
    return tuple(entries)


@cache
def _packaged_set() -> ReferenceSet:
    return ReferenceSet(packaged_entries())


def load_reference(settings: Settings | None = None) -> ReferenceSet:
    """The packaged entries, with the user's ``reference_files`` taking precedence.

    Without user files the packaged set is built once and shared.
    """
    files = settings.reference_files if settings is not None else ()
    if not files:
        return _packaged_set()
    user = [entry for path in files for entry in read_reference_file(path)]
    return ReferenceSet([*packaged_entries(), *user])
