"""The checks benchmark: false flags on clean news, detection of planted errors, timing.

Run from the repository root::

    python -m benchmarks.checks NEWS.jsonl [--seed 0] [--out DIR] [--jobs 1] [--limit N]

``NEWS.jsonl`` holds clean articles (``{"id", "source", "date", "title", "text"}``; ``date``
may be null or empty), e.g. ``../shared/benchmarks/news/clean-dev.jsonl``.

1. Precision: every article goes through :func:`claimtrack.check` (title, text, published);
   flags at warning level and above count as false alarms, per 1,000 words (body and title
   words) overall and per rule; each is written with its sentence to
   ``DIR/false_flags.jsonl``.
2. Recall by planting (:mod:`benchmarks.planting`): one error per copy of the article, at
   sites its own claims offer, of every kind the rules cover. An error counts as detected
   when the copy has a flag of an expected code, absent from the clean article, that
   overlaps the planted span (or one of its related spans does) or stands in the planted
   sentence. Sites the clean article already flags with an expected code are not counted.
   Every copy is written to ``DIR/planted.jsonl``.
3. Timing (one process, after warm-up): ``check`` per 1,000 words over the articles, a
   1,000-word article, and a long concatenated article at 1x and 10x.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.common import DEFAULT_SHARED, best_time, read_jsonl, write_jsonl
from benchmarks.planting import SITE_FINDERS, Article, Plant, plants_for

BAR_PER_1000 = 0.2
"""Issue 5's bar: warning+ flags per 1,000 words on clean text."""
DETECTION_BAR = 0.80
_RANK = {"info": 0, "warning": 1, "error": 2}


def published_of(record: dict[str, Any]) -> date | None:
    """The record's publication date, or None when missing or empty."""
    value = record.get("date")
    return date.fromisoformat(value) if value else None


def words_of(record: dict[str, Any]) -> int:
    """Words of body and title, split on white space."""
    return len(record["text"].split()) + len((record.get("title") or "").split())


def _check(text: str, title: str, published: date | None) -> Any:
    from claimtrack.rules.engine import check

    return check(text, published=published, title=title or None)


def _sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    from claimtrack.text.sentences import SentenceIndex, split_sentences

    sentences = split_sentences(text)
    if not sentences:
        return 0, len(text)
    sentence = sentences[SentenceIndex(sentences).of(offset)]
    return sentence.start, sentence.end


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return (a[0] < b[1] and b[0] < a[1]) or a == b


def _at_site(flag: Any, plant: Plant, sentence: tuple[int, int]) -> bool:
    """Whether a flag points at the planted error: its span, its evidence, or its sentence."""
    site = plant.site if plant.site[0] < plant.site[1] else (plant.site[0], plant.site[0] + 1)
    spans = [(flag.field, flag.start, flag.end)] + [(r.field, r.start, r.end) for r in flag.related]
    for field, start, end in spans:
        if field == plant.field and (_overlaps((start, end), site) or _overlaps((start, end), sentence)):
            return True
    return False


def _flag_record(record: dict[str, Any], flag: Any) -> dict[str, Any]:
    field_text = record["text"] if flag.field == "text" else record.get("title") or ""
    start, end = _sentence_bounds(field_text, flag.start)
    return {
        "id": record["id"],
        "code": flag.code,
        "severity": flag.severity,
        "field": flag.field,
        "surface": field_text[flag.start : flag.end],
        "message": flag.message,
        "suggestion": flag.suggestion,
        "sentence": field_text[start:end],
    }


def _reference_verdict(plant: Plant, report: Any, text: str, title: str, published: date | None) -> bool:
    """For a scale slip: whether the reference data alone judges the planted figure implausible."""
    from claimtrack.reference import check_claim, story_geography

    claim = next((c for c in report.claims if c.field == plant.field and c.start == plant.start), None)
    if claim is None or claim.kind not in ("money", "count", "measure"):
        return False
    start, end = _sentence_bounds(text, claim.start)
    hint = story_geography(text, title)
    return check_claim(claim, text[start:end], published=published, geography_hint=hint) is not None


