"""The seed documents against their hand-written golden cases (see seeds/golden/README.md)."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import claimtrack
from claimtrack.model import ClaimSet

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
GOLDEN = sorted((SEEDS / "golden").glob("*.toml"))


def _load(path: Path) -> tuple[dict[str, Any], ClaimSet]:
    case = tomllib.loads(path.read_text(encoding="utf-8"))
    document = claimtrack.load_document(SEEDS / case["source"])
    return case, claimtrack.extract(document, published=case["published"])


_EXTRACTED: dict[Path, tuple[dict[str, Any], ClaimSet]] = {}


def _case(path: Path) -> tuple[dict[str, Any], ClaimSet]:
    if path not in _EXTRACTED:
        _EXTRACTED[path] = _load(path)
    return _EXTRACTED[path]


def _equal(expected: Any, actual: Any) -> bool:
    if isinstance(actual, Decimal) and isinstance(expected, int | float):
        return actual == Decimal(str(expected))
    return bool(expected == actual)


def _matches(expected: dict[str, Any], claim: Any, claims: ClaimSet) -> bool:
    for key, want in expected.items():
        if key == "known_gap":
            continue
        if key.endswith(("_text", "_value")):
            link, attribute = key.rsplit("_", 1)
            target = claims.get(getattr(claim, "from_" if link == "from" else link, None))
            if target is None or not _equal(want, getattr(target, attribute, None)):
                return False
        elif not _equal(want, getattr(claim, key, None)):
            return False
    return True


def _entries(kind: str) -> list[Any]:
    params = []
    for path in GOLDEN:
        case = tomllib.loads(path.read_text(encoding="utf-8"))
        for number, entry in enumerate(case.get(kind, [])):
            label = entry.get("text") or entry.get("name") or entry.get("kind")
            marks = [pytest.mark.xfail(reason=entry["known_gap"], strict=True)] if "known_gap" in entry else []
            params.append(pytest.param(path, entry, id=f"{path.stem}-{kind}{number}-{label}", marks=marks))
    return params


@pytest.mark.parametrize(("path", "expected"), _entries("claim"))
def test_expected_claim_is_found(path: Path, expected: dict[str, Any]) -> None:
    _, claims = _case(path)
    found = [claim for claim in claims if _matches(expected, claim, claims)]
    nearby = [f"{c.kind} {c.text!r}" for c in claims if c.kind == expected["kind"]][:15]
    assert found, f"no claim matches {expected}; claims of that kind: {nearby}"


@pytest.mark.parametrize(("path", "expected"), _entries("absent"))
def test_absent_surface_is_no_claim(path: Path, expected: dict[str, Any]) -> None:
    _, claims = _case(path)
    wrong = [c for c in claims if c.text == expected["text"] and c.kind in expected["kinds"]]
    assert not wrong, f"{expected['text']!r} must not be a claim of kinds {expected['kinds']}: {wrong}"


@pytest.mark.parametrize(("path", "expected"), _entries("person"))
def test_person_is_registered_with_titles(path: Path, expected: dict[str, Any]) -> None:
    _, claims = _case(path)
    people = {person.name: person for person in claims.people}
    assert expected["name"] in people, f"people: {sorted(people)}"
    recorded = set()
    for title in people[expected["name"]].titles:
        recorded.add(title.normalized)
        recorded.add(f"{title.qualifier or ''} {title.normalized}".strip())
    for title in expected.get("titles", []):
        assert title in recorded, f"{expected['name']}: {title!r} not among {sorted(recorded)}"


def test_every_claim_text_is_its_span() -> None:
    for path in GOLDEN:
        case, claims = _case(path)
        document = claimtrack.load_document(SEEDS / case["source"])
        for claim in claims:
            assert document.field_text(claim.field)[claim.start : claim.end] == claim.text
        assert len({claim.id for claim in claims}) == len(claims)
