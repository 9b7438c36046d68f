"""Speaker phrases classified: what a phrase's words tell about the speaker.

A phrase is a person (a name, with its title split off by the title lexicon: "Vice Premier
He Lifeng" -> title "Vice Premier", name "He Lifeng"), an organisation ("the White House",
"the IMF"), an anonymous source ("two people familiar with the matter"), a pronoun, a role
("the Treasury chief") or an organisation reference ("the company").

>>> from claimtrack.extractors.statements.tokens import tokenize
>>> s = "Chief Harbourmaster Lin Young"
>>> m = classify(s, tokenize(s, 0, len(s)))
>>> m.kind, m.title, m.name
('person', 'Chief Harbourmaster', 'Lin Young')
"""

from __future__ import annotations

from dataclasses import dataclass

from claimtrack.extractors.statements.lexicon import Lexicon, lexicon
from claimtrack.extractors.statements.tokens import Token

PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None, "i": None, "we": None, "who": None}
"""Pronouns that can stand as a speaker, with the gender they tell ("m", "f" or None)."""

_AUX = frozenset(
    [
        "also",
        "has",
        "have",
        "had",
        "did",
        "does",
        "would",
        "will",
        "could",
        "previously",
        "later",
        "repeatedly",
        "recently",
        "then",
        "once",
        "publicly",
        "privately",
        "reportedly",
        "separately",
        "further",
        "simply",
        "again",
        "already",
        "long",
        "often",
        "first",
        "initially",
        "subsequently",
        "earlier",
        "has-long",
        "never",
        "not",
        "still",
        "frequently",
    ]
)
_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozens",
        "several",
        "some",
        "many",
        "most",
        "other",
        "another",
        "both",
        "each",
        "every",
        "all",
        "few",
        "its",
        "his",
        "her",
        "their",
        "our",
    }
)
_PREPOSITIONS = frozenset({"for", "of", "at", "with", "from", "in"})
_STOPS = frozenset({",", ";", ":", "(", ")", '"', "“", "”", "—", "–", "?", "!", "."})
_PLACE_PREPOSITIONS = frozenset(
    [
        "in",
        "at",
        "from",
        "on",
        "during",
        "after",
        "before",
        "since",
        "to",
        "near",
        "outside",
        "inside",
        "across",
        "throughout",
        "within",
        "until",
    ]
)
_MAX_PHRASE = 10
_MAX_APPOSITIVE = 32
"""Longest appositive, in tokens ("Jane Doe, a senior fellow at the ... Institute, said")."""
_NEAR = 70
_FAR = 200
"""Characters looked back for a speaker phrase: first near, then far for appositives."""
_OFFICE_SUFFIXES = ("er", "or", "ist", "man", "woman", "ant", "ent", "ary", "chief", "general", "ian", "ee")
"""Endings of office nouns the lexicon does not list ("Harbourmaster", "Ombudsman")."""
_NAME_LINKS = frozenset(["of", "at", "from"])
"""Words that end a person's name and start where they work: "Ann Cole of Acme Bank"."""
_PEOPLE_SUFFIXES = ("ists", "ers", "ors", "ians", "ants", "ents", "men")
"""Endings of plural nouns for people: "environmentalists", "protesters", "fishermen"."""


@dataclass(frozen=True)
class Mention:
    """A speaker phrase and what it tells about the speaker."""

    start: int
    end: int
    kind: str
    """"person", "organisation", "anonymous", "pronoun", "role" or "org_ref"."""
    text: str
    name: str | None = None
    name_start: int | None = None
    name_end: int | None = None
    title: str | None = None
    title_start: int | None = None
    title_end: int | None = None
    qualifier: str | None = None
    age: int | None = None
    gender: str | None = None
    generic: bool = False
    """True for a noun phrase recognised only by its determiner ("the New York businessman")."""


def personal(mention: Mention) -> bool:
    """Whether a mention shows its name is a person's: a title, an age, an honorific or a given name.

    >>> personal(Mention(0, 9, "person", "Ann Cole", name="Ann Cole"))
    True
    >>> personal(Mention(0, 9, "person", "North Sea", name="North Sea"))
    False
    >>> personal(Mention(0, 9, "person", "Mr Okafor", name="Okafor"))
    True
    """
    if mention.title or mention.age is not None or mention.gender:
        return True
    lex = lexicon()
    first = mention.text.split()[0].lower().rstrip(".") if mention.text.split() else ""
    if any(word in group for word in (first, f"{first}.") for group in (lex.honorifics, lex.male, lex.female)):
        return True  # an honorific or a gendered title: "Mr", "Mrs", "Lord"
    given = (mention.name or "").split()[0].lower() if (mention.name or "").split() else ""
    return given in lex.male_names or given in lex.female_names


def _bare(token: Token) -> str:
    return token.lower.rstrip(".") if not token.lower.endswith("..") else token.lower


