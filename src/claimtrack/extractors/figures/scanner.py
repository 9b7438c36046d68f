"""Finding figures: one compiled scanner for anchors, then local parsing around each.

The anchor pattern finds digits (with a currency before them), spelled-out numbers and
vague quantities ("dozens of"); :meth:`Reader.read_at` reads the scale, unit, currency or
counted noun after the number. Nothing is looked at beyond a few words either side, so
the cost grows linearly with the text.

>>> [(m.kind, int(m.value), m.currency) for m in scan("It paid $3.7bn and 48.3% of fees.", "USD")]
[('money', 3700000000, 'USD'), ('percent', 48, None)]
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex

import claimtrack.extractors.figures.patterns as pat
from claimtrack.extractors.figures.counts import counted_noun
from claimtrack.extractors.figures.mention import Mention
from claimtrack.extractors.figures.numbers import parse_digits, parse_number, parse_words
from claimtrack.extractors.figures.ones import read_one
from claimtrack.extractors.figures.patterns import Patterns, patterns
from claimtrack.extractors.figures.suffixes import SuffixReader, unit_canonical
from claimtrack.extractors.figures.vocab import Vocabulary, vocabulary

_SPLIT_WORDS = regex.compile(r"[a-z]{1,20}")
_ORDINAL_BEFORE = regex.compile(
    r"(?i)\b(?:first|second|final|last|other|back|front|latter|former|top|bottom)[ \t]{1,2}$"
)
_OF_A_AFTER = regex.compile(r"[ \t\u00a0]{1,3}(?:of[ \t\u00a0]{1,3})?an?(?=[ \t\u00a0])")
_OF_AFTER = regex.compile(r"[ \t\u00a0]{1,3}(?:of|the)\b")
_VAGUE_OF = regex.compile(r"[ \t\u00a0]{1,3}of(?=[ \t\u00a0])")
_PLUS_AFTER = regex.compile(r"[-‐]plus(?=[ \t\u00a0])")
# the word right before a figure, allowing an adverb-free gap: "made millions", "raised tens"
_VERB_BEFORE = regex.compile(r"(\p{L}{2,20})[ \t\u00a0]{1,3}$")
_ONLY_MONEY_ABBREVIATIONS = frozenset({"b", "B", "G", "T", "MM", "mm"})


def _currency_before(surface: str, default_currency: str) -> str:
    vocab = vocabulary()
    compact = " ".join(surface.split())
    if compact == "$":
        return default_currency
    return vocab.currency_before.get(compact) or vocab.currency_before.get(compact.lower(), default_currency)


class Reader(SuffixReader):
    """Reads figures out of one text (one field)."""

    def __init__(self, text: str, default_currency: str, decimal_comma: bool = False) -> None:
        self.text = text
        self.default_currency = default_currency
        self.decimal_comma = decimal_comma
        self.p: Patterns = patterns()
        self.v: Vocabulary = vocabulary()

    # -- the number itself ------------------------------------------------------------------

    def read_at(self, match: regex.Match[str], sentence: tuple[int, int]) -> Mention | None:
        """The figure an anchor match starts, or None when it is no figure."""
        if match.group("num") is not None:
            return self._read_digits(match, sentence)
        if match.group("fuzzy") is not None:
            return self._read_fuzzy(match, sentence)
        if match.group("vague") is not None:
            return self._read_vague(match, sentence)
        if match.group("words") is not None:
            return self._read_words(match, sentence)
        return None

    def _read_digits(self, match: regex.Match[str], sentence: tuple[int, int]) -> Mention | None:
        surface = match.group("digits")
        fraction = "/" in surface
        value = parse_number(surface) if fraction else parse_digits(surface, decimal_comma=self.decimal_comma)
        if value is None:
            return None
        sign = match.group("sign")
        signed = None
        if sign:
            signed = "+" if sign.strip() == "+" else "-"
            if signed == "-":
                value = -value
        pre = match.group("pre")
        currency = _currency_before(pre, self.default_currency) if pre else None
        n_start = match.start("sign") if sign else match.start("digits")
        n_end = match.end("digits")
        pos, scale = self._scale(n_end, money=currency is not None)
        mention = Mention(
            start=match.start(),
            end=pos,
            kind="money" if currency else "number",
            value=value * scale,
            number_start=n_start,
            number_end=n_end,
            currency=currency,
            scale=scale,
            prefix=pre,
            signed=signed,
        )
        plus = _PLUS_AFTER.match(self.text, pos, timeout=pat.TIMEOUT) if scale == 1 and not currency else None
        if plus is not None:  # "15-plus years" is a duration (the dates'), "20-plus states" a count
            read = self._read_suffix(mention, sentence, after=plus.end())
            return read if read is not None and (read.has_suffix or read.kind == "count") else None
        return self._read_suffix(mention, sentence)

    def _read_words(self, match: regex.Match[str], sentence: tuple[int, int]) -> Mention | None:
        surface = match.group("words").lower()
        words = _SPLIT_WORDS.findall(surface)
        if match.group("wsign"):
            words = words[1:]
        value = parse_words(words, self.v) if words else None
        if value is None:
            return None
        if match.group("wsign"):
            value = -value
        if len(words) == 1 and words[0] in self.v.multiplicatives:
            return Mention(match.start(), match.end(), "number", value, match.start(), match.end(), spelled=True)
        if 0 < value < 1 and _ORDINAL_BEFORE.search(self.text, max(0, match.start() - 12), match.start()):
            return None  # "the second half of the season" names a part, it states no share
        if 0 < value < 1 and _OF_AFTER.match(self.text, match.end(), timeout=pat.TIMEOUT) is None:
            return None  # "a third" only as a share of something: "a third of"
        pos, scale = (
            self._scale(match.end(), money=False) if words[-1] not in self.v.scales else (match.end(), Decimal(1))
        )
        mention = Mention(
            match.start(), pos, "number", value * scale, match.start(), match.end(), scale=scale, spelled=True
        )
        of_a = _OF_A_AFTER.match(self.text, pos, timeout=pat.TIMEOUT) if 0 < value < 1 else None
        if of_a is not None:  # "a quarter of a percentage point", "half a million dollars"
            share = self._read_suffix(mention, sentence, after=of_a.end())
            if share is not None and share.has_suffix:
                return share
        read = self._read_suffix(mention, sentence)
        plain_one = abs(value) == 1 and scale == 1 and not any(w in self.v.scales for w in words)
        if plain_one and (read is None or not read.has_suffix):
            if words == ["one"] and not match.group("wsign"):
                return self._one_of(mention, sentence)
            return None  # "one", "a": too common to be a figure without a unit ("one-yen" is)
        return read

    def _one_of(self, m: Mention, sentence: tuple[int, int]) -> Mention | None:
        """A "one" counts only with its noun (:func:`.ones.read_one`)."""
        return read_one(self.text, m, sentence, self.v)

    def _read_vague(self, match: regex.Match[str], sentence: tuple[int, int]) -> Mention | None:
        words = _SPLIT_WORDS.findall(match.group("vague").lower())
        low, high = self._vague_range(words)
        if low is None or high is None:
            return None
        end = match.end()
        mention = Mention(match.start(), end, "count", low, match.start(), end, low=low, high=high, spelled=True)
        of = _VAGUE_OF.match(self.text, end, timeout=pat.TIMEOUT)
        if of is None:
            if words[0] == "scores":
                return None  # "he scores" is a verb
            return self._bare_vague(mention)
        suffix = self._read_suffix(replace(mention, kind="number"), sentence, after=of.end())
        if suffix is None or suffix.kind == "number":
            return replace(mention, kind="count")
        return suffix

    def _bare_vague(self, m: Mention) -> Mention:
        """A vague scale with no noun: a count ("millions watched"), or a plain number.

        After a money verb ("made millions") it names no currency and counts nobody.
        """
        before = _VERB_BEFORE.search(self.text, max(0, m.start - 30), m.start, timeout=pat.TIMEOUT)
        if before is not None and before.group(1).lower() in self.v.money_verbs:
            return replace(m, kind="number")
        return m

    def _read_fuzzy(self, match: regex.Match[str], sentence: tuple[int, int]) -> Mention | None:
        """A loose multiple of a scale: "several hundred" (a range), "a couple dozen" (24).

        Without a scale only "a couple of" counts, and only with its noun ("a couple of
        reporters" = 2).
        """
        span = self.v.fuzzy.get(" ".join(match.group("fhow").lower().split()))
        if span is None:
            return None
        start, end = match.start(), match.end()
        scale_word = match.group("fscale")
        if scale_word is None:
            if match.group("fof") is None or span[0] != span[1]:
                return None
            two = Mention(start, end, "number", span[0], start, end, spelled=True)
            read = self._read_suffix(two, sentence)
            return read if read is not None and read.kind == "count" else None
        words = [scale_word.lower()] + ([match.group("fscale2").lower()] if match.group("fscale2") else [])
        unit = Decimal(1)
        for word in words:
            unit *= self.v.scales.get(word) or self.v.multipliers.get(word, Decimal(1))
        if span[0] == span[1]:
            exact = Mention(start, end, "number", span[0] * unit, start, end, scale=unit, spelled=True)
            return self._read_suffix(exact, sentence)
        low, high = span[0] * unit, (span[1] + 1) * unit - 1
        mention = Mention(start, end, "number", low, start, end, low=low, high=high, scale=unit, spelled=True)
        read = self._read_suffix(mention, sentence)
        if read is not None and read.kind == "number":
            return replace(read, kind="count")
        return read

    def _vague_range(self, words: list[str]) -> tuple[Decimal | None, Decimal | None]:
        vague = self.v.vague
        if words[0] == "tens" and len(words) == 3:
            scale = vague.get(words[2])
            if scale is None:
                return None, None
            unit = scale[0] / 2
            return self.v.tens_of[0] * unit, (self.v.tens_of[1] + 1) * unit - 1
        if words[0] not in vague:
            return None, None
        low, high = vague[words[0]]
        if len(words) == 3 and words[2] in vague:
            unit = vague[words[2]][0] / 2
            return low * unit, (high + 1) * unit - 1
        return low, high

    def _scale(self, pos: int, *, money: bool) -> tuple[int, Decimal]:
        match = self.p.scale_after.match(self.text, pos, timeout=pat.TIMEOUT)
        if match is None:
            return pos, Decimal(1)
        if match.group("word"):
            factor = self.v.scales.get(match.group("word").lower(), Decimal(100))
            if match.group("word2"):
                factor *= self.v.scales.get(match.group("word2").lower(), Decimal(100))
            return match.end(), factor
        abbreviation = match.group("abbr") or match.group("spaced") or ""
        if abbreviation in _ONLY_MONEY_ABBREVIATIONS and not money and not self._scale_context(abbreviation, match):
            return pos, Decimal(1)
        if abbreviation == "m" and not money and not self._million_context(match.end()):
            return pos, Decimal(1)  # "400m" without money or a counted noun reads as metres
        found = self.v.scale_abbreviations.get(abbreviation)
        return (match.end(), found) if found is not None else (pos, Decimal(1))

    def _scale_context(self, abbreviation: str, match: regex.Match[str]) -> bool:
        """Whether a letter that is a scale only with money reads as one here.

        A currency written after it makes it a scale ("209.5MM INR", "56.2T SEK", "53.2 G
        PHP"); so does a counted noun after any but a glued "G" or "mm" ("1.46B troops", "5 G sensors") and a unit
        after "B", "b", "T" or a spaced "G" ("41b tonnes", "583 G sq km"). "mm" stays
        millimetres without a currency ("5mm bolts"), and a glued "G" stays a name ("5G
        networks").
        """
        end = match.end()
        suffix = self.p.suffix.match(self.text, end, timeout=pat.TIMEOUT)
        if suffix is not None and suffix.group("cur"):
            return True
        if abbreviation == "mm" or (abbreviation == "G" and match.group("abbr")):
            return False
        if suffix is not None and suffix.group("unit") and abbreviation != "MM":
            return unit_canonical(suffix.group("unit"), self.v) is not None
        return counted_noun(self.text, end, min(len(self.text), end + 60)) is not None

    def _million_context(self, pos: int) -> bool:
        suffix = self.p.suffix.match(self.text, pos, timeout=pat.TIMEOUT)
        if suffix is not None and suffix.group("cur"):
            return True
        return counted_noun(self.text, pos, min(len(self.text), pos + 60)) is not None


def scan(text: str, default_currency: str = "USD") -> list[Mention]:
    """Every figure mention of a text, without context filters (for quick use and doctests)."""
    reader = Reader(text, default_currency)
    out: list[Mention] = []
    for match in reader.p.anchor.finditer(text, timeout=pat.TIMEOUT):
        if out and match.start() < out[-1].end:
            continue
        mention = reader.read_at(match, (0, len(text)))
        if mention is not None:
            out.append(mention)
    return out


__all__ = ["Reader", "scan"]
