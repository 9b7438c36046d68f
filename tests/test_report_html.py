"""The html format: escaping, nesting of overlapping spans, marks, lists and self-containment."""

import re
from decimal import Decimal
from html.parser import HTMLParser

import pytest

from claimtrack.model import ClaimSet, Document, Flag, MoneyClaim, PercentClaim, Related, StatementClaim
from claimtrack.report import render
from claimtrack.report.base import CheckedFile, RuleInfo
from claimtrack.report.html_out import asset, content_policy
from claimtrack.report.html_spans import Wrap, nest

VOID = {"meta", "input", "br", "hr", "img", "link"}


class TagChecker(HTMLParser):
    """Records every start tag and checks that end tags close the innermost open element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []
        self.script_bodies: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.starts.append((tag, dict(attrs)))
        if tag not in VOID:
            self.stack.append(tag)
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.script_bodies.append(data)


def parse(page: str) -> TagChecker:
    checker = TagChecker()
    checker.feed(page)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    return checker


# an article written for these tests; the story contains markup that must come out as text
TEXT = 'Widget sales rose 50% to $30 million from $25 million, Ana Diaz said. <script>alert("x")</script> & more'
MONEY_TO = TEXT.index("$30 million")
MONEY_FROM = TEXT.index("$25 million")
PCT = TEXT.index("50%")
SCRIPT = TEXT.index("<script>")


def claims() -> ClaimSet:
    said = TEXT.index("said") + 4
    return ClaimSet(
        claims=(
            StatementClaim(
                id="statement-b0-68",
                text=TEXT[:said],
                field="text",
                start=0,
                end=said,
                sentence=0,
                speaker="Ana Diaz",
                speaker_kind="person",
                speaker_start=TEXT.index("Ana"),
                speaker_end=TEXT.index("Ana") + 8,
                title="sales director",
            ),
            PercentClaim(id="p", text="50%", field="text", start=PCT, end=PCT + 3, sentence=0, value=Decimal(50)),
            MoneyClaim(
                id="m1",
                text="$30 million",
                field="text",
                start=MONEY_TO,
                end=MONEY_TO + 11,
                sentence=0,
                value=Decimal(30_000_000),
                currency="USD",
            ),
            MoneyClaim(
                id="m2",
                text="$25 million",
                field="text",
                start=MONEY_FROM,
                end=MONEY_FROM + 11,
                sentence=0,
                value=Decimal(25_000_000),
                currency="USD",
            ),
        )
    )


def flags() -> tuple[Flag, ...]:
    return (
        Flag(
            code="CT101",
            name="percent-change-mismatch",
            severity="error",
            message="from $25 million to $30 million is +20%, not +50% <b>",
            field="text",
            start=PCT,
            end=PCT + 3,
            related=(
                Related(field="text", start=MONEY_FROM, end=MONEY_FROM + 11, note="from"),
                Related(field="text", start=MONEY_TO, end=MONEY_TO + 11, note="to"),
            ),
            suggestion="20%",
        ),
        # crosses the statement's end and the script text: must still nest properly
        Flag(
            code="CT502",
            name="unattributed-quote",
            severity="info",
            message="a quote with no speaker",
            field="text",
            start=TEXT.index("said"),
            end=SCRIPT + 12,
        ),
        Flag(code="CT999", name="odd-rule", severity="warning", message="empty span", field="text", start=3, end=3),
    )


RULES = [
    RuleInfo(code="CT101", name="percent-change-mismatch", severity="error", family="arithmetic"),
    RuleInfo(code="CT502", name="unattributed-quote", severity="info", family="people"),
]


@pytest.fixture
def page() -> str:
    document = Document(text=TEXT, title="Sales <up> 50%")
    return render("html", [CheckedFile("a&b.txt", document, flags(), claims())], rules=RULES)


def test_article_text_is_escaped_and_no_foreign_script(page):
    checker = parse(page)
    assert "&lt;script&gt;ale" in page
    assert "<script>ale" not in page
    assert 'alert("x")' not in "".join(checker.script_bodies)
    scripts = [attrs for tag, attrs in checker.starts if tag == "script"]
    assert scripts == [{"id": "report-script"}]
    assert "Sales &lt;up&gt; 50%" in page
    assert "&amp; more" in page
    assert "+50% &lt;b&gt;" in page


def test_one_focusable_mark_per_flag_with_its_tooltip(page):
    checker = parse(page)
    marks = [attrs for tag, attrs in checker.starts if tag == "mark" and "id" in attrs]
    assert len(marks) == len(flags())
    tips = {attrs["id"] for tag, attrs in checker.starts if attrs.get("role") == "tooltip"}
    for mark in marks:
        assert mark["tabindex"] == "0"
        assert mark["aria-describedby"] in tips
    assert [mark["data-sev"] for mark in marks] == ["warning", "error", "info"]  # in text order
    assert "Suggestion: 20%" in page


def test_side_list_links_to_each_mark_and_evidence_links_back(page):
    checker = parse(page)
    mark_ids = {attrs["id"] for tag, attrs in checker.starts if tag == "mark" and "id" in attrs}
    entry_links = {
        attrs["href"][1:]
        for tag, attrs in checker.starts
        if tag == "a" and (attrs.get("href") or "").startswith("#f0-") and "rel-ref" not in (attrs.get("class") or "")
    }
    assert entry_links == mark_ids
    related = [attrs for tag, attrs in checker.starts if (attrs.get("class") or "") == "rel" and "id" in attrs]
    assert len(related) == 2
    assert all(attrs["data-code"] == "CT101" for attrs in related)
    backlinks = [attrs["href"] for tag, attrs in checker.starts if tag == "a" and attrs.get("class") == "rel-ref"]
    assert len(backlinks) == 2
    assert len(set(backlinks)) == 1
    assert backlinks[0][1:] in mark_ids
    assert "a&amp;b.txt:1:" in page


def test_claims_highlighted_by_kind_and_statement_names_its_speaker(page):
    checker = parse(page)
    kinds = [attrs["data-kind"] for tag, attrs in checker.starts if "data-kind" in attrs and "first" not in attrs]
    assert {"money", "percent", "statement"} <= set(kinds)
    statement = next(
        attrs for tag, attrs in checker.starts if attrs.get("data-speaker", "speaker, title") != "speaker, title"
    )
    assert statement["data-speaker"] == "Ana Diaz, sales director"
    assert '<span class="speaker">Ana Diaz</span>' in page


def test_filters_and_summary_tables(page):
    checker = parse(page)
    boxes = {(attrs["name"], attrs["value"]) for tag, attrs in checker.starts if tag == "input"}
    assert {("sev", "error"), ("sev", "warning"), ("sev", "info")} <= boxes
    assert {("family", "arithmetic"), ("family", "people"), ("family", "other")} <= boxes
    assert {("rule", "CT101"), ("rule", "CT502"), ("rule", "CT999")} <= boxes
    assert "Flags per file" in page
    assert "Flags by rule" in page
    assert "@media print" in page


def test_page_is_self_contained_and_its_policy_allows_only_its_own_script(page):
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page
    assert "url(" not in asset("report.css")
    policy = content_policy(asset("report.css"), asset("report.js"))
    assert "default-src 'none'" in policy
    assert "unsafe-inline" not in policy
    assert policy.replace("'", "&#x27;") in page


@pytest.mark.parametrize(
    ("wraps", "expected"),
    [
        ([], "a&lt;b&gt;c"),
        ([Wrap(0, 5)], "<span>a&lt;b&gt;c</span>"),
        ([Wrap(1, 2, tag="i"), Wrap(0, 5, tag="b")], "<b>a<i>&lt;</i>b&gt;c</b>"),
        ([Wrap(0, 3, tag="b"), Wrap(2, 5, tag="i")], "<b>a&lt;<i>b</i></b><i>&gt;c</i>"),
        ([Wrap(-4, 99, tag="b")], "<b>a&lt;b&gt;c</b>"),
        ([Wrap(4, 2, tag="b", head="!")], "a&lt;b&gt;<b>!</b>c"),
        ([Wrap(0, 1, tag="b", rank=1), Wrap(0, 1, tag="i", rank=0)], "<i><b>a</b></i>&lt;b&gt;c"),
    ],
    ids=["plain", "whole", "inner", "crossing", "clipped", "empty-after-end", "rank-decides-outer"],
)
def test_nest_table(wraps, expected):
    assert nest("a<b>c", wraps) == expected


def test_nest_many_crossing_spans_stays_well_formed():
    text = "x" * 400
    wraps = [Wrap(i, i + 37, tag="span", attrs=f' id="w{i}"') for i in range(0, 360, 3)]
    html = nest(text, wraps)
    checker = parse(html)
    assert len([attrs for _, attrs in checker.starts if "id" in attrs]) == len(wraps)
    assert re.sub(r"<[^>]+>", "", html) == text


def test_cli_writes_the_report_with_claims(tmp_path):
    from claimtrack.cli import check_cmd
    from claimtrack.cli.main import main
    from claimtrack.model import Report

    def engine(document, settings):
        return Report(flags=flags(), claims=claims())

    story = tmp_path / "story.txt"
    story.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "report.html"
    original = check_cmd._run_rules
    check_cmd._run_rules = engine
    try:
        code = main(["check", str(story), "--output-format", "html", "-o", str(out), "--isolated", "-q"])
    finally:
        check_cmd._run_rules = original
    assert code == 1
    page = out.read_text(encoding="utf-8")
    parse(page)
    assert page.count('tabindex="0"') == len(flags())
    assert 'data-speaker="Ana Diaz, sales director"' in page
