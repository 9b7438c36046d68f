"""The subject of a figure: the words naming what it measures.

The subject is a noun phrase read backwards from a change word ("China's overall exports
rose 5%"), from the figure itself ("a deficit of $3 billion", "the jobless rate stood at
6%", "sales were $5bn"), or read after "of" following the figure ("48% of rare earth
exports"). The backward reading stops at clause boundaries and verbs, keeps modifying
phrases ("duties on chocolate") and drops time phrases ("imports in the fourth quarter").
Precision first: when the words before do not make a clean noun phrase, there is no subject.

>>> text = "China's overall exports rose 5% while 40% of rare earth exports went abroad."
>>> subject_before(text, 24, 0)
"China's overall exports"
>>> subject_after_of(text, 41, len(text))
'rare earth exports'
>>> later = "Sales rose to 1,477,000 units after falling 7% in April."
>>> subject_before(later, later.index("falling"), 0) is None
True
>>> psbr = "Britain had a PSBR of 1.0 pct of GDP."
>>> subject_of_figure(psbr, psbr.index("1.0"), 0)
'PSBR'
>>> rate = "The rate will remain unchanged at 35 pct."
>>> subject_before(rate, rate.index("unchanged"), 0)
'rate'
"""

from __future__ import annotations

import regex

import claimtrack.extractors.figures.patterns as pat
from claimtrack.extractors.figures.subject_words import (
    Lexicon,
    adverb,
    figure_in,
    is_verb,
    lexicon,
    norm,
    numeric,
    temporal,
)
from claimtrack.extractors.figures.vocab import vocabulary

_MAX_WORDS = 6  # words of the head noun phrase
_MAX_WITH_LINKS = 8  # words of the subject with its modifying phrases
_MAX_RAW = 12  # words read backwards at most
_WINDOW = 110  # characters read backwards at most
_CUE_WINDOW = 60  # characters before a figure searched for "of" or a linking verb
_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’&.\-]{0,40}")
_BREAK = regex.compile(r"(?<!\d),|,(?!\d)|[;:()\"“”—–\[\]!?]|\s-\s")  # a comma inside "1,598" is no break
_ADVERBIAL = regex.compile(r"(?i)(?:up|down|higher|lower|unchanged|flat)\b")  # changes without a verb
_POSSESSIVE_END = regex.compile(r"(?:['’]s|s['’])$")
_OF = regex.compile(r"[ \t\u00a0]{1,2}of[ \t\u00a0]{1,2}")


def _window(text: str, pos: int, sentence_start: int) -> list[str]:
    """The words from the last clause break before ``pos`` up to it; "," first after a comma."""
    window = max(sentence_start, pos - _WINDOW)
    last_break = window
    comma = False
    for match in _BREAK.finditer(text, window, pos, timeout=pat.TIMEOUT):
        last_break = match.end()
        comma = match.group() == ","
    words = [m.group() for m in _WORD.finditer(text, last_break, pos, timeout=pat.TIMEOUT)]
    return [",", *words] if comma else words


def _stop(word: str, previous: str | None) -> bool:
    """A word the backward reading does not cross: a clause word, a verb, a comma."""
    key = norm(word)
    if word == ",":
        return True
    if key in lexicon().stops and not (word.isupper() and len(word) > 1):  # "US" is no "us"
        return True
    return is_verb(word, previous)


