"""Baselines: flags recorded once (``--write-baseline``) and not reported again (``--baseline``).

A flag is known when the same path holds a recorded flag with the same code and
fingerprint; fingerprints ignore positions, so edits elsewhere in a story keep it known.
Paths are recorded relative to the baseline file's folder, so the check finds them from any
working folder.
The file is JSON: ``{"schema_version", "flags": [{"path", "code", "fingerprint", "message"}]}``.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from claimtrack.errors import ConfigError
from claimtrack.model import SCHEMA_VERSION, Flag
from claimtrack.report.base import CheckedFile

Key = tuple[str, str, str]


def _recorded(path: str, base: Path) -> str:
    """A path as recorded: relative to the baseline's folder when under it (``./a.md`` is ``a.md``)."""
    resolved = Path(path).resolve()
    try:
        return resolved.relative_to(base).as_posix()
    except ValueError:
        return resolved.as_posix()


def _folder(baseline: str) -> Path:
    return Path(baseline).resolve().parent


def flag_fingerprint(checked: CheckedFile, flag: Flag) -> str:
    """The flag's fingerprint, or one made of its code, surface and message when it has none."""
    if flag.fingerprint:
        return flag.fingerprint
    surface = checked.document.field_text(flag.field)[flag.start : flag.end]
    key = "\x1f".join((flag.code, flag.field, " ".join(surface.lower().split()), flag.message))
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _key(checked: CheckedFile, flag: Flag) -> Key:
    """The flag's identity in a baseline, with the file's absolute path."""
    return (Path(checked.path).resolve().as_posix(), flag.code, flag_fingerprint(checked, flag))


def write_baseline(path: str, files: list[CheckedFile]) -> int:
    """Record every flag of ``files``; returns how many were written."""
    base = _folder(path)
    records = [
        {"path": _recorded(checked.path, base), "code": key[1], "fingerprint": key[2], "message": flag.message}
        for checked in files
        for flag in checked.flags
        for key in [_key(checked, flag)]
    ]
    try:
        Path(path).write_text(
            json.dumps({"schema_version": SCHEMA_VERSION, "flags": records}, ensure_ascii=False, indent=2) + "\n",
            encoding="utf-8",
        )
    except OSError as error:
        raise ConfigError(f"{path}: cannot write baseline ({error.strerror})", source=path) from error
    return len(records)


def load_baseline(path: str) -> Counter[Key]:
    """The recorded flags of a baseline file; a missing or malformed file raises ConfigError."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        records = data["flags"]
        base = _folder(path)
        return Counter(
            ((base / str(r["path"])).resolve().as_posix(), str(r["code"]), str(r["fingerprint"])) for r in records
        )
    except OSError as error:
        raise ConfigError(f"{path}: cannot read baseline ({error.strerror})", source=path) from error
    except (ValueError, KeyError, TypeError) as error:
        raise ConfigError(f"{path}: not a claimtrack baseline file ({error})", source=path) from error


def apply_baseline(files: list[CheckedFile], known: Counter[Key]) -> tuple[list[CheckedFile], int]:
    """The files without their known flags, and how many flags the baseline hid."""
    remaining = Counter(known)
    hidden = 0
    result = []
    for checked in files:
        kept = []
        for flag in checked.flags:
            key = _key(checked, flag)
            if remaining[key] > 0:
                remaining[key] -= 1
                hidden += 1
            else:
                kept.append(flag)
        result.append(CheckedFile(checked.path, checked.document, tuple(kept), checked.claims))
    return result, hidden
