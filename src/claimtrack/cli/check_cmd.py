"""``claimtrack check``: run the rules over each input and report the flags like a linter.

Per input: find its configuration, load it, extract and check it (through
:func:`_run_rules`, the one call into the rule engine), drop the flags that inline comments
suppress, then (for the whole run) the ones a baseline records. Results go to stdout in
input order; the summary and progress go to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import traceback
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import date
from typing import TextIO

from claimtrack.cli.inputs import expand_paths, open_output
from claimtrack.config import PYPROJECT_TOML, ConfigResolver, LoadedConfig
from claimtrack.errors import ClaimtrackError, ConfigError, InputError
from claimtrack.model import SEVERITY_RANK, ClaimSet, Document, Flag, Report
from claimtrack.report.base import CheckedFile, severity_counts
from claimtrack.settings import Settings

PROGRESS_MIN_FILES = 10
"""Show a progress line on a terminal only when checking at least this many files."""


def _run_rules(document: Document, settings: Settings) -> Report:
    """The adapter to the rule engine (tests replace it with a hand-built Report)."""
    from claimtrack.cli.rules_adapter import run_rules

    return run_rules(document, settings)


@dataclass(frozen=True)
class Task:
    """One input to check: where it comes from and the settings that apply to it."""

    path: str
    settings: Settings
    report_unused: bool
    encoding: str
    title: str | None
    published: date | None
    raw: str | None = None
    """The decoded text of standard input; None for files (read by the worker)."""
    active: tuple[tuple[str, str], ...] | None = None
    """The (code, name) of every selected rule but CT001; None when unknown (every rule)."""
    idle: tuple[tuple[str, str], ...] = ()
    """The (code, name) of every known rule not selected (a suppression naming only these is not unused)."""


@dataclass(frozen=True)
class Outcome:
    """A checked input, or why it could not be checked."""

    path: str
    document: Document | None = None
    flags: tuple[Flag, ...] = ()
    fail_on: str = "warning"
    error: str | None = None
    trace: str | None = None
    claims: ClaimSet | None = None


def check_one(task: Task) -> Outcome:
    """Load, check and filter one input; never raises (errors come back in the outcome)."""
    from claimtrack.suppression import apply_suppressions
    from claimtrack.text.loading import load_document, parse_text

    try:
        if task.raw is not None:
            document = parse_text(task.raw, task.path, title=task.title)
        else:
            document = load_document(task.path, encoding=task.encoding, title=task.title)
        published = task.published or document.published or task.settings.published
        if published != document.published:
            document = document.model_copy(update={"published": published})
        report = _run_rules(document, task.settings)
        flags = apply_suppressions(
            document, tuple(report.flags), report_unused=task.report_unused, active=task.active, idle=task.idle
        )
        return Outcome(task.path, document, flags, task.settings.fail_on, claims=report.claims)
    except ClaimtrackError as error:
        return Outcome(task.path, error=str(error))
    except Exception as error:  # noqa: BLE001  (one broken input must not stop the run)
        return Outcome(
            task.path,
            error=f"internal error while checking {task.path}: {type(error).__name__}: {error}",
            trace=traceback.format_exc(),
        )


def _split(values: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(part.strip() for value in values or () for part in value.split(",") if part.strip())


def _settings_for(args: argparse.Namespace, base: Settings, extra_ignores: tuple[str, ...]) -> Settings:
    """Configuration-file settings with the command line's options laid over them."""
    update: dict[str, object] = {}
    if args.select is not None:
        update["select"] = _split(args.select)
    if args.extend_select:
        update["extend_select"] = base.extend_select + _split(args.extend_select)
    if args.ignore or extra_ignores:
        update["ignore"] = base.ignore + _split(args.ignore) + extra_ignores
    if args.fail_on is not None:
        update["fail_on"] = args.fail_on
    return base.model_copy(update=update) if update else base


def _unused_enabled(settings: Settings, selected: set[str] | None) -> bool:
    """Whether CT001 (unused-suppression) is on: the registry's answer, else ruff-style matching."""
    if selected is not None and "CT001" in selected:
        return True

    def matches(selectors: tuple[str, ...]) -> int:
        best = -1
        for selector in selectors:
            key = selector.strip()
            if key.lower() == "unused-suppression" or key.upper() == "CT001":
                best = max(best, 100)
            elif "CT001".startswith(key.upper()) and key:
                best = max(best, len(key))
        return best

    chosen = max(matches(settings.select or ("CT",)), matches(settings.extend_select))
    return chosen >= 0 and matches(settings.ignore) < chosen


