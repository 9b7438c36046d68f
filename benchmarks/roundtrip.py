"""Survey the render -> extract round trip: counterexamples per claim kind and surface form.

For each claim kind, generate examples with :mod:`claimtrack.strategies` (every spelling,
known extractor limits included: ``avoid=frozenset()``), extract the claims and match them
with ``assert_claims(..., exact=True)``. Prints, per kind, the examples run, the failures,
and the spelling labels most over-represented among the failures, with one sample each.

Usage: ``python benchmarks/roundtrip.py [--examples 500] [--kinds money,percent]``
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from hypothesis import HealthCheck, Phase, given, settings

from claimtrack.strategies import KINDS, KNOWN_EXTRACTOR_LIMITS, Stated, stated_sentence
from claimtrack.testing import assert_claims


def survey(
    kind: str, examples: int, avoid: frozenset[str]
) -> tuple[int, int, Counter[str], Counter[str], dict[str, str]]:
    """(examples run, failures, forms seen, forms among failures, a sample failure per form)."""
    seen: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    samples: dict[str, str] = {}
    runs = 0
    failures = [0]
    unexplained: Counter[str] = Counter()

    @settings(
        max_examples=examples,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(stated_sentence(kind, avoid=avoid))
    def run(example: Stated) -> None:
        nonlocal runs
        runs += 1
        seen.update(set(example.forms))
        try:
            assert_claims(example.text, *example.expected, exact=True)
        except AssertionError as error:
            failures[0] += 1
            failed.update(set(example.forms) or {"(none)"})
            if not set(example.forms) & KNOWN_EXTRACTOR_LIMITS:
                failed.update({"(unexplained)"})
                unexplained.update(f"unexplained {form}" for form in set(example.forms))
            for form in example.forms:
                samples.setdefault(form, f"{example.text!r}: {str(error).splitlines()[0]}")
        except Exception as error:  # noqa: BLE001  (a crash is a counterexample too)
            failures[0] += 1
            failed.update({"(crash)"})
            samples.setdefault("(crash)", f"{example.text!r}: {type(error).__name__}: {error}")

    run()
    failed.update(unexplained)
    return runs, failures[0], seen, failed, samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=500)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--known-limits", action="store_true", help="avoid the known extractor limits")
    args = parser.parse_args(argv)
    avoid = KNOWN_EXTRACTOR_LIMITS if args.known_limits else frozenset()
    for kind in args.kinds.split(","):
        start = time.perf_counter()
        runs, failures, seen, failed, samples = survey(kind, args.examples, avoid)
        elapsed = time.perf_counter() - start
        print(f"== {kind}: {runs} examples in {elapsed:.1f}s, {failures} failed")
        for form in sorted(KNOWN_EXTRACTOR_LIMITS):
            if failed[form]:
                print(f"   known limit {form!r}: {failed[form]} of {seen[form]} examples with it failed")
        if failed["(unexplained)"]:
            print(f"   failures with no known-limit form: {failed['(unexplained)']}; their forms:")
            for label, bad in failed.most_common():
                if label.startswith("unexplained "):
                    form = label.removeprefix("unexplained ")
                    print(f"      {bad:4d} {form}  e.g. {samples.get(form, '')}")
        if failed["(crash)"]:
            print(f"   crashes: {failed['(crash)']}  e.g. {samples['(crash)']}")
        if not failures:
            print("   no counterexample")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
