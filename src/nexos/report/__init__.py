"""The briefing report: a single offline HTML file (or its PDF print) of what the documents assert."""

from __future__ import annotations

from nexos.report.html import render_report, write_report

__all__ = ["render_report", "write_report"]
