"""The people register of a document: every person and organisation, mentions, titles, ages.

Persons are grouped by name: a full name ("Scott Bessent") collects its surname-only
mentions ("Bessent") in both fields; two first names one letter apart with the same surname
("Jamieson Greer" / "Jamison Greer") are one person with a recorded variant.

>>> from claimtrack.extractors.context import FieldContext
>>> from claimtrack.settings import DEFAULT_SETTINGS
>>> ctx = FieldContext.build("Former President Ann Cole, 71, spoke. Cole left.", "text", None, DEFAULT_SETTINGS)
>>> [(p.name, len(p.mentions), p.titles[0].qualifier, p.ages) for p in build_people([ctx], [])]
[('Ann Cole', 2, 'former', (71,))]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

import regex

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.statements.coref import entities_of
from claimtrack.extractors.statements.mention import personal
from claimtrack.extractors.statements.people_titles import normalize_title
from claimtrack.extractors.statements.speakers import Mention
from claimtrack.model import Claim, Person, Span, StatementClaim, Title
from claimtrack.model.base import Field

_QUALIFIER: dict[str, Literal["former", "acting", "incoming", "deputy"]] = {
    "former": "former",
    "acting": "acting",
    "incoming": "incoming",
    "deputy": "deputy",
}
_CAPITAL_WORD = regex.compile(r"(?<![\p{L}\p{N}'’\-])\p{Lu}[\p{L}'’\-]{1,30}(?![\p{L}\p{N}\-])")
_ORG_OF = regex.compile(r"(?:of|at|for)[ ](?:the[ ])?(?P<org>\p{Lu}[\p{L}&.'’\- ]{1,60})$")


@dataclass
class _Entry:
    name: str
    kind: str
    names: dict[str, int] = field(default_factory=dict)
    mentions: dict[tuple[Field, int, int], None] = field(default_factory=dict)
    titles: dict[tuple[Field, int, int], Title] = field(default_factory=dict)
    ages: dict[int, None] = field(default_factory=dict)
    organisation: str | None = None
    personal: bool = False
    """True once a mention shows a person: a title, an age, an honorific or a known given name."""


def _one_letter_apart(a: str, b: str) -> bool:
    """True when two words differ by one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] if len(a) < len(b) else a[i + 1 :] == b[i + 1 :]


def _key(entries: dict[str, _Entry], by_last: dict[str, list[str]], name: str, kind: str) -> str:
    """The register key of a name: an existing entry when it is the same person."""
    if name in entries:
        return name
    words = name.split()
    if kind != "person":
        return name
    for key in by_last.get(words[-1], ()):
        entry = entries.get(key)
        if entry is None or entry.kind != "person":
            continue
        other = key.split()
        if words[-1] != other[-1]:
            continue
        if len(words) == 1 or len(other) == 1:
            return key
        if words[:-1] == other[:-1] or (
            len(words) == len(other) and _one_letter_apart(words[0], other[0]) and words[1:-1] == other[1:-1]
        ):
            return key
    return name


def _add(entries: dict[str, _Entry], by_last: dict[str, list[str]], field_name: Field, mention: Mention) -> None:
    name = mention.name
    if not name:
        return
    kind = "organisation" if mention.kind == "organisation" else "person"
    key = _key(entries, by_last, name, kind)
    if key not in entries:
        entries[key] = _Entry(name, kind)
        by_last.setdefault(key.split()[-1], []).append(key)
    entry = entries[key]
    entry.names[name] = entry.names.get(name, 0) + 1
    if len(name.split()) > len(entry.name.split()):
        entries[name] = entries.pop(key)
        entry.name = name
        by_last.setdefault(name.split()[-1], []).append(name)
    entry.mentions[(field_name, mention.start, mention.end)] = None
    entry.personal = entry.personal or (kind == "person" and personal(mention))
    if mention.title and mention.title_start is not None and mention.title_end is not None:
        entry.titles[(field_name, mention.title_start, mention.title_end)] = Title(
            title=mention.title,
            normalized=normalize_title(mention.title),
            qualifier=_QUALIFIER.get(mention.qualifier or ""),
            field=field_name,
            start=mention.title_start,
            end=mention.title_end,
        )
        org = _ORG_OF.search(mention.title)
        if org is not None and entry.organisation is None:
            entry.organisation = org.group("org").strip()
    if mention.age is not None:
        entry.ages[mention.age] = None


