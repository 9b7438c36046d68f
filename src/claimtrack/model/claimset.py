"""The result of extraction: a sequence of claims plus the people register."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Literal, overload

from claimtrack.model.base import Field, Frozen
from claimtrack.model.claims import Claim


class Span(Frozen):
    """A span of one document field."""

    field: Field
    start: int
    end: int


class Title(Frozen):
    """A title given to a person, where it was given, and how it is qualified."""

    title: str
    """As written, e.g. "Treasury Secretary"."""
    normalized: str
    """Canonical form used for comparison, e.g. "treasury secretary"."""
    qualifier: Literal["former", "acting", "incoming", "deputy"] | None = None
    field: Field
    start: int
    end: int


class Person(Frozen):
    """One person or organisation of a document, with every mention and title."""

    name: str
    """The canonical (longest) name."""
    kind: Literal["person", "organisation"]
    mentions: tuple[Span, ...] = ()
    titles: tuple[Title, ...] = ()
    organisation: str | None = None
    variants: tuple[str, ...] = ()
    """Other spellings of the name found in the document."""
    ages: tuple[int, ...] = ()


class ClaimSet(Frozen):
    """The claims of one document, in order of position (title first), and its people.

    A ``ClaimSet`` is a read-only sequence of claims:

    >>> cs = ClaimSet()
    >>> len(cs), list(cs), cs.by_kind("money")
    (0, [], [])
    """

    claims: tuple[Claim, ...] = ()
    people: tuple[Person, ...] = ()

    def __len__(self) -> int:
        return len(self.claims)

    def __iter__(self) -> Iterator[Claim]:  # type: ignore[override]
        return iter(self.claims)

    @overload
    def __getitem__(self, index: int) -> Claim: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Claim, ...]: ...
    def __getitem__(self, index: int | slice) -> Claim | tuple[Claim, ...]:
        return self.claims[index]

    def __bool__(self) -> bool:
        return bool(self.claims)

    def by_kind(self, *kinds: str) -> list[Claim]:
        """The claims of the given kinds, in document order."""
        wanted = set(kinds)
        return [claim for claim in self.claims if claim.kind in wanted]

    def get(self, claim_id: str | None) -> Claim | None:
        """The claim with this id, or None."""
        if claim_id is None:
            return None
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        return None


Sequence.register(ClaimSet)
