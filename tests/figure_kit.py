"""Helpers shared by the figure tests: the figures of a text as a body, and one of them.

By default the figures come from ``find_figures`` alone; ``pipeline=True`` runs the whole
``claimtrack.extract`` (where dates reserve their spans first), published 2026-11-25.
"""

from __future__ import annotations

from typing import Any

import claimtrack
from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.figures import find_figures
from claimtrack.settings import Settings

FIGURES = frozenset({"money", "percent", "count", "measure", "number", "range"})
"""The figure kinds (``find_figures`` also gives changes)."""
PUBLISHED = "2026-11-25"


def claims(text: str, *, pipeline: bool = False) -> list[Any]:
    """Every claim found in ``text`` as a body, each span checked."""
    if pipeline:
        found = list(claimtrack.extract(text, published=PUBLISHED).claims)
    else:
        found = find_figures(FieldContext.build(text, "text", None, Settings()))
    for claim in found:
        assert claim.text == text[claim.start : claim.end]
    return found


def figures(text: str, *, pipeline: bool = False) -> list[Any]:
    """The figure claims of ``text`` (no changes, dates or statements)."""
    return [c for c in claims(text, pipeline=pipeline) if c.kind in FIGURES]


def only(text: str, surface: str, *, pipeline: bool = False) -> Any:
    """The one figure of ``text`` written ``surface``; fails when there is none or more."""
    found = [c for c in figures(text, pipeline=pipeline) if c.text == surface]
    listed = [(c.kind, c.text) for c in figures(text, pipeline=pipeline)]
    assert len(found) == 1, f"{surface!r} not found once in {listed}"
    return found[0]
