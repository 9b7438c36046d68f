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
    An end written "now" ("between now and Feb. 10") is written PRESENT_REF, as TimeML does.
    A week is written unpadded ("2000-W7"), as the TimeML corpora write weeks.
    A decade "199" is written "199X", as the TempEval TIMEX3 data writes decades.
  * a ``date`` claim whose value is a duration (a set: "daily" -> P1D, role period) -> type SET;
    "now" / "the future" / "the past" claims carry TimeML's PRESENT_REF / FUTURE_REF / PAST_REF.
  * a ``duration`` claim -> type DURATION, value = its ISO 8601 duration (P90D); a fractional
    hour is written in hours and minutes, as TimeML does (PT5.5H -> PT5H30M).
  * gold DATE values are compared after dropping trailing unspecified fields after a concrete
    year or month ("1968-XX" -> "1968"), since the annotators write a year both ways; the
    value F1 against the gold as written is printed too.
  * other claims are not temporal and are not written.
Recognizers accuracy: a gold case is right when some date/duration claim overlaps its span
and (date) the claim's value equals ``timex`` (its X parts are wildcards) or one of ``values`` (a gold span
that overlaps only one end of an interval claim is compared with that end, split as for TIMEX3:
"from 2015 and 2016" against "2015" and "2016"); (daterange) the same,
or the claim's [start_date, end_date + 1 day) (or [start_date, end_date], as Recognizers
writes day ranges, or for a month interval "2020-05/2020-10" [start_date, first day of the last
month), as Recognizers writes "from May to Oct 2020") equals one of the ``values`` pairs or the
interval in ``timex`` "(start,end,P..)" — an open pair [start, None] is met by a "since"
claim with that start, [None, end] by an "until"/"deadline" claim with that end; (duration)
the ISO value matches ``timex`` by the scorer's duration rule, an X amount in our value
("a few hours" PTXH) being a wildcard for Recognizers' conventional amount (PT3H).
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


_FRACTIONAL_HOURS = re.compile(r"^PT(\d{1,4})\.(\d{1,2})H$")


def timex_value(claim: Any, value: str | None = None) -> str:
    """The TIMEX3 value of a date or duration claim (or of one end ``value`` of an interval).

    A range of lengths ("one to two years": ``high`` P2Y) is written with its ``value`` (P1Y).
    """
    value = claim.value if value is None else value
    assert value is not None
    if claim.kind == "duration" and (hours := _FRACTIONAL_HOURS.match(value)):
        minutes = round(float("0." + hours[2]) * 60)  # TimeML writes "5 1/2 hours" PT5H30M, not PT5.5H
        return f"PT{hours[1]}H{minutes}M" if hours[1] != "0" else f"PT{minutes}M"
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
    is_set = claim.value.startswith("P") and not claim.value.endswith("_REF")  # PRESENT_REF is a DATE
    kind = "DURATION" if claim.kind == "duration" else "SET" if is_set else "DATE"
    one = {"surface": claim.text, "start": claim.start, "end": claim.end, "type": kind, "value": timex_value(claim)}
    if claim.kind != "date" or claim.value.count("/") != 1:
        return [one]
    joints = list(_WORD_JOINT.finditer(claim.text)) or list(_DASH_JOINT.finditer(claim.text))
    if not joints:
        return [one]
    joint = joints[-1]
    first, last = claim.value.split("/")
    # an end written "now" ("between now and Feb. 10") is TimeML's PRESENT_REF, not the day
    first = "PRESENT_REF" if claim.text[: joint.start()].strip().lower() == "now" else first
    last = "PRESENT_REF" if claim.text[joint.end() :].strip().lower() == "now" else last
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


_TRAILING_UNKNOWN = re.compile(r"^(\d{4}(?:-\d{2})?)(?:-XX){1,2}$")


