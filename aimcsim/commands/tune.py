"""CLI subcommand ``tune``: search per-layer crossbar settings under a simulated budget."""

from __future__ import annotations

import argparse
import time

from aimcsim.commands import options


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Register ``tune``."""
    from aimcsim.tune.limits import DEFAULT_BATCH, SAMPLERS

    p = subparsers.add_parser(
        "tune",
        help="search per-layer crossbar settings (Optuna) for the lowest error within a "
        "simulated latency/energy budget -> layer_settings.toml",
        description="Search the per-layer crossbar settings of TARGET on a chip (input "
        "encoding and bits, bits per phase, ADC gain or integration time, input range, weight "
        "copies, row copies; the values each may take follow from the chip) for the lowest "
        "network error (top-1 error with labels, else mean layer error) on the samples, at the "
        "given inference times, with latency and energy from the simulator as constraints "
        "(tpe, ga) or as further objectives (nsga2). Without a bound, the budget is the "
        "default settings' latency. Writes OUT/layer_settings.toml, trials.csv, "
        "before_after.csv, pareto.png, tune.json.",
    )
    p.add_argument(
        "target",
        metavar="WORKLOAD|MODEL",
        help="workload directory (its source model, compiler options and samples) or model "
        "file (.onnx/.toml, with --samples)",
    )
    p.add_argument("--preset", required=True, help="architecture preset of the chip")
    p.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override one config value of the chip (repeatable)",
    )
    p.add_argument("--samples", metavar="FILE.npz", help="input samples (+ labels) of a model")
    p.add_argument(
        "--n-samples",
        type=options.count,
        metavar="N",
        help="score candidates on the first N samples (default all); the before/after "
        "table uses all",
    )
    p.add_argument("--trials", type=options.count, required=True, help="trials the study holds")
    p.add_argument(
        "--batch",
        type=options.count,
        default=DEFAULT_BATCH,
        help=f"trials asked and scored together (default {DEFAULT_BATCH}); results depend on "
        "it, not on --workers",
    )
    p.add_argument("--sampler", choices=SAMPLERS, default="tpe")
    p.add_argument("--seed", type=options.seed, default=0, help="root seed (noise and sampler)")
    p.add_argument(
        "--repeats",
        type=options.count,
        default=1,
        metavar="R",
        help="score every candidate on R independent programmings (seeds derived from --seed) "
        "and minimise the mean error (default 1; R times the cost)",
    )
    p.add_argument("--storage", metavar="sqlite:///FILE.db", help="Optuna storage (resumable)")
    p.add_argument("--study", default="aimcsim-tune", help="study name in --storage")
    p.add_argument("--executor", choices=("serial", "processes", "dask"), default="serial")
    p.add_argument("--workers", type=options.count, help="worker processes (processes / Dask)")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="Dask scheduler address")
    latency = p.add_mutually_exclusive_group()
    latency.add_argument("--max-latency-ns", type=options.positive_number, metavar="X")
    latency.add_argument(
        "--latency-budget",
        type=options.positive_number,
        metavar="REL",
        help="latency bound as a factor of the default settings' (e.g. 1.0)",
    )
    energy = p.add_mutually_exclusive_group()
    energy.add_argument("--max-energy-pj", type=options.positive_number, metavar="X")
    energy.add_argument(
        "--energy-budget",
        type=options.positive_number,
        metavar="REL",
        help="energy bound as a factor of the default settings' energy per inference",
    )
    p.add_argument(
        "--t-inference",
        type=options.inference_times,
        default="0",
        metavar="TIMES",
        help="inference times the error is averaged over, e.g. 0,1d (default 0)",
    )
    p.add_argument(
        "--layers",
        default="",
        metavar="L1,L2",
        help="tune only these analog layers (default: all)",
    )
    p.add_argument("--space", metavar="FILE", help="search-space TOML (choices per knob)")
    p.add_argument("--no-plot", action="store_true", help="do not draw pareto.png")
    p.add_argument("-o", "--out", required=True, metavar="DIR", help="output directory")
    p.set_defaults(func=_tune)


def _tune(args: argparse.Namespace) -> int:
    from aimcsim.seeds import MAX_REPEATS
    from aimcsim.tune.errors import TuneError
    from aimcsim.tune.limits import MAX_BATCH, MAX_TRIALS
    from aimcsim.tune.run import Budgets, TuneRequest, run_tune
    from aimcsim.tune.scoring import Scoring
    from aimcsim.tune.study import StudySpec
    from aimcsim.tune.tables import format_before_after

    if args.trials > MAX_TRIALS:
        raise TuneError(f"--trials {args.trials}: at most {MAX_TRIALS}")
    if args.batch > MAX_BATCH:
        raise TuneError(f"--batch {args.batch}: at most {MAX_BATCH}")
    if args.repeats > MAX_REPEATS:
        raise TuneError(f"--repeats {args.repeats}: at most {MAX_REPEATS}")
    layers = tuple(x.strip() for x in args.layers.split(",") if x.strip())
    started_s = time.perf_counter()
    result = run_tune(
        TuneRequest(
            target=args.target,
            out=args.out,
            preset=args.preset,
            overrides=tuple(args.overrides),
            samples=args.samples,
            n_trials=args.trials,
            study=StudySpec(args.sampler, args.seed, args.batch, args.storage, args.study),
            scoring=Scoring(
                tuple(args.t_inference),
                args.seed,
                args.n_samples,
                args.executor,
                args.workers,
                args.scheduler,
                args.repeats,
            ),
            budgets=Budgets(
                args.max_latency_ns, args.latency_budget, args.max_energy_pj, args.energy_budget
            ),
            layers=layers,
            space_file=args.space,
            plot=not args.no_plot,
        )
    )
    wall_s = time.perf_counter() - started_s
    if result.best is None or result.before_after is None:
        print(f"no trial met the budget in {len(result.trials)} trials -> {args.out}/trials.csv")
        return 1
    print(format_before_after(result.before_after))
    print(
        f"best: trial {result.best.number} of {len(result.trials)} "
        f"({wall_s:.1f} s) -> {args.out}/layer_settings.toml"
    )
    return 0
