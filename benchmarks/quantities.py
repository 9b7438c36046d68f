"""Quantity benchmark: claimtrack's figures against gold quantity JSONL files.

Usage (from the repository root)::

    python -m benchmarks.quantities GOLD.jsonl [MORE.jsonl ...] [--out DIR]
        [--throughput NEWS.jsonl] [--scorers DIR]

For each gold file it runs ``claimtrack.extract`` on every record's text, maps the claims
to the gold quantity format (the mapping is written down in docs/reference/benchmarks.md),
writes the predictions and the scorer's value+unit misses to ``--out``, and prints the
shared scorer's table. Recognizers-Text files are scored without the cases marked
unsupported for python, and the currency and percent files only against predictions of
that kind. A ``recognizers-number`` file also gets the number-word check: ``parse_number``
on each gold surface. ``--throughput`` times figure extraction alone and the whole of
``claimtrack.extract`` on the news texts at 1x, 10x and 100x.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

import claimtrack
from benchmarks.common import load_scorer, read_jsonl, throughput_report, write_jsonl
from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.figures import find_figures, parse_number
from claimtrack.extractors.figures.vocab import vocabulary
from claimtrack.settings import Settings

APPROX = {"about": "~", "over": ">", "at_least": ">", "under": "<", "at_most": "<"}
DURATION = re.compile(r"P(?:T)?(\d+(?:\.\d+)?)([YMWDHS])")
DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "S": "second"}
NUMERAL = re.compile(
    r"\d|\b(?!an?\b)[a-z]*(?:teen|ty|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)\b",
    re.I,
)
# the scorer singularises regular plurals; these it cannot
SINGULAR = {"children": "child", "men": "man", "women": "woman", "feet": "foot", "mice": "mouse", "geese": "goose"}
MAJOR = re.compile(r"[$€£¥₹]|dollar|euro|pound|yen|yuan|rupee|franc", re.I)
KIND_FILTER = {"recognizers-currency": "money", "recognizers-percent": "percent"}
# gold sources in NewsQuant's format (see ``to_quantities``)
NEWSQUANT_SOURCES = frozenset({"newsquant"})


# pint symbols claimtrack keeps as unit names, written out as the scorer's canonical names
LONG_NAMES = {"ppm": "part per million", "ksi": "kilopound per square inch", "hp": "horsepower"}


def _unit_name(unit: str | None) -> str | None:
    if unit is None:
        return None
    return " per ".join(LONG_NAMES.get(part, part).replace("_", " ") for part in unit.split(" / "))


def _minor(text: str) -> tuple[str, float] | None:
    """The minor currency unit a money surface is written in ("50 cents" -> cent)."""
    lowered = text.lower()
    if MAJOR.search(lowered):
        return None
    for form, minor in vocabulary().minor.items():
        if re.search(rf"(?:^|[\s\d-]){re.escape(form)}\b", lowered):
            return minor.name, float(minor.per)
    return None


def _money(claim: Any, q: dict[str, Any], rates_as_units: bool) -> None:
    vocab = vocabulary()
    name = vocab.currency_names.get(claim.currency or "", claim.currency)
    if claim.currency is None:
        words = re.findall(r"[a-z]+", claim.text.lower())
        name = next((vocab.currency_ambiguous[w] for w in words if w in vocab.currency_ambiguous), None)
    minor = _minor(claim.text)
    if minor is not None:
        q["value"] = float(claim.value) * minor[1] if q["value"] is not None else None
        if q["range"]:
            q["range"] = [v * minor[1] for v in q["range"]]
        q["unit"], q["currency"] = minor[0], None
    else:
        q["unit"], q["currency"] = name, claim.currency
    per = claim.unit if claim.kind == "range" else claim.per
    if per:
        q["unit"] = f"{q['unit']} per {_unit_name(per)}"
        if minor is not None or rates_as_units:  # "63 cents per share": a rate as a compound unit
            q["kind"], q["currency"] = "measure", None


def to_quantities(claims: Any, *, newsquant: bool = False) -> list[dict[str, Any]]:
    """The gold-format quantities of a ClaimSet (see docs/reference/benchmarks.md).

    ``newsquant`` follows two conventions of NewsQuant's format that Recognizers-Text does
    not share: a money rate is a compound unit (``dollar per gallon``) with no currency, and
    a share of a group ("one out of three Germans", a count of value 1/3) has the unit
    ``% Germans``.
    """
    rates_as_units = shares_as_percent_units = newsquant
    direction: dict[str, str] = {}
    for change in claims.by_kind("change"):
        for target in (change.by, change.to, change.from_):
            if target is not None and target not in direction and change.direction != "flat":
                direction[target] = change.direction
    pairs = _from_to_pairs(claims)
    out = []
    for claim in claims:
        if claim.kind not in ("money", "percent", "count", "measure", "number", "range", "duration"):
            continue
        q: dict[str, Any] = {
            "surface": claim.text,
            "start": claim.start,
            "end": claim.end,
            "value": None,
            "range": None,
            "unit": None,
            "kind": claim.kind,
            "currency": None,
            "approx": APPROX.get(claim.approx or ""),
            "change": direction.get(claim.id),
        }
        kind = claim.of if claim.kind == "range" else claim.kind
        q["claim_kind"] = kind
        if claim.kind == "range":
            q["range"], q["kind"] = [float(claim.low), float(claim.high)], kind
        elif claim.kind == "duration":
            match = DURATION.fullmatch(claim.value)
            if match is None or not NUMERAL.search(claim.text):
                continue  # "a year", "a century": a unit without a figure
            unit = (
                "minute" if claim.value.startswith("PT") and match.group(2) == "M" else DURATION_UNITS[match.group(2)]
            )
            q["value"], q["unit"], q["kind"] = float(match.group(1)), unit, "dimension"
            high = DURATION.fullmatch(claim.high) if claim.high else None
            if high is not None:  # "one to two years": a range [1, 2] of years, as the gold writes it
                q["value"], q["range"] = None, [float(match.group(1)), float(high.group(1))]
        else:
            q["value"] = float(claim.value)
        if kind == "money":
            _money(claim, q, rates_as_units)
        elif kind == "percent":
            q["unit"] = "percent"
        elif kind == "count":
            q["unit"] = " ".join(SINGULAR.get(w.lower(), w) for w in (claim.unit or "").split()) or None
            if shares_as_percent_units and q["unit"] and q["value"] is not None and 0 < q["value"] < 1:
                q["unit"] = f"% {q['unit']}"  # "one out of three Germans": a share of a group
        elif kind == "measure":
            q["unit"] = _unit_name(claim.unit)
        q["id"] = claim.id
        out.append(q)
    return _merge_from_to(out, pairs)


def _from_to_pairs(claims: Any) -> dict[str, str]:
    """``from`` id -> ``to`` id of each change that links two single figures of one kind."""
    by_id = {claim.id: claim for claim in claims}
    pairs = {}
    for change in claims.by_kind("change"):
        start, end = by_id.get(change.from_ or ""), by_id.get(change.to or "")
        if start is None or end is None or start.kind != end.kind or start.kind in ("range", "percent"):
            continue
        pairs[start.id] = end.id
    return pairs


def _merge_from_to(quantities: list[dict[str, Any]], pairs: dict[str, str]) -> list[dict[str, Any]]:
    """NewsQuant writes "fell from $2,415 to $2,315" as one range, [from, to], in the to's unit."""
    by_id = {q["id"]: q for q in quantities}
    merged: dict[str, dict[str, Any]] = {}
    for first, second in pairs.items():
        a, b = by_id.get(first), by_id.get(second)
        if a is None or b is None or a["value"] is None or b["value"] is None:
            continue
        merged[first] = merged[second] = {
            **b,
            "surface": None,
            "start": min(a["start"], b["start"]),
            "end": max(a["end"], b["end"]),
            "value": None,
            "range": [a["value"], b["value"]],
        }
    out, seen = [], set()
    for q in quantities:
        q = merged.get(q["id"], q)
        if id(q) not in seen:
            seen.add(id(q))
            out.append(q)
    return out


