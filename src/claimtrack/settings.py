"""The one settings model shared by the Python API, the CLI and the pytest plugin.

Unknown keys are refused (``extra="forbid"``), so a typo in a configuration file fails
loudly instead of being ignored.

>>> Settings().locale.default_currency
'USD'
>>> Settings.model_validate({"locale": {"default_currency": "AUD"}}).locale.default_currency
'AUD'
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Locale(_Strict):
    """How to read ambiguous spellings."""

    default_currency: str = Field(default="USD", validation_alias=AliasChoices("default_currency", "default-currency"))
    """ISO 4217 code a bare "$" stands for."""
    date_order: Literal["MDY", "DMY", "YMD"] = Field(
        default="MDY", validation_alias=AliasChoices("date_order", "date-order")
    )
    """How to read an all-numeric date such as 03/04/2025."""
    decimal_comma: bool = Field(default=False, validation_alias=AliasChoices("decimal_comma", "decimal-comma"))
    """Read "3,5" as three and a half (continental style) instead of thirty-five."""

    @field_validator("default_currency")
    @classmethod
    def _iso_code(cls, value: str) -> str:
        code = value.strip().upper()
        if len(code) != 3 or not code.isalpha():
            raise ValueError(f"default_currency must be an ISO 4217 code, got {value!r}")
        return code


class Settings(_Strict):
    """Everything that changes what claimtrack extracts or reports."""

    locale: Locale = Locale()
    published: date | None = None
    """Publication date used when the document itself carries none."""
    select: tuple[str, ...] = ()
    """Rule codes, prefixes or names to run; empty means the default set."""
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = Field(default=(), alias="extend-select")
    fail_on: Literal["error", "warning", "info"] = Field(default="warning", alias="fail-on")
    severity: dict[str, Literal["error", "warning", "info"]] = {}
    """Severity overrides by rule code or name."""
    rules: dict[str, dict[str, Any]] = {}
    """Per-rule options, by code: ``{"CT104": {"threshold": 0.3}}``."""
    reference_files: tuple[str, ...] = Field(default=(), alias="reference-files")
    """Extra reference-magnitude files; they take precedence over the packaged data."""
    per_file_ignores: dict[str, tuple[str, ...]] = Field(default={}, alias="per-file-ignores")
    """Rules to ignore in files matching a glob: ``{"drafts/*.md": ["CT403"]}`` (command line)."""
    output_format: Literal["text", "concise", "json", "jsonl", "github", "sarif", "html"] | None = Field(
        default=None, alias="output-format"
    )
    """The command line's default output format (None: text)."""


DEFAULT_SETTINGS = Settings()
