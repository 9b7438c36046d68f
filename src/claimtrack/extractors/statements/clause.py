"""What follows a cue with no "that": a clause, an object, or a phrase of the cue.

"Berg warned the talks will continue" reports speech (a subject noun phrase, then a finite
verb); "Berg warned the public" has an object and "Berg said before he died" a time phrase,
and neither is a statement. The words that tell them apart are the ``[clause]`` table of
``cues.toml``. Every test looks at a bounded number of words, so it costs constant time.

>>> text = "the talks will continue"
>>> opens_clause(text, 0, len(text)), opens_clause("the public", 0, 10)
(True, False)
>>> opens_phrase("before he died", 0, 14), opens_phrase("the talks", 0, 9)
(True, False)
"""

from __future__ import annotations

import regex

from claimtrack.extractors.statements.lexicon import ClauseWords, lexicon

_WORD = regex.compile(
    r"""
    [\p{L}\p{N}][\p{L}\p{N}'’.\-]{0,40}   # a word (with inner apostrophes, hyphens, dots)
    | [^\s\p{L}\p{N}]                      # or one punctuation mark
    """,
    regex.VERBOSE,
)
_MAX_WORDS = 24
"""Words looked at: the subject noun phrase (with one parenthesis) and its verb fit in them."""
_REACH = 100
"""Characters looked at for a clause further on ("told co-host Jo Lee that ...")."""
_NOUN_PHRASE_OPENERS = frozenset(
    {"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "many"}
    | {"most", "all", "no", "every", "each", "several", "both", "any", "few", "more", "other", "another", "such"}
    | {"half", "and", "or", "nor", "than", "neither", "either", "not"}
)
"""Words after which the next word belongs to the same noun phrase ("the TALKS")."""
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those"}
)
_OBJECT_PRONOUNS = frozenset({"him", "them", "us", "me", "himself", "herself", "themselves", "itself"})
_COORDINATORS = frozenset({"and", "but", "or", "nor", "then"})
_NOT_AFTER_PRESENT = frozenset({"in", "on", "at", "for", "of", "and", "or", "from", "with", "by", "about", "as"})
"""Words that make an -s word a plural noun rather than a verb ("the new rules IN March")."""
_CONTRACTED = regex.compile(r"\p{L}{1,12}'(?:ll|d|s|re|ve|m)\Z")
"""A subject with a contracted auxiliary: "it's", "they'll", "he'd"."""
_QUOTES = frozenset("\"“”‘’'«»")
_STOPS = frozenset(".;:?!()[]—–")
"""Marks that end a subject noun phrase with no verb found."""
_THAT = regex.compile(r"[ \t\u00a0,]{1,3}that[ \t\u00a0]{1,3}(?=\S)")


def _tokens(text: str, pos: int, end: int) -> list[regex.Match[str]]:
    tokens: list[regex.Match[str]] = []
    for match in _WORD.finditer(text, pos, end):
        tokens.append(match)
        if len(tokens) >= _MAX_WORDS:
            break
    return tokens


def _lower(token: regex.Match[str]) -> str:
    return token.group().rstrip(".").lower().replace("’", "'")


def _finite(surface: str, previous: str, following: str, clause: ClauseWords) -> bool:
    """Whether ``surface`` (between ``previous`` and ``following``, in lower case) is a finite verb."""
    word = surface.rstrip(".").lower().replace("’", "'")
    if previous in _NOUN_PHRASE_OPENERS or previous in _COORDINATORS:
        return False  # "the PROPOSED plan", "... and LEFT"
    if word in clause.finite or word in clause.past:
        return True
    if surface[:1].isupper() or not word.isalpha():
        return False  # a name: "Chris EVANS"
    if previous in clause.adverbs:
        return following[:1].isalpha() or following[:1] in _QUOTES  # "parents still WANT schools"
    if word in clause.present and _plural(previous, clause):
        return following not in _NOT_AFTER_PRESENT  # "the rules WORK", not "the sales PLAN"
    if len(word) > 4 and word.endswith("ed"):
        return following != "by"  # "the money RAISED by ..." is a participle
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return following[:1].isalpha() and following not in _NOT_AFTER_PRESENT
    return False


def _plural(word: str, clause: ClauseWords) -> bool:
    """Whether ``word`` (lower case) reads as a plural noun that can be a subject ("prices")."""
    if word in clause.plurals:
        return True
    regular = len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    return regular and word.isalpha() and word not in clause.compounds and word not in clause.finite


