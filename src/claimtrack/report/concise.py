"""The concise format: one ``path:line:col: CODE [name] message`` line per flag."""

from claimtrack.report.text import render_concise

__all__ = ["render_concise"]
