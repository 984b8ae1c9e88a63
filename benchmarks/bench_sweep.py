"""Sweep speed-up: 2 worker processes against the serial executor, measured in one run.

Run: ``python benchmarks/bench_sweep.py`` (from the repository root). An 8-point sweep over
the hermes chip's ADC conversion time and NoC router delay, each point a timing simulation
of ``--n-mvm`` streaming MVMs on all 64 cores (about 0.8 s each), is run serially and with
``--executor processes --workers 2`` into fresh directories (no cache hits). Target: the
2-worker sweep is at least 1.6x faster, and both write byte-identical ``sweep.csv`` files.
Exit code 1 if either fails. The machine is shared: serial and parallel runs alternate
``--reps`` times (default 3) and the best time of each is compared. Options: ``--n-mvm N``
(default 300), ``--workers W``, ``--reps R``.
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aimcsim.sweep import run_sweep, timing_evaluate

GRID = ["tile.adc.conversion_cycles=4,6,8,10", "noc.router_delay_cycles=1,2"]
TARGET = 1.6


def _run(out: Path, n_mvm: int, executor: str, workers: int | None) -> tuple[float, bytes]:
    evaluate = functools.partial(timing_evaluate, "streaming-mvm", "hermes", None, n_mvm)
    t = time.perf_counter()
    run_sweep(
        "streaming-mvm",
        GRID,
        out,
        preset="hermes",
        evaluate=evaluate,
        evaluator_id=f"bench/{n_mvm}",
        executor=executor,
        workers=workers,
        plot=False,
    )
    return time.perf_counter() - t, (out / "sweep.csv").read_bytes()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n-mvm", type=int, default=300)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--reps", type=int, default=3)
    args = ap.parse_args()
    t_serial = t_par = float("inf")
    with tempfile.TemporaryDirectory() as tmp:
        # Warm-up (imports, first compile) so that neither side pays it.
        _run(Path(tmp) / "warm", 2, "serial", None)
        for rep in range(args.reps):
            t, csv_serial = _run(Path(tmp) / f"serial{rep}", args.n_mvm, "serial", None)
            t_serial = min(t_serial, t)
            t, csv_par = _run(Path(tmp) / f"par{rep}", args.n_mvm, "processes", args.workers)
            t_par = min(t_par, t)
    speedup = t_serial / t_par
    same = csv_serial == csv_par
    print(
        f"serial {t_serial:.2f} s, {args.workers} processes {t_par:.2f} s: "
        f"speed-up {speedup:.2f}x (target >= {TARGET}x); identical sweep.csv: {same}"
    )
    return 0 if speedup >= TARGET and same else 1


if __name__ == "__main__":
    raise SystemExit(main())