def _walk_back(words: list[str], end: int) -> tuple[list[str], int]:
    """The raw phrase ending at ``words[end - 1]``, read backwards, and where it starts.

    Stops before a clause word or a verb, and after a determiner; "and" joins two nouns
    ("gold and currency reserves") but not two clauses ("profits were high and sales",
    "rose to 5 billion dlrs and inflation").
    """
    lex = lexicon()
    index = end
    joined = -1
    clean_stop = True
    while index > 0:
        word = words[index - 1]
        key = norm(word)
        previous = words[index - 2] if index >= 2 else None
        if end - index >= _MAX_RAW:
            clean_stop = False
            break
        if key in ("and", "&") and index < end and joined < 0 and previous is not None:
            prev_key = norm(previous)
            if (
                prev_key in lex.links
                or prev_key in lex.not_before_and
                or prev_key in lex.changes
                or prev_key in lex.starts
                or numeric(previous)
                or _stop(previous, words[index - 3] if index >= 3 else None)
                or end - index > 2
            ):
                break
            joined = index - 1
            index -= 1
            continue
        if key == "to" and previous is not None and norm(previous) in lex.infinitive_before and end - index >= 2:
            index += 1  # "expected to lead to savings", "claims to represent owners": the verb goes too
            break
        if _stop(word, previous):
            clean_stop = word == "," or norm(word) in lex.stops
            break
        index -= 1
        if key in lex.starts and not (index > 0 and key not in ("a", "an") and norm(words[index - 1]) in lex.links):
            break  # the phrase starts here, unless "the" opens the object of "of", "in"...
    if joined >= 0 and (not clean_stop or figure_in(words[index:joined])):
        return words[joined + 1 : end], joined + 1  # "and" joined two clauses, not two nouns
    return words[index:end], index


def _noun_phrase(raw: list[str], opening: bool) -> str | None:
    """The subject in a raw phrase: its head noun phrase and modifying phrases, or None.

    ``opening`` tells that the phrase opens its clause, so a preposition starting it opens
    an adverbial phrase ("In 2004 sales"); after a verb it is no subject ("were issued for
    future construction").
    """
    lex = lexicon()
    segments: list[tuple[str | None, list[str]]] = [(None, [])]
    for word in raw:
        if norm(word) in lex.links:
            segments.append((norm(word), []))
        else:
            segments[-1][1].append(word)
    if segments[0][1] == [] and len(segments) > 1:
        if not opening:
            return None
        # an opening phrase ("In 2004 sales", "In the first quarter profits"): the time words go
        _, words = segments.pop(1)
        segments[0] = (None, [])
        while words and (norm(words[0]) in lex.starts or temporal(words[:1])):
            words = words[1:]
        if not words or figure_in(words):
            return None
        segments[0] = (None, words)
    head = segments[0][1]
    if not head or figure_in(head) or len(head) > _MAX_WORDS:
        return None
    if all(norm(w) in lex.starts or temporal([w]) or numeric(w) for w in head):
        return None  # "this year totalling": a time, no subject
    while len(head) > 1 and len(segments) == 1 and norm(head[-1]) in lex.time and temporal(head[-2:-1]):
        head = head[:-2]  # "M-1 last month grew": the time goes
    if _POSSESSIVE_END.search(head[-1]):
        return None  # "within the government's": the possessor of what follows
    out = list(head)
    for link, words in segments[1:]:
        assert link is not None
        if not words or temporal(words) or len(out) + 1 + len(words) > _MAX_WITH_LINKS:
            break
        if all(norm(w) in lex.starts or norm(w) in lex.not_heads or norm(w) in lex.stops for w in words):
            break  # "the deficit for all of last year": no modifier
        out += [link, *words]
    if len(out) == len(head) and norm(head[-1]) in lex.generic_heads:
        return None  # "the likely outturn was $4bn": a word for any figure, no subject
    return _clean(out)


def _clean(words: list[str]) -> str | None:
    lex = lexicon()
    vocab = vocabulary()
    while words and words[0].lower() in vocab.subject_determiners:
        words = words[1:]
    ends = vocab.subject_trailing | vocab.subject_clause
    while words and (
        words[-1].lower() in ends or (words[-1].lower().endswith("ly") and norm(words[-1]) not in lex.ly_nouns)
    ):
        words = words[:-1]
    if not words or not any(w[:1].isalpha() for w in words):
        return None
    if len(words) == 1 and (norm(words[0]) in lex.not_heads or norm(words[0]) in lex.stops):
        return None  # "a total of 200", "half the drop": no subject named
    return " ".join(words)


