"""Compiler: model (ONNX or native description) -> workload trace for an architecture.

Pipeline: frontend (:mod:`~aimcsim.compiler.onnx_frontend`, :mod:`~aimcsim.compiler.native`)
-> graph IR (:mod:`~aimcsim.compiler.graph`) -> mapping of weight layers onto crossbars
(:mod:`~aimcsim.compiler.mapping`) -> per-tile code (:mod:`~aimcsim.compiler.codegen`) ->
:class:`~aimcsim.workload.Workload`.
"""

from aimcsim.compiler.compile import CompileOptions, compile_model, load_model, load_samples

__all__ = ["CompileOptions", "compile_model", "load_model", "load_samples"]
