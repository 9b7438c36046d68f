"""The html report in a real headless browser (Debian's chromium driven by selenium).

CI (``.ci/run``) installs chromium and sets ``CLAIMTRACK_REQUIRE_BROWSER=1``: there a missing
browser fails the test. Elsewhere it is skipped. Set ``CLAIMTRACK_SCREENSHOT=/tmp/report.png``
to keep a screenshot of the page.
"""

import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest

import claimtrack
from claimtrack.model import Document, Flag, Related, Report
from claimtrack.report import render
from claimtrack.report.base import CheckedFile

REQUIRED = os.environ.get("CLAIMTRACK_REQUIRE_BROWSER") == "1"

# an article written for this test: a few inconsistencies, and markup that must never run
TITLE = "Widget maker's sales up 40% as hiring goes on"
TEXT = (
    "Sales at the widget maker rose 50% to $30 million from $25 million last year, finance chief"
    " Lena Ortiz said on Monday, June 10, 2025. <script>window.__pwned = 1</script>\n\n"
    '"We are still hiring," she said. Its staff doubled to 1,500 from 1,000, and it shipped 40,000 tonnes'
    ' of widgets. <img src="x" onerror="window.__pwned = 2">\n\n'
    "The sale of its harbour depot would close by May 1, 2025, the company said."
)
PUBLISHED = date(2025, 6, 12)


def _browser_or_reason() -> tuple[str, str] | str:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        return "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"
    return browser, driver


def _hand_built_flags() -> tuple[Flag, ...]:
    """Used only if the rules flag nothing in the article (they are developed in parallel)."""
    pct, to, frm = TEXT.index("50%"), TEXT.index("$30 million"), TEXT.index("$25 million")
    monday, may = TEXT.index("Monday"), TEXT.index("May 1, 2025")
    return (
        Flag(
            code="CT101",
            name="percent-change-mismatch",
            severity="error",
            message="from $25 million to $30 million is +20.0%, not +50%",
            field="text",
            start=pct,
            end=pct + 3,
            related=(Related(field="text", start=frm, end=frm + 11), Related(field="text", start=to, end=to + 11)),
            suggestion="20%",
        ),
        Flag(
            code="CT401",
            name="weekday-mismatch",
            severity="error",
            message="June 10, 2025 is a Tuesday, not a Monday",
            field="text",
            start=monday,
            end=monday + 6,
            suggestion="Tuesday",
        ),
        Flag(
            code="CT403",
            name="past-deadline",
            severity="warning",
            message="May 1, 2025 is before the publication date",
            field="text",
            start=may,
            end=may + 11,
        ),
    )


@pytest.fixture(scope="module")
def report() -> tuple[Document, Report]:
    document = Document(text=TEXT, title=TITLE, published=PUBLISHED)
    checked = claimtrack.check(document)
    if not checked.flags:
        checked = Report(flags=_hand_built_flags(), claims=checked.claims)
    return document, checked


