"""HTML input: title, date, article text, entities, block breaks and the source map."""

import json

import pytest

from claimtrack.cli import check_cmd, rules_adapter
from claimtrack.text.html import parse_html
from claimtrack.text.loading import load_document
from test_cli_check import FakeRegistry, fake_engine, run

PAGE = """<!DOCTYPE html>
<html>
<head>
  <title>Trade news | The Daily</title>
  <meta property="og:title" content="Exports climb">
  <meta property="article:published_time" content="2025-06-09T08:00:00Z">
  <style>p { color: red } /* 9 billion */</style>
  <script>var total = "7 billion";</script>
</head>
<body>
<nav><a href="/">Home</a> 1 billion</nav>
<header><p>Site banner 2 billion</p></header>
<main>
<h1>Exports climb &amp; imports slip</h1>
<p>Exports rose   to
   3&nbsp;billion&#x20AC; in May.</p>
<p>Imports fell<br>to 2 million.</p>
<aside>Related: 4 billion</aside>
</main>
<footer>© 5 billion</footer>
</body>
</html>
"""


@pytest.fixture(autouse=True)
def fake_rules(monkeypatch):
    monkeypatch.setattr(check_cmd, "_run_rules", fake_engine)
    monkeypatch.setattr(rules_adapter, "_registry", lambda: FakeRegistry())


def test_title_date_and_article_text():
    document = parse_html(PAGE, "page.html")
    assert document.title == "Exports climb & imports slip"
    assert document.published.isoformat() == "2025-06-09"
    assert document.text == "Exports rose to 3 billion€ in May.\n\nImports fell\nto 2 million."
    for dropped in ("Home", "banner", "Related", "©", "color", "var total"):
        assert dropped not in document.text


def test_source_map_points_at_the_file():
    document = parse_html(PAGE, "page.html")
    lines = PAGE.split("\n")
    for word in ("billion", "Imports", "May", "million", "€"):
        line, column = document.position("text", document.text.index(word))
        assert lines[line - 1][column - 1 :].startswith(word if word != "€" else "&#x20AC;"), word
    line, column = document.position("title", document.title.index("imports"))
    assert lines[line - 1][column - 1 :].startswith("imports")


@pytest.mark.parametrize(
    ("page", "title"),
    [
        ('<title>Tab title</title><meta property="og:title" content="Social &amp; title"><p>x</p>', "Social & title"),
        ("<title>Tab  title</title><p>x</p>", "Tab title"),
        ("<p>no title at all</p>", ""),
    ],
)
def test_title_fallbacks(page, title):
    assert parse_html(page).title == title


@pytest.mark.parametrize(
    ("page", "published"),
    [
        ('<p>x</p><time datetime="2024-02-29">Feb 29</time>', "2024-02-29"),
        ('<meta itemprop="datePublished" content="2023-01-05"><time datetime="2024-02-29">x</time>', "2023-01-05"),
        ('<time datetime="soon">x</time>', None),
        ("<p>June 9, 2025</p>", None),
    ],
)
def test_dates(page, published):
    document = parse_html(page)
    assert (document.published.isoformat() if document.published else None) == published


def test_only_the_article_when_there_is_one():
    page = "<body><p>Promo 1 billion</p><article><p>Story text.</p></article><p>More promo</p></body>"
    assert parse_html(page).text == "Story text."


def test_explicit_title_keeps_the_h1_in_the_body():
    document = parse_html("<h1>Big 3 billion</h1><p>Body.</p>", title="Given")
    assert document.title == "Given"
    assert document.text == "Big 3 billion\n\nBody."


def test_broken_markup_never_raises():
    for page in ("<p>unclosed <b>bold", "</p></div>text", "<<>>&&;&#xZZ;", "<script>never closed", ""):
        parse_html(page)


def test_cp1252_html_file(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes("<p>Caf\u00e9 3 billion</p>".encode("cp1252"))
    assert load_document(path, encoding="cp1252").text == "Caf\u00e9 3 billion"


def test_check_reports_html_file_positions(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    code, out, _ = run(["check", str(path), "--format", "json"])
    assert code == 1
    document = json.loads(out)["documents"][0]
    assert document["title"] == "Exports climb & imports slip"
    assert document["published"] == "2025-06-09"
    body = [f for f in document["flags"] if f["field"] == "text"]
    assert [(f["code"], f["line"], f["column"]) for f in body] == [("CT201", 16, 11)]
    assert run(["extract", str(path), "--format", "json"])[0] == 0
