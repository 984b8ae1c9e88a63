"""Wall time (and peak RSS) of full-chip runs of the shipped mlp4 and resnet18 workloads.

Usage: ``python benchmarks/bench_workloads.py [--functional] [--repeats N] [names...]``. Prints
one line per run with wall seconds and the process's peak resident set size. Targets: mlp4
timing + noisy functional run < 1 s; resnet18 timing < 60 s and < 2 GB peak RSS.

With ``--functional``, a workload with samples also gets its *full run* timed the way
``aimcsim run`` does it: timing model + :func:`~aimcsim.functional.executor.run_functional`
(noisy run and its ideal twin). The first full run in the process includes the one-off
start-up (numba's JIT target set-up and kernel cache loads, the Gaussian pool; on a fresh
checkout also the kernel compilation); the next ``--repeats`` runs (new seeds) are the steady
state, judged against the 1 s target of mlp4 (PASS/MISS on the median).
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FULL_RUN_TARGET_S = {"mlp4": 1.0}
"""Targets of the full run (timing + noisy functional with its ideal twin), seconds."""


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _arch(wl):
    from aimcsim.config.loader import load_arch

    m = wl.manifest["workload"]
    return load_arch(preset=m["preset"] or None, overrides=m["overrides"])


def bench(name: str, functional: bool, repeats: int = 3) -> None:
    from aimcsim.timing import simulate_timing
    from aimcsim.workload import load_workload

    t0 = time.perf_counter()
    wl = load_workload(ROOT / "workloads" / name)
    arch = _arch(wl)
    t1 = time.perf_counter()
    r = simulate_timing(wl.program, arch)
    t2 = time.perf_counter()
    print(
        f"{name:10s} load {t1 - t0:6.2f} s  timing {t2 - t1:6.2f} s  "
        f"({r.total_cycles} cycles, {r.n_dynamic_instructions} dyn. instructions)  "
        f"peak RSS {_rss_mb():7.1f} MB"
    )
    if functional and wl.inputs():
        from aimcsim.functional.executor import Executor, run_functional

        t3 = time.perf_counter()
        Executor(wl, arch).run(wl.inputs())
        print(
            f"{name:10s} functional run with noise ({arch.noise.model}) "
            f"{time.perf_counter() - t3:6.2f} s  (first in process)  "
            f"peak RSS {_rss_mb():7.1f} MB"
        )
        full = []
        for seed in range(1, repeats + 1):
            t4 = time.perf_counter()
            simulate_timing(wl.program, arch)
            t5 = time.perf_counter()
            run_functional(wl, arch, seed=seed)
            t6 = time.perf_counter()
            full.append((t6 - t4, t5 - t4, t6 - t5))
        full.sort()
        tot, tim, fun = full[len(full) // 2]
        verdict = ""
        if name in FULL_RUN_TARGET_S:
            target = FULL_RUN_TARGET_S[name]
            verdict = f"  {'PASS' if tot < target else 'MISS'} (target < {target:g} s)"
        print(
            f"{name:10s} full noisy run (timing {tim:.2f} s + functional noisy+ideal "
            f"{fun:.2f} s) {tot:6.2f} s  median of {repeats} "
            f"[{', '.join(f'{f[0]:.2f}' for f in full)}]{verdict}"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--functional", action="store_true", help="also time a noisy functional run")
    ap.add_argument(
        "--repeats", type=int, default=3, help="steady-state full runs per workload (default 3)"
    )
    ap.add_argument("names", nargs="*", default=["mlp4", "resnet18"])
    args = ap.parse_args()
    for name in args.names:
        bench(name, args.functional, max(1, args.repeats))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
