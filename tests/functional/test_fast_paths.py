"""Shortcuts of the functional model give the same numbers as the plain path."""

from __future__ import annotations

import numpy as np
import pytest

from aimcsim.config.noise import AnalogIoConfig, DeviceNoiseConfig
from aimcsim.functional import forward as fwd
from aimcsim.functional.noise_models import PcmLikeNoiseModel
from aimcsim.functional.rng import NoiseStream
from aimcsim.functional.tile import AnalogTile

_IO = [
    (AnalogIoConfig(out_bound=10.0, out_noise=0.04), {}),
    (AnalogIoConfig(out_bound=3.0, out_noise=0.0), {}),
    (
        AnalogIoConfig(
            out_bound=3.0, out_noise=0.04, w_noise=0.02, w_noise_type="pcm_read", ir_drop=1.0
        ),
        {},
    ),
    (AnalogIoConfig(out_bound=3.0, out_noise=0.04, inp_noise=0.01), {}),
    (AnalogIoConfig(out_bound=3.0, out_noise=0.04), {"read_phases": 2}),
    (
        AnalogIoConfig(out_bound=3.0, out_noise=0.04),
        {"dac_encoding": "bit_serial", "dac_bits_per_phase": 2},
    ),
]


@pytest.mark.parametrize("k", range(len(_IO)))
def test_identity_forward_is_the_eye_forward(k: int) -> None:
    """The drift-compensation readout equals analog_forward(eye) to the bit, including
    bound-management re-reads (saturating columns) and ADC offsets."""
    io, kw = _IO[k]
    p = fwd.AnalogForwardParams(8, 8, io, **kw)  # type: ignore[arg-type]
    rng = np.random.default_rng(k)
    for n_out, n_in in ((40, 64), (10, 96)):
        w = (rng.standard_normal((n_out, n_in)) / 2).astype(np.float32)
        w[0, :5] = 12.0
        w[1, 3] = 0.0
        prep = fwd.PreparedWeights(w)
        for off in (None, np.rint(rng.standard_normal(n_out))):
            eye = np.eye(n_in, dtype=np.float32)
            a = fwd.analog_forward(prep, eye, p, NoiseStream(np.random.default_rng(5)), off)
            b = fwd.identity_forward(prep, p, NoiseStream(np.random.default_rng(5)), off)
            assert a.tobytes() == b.tobytes()


def test_tile_deterministic_and_order_independent() -> None:
    """Same (seed, crossbar id) -> byte-identical tiles, whatever was programmed before."""
    rng = np.random.default_rng(0)
    w = rng.standard_normal((64, 80))
    x = rng.standard_normal((5, 80)).astype(np.float32)
    cfg = DeviceNoiseConfig(model="hermes")
    p = fwd.AnalogForwardParams(8, 8, AnalogIoConfig(out_bound=10.0, out_noise=0.04))

    def run(order: list[int]) -> dict[int, bytes]:
        res = {}
        for cid in order:
            t = AnalogTile(w, cfg, p, seed=7, crossbar_id=cid)
            t.program()
            a = t.drift(3600.0)
            res[cid] = t.forward(x).tobytes() + a.tobytes() + t.weights_now.tobytes()
        return res

    r1, r2 = run([0, 1, 2]), run([2, 0, 1])
    assert r1 == r2 and r1[0] != r1[1]


def test_lazy_drift_exponents_are_those_of_the_drift() -> None:
    """arrays['nu_*'] (evaluated on access) are the exponents at_time applies."""
    m = PcmLikeNoiseModel(read_noise_scale=0.0, prog_noise_scale=0.0)
    w = np.random.default_rng(1).uniform(0.2, 1.0, (30, 40))
    prog = m.program(w, np.random.default_rng(2))
    w_t = m.at_time(prog, 3600.0, np.random.default_rng(3))
    expect = (3620.0 / 20.0) ** (-prog.arrays["nu_pos"])
    np.testing.assert_allclose(w_t / prog.w_prog, expect, rtol=1e-12)
    assert prog.arrays["nu_neg"].shape == w.shape


def test_scratch_buffers_do_not_leak_between_calls() -> None:
    """The reused scratch operands of the batched forward: interleaving a crossbar of another
    shape and batch changes no result, and returned outputs are
    never scratch views (a later call does not overwrite them)."""
    io, _ = _IO[2]  # PCM read noise and IR drop: every scratch operand is used
    p = fwd.AnalogForwardParams(8, 8, io)
    rng = np.random.default_rng(3)
    prep_a = fwd.PreparedWeights(rng.standard_normal((48, 72)).astype(np.float32) / 3)
    prep_b = fwd.PreparedWeights(rng.standard_normal((90, 30)).astype(np.float32) / 3)
    xa = rng.standard_normal((40, 72)).astype(np.float32)
    xb = rng.standard_normal((300, 30)).astype(np.float32)

    def run(prep: fwd.PreparedWeights, x: np.ndarray) -> np.ndarray:
        return fwd.analog_forward(prep, x, p, NoiseStream(np.random.default_rng(9)))

    alone_a, alone_b = run(prep_a, xa).copy(), run(prep_b, xb).copy()
    first_a = run(prep_a, xa)
    mixed_b = run(prep_b, xb)
    assert first_a.tobytes() == alone_a.tobytes()  # not overwritten by the call after it
    assert mixed_b.tobytes() == alone_b.tobytes()
