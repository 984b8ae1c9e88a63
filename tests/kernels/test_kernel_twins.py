"""Each numba kernel equals its numpy twin on random inputs: to the bit for the kernels whose
twin the functional model calls on small inputs (``*_np``), within rounding for the per-device
reference twins."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aimcsim.kernels import device as kdev
from aimcsim.kernels import device_np as kdev_np
from aimcsim.kernels import mvm as kmvm
from aimcsim.kernels import mvm_np as kmvm_np
from aimcsim.kernels import rng_np
from aimcsim.kernels.rng import gauss_fill
from aimcsim.kernels.rng_np import POOL_BITS, POOL_SIZE, gauss_pool, pool_window_ref

compiled_only = pytest.mark.skipif(
    os.environ.get("NUMBA_DISABLE_JIT", "0") not in ("", "0"),
    reason="the numpy twins equal the compiled kernels; run as Python, the kernels follow "
    "numpy's scalar promotion (float32 stays float32) instead",
)


@compiled_only
def test_gauss_fill_matches_twin_and_is_normal() -> None:
    big = np.empty((400, 1000))
    gauss_fill(np.uint64(9), big)
    twin = np.empty_like(big)
    rng_np.gauss_fill(np.uint64(9), twin)
    np.testing.assert_array_equal(big, twin)
    out32, twin32 = np.empty((7, 13), np.float32), np.empty((7, 13), np.float32)
    gauss_fill(np.uint64(2**64 - 5), out32)
    rng_np.gauss_fill(np.uint64(2**64 - 5), twin32)
    np.testing.assert_array_equal(out32, twin32)
    # 400k samples: mean within 5 sigma/sqrt(n) = 0.008, std within 0.5 %, kurtosis within 2 %
    assert abs(big.mean()) < 0.008
    assert abs(big.std() - 1.0) < 0.005
    assert abs((big**4).mean() - 3.0) < 0.06
    assert abs(big).max() > 4.0  # the tail path is exercised


@compiled_only
@pytest.mark.parametrize("nm", [0, 1, 2, 3])
@pytest.mark.parametrize("aux_mode", [0, 1, 2, 3])
@pytest.mark.parametrize(("quantize", "inp_noise", "bound"), [(True, 0.0, 1.0), (False, 0.02, 0.0)])
def test_dac_prepare_twin(
    nm: int, aux_mode: int, quantize: bool, inp_noise: float, bound: float
) -> None:
    rng = np.random.default_rng(nm + 4 * aux_mode)
    x = rng.standard_normal((37, 64)).astype(np.float32)
    x[3] = 0.0
    x[4] = -np.abs(x[4])  # max <= 0: noise management zeroes it (nm 2)
    rows = np.arange(37, dtype=np.int64) + 5
    args = (rows, 50, 1, nm, 0.7 if nm == 3 else 0.0, 2.0, 1.0 / 127, bound, quantize, inp_noise)
    n_aux = 74 if aux_mode == 3 else (37 if aux_mode else 0)
    outs = []
    for kernel in (kmvm.dac_prepare, kmvm_np.dac_prepare):
        xq, sc = np.empty_like(x), np.empty(37)
        aux = np.empty((n_aux, 64 if n_aux else 0), np.float32)
        pool = gauss_pool()
        bad = kernel(x, *args, np.uint64(77), np.uint64(11), pool, aux_mode, xq, sc, aux)
        outs.append((bad, xq, sc, aux))
    (bad, xq, sc, aux), (bad_np, xq_np, sc_np, aux_np) = outs
    assert bad == bad_np == 0
    np.testing.assert_array_equal(xq, xq_np)
    np.testing.assert_array_equal(sc, sc_np)
    np.testing.assert_array_equal(aux, aux_np)
    if aux_mode == 3:
        np.testing.assert_array_equal(aux[:37], xq * xq)
        np.testing.assert_array_equal(aux[37:], np.abs(xq))
    x[7, 5] = np.nan
    x[9, 1] = np.inf
    for kernel in (kmvm.dac_prepare, kmvm_np.dac_prepare):
        assert kernel(x, *args, np.uint64(77), np.uint64(11), pool, 0, xq, sc, aux) == 2


@compiled_only
@pytest.mark.parametrize(
    ("reads", "with_var", "accumulate", "bound"),
    [(1, False, False, 10.0), (1, True, False, 10.0), (4, True, True, 10.0), (2, False, True, 0.0)],
)
def test_output_stage_twin(reads: int, with_var: bool, accumulate: bool, bound: float) -> None:
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
    args = (rows, n, 2, 0.05, 0.02**2, 1.0, 512 / 571428.6, reads, 20.0 / 254, bound, True, True)
    start = rng.standard_normal((n, m)).astype(np.float32)
    outs = []
    for kernel in (kmvm.output_stage, kmvm_np.output_stage):
        out = start.copy()
        hit = np.empty(n, dtype=np.bool_)
        tail = (off, np.uint64(5), np.uint64(100), pool, factor, cf, accumulate, out, hit)
        kernel(*ops, *args, *tail)
        outs.append((out, hit))
    np.testing.assert_array_equal(outs[0][0], outs[1][0])
    np.testing.assert_array_equal(outs[0][1], outs[1][1])
    if bound > 0:
        assert outs[0][1].any() and not outs[0][1].all()


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
    for model in (kdev_np.PCM, kdev_np.HERMES2, kdev_np.HERMES1):
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


@compiled_only
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
    """Same seed -> byte-identical outputs, whatever the number of numba threads (a batch
    large enough for the numba kernels: 2100 x 64 elements on both sides)."""
    from aimcsim.config.noise import AnalogIoConfig
    from aimcsim.functional import forward as fwd
    from aimcsim.functional.rng import NoiseStream
    from aimcsim.kernels.jit import nb as numba  # the simulator's threading layer
    from aimcsim.kernels.variants import PARALLEL_MIN_ELEMENTS

    rng = np.random.default_rng(2)
    w = (rng.standard_normal((64, 64)) / 3).astype(np.float32)
    x = (rng.standard_normal((2100, 64)) * 3).astype(np.float32)
    assert x.size >= PARALLEL_MIN_ELEMENTS
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


@compiled_only
def test_pair_kernels_twin() -> None:
    """Fused programming / drift-exponent / drift kernels (counter-based noise) = numpy twins,
    to the bit."""
    rng = np.random.default_rng(3)
    w = rng.uniform(-1, 1, 4000)
    w[:10] = 0.0
    coeffs = np.array([0.16603222, 4.71806468, -8.48101252, 4.68961419])
    for model in (kdev_np.PCM, kdev_np.HERMES2, kdev_np.HERMES1):
        for g_min in (0.0, 0.5):
            wp, wp_np = np.empty_like(w), np.empty_like(w)
            args = (w, 20.0, 20.7, g_min, coeffs, 20.7, 1.0, np.uint64(77))
            kdev.program_pairs(*args, wp)
            kdev_np.program_pairs(*args, wp_np)
            np.testing.assert_array_equal(wp, wp_np)
            nus = [np.empty_like(w) for _ in range(4)]
            args_nu = (w, 20.0, 20.7, g_min, 1.0, model, np.uint64(77))
            kdev.drift_exponents(*args_nu, nus[0], nus[1])
            kdev_np.drift_exponents(*args_nu, nus[2], nus[3])
            np.testing.assert_array_equal(nus[0], nus[2])
            np.testing.assert_array_equal(nus[1], nus[3])
            s2 = 20.7 / np.abs(wp).max()
            for t in (0.0, 1.0, 3600.0):
                o, o_np = np.empty_like(w), np.empty_like(w)
                args_t = (wp, s2, w.astype(np.float32), 20.0, 20.7, g_min, 1.0, model)
                tail = (np.uint64(77), np.uint64(99), t, 300.0, 512e-9, 1.0)
                kdev.drift_pairs(*args_t, *tail, o)
                kdev_np.drift_pairs(*args_t, *tail, o_np)
                np.testing.assert_array_equal(o, o_np)


@compiled_only
@settings(max_examples=40, deadline=None)
@given(
    n=st.integers(1, 40),
    m=st.integers(1, 70),
    nm=st.integers(0, 3),
    nm_thres=st.sampled_from([0.0, 0.5]),
    aux_mode=st.integers(0, 3),
    quantize=st.booleans(),
    inp_noise=st.sampled_from([0.0, 0.03]),
    bound=st.sampled_from([0.0, 1.0]),
    reads=st.integers(1, 3),
    with_ir=st.booleans(),
    out_bound=st.sampled_from([0.0, 2.0]),
    seed=st.integers(0, 2**32),
)
def test_mvm_stages_equal_their_numpy_twins_on_any_shape(
    n: int,
    m: int,
    nm: int,
    nm_thres: float,
    aux_mode: int,
    quantize: bool,
    inp_noise: float,
    bound: float,
    reads: int,
    with_ir: bool,
    out_bound: float,
    seed: int,
) -> None:
    """dac_prepare and output_stage, numba vs numpy, to the bit, over shapes and modes."""
    rng = np.random.default_rng(seed)
    x = (rng.standard_normal((n, m)) * rng.uniform(0.1, 3)).astype(np.float32)
    rows = rng.permutation(n + 3)[:n].astype(np.int64)
    pool = gauss_pool()
    args = (rows, n + 3, 1, nm, nm_thres, 1.0, 2.0 / 254, bound, quantize, inp_noise)
    n_aux = 2 * n if aux_mode == 3 else (n if aux_mode else 0)
    dac = []
    for kernel in (kmvm.dac_prepare, kmvm_np.dac_prepare):
        xq, sc = np.empty_like(x), np.empty(n)
        aux = np.empty((n_aux, m if n_aux else 0), np.float32)
        bad = kernel(x, *args, np.uint64(seed), np.uint64(3), pool, aux_mode, xq, sc, aux)
        dac.append((bad, xq, sc, aux))
    for a, b in zip(dac[0], dac[1], strict=True):
        np.testing.assert_array_equal(a, b)
    k_out = int(rng.integers(1, 50))
    y = (rng.standard_normal((n, 2 * k_out if with_ir else k_out)) * 3).astype(np.float32)
    gg = (rng.random((2 * n, k_out)) * 5).astype(np.float32)
    var_row = (rng.random(n) * 0.01).astype(np.float32) if seed % 2 else np.zeros(0, np.float32)
    off = np.rint(rng.standard_normal(k_out)) if seed % 3 == 0 else np.zeros(0)
    cf = rng.random(k_out) + 0.5 if seed % 5 == 0 else np.zeros(0)
    ops = (y, k_out, gg, 0 if seed % 7 else -1, n, var_row, rows, n + 3, 2, 0.04, 0.02**2)
    tail = (1.0, 0.3, reads, 2.0 / 254, out_bound, quantize, bool(seed % 2), off)
    outs = []
    for kernel in (kmvm.output_stage, kmvm_np.output_stage):
        out = np.ones((n + 3, k_out), np.float32)
        hit = np.empty(n, dtype=np.bool_)
        factor = np.linspace(0.5, 2.0, n)
        kernel(*ops, *tail, np.uint64(seed), np.uint64(9), pool, factor, cf, reads > 2, out, hit)
        outs.append((out, hit))
    np.testing.assert_array_equal(outs[0][0], outs[1][0])
    np.testing.assert_array_equal(outs[0][1], outs[1][1])
