"""``aimcsim run``: simulate a workload (or a bare program) and report it.

For a workload directory it prints per-layer latency, energy and accuracy and the network's
top-1 accuracy, and writes a report directory (CSV, JSON, figures, HTML). For an assembled
program (``.s``/``.bin``) it reports latency and energy only: a program carries no weights.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from aimcsim.commands.config import add_arch_arguments, arch_from_args
from aimcsim.errors import ProgramError
from aimcsim.output_path import (
    REPORT_DIR,
    OutputBatch,
    check_output_dir,
    check_output_file,
)
from aimcsim.units import parse_times

DEFAULT_PROGRAM_PRESET = "tiny"


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Register ``run``."""
    p = subparsers.add_parser(
        "run",
        help="simulate a workload or program: per-layer latency, energy and accuracy",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "target",
        metavar="TARGET",
        help="workload directory (e.g. workloads/mlp-digits) or program file (.s or .bin)",
    )
    add_arch_arguments(p)
    p.add_argument(
        "--t-inference",
        default="0",
        metavar="TIMES",
        help="times since weight programming at which accuracy is evaluated, e.g. 0,1h,1d,1y "
        "(units s, m, h, d, w, y; default 0)",
    )
    p.add_argument("--seed", type=int, default=0, help="root seed of all noise (default 0)")
    p.add_argument(
        "--samples",
        type=int,
        default=None,
        metavar="N",
        help="evaluate only the first N input samples",
    )
    p.add_argument(
        "--energy-table",
        metavar="NAME|FILE",
        help="energy table (default: the one shipped for the chip)",
    )
    p.add_argument(
        "-o",
        "--out",
        metavar="DIR",
        help="report directory (default reports/<target>-<chip>): a new path, an empty "
        "directory or an earlier report (replaced)",
    )
    p.add_argument("--no-report", action="store_true", help="print only; write no report")
    p.add_argument(
        "--no-functional", action="store_true", help="skip the value model: latency and energy only"
    )
    p.add_argument(
        "--trace",
        metavar="OUT.json",
        help="also write a Chrome/Perfetto trace (open it in ui.perfetto.dev)",
    )
    p.add_argument("--stalls", action="store_true", help="show per-layer stall cycles")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument(
        "--max-cycles",
        type=int,
        default=None,
        metavar="N",
        help="stop with an error if the run passes N cycles",
    )
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from aimcsim.simulation import load_target, simulate
    from aimcsim.timing.trace import TRACE_FILE
    from aimcsim.workload.format import Workload

    times = parse_times(args.t_inference)
    target = load_target(args.target)
    workload = target if isinstance(target, Workload) else None
    other_chip = workload is not None and (args.preset is not None or args.config is not None)
    if workload is not None and not other_chip:
        # The chip the workload was compiled for, then the user's --set on top.
        preset, overrides = workload.compiled_for()
        args.preset = preset or DEFAULT_PROGRAM_PRESET
        args.overrides = [*overrides, *args.overrides]
    arch = arch_from_args(args, default_preset=DEFAULT_PROGRAM_PRESET)
    inputs = [p for p in (args.target, args.config, args.energy_table) if p]
    if args.trace is not None:
        check_output_file(args.trace, TRACE_FILE, inputs)
    out_dir = None
    if not args.no_report:
        name = workload.name if workload is not None else Path(args.target).stem
        out_dir = Path(args.out) if args.out else Path("reports") / f"{name}-{arch.chip.name}"
        check_output_dir(out_dir, REPORT_DIR, inputs)
    started = time.perf_counter()

    def progress(message: str) -> None:
        print(f"[{time.perf_counter() - started:6.1f} s] {message}", file=sys.stderr)

    try:
        result = simulate(
            target,
            arch,
            t_inference_s=times,
            seed=args.seed,
            n_samples=args.samples,
            trace=args.trace is not None,
            energy_table=args.energy_table,
            functional=not args.no_functional,
            max_cycles=args.max_cycles,
            command=["aimcsim", *sys.argv[1:]] if sys.argv else None,
            progress=progress,
        )
    except ProgramError as exc:
        if workload is None or not other_chip:
            raise
        preset, overrides = workload.compiled_for()
        chip = " ".join([f"--preset {preset}", *(f"--set {o}" for o in overrides)])
        raise ProgramError(
            f"{exc}\n  (the workload was compiled for {chip}; run it without --preset/--config, "
            "or recompile the model for this chip with 'aimcsim compile')"
        ) from None
    with OutputBatch() as outputs:  # all or nothing
        if out_dir is not None:
            from aimcsim.report.io import write_report_files

            progress(f"writing report to {out_dir}")
            write_report_files(result, outputs.directory(out_dir, REPORT_DIR, inputs))
        if args.trace is not None and result.trace_events is not None:
            trace_json = json.dumps({"traceEvents": result.trace_events})
            outputs.file(args.trace, trace_json, TRACE_FILE, inputs)
    if args.json:
        print(
            json.dumps(
                {"summary": result.summary, "report": str(out_dir) if out_dir else None},
                indent=2,
                default=_plain,
            )
        )
        return 0
    _print_result(result, arch, args, out_dir)
    return 0


