"""Speaker phrases: who a cue belongs to, and what the phrase says about them.

A speaker phrase is found next to a cue: before it ("Treasury Secretary Scott Bessent
said", "Kevin Hassett, Director of the National Economic Council, said", "officials said",
"customs data showed") or after it ("said Scott Bessent, the Treasury secretary"). Its
tokens are then classified: a person (name, with the title split off by the title lexicon),
an organisation ("the White House", "the IMF"), an anonymous source ("two people familiar
with the matter"), a pronoun, a role ("the Treasury chief") or an organisation reference
("the company").

>>> m = speaker_before("Vice Premier He Lifeng said", 0, 22)
>>> m.kind, m.name, m.title
('person', 'He Lifeng', 'Vice Premier')
>>> m = speaker_after("said Scott Bessent, the Treasury secretary.", 5, 43)
>>> m.name, m.title
('Scott Bessent', 'Treasury secretary')
"""

from __future__ import annotations

from dataclasses import replace

from claimtrack.extractors.statements.lexicon import Lexicon, lexicon
from claimtrack.extractors.statements.mention import (
    _AUX,
    _DETERMINERS,
    _FAR,
    _MAX_APPOSITIVE,
    _MAX_PHRASE,
    _NEAR,
    _PLACE_PREPOSITIONS,
    _PREPOSITIONS,
    _STOPS,
    PRONOUNS,
    Mention,
    _is_office,
    _qualifier,
    classify,
)
from claimtrack.extractors.statements.tails import parenthesis_after, place_tail, with_parenthesis
from claimtrack.extractors.statements.tokens import Token, tokenize
from claimtrack.extractors.statements.unnamed import unnamed_before

__all__ = ["PRONOUNS", "Mention", "classify", "extend_appositive", "speaker_after", "speaker_before", "subject_at"]


def _titleish(token: Token, lex: Lexicon) -> bool:
    """A lower-case word that may stand inside a title or speaker phrase."""
    lower = token.lower
    return (
        lower in lex.modifiers
        or _is_office(token, lex)
        or _qualifier(token, lex) is not None
        or lower in lex.anon_heads
        or lower in lex.report_heads
        or lower in lex.org_nouns
    )


def _extent_back(tokens: list[Token], last: int, lex: Lexicon) -> int:
    """Index of the first token of the noun phrase ending at ``tokens[last]``."""
    first = last
    index = last - 1
    while index >= 0 and last - index < _MAX_PHRASE:
        token = tokens[index]
        lower = token.lower
        if token.text in _STOPS or (not token.is_word and token.text not in {"'", "’"}):
            break
        if lower in _DETERMINERS:
            first = index
            break
        if token.is_cap and (lower not in lex.not_names or lower in {"the"}):
            first = index
        elif lower in lex.particles or lower in {"of", "for"}:
            if index == 0 or not (tokens[index - 1].is_cap or tokens[index - 1].lower in lex.offices):
                break
        elif _titleish(token, lex) or lower in {"'s", "’s"} or lower in lex.not_names:
            if lower in lex.not_names and not _titleish(token, lex):
                break
            first = index
        else:
            # an unknown lower-case word: a modifier of a common head ("customs data")
            if tokens[last].is_cap or last - index > 2:
                break
            first = index
        index -= 1
    return _trim_leading(tokens, first, last, lex)


def _trim_leading(tokens: list[Token], first: int, last: int, lex: Lexicon) -> int:
    """Drop a leading preposition and the place after it ("In Beijing Vice Premier ...")."""
    after_preposition = first > 0 and tokens[first - 1].lower in _PLACE_PREPOSITIONS
    if tokens[first].is_cap and tokens[first].lower in lex.not_names and tokens[first].lower not in _DETERMINERS:
        first += 1
        after_preposition = tokens[first - 1].lower in _PLACE_PREPOSITIONS
    if after_preposition and first < last:
        has_office = any(_is_office(t, lex) or t.lower in lex.modifiers for t in tokens[first : last + 1])
        while first < last and not (_is_office(tokens[first], lex) or tokens[first].lower in lex.modifiers):
            if not has_office:
                first += 1
                break
            first += 1
    return min(first, last)


