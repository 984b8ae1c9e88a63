"""CLI subcommand ``run``: simulate a program's timing and print cycles and a layer table.

``aimcsim run PROGRAM(.s|.bin) [--preset NAME] [--config FILE] [--set K=V] [--trace OUT.json]
[--json] [--max-cycles N]``; the preset defaults to ``tiny``. Heavy imports happen inside
the handler (every ``cli`` module is imported when the command line starts).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from aimcsim.config.cli import add_arch_arguments, arch_from_args

DEFAULT_PRESET = "tiny"


def add_parsers(subparsers: argparse._SubParsersAction) -> None:
    """Register ``run``."""
    p = subparsers.add_parser(
        "run",
        help="simulate the timing of a program (cycles, per-layer latency, stalls)",
        description="Run the discrete-event timing model on PROGRAM and print the total "
        "cycles, the time in ns and a per-layer table.",
    )
    p.add_argument("program", metavar="PROGRAM", help="program file: assembly .s or binary .bin")
    add_arch_arguments(p)
    p.add_argument("--trace", metavar="OUT.json", help="write a Chrome/Perfetto trace")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument(
        "--max-cycles",
        type=int,
        default=None,
        metavar="N",
        help="stop with an error if the program runs longer than N cycles",
    )
    p.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from aimcsim.isa import load_program
    from aimcsim.timing import simulate_timing

    arch = arch_from_args(args, default_preset=DEFAULT_PRESET)
    program = load_program(args.program)
    result = simulate_timing(
        program, arch, trace=args.trace is not None, max_cycles=args.max_cycles
    )
    if args.trace is not None:
        result.write_trace(args.trace)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2, default=_plain))
        return 0
    print(
        f"chip: {arch.chip.name} ({arch.chip.mesh_rows}x{arch.chip.mesh_cols} tiles, "
        f"{arch.chip.clock_mhz:g} MHz)"
    )
    print(
        f"total: {result.total_cycles} cycles = {result.total_ns:.1f} ns; "
        f"{result.n_dynamic_instructions} instructions issued"
    )
    table = result.per_layer
    if not table.empty:
        cols = [
            "layer",
            "layer_name",
            "start_cycle",
            "end_cycle",
            "latency_cycles",
            "latency_ns",
            "busy_cycles",
        ]
        stalls = [c for c in table.columns if c.startswith("stall_")]
        shown = table[cols + stalls].rename(
            columns={c: c.removeprefix("stall_").removesuffix("_cycles") + "_stall" for c in stalls}
        )
        print()
        print(shown.to_string(index=False, float_format=lambda v: f"{v:.1f}"))
    if args.trace is not None:
        print(f"\ntrace written to {args.trace}")
    return 0


def _plain(value: Any) -> Any:
    """JSON fallback for numpy scalars."""
    return value.item() if hasattr(value, "item") else str(value)
