"""Reference magnitudes: what range is plausible for a figure about a subject.

Knowledge of the world lives in data files (``claimtrack/data/reference/*.toml``), each
entry a subject with aliases, a geography, a time basis, a generous range, a unit or
currency, a source, an as-of year and whether it was verified. This package loads them
(:func:`load_reference`), matches a claim to an entry (:func:`match`), widens the range for
the publication date (:mod:`~claimtrack.reference.timing`), and judges a claim
(:func:`check_claim`), suggesting a scale-word fix (:func:`scale_fix`,
:func:`rescale_text`).

>>> from claimtrack.reference import load_reference
>>> len(load_reference()) > 500
True
"""

from claimtrack.reference.geography import story_geography
from claimtrack.reference.loader import ReferenceSet, load_reference, parse_reference, read_reference_file
from claimtrack.reference.matching import Match, match
from claimtrack.reference.plausibility import Implausible, check_claim, population_window, whole_of
from claimtrack.reference.scale import rescale_text, scale_fix
from claimtrack.reference.schema import Basis, Measure, ReferenceEntry
from claimtrack.reference.subjects import infer_subject
from claimtrack.reference.words import detect_basis

__all__ = [
    "Basis",
    "Implausible",
    "Match",
    "Measure",
    "ReferenceEntry",
    "ReferenceSet",
    "check_claim",
    "detect_basis",
    "infer_subject",
    "load_reference",
    "match",
    "parse_reference",
    "population_window",
    "read_reference_file",
    "rescale_text",
    "scale_fix",
    "story_geography",
    "whole_of",
]
