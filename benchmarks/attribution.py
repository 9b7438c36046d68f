"""Attribution benchmark: statements against a gold JSONL of attributions (PolNeAR format).

Usage (from the repository root)::

    python -m benchmarks.attribution GOLD.jsonl [--out DIR] [--news NEWS.jsonl]

Mapping (also in docs/reference/benchmarks.md, section "Attribution"): every statement claim
of the record's text becomes one attribution. The gold marks the speaker *mention* and, for
pronouns only, its antecedent; so ``speaker`` is the mention as written (up to a first
comma, i.e. without an appositive) when the mention is a name or a noun phrase, and the
resolved canonical name when the mention is a pronoun (the pronoun itself when it stayed
unresolved); a statement with no speaker phrase gives its resolved speaker or null.
``speaker_start``/``speaker_end`` are the speaker phrase; ``cue`` and its offsets;
``content`` with ``content_start``/``content_end`` and ``content_spans`` (the quote pieces
of an interrupted quote, else the one content span); ``direct``.

The gold ``speaker`` is the mention as written ("he" for a pronoun), so the primary figures
map every speaker phrase to its surface; the script also prints the speaker figures with
pronouns replaced by claimtrack's resolved names (``--resolve-pronouns`` makes that the
written mapping), which measures the coreference step too.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from benchmarks.common import DEFAULT_SHARED, load_scorer, read_jsonl, throughput_report, write_jsonl

_PRONOUNS = frozenset({"he", "she", "it", "they", "i", "we", "who", "which", "you"})


def to_attribution(claim: Any, text: str, resolve_pronouns: bool = False) -> dict[str, Any]:
    """One gold-style attribution from a statement claim."""
    speaker = claim.speaker
    if claim.speaker_start is not None:
        surface = text[claim.speaker_start : claim.speaker_end].split(",")[0].strip()
        if speaker is None or not resolve_pronouns or surface.lower() not in _PRONOUNS:
            speaker = surface
    spans = [list(s) for s in claim.content_spans] or [[claim.content_start, claim.content_end]]
    return {
        "speaker": speaker,
        "speaker_start": claim.speaker_start,
        "speaker_end": claim.speaker_end,
        "cue": claim.cue,
        "cue_start": claim.cue_start,
        "cue_end": claim.cue_end,
        "content": claim.content,
        "content_start": claim.content_start,
        "content_end": claim.content_end,
        "content_spans": spans,
        "direct": claim.direct,
    }


def _statements_only(text: str) -> list[Any]:
    from claimtrack.extractors.context import FieldContext
    from claimtrack.extractors.statements import find_statements
    from claimtrack.settings import DEFAULT_SETTINGS

    return find_statements(FieldContext.build(text, "text", None, DEFAULT_SETTINGS))


def predict(
    records: list[dict[str, Any]], statements_only: bool = False, resolve_pronouns: bool = False
) -> list[dict[str, Any]]:
    import claimtrack

    out = []
    for record in records:
        text = record["text"]
        statements = _statements_only(text) if statements_only else claimtrack.extract(text).by_kind("statement")
        atts = [to_attribution(c, text, resolve_pronouns) for c in statements]
        out.append({"id": record["id"], "attributions": atts})
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold")
    parser.add_argument("--out", default=None, help="folder for predictions.jsonl")
    parser.add_argument("--news", default=str(DEFAULT_SHARED / "news" / "clean-dev.jsonl"))
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--resolve-pronouns", action="store_true", help="write resolved names for pronouns")
    parser.add_argument(
        "--statements-only", action="store_true", help="run find_statements alone instead of claimtrack.extract"
    )
    args = parser.parse_args(argv)
    gold = list(read_jsonl(args.gold))
    predictions = predict(gold, args.statements_only, args.resolve_pronouns)
    if args.out:
        write_jsonl(Path(args.out) / "predictions.jsonl", predictions)
    scorer = load_scorer("score_attribution")
    result = scorer.score(gold, predictions)
    content = result["content"]
    print(f"content F1:                 {content['f1']:.3f} (P {content['p']:.3f}, R {content['r']:.3f})")
    print(f"content+speaker F1:         {result['content+speaker']['f1']:.3f}")
    print(f"speaker accuracy | content: {result['speaker_acc_given_content']:.3f}")
    print(f"content exact F1:           {result['content_exact']['f1']:.3f}")
    print(f"full (content+speaker+cue): {result['full']['f1']:.3f}")
    print("content recall by gold direct:", result["content_recall_by_direct"])
    other = scorer.score(gold, predict(gold, args.statements_only, not args.resolve_pronouns))
    label = "surface pronouns" if args.resolve_pronouns else "pronouns resolved"
    print(
        f"with {label}: content+speaker F1 {other['content+speaker']['f1']:.3f}, "
        f"speaker accuracy | content {other['speaker_acc_given_content']:.3f}"
    )
    print("content+speaker recall by gold speaker kind:", result["speaker_recall_by_kind"])
    if not args.no_speed and Path(args.news).exists():
        from claimtrack.extractors.context import FieldContext
        from claimtrack.extractors.statements import find_statements
        from claimtrack.settings import DEFAULT_SETTINGS

        texts = [r["text"] for r in read_jsonl(args.news)]

        def run_one(text: str) -> object:
            return find_statements(FieldContext.build(text, "text", None, DEFAULT_SETTINGS))

        for line in throughput_report("find_statements (incl. sentence split)", texts, run_one):
            print(line)


if __name__ == "__main__":
    main()
