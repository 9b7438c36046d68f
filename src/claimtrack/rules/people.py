"""People and quotes across the whole page: CT501, CT502, CT503, CT504.

These rules read the people register (``ClaimSet.people``) and statement claims. A
person's name, title and age do not change between stories published together, so they
compare across the page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache

import regex

from claimtrack.lexicon import load_toml
from claimtrack.model import Claim, Person, Related, StatementClaim, Title
from claimtrack.model.base import Field
from claimtrack.rules.context import RuleContext
from claimtrack.rules.registry import Finding, Rule, RuleDocs, register

_SERVING = frozenset({None, "acting", "incoming"})
"""Qualifiers of someone holding (or about to hold) an office, in conflict with "former"."""
_MAX_NAME_EDITS = 2
_NAME_WORD = regex.compile(r"\p{L}[\p{L}'’-]{2,40}")


@cache
def _exclusive_offices() -> frozenset[str]:
    return frozenset(load_toml("rules")["offices"]["exclusive"])


def _same_office(a: str, b: str) -> bool:
    """The same office, possibly written shorter ("governor" / "bank governor").

    >>> _same_office("bank governor", "governor"), _same_office("governor", "vice governor")
    (True, False)
    """
    if a == b:
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    if not short or long[-len(short) :] != short:
        return False
    return not {"vice", "deputy", "assistant", "under", "associate"} & set(long[: -len(short)])


def _conflict(a: Title, b: Title) -> str | None:
    """Why two titles of one person cannot both hold, or None."""
    if _same_office(a.normalized, b.normalized):
        pair = {a.qualifier, b.qualifier}
        if "former" in pair and pair & _SERVING:
            return "is called both serving and former"
        if pair == {"deputy", None}:
            return "is called both the office holder and the deputy"
        return None
    offices = _exclusive_offices()
    if a.qualifier is None and b.qualifier is None and a.normalized in offices and b.normalized in offices:
        return "holds two offices one person cannot hold at once"
    return None


def _shown(title: Title) -> str:
    """A title with its qualifier, as a reader would say it ("former President")."""
    if title.qualifier and title.qualifier not in title.title.lower():
        return f"{title.qualifier} {title.title}"
    return title.title


# "former" or "ex-" written right before a title: "Former Senator Kerry", "ex-Governor".
_FORMER_BEFORE = regex.compile(
    r"""
    \b (?: former | ex )   # the qualifier word
    (?: [ \t]{1,3} | - )   # then a space or a hyphen, right before the title
    \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _qualified(title: Title, ctx: RuleContext) -> Title:
    """A title with "former" as its qualifier when the word stands right before it unread.

    >>> from claimtrack.model import ClaimSet, Document
    >>> ctx = RuleContext.build(Document(text="Former Senator Lee spoke."), ClaimSet())
    >>> t = Title(title="Senator", normalized="senator", field="text", start=7, end=14)
    >>> _qualified(t, ctx).qualifier
    'former'
    """
    if title.qualifier is not None:
        return title
    if _FORMER_BEFORE.search(ctx.text(title.field), max(0, title.start - 10), title.start) is None:
        return title
    return title.model_copy(update={"qualifier": "former"})


