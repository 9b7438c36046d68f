import pytest

from claimtrack.errors import ConfigError, InputError
from claimtrack.model import Document
from claimtrack.text.loading import as_date, decode, load_document, to_document
from claimtrack.text.markdown import parse_markdown


def test_plain_text_positions_are_one_based_code_points():
    doc = Document(text="ab\n€ 5%")
    assert doc.position("text", doc.text.index("5")) == (2, 3)


def test_markdown_front_matter_yaml_and_source_map():
    raw = "---\ntitle: Trade\npublished: 2025-06-09\n---\n## Figures\n\nExports *rose* 4.8% in May.\n"
    doc = parse_markdown(raw, "a.md")
    assert doc.title == "Trade"
    assert doc.published.isoformat() == "2025-06-09"
    assert "*" not in doc.text
    assert "#" not in doc.text
    offset = doc.text.index("4.8%")
    line, col = doc.position("text", offset)
    assert raw.splitlines()[line - 1][col - 1 :].startswith("4.8%")


def test_markdown_toml_front_matter_and_h1_title():
    doc = parse_markdown('+++\ndate = "2024-01-02"\n+++\n# Big headline\n\nBody 5%.\n', "b.md")
    assert doc.title == "Big headline"
    assert doc.text.startswith("Body")
    assert doc.published.isoformat() == "2024-01-02"


def test_markdown_links_keep_their_text():
    doc = parse_markdown("See [the report](http://x.org/a) and ![chart](c.png).", "c.md")
    assert doc.text == "See the report and chart."


def test_bad_front_matter_is_an_input_error():
    with pytest.raises(InputError, match="front matter"):
        parse_markdown("---\ntitle: [unclosed\n---\nBody\n", "bad.md")
    with pytest.raises(InputError, match="not an ISO date"):
        parse_markdown("---\ndate: next tuesday\n---\nBody\n", "bad.md")


def test_decode_rejects_binary_and_bad_utf8_with_the_fix():
    with pytest.raises(InputError, match="binary"):
        decode(b"abc\x00def", "x.txt")
    with pytest.raises(InputError, match="--encoding"):
        decode("caf\u00e9".encode("cp1252"), "x.txt")
    assert decode("caf\u00e9".encode("cp1252"), "x.txt", "cp1252") == "caf\u00e9"


def test_load_document_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_document(tmp_path / "missing.txt")


def test_to_document_types_and_dates():
    with pytest.raises(TypeError, match="bytes"):
        to_document(b"text")  # type: ignore[arg-type]
    with pytest.raises(ConfigError):
        as_date("June 9")
    doc = to_document(Document(text="x", title="old"), title="new", published="2025-06-09")
    assert (doc.title, doc.published.isoformat()) == ("new", "2025-06-09")


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_decode_reads_wide_unicode_by_its_mark_or_the_named_encoding(codec):
    data = "Exports fell 4% in May.".encode(codec)
    named = decode(data, "a.txt", codec)
    assert named == "Exports fell 4% in May."
    if codec in ("utf-16", "utf-32"):  # these write a byte-order mark
        assert decode(data, "a.txt") == named


def test_decode_still_refuses_nul_bytes_without_a_wide_encoding():
    with pytest.raises(InputError, match="binary"):
        decode(b"Exports\x00fell", "a.bin", "utf-8")


@pytest.mark.parametrize("text", ["2025-06-09junk", "2025-06-32", "June 9, 2025", "09/06/2025", "2025-06-09 junk"])
def test_as_date_refuses_what_is_not_an_iso_date(text):
    with pytest.raises(ConfigError, match="not an ISO date"):
        as_date(text)


@pytest.mark.parametrize("text", ["2025-06-09", " 2025-06-09 ", "2025-06-09T10:00:00Z", "2025-06-09T23:30:00+02:00"])
def test_as_date_reads_iso_dates_and_datetimes(text):
    assert as_date(text).isoformat() == "2025-06-09"
