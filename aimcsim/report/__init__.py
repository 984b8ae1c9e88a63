"""Reports: RunResult, the fixed-schema tables, figures, HTML, and run comparison."""

from aimcsim.report.compare import compare_layers, compare_totals, format_comparison
from aimcsim.report.io import read_report, rerender, write_report
from aimcsim.report.result import (
    ACCURACY_TIME_COLUMNS,
    COMPONENT_COLUMNS,
    ENERGY_COLUMNS,
    LAYER_COLUMNS,
    SUMMARY_KEYS,
    ReportError,
    RunResult,
    make_meta,
    make_summary,
)

__all__ = [
    "ACCURACY_TIME_COLUMNS",
    "COMPONENT_COLUMNS",
    "ENERGY_COLUMNS",
    "LAYER_COLUMNS",
    "SUMMARY_KEYS",
    "ReportError",
    "RunResult",
    "compare_layers",
    "compare_totals",
    "format_comparison",
    "make_meta",
    "make_summary",
    "read_report",
    "rerender",
    "write_report",
]
