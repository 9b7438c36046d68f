"""Suppression comments: CT001 (documented; inline comments are not read yet).

A suppression comment (``<!-- claimtrack: ignore CT301 -->`` in Markdown) will silence a
rule on its paragraph; CT001 reports one that silenced nothing. Until comments are read,
the rule is registered and documented but emits nothing.
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
            what_it_does="Reports a suppression comment that silenced no flag (not implemented yet).",
            why_is_this_bad=(
                "A stale suppression hides the next real problem in the same place; removing it "
                "keeps the checks honest."
            ),
            example="<!-- claimtrack: ignore CT301 -->\nAcme employs 4,200 people.",
            use_instead="Acme employs 4,200 people.",
            known_problems="Not implemented yet: suppression comments are not read, so it emits nothing.",
        ),
        scope="page",
        implemented=False,
    )
)
