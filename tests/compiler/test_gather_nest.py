"""Gathers as loop nests (aimcsim.compiler.gather_nest): every data-movement pattern copies
exactly what numpy's indexing copies, and an affine gather of any size takes a program
whose length depends on its rank, not on its number of copy runs."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aimcsim.compiler.gather_nest import (
    MAX_NEST_INSTRUCTIONS,
    MMUL_MAX,
    SIZE_SLACK,
    Body,
    IrregularGather,
    aligned_chunk,
    copy_nest,
    copy_runs,
    cut_runs,
    emit_nest,
    nest_size,
    row_spans,
    vcopy_body,
    window,
)
from aimcsim.compiler.geometry import concat_runs
from aimcsim.compiler.graph import Graph, Node


class Recorder:
    """A sink keeping the instructions (mnemonic, operands) in order."""

    def __init__(self) -> None:
        self.code: list[tuple[str, tuple[int, ...]]] = []

    def emit(self, mnemonic: str, *operands: int, pre: bool = False) -> int:
        self.code.append((mnemonic, operands))
        return len(self.code) - 1

    def here(self) -> int:
        return len(self.code)


def execute(code: list[tuple[str, tuple[int, ...]]], buf: np.ndarray) -> int:
    """Run the scalar, branch, ``vcopy`` and ``mmul`` (k = 1) instructions of ``code`` on
    ``buf`` as the ISA defines them; returns the number of instructions executed."""
    r = [0] * 16
    pc = executed = 0
    while pc < len(code):
        m, o = code[pc]
        pc += 1
        executed += 1
        if m == "li":
            r[o[0]] = o[1]
        elif m == "addi":
            r[o[0]] = r[o[1]] + o[2]
        elif m == "blt":
            pc = o[2] if r[o[0]] < r[o[1]] else pc
        elif m == "vcopy":
            buf[r[o[0]] : r[o[0]] + o[2]] = buf[r[o[1]] : r[o[1]] + o[2]].copy()
        elif m == "mmul":
            rows, k, cols = o[4:7]
            assert k == 1 and o[3] == 0
            a, b = buf[r[o[1]] : r[o[1]] + rows], buf[r[o[2]] : r[o[2]] + cols]
            buf[r[o[0]] : r[o[0]] + rows * cols] = np.outer(a, b).reshape(-1)
        else:
            raise AssertionError(f"unexpected {m}")
    return executed


def gather_program(idx: np.ndarray, n_src: int) -> tuple[np.ndarray, int, int]:
    """Compile gather ``idx`` over a source of ``n_src`` elements into a nest, run it:
    (copied values, instructions in the program, copy runs)."""
    idx = np.asarray(idx, dtype=np.int64).reshape(-1)
    runs = copy_runs(idx)
    nest = copy_nest(runs)
    ones, dst = n_src, n_src + MMUL_MAX
    buf = np.zeros(dst + idx.size)
    buf[:n_src] = np.arange(1, n_src + 1)
    buf[ones : ones + MMUL_MAX] = 1.0
    rec = Recorder()
    body = Body(vcopy_body, ones)
    emit_nest(rec, nest, body, dst, lambda sink, reg, off: sink.emit("li", reg, off))
    assert len(rec.code) == nest_size(nest, body)
    execute(rec.code, buf)
    return buf[dst:], len(rec.code), len(cut_runs(*runs)[0])


def assert_gathers(idx: np.ndarray, n_src: int) -> tuple[int, int]:
    got, size, runs = gather_program(idx, n_src)
    np.testing.assert_array_equal(got, np.arange(1, n_src + 1)[np.asarray(idx).reshape(-1)])
    return size, runs


def bound(loops: int) -> int:
    """Largest program of a gather whose loop nest takes ``loops`` instructions: the nest of
    its maximal runs (fewer copies) may be chosen while at most SIZE_SLACK times + 256."""
    return SIZE_SLACK * loops + 256


# ----------------------------------------------------------------------------- generators
shapes = st.lists(st.integers(1, 4), min_size=1, max_size=7)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(shape=shapes, data=st.data())
def test_transpose_of_any_rank_is_a_nest_of_its_rank(shape, data):
    perm = data.draw(st.permutations(range(len(shape))))
    x = np.arange(int(np.prod(shape))).reshape(shape)
    size, _ = assert_gathers(x.transpose(perm), x.size)
    # five nested loops fit the registers; deeper nests write their shortest loops out
    assert size <= bound((8 + 5 * len(shape)) * max(shape) ** max(0, len(shape) - 5))


@settings(max_examples=40, deadline=None)
@given(shape=st.lists(st.integers(1, 5), min_size=1, max_size=4), data=st.data())
def test_broadcast(shape, data):
    out = [data.draw(st.sampled_from([s, s * data.draw(st.integers(1, 4))])) for s in shape]
    out = [o if s == 1 else s for s, o in zip(shape, out, strict=True)]
    lead = data.draw(st.lists(st.integers(1, 4), max_size=2))
    x = np.arange(int(np.prod(shape))).reshape(shape)
    size, _ = assert_gathers(np.broadcast_to(x, (*lead, *out)), x.size)
    assert size <= bound(8 + 5 * (len(shape) + len(lead)))


@settings(max_examples=50, deadline=None)
@given(
    c=st.integers(1, 8),
    h=st.integers(1, 9),
    w=st.integers(1, 9),
    scale=st.sampled_from([2.0, 3.0, 1.5, 0.5, 1.25, 2.5, 0.75]),
    channels_last=st.booleans(),
)
def test_nearest_resize(c, h, w, scale, channels_last):
    oh, ow = max(1, int(h * scale)), max(1, int(w * scale))
    iy = np.minimum((np.arange(oh) / scale).astype(int), h - 1)
    ix = np.minimum((np.arange(ow) / scale).astype(int), w - 1)
    if channels_last:
        x = np.arange(h * w * c).reshape(h, w, c)
        idx = x[iy][:, ix]
    else:
        x = np.arange(c * h * w).reshape(c, h, w)
        idx = x[:, iy][:, :, ix]
    assert_gathers(idx, x.size)


@settings(max_examples=50, deadline=None)
@given(
    shape=st.lists(st.integers(2, 7), min_size=1, max_size=3),
    data=st.data(),
    mode=st.sampled_from(["edge", "reflect", "wrap", "symmetric"]),
)
def test_pad(shape, data, mode):
    pads = [(data.draw(st.integers(0, s - 1)), data.draw(st.integers(0, s - 1))) for s in shape]
    x = np.arange(int(np.prod(shape))).reshape(shape)
    assert_gathers(np.pad(x, pads, mode=mode), x.size)


@settings(max_examples=50, deadline=None)
@given(shape=st.lists(st.integers(1, 9), min_size=1, max_size=4), data=st.data())
def test_strided_slice(shape, data):
    sl = []
    for s in shape:
        step = data.draw(st.sampled_from([1, 2, 3, -1, -2]))
        start = data.draw(st.integers(0, s - 1))
        sl.append(slice(start, None, step))
    x = np.arange(int(np.prod(shape))).reshape(shape)
    idx = x[tuple(sl)]
    if idx.size:
        assert_gathers(idx, x.size)


@settings(max_examples=40, deadline=None)
@given(
    outer=st.integers(1, 300),
    inner=st.lists(st.integers(1, 9), min_size=1, max_size=4),
    layout=st.sampled_from(["flat", "nhwc"]),
)
def test_concat_is_one_loop_per_input(outer, inner, layout):
    """Concat with many outer rows: :func:`concat_runs` gives each input's rows, one loop
    nest each, and the pieces assemble numpy's concatenation."""
    g = Graph(name="cat")
    names = [f"x{k}" for k in range(len(inner))]
    if layout == "nhwc":  # channels of a (C, 1, outer) map: rows are pixels
        g.shapes.update({x: (ln, 1, outer) for x, ln in zip(names, inner, strict=True)})
        g.shapes["y"] = (sum(inner), 1, outer)
        g.layouts.update(dict.fromkeys([*names, "y"], "nhwc"))
        axis = 2
    else:
        g.shapes.update({x: (outer, ln) for x, ln in zip(names, inner, strict=True)})
        g.shapes["y"] = (outer, sum(inner))
        axis = 1
    n = Node("cat", "concat", names, "y", {"axis": axis})
    rows, per_input, runs = concat_runs(g, n)
    assert rows == outer
    total = sum(per_input)
    srcs = [np.arange(outer * ln) + 1000 * (k + 1) for k, ln in enumerate(per_input)]
    buf = np.zeros(sum(s.size for s in srcs) + rows * total)
    at, size = 0, 0
    for src, r in zip(srcs, runs, strict=True):
        buf[at : at + src.size] = src
        rec = Recorder()
        nest = copy_nest(r)
        base = at
        emit_nest(
            rec,
            nest,
            Body(vcopy_body),
            buf.size - rows * total,
            lambda sink, reg, off, base=base: sink.emit("li", reg, base + off),
        )
        size += len(rec.code)
        at += src.size
        pending = rec.code
        execute(pending, buf)
    want = np.concatenate([s.reshape(outer, -1) for s in srcs], axis=1).reshape(-1)
    np.testing.assert_array_equal(buf[-rows * total :], want)
    assert size <= bound(12 * len(inner))


