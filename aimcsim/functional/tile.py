"""One analog crossbar as the executor sees it: program once, drift to t, forward batches.

``AnalogTile`` chains the pieces of the functional model:

1. weight scaling (:func:`~aimcsim.functional.mapping.scale_weights`): tile weights and the
   digital per-output scale;
2. ``program()``: the device model's programming noise and drift exponents; then, when drift
   compensation is on, the baseline readout ``mean |forward(eye(n_in))|`` through the same
   noisy forward pass (aihwkit GlobalDriftCompensation, noise-model.md 3.6);
3. ``drift(t_s)``: weights at ``t_s`` after programming (fresh drift/read noise) and the
   compensation factor ``alpha = baseline / readout(t)`` (global scalar or per output column);
4. ``forward(x)``: ``alpha * analog_forward(x) * out_scale``.

Random streams are derived from ``(seed, crossbar_id)`` per purpose (program, drift per time,
readout per time, forward per time), see :mod:`aimcsim.functional.rng`. The one-hot readout runs
through :func:`~aimcsim.functional.forward.identity_forward`: the same noisy forward pass as
``analog_forward(eye(n_in))`` (bit for bit) without the GEMMs of one-hot inputs.
"""

from __future__ import annotations

import numpy as np

from aimcsim.config.noise import DeviceNoiseConfig
from aimcsim.errors import NoiseModelError
from aimcsim.functional.forward import (
    AnalogForwardParams,
    PreparedWeights,
    analog_forward,
    identity_forward,
)
from aimcsim.functional.mapping import scale_weights
from aimcsim.functional.noise_models import (
    ProgrammedWeights,
    check_time,
    make_noise_model,
)
from aimcsim.functional.rng import NoiseStream, Purpose, derive_rng, time_key

_READOUT_MIN = 1e-4


class AnalogTile:
    """A crossbar holding ``weights`` (``(n_out, n_in)``, rows = outputs) with device noise."""

    def __init__(
        self,
        weights: np.ndarray,
        noise: DeviceNoiseConfig,
        params: AnalogForwardParams,
        *,
        seed: int = 0,
        crossbar_id: int = 0,
        repeat: int = 0,
    ) -> None:
        w = np.asarray(weights, dtype=np.float64)
        if w.ndim != 2:
            raise NoiseModelError(f"weights must be 2-D (n_out, n_in), got shape {w.shape}")
        if not np.all(np.isfinite(w)):
            raise NoiseModelError("weights contain NaN or Inf")
        self.noise = noise
        self.params = params
        self.seed = int(seed)
        self.crossbar_id = int(crossbar_id)
        self.repeat = int(repeat)
        self.model = make_noise_model(noise)
        self.w_tile, self.col_scale = scale_weights(w, noise.weight_scaling)
        self.n_out, self.n_in = w.shape
        self._prog: ProgrammedWeights | None = None
        self._prep: PreparedWeights | None = None
        self._stream: NoiseStream | None = None
        self._baseline: np.ndarray | None = None
        self.alpha: np.ndarray = np.ones(1)
        self._cf: np.ndarray = np.ones(self.n_out)
        self._cf_src: np.ndarray | None = None
        self.t_inf_s: float | None = None
        self._adc_offset: np.ndarray | None = None
        if params.io.adc_offset_lsb_std > 0:
            g = self._rng(Purpose.ADC_OFFSET)
            self._adc_offset = np.rint(
                params.io.adc_offset_lsb_std * g.standard_normal(self.n_out)
            ).astype(np.float64)

    def _rng(self, purpose: Purpose, *extra: int) -> np.random.Generator:
        return derive_rng(self.seed, self.crossbar_id, purpose, self.repeat, *extra)

    def _readout(self, prep: PreparedWeights, stream: NoiseStream) -> np.ndarray:
        y = identity_forward(prep, self.params, stream, self._adc_offset)
        a = np.abs(y.astype(np.float64))
        if self.noise.drift_compensation == "per_column":
            return np.maximum(a.mean(axis=0), _READOUT_MIN)
        return np.array([max(float(a.mean()), _READOUT_MIN)])

    def program(self) -> None:
        """Program the weights (draws programming noise); resets drift to 'just programmed'."""
        self._prog = self.model.program(self.w_tile, self._rng(Purpose.PROGRAM))
        self._prep = PreparedWeights(self._prog.w_prog)
        self._stream = NoiseStream(self._rng(Purpose.FORWARD, 0xFFFFFFFF, 0xFFFFFFFF))
        self.alpha = np.ones(1)
        self.t_inf_s = None
        if self.noise.drift_compensation != "none":
            rs = NoiseStream(self._rng(Purpose.READOUT, 0xFFFFFFFF, 0xFFFFFFFF))
            self._baseline = self._readout(self._prep, rs)

    @property
    def programmed_weights(self) -> np.ndarray:
        """Programmed tile weights (normalised units), before drift."""
        if self._prog is None:
            raise NoiseModelError("tile not programmed: call program() first")
        return self._prog.w_prog

    @property
    def weights_now(self) -> np.ndarray:
        """Tile weights (normalised) currently read by forward()."""
        if self._prep is None:
            raise NoiseModelError("tile not programmed: call program() first")
        return self._prep.w

    def drift(self, t_inf_s: float) -> np.ndarray:
        """Move to ``t_inf_s`` seconds after programming; returns the compensation alpha."""
        t = check_time(t_inf_s)
        if self._prog is None:
            self.program()
        assert self._prog is not None
        tk = time_key(t)
        w_t = self.model.at_time(self._prog, t, self._rng(Purpose.DRIFT, *tk))
        self._prep = PreparedWeights(w_t)
        self._stream = NoiseStream(self._rng(Purpose.FORWARD, *tk))
        self.t_inf_s = t
        if self.noise.drift_compensation != "none" and self._baseline is not None:
            rs = NoiseStream(self._rng(Purpose.READOUT, *tk))
            self.alpha = self._baseline / self._readout(self._prep, rs)
        else:
            self.alpha = np.ones(1)
        return self.alpha

    def forward(self, x: np.ndarray) -> np.ndarray:
        """Digital outputs ``(batch, n_out)`` for inputs ``(batch, n_in)`` (evaluation mode)."""
        if self._prep is None or self._stream is None:
            self.program()
        assert self._prep is not None and self._stream is not None
        if self._cf_src is not self.alpha:  # alpha is replaced (never mutated) by drift()
            f = np.broadcast_to(np.asarray(self.alpha * self.col_scale, np.float64), (self.n_out,))
            self._cf, self._cf_src = np.ascontiguousarray(f), self.alpha
        return analog_forward(self._prep, x, self.params, self._stream, self._adc_offset, self._cf)