def _is_office(token: Token, lex: Lexicon) -> bool:
    return token.lower in lex.offices or _bare(token) in lex.offices


def _is_acronym(token: Token) -> bool:
    letters = [c for c in token.text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and token.text not in {"I", "U.S.", "US", "UK"}


def _qualifier(token: Token, lex: Lexicon) -> str | None:
    lower = token.lower
    for form, key in lex.qualifier_of.items():
        if lower == form or (form.endswith("-") and lower.startswith(form)):
            return key
    return None


def _span_text(text: str, tokens: list[Token]) -> str:
    return text[tokens[0].start : tokens[-1].end]


def classify(text: str, tokens: list[Token]) -> Mention | None:
    """What a speaker phrase (its exact tokens) says about the speaker, or None.

    >>> from claimtrack.extractors.statements.tokens import tokenize
    >>> s = "the White House"
    >>> classify(s, tokenize(s, 0, len(s))).kind
    'organisation'
    >>> s = "two people familiar with the talks"
    >>> classify(s, tokenize(s, 0, len(s))).kind
    'anonymous'
    """
    lex = lexicon()
    if not tokens or tokens[-1].lower.endswith(("'s", "’s")):
        return None
    start, end = tokens[0].start, tokens[-1].end
    surface = _span_text(text, tokens)
    if len(tokens) == 1 and tokens[0].lower in PRONOUNS:
        return Mention(start, end, "pronoun", surface, gender=PRONOUNS[tokens[0].lower])
    lowers = [t.lower for t in tokens]
    joined = " ".join(lowers)
    if joined in lex.anon_phrases:
        return Mention(start, end, "anonymous", surface, name=surface)
    head_index = len(tokens) - 1
    for index in range(1, len(tokens)):
        rest = " ".join(lowers[index:])
        if lowers[index - 1] in lex.anon_heads and any(rest.startswith(tail) for tail in lex.anon_tails):
            return Mention(start, end, "anonymous", surface, name=surface)
        after_head = lowers[index] in _PREPOSITIONS and head_index == len(tokens) - 1
        if after_head and (_is_office(tokens[index - 1], lex) or lowers[index - 1] in lex.anon_heads):
            head_index = index - 1
    head = tokens[head_index]
    determiner = lowers[0] if lowers[0] in _DETERMINERS else None
    if determiner is None and head_index > 0 and lowers[0].endswith(("'s", "’s")):
        determiner = "its"  # a possessive works like a definite determiner: "Clinton's team"
    if not head.is_cap or head.lower in lex.anon_heads or head.lower in lex.report_heads:
        return _classify_common(text, tokens, head_index, determiner, surface, lex)
    return _classify_named(text, tokens, lex)


def _classify_common(
    text: str, tokens: list[Token], head_index: int, determiner: str | None, surface: str, lex: Lexicon
) -> Mention | None:
    head = tokens[head_index]
    start, end = tokens[0].start, tokens[-1].end
    if head.lower in lex.report_heads:
        return Mention(start, end, "organisation", surface, name=surface)
    definite = determiner in {"the", "its", "his", "her", "their", "our"}
    if _is_office(head, lex) and definite:
        return _role(text, start, end, surface, tokens[1 : head_index + 1], _gender(tokens, lex), lex)
    if head.lower in lex.anon_heads or _is_office(head, lex):
        return Mention(start, end, "anonymous", surface, name=surface)
    if head.lower in lex.org_nouns and definite and head_index == 1:
        return Mention(start, end, "org_ref", surface)
    if (head.lower in lex.org_heads or head.lower in lex.org_nouns) and determiner is not None and head_index > 1:
        # "the port authority", "the finance ministry": an organisation named by its description
        body = tokens[1 : head_index + 1]
        return Mention(start, end, "organisation", surface, name=_span_text(text, body))
    if determiner is None and head_index == len(tokens) - 1 and len(tokens) <= 3 and _people_noun(head, lex):
        return Mention(start, end, "anonymous", surface, name=surface, generic=True)  # "environmentalists"
    if determiner is not None and head.is_word and head.lower not in lex.not_names and len(tokens) <= 5:
        # any other noun phrase with a determiner: "the New York businessman", "a doctor"
        body = tokens[1 : head_index + 1]
        if definite and body:
            return Mention(
                start,
                end,
                "role",
                surface,
                title=_span_text(text, body),
                title_start=body[0].start,
                title_end=body[-1].end,
                generic=True,
            )
        return Mention(start, end, "anonymous", surface, name=surface, generic=True)
    return None


def _works_at(words: list[Token], lex: Lexicon) -> bool:
    """Whether a phrase is a person "of" an organisation: "David Rell of Halcott Bank".

    It is when the words before "of" are capitalised, start with a title or a known given
    name and hold no organisation word ("Bank of Halcott" stays an organisation).
    """
    link = next((i for i, t in enumerate(words) if 0 < i < len(words) - 1 and t.lower == "of"), None)
    if link is None:
        return False
    before = words[:link]
    if not all(t.is_cap and t.lower not in lex.org_heads and not _is_acronym(t) for t in before):
        return False
    first = before[0].lower
    return first in lex.male_names or first in lex.female_names or _is_office(before[0], lex)


def _people_noun(token: Token, lex: Lexicon) -> bool:
    """A plural lower-case noun for people: "environmentalists", "protesters", "researchers"."""
    lower = token.lower
    return not token.is_cap and lower.isalpha() and lower.endswith(_PEOPLE_SUFFIXES) and lower not in lex.not_names


def _gender(tokens: list[Token], lex: Lexicon) -> str | None:
    """The gender an honorific, a gendered title or a common given name tells, or None."""
    for token in tokens:
        if token.lower in lex.male or token.lower in lex.male_names:
            return "m"
        if token.lower in lex.female or token.lower in lex.female_names:
            return "f"
    return None


def _classify_named(text: str, tokens: list[Token], lex: Lexicon) -> Mention | None:
    start, end = tokens[0].start, tokens[-1].end
    surface = _span_text(text, tokens)
    words = list(tokens)
    while words and words[0].lower in _DETERMINERS:
        words = words[1:]
    if not words:
        return None
    last = words[-1]
    org_word = any(t.is_cap and t.lower in lex.org_heads for t in words[:-1]) and any(t.lower == "of" for t in words)
    org_like = last.lower in lex.org_heads or _bare(last) in lex.org_heads or _is_acronym(last) or org_word
    if org_like and not _works_at(words, lex):
        # "the Fisheries Council", "the IMF", "the Bank of England"
        body = words
        while len(body) > 1 and not body[0].is_cap:
            body = body[1:]  # no title for an organisation: "official Bank of England"
        name = _span_text(text, body)
        return Mention(start, end, "organisation", surface, name=name, name_start=body[0].start, name_end=last.end)
    verb_inside = any(t.lower in lex.cue_group for t in words[1:] if not _is_office(t, lex))
    function_first = words[0].lower in lex.not_names and not _is_office(words[0], lex)
    if (verb_inside or function_first) and not any(_is_office(t, lex) for t in words):
        return None
    office_at = max((i for i, t in enumerate(words) if _is_office(t, lex)), default=-1)
    name_tokens = [t for t in words[office_at + 1 :] if t.lower not in lex.honorifics]
    linked = next((i for i, t in enumerate(name_tokens) if i > 0 and t.lower in _NAME_LINKS), None)
    if linked is not None and name_tokens[linked - 1].is_cap:
        name_tokens = name_tokens[:linked]  # "Lewis of Acme Bank": the name ends before "of"
    if not name_tokens or not any(t.is_cap for t in name_tokens):
        if office_at < 0:
            return None
        name_tokens = []
    if (
        office_at >= 0
        and len(name_tokens) >= 3
        and words[office_at + 1] is name_tokens[0]
        and name_tokens[0].lower.endswith(_OFFICE_SUFFIXES)
        and not any(t.text.endswith(".") for t in name_tokens)
    ):
        # an office the lexicon does not know: "Chief Harbourmaster Lin Young"
        office_at += len(name_tokens) - 2
        name_tokens = name_tokens[-2:]
    quals = [q for t in words[: office_at + 1] if (q := _qualifier(t, lex)) is not None]
    title_tokens = [t for t in words[: office_at + 1] if _qualifier(t, lex) not in {"former", "acting", "incoming"}]
    title = _span_text(text, title_tokens) if title_tokens else None
    gender = _gender(words, lex)
    if not name_tokens:
        return _role(text, start, end, surface, words[: office_at + 1], gender, lex)
    return Mention(
        start,
        end,
        "person",
        surface,
        name=_span_text(text, name_tokens),
        name_start=name_tokens[0].start,
        name_end=name_tokens[-1].end,
        title=title,
        title_start=title_tokens[0].start if title_tokens else None,
        title_end=title_tokens[-1].end if title_tokens else None,
        qualifier=quals[0] if quals else None,
        gender=gender,
    )


def _role(
    text: str, start: int, end: int, surface: str, title_words: list[Token], gender: str | None, lex: Lexicon
) -> Mention:
    """A mention by role alone ("the Treasury chief"): its title without the time qualifiers."""
    quals = [q for t in title_words if (q := _qualifier(t, lex)) is not None]
    body = [t for t in title_words if _qualifier(t, lex) not in {"former", "acting", "incoming"}]
    return Mention(
        start,
        end,
        "role",
        surface,
        title=_span_text(text, body) if body else None,
        title_start=body[0].start if body else None,
        title_end=body[-1].end if body else None,
        qualifier=quals[0] if quals else None,
        gender=gender,
    )
