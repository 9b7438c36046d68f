"""Turning what the user passed (a string, a Document, a file) into a Document.

>>> to_document("Exports rose 5%.", published="2025-06-09").published.isoformat()
'2025-06-09'
"""

from __future__ import annotations

import codecs
from datetime import date, datetime
from pathlib import Path

from claimtrack.errors import ConfigError, InputError
from claimtrack.model import Document

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
HTML_SUFFIXES = frozenset({".html", ".htm"})


def as_date(value: date | datetime | str | None, *, what: str = "published") -> date | None:
    """A publication date from a ``date``, ``datetime`` or ISO string.

    >>> as_date("2025-06-09T10:00:00Z")
    datetime.date(2025, 6, 9)
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for parse in (date.fromisoformat, datetime.fromisoformat):
            try:
                parsed = parse(text)
            except ValueError:
                continue
            return parsed.date() if isinstance(parsed, datetime) else parsed
        raise ConfigError(f"{what}: {value!r} is not an ISO date (YYYY-MM-DD)", key=what)
    raise TypeError(f"{what} must be a date, datetime or ISO string, not {type(value).__name__}")


def to_document(
    source: str | Document,
    *,
    published: date | datetime | str | None = None,
    title: str | None = None,
) -> Document:
    """A Document from a string (the body) or a Document (arguments override its fields)."""
    when = as_date(published)
    if isinstance(source, Document):
        update: dict[str, object] = {}
        if when is not None:
            update["published"] = when
        if title is not None:
            update["title"] = title
        return source.model_copy(update=update) if update else source
    if not isinstance(source, str):
        raise TypeError(f"expected a str or Document, not {type(source).__name__}")
    return Document(text=source, title=title or "", published=when)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Byte-order marks that name their encoding (UTF-32 first: its LE mark starts like UTF-16's)."""


def _wide(encoding: str) -> bool:
    """Whether an encoding writes NUL bytes in ordinary text (UTF-16, UTF-32)."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False
    return name.startswith(("utf-16", "utf-32"))


def decode(data: bytes, path: str, encoding: str = "utf-8") -> str:
    """File bytes as text; a binary file or a bad encoding raises InputError.

    A UTF-16 or UTF-32 byte-order mark decides the encoding by itself.

    >>> decode("Hi.".encode("utf-16"), "a.txt")
    'Hi.'
    """
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), encoding)
    if not _wide(encoding) and b"\x00" in data[:8192]:
        raise InputError(path, "binary file (contains NUL bytes), not an article")
    try:
        text = data.decode(encoding)
    except LookupError as error:
        raise ConfigError(f"unknown encoding {encoding!r}", key="encoding") from error
    except UnicodeDecodeError as error:
        raise InputError(
            path,
            f"not valid {encoding} (byte 0x{data[error.start]:02x} at offset {error.start});"
            " pass --encoding, e.g. --encoding cp1252",
        ) from error
    return text.removeprefix("\ufeff")


def parse_text(raw: str, path: str, *, title: str | None = None) -> Document:
    """Parse file text by the file's suffix into a Document."""
    suffix = Path(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        from claimtrack.text.markdown import parse_markdown

        return parse_markdown(raw, path, title=title)
    if suffix in HTML_SUFFIXES:
        from claimtrack.text.html import parse_html

        return parse_html(raw, path, title=title)
    return Document(text=raw, title=title or "", source=path)


def load_document(path: str | Path, *, encoding: str = "utf-8", title: str | None = None) -> Document:
    """Read and parse one article file."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError as error:
        raise InputError(name, "is a directory") from error
    except FileNotFoundError as error:
        raise InputError(name, "no such file") from error
    except PermissionError as error:
        raise InputError(name, "permission denied") from error
    except OSError as error:
        raise InputError(name, error.strerror or str(error)) from error
    return parse_text(decode(data, name, encoding), name, title=title)
