"""aimcsim: a cycle-accurate architectural simulator of analog in-memory computing chips.

The public API::

    import aimcsim
    arch = aimcsim.load_arch("hermes", overrides=["tile.adc.bits=6"])
    result = aimcsim.simulate("workloads/mlp-digits")   # on the chip it was compiled for
    result.outputs["logits@ideal"]                         # model outputs, (N, ...)
    aimcsim.write_report(result, "reports/mlp-digits")
    workload = aimcsim.compile_model("model.onnx", arch)
    table = aimcsim.run_sweep("workloads/mlp-digits", ["tile.adc.bits=4,6,8"], "sweep-out")

Everything but the errors is imported on first use (PEP 562), so that ``import aimcsim``
loads only the standard library: ``aimcsim --help`` and the light commands start fast, and
the command line installs its signal handlers before numpy, numba or pandas load.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from aimcsim.errors import AimcSimError

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())  # the application decides

if TYPE_CHECKING:
    from aimcsim.compiler.compile import compile_model
    from aimcsim.config import ArchConfig, list_presets, load_arch
    from aimcsim.evaluation import EvalTask, evaluate, evaluate_many
    from aimcsim.report.compare import compare_layers, compare_totals, format_comparison
    from aimcsim.report.figures import make_figures
    from aimcsim.report.io import read_report, write_report
    from aimcsim.report.result import RunResult
    from aimcsim.simulation import output_key, simulate
    from aimcsim.sweep import run_sweep
    from aimcsim.workload.format import Workload, load_workload

_LAZY = {
    "ArchConfig": "aimcsim.config",
    "list_presets": "aimcsim.config",
    "load_arch": "aimcsim.config",
    "compile_model": "aimcsim.compiler.compile",
    "evaluate": "aimcsim.evaluation",
    "evaluate_many": "aimcsim.evaluation",
    "EvalTask": "aimcsim.evaluation",
    "compare_layers": "aimcsim.report.compare",
    "compare_totals": "aimcsim.report.compare",
    "format_comparison": "aimcsim.report.compare",
    "make_figures": "aimcsim.report.figures",
    "output_key": "aimcsim.simulation",
    "load_workload": "aimcsim.workload.format",
    "Workload": "aimcsim.workload.format",
    "read_report": "aimcsim.report.io",
    "write_report": "aimcsim.report.io",
    "RunResult": "aimcsim.report.result",
    "simulate": "aimcsim.simulation",
    "run_sweep": "aimcsim.sweep",
}

__all__ = [
    "AimcSimError",
    "ArchConfig",
    "EvalTask",
    "RunResult",
    "Workload",
    "__version__",
    "compare_layers",
    "compare_totals",
    "compile_model",
    "evaluate",
    "evaluate_many",
    "format_comparison",
    "list_presets",
    "load_arch",
    "load_workload",
    "make_figures",
    "output_key",
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
