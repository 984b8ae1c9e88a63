"""The analog forward pass of one crossbar (aihwkit ``forwardVector`` order, noise-model.md 4.1).

Per input vector: noise management (input scale), DAC rounding (half to even) and clipping,
input noise, MVM, IR drop, output-referred weight read noise, output noise, ADC rounding and
saturation, iterative bound management (re-read with halved inputs while the ADC saturates,
per vector, aihwkit stop rules), digital rescale by ``out_scale/scale``.

Batched implementation: the products are BLAS GEMMs over the whole batch (``x' @ W.T``;
``x'^2 @ |W|.T`` for PCM read noise; ``|x'| @ |W|.T`` and ``x' @ (W f).T`` for IR drop);
elementwise stages are the numba kernels of :mod:`aimcsim.kernels.mvm`; bound management
re-runs only the vectors that saturated. For small batches (<= ``SMALL_BATCH``) without IR drop
or multi-phase features, the whole per-vector loop runs in one numba call
(:func:`aimcsim.kernels.mvm.mvm_vectors`); both paths draw the same noise samples.

Input encodings (``dac_encoding``):

* ``pulse_width``: each input is one pulse whose length encodes the DAC code; the crossbar
  integrates the whole code in one read: exactly aihwkit's one-pass model.
* ``bit_serial``: the magnitude of the DAC code (``dac_bits - 1`` bits plus sign) is applied in
  ``ceil((dac_bits-1)/bits_per_phase)`` phases of ``bits_per_phase`` bits, least significant
  first. Phase k drives the signed digit normalised to [-1, 1]; each phase is a separate analog
  read with its own noise and ADC conversion (full ADC range per phase), and the digital
  shift-and-add ``sum_k 2^(k*bits_per_phase) (2^bits_per_phase - 1) y_k * delta_x`` rebuilds
  the output. With ``bits_per_phase >= dac_bits - 1`` it equals ``pulse_width``.

Read phases (``read_phases``, HERMES one-phase vs four-phase): our model of the high-precision
mode is *repeated reads averaged digitally*: the analog MVM is read ``read_phases`` times, each
read gets independent output and weight read noise and its own ADC conversion, and the digital
results are averaged. Independent noise thus drops by sqrt(read_phases) and ADC rounding is
partly dithered away; timing/energy (4x reads) are the timing model's business.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from aimcsim.config.noise import (
    BOUND_MANAGEMENTS,
    NOISE_MANAGEMENTS,
    W_NOISE_TYPES,
    AnalogIoConfig,
)
from aimcsim.errors import ConfigError, NoiseModelError
from aimcsim.functional.rng import NoiseStream
from aimcsim.kernels import mvm as kmvm

SMALL_BATCH = 8
_NM_CODES = {
    "none": kmvm.NM_NONE,
    "abs_max": kmvm.NM_ABS_MAX,
    "max": kmvm.NM_MAX,
    "constant": kmvm.NM_CONSTANT,
}
_EMPTY2 = np.zeros((0, 0), dtype=np.float32)
_EMPTY1 = np.zeros(0, dtype=np.float32)
_EMPTY1D = np.zeros(0, dtype=np.float64)


@dataclass(frozen=True)
class AnalogForwardParams:
    """Everything the analog forward pass needs, independent of the full arch config.

    ``dac_bits``/``adc_bits``: signed symmetric resolution, ``b`` bits = codes
    ``+-(2^(b-1)-1)`` (aihwkit ``res = 1/(2^b - 2)``). ``out_bound_override`` (> 0) replaces
    ``io.out_bound`` (used for the RRAM ADC integration time).
    """

    dac_bits: int = 8
    adc_bits: int = 8
    io: AnalogIoConfig = field(default_factory=AnalogIoConfig)
    dac_encoding: str = "pulse_width"
    dac_bits_per_phase: int = 0
    read_phases: int = 1
    out_scale: float = 1.0
    out_bound_override: float = 0.0

    def __post_init__(self) -> None:
        if not 2 <= int(self.dac_bits) <= 24 or not 2 <= int(self.adc_bits) <= 24:
            raise ConfigError(
                f"dac_bits and adc_bits must be in [2, 24], got {self.dac_bits}, {self.adc_bits}"
            )
        if self.dac_encoding not in ("pulse_width", "bit_serial"):
            raise ConfigError(
                f"tile.dac.encoding must be 'pulse_width' or 'bit_serial', got "
                f"{self.dac_encoding!r}"
            )
        if int(self.read_phases) < 1:
            raise ConfigError(f"read_phases must be >= 1, got {self.read_phases}")
        for name, val, allowed in (
            ("io.noise_management", self.io.noise_management, NOISE_MANAGEMENTS),
            ("io.bound_management", self.io.bound_management, BOUND_MANAGEMENTS),
            ("io.w_noise_type", self.io.w_noise_type, W_NOISE_TYPES),
        ):
            if val not in allowed:
                raise ConfigError(f"{name} must be one of {allowed}, got {val!r}")

    @classmethod
    def from_arch(cls, arch: Any) -> AnalogForwardParams:
        """Build from an ``ArchConfig`` (``tile.dac``, ``tile.adc``, ``tile.crossbar``, ``io``,
        ``noise``); missing optional fields take their defaults."""
        tile = arch.tile
        dac = tile.dac
        override = 0.0
        noise = getattr(arch, "noise", None)
        if noise is not None and noise.model == "rram" and noise.rram_integration_time > 0:
            override = rram_out_bound(
                noise.rram_integration_time, noise.rram_v_read_v, noise.rram_g_max_us
            )
        return cls(
            dac_bits=int(dac.bits),
            adc_bits=int(tile.adc.bits),
            io=arch.io,
            dac_encoding=str(getattr(dac, "encoding", "pulse_width")),
            dac_bits_per_phase=int(getattr(dac, "bits_per_phase", 0) or 0),
            read_phases=int(getattr(tile.crossbar, "read_phases", 1)),
            out_bound_override=override,
        )

    @cached_property
    def out_bound(self) -> float:
        """Effective ADC full scale (normalised units, 0 = unbounded)."""
        return self.out_bound_override if self.out_bound_override > 0 else self.io.out_bound

    @cached_property
    def delta_x(self) -> float:
        """DAC step: ``2 inp_bound / (2^dac_bits - 2)``; 0 = no quantisation."""
        if not self.io.dac_quantize or self.io.inp_bound <= 0:
            return 0.0
        return 2.0 * self.io.inp_bound / (2**self.dac_bits - 2)

    @cached_property
    def delta_y(self) -> float:
        """ADC step: ``2 out_bound / (2^adc_bits - 2)``; 0 = no quantisation."""
        if not self.io.adc_quantize or self.out_bound <= 0:
            return 0.0
        return 2.0 * self.out_bound / (2**self.adc_bits - 2)

    @cached_property
    def bm_limit(self) -> float:
        """Bound management stops once the reduction exceeds this (aihwkit stop rules)."""
        dx = self.delta_x if self.delta_x > 0 else 2.0 / (2**self.dac_bits - 2)
        return min(self.io.max_bm_factor, self.io.max_bm_res / dx)

    @cached_property
    def bm_active(self) -> bool:
        return self.io.bound_management == "iterative" and self.out_bound > 0

    @cached_property
    def max_passes(self) -> int:
        """Upper bound of passes per vector (1 + number of doublings of the reduction)."""
        if not self.bm_active:
            return 1
        return math.floor(math.log2(max(self.bm_limit, 1.0))) + 2

    @cached_property
    def n_phases(self) -> int:
        """Number of bit-serial input phases (1 for pulse width)."""
        mag = self.dac_bits - 1
        p = self.dac_bits_per_phase
        if self.dac_encoding != "bit_serial" or p <= 0 or p >= mag or self.delta_x <= 0:
            return 1
        return math.ceil(mag / p)


def rram_out_bound(it_time: int, v_read_v: float, g_max_us: float) -> float:
    """ADC full scale in normalised units for an RRAM integration time code.

    OpenCIMTC: full-scale current ``120.703125 / it_time`` (uA, our reading of
    ``current_range.json``); one unit = ``v_read * g_max`` (0.1 V * 19.16 uS = 1.916 uA), so
    ``it_time = 1`` gives 63 units.
    """
    return 120.703125 / int(it_time) / (v_read_v * g_max_us)


class PreparedWeights:
    """Float32 tile weights plus lazily built derived matrices (|W|, IR-drop weighted W)."""

    def __init__(self, w: np.ndarray) -> None:
        w = np.asarray(w)
        if w.ndim != 2:
            raise NoiseModelError(f"weights must be 2-D (n_out, n_in), got shape {w.shape}")
        if not np.all(np.isfinite(w)):
            raise NoiseModelError("weights contain NaN or Inf")
        self.w = np.ascontiguousarray(w, dtype=np.float32)
        self._abs: np.ndarray | None = None
        self._ir: np.ndarray | None = None

    @property
    def shape(self) -> tuple[int, int]:
        return (int(self.w.shape[0]), int(self.w.shape[1]))

    @property
    def abs_w(self) -> np.ndarray:
        if self._abs is None:
            self._abs = np.abs(self.w)
        return self._abs

    @property
    def w_ir(self) -> np.ndarray:
        """``W_ij (1 - (1 - j/n_in)^2)``: IR-drop position weighting (j = 0 farthest)."""
        if self._ir is None:
            n_in = self.w.shape[1]
            f = 1.0 - (1.0 - np.arange(n_in) / n_in) ** 2
            self._ir = np.ascontiguousarray(self.w * f[None, :].astype(np.float32))
        return self._ir


def check_inputs(x: np.ndarray, n_in: int) -> np.ndarray:
    """Validate a batch of inputs ``(batch, n_in)`` (or one vector) and return it as float32."""
    x = np.asarray(x)
    if x.ndim == 1:
        x = x[None, :]
    if x.ndim != 2 or x.shape[1] != n_in:
        raise NoiseModelError(
            f"inputs of shape {x.shape} do not match the crossbar: expected (batch, {n_in})"
        )
    if not np.all(np.isfinite(x)):
        raise NoiseModelError("inputs contain NaN or Inf")
    return np.ascontiguousarray(x, dtype=np.float32)


def _analog(
    xq: np.ndarray, prep: PreparedWeights, io: AnalogIoConfig
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Analog MVM of DAC outputs: ``(y, var_elem, var_row)`` (variances of weight noise)."""
    y = xq @ prep.w.T
    if io.ir_drop > 0:
        n_in = prep.shape[1]
        a = np.abs(xq) @ prep.abs_w.T
        a *= np.float32(n_in / io.ir_drop_g_ratio)
        c = a * (a * (np.float32(0.05) * a - np.float32(0.2)) + np.float32(0.5))
        y -= np.float32(io.ir_drop) * c * (xq @ prep.w_ir.T)
    var_elem, var_row = _EMPTY2, _EMPTY1
    if io.w_noise > 0 and io.w_noise_type == "pcm_read":
        var_elem = (xq * xq) @ prep.abs_w.T
        var_elem *= np.float32(io.w_noise**2)
    elif io.w_noise > 0 and io.w_noise_type == "additive_constant":
        var_row = np.einsum("ij,ij->i", xq, xq).astype(np.float32) * np.float32(io.w_noise**2)
    return y, var_elem, var_row


