"""Flag fingerprints that survive re-runs and unrelated edits of the text.

A fingerprint hashes what the flag is about, never where it stands: the rule code, the
field, the normalised surface of the flagged span, the normalised surfaces of its related
evidence, and the occurrence index among flags with that same key (so two identical
problems in one document still differ). Inserting a paragraph above a flag moves its
offsets but keeps its fingerprint.

>>> a = fingerprint_key("CT101", "text", "up 12%", ["$10.5 billion"])
>>> a == fingerprint_key("CT101", "text", "up  12%", ["$10.5 Billion"])
True
>>> len(fingerprint(a, 0)), fingerprint(a, 0) != fingerprint(a, 1)
(16, True)
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import regex

_SPACE = regex.compile(r"\s+")


def normalise_surface(text: str) -> str:
    """Lower case, white space collapsed, curly quotes straightened.

    >>> normalise_surface("  “Rose”\\n 5% ")
    '"rose" 5%'
    """
    text = text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    return _SPACE.sub(" ", text).strip().lower()


def fingerprint_key(code: str, field: str, surface: str, related: Iterable[str]) -> str:
    """The position-free identity of a flag."""
    parts = [code, field, normalise_surface(surface), *sorted(normalise_surface(r) for r in related)]
    return "\x1f".join(parts)


def fingerprint(key: str, occurrence: int) -> str:
    """A 16-hex-digit hash of a key and its occurrence index among equal keys."""
    digest = hashlib.sha256(f"{key}\x1e{occurrence}".encode()).hexdigest()
    return digest[:16]