def opens_clause(text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]`` starts with a finite clause: a subject, then a finite verb.

    >>> [opens_clause(s, 0, len(s)) for s in ("he would resign", "Smith resigned", "it over and over")]
    [True, True, False]
    >>> [opens_clause(s, 0, len(s)) for s in ("the economy remains weak", "the word", "him the plan")]
    [True, False, False]
    >>> opens_clause("the plan, run by the city, has failed", 0, 37)
    True
    """
    clause = lexicon().clause
    tokens = [t for t in _tokens(text, pos, end) if t.group() not in _QUOTES]
    words = [_lower(t) for t in tokens]
    if not words or not words[0][:1].isalnum():
        return False
    first = words[0]
    if first in clause.subjects or _CONTRACTED.search(first):
        return len(words) > 1 and words[1][:1].isalnum()
    if first in clause.phrase or first in clause.finite or first in _OBJECT_PRONOUNS or first in _COORDINATORS:
        return False
    previous = first
    index = 1
    while index < len(words):
        word = words[index]
        if word == ",":
            close = words.index(",", index + 1) if "," in words[index + 1 :] else -1
            if close < 0:
                return False  # "told the story, which was ...": no closing comma
            index = close + 1  # a parenthesis: "the plan, run by the city, has ..."
            continue
        if word in _STOPS or (not word[:1].isalnum() and word not in {"-", "&", "%", "$"}):
            return False  # a full stop or a dash before any verb: no clause
        following = words[index + 1] if index + 1 < len(words) else ""
        if _finite(tokens[index].group(), previous, following, clause):
            return True
        if word in clause.subjects or word in _OBJECT_PRONOUNS or word == "that":
            return False  # "told co-host Jo Lee that ...": the words were a hearer
        if index == 1 and word in _DETERMINERS and previous not in _NOUN_PHRASE_OPENERS | clause.phrase:
            return False  # "warned skippers the ferry ...": a hearer, then another noun phrase
        previous = word
        index += 1
    return False


def opens_phrase(text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]`` starts with a word that opens a phrase of the cue, not content."""
    tokens = _tokens(text, pos, min(end, pos + 40))
    return bool(tokens) and _lower(tokens[0]) in lexicon().clause.phrase