def _appositive(tokens: list[Token], comma: int, lex: Lexicon) -> tuple[int, int] | None:
    """Bounds (first, last) of an appositive ending just before ``tokens[comma]``."""
    index = comma - 1
    while index >= 0 and comma - index <= _MAX_APPOSITIVE:
        if tokens[index].text == ",":
            first, last = index + 1, comma - 1
            if first > last:
                return None
            opener = tokens[first]
            body = tokens[first : last + 1]
            ok = (
                opener.lower.endswith(("'s", "’s"))
                or (last - first <= 3 and all(t.is_cap or t.text == "." for t in body) and index > 0)
                or (
                    last - first <= 1
                    and all(t.is_cap or t.text == "." for t in tokens[first : last + 1])
                    and "-" in opener.text
                )
                or opener.lower in {"the", "a", "an", "who", "whose"}
                or (opener.lower.endswith("ing") and last - first >= 1)
                or opener.text.isdigit()
                or (  # "Democrat of California", "Chair of the Finance Committee"
                    opener.is_cap
                    and last - first <= 6
                    and all(t.is_cap or t.lower in {"of", "the", "and", "for", "."} for t in body)
                )
                or _titleish(opener, lex)
                or any(_is_office(t, lex) for t in tokens[first : last + 1])
            )
            return (first, last) if ok else None
        if tokens[index].text in _STOPS and tokens[index].text != ".":
            return None
        index -= 1
    return None


def _adverbial(tokens: list[Token], comma: int) -> int | None:
    """Index of the comma opening an adverbial phrase that ends at ``tokens[comma]``.

    "Clinton, at Monday's debate, said": a phrase opened by a preposition, or one adverb
    ("Critics, however, say"), between commas.
    """
    for index in range(comma - 1, max(-1, comma - 12), -1):
        token = tokens[index]
        if token.text == ",":
            opener = tokens[index + 1] if index + 1 < comma else None
            if opener is not None and index + 2 == comma and opener.lower in lexicon().unnamed.comma_adverbs:
                return index  # "Critics, however, say"
            return index if opener is not None and opener.text in _PLACE_PREPOSITIONS else None
        if token.text in _STOPS and token.text != ".":
            return None
    return None


def _with_appositive(text: str, mention: Mention, tokens: list[Token], first: int, last: int) -> Mention:
    lex = lexicon()
    body = tokens[first : last + 1]
    end = body[-1].end
    if len(body) == 1 and body[0].text.isdigit() and 0 < int(body[0].text) < 130:
        return replace(mention, end=end, text=text[mention.start : end], age=int(body[0].text))
    if mention.title is None and body[0].lower not in {"who", "whose"} and any(_is_office(t, lex) for t in body):
        words = [t for t in body if t.lower not in {"the", "a", "an"}]
        quals = [q for t in words if (q := _qualifier(t, lex)) is not None]
        words = [t for t in words if _qualifier(t, lex) not in {"former", "acting", "incoming"}] or words
        return replace(
            mention,
            end=end,
            text=text[mention.start : end],
            title=text[words[0].start : words[-1].end],
            title_start=words[0].start,
            title_end=words[-1].end,
            qualifier=quals[0] if quals else None,
        )
    return replace(mention, end=end, text=text[mention.start : end])


