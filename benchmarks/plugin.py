"""What the claimtrack pytest plugin costs a project that does not use it.

pytest loads every ``pytest11`` plugin in every run, so ``pytest --collect-only`` in a
project with claimtrack installed but unused must not be noticeably slower. This script
builds a throwaway project with one test, runs ``pytest --collect-only`` in fresh
processes with the plugin and without it (``-p no:claimtrack``), interleaved, and prints
the median and fastest wall-clock and CPU times and their difference (target: under 50 ms;
the CPU time is the steadier figure on a busy machine). It also prints the
plugin module's own import time from ``python -X importtime``.

Usage: ``python benchmarks/plugin.py [--runs 20]``
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_MS = 50.0


def _collect(project: Path, *extra: str) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one ``pytest --collect-only`` process."""
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=project, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _import_time_ms() -> float:
    """Cumulative import time of ``claimtrack.pytest_plugin`` (after pytest is loaded), in ms."""
    code = "import pytest; import claimtrack.pytest_plugin"
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True
    )
    for line in result.stderr.splitlines():
        parts = [part.strip() for part in line.split("|")]
        if len(parts) == 3 and parts[2] == "claimtrack.pytest_plugin":
            return int(parts[1]) / 1000
    return float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="runs of each variant (default 20)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        (project / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
        (project / "test_nothing.py").write_text("def test_nothing():\n    pass\n", encoding="utf-8")
        _collect(project)  # warm the file cache
        with_plugin: list[tuple[float, float]] = []
        without: list[tuple[float, float]] = []
        for _ in range(args.runs):
            with_plugin.append(_collect(project))
            without.append(_collect(project, "-p", "no:claimtrack"))
    print(f"pytest --collect-only, empty project, {args.runs} runs each (interleaved)")
    deltas: dict[str, float] = {}
    for index, measure in enumerate(("wall", "cpu")):
        one = [run[index] for run in with_plugin]
        other = [run[index] for run in without]
        for label, runs in (("with claimtrack plugin:", one), ("with -p no:claimtrack:", other)):
            median, fastest = statistics.median(runs) * 1000, min(runs) * 1000
            print(f"  {measure:4} {label:<26} median {median:7.1f} ms   fastest {fastest:7.1f} ms")
        deltas[measure] = (statistics.median(one) - statistics.median(other)) * 1000
        print(f"  {measure:4} overhead (median):          {deltas[measure]:+7.1f} ms")
    print(f"  import claimtrack.pytest_plugin (cumulative, -X importtime): {_import_time_ms():.1f} ms")
    verdict = "OK" if deltas["cpu"] < TARGET_MS else "OVER"
    print(f"  target < {TARGET_MS:.0f} ms (CPU overhead): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
