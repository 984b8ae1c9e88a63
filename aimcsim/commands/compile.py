"""CLI subcommand ``compile``: model file -> workload directory."""

from __future__ import annotations

import argparse
from typing import Any

from aimcsim.commands import options
from aimcsim.commands.config import add_arch_arguments, arch_from_args
from aimcsim.output_path import WORKLOAD_DIR, check_output_dir


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Register ``compile``."""
    p = subparsers.add_parser(
        "compile",
        help="compile a model (.onnx or native .toml) into a workload directory",
        description="Compile MODEL for the architecture given by --preset/--config/--set "
        "into a workload trace (program.s, program.bin, tensors.npz, manifest.toml).",
    )
    p.add_argument("model", metavar="MODEL", help="model file: .onnx or native .toml")
    add_arch_arguments(p)
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="DIR",
        help="workload directory: a new path, an empty directory or an earlier 'compile -o' "
        "output (replaced)",
    )
    p.add_argument("--name", help="workload name (default: the model's)")
    add_compile_arguments(p)
    p.add_argument("--seed", type=options.seed, default=0, help="seed of synthetic weights")
    p.add_argument("--float16", action="store_true", help="store weights as float16")
    p.set_defaults(func=_compile)


def add_compile_arguments(p: argparse._ActionsContainer) -> None:
    """The compiler options shared by ``compile`` and ``sweep MODEL`` (not the weight seed,
    whose flag differs)."""
    p.add_argument(
        "--slots",
        type=options.count,
        default=4,
        metavar="S",
        help="sample slots of the program's loop (default 4)",
    )
    p.add_argument(
        "--digital",
        action="append",
        default=[],
        metavar="LAYER",
        help="force a weight layer onto the DPU (repeatable)",
    )
    p.add_argument(
        "--pin",
        action="append",
        default=[],
        metavar="LAYER=TILE",
        help="place a layer's crossbars starting at TILE (repeatable)",
    )
    p.add_argument(
        "--no-duplicate",
        action="store_true",
        help="do not replicate slow layers onto free crossbars",
    )
    p.add_argument(
        "--synthetic-weights",
        action="store_true",
        help="store no weights: seeded synthetic weights regenerated at load time",
    )
    p.add_argument(
        "--samples",
        metavar="NPZ",
        help="input samples to ship: arrays named like the model inputs, plus optional "
        "'labels' (a workload's tensors.npz works too)",
    )
    add_layer_settings_arguments(p)
    p.add_argument(
        "--calibrate-input-range",
        default="auto",
        metavar="MODE",
        help="static per-layer input-range calibration on the --samples: off, absmax "
        "(r = max|x|), std (r = min(3 std(x), max|x|), aihwkit's init_from_data) or auto "
        "(default: std when samples are given and the chip's noise management is static, "
        "'constant' or 'none'; else off)",
    )


def add_layer_settings_arguments(p: argparse._ActionsContainer) -> None:
    """``--layer-settings FILE`` and ``--layer-set LAYER.key=value`` (repeatable)."""
    p.add_argument(
        "--layer-settings",
        metavar="FILE",
        help='per-layer crossbar settings (TOML: version = 1, [default], [layer."NAME"] '
        "with input_encoding, input_bits, bits_per_phase, read_phases, adc_gain, "
        "adc_itime_cycles, input_range, copies, row_copies); replaces the table in the "
        "model's ONNX metadata 'aimcsim.layer_settings'",
    )
    p.add_argument(
        "--layer-set",
        action="append",
        default=[],
        metavar="LAYER.key=value",
        help="set one per-layer setting on top of --layer-settings (or of the model's own "
        "table); '*.key=value' sets the default of every analog layer (repeatable)",
    )


def layer_settings_from_args(args: argparse.Namespace, model: str | None) -> Any:
    """The settings table of ``--layer-settings`` / ``--layer-set`` for ``model``, or None
    when neither is given (the compiler then uses the model's own table, if any)."""
    from aimcsim.compiler.layer_settings import resolve_layer_settings

    return resolve_layer_settings(model, args.layer_settings, args.layer_set)


def compile_options_from_args(args: argparse.Namespace, seed: int, model: str) -> Any:
    """:class:`~aimcsim.compiler.CompileOptions` from :func:`add_compile_arguments` flags,
    for the model file ``model`` (whose metadata may carry the base settings table)."""
    from aimcsim.compiler import CompileOptions
    from aimcsim.errors import CompileError

    pin = {}
    for item in args.pin:
        layer, sep, tile = item.partition("=")
        if not sep or not tile.strip().isdigit():
            raise CompileError(f"--pin {item!r}: expected LAYER=TILE")
        pin[layer] = int(tile)
    return CompileOptions(
        n_slots=args.slots,
        digital=tuple(args.digital),
        pin=pin,
        duplicate=not args.no_duplicate,
        synthetic_weights=args.synthetic_weights,
        seed=seed,
        calibrate_input_range=args.calibrate_input_range,
        layer_settings=layer_settings_from_args(args, model),
    )


def _compile(args: argparse.Namespace) -> int:
    from aimcsim.compiler import compile_model, load_samples
    from aimcsim.workload import save_workload

    inputs = [p for p in (args.model, args.samples, args.config, args.layer_settings) if p]
    check_output_dir(args.output, WORKLOAD_DIR, inputs)
    arch = arch_from_args(args)
    opts = compile_options_from_args(args, args.seed, args.model)
    samples, labels = load_samples(args.samples) if args.samples else (None, None)
    wl = compile_model(
        args.model,
        arch,
        opts,
        name=args.name,
        preset=args.preset,
        overrides=tuple(args.overrides),
        samples=samples,
        labels=labels,
        samples_file=args.samples,
    )
    out = save_workload(wl, args.output, float16=args.float16, inputs=inputs)
    _print_mapping(wl.layers, arch.tile.crossbar.per_tile * arch.chip.n_tiles)
    cal = wl.manifest["compiler"].get("calibrate_input_range")
    if cal:
        ranges = [(la["name"], la["input_range"]) for la in wl.layers if "input_range" in la]
        print(f"input ranges ({cal}): " + ", ".join(f"{k}={v:.3g}" for k, v in ranges if v > 0))
    n_xb = sum(int(la["crossbars"]) for la in wl.layers)
    print(
        f"\ncompiled {wl.name}: {len(wl.layers)} layers, {n_xb} crossbars, "
        f"{len(wl.program.streams)} tiles, {wl.program.n_instructions} instructions -> {out}"
    )
    return 0


def _print_mapping(layers: list[dict[str, Any]], chip_crossbars: int) -> None:
    """One line per layer: where it runs, its weight matrix, crossbars, replicas, utilisation."""
    print(
        f"{'layer':>5}  {'name':<24} {'kind':<10} {'unit':<6} {'matrix':>11} "
        f"{'crossbars':>9} {'replicas':>8} {'utilisation':>11}  tiles"
    )
    for la in layers:
        matrix = "x".join(str(d) for d in la.get("matrix", [])) or "-"
        unit = "analog" if la.get("analog") else "dpu"
        tiles = ",".join(str(t) for t in la.get("tiles", [])) or "-"
        util = f"{100 * float(la.get('utilisation', 0.0)):.1f} %" if la.get("crossbars") else "-"
        print(
            f"{la['id']:>5}  {str(la['name'])[:24]:<24} {la['kind']:<10} {unit:<6} {matrix:>11} "
            f"{la.get('crossbars', 0):>9} {la.get('replicas', 0):>8} {util:>11}  {tiles}"
        )
    used = sum(int(la.get("crossbars", 0)) for la in layers)
    print(f"crossbars used: {used} of {chip_crossbars} on the chip")
