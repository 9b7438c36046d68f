"""Properties of the whole pipeline: any str in, well-formed claims out."""

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimtrack

NEWSY = st.lists(
    st.sampled_from(
        [
            *"0123456789 ,.%$€£-()\"'“”’\n",
            *["million", "billion", " bn", " said", " rose", " fell", "May", " July 9", " per cent", " Mr. Smith"],
        ]
    ),
    max_size=60,
).map("".join)
ANY_TEXT = st.text(alphabet=st.characters(codec=None), max_size=300)  # lone surrogates included
PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


def _well_formed(text: str, title: str, claims: claimtrack.ClaimSet) -> None:
    ids = [claim.id for claim in claims]
    assert len(ids) == len(set(ids))
    for claim in claims:
        field_text = title if claim.field == "title" else text
        assert 0 <= claim.start <= claim.end <= len(field_text)
        assert field_text[claim.start : claim.end] == claim.text
        for link in ("when", "statement", "by", "from_", "to", "converted_from"):
            target = getattr(claim, link, None)
            if target is not None:
                assert claims.get(target) is not None, f"{claim.id}.{link} -> {target} dangles"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(NEWSY, ANY_TEXT), title=st.one_of(st.just(""), NEWSY), published=PUBLISHED)
def test_extract_never_raises_and_spans_are_exact(text, title, published):
    claims = claimtrack.extract(text, title=title or None, published=published)
    _well_formed(text, title, claims)


RULEY = st.lists(
    st.sampled_from(
        [
            *'0123456789 ,.%$€-()"\n',
            *[
                " rose",
                " fell",
                " to",
                " from",
                " by",
                " doubled",
                " halved",
                " million",
                " billion",
                " pct",
                " percentage points",
                " Monday, March 3,",
                " June 31",
                " by July 9",
                " 90-day",
                " President Ana Ruiz",
                " former President Ana Ruiz",
                " Ana Ruiz, 54,",
                " respectively",
                " of the market",
                " of whom",
                " (6 miles)",
                " km",
                " in value",
                " by weight",
                " <!-- claimtrack: ignore[CT101] -->",
            ],
        ]
    ),
    max_size=50,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(RULEY, ANY_TEXT), title=st.one_of(st.just(""), RULEY), published=PUBLISHED)
def test_check_never_raises_and_flags_point_into_their_field(text, title, published):
    report = claimtrack.check(text, title=title or None, published=published)
    _well_formed(text, title, report.claims)
    for flag in report.flags:
        field_text = title if flag.field == "title" else text
        assert 0 <= flag.start <= flag.end <= len(field_text), flag
        for related in flag.related:
            related_text = title if related.field == "title" else text
            assert 0 <= related.start <= related.end <= len(related_text), related
    again = claimtrack.check(text, title=title or None, published=published)
    assert [f.fingerprint for f in again.flags] == [f.fingerprint for f in report.flags]
