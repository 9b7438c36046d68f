"""Reading what follows a number: unit, currency, percent, minor unit, rate or counted noun.

The number and its scale word are read already; here come "km", "dlrs", "%", "50 cents",
"a share", "a year" or the counted noun. :class:`SuffixReader` is the half of the
scanner's :class:`~claimtrack.extractors.figures.scanner.Reader` that looks right of the
number; the reader of the number itself builds on it.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex

import claimtrack.extractors.figures.patterns as pat
from claimtrack.extractors.figures.ages import is_age
from claimtrack.extractors.figures.compounds import compound_count, measured_count
from claimtrack.extractors.figures.counts import counted_noun
from claimtrack.extractors.figures.filters import name_number
from claimtrack.extractors.figures.mention import Mention
from claimtrack.extractors.figures.numbers import parse_number
from claimtrack.extractors.figures.patterns import Patterns
from claimtrack.extractors.figures.symbols import spaced_symbol
from claimtrack.extractors.figures.vocab import Vocabulary

__all__ = ["SuffixReader", "compact", "unit_canonical"]

_PERCENT_OF_BEFORE = regex.compile(r"(?i)(?:percents?|per[ \t]?cent|percentage)[ \t]{1,3}of[ \t]{1,3}$")
_STERLING = regex.compile(r"[ \t\u00a0]{1,2}(?i:sterling)\b")
_CENTS_AFTER = regex.compile(
    r"""(?i)(?: [ \t]{1,2} and )? [ \t]{1,2}
        (?P<n> \d{1,2} | [a-z]{3,9} (?: [ -][a-z]{3,6} )? )      # 50, forty-five
        [ \t]{1,2} (?: cents? | pence ) \b""",
    regex.VERBOSE,
)
_WORD = regex.compile(r"\p{L}{2,20}")


def compact(surface: str) -> str:
    """Lower case with single spaces, the form the lexicon tables are keyed by."""
    return " ".join(surface.split()).lower()


def unit_canonical(surface: str, vocab: Vocabulary) -> str | None:
    """The unit a surface names ("km" -> "kilometer"), in its own case first, or None."""
    return vocab.unit_surfaces.get(surface) or vocab.unit_surfaces.get(surface.lower())


class SuffixReader:
    """Reads the unit, currency, percent, rate or counted noun right after a number.

    Attributes:
        text: the field being read.
        default_currency: the ISO code a bare "$" stands for.
        p, v: the compiled patterns and the vocabulary.
    """

    text: str
    default_currency: str
    p: Patterns
    v: Vocabulary

    def _read_suffix(self, m: Mention, sentence: tuple[int, int], after: int | None = None) -> Mention | None:
        text = self.text
        pos = m.end if after is None else after
        suffix = self.p.suffix.match(text, pos, timeout=pat.TIMEOUT)
        if suffix is not None:
            read = self._apply_suffix(m, suffix, sentence)
            if read is not None or suffix.group("time"):
                return read
        if m.kind == "money":
            return self._with_per(m)
        inverted = _PERCENT_OF_BEFORE.search(text, max(sentence[0], m.start - 24), m.start, timeout=pat.TIMEOUT)
        if inverted is not None and inverted.start() == sentence[0]:
            return replace(m, kind="percent", start=inverted.start(), has_suffix=True)
        if is_age(text, m):
            return replace(m, kind="measure", unit="year")
        compound = compound_count(text, m, min(sentence[1], pos + 120)) if after is None else None
        if compound is None and after is None:
            compound = measured_count(text, m, min(sentence[1], pos + 120))
        if compound is not None:
            return compound if compound.kind != "duration" else None  # "10-" of "10- and 20-year"
        noun = counted_noun(text, pos, min(sentence[1], pos + 80))
        if noun is not None:
            return replace(m, kind="count", unit=noun[2], end=noun[1])
        return m

    def _apply_suffix(self, m: Mention, suffix: regex.Match[str], sentence: tuple[int, int]) -> Mention | None:
        gap = suffix.group("gap")
        end = suffix.end()
        hyphen = "-" in gap
        if m.prefix and (suffix.group("bps") or suffix.group("pts") or suffix.group("pct")):
            # "5 billion USD 20 percent": the code closes the amount before; the percent starts at its number
            m = replace(m, start=m.number_start, prefix=None)
        if suffix.group("bps"):
            return replace(
                m,
                kind="percent",
                value=m.value / 100,
                points=True,
                end=end,
                has_suffix=True,
                currency=None,
                factor=Decimal("0.01"),
            )
        if suffix.group("pts"):
            return replace(m, kind="percent", points=True, end=end, has_suffix=True, currency=None)
        if suffix.group("pct"):
            return replace(m, kind="percent", end=end, has_suffix=True, currency=None, hyphenated=hyphen)
        if suffix.group("age"):
            return replace(m, kind="measure", unit="year", end=end, has_suffix=True, hyphenated=hyphen)
        if suffix.group("time"):
            return None  # a duration: the dates extractor's
        if m.currency is not None and not suffix.group("cur"):
            return None
        if suffix.group("cur"):
            surface = compact(suffix.group("cur"))
            if surface in self.v.currency_scaled_only and m.scale == 1 and m.currency is None:
                return None  # "10 marks" out of a test; "16 billion marks" is money
            code = self.v.currency_after.get(surface)
            unit = self.v.currency_ambiguous.get(surface)
            read = replace(m, kind="money", currency=m.currency or code, unit=unit, end=end, has_suffix=True)
            return self._with_per(self._cents_after(read))
        if suffix.group("minor"):
            if suffix.group("minor") == "C" and m.currency is None:  # "1,626C" is hot, "50c" cheap
                if suffix.group("gap"):  # "35 C" only near a temperature word
                    return spaced_symbol(self.text, m, suffix.start("minor"), sentence)
                if name_number(self.text, m.start, m.number_end, sentence_start=sentence[0]):
                    return None  # "Room 12C" names a room
                return replace(m, kind="measure", unit="degree_Celsius", end=suffix.end(), has_suffix=True)
            if suffix.group("minor") == "c" and (m.value >= 100 or not self._price_near(m, sentence)):
                return None  # "the 50c" with no price near, "501c groups": no money
            return self._minor(m, suffix)
        if suffix.group("unit"):
            return self._unit(m, suffix, sentence)
        return None

    def _price_near(self, m: Mention, sentence: tuple[int, int]) -> bool:
        """A currency sign or a price word within a few words of the figure, in its sentence."""
        window = self.text[max(sentence[0], m.start - 80) : min(sentence[1], m.end + 80)]
        if any(sign in window for sign in "$€£¥¢"):
            return True
        return any(word.lower() in self.v.price_words for word in _WORD.findall(window, timeout=pat.TIMEOUT))

    def _minor(self, m: Mention, suffix: regex.Match[str]) -> Mention | None:
        form = suffix.group("minor")
        if len(form) == 1 and suffix.group("gap"):
            return None
        minor = self.v.minor[form.lower()]
        currency = minor.of or self.default_currency
        read = replace(
            m,
            kind="money",
            value=m.value / minor.per,
            currency=currency,
            end=suffix.end(),
            has_suffix=True,
            minor=minor.name,
            factor=1 / minor.per,
        )
        return self._with_per(read)

    def _unit(self, m: Mention, suffix: regex.Match[str], sentence: tuple[int, int]) -> Mention | None:
        surface = suffix.group("unit")
        gap = suffix.group("gap")
        if surface in self.v.adjacent_units and gap.strip(" \t\u00a0\u202f") == "" and gap:
            return spaced_symbol(
                self.text, m, suffix.start("unit"), sentence
            )  # "95 F" near "heat", "5 W" near "charger"
        canonical = unit_canonical(surface, self.v)
        if canonical is None:
            return None
        end = suffix.end()
        weight_symbol = surface.lower() in ("lb", "lbs")  # "407.2 tln lb" is a weight, never money
        sterling_after = _STERLING.match(self.text, end, timeout=pat.TIMEOUT)
        if canonical == "pound" and not weight_symbol and (m.scale != 1 or sterling_after):
            return self._with_per(
                replace(
                    m,
                    kind="money",
                    currency="GBP",
                    end=sterling_after.end() if sterling_after else end,
                    has_suffix=True,
                )
            )
        per = self.p.per.match(self.text, end, timeout=pat.TIMEOUT)
        if per is not None and " / " not in canonical:
            canonical = f"{canonical} / {self.v.per_surfaces[compact(per.group('per'))]}"
            end = per.end()
        return replace(m, kind="measure", unit=canonical, end=end, has_suffix=True, hyphenated="-" in gap)

    def _cents_after(self, m: Mention) -> Mention:
        """Add the cents after an amount: "3 dollars 50 cents" is one amount, 3.5."""
        match = _CENTS_AFTER.match(self.text, m.end, timeout=pat.TIMEOUT)
        if match is None or m.scale != 1:
            return m
        cents = parse_number(match.group("n"))
        if cents is None or not (0 < cents < 100):
            return m
        return replace(m, value=m.value + cents / 100, end=match.end())

    def rate_after(self, figures: list[Mention], position: int) -> tuple[str, int] | None:
        """The "a year" written after a figure and its conversions, as (unit, end).

        Only for money figures none of which has a rate of its own.
        """
        if any(m.kind != "money" or m.per is not None for m in figures):
            return None
        per = self.p.per.match(self.text, position, timeout=pat.TIMEOUT)
        if per is None:
            return None
        return self.v.per_surfaces[compact(per.group("per"))], per.end()

    def _with_per(self, m: Mention) -> Mention:
        per = self.p.per.match(self.text, m.end, timeout=pat.TIMEOUT)
        if per is None:
            return m
        unit = self.v.per_surfaces[compact(per.group("per"))]
        return replace(m, per=unit, end=per.end())
