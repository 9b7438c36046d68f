"""Helpers shared by the benchmark scripts: JSONL I/O, the scorers, timing.

The scripts take data paths as arguments, so they run on the development files in
``../shared/benchmarks``, on held-out files, or on a user's own corpus. Nothing here is
imported by the package or its tests.
"""

from __future__ import annotations

import importlib.util
import json
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks"


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """The records of a JSONL file, skipping blank lines."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def write_jsonl(path: str | Path, records: Iterable[dict[str, Any]]) -> None:
    """Write records as JSONL, creating the parent folder."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def load_scorer(name: str, scorers_dir: str | Path | None = None) -> ModuleType:
    """Import one of the shared scorers (``score_quantities`` ...) from its folder."""
    folder = Path(scorers_dir) if scorers_dir else DEFAULT_SHARED / "scorers"
    path = folder / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def best_time(run: Callable[[], object], repeat: int = 3, clock: Callable[[], float] = time.perf_counter) -> float:
    """The fastest of ``repeat`` runs, in seconds (after one warm-up run).

    Pass ``clock=time.process_time`` for CPU time, steadier than wall time on a busy machine.
    """
    run()
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        run()
        best = min(best, clock() - start)
    return best


def throughput_report(label: str, texts: list[str], run_one: Callable[[str], object]) -> list[str]:
    """Characters per second at 1x, 10x and 100x the input, to show linear cost.

    The 10x and 100x inputs are the texts concatenated into one long document, so a cost
    that grows faster than the length shows up as falling throughput.
    """
    lines = []
    total = sum(len(t) for t in texts)
    seconds = best_time(lambda: [run_one(t) for t in texts])
    lines.append(f"{label}: {total:,} chars in {seconds * 1000:.0f} ms = {total / seconds:,.0f} chars/s (per article)")
    joined = "\n\n".join(texts)
    for factor in (1, 10, 100):
        big = "\n\n".join([joined] * factor)
        repeat = 3 if factor < 100 else 1
        seconds = best_time(lambda big=big: run_one(big), repeat=repeat)  # type: ignore[misc]
        rate = len(big) / seconds
        lines.append(f"  {factor:>3}x one document: {len(big):>11,} chars {seconds:8.3f} s = {rate:,.0f} chars/s")
    return lines
