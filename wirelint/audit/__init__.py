"""Archive audits: lint years of articles on Dask and report the result at a glance.

``wirelint audit`` (``wirelint.commands.audit``) plans partitions of the sources
(``sources``), runs them on a Dask cluster (``pipeline``, ``worker``), streams
finding rows to JSON Lines or Parquet (``outputs``) and gathers totals
(``summary``) for the text and HTML reports (``textreport``, ``htmlreport``).

The record API is public, for running the same linting in Spark or Ray:
:func:`record_document` turns a row into a document for
:func:`wirelint.lint_document`, and :func:`finding_rows` turns its findings
into the rows an audit writes. Nothing here imports Dask until an audit runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["ColumnMap", "finding_rows", "record_document"]

if TYPE_CHECKING:
    from wirelint.audit.records import ColumnMap, finding_rows, record_document


def __getattr__(name: str) -> Any:
    """Load the record API on first use, so registering the command stays cheap."""
    if name in __all__:
        from wirelint.audit import records

        return getattr(records, name)
    raise AttributeError(name)
