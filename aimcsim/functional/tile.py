"""One analog crossbar as the executor sees it: program once, drift to t, forward batches.

``AnalogTile`` chains the pieces of the functional model:

1. weight scaling (:func:`~aimcsim.functional.mapping.scale_weights`): tile weights and the
   digital per-output scale;
2. ``program()``: the device model's programming noise and drift exponents; then, when drift
   compensation is on, the baseline readout ``mean |forward(X_ro)|`` through the same noisy
   forward pass (aihwkit GlobalDriftCompensation, noise-model.md 3.6);
3. ``drift(t_s)``: weights at ``t_s`` after programming (fresh drift/read noise) and the
   compensation factor ``alpha = baseline / readout(t)`` (global scalar or per output column);
4. ``forward(x)``: ``alpha * r * analog_forward(clip(x, -r, r) / r) * out_scale`` with the
   static input range ``r = io.input_range`` (aihwkit ``InputRangeParameter`` in evaluation;
   without it, ``r = 1`` and no clipping). The readouts of 2. and 3. call the analog forward
   pass directly: they bypass the input range, as aihwkit's readout does.

The readout inputs ``X_ro`` (``noise.drift_readout``):

* ``probe`` (default): ``drift_readout_vectors`` random many-hot vectors with +-1 entries on
  ``m`` random rows, fixed per crossbar. ``m`` is the largest count whose expected output
  stays within a third of the ADC range on the largest row norm of the target weights
  (:func:`probe_rows`), so the readout sits many ADC steps above zero and the ADC rarely
  saturates (bound management re-reads it if it does).
* ``identity``: ``eye(n_in)``, aihwkit's readout (kept for reference comparisons). A one-hot
  output ``|W e_j|`` is about one weight, which a coarse ADC rounds to zero.

Either way the readout is checked (:attr:`AnalogTile.readout_warnings`): a readout within
``READOUT_MIN_STEPS`` ADC steps of zero, or one that hits aihwkit's ``1e-4`` clamp, makes
alpha unreliable, and the tile says so.

Random streams are derived from ``(seed, crossbar_id)`` per purpose (program, drift per time,
readout per time, readout probes, forward per time), see :mod:`aimcsim.functional.rng`. The
one-hot readout runs through :func:`~aimcsim.functional.forward.identity_forward`: the same
noisy forward pass as ``analog_forward(eye(n_in))`` (bit for bit) without the GEMMs of
one-hot inputs.
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

READOUT_MIN = 1e-4
"""aihwkit's lower clamp of a readout (``max(mean|Y|, 1e-4)``, noise-model.md 3.6)."""
READOUT_MIN_STEPS = 1.5
"""A readout below this many ADC steps makes the compensation factor unreliable: rounding
shrinks ``mean|Y|`` of zero-mean Gaussian outputs by 1 % at 1.6 steps, 4 % at 0.8 and 20 % at
0.4, so alpha, a ratio of two readouts of different size, is biased by about the difference."""
PROBE_HEADROOM = 3.0
"""Probe rows are chosen so that 3 standard deviations of an output fit the ADC range."""


def probe_rows(w_tile: np.ndarray, params: AnalogForwardParams) -> int:
    """Hot rows of a probe vector: the largest ``m <= n_in`` whose expected output
    ``sqrt(m / n_in * max_i sum_j w_ij^2) * amplitude`` times ``PROBE_HEADROOM`` fits the ADC
    full scale (all rows when the ADC is unbounded). ``amplitude`` is the probe entry after
    noise management (``1 / nm_threshold`` for constant noise management, else 1)."""
    n_in = w_tile.shape[1]
    bound = params.out_bound
    row_sq = float(np.max(np.sum(np.square(w_tile, dtype=np.float64), axis=1), initial=0.0))
    if bound <= 0 or row_sq <= 0:
        return n_in
    io = params.io
    amp = 1.0 / io.nm_threshold if io.noise_management == "constant" and io.nm_threshold else 1.0
    m = int(n_in * (bound / (PROBE_HEADROOM * amp)) ** 2 / row_sq)
    return min(n_in, max(1, m))