_TIME_NOUNS = frozenset(
    {"week", "weekend", "month", "year", "morning", "afternoon", "evening", "night"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_TIME_OPENERS = frozenset({"on", "last", "this", "late", "earlier", "next", "just"})
_TIME_ADVERBS = frozenset({"today", "yesterday", "together"})


def _before_adverbials(tokens: list[Token], last: int, lex: Lexicon) -> int:
    """Index of the last token before adverbs and time phrases that end at ``tokens[last]``.

    "Hassett on Tuesday said", "The company last week announced", "Smith boldly suggested".
    """
    for _ in range(4):
        if last < 0:
            break
        lower = tokens[last].lower
        if last >= 1 and lower in _TIME_NOUNS and tokens[last - 1].lower in _TIME_OPENERS:
            last -= 2
        elif last >= 1 and (
            lower in _TIME_ADVERBS or lower in _AUX or (lower in lex.clause.adverbs and not tokens[last].is_cap)
        ):
            last -= 1
        else:
            break
    while last >= 0 and tokens[last].lower in _AUX:
        last -= 1
    return last


def speaker_before(text: str, lo: int, hi: int) -> Mention | None:
    """The speaker phrase that ends just before a cue at ``hi`` (looking back to ``lo``)."""
    near = max(lo, hi - _NEAR)
    tokens = tokenize(text, near, hi)
    if near > lo and (len(tokens) < 10 or any(t.text == "," for t in tokens[-3:])):
        tokens = tokenize(text, max(lo, hi - _FAR), hi)  # a long phrase or an appositive
    return _speaker_before(text, tokens)


def _speaker_before(text: str, tokens: list[Token]) -> Mention | None:
    lex = lexicon()
    last = len(tokens) - 1
    while last >= 0 and tokens[last].lower in _AUX:
        last -= 1
    parenthesis: Token | None = None
    if last >= 2 and tokens[last].text == ")" and any(t.text == "(" for t in tokens[max(0, last - 8) : last]):
        parenthesis = tokens[last]
        while tokens[last].text != "(":
            last -= 1  # "Jason Chaffetz (R-Utah) said"
        last -= 1
        mention = _speaker_before(text, tokens[: last + 1])
        return with_parenthesis(text, mention, parenthesis.end) if mention is not None else None
    last = _before_adverbials(tokens, last, lex)
    if last < 0:
        return None
    unnamed = unnamed_before(text, tokens, last)
    if unnamed is not None:
        return unnamed  # "some say", "many of whom say", "those close to him say"
    if tokens[last].lower in lex.not_names and tokens[last].lower not in PRONOUNS:
        previous = tokens[last - 1] if last > 0 else None
        named = previous is not None and previous.is_cap and previous.lower not in lex.not_names
        if not (tokens[last].is_cap and named):  # "Theresa May said", not "In May said"
            return None
    if tokens[last].text == "," and (opening := _adverbial(tokens, last)) is not None:
        last = opening - 1  # "Clinton, at Monday's debate, said"
        while last >= 0 and tokens[last].lower in _AUX:
            last -= 1
        if last < 0 or not tokens[last].is_word:
            return None
    if tokens[last].text == ",":
        bounds = _appositive(tokens, last, lex)
        if bounds is None or bounds[0] < 2:
            return None
        name_last = bounds[0] - 2
        if name_last >= 2 and tokens[name_last].text == ")":
            opening = next((i for i in range(name_last - 1, max(0, name_last - 8), -1) if tokens[i].text == "("), 0)
            name_last = opening - 1 if opening > 0 else name_last  # "Meeks (D-N.Y.), chairman of ..., said"
        age = None
        if name_last >= 2 and tokens[name_last].text.isdigit() and tokens[name_last - 1].text == ",":
            age = int(tokens[name_last].text) if len(tokens[name_last].text) <= 3 else None
            name_last -= 2  # "Schiff, 56, who has served ..., told"
        first = _extent_back(tokens, name_last, lex)
        base = classify(text, tokens[first : name_last + 1])
        if base is None or base.kind not in {"person", "organisation", "anonymous", "role"}:
            return None
        if age is not None:
            base = replace(base, age=age)
        return _with_appositive(text, base, tokens, bounds[0], bounds[1])
    if not tokens[last].is_word:
        return None
    if tokens[last].lower in PRONOUNS:
        return classify(text, tokens[last : last + 1])
    first = _extent_back(tokens, last, lex)
    # anonymous tails: "people familiar with the matter", "a spokesman for the ministry"
    for index in range(max(0, last - 7), last + 1):
        if index > 0 and tokens[index].lower in _PREPOSITIONS | {"familiar", "close", "briefed", "involved"}:
            head = tokens[index - 1]
            known_head = head.lower in lex.anon_heads or _is_office(head, lex)
            if known_head and all(t.is_word for t in tokens[index : last + 1]):
                first = min(first, _extent_back(tokens, index - 1, lex))
                break
    return classify(text, tokens[first : last + 1])


def speaker_after(text: str, pos: int, hi: int, *, closing_comma: bool = False) -> Mention | None:
    """The speaker phrase that starts at ``pos`` right after a cue ("said Hassett").

    With ``closing_comma``, an appositive must end in a comma (the content follows it).
    """
    lex = lexicon()
    tokens = tokenize(text, pos, min(hi, pos + 240))
    if not tokens or not tokens[0].is_word:
        return None
    last = -1
    seen_capital = False
    for index, token in enumerate(tokens[:_MAX_PHRASE]):
        lower_word = not token.is_cap and token.is_word and token.lower not in lex.particles | {"of", "for"}
        if seen_capital and lower_word and not (_titleish(token, lex) or token.lower in lex.anon_heads):
            break  # "Trump attacked ...": the name ends at the verb
        seen_capital = seen_capital or token.is_cap
        if not token.is_word or (
            index > 0
            and token.lower in {"on", "in", "at", "during", "after", "before", "who", "that", "when", "last", "this"}
        ):
            break
        if (
            token.lower in lex.not_names
            and token.lower not in _DETERMINERS
            and token.lower not in PRONOUNS
            and token.lower not in _PREPOSITIONS
            and not _titleish(token, lex)
        ):
            break
        last = index
    if last < 0:
        return None
    while last > 0 and tokens[last].lower in _PREPOSITIONS | {"the", "and"}:
        last -= 1
    mention = classify(text, tokens[: last + 1])
    if mention is None or (mention.kind in {"pronoun"} and tokens[0].lower not in {"he", "she"}):
        return None
    if mention.kind == "anonymous":
        last = place_tail(tokens, last)
        mention = replace(mention, end=tokens[last].end, text=text[mention.start : tokens[last].end])
    after = last + 1
    close = parenthesis_after(tokens, after)
    if close is not None and mention.kind == "person":
        mention = with_parenthesis(text, mention, tokens[close].end)  # "said Sen. Jo Lee (D-Ore.)"
        after = close + 1
    if after < len(tokens) and tokens[after].text == ",":
        close = after + 1
        while close < len(tokens) and close - after <= _MAX_APPOSITIVE and tokens[close].text not in _STOPS:
            close += 1
        endings = {","} if closing_comma else {",", ".", ";"}
        if close > after + 1 and (
            (close < len(tokens) and tokens[close].text in endings) or (close >= len(tokens) and not closing_comma)
        ):
            body = tokens[after + 1 : close]
            opener = body[0]
            if (
                opener.lower in {"the", "a", "an"}
                or any(_is_office(t, lex) for t in body)
                or (len(body) == 1 and opener.text.isdigit())
            ):
                return _with_appositive(text, mention, tokens, after + 1, close - 1)
    return mention


def extend_appositive(text: str, mention: Mention) -> Mention:
    """The mention with a following appositive title or age (", the Treasury secretary,")."""
    if not text.startswith(",", mention.end):
        return mention
    lex = lexicon()
    tokens = tokenize(text, mention.end, min(len(text), mention.end + 200))
    if len(tokens) < 3 or tokens[0].text != "," or tokens[0].start != mention.end:
        return mention
    close = 1
    while close < len(tokens) and close <= 16 and tokens[close].text not in _STOPS:
        close += 1
    if close >= len(tokens) or close == 1 or tokens[close].text not in {",", "."}:
        return mention
    body = tokens[1:close]
    if (
        (len(body) == 1 and body[0].text.isdigit())
        or (body[0].lower in {"the", "a", "an"} and any(_is_office(t, lex) for t in body))
        or _is_office(body[0], lex)
        or (_qualifier(body[0], lex) and any(_is_office(t, lex) for t in body))
    ):
        return _with_appositive(text, mention, tokens, 1, close - 1)
    return mention


def _verb_like(token: Token) -> bool:
    """A lower-case word that reads as a verb, which no subject runs past ("Cruz EXHORTED ...")."""
    if token.is_cap:
        return False
    lex = lexicon()
    lower = token.lower
    verbal = lower in lex.clause.finite or lower in lex.clause.past or lower in lex.cue_group
    return verbal or (len(lower) > 4 and lower.endswith("ed") and lower not in lex.offices)


def subject_at(text: str, start: int, hi: int) -> Mention | None:
    """The speaker-like noun phrase that opens a clause at ``start`` (the longest that reads as one).

    >>> subject_at("The harbour board cut the budget, saying ...", 0, 33).text
    'The harbour board'
    """
    tokens = tokenize(text, start, min(hi, start + 120))
    stop = next((i for i, t in enumerate(tokens) if not t.is_word or (i > 0 and _verb_like(t))), len(tokens))
    for size in range(min(stop, 8), 0, -1):
        mention = classify(text, tokens[:size])
        if mention is not None and not mention.generic:
            return mention
    return None
