"""Units of measure: ONE lazily built pint registry, extended with news units.

The extractor itself never calls pint: the unit strings it writes come from the units
lexicon (``data/units.toml``), and every one of them parses in this registry (a test keeps
that true). Checks that convert ("10 km (16 miles)") use :func:`unit_registry`.

>>> ureg = unit_registry()
>>> str(ureg.parse_units("barrel / day"))
'barrel / day'
>>> ureg.Quantity(10, "kilometer").to("mile").magnitude > 6
True
"""

from __future__ import annotations

from functools import cache
from typing import Any

from claimtrack.lexicon import data_text


@cache
def unit_registry() -> Any:
    """The shared pint registry: pint's defaults plus ``data/units.txt`` (built on first use)."""
    import pint

    registry: Any = pint.UnitRegistry(on_redefinition="ignore")
    for line in data_text("units.txt").splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            registry.define(stripped)
    return registry


def parses(unit: str) -> bool:
    """True when ``unit`` is a unit expression the registry understands.

    >>> parses("tonne"), parses("TEU"), parses("blorps")
    (True, True, False)
    """
    import pint

    try:
        unit_registry().parse_units(unit)
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError, ValueError, AttributeError):
        return False
    return True