def readout_step(params: AnalogForwardParams) -> float:
    """One ADC step of a readout in output units (0 when the ADC does not quantise): the ADC
    step times the input scale that noise management undoes digitally."""
    io = params.io
    gain = io.nm_threshold if io.noise_management == "constant" and io.nm_threshold else 1.0
    return params.delta_y * gain * params.out_scale


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
        self._frozen = False
        self._w_tile: np.ndarray | None
        self._w_tile, self.col_scale = scale_weights(w, noise.weight_scaling)
        self.n_out, self.n_in = w.shape
        self._prog: ProgrammedWeights | None = None
        self._prep: PreparedWeights | None = None
        self._stream: NoiseStream | None = None
        self._baseline: np.ndarray | None = None
        self.alpha: np.ndarray = np.ones(1)
        self._cf: np.ndarray = np.ones(self.n_out)
        self._cf_src: np.ndarray | None = None
        self._cf_range = 0.0
        self.t_inf_s: float | None = None
        self.readout_warnings: list[str] = []
        """Why the compensation factor of the current time is unreliable (empty: it is not)."""
        self._baseline_warnings: list[str] = []
        self._probe_x = self._probes() if noise.drift_readout == "probe" else None
        self._adc_offset: np.ndarray | None = None
        if params.io.adc_offset_lsb_std > 0:
            g = self._rng(Purpose.ADC_OFFSET)
            self._adc_offset = np.rint(
                params.io.adc_offset_lsb_std * g.standard_normal(self.n_out)
            ).astype(np.float64)

    @property
    def w_tile(self) -> np.ndarray:
        """Target tile weights (normalised, ``(n_out, n_in)`` float64) after weight scaling."""
        self._check_not_frozen("target weights read")
        assert self._w_tile is not None  # dropped only by freeze()
        return self._w_tile

    def _rng(self, purpose: Purpose, *extra: int) -> np.random.Generator:
        return derive_rng(self.seed, self.crossbar_id, purpose, self.repeat, *extra)

    def _probes(self) -> np.ndarray:
        """The probe vectors of the 'probe' readout, ``(drift_readout_vectors, n_in)``."""
        n_vec = int(self.noise.drift_readout_vectors)
        m = probe_rows(self.w_tile, self.params)
        g = self._rng(Purpose.READOUT_PROBES)
        rows = np.argsort(g.random((n_vec, self.n_in)), axis=1)[:, :m]
        probes = np.zeros((n_vec, self.n_in), dtype=np.float32)
        signs = g.integers(0, 2, (n_vec, m)).astype(np.float32) * 2.0 - 1.0
        np.put_along_axis(probes, rows, signs, axis=1)
        return probes

    def _readout(self, prep: PreparedWeights, stream: NoiseStream, when: str) -> np.ndarray:
        """``mean |Y|`` of the readout (scalar or per column), clamped at ``READOUT_MIN``;
        a readout too close to zero is recorded in :attr:`readout_warnings`."""
        if self.noise.drift_readout == "identity":
            y = identity_forward(prep, self.params, stream, self._adc_offset)
        else:
            assert self._probe_x is not None  # built in __init__ for the probe readout
            y = analog_forward(prep, self._probe_x, self.params, stream, self._adc_offset)
        a = np.abs(y.astype(np.float64))
        ro = a.mean(axis=0) if self.noise.drift_compensation == "per_column" else a.mean()[None]
        low = float(ro.min())
        step = readout_step(self.params)
        if low < READOUT_MIN or low < READOUT_MIN_STEPS * step:
            steps = f" = {low / step:.2g} ADC steps" if step > 0 else ""
            clamp = f", clamped to {READOUT_MIN:g}" if low < READOUT_MIN else ""
            self.readout_warnings.append(
                f"{self.noise.drift_readout} drift readout {when} is {low:.3g}{steps}{clamp}: "
                f"compensation unreliable"
            )
        return np.maximum(ro, READOUT_MIN)

    def program(self) -> None:
        """Program the weights (draws programming noise); resets drift to 'just programmed'."""
        self._check_not_frozen("program()")
        self._prog = self.model.program(self.w_tile, self._rng(Purpose.PROGRAM))
        self._prep = PreparedWeights(self._prog.w_prog)
        self._stream = NoiseStream(self._rng(Purpose.FORWARD, 0xFFFFFFFF, 0xFFFFFFFF))
        self.alpha = np.ones(1)
        self.t_inf_s = None
        self.readout_warnings = []
        if self.noise.drift_compensation != "none":
            rs = NoiseStream(self._rng(Purpose.READOUT, 0xFFFFFFFF, 0xFFFFFFFF))
            self._baseline = self._readout(self._prep, rs, "at programming")
        self._baseline_warnings = list(self.readout_warnings)

    @property
    def programmed_weights(self) -> np.ndarray:
        """Programmed tile weights (normalised units), before drift."""
        self._check_not_frozen("programmed weights read")
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
        self._check_not_frozen("drift()")
        if self._prog is None:
            self.program()
        assert self._prog is not None
        tk = time_key(t)
        w_t = self.model.at_time(self._prog, t, self._rng(Purpose.DRIFT, *tk))
        self._prep = PreparedWeights(w_t)
        self._stream = NoiseStream(self._rng(Purpose.FORWARD, *tk))
        self.t_inf_s = t
        self.readout_warnings = list(self._baseline_warnings)
        if self.noise.drift_compensation != "none" and self._baseline is not None:
            rs = NoiseStream(self._rng(Purpose.READOUT, *tk))
            self.alpha = self._baseline / self._readout(self._prep, rs, f"at t = {t:g} s")
        else:
            self.alpha = np.ones(1)
        return self.alpha

    def freeze(self) -> None:
        """Keep only what :meth:`forward` needs at the current time: drop the target and
        programmed weights and the readout probes (float64, about five times the float32
        weights :meth:`forward` reads), so a chip of many crossbars holds one weight copy
        each. ``forward`` is unchanged, bit for bit; :meth:`program`, :meth:`drift` and
        :attr:`programmed_weights` raise afterwards (a new tile with the same seed and
        crossbar id reproduces every state)."""
        if self._prep is None:
            self.program()
        self._frozen = True
        self._prog = None
        self._probe_x = None
        self._w_tile = None

    def _check_not_frozen(self, what: str) -> None:
        if self._frozen:
            raise NoiseModelError(
                f"crossbar {self.crossbar_id}: {what} after freeze(); build a new tile"
            )

    def forward(self, x: np.ndarray, params: AnalogForwardParams | None = None) -> np.ndarray:
        """Digital outputs ``(batch, n_out)`` for inputs ``(batch, n_in)`` (evaluation mode).

        ``params``: the read configuration of this MVM (an ``xcfg``), else the tile's own. The
        compensation readouts always use the tile's own (a fixed calibration read mode)."""
        if self._prep is None or self._stream is None:
            self.program()
        assert self._prep is not None and self._stream is not None
        params = params or self.params
        r = params.io.input_range
        if r > 0:
            x = np.clip(np.asarray(x, dtype=np.float32), -r, r) * np.float32(1.0 / r)
        if self._cf_src is not self.alpha or self._cf_range != r:  # alpha is replaced by drift()
            f = np.asarray(self.alpha * self.col_scale * (r if r > 0 else 1.0), np.float64)
            self._cf = np.ascontiguousarray(np.broadcast_to(f, (self.n_out,)))
            self._cf_src, self._cf_range = self.alpha, r
        return analog_forward(self._prep, x, params, self._stream, self._adc_offset, self._cf)
