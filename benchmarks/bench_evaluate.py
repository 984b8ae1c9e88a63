"""``aimcsim.evaluate``: cost of the fidelity tiers, measured in one run.

Run: ``python benchmarks/bench_evaluate.py`` (from the repository root). Evaluates
``workloads/mlp-digits`` (540 samples, t = 0, one repeat) at the ``timing``, ``values`` and
``full`` tiers, alternating them ``--reps`` times (default 5) after one warm-up each (numba
compilation), and prints the best time of each and the ratio full / timing. Target: the
timing tier is at least 10x cheaper than the full tier (exit code 1 otherwise).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aimcsim
from aimcsim.workload import load_workload

TIERS = ("timing", "values", "full")
TARGET = 10.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()
    workload = load_workload(Path(__file__).resolve().parents[1] / "workloads" / "mlp-digits")
    best = {tier: float("inf") for tier in TIERS}
    for tier in TIERS:
        aimcsim.evaluate(workload, fidelity=tier)
    for _ in range(args.reps):
        for tier in TIERS:
            start = time.perf_counter()
            aimcsim.evaluate(workload, fidelity=tier)
            best[tier] = min(best[tier], time.perf_counter() - start)
    for tier in TIERS:
        print(f"{tier:>7}: {1e3 * best[tier]:8.1f} ms")
    ratio = best["full"] / best["timing"]
    print(f"full / timing: {ratio:.1f}x (target >= {TARGET:g}x)")
    return 0 if ratio >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
