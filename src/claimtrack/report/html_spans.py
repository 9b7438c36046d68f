"""Overlapping spans of a text -> properly nested, escaped HTML.

Claims, flags and evidence spans overlap freely (a change covers its figures, a statement
covers everything it reports, two flags can cross). The text is cut at every span boundary
into segments; walking the boundaries in order, a stack holds the open elements, outermost
first (earlier start, then longer, then lower ``rank``). When an element ends, the elements
opened inside it are closed with it and reopened as *continuation pieces*, so tags always
nest. Only an element's first piece carries its ``attrs`` (ids, ``tabindex``) and ``head``;
its last piece carries its ``tail``. Every piece of text is escaped.

>>> spans = [Wrap(0, 9, tag="b", attrs=' id="x"'), Wrap(5, 12, tag="i", cont_attrs=' class="c"')]
>>> nest("fell 5% <to> 9", spans)
'<b id="x">fell <i>5% &lt;</i></b><i class="c">to&gt;</i> 9'
>>> nest("a<b", [Wrap(1, 1, tag="mark", head="!")])
'a<mark>!</mark>&lt;b'
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Wrap:
    """One element to lay over ``text[start:end]``; attributes are pre-escaped HTML."""

    start: int
    end: int
    tag: str = "span"
    attrs: str = ""
    """Attributes of the first piece, with a leading space: ``' id="f1" tabindex="0"'``."""
    cont_attrs: str = ""
    """Attributes of continuation pieces (no ids: they must stay unique)."""
    head: str = ""
    """HTML placed right after the first piece's opening tag (e.g. a tooltip)."""
    tail: str = ""
    """HTML placed right before the last piece's closing tag (e.g. a footnote number)."""
    rank: int = 0
    """Among spans with the same extent, the lower rank is the outer element."""


def _clamp(wrap: Wrap, length: int) -> Wrap | None:
    start = min(max(wrap.start, 0), length)
    end = min(max(wrap.end, start), length)
    if (start, end) == (wrap.start, wrap.end):
        return wrap
    return Wrap(start, end, wrap.tag, wrap.attrs, wrap.cont_attrs, wrap.head, wrap.tail, wrap.rank)


def nest(text: str, wraps: list[Wrap]) -> str:
    """``text`` escaped, with every wrap laid over it as nested elements.

    Spans outside the text are clipped to it; an empty span becomes an empty element at its
    position (its ``head`` and ``tail`` still show). Runs in O(n log n + pieces).
    """
    clipped = [w for w in (_clamp(wrap, len(text)) for wrap in wraps) if w is not None]
    order = sorted(range(len(clipped)), key=lambda i: (clipped[i].start, -clipped[i].end, clipped[i].rank, i))
    starts: dict[int, list[int]] = {}
    ends: dict[int, set[int]] = {}
    points: dict[int, list[int]] = {}
    for index in order:
        wrap = clipped[index]
        if wrap.end == wrap.start:
            points.setdefault(wrap.start, []).append(index)
            continue
        starts.setdefault(wrap.start, []).append(index)
        ends.setdefault(wrap.end, set()).add(index)
    bounds = sorted({0, len(text), *starts, *ends, *points})
    out: list[str] = []
    stack: list[int] = []
    for position, bound in enumerate(bounds):
        ending = ends.get(bound, set())
        if ending:
            low = next(depth for depth, index in enumerate(stack) if index in ending)
            for index in reversed(stack[low:]):
                wrap = clipped[index]
                out.append(f"{wrap.tail if index in ending else ''}</{wrap.tag}>")
            survivors = [index for index in stack[low:] if index not in ending]
            del stack[low:]
            for index in survivors:
                out.append(f"<{clipped[index].tag}{clipped[index].cont_attrs}>")
                stack.append(index)
        for index in points.get(bound, ()):
            wrap = clipped[index]
            out.append(f"<{wrap.tag}{wrap.attrs}>{wrap.head}{wrap.tail}</{wrap.tag}>")
        for index in starts.get(bound, ()):
            wrap = clipped[index]
            out.append(f"<{wrap.tag}{wrap.attrs}>{wrap.head}")
            stack.append(index)
        if position + 1 < len(bounds):
            out.append(escape(text[bound : bounds[position + 1]], quote=False))
    return "".join(out)
