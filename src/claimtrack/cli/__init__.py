"""The ``claimtrack`` command line: ``claimtrack extract`` (and, later, ``check``)."""

from claimtrack.cli.main import main

__all__ = ["main"]