def predict(path: Path, title_field: bool = False) -> list[dict[str, Any]]:
    """Prediction records for one gold file."""
    return [
        {
            "id": r["id"],
            "quantities": to_quantities(claimtrack.extract(r["text"]), newsquant=r.get("source") in NEWSQUANT_SOURCES),
        }
        for r in read_jsonl(path)
    ]


def number_word_accuracy(path: Path) -> tuple[int, int, list[str]]:
    """``parse_number`` on the gold surfaces of a Recognizers number file (python cases)."""
    good = total = 0
    misses = []
    for record in read_jsonl(path):
        if "python" in ((record.get("meta") or {}).get("not_supported") or []):
            continue
        for q in record["quantities"]:
            if q.get("surface") is None or q.get("value") is None:
                continue
            total += 1
            value = parse_number(q["surface"])
            if value is not None and abs(float(value) - q["value"]) <= 1e-6 * max(1.0, abs(q["value"])):
                good += 1
            else:
                misses.append(f"{q['surface']!r}: gold {q['value']}, got {value}")
    return good, total, misses


def score_file(path: Path, out: Path, scorers: str | None) -> None:
    """Predict, score and print one gold file."""
    scorer = load_scorer("score_quantities", scorers)
    preds = predict(path)
    stem = path.stem
    keep = next((k for prefix, k in KIND_FILTER.items() if stem.startswith(prefix)), None)
    if keep:
        for record in preds:
            record["quantities"] = [q for q in record["quantities"] if q["claim_kind"] == keep]
    write_jsonl(out / f"{stem}.pred.jsonl", preds)
    gold = {r["id"]: r for r in read_jsonl(path)}
    errors: list[dict[str, Any]] = []
    exclude = "python" if stem.startswith("recognizers") else None
    result = scorer.score(gold, {r["id"]: r for r in preds}, exclude, errors)
    write_jsonl(out / f"{stem}.errors.jsonl", errors)
    print(scorer.format_table(result, f"{stem}{' (kinds: ' + keep + ')' if keep else ''}"))
    if stem.startswith("recognizers-number"):
        good, total, misses = number_word_accuracy(path)
        print(f"  number-word parser: {good}/{total} = {good / max(total, 1):.3f} accuracy")
        for miss in misses[:20]:
            print(f"    miss {miss}")
    print()


def throughput(path: Path) -> None:
    """Characters per second of figure extraction alone and of the whole extraction."""
    texts = [r["text"] for r in read_jsonl(path) if r.get("text")]
    settings = Settings()
    contexts: dict[str, FieldContext] = {}

    def figures_only(text: str) -> object:
        ctx = contexts.get(text)
        if ctx is None:
            ctx = contexts[text] = FieldContext.build(text, "text", None, settings)
        return find_figures(ctx)

    for line in throughput_report("find_figures (sentences split beforehand)", texts, figures_only):
        print(line)
    contexts.clear()
    for line in throughput_report("claimtrack.extract (all families)", texts, claimtrack.extract):
        print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    parser.add_argument("--throughput", type=Path, help="news JSONL (field 'text') to time")
    parser.add_argument("--scorers", help="folder of the shared scorers")
    args = parser.parse_args(argv)
    for path in args.gold:
        score_file(path, args.out, args.scorers)
    if args.throughput:
        throughput(args.throughput)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
