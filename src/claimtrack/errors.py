"""The exceptions claimtrack raises.

Odd *input text* never raises: any ``str`` is valid input. Bad *usage, configuration or
files* raise, each error also inheriting the builtin it naturally is::

    ClaimtrackError
    ├── ConfigError(ClaimtrackError, ValueError)      a bad setting, option or config file
    ├── InputError(ClaimtrackError, OSError)          a file that cannot be read or decoded
    └── LexiconError(ClaimtrackError, ValueError)     a packaged or user data file is malformed
"""

from __future__ import annotations


class ClaimtrackError(Exception):
    """Root of every error claimtrack raises on purpose."""


class ConfigError(ClaimtrackError, ValueError):
    """A setting, option or configuration file is invalid.

    Attributes:
        key: the offending setting, when there is one.
        source: the file the setting came from, when there is one.
    """

    def __init__(self, message: str, *, key: str | None = None, source: str | None = None):
        super().__init__(message)
        self.key = key
        self.source = source


class InputError(ClaimtrackError, OSError):
    """An input file cannot be read or decoded.

    Attributes:
        path: the file.
        reason: what went wrong, in a few words.
    """

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class LexiconError(ClaimtrackError, ValueError):
    """A data file (lexicon, units, reference magnitudes) is malformed.

    Attributes:
        path: the data file.
    """

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}")
        self.path = path
