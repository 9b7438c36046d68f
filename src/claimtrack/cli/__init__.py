"""The ``claimtrack`` command line: ``claimtrack check``, ``claimtrack extract`` and ``claimtrack rule``."""

from claimtrack.cli.main import main

__all__ = ["main"]
