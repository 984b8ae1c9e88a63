"""Which implementation of a kernel runs: numpy first, numba once the work pays for it.

Each elementwise stage of the functional model exists three times, all with one signature and
the same numbers to the bit (tests/kernels): a numba kernel compiled with ``parallel=True``,
its serial twin (the same function compiled without it: ``prange`` becomes ``range``, a third
of the compile time, no thread hand-off on small inputs), and a vectorised numpy twin.

Compiling one numba kernel costs about a second of CPU and importing numba about 0.4 s, the
first time a machine runs it (numba's on-disk cache serves later runs); the numpy twin needs
neither but pays about 0.1 ms of overhead per call where the compiled loop takes a few
microseconds. :class:`BySize` therefore picks, per call:

* from :data:`PARALLEL_MIN_ELEMENTS` elements of work: the parallel numba kernel;
* below it, the numpy twin while the time spent in it stays small, and the serial numba
  twin from the moment it is cheap to get: once the numpy time has paid for looking for it
  (:data:`PROBE_AFTER_S`, or :data:`NUMBA_IMPORT_S` while numba is not imported yet), if it
  is already compiled or in the on-disk cache (a warm run), else once
  :data:`COMPILE_AFTER_S` has accumulated (a large workload on a cold cache: the numpy time
  has then paid for about half the compilation). Both are the classic rent-or-buy rule: buy
  once the rent paid equals the price.

A run whose kernels spend less than :data:`NUMBA_IMPORT_S` in numpy thus never imports numba,
a long run reaches the compiled loops, and because all three give the same bits the choice
never changes a result.
"""

from __future__ import annotations

import importlib
import sys
import time
import types
from collections.abc import Callable
from typing import Any

PARALLEL_MIN_ELEMENTS = 1 << 17
"""Elements of work (rows x columns, or weight pairs) from which the parallel numba kernel is
used."""
PROBE_AFTER_S = 0.05
"""Numpy CPU time (s, per kernel and process) after which a compiled or cached serial numba twin
is used if there is one, once numba is imported."""
NUMBA_IMPORT_S = 0.4
"""Numpy CPU time (s, per kernel and process) after which numba is imported to look for a
compiled or cached serial twin: what importing numba costs (0.32-0.33 s of CPU measured on
this project's machine, rounded up)."""
COMPILE_AFTER_S = 0.5
"""Numpy CPU time (s, per kernel and process) after which the serial numba twin is compiled."""


def serial_twin(kernel: Any) -> Any:
    """``kernel`` (a numba dispatcher) compiled again without ``parallel=True``, cached on disk
    under its own name (``<name>_serial``) so the two compilations never share a cache entry.
    (With ``NUMBA_DISABLE_JIT=1`` the kernel is the plain function and so is its twin.)"""
    from aimcsim.kernels.jit import nb

    f = getattr(kernel, "py_func", kernel)
    clone = types.FunctionType(
        f.__code__, f.__globals__, f"{f.__name__}_serial", f.__defaults__, f.__closure__
    )
    clone.__qualname__ = f"{f.__qualname__}_serial"
    clone.__doc__ = f.__doc__
    clone.__module__ = f.__module__
    return nb.njit(cache=True, error_model="numpy")(clone)


def _ready_without_compiling(dispatcher: Any) -> bool:
    """Whether ``dispatcher`` has a compiled version in this process or a valid entry in
    numba's on-disk cache (false for plain functions, i.e. ``NUMBA_DISABLE_JIT=1``)."""
    if getattr(dispatcher, "signatures", None):
        return True
    try:
        return bool(dispatcher._cache._cache_file._load_index())
    except Exception:  # numba's private API: another version, or a damaged or unreadable cache
        return False


def _probe_after_s() -> float:
    """Numpy CPU time (s) from which looking for a serial twin pays: :data:`PROBE_AFTER_S`
    once numba is imported, else :data:`NUMBA_IMPORT_S`."""
    return PROBE_AFTER_S if "numba" in sys.modules else NUMBA_IMPORT_S


class Jitted:
    """A numba kernel, attribute ``name`` of module ``module``, imported on first use (so that
    importing its caller does not import numba)."""

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name
        self._kernel: Any = None

    @property
    def kernel(self) -> Any:
        """The kernel (a dispatcher; the plain function under ``NUMBA_DISABLE_JIT=1``)."""
        if self._kernel is None:
            self._kernel = getattr(importlib.import_module(self.module), self.name)
        return self._kernel


class BySize:
    """One kernel in its three implementations; ``for_size(n)`` returns the one to call.

    ``small`` is the numpy twin; the parallel numba kernel is attribute ``name`` of module
    ``module``, imported on first use, and its serial twin is compiled from it.
    """

    def __init__(self, small: Callable[..., Any], module: str, name: str) -> None:
        self.small = small
        self._parallel = Jitted(module, name)
        self._serial: Any = None
        self.numpy_s = 0.0
        """CPU seconds spent in the numpy twin by this process (thread time: the twins are
        single-threaded, and other processes' load does not count)."""
        self._probed = False
        self._use_serial = False

    @property
    def parallel(self) -> Any:
        """The parallel numba kernel (a dispatcher)."""
        return self._parallel.kernel

    @property
    def serial(self) -> Any:
        """The serial numba twin (a dispatcher)."""
        if self._serial is None:
            self._serial = serial_twin(self.parallel)
        return self._serial

    def for_size(self, n_elements: int) -> Callable[..., Any]:
        """The implementation for a call with ``n_elements`` elements of work."""
        if n_elements >= PARALLEL_MIN_ELEMENTS:
            return self.parallel
        if not self._use_serial:
            if not self._probed and self.numpy_s >= _probe_after_s():
                self._probed = True
                self._use_serial = _ready_without_compiling(self.serial)
            if self.numpy_s >= COMPILE_AFTER_S and hasattr(self.serial, "py_func"):
                self._use_serial = True
        return self.serial if self._use_serial else self._timed_small

    def _timed_small(self, *args: Any) -> Any:
        start = time.thread_time()
        try:
            return self.small(*args)
        finally:
            self.numpy_s += time.thread_time() - start
