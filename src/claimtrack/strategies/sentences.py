"""News sentences that state claims, and paragraphs built from them.

>>> from hypothesis import given
>>> @given(stated_sentences())
... def test_sentences(example):
...     text, expected = example
...     assert text.endswith(".") and expected
>>> test_sentences()
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from hypothesis import assume
from hypothesis import strategies as st

from claimtrack.strategies.figures import FIGURES, Avoid, pick
from claimtrack.strategies.lexicon import lexicon
from claimtrack.strategies.stated import KNOWN_EXTRACTOR_LIMITS, Stated
from claimtrack.strategies.temporal import date, duration
from claimtrack.testing import expect
from claimtrack.testing.expect import Matcher

KINDS = ("money", "percent", "count", "measure", "number", "range", "change", "date", "duration", "statement")
"""Every claim kind the strategies render."""

SUBJECTS = ("Revenue", "Sales", "Spending", "Exports", "The deficit", "Profit", "Imports", "Turnover")
"""What a figure sentence is about."""

TEMPLATES: dict[str, tuple[str, ...]] = {
    "money": ("{subject} was {x}.", "The deal is worth {x}.", "{subject} came to {x}.", "The company paid {x}."),
    "percent": ("{subject} was {x}.", "Turnout reached {x}.", "The share stood at {x}."),
    "count": ("Officials counted {x}.", "The site employs {x}.", "There were {x} at the site."),
    "measure": ("Output reached {x}.", "The shipment was {x}.", "The total was {x}."),
    "number": ("The ratio was {x}.", "It had a ratio of {x}.", "The score was {x}."),
    "range": ("{subject} was {x}.", "The forecast is {x}."),
    "change": ("{subject} {x}.",),
    "date": ("The program ran {x}.", "The agreement applies {x}.", "The talks were held {x}."),
    "duration": ("The {x} pause ends soon.", "The program lasted {x}.", "It takes {x}."),
}
"""Sentence frames per kind; ``{x}`` is the rendered claim, ``{subject}`` one of :data:`SUBJECTS`."""

FIRST_NAMES = ("Anna", "Kevin", "Maria", "Tomas", "Aiko", "Daniel", "Grace", "Omar", "Lena", "Pedro")
LAST_NAMES = ("Berg", "Hassett", "Okafor", "Lindqvist", "Tanaka", "Moreau", "Walsh", "Haddad", "Novak", "Silva")
CONTENTS = (
    "the economy remains resilient",
    "the talks will continue",
    "the plan is working",
    "the company will appeal the ruling",
    "negotiators made real progress",
)
"""What speakers say: clauses without figures, so a statement's claims are its own."""
NEEDS_OBJECT = frozenset({"told", "asked", "urged", "charged", "told reporters"})
"""Speech cues that need an object ("told reporters"): never written before a bare clause."""


def person_names() -> st.SearchStrategy[str]:
    """Two-word person names."""
    return st.builds(lambda first, last: f"{first} {last}", st.sampled_from(FIRST_NAMES), st.sampled_from(LAST_NAMES))


@st.composite
def statement(draw: st.DrawFn, *, avoid: Avoid = KNOWN_EXTRACTOR_LIMITS) -> Stated:
    """An attributed sentence: '"The plan is working," Anna Berg said.' or 'Anna Berg warned ...'."""
    name = draw(person_names())
    content = draw(st.sampled_from(CONTENTS))
    style = pick(
        draw,
        [(f"statement:{s}", s) for s in ("direct-after", "direct-said-x", "indirect-before", "indirect-after")],
        avoid,
    )[1]
    cues = [c for c in lexicon().speech_cues if c not in NEEDS_OBJECT and " " not in c]
    cue = "said" if style == "direct-said-x" else pick(draw, [(f"cue:{c}", c) for c in cues], avoid)[1]
    quoted = content[0].upper() + content[1:]
    if style == "direct-after":
        text, direct = f'"{quoted}," {name} {cue}.', True
    elif style == "direct-said-x":
        text, direct = f'"{quoted}," said {name}.', True
    elif style == "indirect-before":
        text, direct = f"{name} {cue} {content}.", False
    else:
        text, direct = f"{quoted}, {name} {cue}.", False
    matcher = expect.statement(speaker=name, direct=direct, cue=cue)
    return Stated(text, (matcher,), "statement", (f"statement:{style}", f"cue:{cue}", f"statement:{style}:{cue}"))


PHRASES: dict[str, Callable[..., st.SearchStrategy[Stated]]] = {**FIGURES, "date": date, "duration": duration}


def stated_sentence(kind: str | None = None, *, avoid: Avoid = KNOWN_EXTRACTOR_LIMITS) -> st.SearchStrategy[Stated]:
    """One sentence stating one claim of ``kind`` (any kind when None), with its matchers.

    Raises:
        ValueError: ``kind`` is not one of :data:`KINDS`.
    """
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown claim kind {kind!r}; choose from {KINDS}")
    return _stated_sentence(kind, avoid)


@st.composite
def _stated_sentence(draw: st.DrawFn, kind: str | None, avoid: Avoid) -> Stated:
    stated = draw(_sentence(kind, avoid))
    assume(not set(stated.forms) & set(avoid))  # combinations of forms listed as known limits
    return stated


@st.composite
def _sentence(draw: st.DrawFn, kind: str | None, avoid: Avoid) -> Stated:
    chosen = kind or draw(st.sampled_from(KINDS))
    if chosen == "statement":
        return draw(statement(avoid=avoid))
    phrase = draw(PHRASES[chosen](avoid=avoid))
    template = draw(st.sampled_from(TEMPLATES[chosen]))
    if chosen == "duration" and "pause" in template and "-" not in phrase.text:
        template = "The program lasted {x}."  # "the 18 months pause" is not English
    text = template.format(x=phrase.text, subject=draw(st.sampled_from(SUBJECTS)))
    text = text.replace("..", ".")  # a phrase ending in an abbreviation ("sq. ft.") ends the sentence
    return Stated(text, phrase.expected, chosen, phrase.forms)


def stated_sentences(
    kinds: Collection[str] | None = None, *, avoid: Avoid = KNOWN_EXTRACTOR_LIMITS
) -> st.SearchStrategy[tuple[str, list[Matcher]]]:
    """(sentence, expected matchers) for claims of the given kinds (every kind by default).

    The matchers go straight to :func:`claimtrack.testing.assert_claims`.
    """
    pool = tuple(kinds) if kinds else KINDS
    return (
        st.sampled_from(pool)
        .flatmap(lambda k: stated_sentence(k, avoid=avoid))
        .map(lambda s: (s.text, list(s.expected)))
    )


def stated_paragraphs(
    kinds: Collection[str] | None = None,
    *,
    min_sentences: int = 2,
    max_sentences: int = 5,
    avoid: Avoid = KNOWN_EXTRACTOR_LIMITS,
) -> st.SearchStrategy[tuple[str, list[Matcher]]]:
    """(paragraph, expected matchers): several stated sentences joined with spaces."""
    pool = tuple(kinds) if kinds else KINDS
    one = st.sampled_from(pool).flatmap(lambda k: stated_sentence(k, avoid=avoid))
    return st.lists(one, min_size=min_sentences, max_size=max_sentences).map(
        lambda parts: (" ".join(p.text for p in parts), [m for p in parts for m in p.expected])
    )
