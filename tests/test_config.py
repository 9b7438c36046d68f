"""Configuration files: discovery, every key reaching the check, and errors naming key and file."""

import json
from pathlib import Path

import pytest

from claimtrack.cli import check_cmd, rules_adapter
from claimtrack.config import ConfigResolver, LoadedConfig, find_config_file, load_config
from claimtrack.errors import ConfigError
from claimtrack.settings import Settings
from test_cli_check import FakeRegistry, fake_engine, run

TEXT = "It hit 3 billion on Sunday, reportedly.\n"


@pytest.fixture(autouse=True)
def fake_rules(monkeypatch):
    monkeypatch.setattr(check_cmd, "_run_rules", fake_engine)
    monkeypatch.setattr(rules_adapter, "_registry", lambda: FakeRegistry())


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A newsroom folder with a story two levels down; the working directory is elsewhere."""
    story = tmp_path / "news" / "2025" / "story.txt"
    story.parent.mkdir(parents=True)
    story.write_text(TEXT, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    return story


def codes(out):
    return sorted({f["code"] for doc in json.loads(out)["documents"] for f in doc["flags"]})


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_nearest_pyproject_above_the_file_applies(project):
    write(project.parents[1] / "pyproject.toml", '[tool.claimtrack]\nignore = ["CT201"]\n')
    assert codes(run(["check", str(project), "--format", "json"])[1]) == ["CT401", "CT502"]
    write(project.parent / "pyproject.toml", '[project]\nname = "x"\n')  # no [tool.claimtrack]: skipped
    assert codes(run(["check", str(project), "--format", "json"])[1]) == ["CT401", "CT502"]
    write(project.parent / "claimtrack.toml", 'select = ["CT5"]\n')  # nearer, top-level keys
    assert codes(run(["check", str(project), "--format", "json"])[1]) == ["CT502"]


def test_falls_back_to_the_working_directory(project, monkeypatch):
    write(Path.cwd() / "claimtrack.toml", 'select = ["CT4"]\n')
    assert codes(run(["check", str(project), "--format", "json"])[1]) == ["CT401"]


def test_command_line_overrides_the_file(project):
    write(project.parent / "claimtrack.toml", 'select = ["CT4"]\nfail-on = "error"\noutput-format = "json"\n')
    code, out, _ = run(["check", str(project), "--select", "CT2"])
    assert codes(out) == ["CT201"]  # output-format json from the file, select from the command line
    assert code == 0  # fail-on error from the file: a warning passes
    assert run(["check", str(project), "--select", "CT2", "--fail-on", "warning"])[0] == 1
    assert run(["check", str(project), "--format", "concise"])[1].startswith(str(project))


def test_extend_select_and_severity_and_per_file_ignores(project):
    write(
        project.parents[1] / "pyproject.toml",
        '[tool.claimtrack]\nselect = ["CT4"]\nextend-select = ["CT502"]\n'
        '[tool.claimtrack.severity]\nCT401 = "info"\n'
        '[tool.claimtrack.per-file-ignores]\n"2025/*.txt" = ["CT502"]\n',
    )
    code, out, _ = run(["check", str(project), "--format", "json"])
    flags = json.loads(out)["documents"][0]["flags"]
    assert [(f["code"], f["severity"]) for f in flags] == [("CT401", "info")]
    assert code == 0


def test_published_from_config_only_when_the_document_has_none(project, tmp_path):
    write(project.parent / "claimtrack.toml", 'published = "2025-06-09"\n')
    _, out, _ = run(["check", str(project), "--format", "json"])
    assert json.loads(out)["documents"][0]["published"] == "2025-06-09"
    dated = write(project.parent / "dated.md", "---\ndate: 2024-01-02\n---\nfine\n")
    _, out, _ = run(["check", str(dated), "--format", "json"])
    assert json.loads(out)["documents"][0]["published"] == "2024-01-02"


@pytest.mark.parametrize(
    ("content", "named"),
    [
        ('[tool.claimtrack]\nselct = ["CT2"]\n', "tool.claimtrack.selct"),
        ('[tool.claimtrack]\nfail-on = "fatal"\n', "fail-on"),
        ('[tool.claimtrack.locale]\ndate_order = "XYZ"\n', "locale.date_order"),
        ('[tool.claimtrack.locale]\ndefault_currency = "dollars"\n', "locale.default_currency"),
        ("[tool.claimtrack\n", "invalid TOML"),
    ],
)
def test_bad_config_exits_2_naming_key_and_file(project, content, named):
    config = write(project.parents[1] / "pyproject.toml", content)
    code, out, err = run(["check", str(project)])
    assert code == 2
    assert out == ""
    assert named in err
    assert str(config) in err
    assert err.count("\n") == 1


def test_locale_and_rule_options_reach_the_engine(project, monkeypatch):
    write(
        project.parent / "claimtrack.toml",
        'reference-files = ["refs.toml"]\n[locale]\ndefault_currency = "aud"\ndate_order = "DMY"\n'
        "decimal_comma = true\n[rules.CT104]\nthreshold = 0.3\n",
    )
    seen = []

    def spy(document, settings):
        seen.append(settings)
        return fake_engine(document, settings)

    monkeypatch.setattr(check_cmd, "_run_rules", spy)
    run(["check", str(project)])
    (settings,) = seen
    assert settings.locale.default_currency == "AUD"
    assert settings.locale.date_order == "DMY"
    assert settings.locale.decimal_comma is True
    assert settings.rules == {"CT104": {"threshold": 0.3}}
    assert settings.reference_files == (str(project.parent / "refs.toml"),)  # relative to the config file


def test_config_option_and_isolated(project, tmp_path):
    write(project.parent / "claimtrack.toml", 'select = ["CT4"]\n')
    chosen = write(tmp_path / "strict.toml", 'select = ["CT5"]\n')
    assert codes(run(["check", str(project), "--format", "json", "--config", str(chosen)])[1]) == ["CT502"]
    assert codes(run(["check", str(project), "--format", "json", "--isolated"])[1]) == ["CT201", "CT401", "CT502"]
    code, _, err = run(["check", str(project), "--config", str(tmp_path / "missing.toml")])
    assert code == 2
    assert "missing.toml" in err


def test_unknown_rule_in_config_exits_2(project):
    write(project.parent / "claimtrack.toml", 'ignore = ["CT9"]\n')
    code, _, err = run(["check", str(project)])
    assert code == 2
    assert "CT9" in err


def test_resolver_caches_and_units(tmp_path):
    write(tmp_path / "claimtrack.toml", 'ignore = ["CT403"]\n')
    (tmp_path / "sub").mkdir()
    assert find_config_file(tmp_path / "sub") == tmp_path / "claimtrack.toml"
    resolver = ConfigResolver()
    first = resolver.for_path(tmp_path / "sub" / "a.md")
    assert resolver.for_path(tmp_path / "sub" / "b.md") is first
    assert ConfigResolver(isolated=True).for_path(tmp_path / "a.md") == LoadedConfig()
    write(tmp_path / "bad.toml", "nope = 1\n")
    with pytest.raises(ConfigError, match="unknown key 'nope'"):
        load_config(tmp_path / "bad.toml")


def test_per_file_ignores_match_relative_paths_and_names(tmp_path):
    settings = Settings.model_validate({"per-file-ignores": {"drafts/*.md": ["CT403"], "*.html": ["CT5"]}})
    loaded = LoadedConfig(settings, tmp_path / "pyproject.toml")
    assert loaded.ignores_for(str(tmp_path / "drafts" / "a.md")) == ("CT403",)
    assert loaded.ignores_for(str(tmp_path / "web" / "page.html")) == ("CT5",)
    assert loaded.ignores_for(str(tmp_path / "final" / "a.md")) == ()


def test_stdin_filename_finds_config_and_per_file_ignores(project, monkeypatch):
    write(project.parents[1] / "claimtrack.toml", '[per-file-ignores]\n"2025/*.txt" = ["CT401"]\n')
    code, out, _ = run(
        ["check", "-", "--stdin-filename", str(project), "--format", "json"],
        stdin=TEXT.encode(),
        monkeypatch=monkeypatch,
    )
    assert code == 1
    assert codes(out) == ["CT201", "CT502"]


def test_output_format_from_a_config_inside_the_checked_directory(project):
    write(project.parent / "claimtrack.toml", 'output-format = "jsonl"\n')
    out = run(["check", str(project.parent)])[1]
    assert json.loads(out.splitlines()[0])["path"] == str(project)


def test_locale_keys_take_the_kebab_case_of_the_other_keys_too(tmp_path):
    (tmp_path / "claimtrack.toml").write_text(
        '[locale]\ndefault-currency = "nzd"\ndate-order = "DMY"\n', encoding="utf-8"
    )
    from claimtrack.config import load_config

    settings = load_config(tmp_path / "claimtrack.toml").settings
    assert (settings.locale.default_currency, settings.locale.date_order) == ("NZD", "DMY")
