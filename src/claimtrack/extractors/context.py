"""What every extractor family is given: one field of one document, split into sentences."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from typing import Any

from claimtrack.model.base import Field
from claimtrack.settings import Settings
from claimtrack.text.sentences import Sentence, SentenceIndex, split_sentences


@dataclass(frozen=True)
class FieldContext:
    """One field (title or body) of a document, with everything extractors share.

    Attributes:
        text: the field's string; every claim offset indexes it.
        field: "title" or "text".
        published: the publication date, or None (relative dates then stay unresolved).
        settings: locale and other settings.
        sentences: the field's sentences, in order.
    """

    text: str
    field: Field
    published: date | None
    settings: Settings
    sentences: list[Sentence] = dataclass_field(default_factory=list)
    memo: dict[str, Any] = dataclass_field(default_factory=dict, compare=False, repr=False)
    """Derived data that several families need (e.g. the named mentions), computed once per field."""

    @classmethod
    def build(cls, text: str, field_name: Field, published: date | None, settings: Settings) -> FieldContext:
        """Split the field into sentences and wrap it."""
        return cls(text, field_name, published, settings, split_sentences(text))

    @property
    def sentence_index(self) -> SentenceIndex:
        """Offset -> sentence index lookup, built once per field and shared by the families."""
        index = self.memo.get("sentence_index")
        if index is None:
            index = self.memo["sentence_index"] = SentenceIndex(self.sentences)
        assert isinstance(index, SentenceIndex)
        return index
