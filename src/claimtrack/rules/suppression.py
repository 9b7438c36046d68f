"""Suppression comments: CT001 unused-suppression.

``<!-- claimtrack: ignore[CT301] -->`` silences the named rules on the paragraph after it, and
``<!-- claimtrack: off -->`` ... ``<!-- claimtrack: on -->`` silences every rule in between.
The comments are read by :mod:`claimtrack.suppression`, which both ``claimtrack.check`` and
the ``claimtrack check`` command apply after the rules have run; CT001 reports a comment that
silenced nothing. The rule has no check of its own over claims, so it is registered here for
its code, name, severity and docs.
"""

from __future__ import annotations

from claimtrack.rules.registry import Rule, RuleDocs, register

register(
    Rule(
        code="CT001",
        name="unused-suppression",
        family="suppression",
        severity="info",
        summary="A suppression comment that suppressed nothing.",
        docs=RuleDocs(
            what_it_does="Reports a claimtrack suppression comment that silenced no flag.",
            why_is_this_bad=(
                "A stale suppression hides the next real problem in the same place; removing it "
                "keeps the checks honest."
            ),
            example="<!-- claimtrack: ignore[CT301] -->\nAcme employs 4,200 people.",
            use_instead="Acme employs 4,200 people.",
            known_problems=(
                "Comments are matched to flags by position: a comment covers the paragraph that "
                "follows it, so a flag in the next paragraph is not suppressed by it."
            ),
        ),
        scope="page",
        implemented=True,
    )
)
