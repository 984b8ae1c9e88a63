"""BERT-base with values: compile with 4 sample sequences, then one ``aimcsim.simulate`` run
(timing, the noisy functional run and the ideal reference run).

Usage: ``python benchmarks/bench_bert_values.py [--sequences N]``. Prints the compile and
run seconds (wall and CPU; the run split into its timing model and its value-model runs, at
the run's progress messages), the load average and the peak RSS of this process. Target
(issue 12): the noisy functional run on 4 sequences <= 120 s. The chip is the ``bert-base`` recipe's
(``workloads/build.py``): ``hermes`` on a 64 x 64 mesh, one sample slot, synthetic weights.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sequences", type=int, default=4, help="sample sequences (default 4)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "workloads"))
    import models
    import onnx

    from aimcsim.compiler import CompileOptions, compile_model
    from aimcsim.config.loader import load_arch
    from aimcsim.simulation import simulate

    model, samples, _ = models.build_bert_base(n_samples=args.sequences)
    arch = load_arch(preset="hermes", overrides=["chip.mesh_rows=64", "chip.mesh_cols=64"])
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.onnx"
        onnx.save(model, str(path))
        wall0, cpu0 = time.perf_counter(), time.process_time()
        opts = CompileOptions(n_slots=1, synthetic_weights=True)
        workload = compile_model(path, arch, opts, samples=samples)
        wall1, cpu1 = time.perf_counter(), time.process_time()
        stages: list[tuple[str, float, float]] = []

        def progress(message: str) -> None:
            stages.append((message, time.perf_counter(), time.process_time()))

        result = simulate(workload, arch, progress=progress)
        wall2, cpu2 = time.perf_counter(), time.process_time()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    values = next(s for s in stages if s[0].startswith("functional model"))
    print(
        f"bert-base, {args.sequences} sequences: compile {wall1 - wall0:.1f} s "
        f"({cpu1 - cpu0:.1f} CPU-s); simulate with values {wall2 - wall1:.1f} s "
        f"({cpu2 - cpu1:.1f} CPU-s): timing {values[1] - wall1:.1f} s "
        f"({values[2] - cpu1:.1f} CPU-s), noisy + ideal value runs {wall2 - values[1]:.1f} s "
        f"({cpu2 - values[2]:.1f} CPU-s); peak RSS {rss_mb:.0f} MB; load average "
        f"{os.getloadavg()[0]:.1f}; mean_rel_error {result.summary['mean_rel_error']:.4f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
