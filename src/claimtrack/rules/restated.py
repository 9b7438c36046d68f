"""Sentences written twice: the same words, dates included, around other figures.

A sentence repeated word for word except for its figures says the same thing twice, so its
figures must agree (CT301). Each sentence's words are read with its figures masked by kind;
a sentence needs :data:`RESTATED_MIN_WORDS` other words to be recognised, so a short "Costs
were $5m." is not matched with every other one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from claimtrack.model import FIGURE_KINDS, Claim
from claimtrack.rules.context import RuleContext

RESTATED_MIN_WORDS = 8
"""A sentence needs this many words besides its figures to be recognised when repeated."""
_TOKEN = regex.compile(r"\x00\w{1,12}|[^\W\d_]{1,40}|\d{1,40}")


def _sentence_figures(claims: Sequence[Claim]) -> dict[int, list[Claim]]:
    """The body's figures, grouped by sentence, in text order."""
    grouped: dict[int, list[Claim]] = {}
    for claim in claims:
        if claim.field == "text" and claim.kind in FIGURE_KINDS:
            grouped.setdefault(claim.sentence, []).append(claim)
    for figures in grouped.values():
        figures.sort(key=lambda claim: claim.start)
    return grouped


def _masked_words(sentence_text: str, offset: int, figures: list[Claim]) -> tuple[str, ...] | None:
    """A sentence's words with each figure replaced by its kind; None for a short sentence."""
    pieces: list[str] = []
    cursor = 0
    for figure in figures:
        start, end = figure.start - offset, figure.end - offset
        if start < cursor or end > len(sentence_text):
            return None  # overlapping or misplaced spans: no reliable mask
        pieces.extend((sentence_text[cursor:start], f" \x00{figure.kind} "))
        cursor = end
    pieces.append(sentence_text[cursor:])
    words = tuple(token.lower() for token in _TOKEN.findall("".join(pieces)))
    plain = sum(1 for word in words if not word.startswith("\x00"))
    return words if plain >= RESTATED_MIN_WORDS else None


def restated_sentences(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[tuple[list[Claim], list[Claim]]]:
    """Pairs (earlier, later) of the figure lists of two body sentences with the same words.

    The figures of each list are in text order, so they pair up place by place.
    """
    sentences = ctx.sentences("text")
    seen: dict[tuple[str, ...], list[Claim]] = {}
    for index, figures in sorted(_sentence_figures(claims).items()):
        if index >= len(sentences):
            continue
        sentence = sentences[index]
        key = _masked_words(sentence.text, sentence.start, figures)
        if key is None:
            continue
        earlier = seen.setdefault(key, figures)
        if earlier is not figures:
            yield earlier, figures
