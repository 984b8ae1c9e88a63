"""``aimcsim run``: simulate a workload (or a bare program) and report it.

For a workload directory it prints per-layer latency, energy and accuracy and the network's
top-1 accuracy, and writes a report directory (CSV, JSON, figures, HTML). For an assembled
program (``.s``/``.bin``) it reports latency and energy only: a program carries no weights.
A model file (``.onnx``/``.toml``) is compiled for the chip first (no samples: latency and
energy only). ``--layer-settings``/``--layer-set`` compile with per-layer crossbar settings: a
model file directly, a workload from its ``source_model`` with its own options and samples.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aimcsim.commands import options
from aimcsim.commands.compile import add_layer_settings_arguments
from aimcsim.commands.config import add_arch_arguments, arch_from_args
from aimcsim.output_path import (
    REPORT_DIR,
    FileKind,
    OutputBatch,
    check_output_dir,
    check_output_file,
    write_output_file,
)

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
        help="workload directory (e.g. workloads/mlp-digits), program file (.s or .bin) or "
        "model file (.onnx or .toml, compiled for the chip)",
    )
    add_arch_arguments(p)
    p.add_argument(
        "--t-inference",
        type=options.inference_times,
        default="0",
        metavar="TIMES",
        help="times since weight programming at which accuracy is evaluated, e.g. 0,1h,1d,1y "
        "(units s, m, h, d, w, y; default 0)",
    )
    p.add_argument(
        "--seed", type=options.seed, default=0, help="root seed of all noise (default 0)"
    )
    p.add_argument(
        "--repeats",
        type=options.count,
        default=1,
        metavar="N",
        help="evaluate N independent programmings (seeds derived from --seed and the repeat "
        "index; the first is --seed itself) and report the mean and std of top-1 and the "
        "mean layer error (default 1)",
    )
    p.add_argument(
        "--samples",
        type=options.count,
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
        metavar="OUT.json[.gz]",
        help="also write a Chrome/Perfetto trace (open it in ui.perfetto.dev); gzip-compressed "
        "when the name ends in .gz",
    )
    p.add_argument(
        "--save-outputs",
        metavar="OUT.npz",
        help="save the model outputs: NAME@t=Ts (noisy run at each --t-inference time) and "
        "NAME@ideal (the same program on an ideal chip), arrays (N, ...)",
    )
    add_layer_settings_arguments(p)
    p.add_argument("--stalls", action="store_true", help="show per-layer stall cycles")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    p.add_argument(
        "--max-cycles",
        type=options.max_cycles,
        default=None,
        metavar="N",
        help="stop with an error if the run passes N cycles",
    )
    p.add_argument(
        "--watchdog-cycles",
        type=options.max_cycles,
        default=None,
        metavar="N",
        help="stop a tile that makes no progress (no message, barrier or new layer) for N "
        "cycles (default 100,000,000); a tile whose state repeats stops at once",
    )
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from aimcsim.simulation import simulate
    from aimcsim.timing.trace import trace_bytes, trace_kind
    from aimcsim.workload.format import Workload

    times = args.t_inference
    inputs = [p for p in (args.target, args.config, args.energy_table, args.layer_settings) if p]
    if args.save_outputs is not None:
        check_outputs_path(args.save_outputs, inputs)
    target, arch = _target_and_chip(args)
    workload = target if isinstance(target, Workload) else None
    log = logging.getLogger("aimcsim.run")
    if args.trace is not None:
        check_output_file(args.trace, trace_kind(args.trace), inputs)
    out_dir = None
    if not args.no_report:
        name = workload.name if workload is not None else Path(args.target).stem
        out_dir = Path(args.out) if args.out else Path("reports") / f"{name}-{arch.chip.name}"
        check_output_dir(out_dir, REPORT_DIR, inputs)

    result = simulate(
        target,
        arch,
        t_inference_s=times,
        seed=args.seed,
        repeats=args.repeats,
        n_samples=args.samples,
        trace=args.trace is not None,
        energy_table=args.energy_table,
        functional=not args.no_functional,
        max_cycles=args.max_cycles,
        watchdog_cycles=args.watchdog_cycles,
        command=["aimcsim", *sys.argv[1:]] if sys.argv else None,
    )
    _print_warnings(result.meta.get("warnings") or [])
    if args.save_outputs is not None:
        save_outputs(result, args.save_outputs, inputs)
        log.info("model outputs saved to %s", args.save_outputs)
    with OutputBatch() as outputs:  # all or nothing
        if out_dir is not None:
            from aimcsim.report.io import write_report_files

            log.info("writing report to %s", out_dir)
            write_report_files(result, outputs.directory(out_dir, REPORT_DIR, inputs))
        if args.trace is not None and result.trace_events is not None:
            trace = {"traceEvents": result.trace_events, "displayTimeUnit": "ns"}
            outputs.file(args.trace, trace_bytes(trace, args.trace), trace_kind(args.trace), inputs)
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


def _target_and_chip(args: argparse.Namespace) -> tuple[Any, Any]:
    """What to simulate and on which chip: a model file compiled for the chip named on the
    command line; a workload on its own chip (the user's --set on top) or on the chip named,
    recompiled from its source model when layer settings are given; a program as it is."""
    from aimcsim.commands.compile import layer_settings_from_args
    from aimcsim.compiler.recompile import MODEL_SUFFIXES
    from aimcsim.errors import WorkloadError
    from aimcsim.simulation import load_target
    from aimcsim.workload.format import Workload

    settings_given = args.layer_settings is not None or bool(args.layer_set)
    if Path(args.target).suffix in MODEL_SUFFIXES:
        from aimcsim.compiler import CompileOptions, compile_model

        arch = arch_from_args(args, default_preset=DEFAULT_PROGRAM_PRESET)
        options = CompileOptions(layer_settings=layer_settings_from_args(args, args.target))
        preset = args.preset or ("" if args.config else DEFAULT_PROGRAM_PRESET)
        wl = compile_model(
            args.target, arch, options, preset=preset, overrides=tuple(args.overrides)
        )
        return wl, arch
    target = load_target(args.target)
    workload = target if isinstance(target, Workload) else None
    other_chip = workload is not None and (args.preset is not None or args.config is not None)
    if workload is not None and not other_chip:
        # The chip the workload was compiled for, then the user's --set on top.
        preset, overrides = workload.compiled_for()
        args.preset = preset or DEFAULT_PROGRAM_PRESET
        args.overrides = [*overrides, *args.overrides]
    arch = arch_from_args(args, default_preset=DEFAULT_PROGRAM_PRESET)
    if not settings_given:
        return target, arch
    if workload is None:
        raise WorkloadError(
            f"{args.target}: --layer-settings/--layer-set need a workload or a model file; a "
            "bare program has no layers to set"
        )
    from aimcsim.compiler.layer_settings import resolve_layer_settings
    from aimcsim.compiler.recompile import recompile, recorded_layer_settings, source_model_of

    model = source_model_of(workload)
    base = args.layer_settings or recorded_layer_settings(workload)
    table = resolve_layer_settings(model, base, args.layer_set)
    wl = recompile(workload, arch, table, preset=args.preset, overrides=tuple(args.overrides))
    return wl, arch


OUTPUTS_MARKER = "aimcsim_outputs_format"
"""Array that marks an ``.npz`` written by ``--save-outputs`` (its format version), so that
a later run may replace that file and nothing else."""


OUTPUTS_FILE = FileKind("model outputs file (run --save-outputs)", b"PK\x03\x04")
"""What ``--save-outputs`` writes: an ``.npz`` (a zip archive); an existing one is replaced only
when it also holds the :data:`OUTPUTS_MARKER` array (:func:`check_outputs_path`)."""


def save_outputs(result: Any, path: str | Path, inputs: Sequence[str | Path] = ()) -> Path:
    """Write ``result.outputs`` to the ``.npz`` at ``path`` under the output-path rule
    (atomically; ``inputs`` are never replaced). An existing file is replaced only when it is
    an earlier ``--save-outputs`` file; anything else there is an error and stays untouched.
    """
    import io

    import numpy as np

    from aimcsim.errors import WorkloadError

    out = check_outputs_path(path, inputs)
    if not result.outputs:
        raise WorkloadError(
            f"{out}: this run has no model outputs to save (a bare program, --no-functional, "
            "or a workload without input samples)"
        )
    buffer = io.BytesIO()
    np.savez(buffer, **{OUTPUTS_MARKER: np.asarray(1, dtype=np.int64), **result.outputs})
    write_output_file(out, buffer.getvalue(), OUTPUTS_FILE, inputs)
    return out


def check_outputs_path(path: str | Path, inputs: Sequence[str | Path] = ()) -> Path:
    """``path`` as a ``--save-outputs`` target: an ``.npz`` name, allowed by the output-path
    rule (:func:`~aimcsim.output_path.check_output_file`), and no zip there that an earlier
    ``--save-outputs`` did not write."""
    from aimcsim.errors import WorkloadError

    out = Path(path)
    if out.suffix != ".npz":
        raise WorkloadError(f"{out}: --save-outputs writes an .npz archive; name it *.npz")
    check_output_file(out, OUTPUTS_FILE, inputs)
    if out.is_file() and out.stat().st_size and not _is_outputs_file(out):
        raise WorkloadError(
            f"{out}: exists and is not an earlier --save-outputs file; not replacing it"
        )
    return out


def _is_outputs_file(path: Path) -> bool:
    """Whether ``path`` is an ``.npz`` that ``--save-outputs`` wrote."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return f"{OUTPUTS_MARKER}.npy" in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


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
        f"setup: {s['setup_cycles']} cycles = {s['setup_cycles'] * chip.cycle_ns:.1f} ns; "
        f"energy {s['setup_energy_pj'] / 1e6:.4g} uJ (weight programming, constant loads)"
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
        "wait_cycles",
        "energy_nj",
        "rel_error",
        "snr_db",
        "cosine",
        "alpha",
    ]
    if table[["rel_error"]].isna().all().all():
        cols = cols[:-4]
    print()
    print(table[cols].to_string(index=False, float_format=lambda v: f"{v:.4g}"))
    idle = table.loc[(table["latency_cycles"] == 0) & (table["layer"] >= 0), "layer_name"]
    if len(idle):
        print(
            "zero latency (no timed work of their own, e.g. only messages received): "
            + ", ".join(idle.astype(str))
        )
    acc = result.accuracy_vs_time
    if acc is not None and len(acc):
        print()
        if len(acc) == 1 and acc["top1"].notna().all():
            print(
                f"top-1 accuracy: {100 * acc['top1'].iloc[0]:.2f} %  (float model, i.e. an "
                f"ideal chip: {100 * acc['top1_ideal'].iloc[0]:.2f} %; mean analog-layer rel. "
                f"error {acc['mean_rel_error'].iloc[0]:.4f})"
            )
            _print_repeats(s, args.repeats)
        else:
            shown = acc.assign(
                top1_percent=100 * acc["top1"], top1_float_percent=100 * acc["top1_ideal"]
            ).drop(columns=["top1", "top1_ideal"])
            print("accuracy vs time since programming:")
            print(shown.to_string(index=False, float_format=lambda v: f"{v:.4g}"))
            _print_repeats(s, args.repeats)
    if args.stalls and result.stalls is not None:
        stalls = result.stalls.rename(
            columns=lambda c: c.removeprefix("stall_").removesuffix("_cycles")
        )
        print("\nstall cycles per layer, by what was waited on:")
        print(stalls.to_string(index=False))
    if out_dir is not None:
        print(f"\nreport: {out_dir}/report.html")