@pytest.fixture(scope="module")
def page_path(report, tmp_path_factory) -> Path:
    from claimtrack.cli.rules_adapter import known_rules

    document, checked = report
    page = render(
        "html",
        [CheckedFile("widgets.txt", document, checked.flags, checked.claims)],
        rules=list(known_rules().values()),
    )
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(page, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def driver():
    found = _browser_or_reason()
    if isinstance(found, str):
        if REQUIRED:
            pytest.fail(f"CLAIMTRACK_REQUIRE_BROWSER=1 but {found}")
        pytest.skip(found)
    browser, chromedriver = found
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = browser
    profile = tempfile.mkdtemp(prefix="claimtrack-chromium-")
    for argument in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(argument)
    chrome = webdriver.Chrome(options=options, service=Service(chromedriver))
    try:
        yield chrome
    finally:
        chrome.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def loaded(driver, page_path):
    driver.set_network_conditions(offline=True, latency=0, throughput=0)  # the page must not need the network
    driver.get(page_path.as_uri())
    return driver


def test_page_loads_offline_and_requests_nothing(loaded):
    assert loaded.execute_script("return document.readyState") == "complete"
    assert loaded.find_element("css selector", "h1").text == "claimtrack report"
    requests = loaded.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert [name for name in requests if not name.startswith("file:")] == []
    assert loaded.execute_script("return document.getElementById('filters').hidden") is False  # our script ran


def test_planted_script_did_not_run_and_shows_as_text(loaded):
    assert loaded.execute_script("return typeof window.__pwned") == "undefined"
    body = loaded.find_element("css selector", ".story .body").text
    assert "<script>window.__pwned = 1</script>" in body
    assert '<img src="x" onerror="window.__pwned = 2">' in body


def test_one_mark_per_flag(loaded, report):
    _, checked = report
    marks = loaded.find_elements("css selector", "mark.flag[id]")
    assert len(marks) == len(checked.flags) > 0
    assert [mark.get_attribute("data-code") for mark in marks] == [
        flag.code for flag in sorted(checked.flags, key=lambda f: (f.field != "title", f.start))
    ]


def test_focus_and_hover_show_the_message_and_suggestion(loaded, report):
    _, checked = report
    flag = next((flag for flag in checked.flags if flag.suggestion), checked.flags[0])
    number = checked.flags.index(flag) + 1
    mark = loaded.find_element("id", f"f0-{number}")
    tip = loaded.find_element("id", mark.get_attribute("aria-describedby"))
    assert not tip.is_displayed()
    assert mark.get_attribute("tabindex") == "0"
    loaded.execute_script("arguments[0].focus()", mark)
    assert loaded.switch_to.active_element == mark
    assert tip.is_displayed()
    assert flag.message in tip.text
    if flag.suggestion:
        assert f"Suggestion: {flag.suggestion}" in tip.text
    screenshot = os.environ.get("CLAIMTRACK_SCREENSHOT")
    if screenshot:
        loaded.save_screenshot(screenshot)
    loaded.execute_script("document.activeElement.blur()")
    assert not tip.is_displayed()

    from selenium.webdriver.common.action_chains import ActionChains

    other = loaded.find_elements("css selector", "mark.flag[id]")[-1]
    other_tip = loaded.find_element("id", other.get_attribute("aria-describedby"))
    ActionChains(loaded).move_to_element(other).perform()
    assert other_tip.is_displayed()


def test_side_list_link_moves_focus_to_the_mark(loaded):
    link = loaded.find_element("css selector", "#l0-1 td.where a")
    assert link.get_attribute("href").endswith("#f0-1")
    link.click()
    assert loaded.switch_to.active_element.get_attribute("id") == "f0-1"


def test_severity_filter_hides_its_marks_and_entries(loaded, report):
    _, checked = report
    severity = checked.flags[-1].severity
    selector = f"[data-sev='{severity}']"
    marks = loaded.find_elements("css selector", f"mark.flag[id]{selector}")
    entries = loaded.find_elements("css selector", f"tr.entry{selector}")
    assert marks
    assert all(entry.is_displayed() for entry in entries)
    box = loaded.find_element("css selector", f"input[name='sev'][value='{severity}']")
    box.click()
    assert not box.is_selected()
    for mark in marks:
        assert mark.value_of_css_property("box-shadow") == "none"
        assert not mark.find_element("css selector", "sup.fn").is_displayed()
        assert mark.get_attribute("tabindex") == "-1"
        loaded.execute_script("arguments[0].focus()", mark)
        assert not loaded.find_element("id", mark.get_attribute("aria-describedby")).is_displayed()
    assert not any(entry.is_displayed() for entry in entries)
    for mark in loaded.find_elements("css selector", f"mark.flag[id]:not({selector})"):
        assert mark.value_of_css_property("box-shadow") != "none"
    shown = loaded.find_element("id", "shown").text
    assert shown == f"Showing {len(checked.flags) - len(marks)} of {len(checked.flags)} flags."
    box.click()
    assert all(entry.is_displayed() for entry in entries)