def _plant_result(record: dict[str, Any], clean: Any, plant: Plant) -> dict[str, Any]:
    text, title = record["text"], record.get("title") or ""
    published = published_of(record)
    new_text, new_title = plant.apply(text, title)
    report = _check(new_text, new_title, published)
    field_text = new_title if plant.field == "title" else new_text
    sentence = _sentence_bounds(field_text, plant.site[0])
    before = {(f.code, f.field, plant.moved(f.field, f.start), plant.moved(f.field, f.end)) for f in clean.flags}
    fresh = [f for f in report.flags if (f.code, f.field, f.start, f.end) not in before]
    clean_sentence = _sentence_bounds(title if plant.field == "title" else text, plant.start)
    preflagged = any(
        f.code in plant.expect and f.field == plant.field and _overlaps((f.start, f.end), clean_sentence)
        for f in clean.flags
    )
    at_site = [f for f in fresh if _at_site(f, plant, sentence)]
    result = {
        "id": record["id"],
        "kind": plant.kind,
        "expect": list(plant.expect),
        "field": plant.field,
        "old": plant.old,
        "new": plant.new,
        "sentence": field_text[sentence[0] : sentence[1]],
        "variant": plant.variant,
        "preflagged": preflagged,
        "detected": any(f.code in plant.expect for f in at_site),
        "any_at_site": any(_RANK[f.severity] >= 1 for f in at_site),
        "flags_at_site": [f"{f.code}: {f.message}" for f in at_site],
        "collateral": [f.code for f in fresh if _RANK[f.severity] >= 1 and f not in at_site],
    }
    if plant.kind == "scale_reference":
        result["reference_verdict"] = _reference_verdict(plant, report, new_text, new_title, published)
    return result


def run_article(record: dict[str, Any], seed: int, per_kind: int, plant: bool = True) -> dict[str, Any]:
    """Precision and planting results for one clean article; an exception in ``check`` is recorded."""
    try:
        return _run_article(record, seed, per_kind, plant)
    except Exception as error:  # noqa: BLE001  (a crash is a finding: record it and go on)
        message = f"{record['id']}: {type(error).__name__}: {error}"
        return {"words": words_of(record), "flags": {}, "false": [], "planted": [], "error": message}


def _run_article(record: dict[str, Any], seed: int, per_kind: int, plant: bool) -> dict[str, Any]:
    title = record.get("title") or ""
    published = published_of(record)
    clean = _check(record["text"], title, published)
    flags = Counter(f"{f.code}/{f.severity}" for f in clean.flags)
    false = [_flag_record(record, f) for f in clean.flags if _RANK[f.severity] >= 1]
    planted = []
    if plant:
        article = Article(record["text"], title, clean.claims, published)
        planted = [_plant_result(record, clean, p) for p in plants_for(article, seed, record["id"], per_kind)]
    return {"words": words_of(record), "flags": dict(flags), "false": false, "planted": planted}


def _run_all(records: list[dict[str, Any]], seed: int, per_kind: int, jobs: int) -> list[dict[str, Any]]:
    if jobs <= 1:
        return [run_article(r, seed, per_kind) for r in records]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(run_article, records, [seed] * len(records), [per_kind] * len(records), chunksize=4))


