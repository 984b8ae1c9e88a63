"""aimcsim: a cycle-accurate architectural simulator of analog in-memory computing chips.

The public API::

    import aimcsim
    arch = aimcsim.load_arch("hermes", overrides=["tile.adc.bits=6"])
    result = aimcsim.simulate("workloads/mlp-digits", aimcsim.load_arch("tiny"))
    aimcsim.write_report(result, "reports/mlp-digits")
    workload = aimcsim.compile_model("model.onnx", arch)
    table = aimcsim.run_sweep("workloads/mlp-digits", ["tile.adc.bits=4,6,8"], "sweep-out")

Everything but the errors is imported on first use (PEP 562), so that ``import aimcsim``
loads only the standard library: ``aimcsim --help`` and the light commands start fast, and
the command line installs its signal handlers before numpy, numba or pandas load.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from aimcsim.errors import AimcSimError

__version__ = "0.1.0"

if TYPE_CHECKING:
    from aimcsim.compiler.compile import compile_model
    from aimcsim.config import ArchConfig, list_presets, load_arch
    from aimcsim.report.io import read_report, write_report
    from aimcsim.report.result import RunResult
    from aimcsim.simulation import simulate
    from aimcsim.sweep import run_sweep

_LAZY = {
    "ArchConfig": "aimcsim.config",
    "list_presets": "aimcsim.config",
    "load_arch": "aimcsim.config",
    "compile_model": "aimcsim.compiler.compile",
    "read_report": "aimcsim.report.io",
    "write_report": "aimcsim.report.io",
    "RunResult": "aimcsim.report.result",
    "simulate": "aimcsim.simulation",
    "run_sweep": "aimcsim.sweep",
}

__all__ = [
    "AimcSimError",
    "ArchConfig",
    "RunResult",
    "__version__",
    "compile_model",
    "list_presets",
    "load_arch",
    "read_report",
    "run_sweep",
    "simulate",
    "write_report",
]


def __getattr__(name: str) -> Any:
    """Import the heavy parts of the public API on first access (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'aimcsim' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