def _print_result(result: Any, arch: Any, args: argparse.Namespace, out_dir: Path | None) -> None:
    s = result.summary
    chip = arch.chip
    area = s.get("area_mm2")
    area_text = f", {area:.4g} mm^2" if area is not None else ""
    print(
        f"chip: {chip.name} ({chip.mesh_rows}x{chip.mesh_cols} tiles, {chip.clock_mhz:g} MHz"
        f"{area_text})"
    )
    print(
        f"inference: {s['inference_cycles']} cycles = {s['inference_ns']:.1f} ns; "
        f"energy {s['inference_energy_pj'] / 1e6:.4g} uJ"
    )
    print(
        f"total: {s['total_cycles']} cycles = {s['latency_ns']:.1f} ns; "
        f"energy {s['energy_pj'] / 1e6:.4g} uJ (dynamic {s['dynamic_energy_pj'] / 1e6:.4g} uJ, "
        f"leakage {s['leakage_energy_pj'] / 1e6:.4g} uJ; weight programming included)"
    )
    table = result.layers.copy()
    table["energy_nj"] = table["energy_pj"] / 1e3
    cols = [
        "layer",
        "layer_name",
        "kind",
        "n_tiles",
        "latency_cycles",
        "latency_ns",
        "energy_nj",
        "rel_error",
        "snr_db",
        "cosine",
    ]
    if table[["rel_error"]].isna().all().all():
        cols = cols[:-3]
    print()
    print(table[cols].to_string(index=False, float_format=lambda v: f"{v:.4g}"))
    acc = result.accuracy_vs_time
    if acc is not None and len(acc):
        print()
        if len(acc) == 1 and acc["top1"].notna().all():
            print(
                f"top-1 accuracy: {100 * acc['top1'].iloc[0]:.2f} %  (float model, i.e. an "
                f"ideal chip: {100 * acc['top1_ideal'].iloc[0]:.2f} %; mean layer rel. error "
                f"{acc['mean_rel_error'].iloc[0]:.4f})"
            )
        else:
            shown = acc.assign(
                top1_percent=100 * acc["top1"], top1_float_percent=100 * acc["top1_ideal"]
            ).drop(columns=["top1", "top1_ideal"])
            print("accuracy vs time since programming:")
            print(shown.to_string(index=False, float_format=lambda v: f"{v:.4g}"))
    if args.stalls and result.stalls is not None:
        stalls = result.stalls.rename(
            columns=lambda c: c.removeprefix("stall_").removesuffix("_cycles")
        )
        print("\nstall cycles per layer, by what was waited on:")
        print(stalls.to_string(index=False))
    if out_dir is not None:
        print(f"\nreport: {out_dir}/report.html")


def _plain(value: Any) -> Any:
    """JSON fallback for numpy scalars."""
    return value.item() if hasattr(value, "item") else str(value)
