"""Share of workload loading spent validating: the manifest schema plus the cross-checks.

Usage: ``python benchmarks/bench_validation.py [--repeats N]``. For every shipped workload it
prints the median wall time of :func:`aimcsim.workload.load_workload` and of the validation
inside it (:func:`aimcsim.workload.schema.check` and
:meth:`aimcsim.workload.validate.Checker.run`), measured in the same process.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from typing import Any

from aimcsim.workload import format as workload_format
from aimcsim.workload import load_workload
from aimcsim.workload.validate import Checker

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    spent_s = [0.0]
    check, run = workload_format.schema.check, Checker.run

    def timed(fn: Any) -> Any:
        def wrapper(*a: Any, **k: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent_s[0] += time.perf_counter() - t0

        return wrapper

    workload_format.schema.check = timed(check)  # type: ignore[method-assign]
    Checker.run = timed(run)  # type: ignore[method-assign]
    for d in sorted(p for p in (ROOT / "workloads").iterdir() if (p / "manifest.toml").exists()):
        loads_s, checks_s = [], []
        for _ in range(args.repeats):
            spent_s[0] = 0.0
            t0 = time.perf_counter()
            load_workload(d)
            loads_s.append(time.perf_counter() - t0)
            checks_s.append(spent_s[0])
        load_ms, check_ms = 1e3 * statistics.median(loads_s), 1e3 * statistics.median(checks_s)
        print(
            f"{d.name:12s} load {load_ms:8.1f} ms, of which validation {check_ms:7.1f} ms "
            f"({100 * check_ms / load_ms:.0f} %)"
        )


if __name__ == "__main__":
    main()