# ----------------------------------------------------------------------------- sizes
def test_large_affine_gathers_take_a_few_dozen_instructions():
    """A 2x nearest upsampling of a 64 x 128 x 128 map (channels last: 65,536 runs) and a
    4-D transpose moving every axis (1,048,576 single-element runs)."""
    x = np.arange(128 * 128 * 64).reshape(128, 128, 64)
    nest = copy_nest(copy_runs(x.repeat(2, 0).repeat(2, 1)))
    assert nest_size(nest, Body(vcopy_body, 0)) < 40
    y = np.arange(16 * 32 * 32 * 64).reshape(16, 32, 32, 64).transpose(3, 2, 0, 1)
    nest = copy_nest(copy_runs(y))
    assert nest_size(nest, Body(vcopy_body, 0)) < 40


def test_nchw_upsampling_is_an_outer_product_per_row():
    x = np.arange(3 * 4 * 5).reshape(3, 4, 5)
    assert_gathers(x.repeat(2, 1).repeat(2, 2), x.size)
    rec = Recorder()
    nest = copy_nest(copy_runs(x.repeat(2, 1).repeat(2, 2)))
    emit_nest(rec, nest, Body(vcopy_body, 0), 0, lambda s, r, o: s.emit("li", r, o))
    assert [m for m, _ in rec.code].count("mmul") == 1
    assert "vcopy" not in [m for m, _ in rec.code]