def precision_lines(results: list[dict[str, Any]], articles: int) -> tuple[list[str], dict[str, Any]]:
    """The precision report: flags per 1,000 words overall and per rule."""
    from claimtrack.rules import REGISTRY

    words = sum(r["words"] for r in results)
    counts: Counter[str] = Counter()
    for result in results:
        counts.update(result["flags"])
    false = [f for r in results for f in r["false"]]
    per_rule = Counter(f["code"] for f in false)
    rate = 1000 * len(false) / words if words else 0.0
    lines = [
        f"Precision: {articles} clean articles, {words:,} words",
        f"  flags at warning+: {len(false)} = {rate:.3f} per 1,000 words "
        f"(bar <= {BAR_PER_1000}) -> {'OK' if rate <= BAR_PER_1000 else 'OVER'}",
        f"  all flags by code/severity: {dict(sorted(counts.items()))}",
    ]
    for code, count in sorted(per_rule.items()):
        rule = REGISTRY.get(code)
        lines.append(
            f"  {code} {rule.name if rule else '?':<26} {count:4d} = {1000 * count / words:.3f} per 1,000 words"
        )
    summary = {"words": words, "false_flags": len(false), "per_1000": rate, "per_rule": dict(per_rule)}
    return lines, summary


def recall_lines(results: list[dict[str, Any]], false_rate: float) -> tuple[list[str], dict[str, Any]]:
    """Detection per kind of planted error and per expected rule."""
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    skipped: Counter[str] = Counter()
    for result in results:
        for plant in result["planted"]:
            if plant["preflagged"]:
                skipped[plant["kind"]] += 1
            else:
                rows[plant["kind"]].append(plant)
    lines = [
        f"Recall by planting (false-flag rate on the clean set: {false_rate:.3f} per 1,000 words)",
        f"  {'kind':<16} {'expect':<12} {'planted':>7} {'detected':>8} {'rate':>6} {'any w+ at site':>15} "
        f"{'collateral/copy':>15}",
    ]
    summary: dict[str, Any] = {}
    by_rule: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for kind in SITE_FINDERS:
        plants = rows.get(kind, [])
        found = sum(p["detected"] for p in plants)
        anywhere = sum(p["any_at_site"] for p in plants)
        collateral = sum(len(p["collateral"]) for p in plants)
        expect = "/".join(plants[0]["expect"]) if plants else "-"
        rate = found / len(plants) if plants else None
        shown = f"{rate:.2f}" if rate is not None else "  -"
        any_rate = f"{anywhere / len(plants):.2f}" if plants else "-"
        per_copy = f"{collateral / len(plants):.3f}" if plants else "-"
        note = f"  (+{skipped[kind]} pre-flagged, not counted)" if skipped[kind] else ""
        lines.append(
            f"  {kind:<16} {expect:<12} {len(plants):>7} {found:>8} {shown:>6} {any_rate:>15} {per_copy:>15}{note}"
        )
        summary[kind] = {"planted": len(plants), "detected": found, "rate": rate, "any_at_site": anywhere}
        variants = Counter(p["variant"] for p in plants if p["variant"])
        for variant, count in sorted(variants.items()):
            hits = sum(p["detected"] for p in plants if p["variant"] == variant)
            lines.append(f"  {'':<16} {variant}: {hits}/{count} = {hits / count:.2f}")
            summary[kind][variant] = {"planted": count, "detected": hits}
        if plants:
            by_rule[plants[0]["expect"][0]][0] += found
            by_rule[plants[0]["expect"][0]][1] += len(plants)
        if kind == "scale_reference" and plants:
            verdicts = sum(p.get("reference_verdict", False) for p in plants)
            lines.append(
                f"  {'':<16} reference data alone (check_claim on the planted claim): {verdicts}/{len(plants)} "
                f"= {verdicts / len(plants):.2f}"
            )
            summary[kind]["reference_verdict"] = verdicts
    lines.append("  by first expected rule: " + ", ".join(f"{c} {d}/{n}" for c, (d, n) in sorted(by_rule.items())))
    return lines, summary


def _timed_checks(records: list[dict[str, Any]]) -> tuple[float, float, int]:
    """Wall and CPU seconds spent in ``check`` over the records (one pass), and their words."""
    wall = cpu = 0.0
    for record in records:
        title, published = record.get("title") or "", published_of(record)
        start, start_cpu = time.perf_counter(), time.process_time()
        _check(record["text"], title, published)
        wall += time.perf_counter() - start
        cpu += time.process_time() - start_cpu
    return wall, cpu, sum(words_of(r) for r in records)