def _print_repeats(summary: dict[str, Any], repeats: int) -> None:
    """The mean and std over ``repeats`` programmings (at the first time), if more than one."""
    if repeats < 2:
        return
    error = f"{summary['mean_rel_error_mean']:.4f} +- {summary['mean_rel_error_std']:.4f}"
    top1 = ""
    if summary.get("top1_mean") is not None:
        top1 = f"top-1 {100 * summary['top1_mean']:.2f} +- {100 * summary['top1_std']:.2f} %, "
    print(f"over {repeats} programmings (mean +- std): {top1}mean analog-layer rel. error {error}")


MAX_WARNINGS_SHOWN = 8
"""Warnings printed on stderr; all of them are in run.json and the HTML report."""


def _print_warnings(warnings: list[str]) -> None:
    """The run's warnings on stderr, one per line (the first ``MAX_WARNINGS_SHOWN``)."""
    for w in warnings[:MAX_WARNINGS_SHOWN]:
        print(f"warning: {w}", file=sys.stderr)
    if len(warnings) > MAX_WARNINGS_SHOWN:
        print(
            f"warning: ... and {len(warnings) - MAX_WARNINGS_SHOWN} more (run.json 'warnings')",
            file=sys.stderr,
        )


def _plain(value: Any) -> Any:
    """JSON fallback for numpy scalars."""
    return value.item() if hasattr(value, "item") else str(value)
