"""End-to-end timing of the command line: ``claimtrack check DIR`` with 1 and 2 jobs, and startup.

The articles of a JSONL corpus (fields ``title``, ``text``, ``date``) are written out as
Markdown files with YAML front matter into a temporary folder, then the installed
``claimtrack`` command is run on that folder as a user would run it.

    python benchmarks/cli.py [--data ../shared/benchmarks/news/clean-dev.jsonl] [--repeat 3]

Aims: ``--jobs 2`` under 3 s for the 296 development articles; ``--version`` under 0.3 s.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import DEFAULT_SHARED, read_jsonl


def write_articles(data: Path, folder: Path) -> int:
    """Write each record as ``NNNN.md`` with front matter; returns how many were written."""
    count = 0
    for count, record in enumerate(read_jsonl(data), start=1):
        header = [f"title: {json.dumps(record.get('title') or '', ensure_ascii=False)}"]
        if record.get("date"):
            header.append(f"date: {record['date']}")
        text = "---\n" + "\n".join(header) + "\n---\n" + record["text"] + "\n"
        (folder / f"{count:04d}.md").write_text(text, encoding="utf-8")
    return count


def command() -> list[str]:
    """The installed ``claimtrack`` script, else ``python -m claimtrack.cli``."""
    script = Path(sys.executable).with_name("claimtrack")
    return [str(script)] if script.exists() else [sys.executable, "-m", "claimtrack.cli"]


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(argv: list[str], repeat: int) -> tuple[float, float, int, str]:
    """Best wall time and best CPU time (all processes) of ``repeat`` runs after a warm-up,
    the exit code and the last line of stderr. CPU time shows the cost on a busy machine."""
    best = best_cpu = float("inf")
    result = subprocess.run(argv, capture_output=True, text=True, check=False)
    for _ in range(repeat):
        start, cpu = time.perf_counter(), _child_cpu()
        result = subprocess.run(argv, capture_output=True, text=True, check=False)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, _child_cpu() - cpu)
    last = result.stderr.strip().splitlines()[-1] if result.stderr.strip() else ""
    return best, best_cpu, result.returncode, last


def main() -> None:
    """Run the timings and print one line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_SHARED / "news" / "clean-dev.jsonl")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="claimtrack-bench-"))
    try:
        count = write_articles(args.data, folder)
        base = command()
        seconds, cpu, code, _ = timed([*base, "--version"], args.repeat)
        print(f"claimtrack --version: {seconds:.3f} s wall, {cpu:.3f} s CPU (exit {code})")
        for jobs in (1, 2):
            argv = [*base, "check", str(folder), "--jobs", str(jobs), "--output-format", "concise"]
            seconds, cpu, code, last = timed(argv, args.repeat)
            print(
                f"claimtrack check {count} articles --jobs {jobs}: {seconds:.2f} s wall, {cpu:.2f} s CPU"
                f" (exit {code}; {last})"
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