def _validate_file_rules(loaded: LoadedConfig, extra_ignores: tuple[str, ...]) -> None:
    """Refuse unknown rule codes of a configuration file, naming the file and the key."""
    from claimtrack.cli.rules_adapter import selected_codes

    if loaded.path is None:
        return
    prefix = "tool.claimtrack." if loaded.path.name == PYPROJECT_TOML else ""
    stages = [(loaded.settings, "")]
    if extra_ignores:
        with_ignores = loaded.settings.model_copy(update={"ignore": loaded.settings.ignore + extra_ignores})
        stages.append((with_ignores, "per-file-ignores"))
    for settings, key in stages:
        try:
            selected_codes(settings)
        except ConfigError as error:
            name = key or error.key or ""
            detail = str(error)
            head, colon, rest = detail.partition(": ")
            if colon and (key or head == name.split(".")[0]):  # "select: 'CT9' ..." loses its own key
                detail = rest
            raise ConfigError(f"{loaded.path}: {prefix}{name}: {detail}", key=name, source=str(loaded.path)) from error


def _rule_states(
    selected: set[str] | None, names: dict[str, str]
) -> tuple[tuple[tuple[str, str], ...] | None, tuple[tuple[str, str], ...]]:
    """The rules that run and those that do not; (None, ()) when the selection is unknown."""
    from claimtrack.suppression import rule_states

    return (None, ()) if selected is None else rule_states(selected, names)


@dataclass
class _Plan:
    tasks: list[Task] = field(default_factory=list)
    errors: list[tuple[int, str, str | None]] = field(default_factory=list)
    """Inputs that failed before checking: their position among the inputs, the message, the path."""


def _plan(args: argparse.Namespace, published: date | None, resolver: ConfigResolver) -> _Plan:
    from claimtrack.cli.rules_adapter import known_rules, selected_codes
    from claimtrack.text.loading import decode

    plan = _Plan()
    validated: dict[int, set[str] | None] = {}
    names = {code: info.name for code, info in known_rules().items()}
    for item in expand_paths(args.paths):
        if isinstance(item, InputError):
            plan.errors.append((len(plan.tasks) + len(plan.errors), str(item), None))  # a folder or pattern
            continue
        named = (args.stdin_filename or None) if item == "-" else item  # stdin: its name finds the config
        loaded = resolver.for_path(named)
        extra_ignores = loaded.ignores_for(named) if named else ()
        settings = _settings_for(args, loaded.settings, extra_ignores)
        key = hash(settings.model_dump_json())
        if key not in validated:  # an unknown rule code fails here, before any work, naming where it came from
            _validate_file_rules(loaded, extra_ignores)
            try:
                validated[key] = selected_codes(settings)
            except ConfigError as error:
                raise ConfigError(f"--{error}", key=error.key) from error  # the command line's selectors
        raw = None
        path = item
        if item == "-":
            path = args.stdin_filename or "-"
            try:
                raw = decode(sys.stdin.buffer.read(), path, args.encoding)
            except InputError as error:
                plan.errors.append((len(plan.tasks) + len(plan.errors), str(error), path))
                continue
        active, idle = _rule_states(validated[key], names)
        plan.tasks.append(
            Task(
                path=path,
                settings=settings,
                report_unused=_unused_enabled(settings, validated[key]),
                active=active,
                idle=idle,
                encoding=args.encoding,
                title=args.title,
                published=published,
                raw=raw,
            )
        )
    return plan


