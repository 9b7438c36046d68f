"""What a rule is given besides its claims: the document, every claim by id, sentences.

>>> from claimtrack.model import ClaimSet, Document
>>> ctx = RuleContext.build(Document(text="Sales rose. Costs fell."), ClaimSet())
>>> ctx.sentence_text("text", 13)
'Costs fell.'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from typing import Any, TypeVar, cast

from pydantic import BaseModel

from claimtrack.model import Claim, ClaimSet, Document, Related
from claimtrack.model.base import Field
from claimtrack.rules.registry import NoOptions
from claimtrack.settings import DEFAULT_SETTINGS, Settings
from claimtrack.text.sentences import Sentence, SentenceIndex, split_sentences

T = TypeVar("T")


@dataclass
class RuleContext:
    """The document a rule checks, its claims by id, and its sentences per field.

    Attributes:
        document: the checked document (title and body strings, publication date).
        claims: every claim of the document (not only the story the rule is given).
        settings: the settings in force.
        options: the running rule's validated options (set by the engine per rule).
    """

    document: Document
    claims: ClaimSet
    settings: Settings = DEFAULT_SETTINGS
    options: BaseModel = dataclass_field(default_factory=NoOptions)
    _by_id: dict[str, Claim] = dataclass_field(default_factory=dict)
    _sentences: dict[str, tuple[list[Sentence], SentenceIndex]] = dataclass_field(default_factory=dict)
    _memo: dict[str, Any] = dataclass_field(default_factory=dict)

    @classmethod
    def build(cls, document: Document, claims: ClaimSet, settings: Settings = DEFAULT_SETTINGS) -> RuleContext:
        """A context over a document and its claims."""
        return cls(document, claims, settings, NoOptions(), {claim.id: claim for claim in claims})

    @property
    def published(self) -> date | None:
        """The publication date: the document's own, else the settings'."""
        return self.document.published or self.settings.published

    def claim(self, claim_id: str | None) -> Claim | None:
        """The claim with this id, or None."""
        return self._by_id.get(claim_id) if claim_id is not None else None

    def text(self, field: Field) -> str:
        """The string offsets of this field index."""
        return self.document.field_text(field)

    def surface(self, field: Field, start: int, end: int) -> str:
        """The text of a span."""
        return self.text(field)[start:end]

    def sentences(self, field: Field) -> list[Sentence]:
        """The sentences of a field (split once, cached)."""
        return self._split(field)[0]

    def sentence_at(self, field: Field, offset: int) -> Sentence | None:
        """The sentence an offset stands in, or None for an empty field."""
        sentences, index = self._split(field)
        if not sentences:
            return None
        return sentences[index.of(offset)]

    def sentence_text(self, field: Field, offset: int) -> str:
        """The text of the sentence an offset stands in ("" for an empty field)."""
        sentence = self.sentence_at(field, offset)
        return sentence.text if sentence is not None else ""

    def memo(self, key: str, build: Callable[[], T]) -> T:
        """A value derived from the whole document, built once per check (``key`` names it)."""
        if key not in self._memo:
            self._memo[key] = build()
        return cast(T, self._memo[key])

    def related(self, claim: Claim, note: str = "") -> Related:
        """A claim as evidence for a flag."""
        return Related(field=claim.field, start=claim.start, end=claim.end, claim=claim.id, note=note)

    def _split(self, field: Field) -> tuple[list[Sentence], SentenceIndex]:
        cached = self._sentences.get(field)
        if cached is None:
            sentences = split_sentences(self.text(field))
            cached = (sentences, SentenceIndex(sentences))
            self._sentences[field] = cached
        return cached
