"""Workload traces: program + tensors + manifest of a compiled model (``workloads/<name>/``)."""

from aimcsim.workload.format import Workload, load_workload, save_workload, synthetic_weight

__all__ = ["Workload", "load_workload", "save_workload", "synthetic_weight"]
