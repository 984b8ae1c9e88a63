"""Numba-jitted pure array kernels of the functional model, each with a numpy reference twin.

No dataclasses, no SimPy: every kernel takes arrays and scalars and writes into arrays.
The twin of kernel ``foo`` is ``foo_ref`` in the same module and must give the same numbers
(tests/kernels check both on random inputs).
"""

import os as _os

import numba as _numba

# One level of parallelism per core (anchors.md): the elementwise kernels run between
# multithreaded OpenBLAS GEMMs. With numba's OpenMP layer, idle OpenMP threads spin after each
# parallel region and OpenBLAS threads spin after each GEMM, and on 2 cores the two pools steal
# each other's cores (measured: the fused output stage 10-20x slower right after a GEMM, the
# GEMMs up to 2-3x slower). The workqueue layer's threads sleep when idle. An explicit
# NUMBA_THREADING_LAYER in the environment wins. Caveat of workqueue: parallel kernels must not
# be called from several Python threads at once (the simulator is single-threaded).
if "NUMBA_THREADING_LAYER" not in _os.environ:
    _numba.config.THREADING_LAYER = "workqueue"  # type: ignore[attr-defined]
