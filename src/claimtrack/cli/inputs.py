"""Finding and reading the articles named on the command line."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from claimtrack.errors import ClaimtrackError, InputError
from claimtrack.model import Document
from claimtrack.text.loading import HTML_SUFFIXES, MARKDOWN_SUFFIXES, decode, load_document, parse_text

ARTICLE_SUFFIXES = MARKDOWN_SUFFIXES | HTML_SUFFIXES | frozenset({".txt"})


@dataclass(frozen=True)
class Loaded:
    """One input: a document, or the error that kept it from loading."""

    path: str
    document: Document | None = None
    error: ClaimtrackError | None = None


def expand_paths(paths: list[str]) -> Iterator[str | InputError]:
    """Files named directly, and article files found under directories, in sorted order."""
    for name in paths:
        if name == "-":
            yield name
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                yield InputError(
                    name, "directory holds no article files (*.md, *.markdown, *.txt, *.html, *.htm)"
                )
            for file in found:
                yield str(file)
        elif not path.exists() and any(ch in name for ch in "*?["):
            matches = sorted(str(p) for p in Path().glob(name) if p.is_file())
            if not matches:
                yield InputError(name, "pattern matches no file")
            yield from matches
        else:
            yield name


def load_inputs(
    paths: list[str], *, encoding: str, title: str | None, stdin_filename: str | None
) -> Iterator[Loaded]:
    """Each input loaded, or paired with the one-line error that kept it from loading."""
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield Loaded(item.path, error=item)
            continue
        try:
            if item == "-":
                name = stdin_filename or "-"
                raw = decode(sys.stdin.buffer.read(), name, encoding)
                yield Loaded(name, parse_text(raw, name, title=title))
            else:
                yield Loaded(item, load_document(item, encoding=encoding, title=title))
        except ClaimtrackError as error:
            yield Loaded(item, error=error)
