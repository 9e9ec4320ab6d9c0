"""Network analysis over the native export: who is tied to whom, by what evidence, when.

Everything here reads the export dict (``nexos.export.native.build_export``)
and returns plain dicts and lists, so the CLI, the report and the web app
share one implementation. An edge is "documents assert a tie", weighted by
how many independent sources assert it, never a finding that the tie exists.
"""

from __future__ import annotations

from nexos.analysis.diff import as_of, diff, diff_dates, diff_documents, restrict
from nexos.analysis.graph import build_graph, metrics
from nexos.analysis.paths import evidence_paths, find_entity
from nexos.analysis.timeline import format_date, timeline

__all__ = [
    "as_of", "build_graph", "diff", "diff_dates", "diff_documents", "evidence_paths", "find_entity",
    "format_date", "metrics", "restrict", "timeline",
]
