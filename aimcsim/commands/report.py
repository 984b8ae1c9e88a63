"""CLI subcommands ``report`` (re-render a report directory) and ``compare`` (two runs)."""

from __future__ import annotations

import argparse


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
    from aimcsim.report.compare import compare_layers, format_comparison
    from aimcsim.report.io import csv_text, read_report

    a, b = read_report(args.a), read_report(args.b)
    print(format_comparison(a, b, args.a, args.b), end="")
    if args.csv:
        with open(args.csv, "w", encoding="utf-8", newline="") as fh:
            fh.write(csv_text(compare_layers(a, b)))
    if not args.no_html:
        from pathlib import Path

        from aimcsim.report.figures import comparison_figure, png_bytes
        from aimcsim.report.html import render_comparison_html

        name_a, name_b = Path(args.a).name, Path(args.b).name
        out = (
            Path(args.html) if args.html else Path("reports") / f"compare-{name_a}-vs-{name_b}.html"
        )
        pngs = {"comparison": png_bytes(comparison_figure(a, b, name_a, name_b))}
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render_comparison_html(a, b, args.a, args.b, pngs), encoding="utf-8")
        print(f"comparison: {out}")
    return 0