def _joined(records: Iterable[dict[str, Any]], words: int) -> str:
    parts, count = [], 0
    for record in records:
        parts.append(record["text"])
        count += len(record["text"].split())
        if count >= words:
            break
    return "\n\n".join(parts)


def timing_lines(records: list[dict[str, Any]]) -> tuple[list[str], dict[str, Any]]:
    """``check`` time per 1,000 words after warm-up, and at 1x / 10x of a long article."""
    for record in records[:5]:
        _check(record["text"], record.get("title") or "", published_of(record))
    seconds, cpu, words = _timed_checks(records)
    per_1000, cpu_per_1000 = 1e6 * seconds / words, 1e6 * cpu / words
    thousand = _joined(records, 1000)
    one_k_words = len(thousand.split())
    one_k = best_time(lambda: _check(thousand, "", None), repeat=5)
    one_k_cpu = best_time(lambda: _check(thousand, "", None), repeat=5, clock=time.process_time)
    long = _joined(records, 10_000)
    long_words = len(long.split())
    one_x = best_time(lambda: _check(long, "", None), repeat=2)
    ten = "\n\n".join([long] * 10)
    ten_x = best_time(lambda: _check(ten, "", None), repeat=1)
    lines = [
        "Timing (one process, after warm-up; wall time, CPU time in brackets)",
        f"  check over {len(records)} articles: {seconds:.2f} s ({cpu:.2f} s) for {words:,} words = "
        f"{per_1000:.1f} ms ({cpu_per_1000:.1f} ms) per 1,000 words",
        f"  one {one_k_words:,}-word article (articles joined): {one_k * 1000:.1f} ms ({one_k_cpu * 1000:.1f} ms); "
        f"bar < 40 ms per 1,000 words -> {'OK' if one_k_cpu * 1000 / one_k_words < 0.040 else 'OVER'}",
        f"  long article {long_words:,} words: 1x {one_x:.2f} s = {1e6 * one_x / long_words:.1f} ms/1k words; "
        f"10x {ten_x:.2f} s = {1e6 * ten_x / (10 * long_words):.1f} ms/1k words "
        f"(ratio 10x/1x = {ten_x / one_x:.1f}; linear would be 10)",
    ]
    summary = {
        "ms_per_1000_words": per_1000,
        "cpu_ms_per_1000_words": cpu_per_1000,
        "one_k_ms": one_k * 1000,
        "one_k_cpu_ms": one_k_cpu * 1000,
        "one_k_words": one_k_words,
        "long_words": long_words,
        "long_1x_s": one_x,
        "long_10x_s": ten_x,
    }
    return lines, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("news", nargs="?", default=str(DEFAULT_SHARED / "news" / "clean-dev.jsonl"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/checks"))
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--per-kind", type=int, default=3, help="at most this many plants per kind per article")
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args(argv)
    records = list(read_jsonl(args.news))[: args.limit]
    started = time.perf_counter()
    results = _run_all(records, args.seed, args.per_kind, args.jobs)
    lines, summary = precision_lines(results, len(records))
    recall, summary["recall"] = recall_lines(results, summary["per_1000"])
    lines += recall
    if not args.no_timing:
        timing, summary["timing"] = timing_lines(records)
        lines += timing
    errors = [r["error"] for r in results if "error" in r]
    if errors:
        lines.append(f"check raised on {len(errors)} articles (left out of every count above):")
        lines += [f"  {error}" for error in errors[:10]]
    lines.append(f"total time: {time.perf_counter() - started:.1f} s")
    print("\n".join(lines))
    write_jsonl(args.out / "false_flags.jsonl", (f for r in results for f in r["false"]))
    write_jsonl(args.out / "planted.jsonl", (p for r in results for p in r["planted"]))
    (args.out / "summary.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
