import subprocess
import sys


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"import sys; {code}; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split())


def test_import_loads_no_heavy_dependency():
    loaded = _modules_after("import claimtrack")
    assert not {"pint", "dateparser", "pydantic", "yaml", "hypothesis"} & loaded


def test_extract_does_not_load_dateparser_for_plain_text():
    loaded = _modules_after("import claimtrack; claimtrack.extract('Sales rose.')")
    assert "dateparser" not in loaded