def _skip_back(words: list[str], end: int, allowed: frozenset[str]) -> int:
    while end > 0 and (norm(words[end - 1]) in allowed or adverb(words[end - 1])):
        end -= 1
    return end


def _skip_verbs(words: list[str], end: int) -> int:
    """Where the verb group ending at ``words[end - 1]`` starts ("will remain", "were valued")."""
    lex = lexicon()
    index = end
    while index > 0:
        word = words[index - 1]
        key = norm(word)
        previous = words[index - 2] if index >= 2 else None
        if (
            is_verb(word, previous)
            or key in lex.copulas
            or (key in lex.participles and word.islower() and index < end and norm(words[index]) == "to")
            or key in ("to", "not")
            or adverb(word)
        ):
            index -= 1
        elif key in lex.skip and key not in lex.links and key not in lex.starts:
            index -= 1  # "has also risen", "was just"
        else:
            break
    return index


def _phrase_before(words: list[str], end: int, *, head: bool = False) -> str | None:
    """The subject phrase ending at ``words[end - 1]``.

    ``head`` tells that the last word is the head noun ("debts" in "struggling with debts
    of $5bn"), so a preposition opening the phrase goes with the verb before it.
    """
    raw, start = _walk_back(words, end)
    after_comma = start > 0 and words[start - 1] == ","
    if after_comma and any(norm(w) in ("and", "or", "&") for w in raw):
        return None  # "Sales at restaurants, bars and cafes rose": the list starts before the comma
    opening = head or start == 0 or after_comma or norm(words[start - 1]) in lexicon().stops
    return _noun_phrase(raw, opening=opening)


def _subject_of_clause(words: list[str], end: int) -> str | None:
    """The subject of the clause whose verb group ends at ``words[end - 1]``."""
    start = _skip_verbs(words, end)
    if start == end or start == 0:
        return None
    return _phrase_before(words, start)


def subject_before(text: str, pos: int, sentence_start: int) -> str | None:
    """The noun phrase naming what changes, before ``pos`` (a change word or its figure).

    The phrase right before a change verb ("Exports rose"), the subject of the verb before
    it ("the rate will remain unchanged", "the company saw a 3% rise"), or the object of
    that verb ("the carmaker saw profits fall").

    >>> subject_before("The carmaker saw operating profits fall.", 34, 0)
    'operating profits'
    >>> subject_before("Duties on wine were cut.", 19, 0)
    'Duties on wine'
    >>> subject_before("This yielded an annualized 8.8 pct rise.", 27, 0) is None
    True
    """
    words = _window(text, pos, sentence_start)
    lex = lexicon()
    end = _skip_back(words, len(words), lex.skip - {"of", "in", "as", "than"})
    if end == 0:
        return None
    skipped = [norm(w) for w in words[end:]]
    for index, key in enumerate(skipped):
        before = skipped[index - 1] if index else norm(words[end - 1])
        if key in ("a", "an", "the") and before in lex.links:
            return None  # "gave way to a 1/2 point cut", "for a 5% rise": the change is no clause's
    word = words[end - 1]
    if is_verb(word, words[end - 2] if end >= 2 else None):
        passive = end >= 2 and norm(words[end - 2]) in lex.auxiliaries
        if norm(word) in lex.opinion_verbs and not passive and "to" not in skipped:
            return None  # "the review forecasts growth of 6%": the forecaster does not grow
        return _subject_of_clause(words, end)
    raw, start = _walk_back(words, end)
    if raw and norm(raw[-1]) in lex.links:
        return None  # "expectations for a rise"
    withs = [i for i, w in enumerate(raw) if norm(w) == "with"]
    if withs and _ADVERBIAL.match(text, pos, timeout=pat.TIMEOUT):
        return _noun_phrase(raw[withs[-1] + 1 :], opening=True)  # "felt little cheer with sales down 1%"
    if raw and norm(raw[0]) in ("a", "an"):
        # "reserves showed an underlying rise": the change is the verb's object
        if start == 0 or norm(words[start - 1]) in lex.opinion_verbs:
            return None
        return _subject_of_clause(words, start)
    return _phrase_before(words, end)


