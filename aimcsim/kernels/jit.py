"""numba, configured for the simulator: import ``nb`` from here in every numba kernel module.

One level of parallelism per core (anchors.md): the elementwise kernels run between
multithreaded OpenBLAS GEMMs. With numba's OpenMP layer, idle OpenMP threads spin after each
parallel region and OpenBLAS threads spin after each GEMM, and on 2 cores the two pools steal
each other's cores (measured: the fused output stage 10-20x slower right after a GEMM, the
GEMMs up to 2-3x slower). The workqueue layer's threads sleep when idle. An explicit
NUMBA_THREADING_LAYER in the environment wins. Caveat of workqueue: parallel kernels must not
be called from several Python threads at once (the simulator is single-threaded).

This lives apart from :mod:`aimcsim.kernels` so that importing the numpy kernels does not
import numba (about 0.3 s): a run on a small workload never needs it.
"""

import os

import numba as nb

if "NUMBA_THREADING_LAYER" not in os.environ:
    nb.config.THREADING_LAYER = "workqueue"  # type: ignore[attr-defined]

__all__ = ["nb"]
