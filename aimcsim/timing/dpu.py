"""Digital processing unit: latency and activity of each DPU instruction.

The DPU executes one instruction at a time (its slot is busy until the instruction ends).
Every DPU instruction's latency depends only on its immediate operands and the config, so
it is computed once per static instruction. Op classes and formulas
(:mod:`aimcsim.timing.latency`):

* simple (vadd vsub vmul vmax vcopy vrelu vaffine vquant):
  ``startup + ceil(len/lanes) * simple_cycles``; ``dpu.op`` = len
* transcendental and iterative (vexp vsigm vtanh vgelu verf vdiv vrecip vsqrt): same with
  ``transcendental_cycles``
* reduction: vsum over ``count`` vectors, vpool over ``kw*kh`` vectors:
  ``startup + vectors * ceil(len/lanes) * reduction_cycles``; ``dpu.op`` = vectors * len
* normalisation (vsoftmax, vlnorm), three passes over ``count`` rows:
  ``startup + 3 * count * ceil(len/lanes) * normalisation_cycles``;
  ``dpu.op`` = 3 * count * len
* mmul: ``startup + ceil(m*k*n / macs_per_cycle)``; ``dpu.mac`` = m * k * n
"""

from __future__ import annotations

from collections.abc import Mapping

from aimcsim.config.arch import DpuConfig
from aimcsim.timing import latency as lat

SIMPLE = frozenset({"vadd", "vsub", "vmul", "vmax", "vcopy", "vrelu", "vaffine", "vquant"})
TRANSCENDENTAL = frozenset({"vexp", "vsigm", "vtanh", "vgelu", "verf", "vdiv", "vrecip", "vsqrt"})
NORMALISATION = frozenset({"vsoftmax", "vlnorm"})


def dpu_cost(mnemonic: str, ops: Mapping[str, int], cfg: DpuConfig) -> tuple[int, str, int]:
    """(latency in cycles, counted action, count) of one DPU instruction.

    ``ops`` maps the instruction's operand names to values. KeyError for a mnemonic that
    is not a DPU instruction.
    """
    lanes, startup = cfg.lanes, cfg.startup_cycles
    if mnemonic in SIMPLE:
        n = ops["len"]
        return lat.dpu_elementwise_cycles(n, lanes, startup, cfg.simple_cycles), "dpu.op", n
    if mnemonic in TRANSCENDENTAL:
        n = ops["len"]
        cycles = lat.dpu_elementwise_cycles(n, lanes, startup, cfg.transcendental_cycles)
        return cycles, "dpu.op", n
    if mnemonic == "vsum" or mnemonic == "vpool":
        n = ops["len"]
        vectors = ops["count"] if mnemonic == "vsum" else ops["kw"] * ops["kh"]
        cycles = lat.dpu_reduction_cycles(n, vectors, lanes, startup, cfg.reduction_cycles)
        return cycles, "dpu.op", vectors * n
    if mnemonic in NORMALISATION:
        n, rows = ops["len"], ops["count"]
        cycles = lat.dpu_normalisation_cycles(n, rows, lanes, startup, cfg.normalisation_cycles)
        return cycles, "dpu.op", lat.NORMALISATION_PASSES * rows * n
    if mnemonic == "mmul":
        m, k, n = ops["m"], ops["k"], ops["n"]
        return lat.dpu_matmul_cycles(m, k, n, cfg.macs_per_cycle, startup), "dpu.mac", m * k * n
    raise KeyError(mnemonic)