def _cued(before: str, lex: Lexicon) -> bool:
    """Whether "of" or a linking verb ends ``before``, but for skipped words ("was just", "of about")."""
    tokens = before.rsplit(None, 8)
    for index in range(len(tokens) - 1, max(-1, len(tokens) - 8), -1):
        token = tokens[index].lower()
        if token == "of" or token in lex.copulas:
            return True
        if token not in lex.skip:
            return False
    return False


def subject_of_figure(text: str, start: int, sentence_start: int, *, count: bool = False) -> str | None:
    """The noun phrase a figure measures, read before it, or None.

    "<phrase> of <figure>" ("a deficit of $3 billion"), and "<phrase> <linking verb>
    <figure>" ("sales were $5bn", "the rate stood at 6%", "debt totalled $3bn"). A
    ``count`` takes the phrase before "of" only when it names an amount counted ("sales of
    4.2 million units", not "a survey of 5,000 households").

    >>> subject_of_figure("Travelers had sales of $5.2bn.", 23, 0)
    'sales'
    >>> subject_of_figure("The jobless rate has stayed at 6.7 pct.", 31, 0)
    'jobless rate'
    >>> subject_of_figure("The stake was sold at $5.", 22, 0) is None
    True
    """
    lex = lexicon()
    if not _cued(text[max(sentence_start, start - _CUE_WINDOW) : start], lex):
        return None  # no "of" and no linking verb just before: the common case, decided fast
    words = _window(text, start, sentence_start)
    end = _skip_back(words, len(words), lex.skip - {"of", "in", "by", "the", "a", "an"})
    if end >= 2 and norm(words[end - 1]) == "of" and norm(words[end - 2]) not in lex.changes:
        raw, at = _walk_back(words, end - 1)
        if not raw or norm(raw[-1]) in lex.not_heads or norm(raw[-1]) in lex.links:
            return None
        if any(norm(w) in lex.changes for w in raw):
            return None  # "a rise in the number of people of 200,000": the figure of the change
        if count and norm(raw[-1]) not in lex.count_heads:
            return None  # "a survey of 5,000 households": a count names its own thing
        if at > 0 and norm(raw[0]) in ("a", "an") and norm(words[at - 1]) in lex.links:
            return None  # "grew at an annual rate of 3.7%", "compared with a deficit of": no subject of its own
        if at > 0 and norm(raw[0]) in ("a", "an") and is_verb(words[at - 1], words[at - 2] if at >= 2 else None):
            shown = _walk_back(words, _skip_verbs(words, at))[0]
            if shown and norm(shown[-1]) in lex.data_nouns:
                return None  # "unadjusted figures show a deficit of": the series names the subject
        return _phrase_before(words, end - 1, head=True)
    end = _skip_back(words, end, lex.skip - {"of", "in", "by", "the"})  # "was a record $9bn"
    if end > 0 and norm(words[end - 1]) in lex.copulas:
        return _subject_of_clause(words, end)
    return None


def subject_after_of(text: str, end: int, limit: int) -> str | None:
    """The noun phrase after "of" right after a figure ("40% of rare earth exports")."""
    vocab = vocabulary()
    of = _OF.match(text, end, limit, timeout=pat.TIMEOUT)
    if of is None:
        return None
    words: list[str] = []
    cursor = of.end()
    for _ in range(_MAX_WORDS + 2):
        match = _WORD.match(text, cursor, limit, timeout=pat.TIMEOUT)
        if match is None:
            break
        word = match.group().rstrip(".")
        lower = word.lower()
        if words and (lower in vocab.subject_clause or lower in vocab.counted_stop):
            break
        if not words and lower in vocab.counted_stop and lower not in vocab.subject_determiners:
            break
        words.append(word)
        cursor = match.end()
        if cursor >= limit or text[cursor] not in " \t\u00a0":
            break
        cursor += 1
    return _clean(words[: _MAX_WORDS + 2])
