"""Indirect speech and reports around a cue: "Hassett said export controls would be relaxed".

Forms, for a cue found outside quotes:
- speaker before the cue, content after: "X said (on Monday) (that) ...", "X told Reuters ...";
- content before, speaker before the cue: "Exports will recover, X said.";
- inversion: "Exports will recover, said X.";
- a source phrase: "According to X, ...", "..., according to X.".

>>> from claimtrack.text.sentences import split_sentences
>>> text = "Hassett said on Monday that export controls would be relaxed."
>>> f = find_indirect(text, Bounds(split_sentences(text), len(text)), [], set())[0]
>>> f.speaker.text, text[f.spans[0][0]:f.spans[0][1]]
('Hassett', 'export controls would be relaxed')
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from claimtrack.extractors.statements.clause import (
    clause_further,
    content_end,
    counted_object,
    opens_clause,
    opens_gerund,
    opens_infinitive,
    opens_phrase,
    opens_question_or_quote,
    relative_end,
)
from claimtrack.extractors.statements.continuation import Attributions
from claimtrack.extractors.statements.found import (
    LEAD_IN,
    TELL_OBJECT,
    THAT,
    Bounds,
    Found,
    trim_content,
    word_count,
)
from claimtrack.extractors.statements.inverted import inverted_phrase
from claimtrack.extractors.statements.lexicon import find_cues, lexicon
from claimtrack.extractors.statements.source import MIN_WORDS as _MIN_WORDS
from claimtrack.extractors.statements.source import content_before, find_source
from claimtrack.extractors.statements.speakers import Mention, speaker_after, speaker_before, subject_at

_TELL = frozenset(
    {"told", "tells", "tell", "telling", "asked", "asks", "urged", "urges", "urge", "warned", "warns", "warn"}
)
_VERB_START = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "do",
        "does",
        "did",
    ]
)
"""Content cannot start with one of these: the cue was a noun ("the state show were ...")."""
_NEXT_CLAUSE = regex.compile(
    r"""
    ,[ \t\u00a0]{1,3}(?:and[ \t\u00a0]{1,3})?(?:also[ \t\u00a0]{1,3})?
      (?:saying|adding|arguing|noting|warning|insisting|claiming|citing|explaining|stressing
        |suggesting|urging|promising|acknowledging|calling[ ]for|according[ ]to)(?![\p{L}])
    | [ \t\u00a0,]and[ \t\u00a0]{1,3}(?:also[ \t\u00a0]{1,3})?
      (?:said|says|added|noted|warned|argued|told|called|urged)(?![\p{L}])
    """,
    regex.VERBOSE,
)
"""Where a content stops because another attribution or clause begins."""
THAT_WORD = regex.compile(r"[ \t\u00a0]{1,3}that(?![\p{L}])")
_COORDINATED = regex.compile(
    r"""
    (?:^|[ \t\u00a0,])(?:and|but|yet)[ \t\u00a0]{1,3}       # a coordinator
    (?:(?:also|has|have|had|then|later)[ \t\u00a0]{1,3}){0,2}  # "and has also said"
    \Z
    """,
    regex.VERBOSE,
)
"""A cue in a verb phrase joined to a clause: "X attacked the plan and has called for ..."."""
_NOT_AFTER_SUBJECT = frozenset(
    {
        "by",
        "of",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "to",
        "into",
        ",",
        "as",
        "that",
    }
)
_RELATIVES = frozenset({"who", "whom", "which"})
"""Ends of a speaker phrase that opens a relative clause ("many of whom")."""
_TITLE_REACH = 60
"""Longest quoted title after a hearer before its "that": 'told MSNBC's "Morning Joe" that'."""
_AS = regex.compile(r"as(?![\p{L}])")
"""The "as" of a description: "described the plan as ..."."""
_PLACE_TAIL = regex.compile(
    r"""
    [ \t\u00a0,]{0,3}(?:in|at|on|from|of|with|during|after|before|to)   # a preposition
    (?:[ ][\p{L}\p{N}.’'\-]{1,30}){1,6}?                           # up to six words
    (?=[ \t\u00a0]{0,3}[.,;!?]|\Z)                                  # then the end
    """,
    regex.VERBOSE,
)
"""A short trailing phrase after an inverted speaker: "said one source in the room"."""
_TAIL = regex.compile(r"[ \t\u00a0]{0,3}[.!?;\"”’']{0,3}[ \t\u00a0]{0,3}\Z")


