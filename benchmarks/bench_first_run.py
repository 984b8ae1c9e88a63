"""What the first run costs: import time, a cold run (empty numba cache) and a warm run.

Run: ``python benchmarks/bench_first_run.py`` (from the repository root). Each measurement is
a fresh process:

1. ``python -c "import aimcsim"`` and ``python -c "import aimcsim.simulation"`` (the package
   facade, and what a run imports before it starts simulating);
2. ``aimcsim run <workload> --no-report`` with ``NUMBA_CACHE_DIR`` set to a new empty
   directory: the first run after an install or a kernel edit;
3. the same command again with that cache: a warm run.

Each is repeated ``--reps`` times (default 3; a new empty cache for every cold run) and the
best wall time and the best CPU time (user + sys of the child) are printed. The machine is
shared: CPU time is the steadier figure. Target: the cold run of ``workloads/mlp-digits``
within 5 s wall (exit code 1 otherwise).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_COLD_S = 5.0


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + sys) of ``cmd`` run to completion in a child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _best(samples: list[tuple[float, float]]) -> str:
    return f"{min(w for w, _ in samples):6.2f} s wall, {min(c for _, c in samples):6.2f} s CPU"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--workload", default="workloads/mlp-digits")
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    aimcsim_cli = shutil.which("aimcsim")
    run = [aimcsim_cli] if aimcsim_cli else [sys.executable, "-m", "aimcsim"]
    run += ["run", args.workload, "--no-report"]
    rows: dict[str, list[tuple[float, float]]] = {}
    for module in ("aimcsim", "aimcsim.simulation"):
        rows[f"import {module}"] = [
            _timed([sys.executable, "-c", f"import {module}"], dict(os.environ))
            for _ in range(args.reps)
        ]
    rows["cold run"], rows["warm run"] = [], []
    for _ in range(args.reps):
        with tempfile.TemporaryDirectory(prefix="aimcsim-numba-cache-") as cache:
            env = dict(os.environ, NUMBA_CACHE_DIR=cache)
            rows["cold run"].append(_timed(run, env))
            rows["warm run"].append(_timed(run, env))
    print(f"aimcsim run {args.workload} --no-report, best of {args.reps}:")
    for name, samples in rows.items():
        print(f"  {name:<26} {_best(samples)}")
    cold_wall = min(w for w, _ in rows["cold run"])
    return 0 if cold_wall <= TARGET_COLD_S or args.workload != "workloads/mlp-digits" else 1


if __name__ == "__main__":
    sys.exit(main())
