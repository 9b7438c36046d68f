"""Reference magnitudes: load time, coverage, and verdicts on real articles.

Run: ``python benchmarks/reference.py [CLEAN.jsonl] [--min-factor N]``.

1. Load time: parsing, validating and indexing the packaged files, timed in fresh
   interpreters (cold cache) as CPU time after the imports; the budget is 50 ms.
2. Coverage: entries per file, distinct subjects, geographies, verified entries.
3. With a JSONL of clean articles (``{"id", "date", "title", "text"}``, default
   ``../shared/benchmarks/news/clean-dev.jsonl``): every money / measure / count figure is
   judged by :func:`claimtrack.reference.check_claim` (story geography as the hint); each
   verdict is a candidate false alarm, reported per 1,000 words. Then a scale slip is
   planted in every figure that has a reference match and a scale word (million <->
   billion, billion -> trillion) and the share detected is printed.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path

from benchmarks.common import DEFAULT_SHARED, read_jsonl

_CHILD = """
import time
from claimtrack.reference import loader, matching  # imports are not part of loading
t0 = time.process_time()
entries = loader.packaged_entries()
t1 = time.process_time()
reference = loader.load_reference()
t2 = time.process_time()
matching.match("exports", "China's exports rose in May", kind="money", currency="USD")
t3 = time.process_time()
print(f"{(t1 - t0) * 1000:.1f} {(t2 - t1) * 1000:.1f} {(t3 - t2) * 1000:.1f} {len(entries)}")
"""

_SWAP = {"million": ("billion", 3), "billion": ("million", -3), "trillion": ("billion", -3), "mln": ("billion", 3)}
_SCALE_WORD = re.compile(r"\b(million|billion|trillion|mln)\b")


def load_time() -> float:
    runs = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True).stdout
        runs.append([float(x) for x in out.split()])
    parse, index, first = (min(run[i] for run in runs) for i in range(3))
    print(f"reference entries: {int(runs[0][3])}")
    print(f"parse + validate all packaged files: {parse:5.1f} ms (CPU time, best of 5 cold runs)")
    print(f"build the match index:               {index:5.1f} ms")
    print(f"first match (lexicons, regexes):     {first:5.1f} ms")
    total = parse + index + first
    print(f"total first-use cost:                {total:5.1f} ms (budget 50 ms) -> {'OK' if total < 50 else 'OVER'}")
    return total


def coverage() -> None:
    from claimtrack.reference.loader import packaged_entries

    entries = packaged_entries()
    by_measure = Counter(entry.measure for entry in entries)
    print(f"distinct subjects: {len({e.subject for e in entries})}; geographies: {len({e.geography for e in entries})}")
    print(f"entries by measure: {dict(sorted(by_measure.items()))}")
    print(f"verified entries: {sum(e.verified for e in entries)} of {len(entries)} (the rest written from memory)")


def judge_articles(path: Path, min_factor: Decimal) -> None:
    import claimtrack
    from claimtrack.reference import check_claim, match
    from claimtrack.reference.geography import story_geography
    from claimtrack.reference.subjects import infer_subject
    from claimtrack.text.sentences import split_sentences

    words = figures = planted = detected = 0
    verdicts = []
    for record in read_jsonl(path):
        published = date.fromisoformat(record["date"]) if record.get("date") else None
        text = record["text"]
        words += len(text.split())
        hint = story_geography(text, record.get("title") or "")
        sentences = split_sentences(text)
        for claim in claimtrack.extract(text, published=published):
            if claim.kind not in ("money", "measure", "count") or claim.field != "text":
                continue
            figures += 1
            sentence = sentences[claim.sentence].text
            verdict = check_claim(claim, sentence, published=published, geography_hint=hint, min_factor=min_factor)
            if verdict is not None:
                verdicts.append(f"  {record['id']}: {verdict.message()}")
            subject = claim.subject
            if subject is None and claim.text in sentence:
                subject = infer_subject(sentence, sentence.index(claim.text))
            units = {"currency": claim.currency} if claim.kind == "money" else {"unit": claim.unit}
            word = _SCALE_WORD.search(claim.text)
            if word is None or match(subject, sentence, kind=claim.kind, geography_hint=hint, **units) is None:
                continue
            new_word, power = _SWAP[word.group(1)]
            surface = claim.text[: word.start()] + new_word + claim.text[word.end() :]
            slipped = claim.model_copy(update={"value": claim.value.scaleb(power), "text": surface})
            planted += 1
            found = check_claim(
                slipped, sentence.replace(claim.text, surface), published=published, geography_hint=hint,
                min_factor=min_factor,
            )  # fmt: skip
            detected += found is not None
    print(f"articles: {path.name}; words: {words:,}; money/measure/count figures: {figures:,}")
    per_1000 = 1000 * len(verdicts) / words
    print(f"verdicts on clean text (candidate false alarms): {len(verdicts)} = {per_1000:.3f} per 1,000 words")
    print("\n".join(verdicts[:20]))
    rate = detected / planted if planted else 0.0
    print(f"planted scale slips on figures with a reference match: {planted}; detected: {detected} ({rate:.2f})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("clean", nargs="?", default=str(DEFAULT_SHARED / "news" / "clean-dev.jsonl"))
    parser.add_argument("--min-factor", type=Decimal, default=Decimal(1))
    args = parser.parse_args(argv)
    total = load_time()
    coverage()
    if Path(args.clean).exists():
        judge_articles(Path(args.clean), args.min_factor)
    return 0 if total < 50 else 1


if __name__ == "__main__":
    raise SystemExit(main())
