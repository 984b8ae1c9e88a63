"""Speed of the analog MVM kernels as ratios to numpy sgemm measured in the same process.

Run: ``python benchmarks/bench_kernels.py`` (from the repository root). Cases:

1. 512x512 weights, batch 4096: 8-bit DAC/ADC + output noise 0.04 + AbsMax NM + iterative BM
   (target <= 3x ``x @ W.T``);
2. same shape, full model: PCM weights drifted to 1 h + IO + PCM-read weight noise + IR drop
   (target <= 4x);
3. batch 1, 256x256, 8-bit DAC/ADC + output noise (target <= 2x a bare ``x @ W.T``).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aimcsim.config.noise import AnalogIoConfig, DeviceNoiseConfig
from aimcsim.functional.forward import (
    AnalogForwardParams,
    PreparedWeights,
    analog_forward,
)
from aimcsim.functional.rng import NoiseStream
from aimcsim.functional.tile import AnalogTile


def median_time(f: Callable[[], object], repeats: int, inner: int = 1) -> float:
    """Median wall time of ``f`` in seconds (after one warm-up call)."""
    f()
    ts = []
    for _ in range(repeats):
        t = time.perf_counter()
        for _ in range(inner):
            f()
        ts.append((time.perf_counter() - t) / inner)
    return float(np.median(ts))


def main() -> None:
    rng = np.random.default_rng(0)
    w = (rng.standard_normal((512, 512)) / 4).clip(-1, 1).astype(np.float32)
    x = rng.standard_normal((4096, 512)).astype(np.float32)
    t_gemm = median_time(lambda: x @ w.T, 9)
    print(f"numpy sgemm 4096x512x512: {t_gemm * 1e3:.2f} ms")

    io = AnalogIoConfig(out_bound=10.0, out_noise=0.04)
    p_io = AnalogForwardParams(8, 8, io)
    prep = PreparedWeights(w)
    stream = NoiseStream(np.random.default_rng(1))
    t_io = median_time(lambda: analog_forward(prep, x, p_io, stream), 9)
    print(
        f"8-bit DAC/ADC + out noise:  {t_io * 1e3:.2f} ms  ratio {t_io / t_gemm:.2f}x (target 3x)"
    )

    io_full = AnalogIoConfig(
        out_bound=10.0, out_noise=0.04, w_noise=0.0175, w_noise_type="pcm_read", ir_drop=1.0
    )
    p_full = AnalogForwardParams(8, 8, io_full)
    tile = AnalogTile(w, DeviceNoiseConfig(model="pcm"), p_full, seed=0)
    t_prog = median_time(lambda: (tile.program(), tile.drift(3600.0)), 3)
    t_full = median_time(lambda: tile.forward(x), 7)
    print(
        f"full model (PCM 1 h + IO + w_noise + IR drop): {t_full * 1e3:.2f} ms  "
        f"ratio {t_full / t_gemm:.2f}x (target 4x)"
    )
    print(f"program + drift to 1 h incl. alpha readouts (512x512): {t_prog * 1e3:.1f} ms")

    w1 = np.ascontiguousarray(w[:256, :256])
    x1 = np.ascontiguousarray(x[:1, :256])
    prep1 = PreparedWeights(w1)
    t_bare = median_time(lambda: x1 @ w1.T, 21, 2000)
    t_one = median_time(lambda: analog_forward(prep1, x1, p_io, stream), 21, 2000)
    print(
        f"batch 1, 256x256: bare x @ W.T {t_bare * 1e6:.2f} us, noisy 8-bit MVM "
        f"{t_one * 1e6:.2f} us  ratio {t_one / t_bare:.2f}x (target 2x)"
    )


if __name__ == "__main__":
    main()
