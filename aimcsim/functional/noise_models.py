"""Device noise models: programming (drawn once) and inference time t (drawn per drift call).

Every model maps *tile weights* (normalised, max |w| <= 1 maps to g_max) to programmed state
and then to effective tile weights at an inference time:

    prog = model.program(w_tile, rng)          # programming noise, drift exponents
    w_t  = model.at_time(prog, t_inf_s, rng)   # drift + 1/f read noise (fresh each call)

Models:

* :class:`PcmLikeNoiseModel`: aihwkit ``PCMLikeNoiseModel`` (noise-model.md 3.1-3.5)
  including the re-split at drift time (3.5.2): ``at_time`` converts the programmed weights to
  conductances again (new scale, single device per sign), reuses nu index-wise, and computes
  Q_s from the re-split programmed conductance. Also used for HERMES (3.7) with its fitted
  constants; like aihwkit, the 2-devices-per-polarity mode is one effective device per
  polarity with the fitted statistics (g_max 20.7 uS).
* :class:`RramNoiseModel`: Yu et al. 2025 / OpenCIMTC style. Weights are quantised to signed
  levels ``-L..L`` with ``L = 2^(b-1)-1`` (4 bits: +-7). Programming noise is added to the
  differential conductance, ``sigma = rram_conductance_noise * g_max`` with the standard
  normal clipped at +-``rram_noise_clip_sigma`` (OpenCIMTC ``PE_weight_noise``), drawn once.
  Optional read noise (same clipping) is drawn per ``at_time`` call. No drift is modelled
  (the paper gives no drift law).
* :class:`IdealNoiseModel`: exact weights.
* :class:`BitSlicedNoiseModel`: wraps one of the above; |W| is split over
  ``cells_per_weight`` device pairs of ``bits_per_cell`` bits (PUMA style), each programmed
  and drifted independently, and recombined by shift-and-add digitally.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from aimcsim.config.noise import NOISE_MODELS, DeviceNoiseConfig
from aimcsim.errors import ConfigError, NoiseModelError
from aimcsim.functional.mapping import combine_slices, slice_weights
from aimcsim.kernels import device_np as kdev

_ZERO_CLIP = 1e-7

HERMES_PARAMS = {
    2: dict(
        g_max=20.7,
        t0=300.0,
        t_read=512e-9,
        coeffs=(0.16603222, 4.71806468, -8.48101252, 4.68961419),
        code=kdev.HERMES2,
    ),
    1: dict(
        g_max=10.35,
        t0=200.0,
        t_read=512e-9,
        coeffs=(0.15781817, 2.32443916, -2.16310839, 0.68841818),
        code=kdev.HERMES1,
    ),
}


class LazyArrays(dict[str, np.ndarray]):
    """A dict of arrays filled on the first access to a missing key by ``factory()``.

    Used for per-device arrays that are fixed at programming time (their random samples are
    counter-based, so their values do not depend on when they are evaluated) but are not
    needed on the hot path.
    """

    def __init__(self, factory: Callable[[], dict[str, np.ndarray]]) -> None:
        super().__init__()
        self._factory: Callable[[], dict[str, np.ndarray]] | None = factory

    def __missing__(self, key: str) -> np.ndarray:
        if self._factory is not None:
            f, self._factory = self._factory, None
            self.update(f())
            if key in self:
                return self[key]
        raise KeyError(key)


@dataclass
class ProgrammedWeights:
    """State after programming: programmed tile weights plus model-specific arrays.

    ``w_target``/``target_scale``/``seed``: the programmed targets (tile units), their uS per
    unit and the 64-bit noise stream of the programming (single-pair models).
    """

    w_prog: np.ndarray
    arrays: dict[str, np.ndarray] = field(default_factory=dict)
    parts: list[ProgrammedWeights] = field(default_factory=list)
    w_target: np.ndarray | None = None
    target_scale: float = 1.0
    seed: np.uint64 = field(default_factory=lambda: np.uint64(0))


def _draw_seed(rng: np.random.Generator) -> np.uint64:
    """One 64-bit stream seed of the counter-based kernels from an injected generator."""
    return np.uint64(rng.integers(0, 2**63, dtype=np.int64))


class NoiseModel(Protocol):
    """Programming-time / inference-time split of a device model."""

    def program(self, w_tile: np.ndarray, rng: np.random.Generator) -> ProgrammedWeights:
        """Program target tile weights once (programming noise, drift parameters)."""
        ...

    def at_time(
        self, prog: ProgrammedWeights, t_inf_s: float, rng: np.random.Generator
    ) -> np.ndarray:
        """Effective tile weights ``t_inf_s`` seconds after programming (fresh read noise)."""
        ...


def check_time(t_inf_s: float) -> float:
    """Validate an inference time (s): finite and >= 0."""
    t = float(t_inf_s)
    if not math.isfinite(t) or t < 0:
        raise NoiseModelError(f"inference time must be a finite number >= 0 s, got {t_inf_s!r}")
    return t


def _check_weights(w: np.ndarray) -> np.ndarray:
    w = np.asarray(w, dtype=np.float64)
    if w.ndim != 2:
        raise NoiseModelError(f"weights must be a 2-D (n_out, n_in) array, got shape {w.shape}")
    if not np.all(np.isfinite(w)):
        raise NoiseModelError("weights contain NaN or Inf")
    return w


class IdealNoiseModel:
    """No device noise: the programmed and read weights are the targets."""

    def program(self, w_tile: np.ndarray, rng: np.random.Generator) -> ProgrammedWeights:
        return ProgrammedWeights(_check_weights(w_tile).copy())

    def at_time(
        self, prog: ProgrammedWeights, t_inf_s: float, rng: np.random.Generator
    ) -> np.ndarray:
        check_time(t_inf_s)
        return prog.w_prog.copy()


class PcmLikeNoiseModel:
    """aihwkit PCMLikeNoiseModel / HermesNoiseModel on a single differential pair."""

    def __init__(
        self,
        *,
        g_max: float = 25.0,
        g_min: float = 0.0,
        coeffs: tuple[float, ...] = (0.26348, 1.9650, -1.1731),
        g_ref: float = 25.0,
        t0_s: float = 20.0,
        t_read_s: float = 250e-9,
        prog_noise_scale: float = 1.0,
        read_noise_scale: float = 1.0,
        drift_scale: float = 1.0,
        model_code: int = kdev.PCM,
    ) -> None:
        self.g_max = float(g_max)
        self.g_min = float(g_min)
        self.coeffs = np.asarray(coeffs, dtype=np.float64)
        self.g_ref = float(g_ref)
        self.t0_s = float(t0_s)
        self.t_read_s = float(t_read_s)
        self.prog_noise_scale = float(prog_noise_scale)
        self.read_noise_scale = float(read_noise_scale)
        self.drift_scale = float(drift_scale)
        self.model_code = int(model_code)

    def _scale(self, w: np.ndarray) -> float:
        """uS per tile unit of the single-pair conversion (as
        :func:`~aimcsim.functional.mapping.to_conductances`)."""
        return (self.g_max - self.g_min) / max(float(np.abs(w).max(initial=0.0)), _ZERO_CLIP)

    def program(self, w_tile: np.ndarray, rng: np.random.Generator) -> ProgrammedWeights:
        """Programming noise on both devices of each pair (one fused kernel pass).

        One 64-bit stream seed is drawn from ``rng``; the Gaussian samples are counter-based
        (:func:`aimcsim.kernels.device_np.program_pairs`). The drift exponents (from the
        targets, fixed by the same seed) are exposed lazily as ``arrays["nu_pos"]`` /
        ``arrays["nu_neg"]``; :meth:`at_time` evaluates them only where they matter.
        """
        w = np.ascontiguousarray(_check_weights(w_tile))
        s = self._scale(w)
        seed = _draw_seed(rng)
        w_prog = np.empty(w.shape)
        kdev.program_pairs_by_size.for_size(w.size)(
            w.reshape(-1),
            s,
            self.g_max,
            self.g_min,
            self.coeffs,
            self.g_ref,
            self.prog_noise_scale,
            seed,
            w_prog.reshape(-1),
        )

        def nu() -> dict[str, np.ndarray]:
            nu_p, nu_n = np.empty(w.shape), np.empty(w.shape)
            kdev.drift_exponents_by_size.for_size(w.size)(
                w.reshape(-1),
                s,
                self.g_max,
                self.g_min,
                self.drift_scale,
                self.model_code,
                seed,
                nu_p.reshape(-1),
                nu_n.reshape(-1),
            )
            return {"nu_pos": nu_p, "nu_neg": nu_n}

        return ProgrammedWeights(w_prog, LazyArrays(nu), w_target=w, target_scale=s, seed=seed)

    def at_time(
        self, prog: ProgrammedWeights, t_inf_s: float, rng: np.random.Generator
    ) -> np.ndarray:
        """Re-split of the programmed weights (aihwkit ``noise/base.py:100-127``), drift with the
        programmed exponents and fresh 1/f read noise (one fused kernel pass)."""
        t = check_time(t_inf_s)
        if prog.w_target is None:
            raise NoiseModelError("programmed state without targets: use program()")
        w_prog = np.ascontiguousarray(prog.w_prog, dtype=np.float64)
        s = self._scale(w_prog)
        out = np.empty(w_prog.shape)
        kdev.drift_pairs_by_size.for_size(w_prog.size)(
            w_prog.reshape(-1),
            s,
            prog.w_target.reshape(-1),
            prog.target_scale,
            self.g_max,
            self.g_min,
            self.drift_scale,
            self.model_code,
            prog.seed,
            _draw_seed(rng),
            t,
            self.t0_s,
            self.t_read_s,
            self.read_noise_scale,
            out.reshape(-1),
        )
        return out


class RramNoiseModel:
    """4-bit (configurable) RRAM with clipped Gaussian conductance noise (Yu et al. 2025)."""

    def __init__(
        self,
        *,
        weight_bits: int = 4,
        conductance_noise: float = 0.1,
        clip_sigma: float = 3.0,
        read_noise: float = 0.0,
    ) -> None:
        self.levels = 2 ** (int(weight_bits) - 1) - 1
        self.conductance_noise = float(conductance_noise)
        self.clip_sigma = float(clip_sigma)
        self.read_noise = float(read_noise)

    def quantize(self, w_tile: np.ndarray) -> np.ndarray:
        """Tile weights rounded to the signed levels (in tile units, top level = 1)."""
        return np.clip(np.rint(w_tile * self.levels), -self.levels, self.levels) / self.levels

    def _clipped(self, rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
        xi = rng.standard_normal(shape)
        return np.clip(xi, -self.clip_sigma, self.clip_sigma) if self.clip_sigma > 0 else xi

    def program(self, w_tile: np.ndarray, rng: np.random.Generator) -> ProgrammedWeights:
        w = _check_weights(w_tile)
        wq = self.quantize(w)
        return ProgrammedWeights(wq + self.conductance_noise * self._clipped(rng, w.shape))

    def at_time(
        self, prog: ProgrammedWeights, t_inf_s: float, rng: np.random.Generator
    ) -> np.ndarray:
        check_time(t_inf_s)
        if self.read_noise <= 0:
            return prog.w_prog.copy()
        return prog.w_prog + self.read_noise * self._clipped(rng, prog.w_prog.shape)


class BitSlicedNoiseModel:
    """|W| split over several device pairs (bit slices), each with the inner device model."""

    def __init__(self, inner: NoiseModel, bits_per_cell: int, cells_per_weight: int) -> None:
        self.inner = inner
        self.bits_per_cell = int(bits_per_cell)
        self.cells = int(cells_per_weight)

    def program(self, w_tile: np.ndarray, rng: np.random.Generator) -> ProgrammedWeights:
        w = _check_weights(w_tile)
        m = max(float(np.abs(w).max()), 1e-7)
        slices = slice_weights(w / m, self.bits_per_cell, self.cells)
        parts = [self.inner.program(s, rng) for s in slices]
        w_prog = combine_slices([p.w_prog for p in parts], self.bits_per_cell) * m
        return ProgrammedWeights(w_prog, {"scale": np.array([m])}, parts)

    def at_time(
        self, prog: ProgrammedWeights, t_inf_s: float, rng: np.random.Generator
    ) -> np.ndarray:
        ws = [self.inner.at_time(p, t_inf_s, rng) for p in prog.parts]
        return combine_slices(ws, self.bits_per_cell) * float(prog.arrays["scale"][0])


def check_model_name(name: str) -> None:
    """Raise :class:`ConfigError` for an unknown noise model name, with a suggestion."""
    if name not in NOISE_MODELS:
        close = difflib.get_close_matches(str(name), NOISE_MODELS, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        raise ConfigError(
            f"unknown noise model {name!r} (noise.model){hint} Known: {', '.join(NOISE_MODELS)}"
        )


def make_noise_model(cfg: DeviceNoiseConfig) -> NoiseModel:
    """The noise model described by ``cfg``."""
    check_model_name(cfg.model)
    model: NoiseModel
    if cfg.model == "ideal":
        model = IdealNoiseModel()
    elif cfg.model == "pcm":
        model = PcmLikeNoiseModel(
            g_max=cfg.g_max_us,
            g_min=cfg.g_min_us,
            coeffs=tuple(cfg.prog_coeff),
            g_ref=cfg.prog_coeff_g_max_reference_us,
            t0_s=cfg.t0_s,
            t_read_s=cfg.t_read_s,
            prog_noise_scale=cfg.prog_noise_scale,
            read_noise_scale=cfg.read_noise_scale,
            drift_scale=cfg.drift_scale,
        )
    elif cfg.model == "hermes":
        if cfg.hermes_num_devices not in HERMES_PARAMS:
            raise ConfigError(
                f"noise.hermes_num_devices must be 1 or 2, got {cfg.hermes_num_devices!r}"
            )
        hp = HERMES_PARAMS[cfg.hermes_num_devices]
        model = PcmLikeNoiseModel(
            g_max=float(hp["g_max"]),  # type: ignore[arg-type]
            g_min=0.0,
            coeffs=hp["coeffs"],  # type: ignore[arg-type]
            g_ref=float(hp["g_max"]),  # type: ignore[arg-type]
            t0_s=float(hp["t0"]),  # type: ignore[arg-type]
            t_read_s=float(hp["t_read"]),  # type: ignore[arg-type]
            prog_noise_scale=cfg.prog_noise_scale,
            read_noise_scale=cfg.read_noise_scale,
            drift_scale=cfg.drift_scale,
            model_code=int(hp["code"]),  # type: ignore[call-overload]
        )
    else:
        model = RramNoiseModel(
            weight_bits=cfg.rram_weight_bits,
            conductance_noise=cfg.rram_conductance_noise,
            clip_sigma=cfg.rram_noise_clip_sigma,
            read_noise=cfg.rram_read_noise,
        )
    if cfg.bits_per_cell > 0:
        model = BitSlicedNoiseModel(model, cfg.bits_per_cell, cfg.cells_per_weight)
    return model
