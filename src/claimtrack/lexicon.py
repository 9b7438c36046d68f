"""Loading the packaged data files (lexicons, units, reference magnitudes).

Data files live in ``claimtrack/data``; each starts with a comment header describing its
format. They are read once, on first use, and cached; the parsed values are never mutated.

>>> "u.s." in load_toml("abbreviations")["abbreviations"]
True
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from claimtrack.errors import LexiconError


def data_text(name: str) -> str:
    """The text of a packaged data file, by file name (``"units.txt"``)."""
    return resources.files("claimtrack.data").joinpath(name).read_text(encoding="utf-8")


@cache
def load_toml(name: str) -> dict[str, Any]:
    """A packaged TOML data file, by stem (``"currencies"``), parsed once."""
    filename = f"{name}.toml"
    try:
        return tomllib.loads(data_text(filename))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise LexiconError(filename, str(error)) from error
