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
from aimcsim.kernels.rng import (
    POOL_BITS,
    POOL_SIZE,
    gauss_fill,
    gauss_fill_ref,
    gauss_pool,
    pool_window_ref,
)


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
    pool = gauss_pool()
    args = (rows, 50, 1, nm, 0.7 if nm == 3 else 0.0, 2.0, 1.0 / 127, 1.0, True, 0.02)
    xq = np.empty_like(x)
    sc = np.empty(37)
    aux = np.empty((74, 64), np.float32)
    bad = kmvm.dac_prepare(
        x, *args, np.uint64(77), np.uint64(11), pool, kmvm.AUX_SQ_ABS, xq, sc, aux
    )
    assert bad == 0
    xr, sr = kmvm.dac_prepare_ref(x, *args, 77, 11, pool)
    np.testing.assert_allclose(sc, sr, rtol=1e-12)
    np.testing.assert_allclose(xq, xr, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(aux[:37], xq * xq, rtol=1e-6)
    np.testing.assert_array_equal(aux[37:], np.abs(xq))
    x[7, 5] = np.nan
    assert kmvm.dac_prepare(x, *args, np.uint64(77), np.uint64(11), pool, 0, xq, sc, aux) == 1


@pytest.mark.parametrize(("reads", "with_var"), [(1, False), (1, True), (4, True)])
def test_output_stage_twin(reads: int, with_var: bool) -> None:
    rng = np.random.default_rng(3)
    n, m = 29, 40
    y = (rng.standard_normal((n, m)) * 6).astype(np.float32)
    if with_var:
        vr = (rng.random(n) * 0.01).astype(np.float32)
        off = np.rint(rng.standard_normal(m))
        # stacked GEMM outputs: [y | ir_y] and [var_elem; ir_a]
        yy = np.concatenate([y, rng.standard_normal((n, m)).astype(np.float32)], axis=1)
        gg = np.concatenate([rng.random((n, m)) * 20, rng.random((n, m)) * 300])
        gg = gg.astype(np.float32)
        ops = (yy, m, gg, 0, n, vr)
        cf = rng.random(m) + 0.5
    else:
        ops = (y, m, np.zeros((0, 0), np.float32), -1, -1, np.zeros(0, np.float32))
        off, cf = np.zeros(0), np.zeros(0)
    rows = np.arange(n, dtype=np.int64)[::-1].copy()
    factor = rng.random(n) + 0.5
    pool = gauss_pool()
    args = (rows, n, 2, 0.05, 0.02**2, 1.0, 512 / 571428.6, reads, 20.0 / 254, 10.0, True, True)
    out = np.empty_like(y)
    hit = np.empty(n, dtype=np.bool_)
    tail = (off, np.uint64(5), np.uint64(100), pool, factor, cf, False, out, hit)
    kmvm.output_stage(*ops, *args, *tail)
    ro, rh = kmvm.output_stage_ref(*ops, *args, off, 5, 100, pool, factor, cf)
    # identical ADC codes except (rarely) at a rounding tie after float32 noise addition
    assert np.mean(np.abs(out[rows] - ro) > 1e-4) < 0.002
    np.testing.assert_array_equal(hit, rh)
    assert hit.any() and not hit.all()


def test_pool_noise_is_normal_and_windows_independent() -> None:
    """The pool is standard normal; noise windows of different keys/seeds do not repeat."""
    pool = gauss_pool()
    assert pool.dtype == np.float32 and pool.shape == (2 * POOL_SIZE,)
    np.testing.assert_array_equal(pool[:POOL_SIZE], pool[POOL_SIZE:])
    p = pool[:POOL_SIZE].astype(np.float64)
    assert abs(p.mean()) < 1e-6 and abs(p.std() - 1.0) < 1e-6
    assert abs((p**4).mean() - 3.0) < 0.03 and np.abs(p).max() > 4.5
    st, sg = pool_window_ref(123, np.arange(100000))
    assert st.min() >= 0 and st.max() < POOL_SIZE
    assert abs(sg.mean()) < 0.02
    # starts are uniform: each of 16 bins holds 1/16 of the windows within 5 %
    counts = np.bincount(st >> (POOL_BITS - 4), minlength=16)
    assert np.all(np.abs(counts / 100000 * 16 - 1) < 0.05)
    # output noise of a batch through the kernel: N(0, sigma) and uncorrelated between rows
    n, m = 2000, 256
    y = np.zeros((n, m), np.float32)
    e2 = np.zeros((0, 0), np.float32)
    out = np.empty_like(y)
    hit = np.empty(n, dtype=np.bool_)
    ops = (y, m, e2, -1, -1, np.zeros(0, np.float32), np.arange(n), n, 0, 1.0, 0.0, 0.0, 0.0)
    tail = (1, 1.0, 0.0, False, True, np.zeros(0), np.uint64(9), np.uint64(0), pool)
    kmvm.output_stage(*ops, *tail, np.ones(n), np.zeros(0), False, out, hit)
    assert abs(out.std() - 1.0) < 0.01 and abs(out.mean()) < 0.01
    c = np.corrcoef(out[:200])
    assert np.abs(c[np.triu_indices(200, 1)]).max() < 0.35


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
        "pool = np.tile(np.linspace(-2, 2, 64, dtype=np.float32), 2 ** 15)\n"
        "mvm.output_stage(y, 4, np.zeros((0, 0), np.float32), -1, -1, np.zeros(0, np.float32),"
        " np.arange(3), 3, 0, 0.1,"
        " 0.0, 0.0, 0.0, 1, 0.1, 4.0, True, True, np.zeros(0), np.uint64(2), np.uint64(0),"
        " pool, np.ones(3), np.zeros(0), False, out, hit)\n"
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


def test_forward_deterministic_across_thread_counts() -> None:
    """Same seed -> byte-identical outputs, whatever the number of numba threads."""
    import numba

    from aimcsim.config.noise import AnalogIoConfig
    from aimcsim.functional import forward as fwd
    from aimcsim.functional.rng import NoiseStream

    rng = np.random.default_rng(2)
    w = (rng.standard_normal((40, 64)) / 3).astype(np.float32)
    x = (rng.standard_normal((300, 64)) * 3).astype(np.float32)
    io = AnalogIoConfig(
        out_bound=3.0, out_noise=0.04, w_noise=0.02, w_noise_type="pcm_read", ir_drop=1.0
    )
    p = fwd.AnalogForwardParams(8, 8, io)
    outs = []
    n0 = numba.get_num_threads()
    try:
        for n in (1, n0, 1):
            numba.set_num_threads(n)
            outs.append(fwd.analog_forward(w, x, p, NoiseStream(np.random.default_rng(7))))
    finally:
        numba.set_num_threads(n0)
    assert outs[0].tobytes() == outs[1].tobytes() == outs[2].tobytes()
    other = fwd.analog_forward(w, x, p, NoiseStream(np.random.default_rng(8)))
    assert not np.array_equal(other, outs[0])


def test_pair_kernels_twin() -> None:
    """Fused programming / drift-exponent / drift kernels (counter-based noise) = numpy twins."""
    rng = np.random.default_rng(3)
    w = rng.uniform(-1, 1, 4000)
    w[:10] = 0.0
    coeffs = np.array([0.16603222, 4.71806468, -8.48101252, 4.68961419])
    for model in (kdev.PCM, kdev.HERMES2, kdev.HERMES1):
        for g_min in (0.0, 0.5):
            wp = np.empty_like(w)
            kdev.program_pairs(w, 20.0, 20.7, g_min, coeffs, 20.7, 1.0, np.uint64(77), wp)
            ref = kdev.program_pairs_ref(w, 20.0, 20.7, g_min, coeffs, 20.7, 1.0, 77)
            np.testing.assert_allclose(wp, ref, rtol=1e-12, atol=1e-12)
            nu_p, nu_n = np.empty_like(w), np.empty_like(w)
            kdev.drift_exponents(w, 20.0, 20.7, g_min, 1.0, model, np.uint64(77), nu_p, nu_n)
            r_p, r_n = kdev.drift_exponents_ref(w, 20.0, 20.7, g_min, 1.0, model, 77)
            np.testing.assert_allclose(nu_p, r_p, rtol=1e-12)
            np.testing.assert_allclose(nu_n, r_n, rtol=1e-12)
            s2 = 20.7 / np.abs(wp).max()
            for t in (0.0, 1.0, 3600.0):
                o = np.empty_like(w)
                args = (wp, s2, w, 20.0, 20.7, g_min, 1.0, model)
                kdev.drift_pairs(*args, np.uint64(77), np.uint64(99), t, 300.0, 512e-9, 1.0, o)
                r = kdev.drift_pairs_ref(*args, 77, 99, t, 300.0, 512e-9, 1.0)
                np.testing.assert_allclose(o, r, rtol=1e-10, atol=1e-14)
