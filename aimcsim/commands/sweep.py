"""CLI subcommand ``sweep``: grid/random sweeps over config and energy-table keys."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from aimcsim.commands import options
from aimcsim.sweep.limits import DEFAULT_N_MVM, DEFAULT_TIMEOUT_S, N_MVM_RANGE


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Register ``sweep``."""
    from aimcsim.commands.compile import add_compile_arguments
    from aimcsim.commands.config import add_arch_arguments

    p = subparsers.add_parser(
        "sweep",
        help="sweep architecture / energy-table keys over a workload -> sweep.csv + Pareto plot",
        description="Evaluate WORKLOAD at every grid point (or --random N of them). Keys are "
        "config keys ('aimcsim config keys') or energy.table / energy.<action> / "
        "energy.leakage.<kind> / area.<kind> (um^2 per instance; area_mm2 column only). "
        "A model file (.onnx, .toml) is compiled for every point's chip (give --preset or "
        "--config; the compiler flags below apply), so crossbar, tile, buffer and mesh sizes "
        "can be swept. Finished points are cached in OUT/cache (resumable).",
    )
    p.add_argument(
        "workload",
        metavar="WORKLOAD",
        help="workload directory or name under workloads/, a model file (.onnx or native "
        ".toml) compiled per point, or 'streaming-mvm'",
    )
    p.add_argument(
        "--grid",
        action="append",
        default=[],
        metavar="KEY=V1,V2,...",
        help="one swept key and its values, e.g. tile.adc.bits=4,6,8 (repeatable)",
    )
    p.add_argument(
        "--random",
        type=options.count,
        metavar="N",
        dest="random_n",
        help="evaluate N random points of the grid instead of all of them",
    )
    p.add_argument(
        "--seed",
        type=options.seed,
        default=0,
        help="root seed of every point's noise (default 0; common random numbers: points "
        "differ only by their config; 'aimcsim run --seed S' reproduces a row's seed S)",
    )
    p.add_argument(
        "--repeats",
        type=options.count,
        default=1,
        metavar="N",
        help="independent programmings per point (seeds derived from --seed and the repeat "
        "index); adds the mean and std of mean_rel_error and top1 (default 1)",
    )
    p.add_argument(
        "--objectives",
        metavar="NAMES",
        help="Pareto objectives, comma-separated, from: latency, energy, total-latency, "
        "total-energy, error, top1, area, crossbars (default latency,energy, plus error "
        "when values are evaluated)",
    )
    p.add_argument("--executor", choices=("serial", "processes", "dask"), default="serial")
    p.add_argument(
        "--workers", type=options.count, help="worker processes (processes / local Dask)"
    )
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="Dask scheduler address")
    p.add_argument(
        "--scheduler-timeout",
        type=options.timeout_s,
        default=DEFAULT_TIMEOUT_S,
        metavar="S",
        help=f"seconds to reach the Dask scheduler (default {DEFAULT_TIMEOUT_S:g})",
    )
    p.add_argument("--energy-table", help="energy table name or TOML path (default: by chip)")
    p.add_argument(
        "--n-mvm",
        type=int,
        help=f"MVMs per crossbar of the streaming-mvm workload ({N_MVM_RANGE[0]} to "
        f"{N_MVM_RANGE[1]}; default {DEFAULT_N_MVM})",
    )
    p.add_argument(
        "--no-functional",
        action="store_true",
        help="timing and energy only (no value model, no accuracy metrics)",
    )
    p.add_argument("--n-samples", type=options.count, help="input samples evaluated per point")
    p.add_argument(
        "--t-inference",
        type=options.inference_times,
        default="0",
        metavar="TIME",
        help="time since weight programming at which accuracy is evaluated, e.g. 1d "
        "(units s, m, h, d, w, y; default 0)",
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--no-plot", action="store_true", help="do not draw pareto.png")
    p.add_argument(
        "-o",
        "--out",
        required=True,
        metavar="DIR",
        help="output directory: a new path, an empty directory or an earlier sweep (resumed)",
    )
    add_arch_arguments(p)
    compiler = p.add_argument_group("compiler options (WORKLOAD is a model file)")
    add_compile_arguments(compiler)
    compiler.add_argument(
        "--weights-seed", type=options.seed, default=0, help="seed of synthetic weights (default 0)"
    )
    p.set_defaults(func=_sweep)


def _sweep(args: argparse.Namespace) -> int:
    from aimcsim.commands.compile import compile_options_from_args
    from aimcsim.sweep import MODEL_SUFFIXES, SweepError, parse_grid, run_sweep

    times = args.t_inference
    if len(times) != 1:
        raise SweepError(
            f"--t-inference: a sweep takes one time, got {len(times)} (sweep several times "
            "by running one sweep per time)"
        )
    compile_options = None
    if Path(args.workload).suffix.lower() in MODEL_SUFFIXES:
        compile_options = compile_options_from_args(args, args.weights_seed, args.workload)
    df = run_sweep(
        args.workload,
        parse_grid(args.grid),
        args.out,
        preset=args.preset,
        config=args.config,
        base_overrides=args.overrides,
        random_n=args.random_n,
        seed=args.seed,
        repeats=args.repeats,
        objectives=args.objectives,
        executor=args.executor,
        workers=args.workers,
        scheduler=args.scheduler,
        scheduler_timeout_s=args.scheduler_timeout,
        energy_table=args.energy_table,
        n_mvm=args.n_mvm,
        functional=not args.no_functional,
        n_samples=args.n_samples,
        t_inference_s=times[0],
        compile_options=compile_options,
        samples=args.samples,
        progress=not args.no_progress,
        plot=not args.no_plot,
        warn=_warn,
    )
    failed = df[df["error"].fillna("") != ""]
    for row in failed.itertuples():
        print(f"aimcsim: point {row.point} failed: {row.error}", file=sys.stderr)
    print(
        f"{len(df)} points ({len(failed)} failed), {int(df['pareto'].sum())} on the Pareto "
        f"front -> {args.out}/sweep.csv"
    )
    return 2 if len(failed) == len(df) else 0


def _warn(message: str) -> None:
    print(f"aimcsim: warning: {message}", file=sys.stderr)
