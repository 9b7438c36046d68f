"""The html format: one self-contained page per run (no network, works from a file:// path).

The page has a legend of claim kinds, a filter by severity, rule family and rule (a small
inlined script; without scripts every flag simply stays visible), a summary table of the run
and one per file, and each article with its claims highlighted, its flags marked (message and
suggestion on hover and on keyboard focus) and a side list of flags whose links jump to the
marks. Article text, messages and paths are always escaped; the CSS and the script are
package data files inlined at render time.

>>> from claimtrack.model import Document, Flag
>>> flag = Flag(code="CT201", name="implausible-magnitude", severity="warning",
...     message="<b>40 billion</b>", field="text", start=0, end=2)
>>> page = render_html([CheckedFile("a.txt", Document(text="40 <script>"), (flag,))], rules=[], color=False)
>>> "&lt;b&gt;40 billion&lt;/b&gt;" in page, "&lt;script&gt;" in page, page.count('<mark class="flag')
(True, True, 1)
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from collections.abc import Sequence
from functools import cache
from html import escape
from importlib.resources import files as package_files

from claimtrack.report.base import CheckedFile, RuleInfo, location, severity_counts
from claimtrack.report.html_article import KIND_LABELS, FlagItem, render_field

SEVERITIES = ("error", "warning", "info")


@cache
def asset(name: str) -> str:
    """The text of a packaged asset (``report.css``, ``report.js``), read once."""
    return (package_files("claimtrack.report") / "assets" / name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def content_policy(style: str, script: str) -> str:
    """The page's Content-Security-Policy: no network at all; only our own style and script run.

    Article text is escaped, so no markup of it reaches the page; the policy is a second
    wall: an inline script whose hash is not the report's own would not run either.
    """
    return f"default-src 'none'; style-src {_csp_hash(style)}; script-src {_csp_hash(script)}; img-src data:"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _items(index: int, checked: CheckedFile, families: dict[str, str]) -> list[FlagItem]:
    return [
        FlagItem(flag=flag, number=number, file_index=index, family=families.get(flag.code, "other"))
        for number, flag in enumerate(checked.flags, start=1)
    ]


def _checkboxes(name: str, values: list[tuple[str, str]]) -> str:
    boxes = "".join(
        f'<label><input type="checkbox" name="{name}" value="{escape(value)}" checked> {escape(label)}</label>'
        for value, label in values
    )
    return boxes or '<span class="none">none</span>'


def _filters(all_items: list[FlagItem], rules: dict[str, RuleInfo]) -> str:
    present = Counter(item.flag.code for item in all_items)
    families = sorted({item.family for item in all_items})
    names = {item.flag.code: item.flag.name for item in all_items}
    rule_boxes = [
        (code, f"{code} {rules[code].name if code in rules else names[code]} ({present[code]})")
        for code in sorted(present)
    ]
    severities: Counter[str] = Counter(item.flag.severity for item in all_items)
    return (
        '<form id="filters" class="filters" hidden aria-label="Filter the flags">'
        "<fieldset><legend>Severity</legend>"
        + _checkboxes("sev", [(sev, f"{sev} ({severities[sev]})") for sev in SEVERITIES])
        + "</fieldset><fieldset><legend>Family</legend>"
        + _checkboxes("family", [(family, family) for family in families])
        + "</fieldset><fieldset><legend>Rule</legend>"
        + _checkboxes("rule", rule_boxes)
        + "</fieldset><fieldset><legend>Highlight claims</legend>"
        + _checkboxes("kind", [(kind, label) for kind, label in KIND_LABELS.items()])
        + '</fieldset><p class="shown" id="shown" aria-live="polite"></p></form>'
    )


def _legend() -> str:
    kinds = "".join(
        f'<li><span class="k k-{kind}{" first" if kind == "statement" else ""}"'
        f"{' data-speaker=' + chr(34) + 'speaker, title' + chr(34) if kind == 'statement' else ''}>"
        f"{label}</span></li>"
        for kind, label in KIND_LABELS.items()
    )
    flags = "".join(f'<li><span class="swatch sev-{sev}">{sev}</span></li>' for sev in SEVERITIES)
    return (
        '<section class="legend" aria-label="Legend"><h2>Legend</h2><ul class="kinds">'
        + kinds
        + '</ul><ul class="flags-legend">'
        + flags
        + '<li><span class="rel">evidence</span> (links to its flag)</li></ul>'
        "<p>Hover over a marked flag, or move to it with Tab, to read its message and suggestion."
        " Each numbered flag is listed beside its article.</p></section>"
    )


def _run_summary(files: list[CheckedFile]) -> str:
    rows = []
    for index, checked in enumerate(files):
        counts: Counter[str] = Counter(flag.severity for flag in checked.flags)
        claims = len(checked.claims) if checked.claims is not None else 0
        cells = "".join(f'<td class="n">{counts[sev]}</td>' for sev in SEVERITIES)
        rows.append(
            f'<tr><th scope="row"><a href="#file-{index}">{escape(checked.path)}</a></th>{cells}'
            f'<td class="n">{claims}</td></tr>'
        )
    head = "".join(f'<th scope="col">{label}</th>' for label in ("errors", "warnings", "info"))
    return (
        '<table class="summary"><caption>Flags per file</caption><thead><tr><th scope="col">File</th>'
        f'{head}<th scope="col">claims</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _badge(severity: str) -> str:
    return f'<span class="badge sev-{escape(severity)}">{escape(severity)}</span>'


def _file_summary(checked: CheckedFile, items: list[FlagItem], rules: dict[str, RuleInfo]) -> str:
    per_rule = Counter(item.flag.code for item in items)
    first = {item.flag.code: item for item in reversed(items)}
    rows = "".join(
        f"<tr{first[code].data_attrs()}><td>{escape(code)}</td>"
        f"<td>{escape(rules[code].name if code in rules else first[code].flag.name)}</td>"
        f"<td>{escape(first[code].family)}</td>"
        f"<td>{_badge(first[code].flag.severity)}</td>"
        f'<td class="n">{count}</td></tr>'
        for code, count in sorted(per_rule.items())
    )
    kinds: Counter[str] = Counter(claim.kind for claim in checked.claims or ())
    claim_line = ", ".join(f"{kinds[kind]} {kind}" for kind in KIND_LABELS if kinds[kind])
    table = (
        '<table class="rules"><caption>Flags by rule</caption><thead><tr><th scope="col">Code</th>'
        '<th scope="col">Rule</th><th scope="col">Family</th><th scope="col">Severity</th>'
        f'<th scope="col">Flags</th></tr></thead><tbody>{rows}</tbody></table>'
        if rows
        else '<p class="clear">No flags.</p>'
    )
    claims = f'<p class="claims">Claims: {claim_line}.</p>' if claim_line else ""
    return table + claims


def _flag_rows(checked: CheckedFile, items: list[FlagItem]) -> str:
    rows = []
    for item in items:
        flag = item.flag
        where = location(checked.document, flag.field, flag.start, flag.end)
        surface = checked.document.field_text(flag.field)[flag.start : flag.end]
        evidence = "".join(
            f'<li><a href="#{item.related_id(index)}">'
            f"{escape(checked.document.field_text(rel.field)[rel.start : rel.end])}</a>"
            f"{' — ' + escape(rel.note) if rel.note else ''}</li>"
            for index, rel in enumerate(flag.related, start=1)
        )
        message = escape(flag.message) + (f'<ul class="evidence">{evidence}</ul>' if evidence else "")
        rows.append(
            f'<tr id="{item.entry_id}" class="entry sev-{escape(flag.severity)}"{item.data_attrs()}>'
            f'<td class="num">{item.number}</td>'
            f'<td class="where"><a href="#{item.mark_id}">{escape(checked.path)}:{where.line}:{where.column}</a></td>'
            f'<td class="sev">{_badge(flag.severity)}</td>'
            f'<td class="rule">{escape(flag.code)} {escape(flag.name)}</td>'
            f"<td>{message}</td>"
            f"<td>{escape(surface)}</td>"
            f"<td>{escape(flag.suggestion or '')}</td></tr>"
        )
    head = "".join(
        f'<th scope="col">{name}</th>' for name in ("#", "Where", "Severity", "Rule", "Message", "Text", "Suggestion")
    )
    return f'<table class="flags"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _file_section(index: int, checked: CheckedFile, items: list[FlagItem], rules: dict[str, RuleInfo]) -> str:
    document = checked.document
    claims = list(checked.claims or ())
    published = f'<p class="meta">Published {document.published.isoformat()}</p>' if document.published else ""
    title = (
        f'<h3 class="title">{render_field(document, "title", claims, items)}</h3>'
        if document.title or any(item.flag.field == "title" for item in items)
        else '<h3 class="title untitled">(no title)</h3>'
    )
    body = render_field(document, "text", claims, items)
    listing = _flag_rows(checked, items) if items else '<p class="clear">No flags.</p>'
    return (
        f'<section class="file" id="file-{index}" aria-labelledby="h-file-{index}">'
        f'<h2 id="h-file-{index}">{escape(checked.path)}</h2>{published}'
        f"{_file_summary(checked, items, rules)}"
        f'<div class="columns"><article class="story" aria-label="Article text">{title}'
        f'<div class="body">{body}</div></article>'
        f'<aside class="side" aria-label="Flags in {escape(checked.path)}"><h3>Flags</h3>{listing}</aside></div>'
        "</section>"
    )


def _not_checked(errors: Sequence[tuple[str | None, str]]) -> str:
    """The inputs that could not be checked, so a report read alone does not look all clear."""
    if not errors:
        return ""
    rows = "".join(f"<li>{escape(message)}</li>" for _, message in errors)
    return (
        '<section class="file not-checked" aria-labelledby="h-not-checked">'
        f'<h2 id="h-not-checked">Not checked</h2><p>{_plural(len(errors), "input")} could not be read or'
        f" checked:</p><ul>{rows}</ul></section>"
    )


def render_html(
    files: list[CheckedFile], *, rules: list[RuleInfo], color: bool, errors: Sequence[tuple[str | None, str]] = ()
) -> str:
    """The whole run as one standalone HTML page; ``errors`` are (path, message) of inputs not checked."""
    known = {rule.code: rule for rule in rules}
    families = {code: rule.family or "other" for code, rule in known.items()}
    per_file = [_items(index, checked, families) for index, checked in enumerate(files)]
    all_items = [item for items in per_file for item in items]
    counts = severity_counts(files)
    total = sum(counts.values())
    parts = ", ".join(f"{n} info" if s == "info" else _plural(n, s) for s, n in counts.items() if n)
    headline = f"{_plural(total, 'flag')}{f' ({parts})' if parts else ''} in {_plural(len(files), 'file')}"
    headline += f"; {_plural(len(errors), 'input')} could not be checked." if errors else "."
    sections = "".join(
        _file_section(index, checked, items, known)
        for index, (checked, items) in enumerate(zip(files, per_file, strict=True))
    )
    style, script = asset("report.css"), asset("report.js")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{escape(content_policy(style, script))}">'
        f"<title>claimtrack report: {escape(headline)}</title>"
        f"<style>{style}</style></head><body>\n"
        f'<header><h1>claimtrack report</h1><p class="headline">{escape(headline)}</p></header>\n'
        f'<nav class="controls" aria-label="Report controls">{_run_summary(files)}{_legend()}'
        f"{_filters(all_items, known)}</nav>\n"
        f"<main>{_not_checked(errors)}{sections}</main>\n"
        f'<script id="report-script">{script}</script></body></html>\n'
    )
