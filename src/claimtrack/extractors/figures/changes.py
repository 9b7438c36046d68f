"""Changes: a direction word and the figures it links as ``by``, ``to`` and ``from``.

"Exports fell 48.3% to $18.7 billion from a year earlier" is a percent, a money figure
and a change (down, by the percent, to the money, basis year-on-year). The direction
comes from the change lexicon; a figure right after the word is the amount of the change
unless "to" or "from" stands before it; "a 5% decline" links the figure before the noun.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace

import regex

import claimtrack.extractors.figures.patterns as pat
from claimtrack.extractors.figures.mention import Mention
from claimtrack.extractors.figures.patterns import patterns
from claimtrack.extractors.figures.subject import subject_before
from claimtrack.extractors.figures.vocab import vocabulary

_MAX_GAP = 45
_NOT_MODIFIERS = frozenset({"of", "the", "in", "for", "to", "from", "and", "or", "a", "an", "by", "at", "on"})
_LEVEL_BEFORE_WORDS = frozenset({"up", "down", "higher", "lower", "unchanged"})
_BEFORE_WINDOW = 70
_AFTER_WINDOW = 32
_GAP_WORD = regex.compile(r"[\p{L}.$]{1,20}")
_ROLE_WORDS = {"to": "to", "at": "to", "from": "from", "by": "by"}
_NOT_A_CHANGE_AFTER = regex.compile(r"[ \t\u00a0]{1,3}(?:to|than|with|front|for|against|until|on)\b", regex.IGNORECASE)
_BETWEEN = regex.compile(r"[,;.]|\s(?:and|while|but|whereas)\s")
# the word before a particle, skipping a pronoun object: "sum [it] up", "make up"
_PARTICLE_VERB = regex.compile(
    r"(?P<verb>[\p{L}]{2,20})[ \t\u00a0]{1,3}(?:(?:it|them|this|that|everything)[ \t\u00a0]{1,3})?$",
    regex.IGNORECASE,
)
_DETERMINER_BEFORE = regex.compile(r"(?P<det>[\p{L}]{1,8})[ \t\u00a0]{1,3}$")
_SEASON_BEFORE = frozenset({"this", "last", "next", "early", "late", "that"})
_BY_WORD = regex.compile(r"\bby\b", regex.IGNORECASE)


@dataclass(frozen=True)
class Change:
    """A change found in the text, linking figures by their index in the mention list."""

    start: int
    end: int
    verb: str
    direction: str
    by: int | None
    to: int | None
    from_: int | None
    basis: str | None
    subject: str | None


def _noun_gap(gap: str) -> bool:
    """Only a blank, a hyphen or one or two modifiers between a figure and its change noun.

    "a 5% decline", "a 5% year-on-year rise" link; "two thirds of the increase" does not.
    """
    if len(gap) > 25 or _BETWEEN.search(gap):
        return False
    words = [w.lower() for w in _GAP_WORD.findall(gap)]
    return len(words) <= 2 and not any(w in _NOT_MODIFIERS for w in words)


def _no_change_word(text: str, word: regex.Match[str], lower: str, mentions: list[Mention], starts: list[int]) -> bool:
    """A change word that does not state a change here.

    A particle of a phrasal verb ("sum it up in 30 words", "make up less than half"), a
    comparative after a determiner ("the lower 95 percent"), the season ("this fall"), or
    the counted noun of a figure ("one slide says").
    """
    vocab = vocabulary()
    if lower in ("up", "down"):
        verb = _PARTICLE_VERB.search(text, max(0, word.start() - 36), word.start(), timeout=pat.TIMEOUT)
        if verb is not None and verb.group("verb").lower() in vocab.phrasal_verbs:
            return True
    if lower in ("lower", "higher", "fall"):
        det = _DETERMINER_BEFORE.search(text, max(0, word.start() - 12), word.start(), timeout=pat.TIMEOUT)
        before = det.group("det").lower() if det is not None else ""
        if lower == "fall" and before in _SEASON_BEFORE:
            return True  # "voters this fall": the season
        if lower != "fall" and before in vocab.adjective_before_change:
            return True
    holder = bisect_left(starts, word.start()) - 1
    return holder >= 0 and mentions[holder].kind == "count" and mentions[holder].end >= word.end()


def _fundraising(text: str, lower: str, word_end: int, roles: dict[str, int], mentions: list[Mention]) -> bool:
    """Whether "raised $350 million" (no "by", "to" or "from") collects money: no change."""
    if lower not in vocabulary().fundraising or set(roles) != {"by"}:
        return False
    amount = mentions[roles["by"]]
    return amount.kind == "money" and _BY_WORD.search(text, word_end, amount.start) is None


def _gap_role(text: str, start: int, end: int) -> str | None:
    """The role a figure takes from the words between the previous anchor and it."""
    gap = text[start:end]
    if len(gap) > _MAX_GAP or _BETWEEN.search(gap):
        return None
    words = [w.lower() for w in _GAP_WORD.findall(gap)]
    vocab = vocabulary()
    role = "by"
    previous = ""
    for word in words:
        if word in ("to", "from", "at"):
            role = _ROLE_WORDS[word]
        elif word in vocab.months and previous in vocab.change_month_after:
            pass  # "rose to 5% in May from 4%": the month dates the figure before it
        elif word not in vocab.change_gap_words:
            return None
        previous = word
    return role


_CONTINUATION_BREAK = regex.compile(r"[;.:!?()]|\b(?:and|while|but|whereas|against|compared)\b")


def _continues(
    text: str,
    out: list[Change],
    word: regex.Match[str],
    roles: dict[str, int],
    mentions: list[Mention],
    starts: list[int],
    sentence: tuple[int, int],
    direction: str,
) -> bool:
    """True when "up from X" completes the change just before it.

    "surged to $805.9m in the third quarter, up from $393.9m" is one change with both ends:
    the previous change of the sentence has a ``to`` but no ``from``, moves the same way,
    and only a short clause without another figure stands between.
    """
    if set(roles) != {"from"} or word.group("change").lower() not in _LEVEL_BEFORE_WORDS or not out:
        return False
    previous = out[-1]
    if previous.start < sentence[0] or previous.to is None or previous.from_ is not None:
        return False
    if previous.direction != direction or word.start() - previous.end > _MAX_GAP:
        return False
    if bisect_left(starts, previous.end) != bisect_left(starts, word.start()):
        return False  # another figure between them
    gap = text[previous.end : word.start()]
    return _CONTINUATION_BREAK.search(gap) is None


def _windows(
    mentions: list[Mention], sentences: list[tuple[int, int]], sentence_starts: list[int]
) -> list[tuple[int, int]]:
    """The stretches of text where a change word could link a figure: just around each one."""
    windows: list[tuple[int, int]] = []
    for mention in mentions:
        index = max(0, bisect_left(sentence_starts, mention.start + 1) - 1)
        low, high = sentences[index] if sentences else (0, mention.end)
        start = max(low, mention.start - _BEFORE_WINDOW)
        end = max(mention.end, min(high, mention.end + _AFTER_WINDOW))
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


_NOUN_ONLY = regex.compile(r"growth")  # a change noun that names the subject with the words before it ("export growth")
_CONTRAST = regex.compile(r"\b(?:while|whereas|but|although|though|meanwhile)\b|[;—–]|\s-\s", regex.IGNORECASE)


def _subject(
    text: str,
    word: regex.Match[str],
    lower: str,
    start: int,
    sentence_start: int,
    mentions: list[Mention],
    by: int | None,
) -> str | None:
    """The subject of a change: the phrase before it, or the one a noun like "growth" ends.

    "7% GDP growth" and "export growth of 2%" name their subject with the words before
    "growth"; other changes take the phrase before the word or its first figure.
    """
    if _NOUN_ONLY.fullmatch(lower):
        low = sentence_start
        if by is not None and mentions[by].end <= word.start():
            low = max(low, mentions[by].end)  # "a 7% GDP growth": the words after the figure
        named = subject_before(text, word.end(), low)
        if named is not None and named.lower() != lower:
            return named
    return subject_before(text, min(word.start(), start), sentence_start)


def _carries(text: str, out: list[Change], sentence_start: int, pos: int) -> bool:
    """Whether a change without its own subject takes the previous change's subject.

    "Output rose 5% after falling 3%": it does; "profits rose 5% while revenues - in
    dollars - rose 10%": a contrast between them names another thing.
    """
    if not out or out[-1].start < sentence_start or out[-1].subject is None:
        return False
    return _CONTRAST.search(text, out[-1].end, max(out[-1].end, pos), timeout=pat.TIMEOUT) is None


def find_changes(text: str, mentions: list[Mention], sentences: list[tuple[int, int]]) -> list[Change]:
    """The changes of one text, given its figure mentions (in order) and sentence spans."""
    vocab = vocabulary()
    p = patterns()
    starts = [m.start for m in mentions]
    linked: set[int] = set()
    out: list[Change] = []
    sentence_starts = [s for s, _ in sentences]
    words = [
        match
        for start, end in _windows(mentions, sentences, sentence_starts)
        for match in p.change.finditer(text, start, end, timeout=pat.TIMEOUT)
    ]
    word_starts = [w.start() for w in words]
    for number, word in enumerate(words):
        verb = word.group("change")
        lower = verb.lower()
        if lower in ("up", "down", "higher", "lower") and _NOT_A_CHANGE_AFTER.match(
            text, word.end(), timeout=pat.TIMEOUT
        ):
            continue
        if _no_change_word(text, word, lower, mentions, starts):
            continue
        sentence = (
            sentences[max(0, bisect_left(sentence_starts, word.start() + 1) - 1)] if sentences else (0, len(text))
        )
        next_word = word_starts[number + 1] if number + 1 < len(words) else len(text)
        roles: dict[str, int] = {}
        if lower in vocab.change_nouns_after:
            before = bisect_left(starts, word.start()) - 1
            gap_start = mentions[before].end if before >= 0 else 0
            converted = mentions[before].converted_from if before >= 0 else None
            if converted is not None:
                before = converted  # "a $5m (£3m) rise": the figure converted
            if before >= 0 and before not in linked:
                gap = text[gap_start : word.start()]
                if _noun_gap(gap) and mentions[before].start >= sentence[0]:
                    roles["by"] = before
        elif lower in _LEVEL_BEFORE_WORDS:  # "closed at 34,000, up 200 points": the level it reached
            before = bisect_left(starts, word.start()) - 1
            converted = mentions[before].converted_from if before >= 0 else None
            closing = " ,\t)" if converted is not None else " ,\t"  # "closed at $5 (£4), up 3 cents"
            adjacent = before >= 0 and text[mentions[before].end : word.start()].strip(closing) == ""
            if converted is not None:
                before = converted  # "closed at $5 (£4), up": the figure converted
            if adjacent and before not in linked and mentions[before].start >= sentence[0]:
                roles["to"] = before
        index = bisect_left(starts, word.end())
        anchor = word.end()
        limit = sentence[1]
        while index < len(mentions):
            mention = mentions[index]
            if mention.start >= min(limit, next_word) or index in linked:
                break
            if mention.converted_from is not None:  # "to 785m euros ($1bn) from": the conversion is no end
                if mention.converted_from not in roles.values():
                    break
                anchor = mention.end
                index += 1
                continue
            role = _gap_role(text, anchor, mention.start)
            if role is None or role in roles:
                break
            roles[role] = index
            anchor = mention.end
            index += 1
            if sentences and mention.end > limit:  # "to Fr. 310 bln from ...": the split was no sentence end
                limit = max(limit, sentences[max(0, bisect_left(sentence_starts, mention.end) - 1)][1])
        if not roles or _fundraising(text, lower, word.end(), roles, mentions):
            continue
        if _continues(text, out, word, roles, mentions, starts, sentence, vocab.changes[lower]):
            previous = out[-1]
            linked.add(roles["from"])
            end = max(previous.end, mentions[roles["from"]].end)
            out[-1] = replace(previous, end=end, from_=roles["from"])
            continue
        linked.update(roles.values())
        spans = [mentions[i] for i in roles.values()]
        start = min([word.start(), *(m.start for m in spans)])
        end = max([word.end(), *(m.end for m in spans)])
        basis_match = p.basis.search(text, end, min(sentence[1], end + 60), timeout=pat.TIMEOUT)
        out.append(
            Change(
                start=start,
                end=end,
                verb=verb,
                direction=vocab.changes[lower],
                by=roles.get("by"),
                to=roles.get("to"),
                from_=roles.get("from"),
                basis=vocab.basis[" ".join(basis_match.group("basis").lower().split())]
                if basis_match
                else (out[-1].basis if out and out[-1].start >= sentence[0] else None),
                subject=_subject(text, word, lower, start, sentence[0], mentions, roles.get("by"))
                or (out[-1].subject if _carries(text, out, sentence[0], min(word.start(), start)) else None),
            )
        )
    for index, mention in enumerate(mentions):
        if mention.signed and mention.kind == "percent" and index not in linked:
            direction = "up" if mention.signed == "+" else "down"
            out.append(Change(mention.start, mention.end, mention.signed, direction, index, None, None, None, None))
    return out


def find_outer_changes(text: str, mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Change]:
    """The changes, linking only figures that no other figure's span holds.

    "rose to 2.9 million 9-liter cases": the change moves the count, and the measure inside
    its noun ("9-liter") is no amount of the change.
    """
    nested = {i + 1 for i, m in enumerate(mentions[:-1]) if m.rescan is not None and mentions[i + 1].end <= m.end}
    if not nested:
        return find_changes(text, mentions, spans)
    keep = [i for i in range(len(mentions)) if i not in nested]
    new_index = {old: new for new, old in enumerate(keep)}
    view = [
        m if m.converted_from is None else replace(m, converted_from=new_index.get(m.converted_from))
        for m in (mentions[i] for i in keep)
    ]

    def old_index(index: int | None) -> int | None:
        return keep[index] if index is not None else None

    return [
        replace(change, by=old_index(change.by), to=old_index(change.to), from_=old_index(change.from_))
        for change in find_changes(text, view, spans)
    ]