def _outcomes(tasks: list[Task], jobs: int) -> Iterator[Outcome]:
    """Check every task, in input order; ``jobs`` > 1 spreads them over processes."""
    if jobs <= 1 or len(tasks) <= 1:
        yield from map(check_one, tasks)
        return
    from concurrent.futures import ProcessPoolExecutor

    _warm_up(tasks[0].settings)
    try:
        pool = ProcessPoolExecutor(max_workers=min(jobs, len(tasks)))
    except (OSError, NotImplementedError):  # no process support here (e.g. no /dev/shm): run serially
        yield from map(check_one, tasks)
        return
    with pool:
        yield from pool.map(check_one, tasks, chunksize=max(1, min(16, len(tasks) // (jobs * 4))))


WARM_UP_TEXT = "Sales rose 5% to $1.2 million on Monday, June 9, 2025, up from 3,400 tonnes, Ms. Lee said."


def _warm_up(settings: Settings) -> None:
    """Load and compile everything once before forking, so each worker inherits it instead."""
    import multiprocessing

    if multiprocessing.get_start_method(allow_none=True) not in (None, "fork"):
        return
    with contextlib.suppress(Exception):  # a failure shows again, per file, in the workers
        _run_rules(Document(text=WARM_UP_TEXT, title="Sales up 5%"), settings)


def use_color(choice: str, stream: TextIO) -> bool:
    """``--color``: never, always, or auto (a terminal, unless NO_COLOR; FORCE_COLOR forces it)."""
    if choice == "never":
        return False
    if choice == "always":
        return True
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return _isatty(stream)


def _isatty(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(files: list[CheckedFile], hidden: int = 0, failed: int = 0) -> str:
    """``Found 3 flags (2 errors, 1 warning) in 2 files.`` or ``All clear: ...``.

    ``hidden`` flags a baseline hid and ``failed`` inputs that could not be checked are
    named too, so a run that checked nothing never reads as all clear.

    >>> summary([], failed=1)
    'No flags in 0 files; 1 input could not be checked.'
    """
    counts = severity_counts(files)
    total = sum(counts.values())
    notes = [f"{_plural(hidden, 'flag')} hidden by the baseline"] if hidden else []
    tail = f" ({', '.join(notes)})" if notes else ""
    if failed:
        tail += f"; {_plural(failed, 'input')} could not be checked"
    where = f"in {_plural(len(files), 'file')}"
    if not total:
        return f"No flags {where}{tail}." if failed else f"All clear: no flags {where}{tail}."
    parts = ", ".join(f"{n} {s}" if s == "info" else _plural(n, s) for s, n in counts.items() if n)
    return f"Found {_plural(total, 'flag')} ({parts}) {where}{tail}."


def _output_format(args: argparse.Namespace, resolver: ConfigResolver) -> str:
    if args.output_format is not None:
        return str(args.output_format)
    first = args.paths[0] if args.paths else None
    if first == "-":  # standard input: its --stdin-filename finds the configuration, as in _plan
        first = args.stdin_filename or None
    configured = resolver.for_path(first).settings.output_format
    return configured or "text"


def run_check(args: argparse.Namespace, published: date | None, out: TextIO, err: TextIO) -> int:
    """Check every input; returns the exit code (0 clean, 1 flags at or above fail-on, 2 errors)."""
    from claimtrack.cli.baseline import apply_baseline, load_baseline, write_baseline
    from claimtrack.cli.rules_adapter import known_rules
    from claimtrack.report import render
    from claimtrack.report.text import render_statistics, statistics

    if not args.paths:
        print("claimtrack: error: no input given (name files, directories, or - for stdin)", file=err)
        return 2
    resolver = ConfigResolver(explicit=args.config, isolated=args.isolated)
    output_format = _output_format(args, resolver)
    known = load_baseline(args.baseline) if args.baseline else None
    plan = _plan(args, published, resolver)
    status = 0
    results: list[CheckedFile] = []
    input_errors: list[tuple[str | None, str]] = []
    failing = False
    progress = not args.quiet and _isatty(err) and len(plan.tasks) >= PROGRESS_MIN_FILES
    for index, outcome in enumerate(_outcomes(plan.tasks, args.jobs)):
        if progress:
            print(f"\rchecking {index + 1}/{len(plan.tasks)}", end="", file=err, flush=True)
        if outcome.document is None:
            if progress:
                print("\r\x1b[K", end="", file=err)
            print(f"claimtrack: error: {outcome.error}", file=err)
            input_errors.append((outcome.path, str(outcome.error)))
            if outcome.trace and args.verbose:
                print(outcome.trace, end="", file=err)
            status = 2
            continue
        results.append(CheckedFile(outcome.path, outcome.document, outcome.flags, outcome.claims))
    if progress:
        print("\r\x1b[K", end="", file=err, flush=True)
    failed = len(plan.errors) + len(plan.tasks) - len(results)
    for _, message, path in plan.errors:
        print(f"claimtrack: error: {message}", file=err)
        input_errors.append((path, message))
        status = 2
    if args.write_baseline:
        written = write_baseline(args.write_baseline, results)
        if not args.quiet:
            print(f"Wrote {_plural(written, 'flag')} to the baseline {args.write_baseline}.", file=err)
        return status
    hidden = 0
    if known is not None:
        results, hidden = apply_baseline(results, known)
    fail_on = {task.path: task.settings.fail_on for task in plan.tasks}
    for checked in results:
        floor = SEVERITY_RANK[fail_on.get(checked.path, "warning")]
        failing = failing or any(SEVERITY_RANK[flag.severity] >= floor for flag in checked.flags)
    with ExitStack() as stack:
        sink = open_output(stack, args.output, out, err)
        if sink is None:
            return 2
        color = use_color(args.color, sink) and not args.output
        if args.statistics and output_format in ("json", "jsonl"):  # machine-readable asked for
            sink.write(json.dumps(statistics(results), ensure_ascii=False, indent=2) + "\n")
        elif args.statistics:
            sink.write(render_statistics(results))
        else:
            rules = list(known_rules().values()) if output_format in ("sarif", "html") else []
            sink.write(render(output_format, results, rules=rules, color=color, errors=input_errors))
    if not args.quiet:
        print(summary(results, hidden, failed), file=err)
    if status == 2:
        return 2
    return 1 if failing and not args.exit_zero else 0
