"""A spelled "one" as a count: only with its noun ("one proposal", "one of the oldest parks").

A pronoun "one" ("no one", "the one that", "one said"), "one of them", idioms ("one hell
of a race", "one sort or another") and "the number one issue" stay out; a modifier before
the noun is kept with it ("one overriding message").

>>> from claimtrack.extractors.figures.mention import Mention
>>> from claimtrack.extractors.figures.vocab import vocabulary
>>> from decimal import Decimal
>>> text = "He gave one overriding reason, cost."
>>> m = read_one(text, Mention(8, 11, "number", Decimal(1), 8, 11, spelled=True), (0, len(text)), vocabulary())
>>> m.unit, text[m.start : m.end]
('overriding reason', 'one overriding reason')
"""

from __future__ import annotations

from dataclasses import replace

import regex

import claimtrack.extractors.figures.patterns as pat
from claimtrack.extractors.figures.counts import counted_noun
from claimtrack.extractors.figures.mention import Mention
from claimtrack.extractors.figures.vocab import Vocabulary

_ONE_PRONOUN_BEFORE = regex.compile(
    r"(?i)\b(?:no|any|every|each|the|this|that|which|no-|anyone|some|number)[ \t\u00a0]{1,2}$"  # "the number one issue"
)
_ONE_OF_THE = regex.compile(r"[ \t\u00a0]{1,2}of[ \t\u00a0]{1,2}the[ \t\u00a0]{1,2}(?:most[ \t\u00a0]{1,2})?")
# "one proposal", "just one area": a lower-case singular word closing a noun phrase
_ONE_NOUN = regex.compile(r"[ \t\u00a0]{1,2}(?P<noun>[a-z]{3,30})(?=[ \t\u00a0]{0,2}(?:[.,;:!?)]|$|[ \t\u00a0][a-z]))")
# "one hell of a way", "of one sort or another": idioms, no count
_OF_AN_AFTER = regex.compile(r"[ \t\u00a0]{1,2}(?:of[ \t\u00a0]{1,2}an?|or[ \t\u00a0]{1,2}(?:an)?other)\b")
_ONE_NOT_NOUNS = frozenset(
    {"another", "way", "thing", "day", "night", "year", "week", "month", "hand", "knows", "needs"}
)
_ONE_ADVERBS = frozenset(
    {"soon", "too", "very", "again", "alone", "here", "there", "now", "less", "such", "several", "many", "few"}
)
# endings of a modifier before the noun of "one": "one overriding message", "one notable
# exception", "one unique feature", "one famous case"
_ADJECTIVE_ENDINGS = ("ing", "ly", "ique", "ous", "ful", "less", "ish")
_NOUN_OR_ADJECTIVE_ENDINGS = ("ble", "ive")  # "one notable exception" but "one table", "one executive"


def read_one(text: str, m: Mention, sentence: tuple[int, int], vocab: Vocabulary) -> Mention | None:
    """The count a spelled "one" starts, or None when it counts nothing."""
    before = _ONE_PRONOUN_BEFORE.search(text, max(0, m.start - 12), m.start, timeout=pat.TIMEOUT)
    if before is not None:
        return None
    limit = min(sentence[1], m.end + 80)
    of_the = _ONE_OF_THE.match(text, m.end, limit, timeout=pat.TIMEOUT)
    if of_the is not None:
        plural = counted_noun(text, of_the.end() - 1, limit)
        if plural is None:
            return None
        return replace(m, kind="count", unit=plural[2], end=plural[1])
    single = _ONE_NOUN.match(text, m.end, limit, timeout=pat.TIMEOUT)
    if single is None:
        return None
    noun = single.group("noun")
    if _OF_AN_AFTER.match(text, single.end(), limit, timeout=pat.TIMEOUT):
        return None
    sure = noun in vocab.one_modifiers or noun.endswith(_ADJECTIVE_ENDINGS)
    if sure or noun.endswith(_NOUN_OR_ADJECTIVE_ENDINGS):  # "one overriding message", "one notable exception"
        head = _ONE_NOUN.match(text, single.end(), limit, timeout=pat.TIMEOUT)
        if head is not None and _one_noun(head.group("noun"), vocab) and not noun.endswith("ly"):
            if _OF_AN_AFTER.match(text, head.end(), limit, timeout=pat.TIMEOUT):
                return None  # "one warring party or another"
            return replace(m, kind="count", unit=f"{noun} {head.group('noun')}", end=head.end())
        if sure:
            return None
    if not _one_noun(noun, vocab):
        return None
    return replace(m, kind="count", unit=noun, end=single.end())


def _one_noun(noun: str, vocab: Vocabulary) -> bool:
    """Whether a lower-case word after "one" can be its singular noun."""
    verb_like = noun.endswith(("s", "ed")) and not noun.endswith("ss")  # "one dies", "one died"
    fraction = noun in vocab.ordinals or noun.rstrip("s") in vocab.ordinals  # "one eighth"
    stop = noun in vocab.counted_stop or noun in vocab.months or noun in _ONE_NOT_NOUNS
    return not (verb_like or fraction or stop or noun in _ONE_ADVERBS)