def opens_question_or_quote(text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]`` starts with a quotation mark or an indirect question word.

    >>> opens_question_or_quote('"We will win"', 0, 13), opens_question_or_quote("whether it works", 0, 16)
    (True, True)
    """
    if pos < end and text[pos] in _QUOTES:
        return True
    tokens = _tokens(text, pos, min(end, pos + 40))
    return bool(tokens) and _lower(tokens[0]) in lexicon().clause.questions


def opens_gerund(text: str, pos: int, end: int) -> bool:
    """Whether ``text[pos:end]`` starts with an -ing form: "admitted USING the tax code"."""
    tokens = _tokens(text, pos, min(end, pos + 40))
    if not tokens:
        return False
    word = _lower(tokens[0])
    return len(word) > 5 and word.endswith("ing") and word.isalpha() and word not in lexicon().clause.phrase


def opens_infinitive(text: str, pos: int, end: int) -> bool:
    """Whether a hearer and an infinitive follow: "told them to leave", "warned Seoul not to act".

    >>> opens_infinitive("the regulators not to act", 0, 25), opens_infinitive("the story to his son", 0, 20)
    (True, False)
    >>> opens_infinitive("to leave", 0, 8)
    True
    """
    tokens = [t for t in _tokens(text, pos, min(end, pos + 80)) if t.group() not in _QUOTES]
    words = [_lower(t) for t in tokens[:10]]
    for index in range(len(words) - 1):
        if not words[index][:1].isalnum():
            return False
        if words[index] == "to":
            after = words[index + 1]
            return after.isalpha() and after not in _NOUN_PHRASE_OPENERS | _OBJECT_PRONOUNS
    return False


def clause_further(text: str, pos: int, end: int) -> int | None:
    """The start of a clause a little further on, when the words at ``pos`` are none.

    After a "that" ("told co-host Jo Lee that he ...", "said at a rally in Ohio, that ...")
    or after a phrase of the cue ("said after the vote he would ..."), but not inside the
    phrase ("said before he died").

    >>> text = "after the vote he would resign"
    >>> clause_further(text, 0, len(text)), clause_further("before he died", 0, 14)
    (15, None)
    """
    stop = min(end, pos + _REACH)
    that = _THAT.search(text, pos, stop)
    if (
        that is not None
        and not any(mark in text[pos : that.start()] for mark in ";:?!()")
        and (opens_clause(text, that.end(), end) or opens_question_or_quote(text, that.end(), end))
    ):
        return that.end()
    if not opens_phrase(text, pos, end):
        return None
    subjects = lexicon().clause.subjects
    for index, token in enumerate(_tokens(text, pos, stop)[:12]):
        word = _lower(token)
        if not word[:1].isalnum():
            return None
        if index >= 3 and word in subjects and opens_clause(text, token.start(), end):
            return token.start()
    return None


_COORDINATED = regex.compile(
    r"""
    (?P<comma>,)?[ \t\u00a0]{1,3}(?:and|but|yet)           # a coordinator, maybe after a comma
    [ \t\u00a0]{1,3}(?:(?:also|then|later|even|instead)[ \t\u00a0]{1,3}){0,2}   # adverbs
    (?P<verb>\p{Ll}[\p{Ll}'’]{1,20})(?![\p{L}\p{N}])       # a lower-case word
    """,
    regex.VERBOSE,
)
"""A verb phrase joined to the cue's own clause: "attacked the plan AND BLAMED the board"."""
_RELATIVE = regex.compile(r",[ \t\u00a0]{1,3}(?:who|which|whose)(?![\p{L}])")
"""A relative clause about an object: "cited the report, WHICH found ..."."""


def _verb(word: str) -> bool:
    lex = lexicon()
    lower = word.lower().replace("’", "'")
    known = lower in lex.clause.finite or lower in lex.clause.past or lower in lex.cue_group
    return known or (len(lower) > 4 and lower.endswith("ed"))


def content_end(text: str, start: int, end: int, *, clause: bool) -> int:
    """Where a content stops: before a verb phrase that belongs to the cue's clause.

    An object content stops at any coordinated verb or a relative clause about it; a clause
    content only at one after a comma ("said the plan works, but offered no proof").

    >>> text = "loopholes that benefit others, and has called for more"
    >>> text[: content_end(text, 0, len(text), clause=False)]
    'loopholes that benefit others'
    >>> text = "prices rose and wages fell, but could not recover"
    >>> content_end(text, 0, len(text), clause=True) == len(text)
    True
    """
    finite = lexicon().clause.finite
    for match in _COORDINATED.finditer(text, start, end):
        verb = match.group("verb")
        if verb.lower().replace("’", "'") in finite:
            after = _tokens(text, match.end(), min(end, match.end() + 40))[:1]
            verb = after[0].group() if after and after[0].group() not in finite else ""  # "and has CALLED"
        if (match.group("comma") or not clause) and verb and _verb(verb):
            return match.start()
    if not clause:
        relative = _RELATIVE.search(text, start, end)
        if relative is not None:
            return relative.start()
    return end


_COMMA_WORD = regex.compile(r",[ \t\u00a0]{1,3}(?P<word>\p{Ll}[\p{Ll}'’]{1,20})(?![\p{L}\p{N}])")
"""A comma and the lower-case word after it."""


def relative_end(text: str, start: int, end: int) -> int:
    """Where the content of a relative clause's cue stops: at a comma before the main verb.

    "The families, many of whom say the claims are unfounded, GATHERED outside": the speaker
    is a relative pronoun, so the main clause resumes after the comma.

    >>> text = "the claims are unfounded, gathered outside"
    >>> text[: relative_end(text, 0, len(text))]
    'the claims are unfounded'
    >>> text = "the claims are unfounded, and the board agreed"
    >>> relative_end(text, 0, len(text)) == len(text)
    True
    """
    for match in _COMMA_WORD.finditer(text, start, end):
        if _verb(match.group("word")):
            return match.start()
    return end


def counted_object(text: str, pos: int, end: int, clause: ClauseWords) -> bool:
    """Whether the words at ``pos`` open a counted object ("added 300 jobs").

    They do when they start with a number or a quantity word and no auxiliary or modal
    follows in the next few words ("added 300 jobs would go" is a clause).

    >>> clause = lexicon().clause
    >>> counted_object("more than 300 jobs in 2024", 0, 26, clause)
    True
    >>> counted_object("300 jobs would go", 0, 17, clause)
    False
    >>> counted_object("the plan works", 0, 14, clause)
    False
    """
    words = text[pos : min(end, pos + 60)].split()[:8]
    if not words:
        return False
    first = words[0]
    counted = first[:1].isdigit() or first[:1] in "$£€¥" or first.lower() in clause.quantities
    return counted and not any(word.lower().strip(",;") in clause.finite for word in words[1:])
