"""The extraction pipeline behind :func:`claimtrack.extract`."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from claimtrack.extractors.context import FieldContext
from claimtrack.extractors.dates import find_dates, link_times
from claimtrack.extractors.figures import find_figures
from claimtrack.extractors.linking import link_statements
from claimtrack.extractors.statements import build_people, find_statements
from claimtrack.model import Claim, ClaimSet, Document
from claimtrack.model.base import Field
from claimtrack.settings import DEFAULT_SETTINGS, Settings
from claimtrack.text.loading import to_document

FIELDS: tuple[Field, ...] = ("title", "text")


def resolve_settings(config: Settings | Mapping[str, Any] | None) -> Settings:
    """A Settings object from None, a Settings, or a mapping of setting names to values."""
    if config is None:
        return DEFAULT_SETTINGS
    if isinstance(config, Settings):
        return config
    if isinstance(config, Mapping):
        from pydantic import ValidationError

        from claimtrack.errors import ConfigError

        try:
            return Settings.model_validate(dict(config))
        except ValidationError as error:
            first = error.errors()[0]
            key = ".".join(str(part) for part in first["loc"])
            raise ConfigError(f"invalid setting {key}: {first['msg']}", key=key) from error
    raise TypeError(f"config must be a Settings or a mapping, not {type(config).__name__}")


def _sort_key(claim: Claim) -> tuple[int, int, str]:
    return (claim.start, -claim.end, claim.kind)


def _without_rates(dates: list[Claim], figures: list[Claim]) -> list[Claim]:
    """The date claims less the durations a figure took as its rate ("a million barrels of oil a day")."""
    first_start_by_end: dict[int, int] = {}  # one pass: the check stays linear in the field's length
    for figure in figures:
        first_start_by_end[figure.end] = min(figure.start, first_start_by_end.get(figure.end, figure.start))
    return [
        d
        for d in dates
        if d.kind != "duration" or not (d.end in first_start_by_end and first_start_by_end[d.end] <= d.start)
    ]


def extract_field(ctx: FieldContext) -> list[Claim]:
    """All claims of one field, linked to their dates and statements, in order."""
    dates = find_dates(ctx)
    statements = find_statements(ctx)
    figures = find_figures(ctx, reserved=[(d.start, d.end) for d in dates])
    dates = _without_rates(dates, figures)
    claims = sorted([*dates, *statements, *figures], key=_sort_key)
    claims = link_times(ctx, claims)
    return link_statements(claims)


def extract_document(document: Document, settings: Settings) -> ClaimSet:
    """All claims of a document: title first, then body, each in order of position."""
    published = document.published or settings.published
    contexts: list[FieldContext] = []
    claims: list[Claim] = []
    for field_name in FIELDS:
        text = document.field_text(field_name)
        if not text:
            continue
        ctx = FieldContext.build(text, field_name, published, settings)
        contexts.append(ctx)
        claims.extend(extract_field(ctx))
    return ClaimSet(claims=tuple(claims), people=build_people(contexts, claims))


def extract(
    source: str | Document,
    *,
    published: date | datetime | str | None = None,
    title: str | None = None,
    config: Settings | Mapping[str, Any] | None = None,
) -> ClaimSet:
    """Extract every checkable figure, date and attributed statement from a text.

    Args:
        source: the article body as a string, or a :class:`~claimtrack.model.Document`.
        published: publication date that relative dates resolve against; without it they
            stay unresolved (never resolved against the clock).
        title: the headline, extracted as its own field.
        config: a :class:`~claimtrack.settings.Settings` or a mapping of settings.

    Returns:
        A :class:`~claimtrack.model.ClaimSet`: the claims in order (title first) and the
        document's people.

    Raises:
        TypeError: ``source`` is neither a ``str`` nor a ``Document``.
        ConfigError: ``published`` or ``config`` is invalid.

    >>> extract("").claims
    ()
    """
    settings = resolve_settings(config)
    document = to_document(source, published=published, title=title)
    return extract_document(document, settings)
