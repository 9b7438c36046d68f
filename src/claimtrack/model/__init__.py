"""The pydantic models of claimtrack's output contract (see ``docs/reference/json.md``)."""

from claimtrack.model.base import SCHEMA_VERSION, Frozen, Number, claim_id
from claimtrack.model.claims import (
    FIGURE_KINDS,
    Approx,
    BaseClaim,
    ChangeClaim,
    Claim,
    CountClaim,
    DateClaim,
    DurationClaim,
    FigureClaim,
    MeasureClaim,
    MoneyClaim,
    NumberClaim,
    PercentClaim,
    RangeClaim,
    StatementClaim,
)
from claimtrack.model.claimset import ClaimSet, Person, Span, Title
from claimtrack.model.document import Document, Segment, SourceMap
from claimtrack.model.flags import SEVERITY_RANK, Flag, Related, Report, Severity

__all__ = [
    "FIGURE_KINDS",
    "SCHEMA_VERSION",
    "SEVERITY_RANK",
    "Approx",
    "BaseClaim",
    "ChangeClaim",
    "Claim",
    "ClaimSet",
    "CountClaim",
    "DateClaim",
    "Document",
    "DurationClaim",
    "FigureClaim",
    "Flag",
    "Frozen",
    "MeasureClaim",
    "MoneyClaim",
    "Number",
    "NumberClaim",
    "PercentClaim",
    "Person",
    "RangeClaim",
    "Related",
    "Report",
    "Segment",
    "Severity",
    "SourceMap",
    "Span",
    "StatementClaim",
    "Title",
    "claim_id",
]
