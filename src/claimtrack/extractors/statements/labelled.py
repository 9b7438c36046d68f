"""Transcript lines: "PENCE: Well, look, ...", a speaker's upper-case name and a colon."""

from __future__ import annotations

import regex

from claimtrack.extractors.statements.found import Found
from claimtrack.extractors.statements.speakers import Mention

_LABEL = regex.compile(
    r"""
    (?m)^[ \t\u00a0"“]{0,3}
    (?P<name>\p{Lu}[\p{Lu}.'’\-]{1,25}(?:[ ]\p{Lu}[\p{Lu}.'’\-]{1,25}){0,2})   # an upper-case name
    (?P<colon>:)[ \t\u00a0]{1,3}                                           # a colon
    (?P<content>[^\n]{2,2000})                                              # the line
    """,
    regex.VERBOSE,
)
"""A transcript line: "PENCE: Well, look, ..."."""


def find_labelled(text: str) -> list[Found]:
    """Transcript lines whose speaker is an upper-case name followed by a colon.

    >>> text = "WALLACE: Will she be there?\\nSMITH: No."
    >>> [(f.speaker.name, text[f.spans[0][0]:f.spans[0][1]]) for f in find_labelled(text)]
    [('WALLACE', 'Will she be there?'), ('SMITH', 'No.')]
    """
    found: list[Found] = []
    for match in _LABEL.finditer(text):
        start, end = match.span("content")
        while end > start and text[end - 1] in ' \t\u00a0"”':
            end -= 1
        name_start, name_end = match.span("name")
        mention = Mention(
            name_start,
            name_end,
            "person",
            match.group("name"),
            name=match.group("name"),
            name_start=name_start,
            name_end=name_end,
        )
        found.append(Found(mention, match.span("colon"), ((start, end),), False))
    return found
