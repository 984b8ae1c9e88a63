"""Numpy below a size, numba above it: the one rule that picks the implementation of a kernel.

Each elementwise stage of the functional model exists as a numba kernel compiled with
``parallel=True`` and as a numpy twin with the same signature and the same numbers to the bit
(tests/kernels). Compiling a numba kernel costs about a second of CPU, and importing and
initialising numba another second, the first time a machine runs it (the on-disk cache
serves later runs); on small inputs the vectorised numpy twin is about as fast as the compiled
loop. :class:`BySize` therefore calls the numpy twin below :data:`PARALLEL_MIN_ELEMENTS` and
the numba kernel from there on, importing (and, on a cold cache, compiling) it only then: a
run on a small workload never imports numba at all.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

PARALLEL_MIN_ELEMENTS = 1 << 17
"""Elements of work (rows x columns, or weight pairs) from which the numba kernel is used."""


class BySize:
    """A kernel in two implementations; ``for_size(n)`` returns the one to call.

    ``small`` is the numpy twin; the numba kernel is attribute ``name`` of module ``module``,
    imported on first use.
    """

    def __init__(self, small: Callable[..., Any], module: str, name: str) -> None:
        self.small = small
        self._module = module
        self._name = name
        self._jitted: Any = None

    @property
    def jitted(self) -> Any:
        """The numba kernel (a dispatcher; the plain function under ``NUMBA_DISABLE_JIT=1``)."""
        if self._jitted is None:
            self._jitted = getattr(importlib.import_module(self._module), self._name)
        return self._jitted

    def for_size(self, n_elements: int) -> Callable[..., Any]:
        """The numpy twin below :data:`PARALLEL_MIN_ELEMENTS`, else the numba kernel."""
        return self.small if n_elements < PARALLEL_MIN_ELEMENTS else self.jitted
