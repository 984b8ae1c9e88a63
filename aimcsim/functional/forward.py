"""The analog forward pass of one crossbar (aihwkit ``forwardVector`` order, noise-model.md 4.1).

Per input vector: noise management (input scale), DAC rounding (half to even) and clipping,
input noise, MVM, IR drop, output-referred weight read noise, output noise, ADC rounding and
saturation, iterative bound management (re-read with halved inputs while the ADC saturates,
per vector, aihwkit stop rules), digital rescale by ``out_scale/scale``.

Batched implementation: the products are BLAS GEMMs over the whole batch, at most two calls
per pass (:func:`aimcsim.kernels.gemm.matmul_nt`: fixed row blocks, the same bits whatever
the BLAS thread count): ``x' @ [W; W_ir].T`` (the MVM and, with IR drop, the position-weighted
``x'' = x' f`` product written as ``x' @ (W f).T`` with ``W f`` precomputed per weight set, one
GEMM with ``2 n_out`` columns) and ``[x'^2; |x'|] @ |W|.T`` (PCM read noise variance and the
IR-drop current, one GEMM with ``2 B`` rows). Everything elementwise runs in two fused passes
(:func:`aimcsim.kernels.mvm.dac_prepare` before, :func:`~aimcsim.kernels.mvm.output_stage`
after the GEMMs; numba kernels on large batches, their numpy twins of
:mod:`aimcsim.kernels.mvm_np` on small ones), which also apply the digital rescale and write
straight into the result;
bound management re-runs only the vectors that saturated (gathered, GEMM on the subset). For
small batches (<= ``SMALL_BATCH``) without IR drop or multi-phase features, the whole
per-vector loop runs in one numba call (:func:`aimcsim.kernels.mvm.mvm_vectors`) with
parameters packed once per :class:`AnalogForwardParams`; both paths draw the same noise
samples (a pre-drawn Gaussian pool, :mod:`aimcsim.kernels.rng`).

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
import threading
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
from aimcsim.kernels import gemm as kgemm
from aimcsim.kernels import mvm_np as kmvm
from aimcsim.kernels.rng_np import POOL_SIZE, gauss_fill_by_size, gauss_pool
from aimcsim.kernels.variants import Jitted

SMALL_BATCH = 8
_MVM_VECTORS = Jitted("aimcsim.kernels.mvm", "mvm_vectors")
"""The one-call kernel of small batches (numba: imported on the first small batch)."""
_NM_CODES = {
    "none": kmvm.NM_NONE,
    "abs_max": kmvm.NM_ABS_MAX,
    "max": kmvm.NM_MAX,
    "constant": kmvm.NM_CONSTANT,
}
_EMPTY2 = np.zeros((0, 0), dtype=np.float32)
_EMPTY1 = np.zeros(0, dtype=np.float32)
_EMPTY1D = np.zeros(0, dtype=np.float64)
SCRATCH_MAX_ELEMENTS = 1 << 25  # 128 MiB of float32 per scratch operand, larger ones are fresh


class _Scratch(threading.local):
    """Grow-only float32 buffers for the internal operands of :func:`_forward_batched` (DAC
    output, ``|W|``-GEMM operand, GEMM outputs), one set per thread.

    Large batches otherwise pay for fresh multi-megabyte arrays on every call (page faults
    and zeroing by the OS, about 15 % of a 512x512 batch-4096 forward). Buffers never leave
    :func:`_forward_batched`: the returned outputs are always fresh arrays.
    """

    def __init__(self) -> None:
        self.buffers: dict[str, np.ndarray] = {}

    def get(self, name: str, shape: tuple[int, int]) -> np.ndarray:
        """A C-contiguous float32 array of ``shape`` (contents undefined)."""
        size = shape[0] * shape[1]
        if size > SCRATCH_MAX_ELEMENTS:
            return np.empty(shape, dtype=np.float32)
        buf = self.buffers.get(name)
        if buf is None or buf.shape[0] < size:
            buf = np.empty(size, dtype=np.float32)
            self.buffers[name] = buf
        return buf[:size].reshape(shape)


_SCRATCH = _Scratch()


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
    def packed(self) -> np.ndarray:
        """Scalar parameters of :func:`aimcsim.kernels.mvm.mvm_vectors` (indices ``P_*``)."""
        io = self.io
        prm = np.zeros(kmvm.N_PARAMS, dtype=np.float64)
        prm[kmvm.P_NM] = _NM_CODES[io.noise_management]
        prm[kmvm.P_NM_THRES] = io.nm_threshold
        prm[kmvm.P_DX] = self.delta_x if self.delta_x > 0 else 1.0
        prm[kmvm.P_INP_BOUND] = io.inp_bound
        prm[kmvm.P_DAC_Q] = float(self.delta_x > 0)
        prm[kmvm.P_INP_NOISE] = io.inp_noise
        prm[kmvm.P_WMODE] = self.w_noise_mode
        prm[kmvm.P_W_NOISE] = io.w_noise
        prm[kmvm.P_OUT_NOISE] = io.out_noise
        prm[kmvm.P_DY] = self.delta_y if self.delta_y > 0 else 1.0
        prm[kmvm.P_OUT_BOUND] = self.out_bound
        prm[kmvm.P_ADC_Q] = float(self.delta_y > 0)
        prm[kmvm.P_BM] = float(self.bm_active)
        prm[kmvm.P_TEST_NEG] = float(io.bm_test_negative_bound)
        prm[kmvm.P_BM_LIMIT] = self.bm_limit
        prm[kmvm.P_OUT_SCALE] = self.out_scale
        prm.flags.writeable = False
        return prm

    @cached_property
    def w_noise_mode(self) -> int:
        """0 none, 1 additive constant, 2 PCM read."""
        if self.io.w_noise <= 0:
            return 0
        return {"none": 0, "additive_constant": 1, "pcm_read": 2}[self.io.w_noise_type]

    @cached_property
    def small_ok(self) -> bool:
        """Whether small batches may use the one-call kernel (no IR drop / phases / reads)."""
        return (
            not self.io.is_perfect
            and self.io.ir_drop <= 0
            and int(self.read_phases) == 1
            and self.n_phases == 1
        )

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
    """Float32 tile weights plus lazily built derived matrices (|W|, ``[W; W_ir]``)."""

    def __init__(self, w: np.ndarray) -> None:
        w = np.asarray(w)
        if w.ndim != 2:
            raise NoiseModelError(f"weights must be 2-D (n_out, n_in), got shape {w.shape}")
        if not np.all(np.isfinite(w)):
            raise NoiseModelError("weights contain NaN or Inf")
        self.w = np.ascontiguousarray(w, dtype=np.float32)
        self.n_out, self.n_in = (int(self.w.shape[0]), int(self.w.shape[1]))
        self._abs: np.ndarray | None = None
        self._w_cat: np.ndarray | None = None

    @property
    def shape(self) -> tuple[int, int]:
        return (self.n_out, self.n_in)

    @property
    def abs_w(self) -> np.ndarray:
        if self._abs is None:
            self._abs = np.abs(self.w)
        return self._abs

    @property
    def w_cat(self) -> np.ndarray:
        """``[W; W_ir]`` stacked ``(2 n_out, n_in)``, ``W_ir[i, j] = W_ij (1 - (1 - j/n_in)^2)``
        (IR-drop position weighting, j = 0 farthest): one GEMM gives both products."""
        if self._w_cat is None:
            n_in = self.n_in
            f = (1.0 - (1.0 - np.arange(n_in) / n_in) ** 2).astype(np.float32)
            self._w_cat = np.ascontiguousarray(np.concatenate([self.w, self.w * f[None, :]]))
        return self._w_cat

    @property
    def w_ir(self) -> np.ndarray:
        """The IR-drop position-weighted weights (a view into :attr:`w_cat`)."""
        return self.w_cat[self.n_out :]


def _as_batch(x: np.ndarray, n_in: int) -> np.ndarray:
    """Shape/dtype checks only (finiteness is checked by the kernels)."""
    if type(x) is not np.ndarray:
        x = np.asarray(x)
    if x.ndim == 1:
        x = x[None, :]
    if x.ndim != 2 or x.shape[1] != n_in:
        raise NoiseModelError(
            f"inputs of shape {x.shape} do not match the crossbar: expected (batch, {n_in})"
        )
    if x.dtype != np.float32 or not x.flags.c_contiguous:
        x = np.ascontiguousarray(x, dtype=np.float32)
    return x


def _bad_inputs() -> NoiseModelError:
    return NoiseModelError("inputs contain NaN or Inf")


def check_inputs(x: np.ndarray, n_in: int) -> np.ndarray:
    """Validate a batch of inputs ``(batch, n_in)`` (or one vector) and return it as float32."""
    x = _as_batch(x, n_in)
    if x.size and not (np.isfinite(x.min()) and np.isfinite(x.max())):
        raise _bad_inputs()
    return x


def analog_forward(
    prep: PreparedWeights | np.ndarray,
    x: np.ndarray,
    params: AnalogForwardParams,
    stream: NoiseStream,
    adc_offset_codes: np.ndarray | None = None,
    col_factor: np.ndarray | None = None,
) -> np.ndarray:
    """Noisy analog MVM ``y ~ W x`` for each row of ``x`` (``(batch, n_in)`` -> ``(batch, n_out)``).

    ``prep``: tile weights (normalised units) or :class:`PreparedWeights`. ``stream``: the
    Gaussian stream of this crossbar's forward noise. ``adc_offset_codes``: optional static
    per-column ADC offsets in LSB. ``col_factor``: optional per-column digital output scale
    (float64 ``(n_out,)``), fused into the final rescale. Returns float32 outputs in
    weight*input units.
    """
    if not isinstance(prep, PreparedWeights):
        prep = PreparedWeights(prep)
    n_out, n_in = prep.n_out, prep.n_in
    x = _as_batch(x, n_in)
    b = x.shape[0]
    # A writeable contiguous copy when given a broadcast view: one kernel signature, not two.
    cf = _EMPTY1D if col_factor is None else np.require(col_factor, np.float64, ["C", "W"])
    if b <= SMALL_BATCH and params.small_ok and adc_offset_codes is None:
        out = np.empty((b, n_out), dtype=np.float32)
        n_bad = _MVM_VECTORS.kernel(
            x,
            prep.w,
            prep.abs_w if params.w_noise_mode == 2 else prep.w,
            params.packed,
            stream.seed,
            stream.take(params.max_passes * b),
            gauss_pool(),
            cf,
            out,
        )
        if n_bad:
            raise _bad_inputs()
        return out
    return _forward_batched(prep, x, params, stream, adc_offset_codes, cf)


def identity_forward(
    prep: PreparedWeights,
    params: AnalogForwardParams,
    stream: NoiseStream,
    adc_offset_codes: np.ndarray | None = None,
) -> np.ndarray:
    """``analog_forward(prep, eye(n_in), params, stream, adc_offset_codes)``, the same noisy
    forward pass (same noise samples, same result to the bit), with the GEMMs of the one-hot
    inputs replaced by column gathers.

    This is the drift-compensation readout (noise-model.md 3.6). Row ``j`` of the DAC output
    is ``d_j e_j`` (noise management, DAC and bound management act per vector), so ``x' @ W.T``
    is ``d_j W[:, j]``: every other product of the dot product is an exact zero. The
    structure is checked on the DAC output of every pass; a pass where it does not hold (input
    noise, say) falls back to the GEMM.
    """
    n_in = prep.n_in
    x = np.eye(n_in, dtype=np.float32)
    if n_in <= SMALL_BATCH and params.small_ok and adc_offset_codes is None:
        return analog_forward(prep, x, params, stream)
    return _forward_batched(prep, x, params, stream, adc_offset_codes, _EMPTY1D, one_hot=True)


def _one_hot_product(a: np.ndarray, cols: np.ndarray, m: np.ndarray) -> np.ndarray | None:
    """``a @ m.T`` when row ``r`` of ``a`` is zero outside column ``cols[r]`` (else None):
    ``a[r, cols[r]] * m[:, cols[r]]``, the same float32 value a GEMM gives (the only nonzero
    product of each dot product; all others are exact zeros)."""
    na = a.shape[0]
    d = a[np.arange(na), cols]
    if np.count_nonzero(a) != np.count_nonzero(d):
        return None
    return d[:, None] * m.T[cols]


def _forward_batched(
    prep: PreparedWeights,
    x: np.ndarray,
    params: AnalogForwardParams,
    stream: NoiseStream,
    adc_offset_codes: np.ndarray | None,
    cf: np.ndarray,
    one_hot: bool = False,
) -> np.ndarray:
    n_out, n_in = prep.n_out, prep.n_in
    io = params.io
    b = x.shape[0]
    if io.is_perfect:
        x = check_inputs(x, n_in)
        y = kgemm.matmul_nt(x, prep.w) * np.float32(params.out_scale)
        return y * cf[None, :].astype(np.float32) if cf.shape[0] else y
    n_reads = int(params.read_phases)
    n_ph = params.n_phases
    if n_out * n_reads > POOL_SIZE or n_in > POOL_SIZE:
        raise NoiseModelError(f"crossbar too large for the noise pool ({POOL_SIZE} samples)")
    off = adc_offset_codes if adc_offset_codes is not None else _EMPTY1D
    offset = stream.take(params.max_passes * n_ph * b * n_reads)
    seed = stream.seed
    pool = gauss_pool()
    nm = _NM_CODES[io.noise_management]
    dx, dy, bound = params.delta_x, params.delta_y, params.out_bound
    ir = io.ir_drop > 0
    pcm = params.w_noise_mode == 2
    aux_mode = (kmvm.AUX_SQ if pcm else 0) | (kmvm.AUX_ABS if ir else 0)
    if n_ph > 1:
        aux_mode = kmvm.AUX_NONE  # per-phase operands are built from the phase inputs
    y_out = np.empty((b, n_out), dtype=np.float32)
    active = np.arange(b, dtype=np.int64)
    xa = x
    red = 1.0
    p = 0
    while True:
        na = active.shape[0]
        xq = _SCRATCH.get("xq", (na, n_in))
        n_aux = 2 * na if aux_mode == kmvm.AUX_SQ_ABS else (na if aux_mode else 0)
        aux = _SCRATCH.get("aux", (n_aux, n_in if n_aux else 0))
        scale = np.empty(na, dtype=np.float64)
        inp_noise_here = io.inp_noise if n_ph == 1 else 0.0
        n_bad = kmvm.dac_prepare_by_size.for_size(xa.size)(
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
            pool,
            aux_mode,
            xq,
            scale,
            aux,
        )
        if n_bad:
            raise _bad_inputs()
        factor = np.divide(params.out_scale, scale, out=np.zeros_like(scale), where=scale > 0)
        hit = np.zeros(na, dtype=np.bool_)
        h = np.empty(na, dtype=np.bool_)
        if n_ph == 1:
            phases = [(xq, aux, 1.0)]
        else:
            phases = _bit_serial_phases(xq, params, seed, offset, active, b, p, pcm, ir)
        for k, (xk, auxk, weight) in enumerate(phases):
            ops = _analog(xk, auxk, prep, io, pcm, ir, active if one_hot else None)
            kmvm.output_stage_by_size.for_size(na * prep.n_out)(
                *ops,
                active,
                b,
                p * n_ph + k if n_ph > 1 else p,
                io.out_noise,
                io.w_noise**2,
                io.ir_drop,
                n_in / io.ir_drop_g_ratio,
                n_reads,
                dy if dy > 0 else 1.0,
                bound,
                dy > 0,
                io.bm_test_negative_bound,
                off,
                seed + np.uint64(k) if n_ph > 1 else seed,
                offset,
                pool,
                factor * weight if weight != 1.0 else factor,
                cf,
                k > 0,
                y_out,
                h,
            )
            hit |= h
        if not params.bm_active or red > params.bm_limit or not hit.any():
            break
        active = active[hit]
        xa = x[active]
        red *= 2.0
        p += 1
    return y_out


def _analog(
    xq: np.ndarray,
    aux: np.ndarray,
    prep: PreparedWeights,
    io: AnalogIoConfig,
    pcm: bool,
    ir: bool,
    one_hot_cols: np.ndarray | None = None,
) -> tuple[np.ndarray, int, np.ndarray, int, int, np.ndarray]:
    """The analog products of DAC outputs ``xq`` (at most two GEMMs), as the leading arguments
    ``(yy, n_cols, gg, var_off, ira_off, var_row)`` of :func:`aimcsim.kernels.mvm.output_stage`:
    ``yy = xq @ [W; W_ir].T`` (or ``xq @ W.T``), ``gg = aux @ |W|.T`` where ``aux`` holds
    ``x'^2`` and/or ``|x'|`` as written by :func:`~aimcsim.kernels.mvm.dac_prepare`.
    ``one_hot_cols`` (row ``r`` of the inputs is ``e_{cols[r]}``): products as column gathers
    when the DAC output kept that structure (:func:`identity_forward`).
    """
    na = xq.shape[0]
    var_off, ira_off, gg, var_row = -1, -1, _EMPTY2, _EMPTY1
    wm = prep.w_cat if ir else prep.w
    yy_g = None if one_hot_cols is None else _one_hot_product(xq, one_hot_cols, wm)
    yy = kgemm.matmul_nt(xq, wm, _SCRATCH.get("yy", (na, wm.shape[0]))) if yy_g is None else yy_g
    if pcm or ir:
        gg_g = None
        if yy_g is not None and one_hot_cols is not None:
            cols2 = np.concatenate([one_hot_cols, one_hot_cols]) if pcm and ir else one_hot_cols
            gg_g = _one_hot_product(aux, cols2, prep.abs_w)
        if gg_g is None:
            gg = kgemm.matmul_nt(aux, prep.abs_w, _SCRATCH.get("gg", (aux.shape[0], prep.n_out)))
        else:
            gg = gg_g
        if pcm:
            var_off = 0
        if ir:
            ira_off = na if pcm else 0
    if io.w_noise > 0 and io.w_noise_type == "additive_constant":
        var_row = np.einsum("ij,ij->i", xq, xq).astype(np.float32) * np.float32(io.w_noise**2)
    return yy, prep.n_out, gg, var_off, ira_off, var_row


def _bit_serial_phases(
    xq: np.ndarray,
    params: AnalogForwardParams,
    seed: np.uint64,
    offset: np.uint64,
    active: np.ndarray,
    b: int,
    p: int,
    pcm: bool,
    ir: bool,
) -> list[tuple[np.ndarray, np.ndarray, float]]:
    """Split DAC outputs into bit-serial phase inputs, their ``|W|``-GEMM operands and their
    shift-and-add weights."""
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
            gauss_fill_by_size.for_size(noise.size)(
                (seed ^ kmvm.INP_SEED_XOR ^ np.uint64(k + 1 + 1000 * p)) + offset, noise
            )
            xk = xk + np.float32(params.io.inp_noise) * noise
        xk = np.ascontiguousarray(xk)
        parts = ([xk * xk] if pcm else []) + ([np.abs(xk)] if ir else [])
        aux = np.concatenate(parts) if parts else _EMPTY2
        out.append((xk, aux, float(dmax * 2 ** (k * bpp) * dx)))
    return out
