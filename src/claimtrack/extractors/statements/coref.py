"""Coreference inside a field: who "Hassett", "the Treasury chief", "he" and "it" are.

Every name in the field (speakers or not) is an antecedent candidate. A speaker phrase is
resolved to a canonical name with a confidence in 0..1:

==========================  =====================================================
full name                   itself, 1.0
surname only ("Hassett")    the earlier full name with that last word, 0.9 (0.6 when
                            two people share it); no full name: itself, 0.8
role ("the Treasury chief") the latest person whose title shares an office word, 0.8
"he" / "she"                the latest fitting person: 0.85, minus 0.2 for each other
                            person mentioned since, minus 0.2 when more than two
                            sentences back
"it" / "the company"        the latest organisation: 0.8, minus 0.2 per sentence gap
                            beyond two
anonymous / organisation    the phrase itself, 1.0 / 0.95
==========================  =====================================================

Below :data:`SPEAKER_THRESHOLD` the speaker stays unresolved (None).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.statements.found import Bounds
from claimtrack.extractors.statements.lexicon import Lexicon, lexicon
from claimtrack.extractors.statements.mention import personal
from claimtrack.extractors.statements.people_titles import normalize_title
from claimtrack.extractors.statements.speakers import Mention, extend_appositive, speaker_before

SPEAKER_THRESHOLD = 0.5
"""Speakers resolved with less confidence than this are left unresolved (None)."""

_GENERIC_ORG_NOUNS = frozenset({"company", "firm", "it", "group", "organisation", "organization"})
"""Nouns that may refer back to any organisation, whatever its name."""


def _outside(mentions: list[Mention], quoted: list[tuple[int, int]]) -> list[Mention]:
    """The mentions that do not stand inside a quote (names quoted speech mentions)."""
    kept: list[Mention] = []
    index = 0
    for mention in mentions:
        while index < len(quoted) and quoted[index][1] <= mention.start:
            index += 1
        if index < len(quoted) and quoted[index][0] <= mention.start:
            continue
        kept.append(mention)
    return kept


_CAP_RUN = regex.compile(
    r"""
    (?<![\p{L}\p{N}'’\-.])
    \p{Lu}(?:[\p{L}'’\-]|\.(?=\p{L})){0,30}\.?      # a capitalised word, an initial, "U.S."
    (?: [ ](?:(?:of|of[ ]the|de|van|von|bin|al|da|del)[ ])?
        \p{Lu}(?:[\p{L}'’\-]|\.(?=\p{L})){0,30}\.? ){0,6}   # more, with particles
    """,
    regex.VERBOSE,
)


_CAPITAL_WORD = regex.compile(r"(?<![\p{L}\p{N}'’\-])\p{Lu}[\p{L}'’\-]{1,30}(?![\p{L}\p{N}\-])")
_PREVIOUS_WORD = regex.compile(r"([\p{Ll}\-]{2,20})[ ]{1,2}\Z")
_AGE_AFTER = regex.compile(r",[ ]\d{1,3},")


@dataclass(frozen=True)
class Resolution:
    """The outcome of resolving one speaker phrase."""

    speaker: str | None
    kind: str | None
    confidence: float
    title: str | None


def entities_of(ctx: FieldContext) -> list[Mention]:
    """The named mentions of a field, scanned once and shared by statements and the register."""
    cached = ctx.memo.get("entities")
    if cached is None:
        cached = ctx.memo["entities"] = tuple(scan_entities(ctx.text))
    return list(cached)


def scan_entities(text: str) -> list[Mention]:
    """Every named person or organisation of a field (titled or full-name mentions), in order.

    >>> [m.name for m in scan_entities("Exports rose, and U.S. Treasury Secretary Scott Bessent met Li.")]
    ['Scott Bessent']
    """
    found: list[Mention] = []
    last_end = 0
    lex = lexicon()
    for match in _CAP_RUN.finditer(text):
        start, end = match.span()
        if end - start < 2:
            continue
        if " " not in match.group() and not _single_word_entity(text, match.group(), start, end, lex):
            continue
        end = end - 1 if text[end - 1] == "." and not _keeps_dot(text, start, end) else end
        previous = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
        if previous is not None and _widens(previous.group(1), lex):
            # a lower-case title or qualifier before the name: look further back
            mention = speaker_before(text, max(last_end, start - 60), end)
        else:
            mention = speaker_before(text, start, end)
        if mention is None or mention.kind not in {"person", "organisation", "role"}:
            continue
        mention = extend_appositive(text, mention)
        lone = mention.kind == "person" and mention.name is not None and " " not in mention.name
        if lone and mention.title is None and mention.age is None:
            continue
        if mention.kind == "role" and mention.title is None:
            continue
        found.append(mention)
        last_end = mention.end
    return found


def _widens(word: str, lex: Lexicon) -> bool:
    """Whether a lower-case word before a name may belong to its phrase ("former", "the")."""
    return (
        word in {"the", "a", "an"}
        or word in lex.offices
        or word in lex.modifiers
        or word in lex.qualifier_of
        or word in lex.anon_heads
        or word in lex.particles
    )


def _single_word_entity(text: str, word: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether one capitalised word may be an entity.

    It may when it is an acronym, an organisation word, a word after a lower-case title
    ("former president Cole") or before an age ("Cole, 45,").
    """
    bare = word.rstrip(".")
    if sum(c.isupper() for c in bare) >= 2 or bare.lower() in lex.org_heads:
        return True
    previous = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if previous is not None:
        lower = previous.group(1)
        if lower in lex.offices or lower in lex.modifiers or lower in lex.qualifier_of:
            return True
    return _AGE_AFTER.match(text, end) is not None


def _keeps_dot(text: str, start: int, end: int) -> bool:
    space = text.rfind(" ", start, end)
    word = text[(space + 1 if space >= 0 else start) : end]
    return "." in word[:-1] or len(word) <= 3


@dataclass
class _Entity:
    name: str
    kind: str
    last: str
    titles: set[str]
    gender: str | None
    sentence: int
    subject: bool = False
    """True when its latest mention was a speaker or opened its sentence."""
    name_start_missing: bool = False
    """True for a phrase rather than a name ("customs data")."""
    personal: bool = False
    """True once a mention shows a person: a title, an age, an honorific or a given name."""


def _last_word(name: str) -> str:
    words = name.replace("’s", "").replace("'s", "").split()
    return words[-1].lower() if words else ""


class Resolver:
    """Resolves speaker phrases in document order against the names seen so far."""

    def __init__(self, text: str, bounds: Bounds, entities: list[Mention], quoted: list[tuple[int, int]] | None = None):
        self.text = text
        self.bounds = bounds
        self.quoted = quoted or []
        self.pending = _outside(sorted(entities, key=lambda m: m.start), self.quoted)
        self.next = 0
        self.words = [(m.start(), m.group().lower()) for m in _CAPITAL_WORD.finditer(text)]
        self.next_word = 0
        self.next_quote = 0
        self.history: dict[int, _Entity] = {}
        """Entities by order of latest mention (latest last), keyed by id."""
        self.by_name: dict[tuple[str, str], _Entity] = {}
        self.by_last: dict[str, _Entity] = {}

    def _touch(self, entity: _Entity, start: int, speaker: bool) -> None:
        """Move an entity to the front of attention after a mention at ``start``."""
        opening = self.bounds.of(start)[0]
        self.history.pop(id(entity), None)
        self.history[id(entity)] = entity
        entity.sentence = self.bounds.index(start)
        near = opening >= start - 40 and len(self.text[opening:start].split()) <= 1
        entity.subject = speaker or near

    def _see(self, mention: Mention, speaker: bool = False) -> _Entity | None:
        if mention.kind not in {"person", "organisation"} or not mention.name:
            return None
        key = _last_word(mention.name)
        entity = self.by_name.get((mention.kind, mention.name))
        if entity is None and mention.kind == "person":
            entity = self.by_last.get(key)
        if entity is None:
            entity = _Entity(mention.name, mention.kind, key, set(), mention.gender, 0)
            entity.name_start_missing = mention.name_start is None
        elif len(mention.name) > len(entity.name):
            entity.name = mention.name
        self.by_name[(mention.kind, mention.name)] = entity
        if mention.kind == "person":
            self.by_last[key] = entity
        if mention.title:
            entity.titles.add(normalize_title(mention.title))
        entity.gender = entity.gender or mention.gender
        entity.personal = entity.personal or (mention.kind == "person" and personal(mention))
        self._touch(entity, mention.start, speaker)
        return entity

    def _advance(self, offset: int) -> None:
        while self.next < len(self.pending) and self.pending[self.next].start < offset:
            self._see(self.pending[self.next])
            self.next += 1
        # surname-only mentions of known people ("Christie, who ..., blasted") keep them in focus
        quoted = self.quoted
        while self.next_word < len(self.words) and self.words[self.next_word][0] < offset:
            start, word = self.words[self.next_word]
            self.next_word += 1
            entity = self.by_last.get(word)
            if entity is None or self.history.get(id(entity)) is None:
                continue
            while self.next_quote < len(quoted) and quoted[self.next_quote][1] <= start:
                self.next_quote += 1
            if self.next_quote < len(quoted) and quoted[self.next_quote][0] <= start:
                continue
            self._touch(entity, start, speaker=False)

    def resolve(self, mention: Mention | None, at: int) -> Resolution:
        """Resolve the speaker phrase of a statement found at offset ``at``."""
        if mention is None:
            return Resolution(None, None, 0.0, None)
        self._advance(mention.start)
        sentence = self.bounds.index(mention.start)
        kind = mention.kind
        if kind == "anonymous":
            return Resolution(mention.name or mention.text, "anonymous", 1.0, mention.title)
        if kind in {"person", "organisation"} and mention.name:
            known = self.by_name.get((kind, mention.name)) or (
                self.by_last.get(_last_word(mention.name)) if kind == "person" else None
            )
            entity = self._see(mention, speaker=True)
            if entity is None:
                return Resolution(mention.name, kind, 0.8, mention.title)
            if kind == "organisation":
                return Resolution(entity.name, kind, 0.95 if mention.name_start is not None else 0.9, mention.title)
            if " " in mention.name:
                return Resolution(entity.name, kind, 1.0, mention.title)
            return Resolution(
                entity.name, kind, 0.9 if known is not None and entity.name != mention.name else 0.8, mention.title
            )
        if kind == "role":
            return self._role(mention, sentence)
        if kind == "org_ref" or (kind == "pronoun" and mention.text.lower() == "it"):
            return self._organisation(mention, sentence)
        if kind == "pronoun" and mention.text.lower() in {"he", "she", "who"}:
            return self._latest(mention, "person", sentence, base=0.85)
        return Resolution(None, None, 0.2, None)

    def _recent(self, sentence: int, reach: int = 12) -> list[_Entity]:
        """Entities mentioned in the last ``reach`` sentences, latest first."""
        found = []
        for entity in reversed(self.history.values()):
            if sentence - entity.sentence > reach:
                break
            found.append(entity)
        return found

    def _organisation(self, mention: Mention, sentence: int) -> Resolution:
        """Resolve "it" and "the company": the latest organisation, surer when its name has the noun."""
        noun = mention.text.lower().split()[-1]
        for entity in self._recent(sentence):
            if entity.kind != "organisation" or entity.name_start_missing:
                continue
            distance = max(0, sentence - entity.sentence - 1)
            if noun in entity.name.lower().split():
                confidence = 0.9
            elif noun in _GENERIC_ORG_NOUNS:
                confidence = 0.75 - 0.15 * distance
            else:
                confidence = 0.4
            if confidence < SPEAKER_THRESHOLD:
                return Resolution(None, "organisation", round(max(confidence, 0.0), 2), None)
            return Resolution(entity.name, "organisation", round(confidence, 2), None)
        return Resolution(None, "organisation", 0.2, None)

    def _latest(self, mention: Mention, kind: str, sentence: int, base: float) -> Resolution:
        others = 0
        history = [e for e in self._recent(sentence) if e.kind == kind]
        if mention.text.lower() != "who" and any(e.subject and sentence - e.sentence <= 4 for e in history):
            # prefer the latest subject (a speaker, or a name opening its sentence) nearby
            history = [e for e in history if e.subject]
        if kind == "person":
            # "he" after "Ann Cole" and "North Sea": a name nothing marks as a person's (no
            # title, honorific or known given name) fits only when it is a full name that
            # spoke or opened its sentence ("Nadia Petrov toured the docks. She said ...")
            history = [e for e in history if e.personal or (" " in e.name and e.subject)]
        if mention.gender and any(e.gender == mention.gender for e in history[:3]):
            # a person known to fit ("she" and "Mrs. Cole") beats a nearer one of unknown gender
            history = [e for e in history if e.gender == mention.gender] + history
        for entity in history:
            if kind == "person" and mention.gender and entity.gender and entity.gender != mention.gender:
                others += 1
                continue
            confidence = base - 0.2 * others - 0.2 * max(0, sentence - entity.sentence - 2)
            if mention.text.lower() == "who":
                confidence = base if sentence == entity.sentence else 0.3
            if confidence < SPEAKER_THRESHOLD:
                return Resolution(None, kind, round(max(confidence, 0.0), 2), None)
            self._touch(entity, mention.start, speaker=True)
            entity.gender = entity.gender or mention.gender
            return Resolution(entity.name, kind, round(confidence, 2), None)
        return Resolution(None, kind, 0.2, None)

    def _role(self, mention: Mention, sentence: int) -> Resolution:
        wanted = set(normalize_title(mention.title or mention.text).split())
        for entity in self._recent(sentence, reach=60):
            if entity.kind != "person":
                continue
            for title in entity.titles:
                shared = wanted & set(title.split())
                if shared and (shared != {"chief"} or len(wanted) == 1):
                    confidence = 0.9 if title == " ".join(sorted(wanted)) or set(title.split()) == wanted else 0.8
                    return Resolution(entity.name, "person", confidence, mention.title)
        return Resolution(None, "person", 0.3, mention.title)
