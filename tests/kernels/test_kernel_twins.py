"""Each numba kernel equals its numpy reference twin on random inputs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from aimcsim.kernels import device as kdev
from aimcsim.kernels import mvm as kmvm
from aimcsim.kernels.rng import gauss_fill, gauss_fill_ref


def test_gauss_fill_matches_twin_and_is_normal() -> None:
    out = np.empty((50, 300), dtype=np.float64)
    gauss_fill(np.uint64(12345), out)
    ref = gauss_fill_ref(12345, out.shape)
    np.testing.assert_allclose(out, ref, rtol=1e-12, atol=1e-12)
    big = np.empty((400, 1000))
    gauss_fill(np.uint64(9), big)
    # 400k samples: mean within 5 sigma/sqrt(n) = 0.008, std within 0.5 %, kurtosis within 2 %
    assert abs(big.mean()) < 0.008
    assert abs(big.std() - 1.0) < 0.005
    assert abs((big**4).mean() - 3.0) < 0.06
    assert abs(big).max() > 4.0  # the tail path is exercised


@pytest.mark.parametrize("nm", [0, 1, 2, 3])
def test_dac_prepare_twin(nm: int) -> None:
    rng = np.random.default_rng(nm)
    x = rng.standard_normal((37, 64)).astype(np.float32)
    x[3] = 0.0
    rows = np.arange(37, dtype=np.int64) + 5
    args = (rows, 50, 1, nm, 0.7 if nm == 3 else 0.0, 2.0, 1.0 / 127, 1.0, True, 0.02)
    xq = np.empty_like(x)
    sc = np.empty(37)
    kmvm.dac_prepare(x, *args, np.uint64(77), np.uint64(11), xq, sc)
    xr, sr = kmvm.dac_prepare_ref(x, *args, 77, 11)
    np.testing.assert_allclose(sc, sr, rtol=1e-12)
    np.testing.assert_allclose(xq, xr, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize(("reads", "with_var"), [(1, False), (1, True), (4, True)])
def test_adc_finalize_twin(reads: int, with_var: bool) -> None:
    rng = np.random.default_rng(3)
    y = (rng.standard_normal((29, 40)) * 6).astype(np.float32)
    ve = (
        (rng.random((29, 40)) * 0.01).astype(np.float32)
        if with_var
        else np.zeros((0, 0), np.float32)
    )
    vr = (rng.random(29) * 0.01).astype(np.float32) if with_var else np.zeros(0, np.float32)
    off = np.rint(rng.standard_normal(40)) if with_var else np.zeros(0)
    rows = np.arange(29, dtype=np.int64)
    args = (rows, 29, 2, 0.05, reads, 20.0 / 254, 10.0, True, True, off)
    out = np.empty_like(y)
    hit = np.empty(29, dtype=np.bool_)
    kmvm.adc_finalize(y, ve, vr, *args, np.uint64(5), np.uint64(100), out, hit)
    ro, rh = kmvm.adc_finalize_ref(y, ve, vr, *args, 5, 100)
    # identical ADC codes except (rarely) at a rounding tie after float32 noise addition
    assert np.mean(np.abs(out - ro) > 1e-4) < 0.002
    np.testing.assert_array_equal(hit, rh)


def test_device_kernels_twin() -> None:
    rng = np.random.default_rng(1)
    g = rng.random(5000) * 25.0
    g[:10] = 0.0
    coeffs = np.array([0.26348, 1.9650, -1.1731])
    for model in (kdev.PCM, kdev.HERMES2, kdev.HERMES1):
        xp, xn, xr = rng.standard_normal((3, 5000))
        gp = np.empty(5000)
        nu = np.empty(5000)
        kdev.program_devices(g, xp, xn, coeffs, 25.0, 25.0, 1.0, 1.0, model, gp, nu)
        rgp, rnu = kdev.program_devices_ref(g, xp, xn, coeffs, 25.0, 25.0, 1.0, 1.0, model)
        np.testing.assert_allclose(gp, rgp, rtol=1e-12, atol=1e-12)
        np.testing.assert_allclose(nu, rnu, rtol=1e-12, atol=1e-15)
        for t in (0.0, 1.0, 3600.0):
            o = np.empty(5000)
            kdev.drift_read(gp, nu, xr, t, 20.0, 250e-9, 25.0, 1.0, model, o)
            np.testing.assert_allclose(
                o, kdev.drift_read_ref(gp, nu, xr, t, 20.0, 250e-9, 25.0, 1.0, model), rtol=1e-10
            )


def test_mvm_vectors_matches_batched_path() -> None:
    """The small-batch kernel and the batched GEMM path draw the same noise samples."""
    from aimcsim.config.noise import AnalogIoConfig
    from aimcsim.functional import forward as fwd
    from aimcsim.functional.rng import NoiseStream

    rng = np.random.default_rng(0)
    w = rng.standard_normal((48, 64)).astype(np.float32) / 3
    x = (rng.standard_normal((6, 64)) * 3).astype(np.float32)
    io = AnalogIoConfig(out_bound=3.0, out_noise=0.04, w_noise=0.02, w_noise_type="pcm_read")
    p = fwd.AnalogForwardParams(8, 8, io)
    small = fwd.analog_forward(w, x, p, NoiseStream(np.random.default_rng(1)))
    old = fwd.SMALL_BATCH
    try:
        fwd.SMALL_BATCH = 0
        big = fwd.analog_forward(w, x, p, NoiseStream(np.random.default_rng(1)))
    finally:
        fwd.SMALL_BATCH = old
    assert np.mean(np.abs(small - big) > 1e-3) < 0.01
    np.testing.assert_allclose(small, big, atol=0.05)


def test_kernels_without_jit_subprocess() -> None:
    """A tiny case runs with NUMBA_DISABLE_JIT=1 and gives the jitted numbers."""
    root = Path(__file__).resolve().parents[2]
    code = (
        "import numpy as np\n"
        "from aimcsim.kernels.rng import gauss_fill\n"
        "from aimcsim.kernels import mvm\n"
        "o = np.empty((3, 7)); gauss_fill(np.uint64(4), o)\n"
        "y = (np.arange(12, dtype=np.float32).reshape(3, 4) - 5)\n"
        "out = np.empty_like(y); hit = np.empty(3, dtype=np.bool_)\n"
        "mvm.adc_finalize(y, np.zeros((0, 0), np.float32), np.zeros(0, np.float32),"
        " np.arange(3), 3, 0, 0.1, 1, 0.1, 4.0, True, True, np.zeros(0), np.uint64(2),"
        " np.uint64(0), out, hit)\n"
        "print(repr(o.round(10).tolist())); print(repr(out.tolist())); print(hit.tolist())\n"
    )
    outs = []
    for disable in ("1", "0"):
        env = dict(os.environ, NUMBA_DISABLE_JIT=disable, PYTHONPATH=str(root))
        r = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
        )
        assert r.returncode == 0, r.stderr
        outs.append(r.stdout)
    assert outs[0] == outs[1]
