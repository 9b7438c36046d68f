"""Plausibility against reference magnitudes: CT201-CT203 (documented; logic is another issue).

These rules need the reference-magnitude data files; they are registered so that
selection, documentation and ``claimtrack rule CODE`` know them, and emit nothing yet.
"""

from __future__ import annotations

from claimtrack.rules.registry import Rule, RuleDocs, register

_FAMILY = "plausibility"
_NOT_YET = "Not implemented yet (plausibility has its own issue): emits nothing."

register(
    Rule(
        code="CT201",
        name="implausible-magnitude",
        family=_FAMILY,
        severity="warning",
        summary="A value implausible for its subject against the reference magnitudes, with the scale fix.",
        docs=RuleDocs(
            what_it_does="Compares a figure with the reference magnitude of its subject and suggests the scale fix.",
            why_is_this_bad="A figure a thousand times too large or small is a scale-word slip readers may repeat.",
            example="Iceland's exports reached $6.1 trillion last year.",
            use_instead="Iceland's exports reached $6.1 billion last year.",
            known_problems=_NOT_YET,
        ),
    )
)
register(
    Rule(
        code="CT202",
        name="part-exceeds-whole",
        family=_FAMILY,
        severity="error",
        summary="A part larger than its whole in the same text.",
        docs=RuleDocs(
            what_it_does="Flags a figure for a part that is larger than the figure for its whole.",
            why_is_this_bad="A part cannot be larger than the whole it belongs to.",
            example="Of the firm's 300 staff, 450 work remotely.",
            use_instead="Of the firm's 300 staff, 150 work remotely.",
            known_problems=_NOT_YET,
        ),
    )
)
register(
    Rule(
        code="CT203",
        name="people-over-population",
        family=_FAMILY,
        severity="error",
        summary="A count of people larger than the population it belongs to.",
        docs=RuleDocs(
            what_it_does="Compares a count of people with the population of the place it belongs to.",
            why_is_this_bad="More people than live somewhere cannot be affected there.",
            example="Nine million Icelanders lost power.",
            use_instead="Nine thousand Icelanders lost power.",
            known_problems=_NOT_YET,
        ),
    )
)