def _skip_lead(text: str, pos: int, end: int, that: bool = True) -> int:
    """Offset after time and manner phrases (and a "that") following a cue."""
    lex = lexicon()
    for _ in range(4):
        moved = False
        manner = lex.manner_pattern.match(text, pos, end)
        if manner is not None and manner.end() > pos:
            pos, moved = manner.end(), True
        lead = LEAD_IN.match(text, pos, end)
        if lead is not None and lead.end() > pos:
            pos, moved = lead.end(), True
        if not moved:
            break
    if not that:
        return pos
    match = THAT.match(text, pos, end)
    return match.end() if match is not None else pos


def _nothing_after(text: str, pos: int, end: int) -> bool:
    """Nothing but time words, a short place phrase and punctuation up to the sentence end."""
    pos = _skip_lead(text, pos, end)
    place = _PLACE_TAIL.match(text, pos, end)
    if place is not None:
        pos = _skip_lead(text, place.end(), end)
    return bool(_TAIL.match(text[pos:end]))


def _through_quote(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Content bounds adjusted to the clause and to quotes.

    The content stops where another attribution begins (", arguing that ..."), and it runs
    on to the end of a quote it opened when the sentence splitter cut inside the quote.
    """
    start, end = span
    cut = _NEXT_CLAUSE.search(text, start, end)
    if cut is not None and cut.start() - start > 3:
        return trim_content(text, start, cut.start())
    opened = text.rfind("“", start, end)
    if opened >= 0 and text.find("”", opened, end) < 0:
        close = text.find("”", end, end + 600)
        if close > 0 and "\n" not in text[end:close]:
            return start, close
    return span


def _long_subject(text: str, cue: regex.Match[str], start: int) -> Mention | None:
    """A long subject noun phrase of a report or source ("Video of the incident shows")."""
    words = text[start : cue.start()].split()
    if not 2 <= len(words) <= 14 or "," in text[start : cue.start()]:
        return None
    first = words[0]
    lowered = {w.lower().strip(".’'") for w in words}
    lex = lexicon()
    known = lowered & (lex.report_heads | lex.anon_heads)
    if not known or not (first[0].isupper() or first.lower() in {"the", "a", "an"}):
        return None
    if lowered & _VERB_START:
        return None
    end = start + len(text[start : cue.start()].rstrip())
    surface = text[start:end]
    return Mention(start, end, "anonymous" if lowered & lex.anon_heads else "organisation", surface, name=surface)


def _participle(
    text: str, cue: regex.Match[str], start: int, end: int, seen: Attributions | None = None, after_and: bool = False
) -> Found | None:
    """Attribute a participle cue ("X attacked the plan, saying ...") to the clause's subject.

    After an attribution ('"...," he said, adding that ...') the speaker is that attribution's.
    """
    if not after_and and not text[start : cue.start()].rstrip().rstrip("\"”’'").endswith(","):
        return None
    previous = seen.continued(text, cue.start()) if seen is not None and not after_and else None
    if previous is not None:
        return _continuing(text, cue, previous, end)
    mention = subject_at(text, start, cue.start())
    if mention is None or mention.kind not in {"person", "organisation", "anonymous", "pronoun", "role", "org_ref"}:
        return None
    following = text[mention.end : mention.end + 12].split()[:1]
    if not following or following[0].lower() in _NOT_AFTER_SUBJECT:
        return None  # "Chastened by the analyses, ...": not a subject
    return _continuing(text, cue, mention, end)


def _continuing(text: str, cue: regex.Match[str], mention: Mention, end: int) -> Found | None:
    """The content of a participle that continues an attribution by ``mention``."""
    pos, bare = _after_cue(text, cue.end(), end)
    clause = opens_clause(text, pos, end) or opens_question_or_quote(text, pos, end)
    if bare and not clause and (cue.group().lower() in lexicon().clause.needs_clause or opens_phrase(text, pos, end)):
        return None  # "he said, adding to the confusion", "he said, noting in passing"
    span = _through_quote(text, trim_content(text, pos, end))
    return Found(mention, cue.span(), (span,), False) if word_count(text, *span) >= _MIN_WORDS else None


def _after_cue(text: str, base: int, end: int) -> tuple[int, bool]:
    """Where content starts after the cue or hearer ending at ``base``; whether it is bare.

    A bare content has no "that" before it.
    """
    lead_end = _skip_lead(text, base, end, that=False)
    pos = _skip_lead(text, base, end)
    first = text[pos : pos + 12].split()[:1]
    if first and first[0].lower() in _VERB_START:
        pos = lead_end  # "said that would permit ...": "that" is the subject
    return pos, "that" not in text[lead_end:pos]


def _content_start(text: str, cue: regex.Match[str], end: int) -> tuple[int, bool]:
    """Where the content of a cue starts, past any hearer ("told reporters"); whether it is bare.

    A hearer is skipped unless it is the subject of the clause: "warned the talks will end".
    """
    direct = _after_cue(text, cue.end(), end)
    hearer = TELL_OBJECT.match(text, cue.end(), end) if cue.group().lower() in _TELL else None
    if hearer is None:
        return direct
    after = _after_cue(text, hearer.end(), end)
    if after[1] and after[0] < end and text[after[0]] in '"“':
        further = clause_further(text, after[0], end)  # 'told MSNBC's "Morning Joe" that ...'
        title = text[after[0] + 1 : further] if further is not None and further - after[0] <= _TITLE_REACH else ""
        if further is not None and ('"' in title or "”" in title):
            return further, False
    if not after[1] or opens_clause(text, after[0], end) or opens_question_or_quote(text, after[0], end):
        return after
    if not direct[1] or opens_clause(text, direct[0], end):
        return direct
    further = clause_further(text, after[0], end)
    return (further, False) if further is not None else after


def _bare_content(text: str, cue: regex.Match[str], group: str, pos: int, end: int) -> bool:
    """Whether a content with no "that" before it is one: a clause, not an object or a phrase."""
    form = " ".join(cue.group().lower().split())
    clause = lexicon().clause
    if form in clause.counted and counted_object(text, pos, end, clause):
        return False  # "the firm added 300 jobs", "added more than two million customers"
    if opens_clause(text, pos, end) or opens_question_or_quote(text, pos, end):
        return True
    as_description = group == "description" and _AS.match(text, pos) is not None
    if group in {"speech", "description"} and opens_phrase(text, pos, end) and not as_description:
        return False  # "said before he died", "wrote in 2014", "called into the show"
    if opens_gerund(text, pos, end) or (form in _TELL and opens_infinitive(text, pos, end)):
        return True  # "admitted using the code", "told them to leave"
    return form not in lexicon().clause.needs_clause


def _question(text: str, start: int, end: int) -> bool:
    """Whether the sentence is a question ("Did Berg say ...?", "Why do they think ...?")."""
    stop = len(text[start:end].rstrip(" \t\u00a0\"”’'"))
    first = text[start : start + 12].lstrip(" \t\u00a0\"“‘'").split()[:1]
    return (
        stop > 0
        and text[start + stop - 1] == "?"
        and bool(first)
        and first[0].lower() in _VERB_START | lexicon().clause.questions
    )


def _one(text: str, cue: regex.Match[str], group: str, start: int, end: int, seen: Attributions) -> Found | None:
    if cue.group().endswith("ing") and (group != "source" or seen.continued(text, cue.start())):
        return _participle(text, cue, start, end, seen)  # "said, citing the report" too
    if group == "source":
        return find_source(text, cue, start, end)
    if _COORDINATED.search(text, max(start, cue.start() - 24), cue.start()):
        return _participle(text, cue, start, end, after_and=True)  # "... and says he will"
    mention: Mention | None = speaker_before(text, start, cue.start())
    if mention is None or (mention.generic and mention.start > start):
        mention = _long_subject(text, cue, start) or mention  # "Video of the incident shows"
    if mention is not None and mention.generic and (cue.group().lower() in lexicon().weak):
        return None
    if mention is not None and cue.group().lower() in lexicon().noun_like:
        named = mention.kind in {"person", "organisation", "pronoun"} and not mention.generic
        if not named and not THAT_WORD.match(text, cue.end(), end):
            return None  # "Several member states abstained": a noun, not a cue
    if mention is not None:
        if _question(text, start, end):
            return None  # "Did Berg say the talks would continue?"
        pos, bare = _content_start(text, cue, end)
        span = trim_content(text, pos, end)
        before = content_before(text, start, mention.start)
        hearer = TELL_OBJECT.match(text, cue.end(), end) if cue.group().lower() in _TELL else None
        lead = _skip_lead(text, hearer.end() if hearer else cue.end(), end, that=False)
        place = _PLACE_TAIL.match(text, lead, end)
        if place is not None and text.startswith(",", place.end()):
            lead = place.end()  # "Exports, he said in an interview, will recover."
        if before is not None and text.startswith(",", lead):
            # a parenthetical attribution: "Exports, he said, will recover."
            rest = trim_content(text, lead + 1, end)
            if word_count(text, *rest) >= 1:
                return Found(mention, cue.span(), (before, rest), False)
        first_word = text[span[0] : span[0] + 12].split()[:1]
        if first_word and first_word[0].lower() in _VERB_START:
            return None
        if mention.kind in {"role", "anonymous"} and mention.title is None and mention.name is None:
            return None
        if bare and word_count(text, *span) >= _MIN_WORDS and not _bare_content(text, cue, group, span[0], end):
            further = clause_further(text, span[0], end)  # "said at a rally in Ohio that ..."
            if further is None:
                return None  # "said the word", "warned the public", "said before he died"
            span = trim_content(text, further, end)
        if word_count(text, *span) >= _MIN_WORDS:
            stop = content_end(text, span[0], span[1], clause=True)
            if mention.text.lower().split()[-1] in _RELATIVES:
                stop = relative_end(text, span[0], stop)  # "..., many of whom say X, gathered"
            cut = trim_content(text, span[0], stop)
            span = cut if word_count(text, *cut) >= 1 else span
            return Found(mention, cue.span(), (_through_quote(text, span),), False)
        if group == "description" or not _nothing_after(text, cue.end(), end):
            return None
        return Found(mention, cue.span(), (before,), False) if before else None
    if group != "speech":
        return None
    before = content_before(text, start, cue.start())
    if before is None:
        return None
    mention = speaker_after(text, cue.end(), end)
    if mention is None or not _nothing_after(text, mention.end, end):
        mention = inverted_phrase(text, cue.end(), end)
        if mention is None:
            return None
    return Found(mention, cue.span(), (before,), False)


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether a sentence is written in title case, like many headlines."""
    words = [w for w in text[start:end].split()[:30] if w[0].isalpha() and len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def find_indirect(
    text: str, bounds: Bounds, quoted: list[tuple[int, int]], used: set[int], attributed: Sequence[Found] = ()
) -> list[Found]:
    """Statements around cues outside quotes whose cue is not in ``used``.

    ``attributed`` are the statements found already (direct quotes): a participle after one
    of them continues it ('"...," he said, adding that ...').
    """
    lex = lexicon()
    seen = Attributions()
    for done in attributed:
        seen.add(done.speaker, done.cue, done.spans, done.outer)
    found: list[Found] = []
    inside = 0
    for cue in find_cues(text):
        begin = cue.start()
        if begin in used:
            continue
        while inside < len(quoted) and quoted[inside][1] <= begin:
            inside += 1
        if inside < len(quoted) and quoted[inside][0] <= begin:
            continue
        group = lex.cue_group.get(" ".join(cue.group().lower().split()), "speech")
        start, end = bounds.of(begin)
        capital = not cue.group()[0].islower() and group != "source"
        if capital and not (group == "speech" and _title_case(text, start, end) and begin > start):
            continue  # a capitalised cue only counts inside a title-case headline
        statement = _one(text, cue, group, start, end, seen)
        if statement is not None:
            found.append(statement)
            seen.add(statement.speaker, statement.cue, statement.spans, statement.outer)
    return found
