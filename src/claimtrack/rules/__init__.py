"""The consistency rules and the engine that runs them (issue 5).

Importing this package registers every built-in rule in
:data:`claimtrack.rules.registry.REGISTRY`, one module per family.

>>> from claimtrack.rules import REGISTRY
>>> REGISTRY.get("CT101").name
'percent-change-mismatch'
"""

from claimtrack.rules import (  # noqa: F401  (each module registers its rules)
    arithmetic,
    consistency,
    dates,
    deadlines,
    headline,
    people,
    plausibility,
    shares,
    suppression,
    units,
)
from claimtrack.rules.registry import REGISTRY, Rule, RuleDocs

__all__ = ["REGISTRY", "Rule", "RuleDocs"]