def test_deep_nests_unroll_their_shortest_loops_to_fit_the_registers():
    x = np.arange(2 * 3 * 2 * 3 * 2 * 3 * 2).reshape(2, 3, 2, 3, 2, 3, 2)
    assert_gathers(x.transpose(6, 5, 4, 3, 2, 1, 0), x.size)


def test_long_contiguous_runs_are_cut_at_the_vector_limit():
    x = np.arange(3 * 70000).reshape(3, 70000)
    size, _ = assert_gathers(x[::-1], x.size)
    assert size < 20


def test_an_irregular_gather_is_refused_beyond_the_limit():
    idx = np.random.default_rng(0).permutation(3 * MAX_NEST_INSTRUCTIONS)
    with pytest.raises(IrregularGather):
        copy_nest(copy_runs(idx))


def test_a_small_irregular_gather_is_one_segment_per_run():
    idx = np.random.default_rng(1).permutation(40)
    assert_gathers(idx, 40)


# ----------------------------------------------------------------------------- streaming
@settings(max_examples=40, deadline=None)
@given(shape=st.lists(st.integers(1, 7), min_size=2, max_size=4), data=st.data())
def test_windows_of_a_gather_cover_it(shape, data):
    """Chunks (rows of the nest where they fit the budget) cut the runs without loss."""
    perm = data.draw(st.permutations(range(len(shape))))
    budget = data.draw(st.integers(1, 64))
    idx = np.arange(int(np.prod(shape))).reshape(shape).transpose(perm).reshape(-1)
    runs = copy_runs(idx)
    chunk = aligned_chunk(row_spans(copy_nest(runs), idx.size), idx.size, budget)
    assert 1 <= chunk <= max(budget, 1) or chunk == idx.size <= budget
    got = np.full(idx.size, -1)
    for off in range(0, idx.size, chunk):
        for d, s, n in zip(*window(runs, off, off + chunk), strict=True):
            assert off <= d and d + n <= off + chunk
            got[d : d + n] = np.arange(s, s + n)
    np.testing.assert_array_equal(got, idx)
