"""CLI subcommand ``search``: multi-objective architecture search with Optuna."""

from __future__ import annotations

import argparse

from aimcsim.commands import options
from aimcsim.commands.sweep import KEYS_HELP, add_evaluation_arguments


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Register ``search``."""
    p = subparsers.add_parser(
        "search",
        help="multi-objective search over architecture (and compile) keys with Optuna -> "
        "search.csv, pareto.csv, summary.json",
        description="Search the space given by --space for the Pareto set of WORKLOAD over "
        "--objectives: an Optuna sampler (NSGA-II by default for several objectives, TPE for "
        "one) proposes trials in batches of --batch, each evaluated like a sweep point. "
        + KEYS_HELP
        + " The study is kept in OUT/study.db (or --storage/--study): rerunning the same "
        "command continues to --trials finished trials without redoing any. The same --seed "
        "gives the same trials and tables whatever the executor and the number of workers.",
    )
    p.add_argument(
        "workload",
        metavar="WORKLOAD|MODEL",
        help="workload directory or name under workloads/, or a model file (.onnx or native "
        ".toml) compiled for each trial's chip",
    )
    p.add_argument(
        "--space",
        action="append",
        default=[],
        metavar="KEY=LO:HI[:int][:log] | KEY=A,B,...",
        help="one searched key: a float range (tile.adc.gain=0.5:2), integers "
        "(tile.adc.bits=4:8:int), a log range (:log) or choices (chip.clock_mhz=250,500,1000) "
        "(repeatable)",
    )
    p.add_argument(
        "--trials",
        type=options.count,
        default=40,
        metavar="N",
        help="finished trials the study should hold (default 40; a rerun continues to N)",
    )
    p.add_argument(
        "--sampler",
        help="nsga2, tpe or random (default nsga2 for several objectives, tpe for one)",
    )
    p.add_argument(
        "--batch",
        type=options.count,
        default=8,
        metavar="B",
        help="trials asked at once and evaluated in parallel; NSGA-II's population size "
        "(default 8; part of what makes a search reproducible, unlike --workers)",
    )
    p.add_argument(
        "--storage",
        metavar="sqlite:///FILE",
        help="Optuna storage of the study (default: OUT/study.db)",
    )
    p.add_argument("--study", default="aimcsim-search", help="study name (default aimcsim-search)")
    add_evaluation_arguments(p, "trial", "an earlier search (continued)")
    p.set_defaults(func=_search)


def _search(args: argparse.Namespace) -> int:
    from aimcsim.commands.sweep import evaluation_kwargs, report_failures
    from aimcsim.sweep.search import SearchOptions, run_search
    from aimcsim.sweep.space import parse_space

    search = SearchOptions(
        trials=args.trials,
        sampler=args.sampler,
        batch=args.batch,
        seed=args.seed,
        repeats=args.repeats,
        storage=args.storage,
        study=args.study,
    )
    df = run_search(
        args.workload,
        parse_space(args.space),
        args.out,
        search,
        **evaluation_kwargs(args, "search"),
    )
    failed = report_failures(df, "trial")
    print(
        f"{len(df)} trials ({failed} failed), {int(df['pareto'].sum())} on the Pareto front "
        f"-> {args.out}/search.csv, {args.out}/pareto.csv"
    )
    return 2 if failed == len(df) else 0
