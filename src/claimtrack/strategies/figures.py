"""Strategies for figures: money, percent, count, measure, number, range and change phrases.

Each yields a :class:`~claimtrack.strategies.stated.Stated` phrase ("about €12.6 billion")
with the matcher of the claim it states; spellings come from the extractor's lexicons.

>>> from hypothesis import given
>>> @given(money())
... def test_money_phrases(phrase):
...     assert phrase.expected[0].kind == "money"
>>> test_money_phrases()
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from decimal import Decimal
from typing import TypeVar

from hypothesis import strategies as st

from claimtrack.strategies.lexicon import BASIS_POINT_SIGNS, PERCENT_SIGNS, POINT_SIGNS, lexicon
from claimtrack.strategies.stated import KNOWN_EXTRACTOR_LIMITS, Stated, digits, plain
from claimtrack.testing import expect

Avoid = Collection[str]
T = TypeVar("T")

MONEY_WHEN_SCALED = frozenset({"pounds", "pound"})
"""Unit surfaces that are money after a scale word ("5 million pounds"; see currencies.toml)."""


def pick(draw: st.DrawFn, options: Sequence[tuple[str, T]], avoid: Avoid) -> tuple[str, T]:
    """Draw one (form label, value) option whose label is not avoided."""
    kept = [option for option in options if option[0] not in avoid]
    return draw(st.sampled_from(kept))


@st.composite
def _mantissa(draw: st.DrawFn, *, low: int = 1, high: int = 999) -> Decimal:
    whole = draw(st.integers(low, high))
    places = draw(st.sampled_from([0, 0, 1, 1, 2]))
    if places == 0:
        return Decimal(whole)
    fraction = draw(st.integers(1, 10**places - 1))
    return (Decimal(whole) + Decimal(fraction) / Decimal(10**places)).normalize()


@st.composite
def quantity(
    draw: st.DrawFn, *, avoid: Avoid = KNOWN_EXTRACTOR_LIMITS, words: bool = True, unit_like: Collection[str] = ()
) -> tuple[str, Decimal, list[str]]:
    """A number as news writes it: digits, grouped digits, a number word, or a scaled figure.

    ``unit_like`` lists scale abbreviations to leave out (before a unit, "5mm" is millimetres).
    Returns (surface, value, form labels).
    """
    lex = lexicon()
    styles = ["digits", "grouped", "scale-word", "scale-abbrev"] + (["word"] if words else [])
    style = draw(st.sampled_from([s for s in styles if f"number:{s}" not in avoid]))
    forms = [f"number:{style}"]
    if style == "word":
        word_value = draw(st.sampled_from(sorted(n for n in lex.number_words if n >= 2)))
        return lex.number_words[word_value], Decimal(word_value), forms
    if style in ("digits", "grouped"):
        whole = draw(st.integers(2, 9_999_999))
        if style == "digits" and 1000 <= whole < 10_000:
            whole //= 10  # news style writes 1,000 to 9,999 with a comma; bare, they read as years
        value = Decimal(whole)
        if draw(st.booleans()):
            value += Decimal(draw(st.integers(1, 99))) / 100
        return digits(value, grouped=style == "grouped"), value.normalize(), forms
    mantissa = draw(_mantissa())
    if style == "scale-word":
        word, factor = pick(draw, [(f"scale:{w}", (w, f)) for w, f in lex.scales.items()], avoid)[1]
        forms.append(f"scale:{word}")
        return f"{digits(mantissa, grouped=False)} {word}", mantissa * factor, forms
    options = [(f"scale:{a}", (a, f)) for a, f in lex.scale_abbreviations.items() if a not in unit_like]
    abbrev, factor = pick(draw, options, avoid)[1]
    spaced = abbrev in lex.spaced_abbreviations and draw(st.booleans())
    forms.append(f"scale:{abbrev}" + (" (spaced)" if spaced else ""))
    return f"{digits(mantissa, grouped=False)}{' ' if spaced else ''}{abbrev}", mantissa * factor, forms


@st.composite
def _approximator(draw: st.DrawFn, avoid: Avoid) -> tuple[str, str | None, list[str]]:
    if not draw(st.booleans()):
        return "", None, []
    phrase, key = pick(draw, [(f"approx:{p}", (p, k)) for p, k in lexicon().approx], avoid)[1]
    return f"{phrase} ", key, [f"approx:{phrase}"]


@st.composite
def money(draw: st.DrawFn, *, avoid: Avoid = KNOWN_EXTRACTOR_LIMITS, approx: bool = True) -> Stated:
    """An amount: "$12.6 billion", "€3.5m", "12,000 yen", "about 4.8 billion rupees"."""
    lex = lexicon()
    surface, value, forms = draw(quantity(avoid=avoid, words=False))
    places = {
        "bare-dollar": "currency:$" not in avoid,
        "before": any(f"currency-before:{form}" not in avoid for form, _ in lex.currency_before),
        "after": any(f"currency-after:{form}" not in avoid for form, _ in lex.currency_after),
    }
    place = draw(st.sampled_from([name for name, allowed in places.items() if allowed]))
    if place == "bare-dollar":
        text, code = f"${surface}", "USD"
        forms.append("currency:$")
    elif place == "before":
        options = [(f"currency-before:{form}", (form, code)) for form, code in lex.currency_before]
        form, code = pick(draw, options, avoid)[1]
        gap = " " if form[-1].isalpha() or form[-1] == "." else ""
        text = f"{form}{gap}{surface}"
        forms.append(f"currency-before:{form}")
    else:
        options = [(f"currency-after:{form}", (form, code)) for form, code in lex.currency_after]
        form, code = pick(draw, options, avoid)[1]
        text = f"{surface} {form}"
        forms.append(f"currency-after:{form}")
    prefix, key, approx_forms = draw(_approximator(avoid)) if approx else ("", None, [])
    matcher = expect.money(plain(value), code, approx=key)
    return Stated(prefix + text, (matcher,), "money", (*forms, *approx_forms))


@st.composite
def percent(draw: st.DrawFn, *, avoid: Avoid = KNOWN_EXTRACTOR_LIMITS, approx: bool = True) -> Stated:
    """A percentage or points: "4.8%", "12 per cent", "0.5 percentage points", "25 basis points"."""
    style = draw(st.sampled_from(["percent", "percent", "points", "basis-points"]))
    if style == "basis-points":
        bps = draw(st.integers(1, 300))
        sign = pick(draw, [(f"percent-sign:{s.strip()}", s) for s in BASIS_POINT_SIGNS], avoid)
        value = Decimal(bps) / 100
        text, forms, points = f"{bps}{sign[1]}", [sign[0]], True
    else:
        value = draw(_mantissa(low=0, high=99).filter(lambda v: v > 0))
        signs = PERCENT_SIGNS if style == "percent" else POINT_SIGNS
        sign = pick(draw, [(f"percent-sign:{s.strip()}", s) for s in signs], avoid)
        text, forms, points = f"{digits(value, grouped=False)}{sign[1]}", [sign[0]], style != "percent"
    prefix, key, approx_forms = draw(_approximator(avoid)) if approx else ("", None, [])
    matcher = expect.percent(plain(value), points=points, approx=key)
    return Stated(prefix + text, (matcher,), "percent", (*forms, *approx_forms))


@st.composite
def count(draw: st.DrawFn, *, avoid: Avoid = KNOWN_EXTRACTOR_LIMITS, approx: bool = True) -> Stated:
    """A number of things: "1,200 people", "twelve staff", "30 million shares"."""
    surface, value, forms = draw(quantity(avoid=avoid))
    noun = pick(draw, [(f"noun:{n}", n) for n in lexicon().count_nouns], avoid)
    prefix, key, approx_forms = draw(_approximator(avoid)) if approx else ("", None, [])
    matcher = expect.count(plain(value), str(noun[1]), approx=key)
    return Stated(f"{prefix}{surface} {noun[1]}", (matcher,), "count", (*forms, noun[0], *approx_forms))


@st.composite
def measure(draw: st.DrawFn, *, avoid: Avoid = KNOWN_EXTRACTOR_LIMITS, approx: bool = True) -> Stated:
    """A measure: "1.2 million barrels per day", "5kg", "300 hectares"."""
    surface, value, forms = draw(quantity(avoid=avoid, words=False, unit_like=lexicon().unit_like_scales))
    options = [(f"unit:{s}", (s, u, adjacent)) for s, u, adjacent in lexicon().units]
    label, (unit_surface, unit, adjacent) = pick(draw, options, avoid)
    if (adjacent or unit_surface in MONEY_WHEN_SCALED) and forms[0] not in ("number:digits", "number:grouped"):
        # "5 million W" is not written (a unit read only next to digits), and "5 million
        # pounds" is money (currencies.toml): these units take plain digits
        surface, value = digits(value, grouped=False), value
        forms = ["number:digits"]
    if forms[0] in ("number:scale-word", "number:scale-abbrev"):
        forms.append(f"scaled-unit:{unit_surface}")
    text = f"{surface}{'' if adjacent else ' '}{unit_surface}"
    prefix, key, approx_forms = draw(_approximator(avoid)) if approx else ("", None, [])
    matcher = expect.measure(plain(value), unit, approx=key)
    return Stated(prefix + text, (matcher,), "measure", (*forms, label, *approx_forms))


@st.composite
def number(draw: st.DrawFn, *, avoid: Avoid = KNOWN_EXTRACTOR_LIMITS) -> Stated:
    """A bare figure (no unit, no counted noun), rendered in digits: "1.5", "2,400"."""
    value = draw(_mantissa(low=1, high=99_999))
    grouped = value >= 1000  # news style: 1,000 and up take a comma; bare, 1000-2100 reads as a year
    label = "number:grouped" if grouped else "number:digits"
    return Stated(digits(value, grouped=grouped), (expect.number(plain(value)),), "number", (label,))


@st.composite
def range_(draw: st.DrawFn, *, avoid: Avoid = KNOWN_EXTRACTOR_LIMITS) -> Stated:
    """Two ends of one kind: "6-7%", "between 5 and 10 percent", "$3 billion to $5 billion"."""
    style = draw(st.sampled_from(["hyphen-percent", "between-percent", "money-to-money", "between-count"]))
    low = draw(st.integers(1, 90))
    high = draw(st.integers(low + 1, low + 50))
    if style == "hyphen-percent":
        text, matcher = f"{low}-{high}%", expect.range(low, high, of="percent")
    elif style == "between-percent":
        text, matcher = f"between {low} and {high} percent", expect.range(low, high, of="percent")
    elif style == "money-to-money":
        text = f"${low} billion to ${high} billion"
        matcher = expect.range(low * 10**9, high * 10**9, of="money", currency="USD")
    else:
        noun = draw(st.sampled_from(lexicon().count_nouns))
        text, matcher = f"between {low} and {high} {noun}", expect.range(low, high, of="count")
    return Stated(text, (matcher,), "range", (f"range:{style}",))


@st.composite
def change(draw: st.DrawFn, *, avoid: Avoid = KNOWN_EXTRACTOR_LIMITS) -> Stated:
    """A movement: "rose 4.8%", "fell 3% to $12 billion", "edged up to 8,100 from 7,900 tonnes"."""
    lex = lexicon()
    direction = draw(st.sampled_from(["up", "down"]))
    verb = pick(draw, [(f"verb:{v}", v) for v in lex.changes[direction]], avoid)
    forms = [verb[0]]
    style = draw(st.sampled_from(["by", "by-to", "to-from", "by-basis"]))
    forms.append(f"change:{style}")
    if style in ("by", "by-basis"):
        by = draw(percent(avoid=avoid, approx=False))
        text, matcher = f"{verb[1]} {by.text}", expect.change(direction, by=by.expected[0])
        forms.extend(by.forms)
        if style == "by-basis":
            surface, basis = pick(draw, [(f"basis:{s}", (s, b)) for s, b in lex.bases], avoid)[1]
            text += f" {surface}"
            matcher = expect.change(direction, by=by.expected[0], basis=basis)
            forms.append(f"basis:{surface}")
        return Stated(text, (matcher,), "change", tuple(forms))
    first = draw(money(avoid=avoid, approx=False))
    if style == "by-to":
        by = draw(percent(avoid=avoid, approx=False).filter(lambda p: p.expected[0].fields.get("points") is False))
        text = f"{verb[1]} {by.text} to {first.text}"
        matcher = expect.change(direction, by=by.expected[0], to=first.expected[0])
        return Stated(text, (matcher,), "change", (*forms, *by.forms, *first.forms))
    origin = draw(money(avoid=avoid, approx=False))
    text = f"{verb[1]} to {first.text} from {origin.text}"
    matcher = expect.change(direction, from_=origin.expected[0], to=first.expected[0])
    return Stated(text, (matcher,), "change", (*forms, *first.forms, *origin.forms))


FIGURES: dict[str, Callable[..., st.SearchStrategy[Stated]]] = {
    "money": money,
    "percent": percent,
    "count": count,
    "measure": measure,
    "number": number,
    "range": range_,
    "change": change,
}
"""The figure strategies by claim kind."""
