"""Assertions about the claims and flags of a text, for pytest or any test runner.

>>> from claimtrack.testing import assert_claims, assert_consistent, expect
>>> claims = assert_claims("Exports rose 4.8% to $12.6 billion in May.",
...                        expect.change("up", by=expect.percent(4.8), to=expect.money(12.6e9, "USD")))
>>> report = assert_consistent("Exports rose 4.8% to $12.6 billion in May.")

The matchers live in :mod:`claimtrack.testing.expect`; the pytest fixture and the article
collection in :mod:`claimtrack.pytest_plugin`; Hypothesis strategies in
:mod:`claimtrack.strategies`.
"""

from __future__ import annotations

from claimtrack.testing import expect
from claimtrack.testing.assertions import assert_claims, assert_consistent, assert_flags
from claimtrack.testing.expect import Matcher
from claimtrack.testing.fixture import Claimtrack

__all__ = ["Claimtrack", "Matcher", "assert_claims", "assert_consistent", "assert_flags", "expect"]
