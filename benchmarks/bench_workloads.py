"""Wall time (and peak RSS) of full-chip runs of the shipped mlp4 and resnet18 workloads.

Usage: ``python benchmarks/bench_workloads.py [--functional]``. Prints one line per run with
wall seconds and the process's peak resident set size. Targets: mlp4 timing + noisy
functional run < 1 s; resnet18 timing < 60 s and < 2 GB peak RSS.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _arch(wl):
    from aimcsim.config.loader import load_arch

    m = wl.manifest["workload"]
    return load_arch(preset=m["preset"] or None, overrides=m["overrides"])


def bench(name: str, functional: bool) -> None:
    from aimcsim.timing import simulate_timing
    from aimcsim.workload import load_workload

    t0 = time.perf_counter()
    wl = load_workload(ROOT / "workloads" / name)
    arch = _arch(wl)
    t1 = time.perf_counter()
    r = simulate_timing(wl.program, arch)
    t2 = time.perf_counter()
    print(f"{name:10s} load {t1 - t0:6.2f} s  timing {t2 - t1:6.2f} s  "
          f"({r.total_cycles} cycles, {r.n_dynamic_instructions} dyn. instructions)  "
          f"peak RSS {_rss_mb():7.1f} MB")
    if functional and wl.inputs():
        from aimcsim.functional.executor import Executor

        t3 = time.perf_counter()
        Executor(wl, arch).run(wl.inputs())
        print(f"{name:10s} functional run with noise ({arch.noise.model}) "
              f"{time.perf_counter() - t3:6.2f} s  peak RSS {_rss_mb():7.1f} MB")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--functional", action="store_true", help="also time a noisy functional run")
    ap.add_argument("names", nargs="*", default=["mlp4", "resnet18"])
    args = ap.parse_args()
    for name in args.names:
        bench(name, args.functional)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