def analog_forward(
    prep: PreparedWeights | np.ndarray,
    x: np.ndarray,
    params: AnalogForwardParams,
    stream: NoiseStream,
    adc_offset_codes: np.ndarray | None = None,
) -> np.ndarray:
    """Noisy analog MVM ``y ~ W x`` for each row of ``x`` (``(batch, n_in)`` -> ``(batch, n_out)``).

    ``prep``: tile weights (normalised units) or :class:`PreparedWeights`. ``stream``: the
    Gaussian stream of this crossbar's forward noise. ``adc_offset_codes``: optional static
    per-column ADC offsets in LSB. Returns float32 outputs in weight*input units.
    """
    if not isinstance(prep, PreparedWeights):
        prep = PreparedWeights(prep)
    n_out, n_in = prep.shape
    x = check_inputs(x, n_in)
    io = params.io
    b = x.shape[0]
    if io.is_perfect:
        return (x @ prep.w.T) * np.float32(params.out_scale)
    n_reads = int(params.read_phases)
    n_ph = params.n_phases
    off = adc_offset_codes if adc_offset_codes is not None else _EMPTY1D
    block = params.max_passes * n_ph * b * max(n_out * n_reads, n_in)
    offset = stream.take(block)
    seed = stream.seed
    nm = _NM_CODES[io.noise_management]
    dx, dy, bound = params.delta_x, params.delta_y, params.out_bound
    if b <= SMALL_BATCH and io.ir_drop <= 0 and n_reads == 1 and n_ph == 1 and off.shape[0] == 0:
        out = np.empty((b, n_out), dtype=np.float32)
        wmode = (
            0
            if io.w_noise <= 0
            else {"none": 0, "additive_constant": 1, "pcm_read": 2}[io.w_noise_type]
        )
        kmvm.mvm_vectors(
            x,
            prep.w,
            prep.abs_w if wmode == 2 else prep.w,
            nm,
            io.nm_threshold,
            dx,
            io.inp_bound,
            dx > 0,
            io.inp_noise,
            wmode,
            io.w_noise,
            io.out_noise,
            dy,
            bound,
            dy > 0,
            params.bm_active,
            io.bm_test_negative_bound,
            params.bm_limit,
            params.out_scale,
            seed,
            offset,
            out,
        )
        return out
    y_out = np.zeros((b, n_out), dtype=np.float32)
    active = np.arange(b, dtype=np.int64)
    xa = x
    red = 1.0
    p = 0
    while True:
        na = active.shape[0]
        xq = np.empty((na, n_in), dtype=np.float32)
        scale = np.empty(na, dtype=np.float64)
        inp_noise_here = io.inp_noise if n_ph == 1 else 0.0
        kmvm.dac_prepare(
            xa,
            active,
            b,
            p,
            nm,
            io.nm_threshold,
            red,
            dx if dx > 0 else 1.0,
            io.inp_bound,
            dx > 0,
            inp_noise_here,
            seed,
            offset,
            xq,
            scale,
        )
        hit = np.zeros(na, dtype=np.bool_)
        if n_ph == 1:
            phase_inputs = [(xq, 1.0)]
        else:
            phase_inputs = _bit_serial_phases(xq, params, seed, offset, active, b, p)
        acc = np.zeros((na, n_out), dtype=np.float32)
        for k, (xk, weight) in enumerate(phase_inputs):
            y, ve, vr = _analog(xk, prep, io)
            yq = np.empty_like(y)
            h = np.empty(na, dtype=np.bool_)
            kmvm.adc_finalize(
                y,
                ve,
                vr,
                active,
                b,
                p * n_ph + k if n_ph > 1 else p,
                io.out_noise,
                n_reads,
                dy if dy > 0 else 1.0,
                bound,
                dy > 0,
                io.bm_test_negative_bound,
                off,
                seed + np.uint64(k) if n_ph > 1 else seed,
                offset,
                yq,
                h,
            )
            hit |= h
            if weight == 1.0:
                acc += yq
            else:
                acc += yq * np.float32(weight)
        factor = np.where(scale > 0, params.out_scale / np.where(scale > 0, scale, 1.0), 0.0)
        y_out[active] = acc * factor[:, None].astype(np.float32)
        if not params.bm_active or red > params.bm_limit:
            break
        sel = hit
        if not sel.any():
            break
        active = active[sel]
        xa = x[active]
        red *= 2.0
        p += 1
    return y_out


def _bit_serial_phases(
    xq: np.ndarray,
    params: AnalogForwardParams,
    seed: np.uint64,
    offset: np.uint64,
    active: np.ndarray,
    b: int,
    p: int,
) -> list[tuple[np.ndarray, float]]:
    """Split DAC outputs into bit-serial phase inputs and their shift-and-add weights."""
    from aimcsim.kernels.rng import gauss_fill

    dx = params.delta_x
    bpp = params.dac_bits_per_phase
    dmax = 2**bpp - 1
    code = np.rint(np.abs(xq) / dx).astype(np.int64)
    sign = np.sign(xq).astype(np.float32)
    out = []
    for k in range(params.n_phases):
        digit = ((code >> (k * bpp)) & dmax).astype(np.float32)
        xk = sign * digit / np.float32(dmax)
        if params.io.inp_noise > 0:
            noise = np.empty_like(xk)
            gauss_fill((seed ^ kmvm.INP_SEED_XOR ^ np.uint64(k + 1 + 1000 * p)) + offset, noise)
            xk = xk + np.float32(params.io.inp_noise) * noise
        out.append((np.ascontiguousarray(xk), float(dmax * 2 ** (k * bpp) * dx)))
    return out
