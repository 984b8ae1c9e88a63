"""Speed of the timing model: simulated instructions per second on a multi-tile program.

Run: ``/work/venv/bin/python benchmarks/bench_timing.py [--iterations N] [--preset NAME]``

The program is a pipeline over every tile of the chip: each tile loops ``N`` times over
recv (from the previous tile) -> mvm -> vaffine -> vrelu -> send (to the next tile), with
an addi/bne loop; the last tile stores each result to SRAM. It prints the dynamic
instructions simulated per second, and the ratio to a bare SimPy ``yield env.timeout(1)``
loop measured in the same run (the machine is shared and noisy: compare ratios).
"""

from __future__ import annotations

import argparse
import time

import simpy

from aimcsim.config.loader import load_arch
from aimcsim.isa import assemble
from aimcsim.timing import simulate_timing


def pipeline_program(n_tiles: int, rows: int, cols: int, iterations: int) -> str:
    """Assembly of the benchmark pipeline (see the module docstring)."""
    out = ['.layer 0 "pipeline"']
    for t in range(n_tiles):
        out += [
            f".tile {t}",
            "    li r1, 0",
            f"    li r2, {rows}",
            f"    li r3, {rows + cols}",
            "    li r5, 0",
            f"    li r6, {iterations}",
            "    li r7, 0",
            ".layer 0",
            "loop:",
        ]
        if t > 0:
            out.append(f"    recv r1, {t - 1}, 1, {rows}")
        out += [
            "    mvm x0, r1, r2, 0",
            f"    vaffine r2, r2, r3, {cols}",
            f"    vrelu r2, r2, {cols}",
        ]
        if t < n_tiles - 1:
            out.append(f"    send r2, {t + 1}, 1, {rows}")
        else:
            out += [f"    st r7, r2, sram, {cols}", f"    addi r7, r7, {cols}"]
        out += ["    addi r5, r5, 1", "    bne r5, r6, loop", ".layer -", "    halt"]
    return "\n".join(out) + "\n"


def bare_simpy_events_per_s(n_events: int) -> float:
    """Events/s of one SimPy process doing ``yield env.timeout(1)``."""
    env = simpy.Environment()

    def proc(env: simpy.Environment):  # type: ignore[no-untyped-def]
        for _ in range(n_events):
            yield env.timeout(1)

    env.process(proc(env))
    t0 = time.perf_counter()
    env.run()
    return n_events / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iterations", type=int, default=1000)
    ap.add_argument("--preset", default="standard")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    arch = load_arch(preset=args.preset)
    n_tiles = arch.chip.n_tiles
    src = pipeline_program(
        n_tiles,
        min(arch.tile.crossbar.rows, arch.tile.crossbar.cols),
        arch.tile.crossbar.cols,
        args.iterations,
    )
    program = assemble(src, "<bench>")
    best = float("inf")
    result = None
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        result = simulate_timing(program, arch)
        best = min(best, time.perf_counter() - t0)
    assert result is not None
    n = result.n_dynamic_instructions
    ips = n / best
    bare = max(bare_simpy_events_per_s(500_000) for _ in range(args.repeat))
    print(f"preset {args.preset}: {n_tiles} tiles, {args.iterations} iterations per tile")
    print(f"dynamic instructions simulated: {n:,}")
    print(f"simulated cycles: {result.total_cycles:,}")
    print(f"wall time (best of {args.repeat}): {best:.3f} s")
    print(f"simulated instructions/s: {ips:,.0f}")
    print(f"bare SimPy timeout loop: {bare:,.0f} events/s")
    print(f"ratio instructions/s : bare SimPy events/s = {ips / bare:.3f}")


if __name__ == "__main__":
    main()