def _statement_mention(claim: StatementClaim, text: str) -> Mention | None:
    if claim.speaker is None or claim.speaker_kind not in {"person", "organisation"}:
        return None
    start = claim.speaker_start if claim.speaker_start is not None else claim.start
    end = claim.speaker_end if claim.speaker_end is not None else claim.start
    title_start = text.find(claim.title, start, end) if claim.title else -1
    if title_start < 0:
        return Mention(start, end, claim.speaker_kind, text[start:end], name=claim.speaker)
    return Mention(
        start,
        end,
        claim.speaker_kind,
        text[start:end],
        name=claim.speaker,
        title=claim.title,
        title_start=title_start,
        title_end=title_start + len(claim.title or ""),
    )


def build_people(contexts: Sequence[FieldContext], claims: Sequence[Claim]) -> tuple[Person, ...]:
    """The people register of a document, over all its fields (title first)."""
    entries: dict[str, _Entry] = {}
    by_last: dict[str, list[str]] = {}  # register keys by the name's last word
    texts = {ctx.field: ctx.text for ctx in contexts}
    for ctx in contexts:
        for mention in entities_of(ctx):
            _add(entries, by_last, ctx.field, mention)
    for claim in claims:
        if isinstance(claim, StatementClaim) and claim.field in texts:
            said = _statement_mention(claim, texts[claim.field])
            if said is not None and said.end > said.start:
                _add(entries, by_last, claim.field, said)
    for key in [key for key, entry in entries.items() if entry.kind == "person" and not _kept(entry)]:
        del entries[key]  # a capitalised run nothing marks as a person: "North Sea", "Nortel"
    _surname_mentions(entries, contexts)
    people = []
    for entry in entries.values():
        variants = tuple(
            sorted(n for n in entry.names if n != entry.name and len(n.split()) == len(entry.name.split()))
        )
        people.append(
            Person(
                name=entry.name,
                kind="organisation" if entry.kind == "organisation" else "person",
                mentions=tuple(Span(field=f, start=s, end=e) for f, s, e in sorted(entry.mentions, key=_order)),
                titles=tuple(entry.titles[k] for k in sorted(entry.titles, key=_order)),
                organisation=entry.organisation,
                variants=variants,
                ages=tuple(entry.ages),
            )
        )
    return tuple(
        sorted(people, key=lambda p: _order((p.mentions[0].field, p.mentions[0].start, 0)) if p.mentions else (2, 0, 0))
    )


def _kept(entry: _Entry) -> bool:
    """Whether a person entry stays in the register: something marks it as a person.

    A name spelled two ways ("Jamieson Greer" / "Jamison Greer") also stays: the spelling
    check needs it, and two capitalised runs one letter apart are rarely anything else.
    """
    if entry.personal:
        return True
    words = entry.name.split()
    return len(words) >= 2 and any(
        len(other.split()) == len(words) and other.lower() != entry.name.lower() for other in entry.names
    )


def _order(key: tuple[Field, int, int]) -> tuple[int, int, int]:
    return (0 if key[0] == "title" else 1, key[1], key[2])


def _surname_mentions(entries: dict[str, _Entry], contexts: Sequence[FieldContext]) -> None:
    """Add every surname-only mention of a person known by a full name."""
    surnames = {
        entry.name.split()[-1]: entry for entry in entries.values() if entry.kind == "person" and " " in entry.name
    }
    if not surnames:
        return
    for ctx in contexts:
        covered = sorted((s, e) for entry in entries.values() for f, s, e in entry.mentions if f == ctx.field)
        index = 0
        for match in _CAPITAL_WORD.finditer(ctx.text):
            entry = surnames.get(match.group())
            if entry is None:
                continue
            start, end = match.span()
            while index < len(covered) and covered[index][1] < end:
                index += 1
            if index < len(covered) and covered[index][0] <= start:
                continue
            entry.mentions[(ctx.field, start, end)] = None
