"""Finding and reading the articles named on the command line."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from claimtrack.errors import ClaimtrackError, ConfigError, InputError
from claimtrack.model import Document
from claimtrack.text.loading import HTML_SUFFIXES, MARKDOWN_SUFFIXES, decode, load_document, parse_text

ARTICLE_SUFFIXES = MARKDOWN_SUFFIXES | HTML_SUFFIXES | frozenset({".txt"})
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Loaded:
    """One input: a document, or the error that kept it from loading."""

    path: str
    document: Document | None = None
    error: ClaimtrackError | None = None
    stdin: bool = False
    """Whether the input is standard input (``path`` is then its ``--stdin-filename`` or "-")."""


def _articles_under(folder: Path) -> list[Path]:
    """Article files under a folder, in sorted order, skipping hidden folders and files."""
    found = []
    for path in folder.rglob("*"):
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        if not hidden and path.suffix.lower() in ARTICLE_SUFFIXES and path.is_file():
            found.append(path)
    return sorted(found)


def expand_paths(paths: list[str]) -> Iterator[str | InputError]:
    """Files named directly, and article files found under directories, in sorted order.

    A file named twice (directly, through a folder or a pattern) and ``-`` given twice are
    read once, at their first mention.
    """
    seen: set[str] = set()

    def first_time(name: str) -> bool:
        key = name if name == "-" else os.path.realpath(name)
        if key in seen:
            return False
        seen.add(key)
        return True

    for name in paths:
        if name == "-":
            if first_time(name):
                yield name
            continue
        path = Path(name)
        if path.is_dir():
            found = _articles_under(path)
            if not found:
                yield InputError(name, "directory holds no article files (*.md, *.markdown, *.txt, *.html, *.htm)")
            yield from (str(file) for file in found if first_time(str(file)))
        elif not path.exists() and _GLOB_CHARS & set(name):
            matches = sorted(p for p in glob.glob(name, recursive=True) if Path(p).is_file())
            if not matches:
                yield InputError(name, "pattern matches no file")
            yield from (match for match in matches if first_time(match))
        elif first_time(name):
            yield name


def load_inputs(paths: list[str], *, encoding: str, title: str | None, stdin_filename: str | None) -> Iterator[Loaded]:
    """Each input loaded, or paired with the one-line error that kept it from loading."""
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield Loaded(item.path, error=item)
            continue
        try:
            if item == "-":
                name = stdin_filename or "-"
                raw = decode(sys.stdin.buffer.read(), name, encoding)
                yield Loaded(name, parse_text(raw, name, title=title), stdin=True)
            else:
                yield Loaded(item, load_document(item, encoding=encoding, title=title))
        except ClaimtrackError as error:
            yield Loaded(item, error=error, stdin=item == "-")


def refuse_output_over_input(output: str | None, paths: list[str]) -> None:
    """``-o FILE`` must not be one of the inputs: opening it for writing would erase the article.

    Raises:
        ConfigError: ``output`` is (a link to) a file the inputs name or a folder holds.
    """
    if not output or not os.path.exists(output):
        return
    target = os.path.realpath(output)
    for item in expand_paths(paths):  # named directly, or found in a folder or by a pattern
        if isinstance(item, str) and item != "-" and os.path.realpath(item) == target:
            raise ConfigError(f"-o {output}: is one of the inputs; writing the results there would erase it")


def open_output(stack: ExitStack, path: str | None, default: TextIO, err: TextIO) -> TextIO | None:
    """Where results go: ``-o FILE`` opened for writing (closed with ``stack``), else ``default``.

    Returns None after printing one error line when the file cannot be opened.
    """
    if not path:
        return default
    try:
        return stack.enter_context(open(path, "w", encoding="utf-8"))
    except OSError as error:
        print(f"claimtrack: error: {path}: cannot write ({error.strerror})", file=err)
        return None
