"""``aimcsim.evaluate``: cost of the fidelity tiers, measured in one run.

Run: ``python benchmarks/bench_evaluate.py [--workload NAME]`` (from the repository root).
Evaluates ``workloads/NAME`` (default ``mlp-digits``, 540 samples; t = 0, one repeat) at the
``timing``, ``values`` and ``full`` tiers, alternating them ``--reps`` times (default 5) after
one warm-up each (numba compilation), and prints the best time of each and the ratio full /
timing, twice:

* ``new design point``: every call is on a chip no call has seen (``chip.clock_mhz`` moved
  by 1 kHz each time: the timing model runs again, the value model does the same work), the
  cost of a NAS loop's first look at a candidate;
* ``same design point``: the workload's own chip every time, so the timing tier's metrics
  come from the per-process memo (:func:`aimcsim.evaluation._timing_metrics`), the cost of
  looking again at a candidate (e.g. ``full`` after a ``timing`` screen, or another seed).

Last, the timing model alone (``simulate_timing``; its tables are built only when read): the
floor of the timing tier on a new design point. Target: the timing tier at least 10x cheaper
than the full tier (exit code 1 when the new design point misses it).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aimcsim
from aimcsim.workload import load_workload

TIERS = ("timing", "values", "full")
TARGET = 10.0
BASE_CLOCK_MHZ = 1000.0
CLOCK_STEP_MHZ = 0.001


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--workload", default="mlp-digits", help="a directory of workloads/")
    args = ap.parse_args()
    workload = load_workload(Path(__file__).resolve().parents[1] / "workloads" / args.workload)
    fresh = itertools.count(1)
    cases = {
        "new design point": lambda: [
            f"chip.clock_mhz={BASE_CLOCK_MHZ - CLOCK_STEP_MHZ * next(fresh)!r}"
        ],
        "same design point": lambda: [],
    }
    ratios = {}
    for case, overrides in cases.items():
        best = {tier: float("inf") for tier in TIERS}
        for tier in TIERS:
            aimcsim.evaluate(workload, fidelity=tier, overrides=overrides())
        for _ in range(args.reps):
            for tier in TIERS:
                ov = overrides()
                start = time.perf_counter()
                aimcsim.evaluate(workload, fidelity=tier, overrides=ov)
                best[tier] = min(best[tier], time.perf_counter() - start)
        print(case)
        for tier in TIERS:
            print(f"  {tier:>7}: {1e3 * best[tier]:8.1f} ms")
        ratios[case] = best["full"] / best["timing"]
        print(f"  full / timing: {ratios[case]:.1f}x (target >= {TARGET:g}x)")
    engine_s = _best_engine_s(workload, args.reps)
    print(f"timing model alone (simulate_timing, no tables): {1e3 * engine_s:.1f} ms")
    return 0 if ratios["new design point"] >= TARGET else 1


def _best_engine_s(workload: object, reps: int) -> float:
    """Best time of the timing model itself on the workload's chip: the floor of the timing
    tier on a new design point (the rest is building the ledger, layer and summary tables)."""
    from aimcsim.simulation import chip_of
    from aimcsim.timing import simulate_timing

    arch = chip_of(workload, [])
    best = float("inf")
    for _ in range(reps + 1):
        start = time.perf_counter()
        simulate_timing(workload.program, arch)  # type: ignore[attr-defined]
        best = min(best, time.perf_counter() - start)
    return best


if __name__ == "__main__":
    raise SystemExit(main())
