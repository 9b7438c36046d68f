"""Entry point and argument parsing of the ``claimtrack`` command.

Exit codes: 0 success, 1 findings at or above ``--fail-on`` (``check``), 2 a usage,
configuration or input error (the other inputs are still processed; 2 wins over 1).
"""

from __future__ import annotations

import argparse
import codecs
import sys
from datetime import date, datetime
from typing import TextIO

from claimtrack._version import __version__
from claimtrack.errors import ClaimtrackError, ConfigError

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise ConfigError(message)


CHECK_FORMATS = ("text", "concise", "json", "jsonl", "github", "sarif", "html")


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _add_input_options(parser: argparse.ArgumentParser, formats: tuple[str, ...], default_format: str | None) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files, directories, globs, or - for stdin")
    parser.add_argument(
        "--output-format",
        "--format",
        dest="output_format",
        default=default_format,
        choices=formats,
        help=f"how to print the results (default: {default_format or 'text, or the configured one'})",
    )
    parser.add_argument("--published", metavar="DATE|today", help="publication date; overrides front matter")
    parser.add_argument("--title", metavar="TEXT", help="the headline, for inputs that carry none")
    parser.add_argument("--encoding", default="utf-8", help="encoding of the input files (default: utf-8)")
    parser.add_argument("--stdin-filename", metavar="NAME", help="the name to report for standard input")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the results to FILE instead of stdout")
    parser.add_argument("--config", metavar="FILE", help="use this configuration file for every input")
    parser.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    parser.add_argument("-v", "--verbose", action="store_true", help="show tracebacks of unexpected errors")


def _add_check_options(parser: argparse.ArgumentParser) -> None:
    rules = "comma-separated rule codes, code prefixes or rule names"
    parser.add_argument("--select", action="append", metavar="RULES", help=f"run only these rules ({rules})")
    parser.add_argument("--ignore", action="append", metavar="RULES", help=f"do not run these rules ({rules})")
    parser.add_argument("--extend-select", action="append", metavar="RULES", help="run these rules as well")
    parser.add_argument(
        "--fail-on",
        choices=("error", "warning", "info"),
        help="the lowest severity that makes the exit code 1 (default: warning)",
    )
    parser.add_argument("--exit-zero", action="store_true", help="exit 0 even when flags are found")
    parser.add_argument(
        "--statistics",
        action="store_true",
        help="print the number of flags per rule instead (a JSON list with --output-format json)",
    )
    parser.add_argument("--baseline", metavar="FILE", help="do not report the flags recorded in FILE")
    parser.add_argument("--write-baseline", metavar="FILE", help="record the current flags in FILE and exit")
    parser.add_argument("--jobs", "-j", type=_positive, default=1, metavar="N", help="check files in N processes")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto", help="colour the text output")
    parser.add_argument("-q", "--quiet", action="store_true", help="print no summary and no progress")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``claimtrack`` command."""
    parser = _Parser(prog="claimtrack", description="Extract and check the claims of news text.")
    parser.add_argument("--version", action="version", version=f"claimtrack {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    check = commands.add_parser(
        "check",
        help="flag what cannot all be true in articles",
        epilog="exit codes: 0 no flag at or above --fail-on; 1 some flag is; 2 a usage, configuration or"
        " input error (the other inputs are still checked). Configuration: [tool.claimtrack] in the nearest"
        " pyproject.toml, or claimtrack.toml.",
    )
    _add_input_options(check, CHECK_FORMATS, None)
    _add_check_options(check)
    extract = commands.add_parser("extract", help="print the claims found in articles")
    _add_input_options(extract, ("text", "json", "jsonl"), "text")
    rule = commands.add_parser("rule", help="explain a rule (or every rule with --all)")
    rule.add_argument("rule", nargs="?", metavar="CODE|NAME", help="a rule code or name")
    rule.add_argument("--all", action="store_true", help="explain every rule")
    rule.add_argument("--output-format", "--format", dest="output_format", choices=("text", "json"), default="text")
    return parser


def parse_published(value: str | None, err: TextIO) -> date | None:
    """The --published option: an ISO date, or ``today`` read once from the clock."""
    if value is None:
        return None
    if value.strip().lower() == "today":
        today = date.today()
        print(f"claimtrack: using published date {today.isoformat()}", file=err)
        return today
    text = value.strip()
    try:  # the whole value must be a date or a date-time: "2025-06-09junk" is refused, not cut
        return date.fromisoformat(text) if len(text) <= 10 else datetime.fromisoformat(text).date()
    except ValueError as error:
        raise ConfigError(
            f"--published: {value!r} is not a date (use YYYY-MM-DD or 'today')", key="published"
        ) from error


def _check_encoding(name: str) -> None:
    """``--encoding`` names a codec Python knows: a usage error once, not one error per file."""
    try:
        codecs.lookup(name)
    except LookupError:
        raise ConfigError(f"--encoding: unknown encoding {name!r} (e.g. utf-8, cp1252, latin-1)") from None


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
        if args.command == "rule":
            from claimtrack.cli.rule_cmd import run_rule

            return run_rule(args, out, err)
        _check_encoding(getattr(args, "encoding", "utf-8"))
        if getattr(args, "config", None) and getattr(args, "isolated", False):
            raise ConfigError("--config and --isolated cannot be used together (--isolated ignores every file)")
        if getattr(args, "output", None):
            from claimtrack.cli.inputs import refuse_output_over_input

            refuse_output_over_input(args.output, args.paths)
        if args.command == "check":
            from claimtrack.cli.check_cmd import run_check

            return run_check(args, parse_published(args.published, err), out, err)
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