def check_title_conflict(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT501: one person given conflicting titles."""
    for person in ctx.claims.people:
        if person.kind != "person":
            continue
        read = [_qualified(title, ctx) for title in person.titles]
        titles = sorted(read, key=lambda t: (t.field != "title", t.start))
        kinds: dict[tuple[str, str | None], Title] = {}  # first title of each distinct kind
        for later in titles:
            earlier = next((t for t in kinds.values() if not _one_mention(t, later) and _conflict(t, later)), None)
            kinds.setdefault((later.normalized, later.qualifier), later)
            if earlier is None:
                continue
            yield Finding(
                message=(
                    f'{person.name} {_conflict(earlier, later)}: "{_shown(later)}" here, "{_shown(earlier)}" earlier'
                ),
                field=later.field,
                start=later.start,
                end=later.end,
                related=(Related(field=earlier.field, start=earlier.start, end=earlier.end, note="earlier title"),),
            )
            break


def _one_mention(a: Title, b: Title) -> bool:
    """Whether two titles are two readings of one place in the text ("Former Soviet leader")."""
    return a.field == b.field and a.start < b.end and b.start < a.end


CONTINUATION_CHARS = 600
"""A speakerless quote this close after an attributed statement continues that speaker's words."""


def check_unattributed_quote(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT502: a direct quote with no identifiable speaker."""
    last_attributed: dict[str, int] = {}
    for claim in sorted(claims, key=lambda c: (c.field, c.start)):
        if not isinstance(claim, StatementClaim):
            continue
        attributed = claim.speaker is not None or claim.speaker_kind is not None or claim.speaker_start is not None
        if attributed:
            last_attributed[claim.field] = claim.end
            continue
        if not claim.direct or claim.cue is not None:
            continue  # a cue ("he added") attributes the quote even when the pronoun is unresolved
        previous = last_attributed.get(claim.field)
        if previous is not None and 0 <= claim.start - previous <= CONTINUATION_CHARS:
            continue  # the next paragraph of the same speaker's quote
        start = claim.content_start if claim.content_start is not None else claim.start
        end = claim.content_end if claim.content_end is not None else claim.end
        words = claim.content if len(claim.content) <= 60 else claim.content[:57] + "..."
        yield Finding(
            message=f'the quote "{words}" has no identifiable speaker',
            field=claim.field,
            start=start,
            end=end,
        )


def _edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, stopping once it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


# A quotation mark at the end of a word: a title in quotes ("The Nuremberg Files''"), not a name.
_QUOTE_IN_NAME = regex.compile(r"[\p{L}.]['’‘\"“”`]{1,2}(?:\s|\Z)")


def _is_misspelling(name: str, variant: str) -> bool:
    """A variant with as many words as the name, and one word a small edit away."""
    words_a, words_b = name.split(), variant.split()
    if len(words_a) != len(words_b) or name == variant:
        return False
    differing = [(a, b) for a, b in zip(words_a, words_b, strict=True) if a != b]
    if len(differing) != 1:
        return False
    a, b = differing[0]
    if not _NAME_WORD.fullmatch(a) or not _NAME_WORD.fullmatch(b):
        return False  # "U.S." / "U.K." are not spellings of one name
    return a.lower() != b.lower() and min(len(a), len(b)) >= 3 and _edits(a, b, _MAX_NAME_EDITS) <= _MAX_NAME_EDITS


def _mention_spellings(person: Person, ctx: RuleContext) -> list[tuple[str, Related]]:
    """Each mention as (spelling, span of the name): a mention may carry its title in front."""
    spellings: list[tuple[str, Related]] = []
    for mention in sorted(person.mentions, key=lambda m: (m.field != "title", m.start)):
        surface = ctx.surface(mention.field, mention.start, mention.end)
        for spelling in (person.name, *person.variants):
            if surface.endswith(spelling):
                start = mention.end - len(spelling)
                spellings.append((spelling, Related(field=mention.field, start=start, end=mention.end)))
                break
    return spellings


def check_name_variant(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT503: one person's name spelled two ways."""
    for person in ctx.claims.people:
        if person.kind != "person" or not person.variants or _QUOTE_IN_NAME.search(person.name):
            continue
        spellings = _mention_spellings(person, ctx)
        counts = Counter(text for text, _ in spellings)
        for variant in person.variants:
            if not _is_misspelling(person.name, variant):
                continue
            major, minor = sorted((person.name, variant), key=lambda s: (-counts[s], s != person.name))
            minor_span = next((span for text, span in spellings if text == minor), None)
            major_span = next((span for text, span in spellings if text == major), None)
            if minor_span is None:
                continue
            yield Finding(
                message=f'"{minor}" here, "{major}" elsewhere: one person\'s name spelled two ways',
                field=minor_span.field,
                start=minor_span.start,
                end=minor_span.end,
                related=(major_span.model_copy(update={"note": "other spelling"}),) if major_span else (),
                suggestion=major if counts[major] > counts[minor] else None,
            )


def _age_span(person: Person, age: int, ctx: RuleContext) -> tuple[Field, int, int] | None:
    """Where an age is written just after a mention of the person ("Jane Doe, 54,")."""
    pattern = regex.compile(rf"\A[ \t]{{0,2}},?[ \t]{{0,2}}(?:aged[ \t]{{1,2}})?\(?({age})\b")
    for mention in person.mentions:
        text = ctx.text(mention.field)
        found = pattern.search(text[mention.end : mention.end + 16])
        if found is not None:
            return mention.field, mention.end + found.start(1), mention.end + found.end(1)
    return None


def check_age_conflict(claims: Sequence[Claim], ctx: RuleContext) -> Iterator[Finding]:
    """CT504: one person given two ages."""
    for person in ctx.claims.people:
        ages = sorted(set(person.ages))
        if person.kind != "person" or len(ages) < 2:
            continue
        spans = [(age, _age_span(person, age, ctx)) for age in person.ages]
        located = [(age, span) for age, span in spans if span is not None]
        if located:
            later_age, later = max(located, key=lambda pair: (pair[1][0] != "title", pair[1][1]))
        else:
            first = min(person.mentions, key=lambda m: (m.field != "title", m.start), default=None)
            if first is None:
                continue
            later_age, later = ages[-1], (first.field, first.start, first.end)
        later_field: Field = later[0]
        others = [a for a in ages if a != later_age]
        related = tuple(
            Related(field=span[0], start=span[1], end=span[2], note="other age")
            for age, span in located
            if age != later_age
        )
        yield Finding(
            message=f"{person.name} is given as {later_age} here and {', '.join(map(str, others))} elsewhere",
            field=later_field,
            start=later[1],
            end=later[2],
            related=related,
        )


_PEOPLE = "people"

register(
    Rule(
        code="CT501",
        name="title-conflict",
        family=_PEOPLE,
        severity="warning",
        summary="One person given conflicting titles (former vs serving; two offices).",
        docs=RuleDocs(
            what_it_does="Compares every title a person is given across the page.",
            why_is_this_bad='"President" and "former President" for one person cannot both be current.',
            example="President Ana Ruiz opened the summit. Former President Ana Ruiz spoke later.",
            use_instead="President Ana Ruiz opened the summit. President Ana Ruiz spoke later.",
            known_problems=(
                "The same office written two ways is not a conflict. Company titles are never "
                'treated as exclusive, since "chairman and chief executive" is common. "Former" or '
                '"ex-" written right before a title counts even when extraction left it unread.'
            ),
        ),
        check=check_title_conflict,
        scope="page",
        implemented=True,
    )
)
register(
    Rule(
        code="CT502",
        name="unattributed-quote",
        family=_PEOPLE,
        severity="info",
        summary="A direct quote with no identifiable speaker.",
        docs=RuleDocs(
            what_it_does="Flags direct quotations the statement extractor could tie to no speaker.",
            why_is_this_bad="Readers cannot weigh a quote when they do not know who said it.",
            example='"We will not back down."',
            use_instead='"We will not back down," Mayor Lee said.',
            known_problems=(
                'A quote with an attribution verb ("he added") or right after an attributed '
                "statement is taken as attributed, even when the pronoun is not resolved."
            ),
        ),
        check=check_unattributed_quote,
        scope="page",
        implemented=True,
    )
)
register(
    Rule(
        code="CT503",
        name="name-variant",
        family=_PEOPLE,
        severity="warning",
        summary="One person's name spelled two ways.",
        docs=RuleDocs(
            what_it_does="Finds a person's name written with one word spelled differently elsewhere.",
            why_is_this_bad="A misspelled name is an error readers and the person notice first.",
            example="Trade chief Jamila Osei spoke first. Jamilla Osei then left.",
            use_instead="Trade chief Jamila Osei spoke first. Jamila Osei then left.",
            known_problems=(
                "Needs the people register to group both spellings; short forms (surname only) are never flagged."
            ),
        ),
        check=check_name_variant,
        scope="page",
        implemented=True,
    )
)
register(
    Rule(
        code="CT504",
        name="age-conflict",
        family=_PEOPLE,
        severity="warning",
        summary="One person given two ages.",
        docs=RuleDocs(
            what_it_does="Flags a person given two different ages on one page.",
            why_is_this_bad="A person has one age at a time; one of the two is wrong.",
            example="Omar Haddad, 54, founded the firm. Haddad, 56, now chairs it.",
            use_instead="Omar Haddad, 54, founded the firm. Haddad, 54, now chairs it.",
            known_problems="Reads the ages the people register records; a birthday between two events is not modelled.",
        ),
        check=check_age_conflict,
        scope="page",
        implemented=True,
    )
)
