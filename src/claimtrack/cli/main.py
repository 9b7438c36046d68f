"""Entry point and argument parsing of the ``claimtrack`` command.

Exit codes: 0 success, 1 findings at or above ``--fail-on`` (``check``), 2 a usage,
configuration or input error (the other inputs are still processed; 2 wins over 1).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TextIO

from claimtrack._version import __version__
from claimtrack.errors import ClaimtrackError, ConfigError
from claimtrack.text.loading import as_date

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise ConfigError(message)


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files, directories, globs, or - for stdin"
    )
    parser.add_argument(
        "--output-format",
        "--format",
        dest="output_format",
        default="text",
        choices=["text", "json", "jsonl"],
        help="how to print the results (default: text)",
    )
    parser.add_argument("--published", metavar="DATE|today", help="publication date; overrides front matter")
    parser.add_argument("--title", metavar="TEXT", help="the headline, for inputs that carry none")
    parser.add_argument("--encoding", default="utf-8", help="encoding of the input files (default: utf-8)")
    parser.add_argument("--stdin-filename", metavar="NAME", help="the name to report for standard input")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the results to FILE instead of stdout")
    parser.add_argument("-v", "--verbose", action="store_true", help="show tracebacks of unexpected errors")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``claimtrack`` command."""
    parser = _Parser(prog="claimtrack", description="Extract and check the claims of news text.")
    parser.add_argument("--version", action="version", version=f"claimtrack {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    extract = commands.add_parser("extract", help="print the claims found in articles")
    _add_input_options(extract)
    return parser


def parse_published(value: str | None, err: TextIO) -> date | None:
    """The --published option: an ISO date, or ``today`` read once from the clock."""
    if value is None:
        return None
    if value.strip().lower() == "today":
        today = date.today()
        print(f"claimtrack: using published date {today.isoformat()}", file=err)
        return today
    try:
        return as_date(value, what="--published")
    except ConfigError as error:
        raise ConfigError(f"--published: {value!r} is not a date (use YYYY-MM-DD or 'today')") from error


def main(argv: list[str] | None = None, *, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    args_list = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args_list or "--verbose" in args_list
    try:
        args = parser.parse_args(args_list)
        if args.command is None:
            parser.print_help(out)
            return EXIT_ERROR
        from claimtrack.cli.extract_cmd import run_extract

        return run_extract(args, parse_published(args.published, err), out, err)
    except ClaimtrackError as error:
        print(f"claimtrack: error: {error}", file=err)
        return EXIT_ERROR
    except Exception as error:
        if verbose:
            raise
        print(
            f"claimtrack: internal error: {type(error).__name__}: {error} (run with -v for a traceback)",
            file=err,
        )
        return EXIT_ERROR
