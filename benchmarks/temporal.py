"""Temporal benchmark: date and duration claims scored as TimeML TIMEX3 annotations.

Usage (from the repository root)::

    python -m benchmarks.temporal GOLD.jsonl [GOLD2.jsonl ...] [--out DIR] [--news NEWS.jsonl]

For a gold file in the unified temporal format (``aquaint-dev.jsonl``) every record's text is
run through ``claimtrack.extract(text, published=dct)`` and scored with the shared scorer
``score_temporal``. For a Recognizers-Text file (``recognizers-datetime.jsonl``: records with
``not_supported``, timexes with ``timex`` and ``values``) the script reports accuracy on the
date, daterange and duration cases that Python is not excused from.

Mapping (claims -> TIMEX3), as written in docs/reference/benchmarks.md:
  * a ``date`` claim -> type DATE, value = the claim's ISO value; a fiscal value "FY2026"
    is written "2026" (TimeML has no fiscal calendar); an interval "A/B" -> its first end A
    (TimeML annotates the two ends as two timexes): the claim is written as two timexes, one
    per end, split at its joint ("1982 and 1992" -> "1982", "1992"; "2012-13" -> "2012", "13").
    A week is written unpadded ("2000-W7"), as the TimeML corpora write weeks.
    A decade "199" is written "199X", as the TempEval TIMEX3 data writes decades.
  * a ``date`` claim whose value is a duration (a set: "daily" -> P1D, role period) -> type SET;
    "now" / "the future" / "the past" claims carry TimeML's PRESENT_REF / FUTURE_REF / PAST_REF.
  * a ``duration`` claim -> type DURATION, value = its ISO 8601 duration (P90D).
  * other claims are not temporal and are not written.
Recognizers accuracy: a gold case is right when some date/duration claim overlaps its span
and (date) the claim's value equals ``timex`` (its X parts are wildcards) or one of ``values``; (daterange) the same,
or the claim's [start_date, end_date + 1 day) (or [start_date, end_date], as Recognizers
writes day ranges, or for a month interval "2020-05/2020-10" [start_date, first day of the last
month), as Recognizers writes "from May to Oct 2020") equals one of the ``values`` pairs or the
interval in ``timex`` "(start,end,P..)" — an open pair [start, None] is met by a "since"
claim with that start, [None, end] by an "until"/"deadline" claim with that end; (duration)
the ISO value matches ``timex`` by the scorer's duration rule.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import claimtrack
from benchmarks.common import DEFAULT_SHARED, load_scorer, read_jsonl, throughput_report, write_jsonl
from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.dates import find_dates
from claimtrack.settings import DEFAULT_SETTINGS

_WEEK = re.compile(r"^(\d{4})-W0?(\d{1,2})")
_WORD_JOINT = re.compile(r"\s{1,3}(?:to|through|thru|until|till|and)\s{1,3}(?:the\s{1,3})?")
_DASH_JOINT = re.compile(r"\s{0,3}[-–—]\s{0,3}")


def timex_value(claim: Any, value: str | None = None) -> str:
    """The TIMEX3 value of a date or duration claim (or of one end ``value`` of an interval)."""
    value = claim.value if value is None else value
    assert value is not None
    if claim.kind == "date":
        value = value.split("/", 1)[0]
        if value.startswith("FY"):
            value = value[2:]
        if len(value) == 3 and value.isdigit():  # TempEval's TIMEX3 writes the 1990s as 199X
            value += "X"
        value = _WEEK.sub(r"\1-W\2", value)  # the TimeML corpora write weeks unpadded: 2000-W7
    return value


def timexes(claim: Any) -> list[dict[str, Any]]:
    """The TIMEX3 annotations of one claim: an interval is two, one per end (as TimeML writes it)."""
    kind = "DURATION" if claim.kind == "duration" else "SET" if claim.value.startswith("P") else "DATE"
    one = {"surface": claim.text, "start": claim.start, "end": claim.end, "type": kind, "value": timex_value(claim)}
    if claim.kind != "date" or claim.value.count("/") != 1:
        return [one]
    joints = list(_WORD_JOINT.finditer(claim.text)) or list(_DASH_JOINT.finditer(claim.text))
    if not joints:
        return [one]
    joint = joints[-1]
    first, last = claim.value.split("/")
    return [
        {
            **one,
            "surface": claim.text[: joint.start()],
            "end": claim.start + joint.start(),
            "value": timex_value(claim, first),
        },
        {
            **one,
            "surface": claim.text[joint.end() :],
            "start": claim.start + joint.end(),
            "value": timex_value(claim, last),
        },
    ]


def temporal_claims(text: str, dct: str | None) -> list[Any]:
    """The claims of one text: all of ``claimtrack.extract``, or only ``find_dates`` with --dates-only."""
    if DATES_ONLY:
        published = date.fromisoformat(dct) if dct else None
        return list(find_dates(FieldContext.build(text, "text", published, DEFAULT_SETTINGS)))
    return list(claimtrack.extract(text, published=dct or None))


DATES_ONLY = False


def predict(record: dict[str, Any]) -> dict[str, Any]:
    """One prediction record in the unified temporal format."""
    claims = temporal_claims(record["text"], record.get("dct"))
    found = [t for c in claims if c.kind in ("date", "duration") and c.field == "text" for t in timexes(c)]
    return {"id": record["id"], "dct": record.get("dct"), "text": record["text"], "timexes": found}


def score_unified(path: str, out: Path | None) -> list[str]:
    scorer = load_scorer("score_temporal")
    gold = scorer.load([path])
    preds = [predict(r) for r in gold.values()]
    if out is not None:
        write_jsonl(out / f"{Path(path).stem}.pred.jsonl", preds)
    result, errors = scorer.score(gold, {p["id"]: p for p in preds})
    if out is not None:
        write_jsonl(out / f"{Path(path).stem}.errors.jsonl", errors)
    lines = [f"{Path(path).name}: gold={result['n_gold']} pred={result['n_pred']}"]
    for level in ("overlap", "strict", "value"):
        x = result[level]
        lines.append(f"  {level:8s} P={x['p']:.3f} R={x['r']:.3f} F1={x['f1']:.3f} (tp={x['tp']})")
    for kind, v in result["recall_by_gold_type"].items():
        lines.append(f"  {kind:9s} n={v['gold']:5d} overlap_R={v['overlap_r']:.3f} value_R={v['value_r']:.3f}")
    return lines


def _range_ok(claim: Any, gold: dict[str, Any]) -> bool:
    if claim.kind != "date" or claim.start_date is None or claim.end_date is None:
        return False
    ours = [claim.start_date.isoformat(), (claim.end_date + timedelta(days=1)).isoformat()]
    last = claim.value.split("/")[-1] if "/" in claim.value else ""
    # "May to Oct 2020": Recognizers ends a month interval at the start of its last month
    ours_from_start = [ours[0], f"{last}-01"] if len(last) == 7 and last[:4].isdigit() else ours
    pairs = [list(v) for v in gold.get("values", []) if isinstance(v, list)]
    timex = gold.get("timex", "")
    if timex.startswith("(") and timex.count(",") == 2:
        pairs.append(timex.strip("()").split(",")[:2])
    for pair in pairs:
        if pair in (ours, ours_from_start, [ours[0], claim.end_date.isoformat()]):  # end exclusive, or the last day
            return True
        if pair[1] is None and pair[0] == ours[0] and claim.role == "since":  # open end: "since May"
            return True
        if pair[0] is None and pair[1] in (ours[1], claim.end_date.isoformat()) and claim.role in ("until", "deadline"):
            return True
    return False


def case_right(claims: list[Any], gold: dict[str, Any], scorer: Any) -> bool:
    """Whether some claim overlapping the gold span carries the gold value (see the module doc)."""
    for claim in claims:
        if claim.kind not in ("date", "duration"):
            continue
        if min(claim.end, gold["end"]) <= max(claim.start, gold["start"]):
            continue
        values = [v for v in gold.get("values", []) if isinstance(v, str)]
        if gold["type"] == "duration":
            if claim.kind == "duration" and scorer.duration_match(gold["timex"], claim.value):
                return True
            continue
        if claim.kind != "date":
            continue
        if claim.value == gold["timex"] or claim.value in values or scorer._wild_eq(gold["timex"], claim.value):
            return True
        if (
            claim.start_date is not None
            and claim.start_date == claim.end_date
            and claim.start_date.isoformat() in values
        ):
            return True
        if gold["type"] == "daterange" and _range_ok(claim, gold):
            return True
    return False


def score_recognizers(path: str, out: Path | None) -> list[str]:
    scorer = load_scorer("score_temporal")
    totals: dict[str, list[int]] = {}
    wrong: list[dict[str, Any]] = []
    for record in read_jsonl(path):
        if "python" in (record.get("not_supported") or ""):
            continue
        cases = [t for t in record["timexes"] if t["type"] in ("date", "daterange", "duration")]
        if not cases:
            continue
        claims = temporal_claims(record["text"], record.get("dct"))
        for gold in cases:
            ok = case_right(claims, gold, scorer)
            totals.setdefault(gold["type"], [0, 0])
            totals[gold["type"]][0] += ok
            totals[gold["type"]][1] += 1
            if not ok:
                got = [(c.text, c.value) for c in claims if c.kind in ("date", "duration")]
                wrong.append({"text": record["text"], "dct": record.get("dct"), "gold": gold, "got": got})
    if out is not None:
        write_jsonl(out / f"{Path(path).stem}.wrong.jsonl", wrong)
    right = sum(v[0] for v in totals.values())
    count = sum(v[1] for v in totals.values())
    lines = [f"{Path(path).name}: accuracy {right}/{count} = {right / max(count, 1):.3f}"]
    for kind, (ok, n) in sorted(totals.items()):
        lines.append(f"  {kind:9s} {ok}/{n} = {ok / max(n, 1):.3f}")
    return lines


def throughput(news: str) -> list[str]:
    records = list(read_jsonl(news))
    texts = [r["text"] for r in records if r.get("text")]
    published = date(2025, 6, 9)

    def run_one(text: str) -> object:
        return find_dates(FieldContext.build(text, "text", published, DEFAULT_SETTINGS))

    return throughput_report("find_dates (incl. sentence split)", texts, run_one)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--news", default=str(DEFAULT_SHARED / "news" / "clean-dev.jsonl"))
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--dates-only", action="store_true", help="run find_dates alone, not the whole extract")
    args = parser.parse_args(argv)
    global DATES_ONLY
    DATES_ONLY = args.dates_only
    for path in args.gold:
        first = next(read_jsonl(path), {})
        lines = score_recognizers(path, args.out) if "not_supported" in first else score_unified(path, args.out)
        print("\n".join(lines))
    if not args.no_speed and Path(args.news).exists():
        print("\n".join(throughput(args.news)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
