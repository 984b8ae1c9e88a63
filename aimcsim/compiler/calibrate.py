"""Static input-range calibration of analog layers (compile time).

A chip with *static* noise management (``io.noise_management`` ``'constant'`` or ``'none'``,
e.g. the ``standard`` preset: the Rasch et al. 2023 model, noise-model.md section 5) does not
rescale each input vector to the DAC range: every input is divided by a fixed constant
(``nm_threshold``, or 1) and then clipped to ``[-inp_bound, inp_bound]``. Activations outside
that range saturate, activations much smaller than it use few DAC codes. aihwkit's answer is
a learned, per-layer input range (``InputRangeParameter(init_from_data=100,
init_std_alpha=3.0, ...)``): it is initialised from the first batches of data as the running
mean of ``init_std_alpha * std(x)`` and then trained. We cannot train, so we take the
initialisation from calibration data:

* run the compiled program (calibration disabled, every analog layer's input probed) on the
  ideal twin of the chip (exact weights, perfect converters: the float model as the
  compiler lowered it, synthetic weights included) on the calibration samples;
* for each analog weight layer l with input activations x (all elements of all samples):

  - ``std``:    ``r_l = min(alpha * std(x), max|x|)`` with alpha = 3 (aihwkit's
    ``init_std_alpha``; ``std`` mean-subtracted, as ``torch.Tensor.std``); inputs beyond
    ``r_l`` clip, as in aihwkit;
  - ``absmax``: ``r_l = max|x|`` (nothing clips on the calibration data);

  ``r_l = 0`` (an all-zero input) falls back to the chip's range (no scaling).

The program then multiplies the layer input by ``s_l = R / r_l`` (``R`` = the chip's static
input range: ``nm_threshold * inp_bound`` for NM constant, ``inp_bound`` otherwise) with a
``vaffine`` before the MVMs, so that ``x = +-r_l`` hits the DAC's full scale, and folds
``1/s_l`` into the post-MVM ``vaffine`` (the one that adds the bias). In ideal mode the two
cancel (up to float32 rounding). LSTM layers (recurrent input concatenated with the hidden
state) and layers forced digital are not calibrated.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from aimcsim.config.arch import ArchConfig
from aimcsim.errors import CompileError

if TYPE_CHECKING:
    from aimcsim.compiler.graph import Graph
    from aimcsim.compiler.options import CompileOptions
    from aimcsim.workload.format import Workload

MODES = ("auto", "off", "absmax", "std")
"""Values of ``CompileOptions.calibrate_input_range``."""
STATIC_NM = ("constant", "none")
"""Noise managements with a static input range (calibration on by default)."""
STD_ALPHA = 3.0
"""aihwkit ``InputRangeParameter.init_std_alpha`` of the Rasch standard model."""
MAX_SAMPLES = 256
"""At most this many calibration samples are run (aihwkit: ``init_from_data=100`` batches)."""
CALIBRATED_OPS = ("dense", "conv")


def resolve_mode(mode: str, arch: ArchConfig, has_samples: bool) -> str:
    """``auto`` -> ``std`` when there are samples and the chip uses static NM, else ``off``;
    explicit modes are checked."""
    if mode not in MODES:
        raise CompileError(f"calibrate_input_range {mode!r}: expected one of {', '.join(MODES)}")
    if mode == "auto":
        return "std" if has_static_input_range(arch) and has_samples else "off"
    if mode != "off" and not has_samples:
        raise CompileError(f"calibrate_input_range {mode!r} needs calibration samples (--samples)")
    return mode


def has_static_input_range(arch: ArchConfig) -> bool:
    """Whether the chip's DAC full scale is a fixed input magnitude (static noise management,
    bounded DAC), so that a layer's input range is set by scaling its input; otherwise every
    input vector is rescaled and only clipping can enforce a range."""
    return arch.io.noise_management in STATIC_NM and arch.io.inp_bound > 0


def chip_input_range(arch: ArchConfig) -> float:
    """The input magnitude that reaches the DAC's full scale without digital scaling."""
    io = arch.io
    bound = io.inp_bound if io.inp_bound > 0 else 1.0
    if io.noise_management == "constant" and io.nm_threshold > 0:
        return float(io.nm_threshold * bound)
    return float(bound)


def range_of(x: np.ndarray, mode: str, alpha: float = STD_ALPHA) -> float:
    """The input range of one layer from its input activations (see the module docstring)."""
    a = np.asarray(x, dtype=np.float64).reshape(-1)
    if a.size == 0:
        return 0.0
    amax = float(np.abs(a).max())
    if mode == "absmax":
        return amax
    if mode == "std":
        return min(alpha * float(a.std()), amax)
    raise CompileError(f"calibration mode {mode!r} has no range rule")


def calibrate_input_ranges(
    g: Graph,
    arch: ArchConfig,
    opts: CompileOptions,
    samples: dict[str, np.ndarray],
    mode: str,
    compile_graph: Callable[..., Workload],
) -> dict[str, float]:
    """Layer name -> calibrated input range ``r_l`` of every analog dense/conv layer of ``g``
    (which is not modified), measured on the ideal chip over ``samples``; the probe pass is
    compiled by ``compile_graph`` (:func:`aimcsim.compiler.compile.compile_graph`, passed in
    so that this module does not import the compiler's driver back)."""
    import dataclasses

    from aimcsim.functional.executor import Executor, ideal_arch

    gc = copy.deepcopy(g)
    # the read settings and copies do not change the ideal chip's values
    opts0 = dataclasses.replace(opts, calibrate_input_range="off", layer_settings=None)
    xs = {k: np.asarray(v)[:MAX_SAMPLES] for k, v in samples.items()}
    wl = compile_graph(gc, arch, opts0, samples=None, probe_inputs=True)
    res = Executor(wl, ideal_arch(arch), seed=opts.seed).run(xs)
    analog = {la["name"] for la in wl.layers if la["analog"] and la["kind"] in CALIBRATED_OPS}
    ranges: dict[str, float] = {}
    for name in sorted(analog):
        key = f"calib.in.{name}"
        if key not in res.probes:
            raise CompileError(f"input-range calibration: no input values of layer {name!r}")
        r = range_of(res.probes[key], mode)
        if r > 0 and np.isfinite(r):
            ranges[name] = float(np.float32(r))
    return ranges


__all__ = [
    "MODES",
    "STATIC_NM",
    "calibrate_input_ranges",
    "chip_input_range",
    "has_static_input_range",
    "range_of",
    "resolve_mode",
]
