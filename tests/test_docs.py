"""The docs: reference pages generated from the code, one per rule, and the mkdocs wiring."""

import importlib.util
import re
from pathlib import Path

import pytest
import yaml

import claimtrack

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


def load_generator():
    spec = importlib.util.spec_from_file_location("gen_reference", DOCS / "gen_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    target = tmp_path_factory.mktemp("docs")
    written = load_generator().generate(target)
    assert all(path.is_relative_to(target) for path in written)
    return target


def test_every_registered_rule_has_its_page(generated):
    from claimtrack.rules import REGISTRY

    pages = {path.stem for path in (generated / "rules").glob("CT*.md")}
    assert pages == {rule.code for rule in REGISTRY}
    index = (generated / "rules" / "index.md").read_text(encoding="utf-8")
    for rule in REGISTRY:
        page = (generated / "rules" / f"{rule.code}.md").read_text(encoding="utf-8")
        assert page.splitlines()[2] == f"# {rule.name} ({rule.code})"
        for heading in ("What it does", "Why is this bad?", "Example", "Use instead", "Known problems"):
            assert f"## {heading}" in page
        assert rule.docs.example.splitlines()[0] in page
        assert f"({rule.code}.md)" in index


def test_a_rule_page_shows_what_claimtrack_prints_for_its_example(generated):
    page = (generated / "rules" / "CT401.md").read_text(encoding="utf-8")
    assert "$ claimtrack check example.txt --select CT401" in page
    assert re.search(r"example\.txt:\d+:\d+: CT401 \[weekday-mismatch\]", page)


def test_cli_page_comes_from_the_parser(generated):
    page = (generated / "reference" / "cli.md").read_text(encoding="utf-8")
    for command in ("check", "extract", "rule"):
        assert f"## claimtrack {command}" in page
    for option in ("--output-format", "--fail-on", "--baseline", "--write-baseline", "--select"):
        assert option in page


def test_configuration_page_lists_every_settings_key(generated):
    from claimtrack.settings import Locale, Settings

    page = (generated / "reference" / "configuration.md").read_text(encoding="utf-8")
    for model in (Settings, Locale):
        for name, info in model.model_fields.items():
            assert f"| `{info.alias or name}`" in page
    assert "Publication date used when the document itself carries none." in page  # an attribute docstring


def test_api_page_documents_every_public_name(generated):
    page = (generated / "reference" / "api.md").read_text(encoding="utf-8")
    for name in claimtrack.__all__:
        if not name.startswith("__"):
            assert f"## `{name}`" in page
    assert "Flag what cannot all be true at once" in page  # claimtrack.check's docstring


def test_schemas_are_generated_next_to_the_json_page(generated):
    assert (generated / "reference" / "extract.schema.json").is_file()
    assert (generated / "reference" / "check.schema.json").is_file()


def test_generation_is_stable(generated):
    before = {path: path.read_text(encoding="utf-8") for path in generated.rglob("*") if path.is_file()}
    load_generator().generate(generated)
    after = {path: path.read_text(encoding="utf-8") for path in generated.rglob("*") if path.is_file()}
    assert before == after


def nav_pages(nav):
    for item in nav:
        for value in item.values() if isinstance(item, dict) else [item]:
            if isinstance(value, list):
                yield from nav_pages(value)
            else:
                yield value


def test_mkdocs_runs_the_generator_and_the_nav_has_the_pages(generated):
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["hooks"] == ["docs/gen_reference.py"]
    pages = set(nav_pages(config["nav"]))
    mine = {
        "index.md",
        "tutorial.md",
        "explanation.md",
        "howto/ci.md",
        "howto/html-report.md",
        "howto/configure.md",
        "howto/suppress.md",
        "howto/reference-data.md",
        "howto/cms-hook.md",
        "reference/json.md",
    }
    assert mine <= pages
    for page in mine:
        assert (DOCS / page).is_file(), page
    for page in ("rules/index.md", "reference/cli.md", "reference/configuration.md", "reference/api.md"):
        assert page in pages
        assert (generated / page).is_file(), page
    assert {"reference/benchmarks.md", "howto/testing-claims.md", "howto/drafts-with-pytest.md"} <= pages


def test_hand_written_pages_link_only_to_pages_that_exist(generated):
    for page in DOCS.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#:]+\.md)(?:#[^)]*)?\)", text):
            resolved = (page.parent / target).resolve().relative_to(DOCS.resolve())
            assert (DOCS / resolved).is_file() or (generated / resolved).is_file(), f"{page.name} -> {target}"


def test_the_hook_lists_every_rule_page_in_the_nav():
    from claimtrack.rules import REGISTRY

    nav = [{"Home": "index.md"}, {"Reference": [{"Rules": "rules/index.md"}, {"CLI": "reference/cli.md"}]}]
    grown = load_generator().with_rule_pages(nav)
    pages = list(nav_pages(grown))
    assert pages[:2] == ["index.md", "rules/index.md"]
    assert pages[2:-1] == [f"rules/{rule.code}.md" for rule in REGISTRY]
    assert pages[-1] == "reference/cli.md"
