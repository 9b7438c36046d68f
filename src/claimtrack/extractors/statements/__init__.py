"""Attributed statements and the people register (issue 4).

``find_statements`` finds the statements of one field: direct quotes with their speaker
(:mod:`.quotes`, :mod:`.direct`), indirect speech and reports around a cue
(:mod:`.indirect`; :mod:`.clause` tells a clause after a cue with no "that" from an object
or a phrase), transcript lines (:mod:`.labelled`), speakers resolved inside the field
(:mod:`.coref`).
``build_people`` builds the document's register of people and organisations
(:mod:`.people`).

>>> from claimtrack.extractors.context import FieldContext
>>> from claimtrack.settings import DEFAULT_SETTINGS
>>> text = "Commerce Secretary Ann Lowe said exports would rise. “We are ready,” Lowe said."
>>> ctx = FieldContext.build(text, "text", None, DEFAULT_SETTINGS)
>>> [(c.speaker, c.title, c.content, c.direct) for c in find_statements(ctx)]
[('Ann Lowe', 'Commerce Secretary', 'exports would rise', False), ('Ann Lowe', None, 'We are ready', True)]
"""

from __future__ import annotations

from claimtrack.extractors.statements.find import find_statements
from claimtrack.extractors.statements.people import build_people

__all__ = ["build_people", "find_statements"]
