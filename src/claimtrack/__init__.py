"""claimtrack: extract checkable claims from news text and flag what cannot all be true.

>>> import claimtrack
>>> claims = claimtrack.extract("Exports fell 48.3% to $18.7 million.")
>>> [claim.kind for claim in claims]  # doctest: +SKIP
['change', 'percent', 'money']

Names are exported lazily (PEP 562): ``import claimtrack`` loads no extractor, and pint
and dateparser load only when a text first needs them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from claimtrack._version import __version__

if TYPE_CHECKING:
    from claimtrack.errors import ClaimtrackError, ConfigError, InputError, LexiconError
    from claimtrack.extractors.pipeline import extract
    from claimtrack.model import (
        SCHEMA_VERSION,
        ChangeClaim,
        Claim,
        ClaimSet,
        CountClaim,
        DateClaim,
        Document,
        DurationClaim,
        Flag,
        MeasureClaim,
        MoneyClaim,
        NumberClaim,
        PercentClaim,
        Person,
        RangeClaim,
        Related,
        Report,
        StatementClaim,
    )
    from claimtrack.rules.engine import check
    from claimtrack.rules.registry import Rule
    from claimtrack.settings import Settings
    from claimtrack.text.loading import load_document

_EXPORTS: dict[str, str] = {
    "SCHEMA_VERSION": "claimtrack.model",
    "ChangeClaim": "claimtrack.model",
    "Claim": "claimtrack.model",
    "ClaimSet": "claimtrack.model",
    "ClaimtrackError": "claimtrack.errors",
    "ConfigError": "claimtrack.errors",
    "CountClaim": "claimtrack.model",
    "DateClaim": "claimtrack.model",
    "Document": "claimtrack.model",
    "DurationClaim": "claimtrack.model",
    "Flag": "claimtrack.model",
    "InputError": "claimtrack.errors",
    "LexiconError": "claimtrack.errors",
    "MeasureClaim": "claimtrack.model",
    "MoneyClaim": "claimtrack.model",
    "NumberClaim": "claimtrack.model",
    "PercentClaim": "claimtrack.model",
    "Person": "claimtrack.model",
    "RangeClaim": "claimtrack.model",
    "Related": "claimtrack.model",
    "Report": "claimtrack.model",
    "Rule": "claimtrack.rules.registry",
    "Settings": "claimtrack.settings",
    "StatementClaim": "claimtrack.model",
    "check": "claimtrack.rules.engine",
    "extract": "claimtrack.extractors.pipeline",
    "load_document": "claimtrack.text.loading",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'claimtrack' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
