"""Serial twins of the parallel kernels, chosen by the size of the work.

A kernel written with ``nb.prange`` and compiled with ``parallel=True`` costs about three
times as much to compile as the same function compiled serially (where ``prange`` is a plain
``range``), and on small inputs the threads do not pay for themselves. :class:`BySize` holds
both compilations of one kernel and hands out the serial one below
:data:`PARALLEL_MIN_ELEMENTS`: a first run on a small workload compiles only the serial
kernels it calls (numba compiles lazily, per signature), a large one gets the parallel ones.

Both compilations give identical numbers: every ``prange`` iteration of these kernels is
independent (one input row or one weight pair, with counter-based random numbers), and the
only cross-iteration results are integer counts.
"""

from __future__ import annotations

import types
from typing import Any

import numba as nb

PARALLEL_MIN_ELEMENTS = 1 << 17
"""Elements of work (rows x columns, or weight pairs) from which the parallel compilation of
a kernel is used."""


def serial_twin(kernel: Any) -> Any:
    """``kernel`` (a numba dispatcher) compiled again without ``parallel=True``, cached on disk
    under its own name (``<name>_serial``) so the two compilations never share a cache entry.
    (With ``NUMBA_DISABLE_JIT=1`` the kernel is the plain function and so is its twin.)"""
    f = getattr(kernel, "py_func", kernel)
    clone = types.FunctionType(
        f.__code__, f.__globals__, f"{f.__name__}_serial", f.__defaults__, f.__closure__
    )
    clone.__qualname__ = f"{f.__qualname__}_serial"
    clone.__doc__ = f.__doc__
    clone.__module__ = f.__module__
    return nb.njit(cache=True, error_model="numpy")(clone)


class BySize:
    """A parallel kernel and its serial twin; ``for_size(n)`` returns the one to call."""

    def __init__(self, parallel: Any) -> None:
        self.parallel = parallel
        self.serial = serial_twin(parallel)

    def for_size(self, n_elements: int) -> Any:
        """The serial compilation below :data:`PARALLEL_MIN_ELEMENTS`, else the parallel one."""
        return self.parallel if n_elements >= PARALLEL_MIN_ELEMENTS else self.serial
