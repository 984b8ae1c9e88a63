"""CLI subcommands ``report`` (re-render a report directory) and ``compare`` (two runs)."""

from __future__ import annotations

import argparse
from pathlib import Path

from aimcsim.output_path import FileKind

COMPARISON_HTML = FileKind(
    "comparison HTML (compare --html)",
    b'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n<title>aimcsim comparison',
)
"""``aimcsim compare`` HTML pages start so (see :func:`aimcsim.report.html._page`); an earlier
one may be replaced, nothing else."""


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Register ``report`` and ``compare``."""
    r = subparsers.add_parser(
        "report", help="re-draw the figures and report.html of a report directory"
    )
    r.add_argument("directory", metavar="DIR", help="report directory (with run.json)")
    r.set_defaults(func=_report)
    c = subparsers.add_parser(
        "compare", help="per-layer deltas (latency, energy, error) between two report directories"
    )
    c.add_argument("a", metavar="DIR1", help="first report directory (A)")
    c.add_argument("b", metavar="DIR2", help="second report directory (B); delta = B - A")
    c.add_argument("--csv", metavar="FILE", help="also write the per-layer comparison as CSV")
    c.add_argument(
        "--html",
        metavar="FILE",
        help="where to write the HTML comparison (default reports/compare-A-vs-B.html)",
    )
    c.add_argument("--no-html", action="store_true", help="print only; write no HTML")
    c.set_defaults(func=_compare)


def _report(args: argparse.Namespace) -> int:
    from aimcsim.report.io import REPORT_HTML, rerender

    d = rerender(args.directory)
    print(f"wrote {d / REPORT_HTML}")
    return 0


def _compare(args: argparse.Namespace) -> int:
    from aimcsim.output_path import check_output_file, write_output_file
    from aimcsim.report.compare import COMPARE_COLUMNS, compare_layers, format_comparison
    from aimcsim.report.io import csv_text, read_report

    csv_kind = FileKind("comparison CSV (compare --csv)", ",".join(COMPARE_COLUMNS).encode())
    if args.csv:
        check_output_file(args.csv, csv_kind, [args.a, args.b])
    html_path = None
    if not args.no_html:
        default = f"compare-{Path(args.a).name}-vs-{Path(args.b).name}.html"
        html_path = Path(args.html) if args.html else Path("reports") / default
        check_output_file(html_path, COMPARISON_HTML, [args.a, args.b])
    a, b = read_report(args.a), read_report(args.b)
    print(format_comparison(a, b, args.a, args.b), end="")
    if args.csv:
        write_output_file(args.csv, csv_text(compare_layers(a, b)), csv_kind, [args.a, args.b])
    if html_path is not None:
        from aimcsim.report.figures import comparison_figure, png_bytes
        from aimcsim.report.html import render_comparison_html

        name_a, name_b = Path(args.a).name, Path(args.b).name
        pngs = {"comparison": png_bytes(comparison_figure(a, b, name_a, name_b))}
        page = render_comparison_html(a, b, args.a, args.b, pngs)
        write_output_file(html_path, page, COMPARISON_HTML, [args.a, args.b])
        print(f"comparison: {html_path}")
    return 0
