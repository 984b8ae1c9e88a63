"""Static input range (io.input_range): aihwkit InputRangeParameter semantics in evaluation.

aihwkit (tiles/periphery.py pre_forward/post_forward): ``x -> clip(x, -r, r) / r`` before the
tile's forward (noise management, DAC, ...), output ``* r`` (and the mapping scales) after it.
The drift-compensation readout calls the tile's forward directly: it bypasses the range.
"""

from __future__ import annotations

import numpy as np
import pytest

from aimcsim.config.noise import AnalogIoConfig, DeviceNoiseConfig
from aimcsim.functional.forward import AnalogForwardParams
from aimcsim.functional.tile import AnalogTile
from aimcsim.functional.tile_error import tile_error

HOUR_S = 3600.0


def _data(n_out: int = 24, n_in: int = 40, batch: int = 50) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(7)
    w = rng.uniform(-1, 1, (n_out, n_in))
    x = (3.0 * rng.standard_normal((batch, n_in))).astype(np.float32)
    return w, x


def _io(**kw: object) -> AnalogIoConfig:
    base: dict[str, object] = dict(
        noise_management="constant",
        nm_threshold=1.0,
        bound_management="none",
        out_noise=0.0,
        out_bound=0.0,
        adc_quantize=False,
    )
    base.update(kw)
    return AnalogIoConfig(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("r", [0.5, 2.0, 3.0])
def test_forward_is_r_times_dac_of_clipped_scaled_input(r: float) -> None:
    """Closed form with an exact device and an 8-bit DAC: y = r Q(clip(x, -r, r) / r) W^T,
    Q = rounding to the step 2/254 (half to even)."""
    w, x = _data()
    p = AnalogForwardParams(8, 8, _io(input_range=r))
    tile = AnalogTile(w, DeviceNoiseConfig(model="ideal", weight_scaling="none"), p)
    got = tile.forward(x)
    dx = 2.0 / 254
    xs = np.clip(x.astype(np.float64), -r, r) / r
    want = r * (np.rint(xs / dx) * dx) @ w.T
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
    beyond = np.where(np.abs(x) > r, 10 * x, x)  # clipped inputs: the same outputs
    np.testing.assert_array_equal(tile.forward(beyond), got)


def test_column_scaling_and_range_compose() -> None:
    """Per-column weight scaling (aihwkit weight_scaling_columnwise): the tile holds each
    output row divided by its max|w|, the output is multiplied back, and by r."""
    w, x = _data()
    w[3] *= 0.01  # one small column: scaled to full range on the tile
    r = 2.0
    noise = DeviceNoiseConfig(model="ideal", weight_scaling="per_column")
    tile = AnalogTile(w, noise, AnalogForwardParams(8, 8, _io(input_range=r, dac_quantize=False)))
    np.testing.assert_allclose(np.abs(tile.w_tile).max(axis=1), 1.0)
    want = np.clip(x.astype(np.float64), -r, r) @ w.T
    np.testing.assert_allclose(tile.forward(x), want, rtol=1e-5, atol=1e-6)


def test_range_equals_constant_noise_management_on_the_forward_but_not_the_readout() -> None:
    """Before io.input_range, a range r could only be written as constant NM with
    nm_threshold = r: the same MVMs, but the readout then drives the crossbar at 1/r."""
    w, x = _data(64, 64, 200)
    r = 3.0
    common = dict(out_noise=0.04, out_bound=10.0, adc_quantize=True)
    as_range = AnalogForwardParams(8, 8, _io(input_range=r, **common))
    as_nm = AnalogForwardParams(8, 8, _io(nm_threshold=r, **common))
    plain = AnalogForwardParams(8, 8, _io(**common))
    noise = DeviceNoiseConfig(model="pcm", drift_readout="identity")
    tiles = {}
    for name, p in (("range", as_range), ("nm", as_nm), ("plain", plain)):
        tiles[name] = AnalogTile(w, noise, p, seed=11)
        tiles[name].program()
        tiles[name].drift(HOUR_S)
    # the readout bypasses the range: alpha exactly as without any range
    np.testing.assert_array_equal(tiles["range"].alpha, tiles["plain"].alpha)
    assert tiles["nm"].alpha[0] != tiles["range"].alpha[0]
    # the forward pass is the constant-NM one (same noise draws), up to alpha
    y_range = tiles["range"].forward(x) / tiles["range"].alpha[0]
    y_nm = tiles["nm"].forward(x) / tiles["nm"].alpha[0]
    np.testing.assert_allclose(y_range, y_nm, rtol=1e-4, atol=1e-4)


def test_tile_error_takes_the_range_and_it_matters() -> None:
    """Inputs with sigma 3: r = 9 (aihwkit's 3 std) beats clipping (r = 2) and wasting the
    range (r = 12: output noise times r); r = 1 is the same as no range (the DAC clips at 1)."""
    w, x = _data(32, 32, 300)
    noise = DeviceNoiseConfig(model="ideal", drift_compensation="none", weight_scaling="none")
    errs = {}
    for r in (0.0, 1.0, 2.0, 9.0, 12.0):
        p = AnalogForwardParams(8, 8, _io(input_range=r, out_noise=0.04))
        errs[r] = tile_error(w, x, noise, p, [0.0]).times[0].rel_err_mean
    assert errs[0.0] == errs[1.0]
    assert errs[9.0] < errs[12.0] < errs[2.0] < errs[0.0]