def canonical_gold(value: str) -> str:
    """A gold DATE value with trailing unspecified fields dropped: "1968-XX" -> "1968".

    TimeML annotators write a year either way ("1968" or "1968-XX", "1994-XX-XX"): both name
    the year and nothing finer, so both are scored as the bare year (only trailing all-X
    fields after concrete ones; "XXXX-05" and "1998-10-XX" keep what they specify).

    >>> canonical_gold("1968-XX"), canonical_gold("1994-XX-XX"), canonical_gold("1998-10-XX"), canonical_gold("1998")
    ('1968', '1994', '1998-10', '1998')
    """
    return _TRAILING_UNKNOWN.sub(r"\1", value)


def _canonical(gold: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, record in gold.items():
        timexes = [
            {**t, "value": canonical_gold(t["value"])} if t.get("type") == "DATE" and t.get("value") else t
            for t in record.get("timexes", [])
        ]
        out[key] = {**record, "timexes": timexes}
    return out


def score_unified(path: str, out: Path | None) -> list[str]:
    scorer = load_scorer("score_temporal")
    gold = scorer.load([path])
    preds = [predict(r) for r in gold.values()]
    if out is not None:
        write_jsonl(out / f"{Path(path).stem}.pred.jsonl", preds)
    as_written, _ = scorer.score(gold, {p["id"]: p for p in preds})
    result, errors = scorer.score(_canonical(gold), {p["id"]: p for p in preds})
    if out is not None:
        write_jsonl(out / f"{Path(path).stem}.errors.jsonl", errors)
    lines = [f"{Path(path).name}: gold={result['n_gold']} pred={result['n_pred']}"]
    for level in ("overlap", "strict", "value"):
        x = result[level]
        lines.append(f"  {level:8s} P={x['p']:.3f} R={x['r']:.3f} F1={x['f1']:.3f} (tp={x['tp']})")
    x = as_written["value"]
    lines.append(f"  (value with gold years as written, 1968-XX != 1968: F1={x['f1']:.3f} tp={x['tp']})")
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
        for mine in (ours, ours_from_start, [ours[0], claim.end_date.isoformat()]):  # end exclusive, or the last day
            if len(pair) == 2 and all(isinstance(g, str) and _wild_eq(g, o) for g, o in zip(pair, mine, strict=True)):
                return True  # X in a gold end is a wildcard ("XXXX-10-01"), as for dates
        if pair[1] is None and pair[0] == ours[0] and claim.role == "since":  # open end: "since May"
            return True
        if pair[0] is None and pair[1] in (ours[1], claim.end_date.isoformat()) and claim.role in ("until", "deadline"):
            return True
    return False


def _wild_eq(gold: str, ours: str) -> bool:
    return len(gold) == len(ours) and all(g in ("X", o) for g, o in zip(gold, ours, strict=True))


def case_right(claims: list[Any], gold: dict[str, Any], scorer: Any) -> bool:
    """Whether some claim overlapping the gold span carries the gold value (see the module doc)."""
    for claim in claims:
        if claim.kind not in ("date", "duration"):
            continue
        if min(claim.end, gold["end"]) <= max(claim.start, gold["start"]):
            continue
        values = [v for v in gold.get("values", []) if isinstance(v, str)]
        if gold["type"] == "duration":
            if claim.kind == "duration" and (
                scorer.duration_match(gold["timex"], claim.value)
                or ("X" in claim.value and scorer.duration_match(claim.value, gold["timex"]))
            ):
                return True  # an unspecified amount ("a few hours" PTXH) meets Recognizers' PT3H
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
        if _one_end_right(claim, gold, values, scorer):
            return True
    return False


def _one_end_right(claim: Any, gold: dict[str, Any], values: list[str], scorer: Any) -> bool:
    """A gold span that overlaps only one end of an interval claim is scored against that end.

    The same split as the TIMEX3 mapping: "from 2015 and 2016" is one interval claim, and
    Recognizers annotates "2015" and "2016" separately.
    """
    ends = timexes(claim)
    if len(ends) != 2:
        return False
    hit = [e for e in ends if min(e["end"], gold["end"]) > max(e["start"], gold["start"])]
    if len(hit) != 1:
        return False
    value = hit[0]["value"]
    return bool(value == gold["timex"] or value in values or scorer._wild_eq(gold["timex"], value))


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
