"""Loop nests for data movement: a gather's copy runs as nested loops, not one ``vcopy`` each.

A data-movement layer (transpose, broadcast, take, concat, and the Resize, Pad,
ConvTranspose and GroupNorm lowerings built on them) copies contiguous *runs* of source
storage to its destination (``(dst, src, length)``, see :func:`copy_runs`). A large map has
hundreds of thousands of runs; emitting them one by one makes the program grow with the
data. :func:`copy_nest` finds the loop structure of the runs instead:

* A *level* is a sequence of *items* laid out by a list of :class:`Segment`: each segment
  is ``count`` items whose destination and source advance by fixed steps (an affine loop;
  a step of 0 repeats its source). The items of the innermost level are runs; the items of
  an outer level are *rows*, each a copy of the next level's pattern at its own
  destination and source (the pattern is the same for every row, only its start moves).
* The decomposition works from the inside out: it cuts the current sequence into rows of
  the smallest length whose rows are translates of each other (same relative destinations,
  sources and lengths), takes the first row's pattern as a level (its piecewise-affine
  segments, greedily), and continues with the row starts. What has no such rows is the
  outermost level. Neighbouring one-segment levels that form one affine loop are merged.
  Every affine gather (a transpose of any rank, a broadcast, a nearest resize by an integer
  factor, a strided slice) is then one segment per level; a non-integer nearest resize or
  a pad has a few segments per level (its period, its borders); only an irregular gather
  (a random permutation) has about one segment per run.
* Two decompositions are tried: of the maximal runs (each copied whole, as a straight
  copy per run would) and of the runs cut to their common length (plainer periods: the
  maximal runs of an upsampling merge across rows). The one executing fewer copies is
  kept unless its program is more than :data:`SIZE_SLACK` times the other's (plus 256
  instructions), so a layer costs the cycles of its straight copies where that is cheap.
* A level whose single run-segment repeats one element (source step 0) inside a level that
  walks consecutive sources becomes one ``mmul`` outer product with a row of ones (``m``
  sources, each repeated ``n`` times), as a per-row broadcast is.

:func:`emit_nest` writes the nest with the ISA's scalar loop instructions (register
conventions of :mod:`aimcsim.compiler.emit`): r1 walks the destination (every level writes
its items in destination order, so one register serves all levels, moved by a constant
after each item), each loop keeps a source register and an end address of r1 (``blt``),
r2 is scratch for a source offset, r13 the end of an innermost loop. Loops nested deeper
than the registers allow are unrolled, shortest first. The program then grows with the number of
segments, not of runs; :data:`MAX_NEST_INSTRUCTIONS` bounds it for irregular gathers.
Timing and values follow from the instructions as for any loop: the body's ``vcopy`` (or
``ld`` from global memory, or ``mmul``) costs what one straight-line copy of the run costs.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np

from aimcsim.compiler.emit import MAX_LEN, R_LIMIT

MAX_NEST_INSTRUCTIONS = 60000
"""Most instructions the copy nest of one data-movement layer may take (an irregular
gather beyond it is refused; an affine one of any size takes a few dozen)."""

MMUL_MAX = 8191
"""Largest ``m``, ``k`` or ``n`` of one ``mmul`` (13-bit fields)."""

R_DST = 1
R_TMP = 2
POOL = tuple(range(3, 13))
"""Registers for the source address and end address of the loops (r3-r12)."""


@dataclass(frozen=True)
class Segment:
    """``count`` items of a level: item ``i`` starts at destination ``dst_off + i *
    dst_step`` and source ``src_off + i * src_step`` (elements, relative to the start of
    the row the level belongs to). Items of the innermost level are runs of ``length``
    consecutive source elements, each element written ``repeat`` times in a row (an
    ``mmul`` outer product when ``repeat`` > 1); ``length`` is 0 on outer levels."""

    count: int
    dst_step: int
    src_step: int
    dst_off: int = 0
    src_off: int = 0
    length: int = 0
    repeat: int = 1


@dataclass(frozen=True)
class CopyNest:
    """Runs as nested levels (outermost first), the whole starting at destination ``dst``
    and source ``src`` (elements, relative to the gather's destination and source)."""

    dst: int
    src: int
    levels: tuple[tuple[Segment, ...], ...]


class Sink(Protocol):
    """Where instructions go: a :class:`~aimcsim.compiler.emit.TileCode` or a counter."""

    def emit(self, mnemonic: str, *operands: int, pre: bool = False) -> int: ...

    def here(self) -> int: ...


class Counter:
    """A :class:`Sink` that only counts instructions (the size of a nest before emitting)."""

    def __init__(self) -> None:
        self.count = 0

    def emit(self, mnemonic: str, *operands: int, pre: bool = False) -> int:
        self.count += 1
        return self.count - 1

    def here(self) -> int:
        return self.count


class OutOfRegisters(Exception):
    """The nest's loops need more registers than :data:`POOL` has."""


class IrregularGather(Exception):
    """A level of the runs has more than :data:`MAX_NEST_INSTRUCTIONS` segments."""


# --------------------------------------------------------------------------- runs
def copy_runs(idx: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Maximal runs with consecutive sources of a gather ``idx`` (the source position of
    each destination position): arrays ``dst, src, length``, in destination order."""
    idx = np.asarray(idx, dtype=np.int64).reshape(-1)
    starts = np.concatenate([[0], np.flatnonzero(np.diff(idx) != 1) + 1]).astype(np.int64)
    ends = np.append(starts[1:], idx.size)
    return starts, idx[starts], ends - starts


def cut_runs(
    dst: np.ndarray, src: np.ndarray, length: np.ndarray, limit: int = MAX_LEN
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Runs ``(dst, src, length)`` with every run longer than ``limit`` cut into pieces."""
    pieces = -(-length // limit)
    if not (pieces > 1).any():
        return dst, src, length
    first = np.cumsum(pieces) - pieces  # index of each run's first piece
    off = (np.arange(int(pieces.sum())) - np.repeat(first, pieces)) * limit
    return (
        np.repeat(dst, pieces) + off,
        np.repeat(src, pieces) + off,
        np.minimum(limit, np.repeat(length, pieces) - off),
    )


def window(
    runs: tuple[np.ndarray, np.ndarray, np.ndarray], lo: int, hi: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The parts of runs (in destination order) that fall in destinations ``[lo, hi)``."""
    dst, src, length = runs
    a = max(int(np.searchsorted(dst, lo, side="right")) - 1, 0)
    b = int(np.searchsorted(dst, hi, side="left"))
    d, s, n = dst[a:b], src[a:b], length[a:b]
    start = np.maximum(d, lo)
    end = np.minimum(d + n, hi)
    keep = end > start
    return start[keep], (s + start - d)[keep], (end - start)[keep]


# --------------------------------------------------------------------------- nest
def copy_nest(runs: tuple[np.ndarray, np.ndarray, np.ndarray], repeats: bool = True) -> CopyNest:
    """The loop nest of runs ``(dst, src, length)`` in destination order (module docstring;
    ``repeats``: fold element repeats into ``mmul`` outer products). Raises
    :class:`IrregularGather` when a level has too many segments to be worth a nest.
    Patterns of up to :data:`CACHED_RUNS` runs are decomposed once (the chunks of a
    streamed gather repeat one pattern at other addresses)."""
    d, s, n = (np.asarray(a, dtype=np.int64) for a in runs)
    rel = (d - d[0], s - s[0], n)
    if d.size <= CACHED_RUNS:
        levels = _cached_levels(*(a.tobytes() for a in rel), repeats)
    else:
        levels = _levels(*rel, repeats)
    return CopyNest(int(d[0]), int(s[0]), levels)


CACHED_RUNS = 1 << 14
"""Largest run pattern :func:`copy_nest` keeps decomposed."""


@functools.lru_cache(maxsize=256)
def _cached_levels(d: bytes, s: bytes, n: bytes, repeats: bool) -> tuple[tuple[Segment, ...], ...]:
    def arr(b: bytes) -> np.ndarray:
        return np.frombuffer(b, dtype=np.int64)

    return _levels(arr(d), arr(s), arr(n), repeats)


def _levels(
    d: np.ndarray, s: np.ndarray, n: np.ndarray, repeats: bool
) -> tuple[tuple[Segment, ...], ...]:
    """The levels of :func:`copy_nest` for runs starting at destination and source 0: of
    the two decompositions, of the maximal runs (each copied whole) and of the runs cut to
    one length (:func:`_uniform`, whose periodic structure is plainer), the one executing
    fewer copies, unless its program is more than :data:`SIZE_SLACK` times (plus 256
    instructions) the other's."""
    found = []
    for runs in (cut_runs(d, s, n), _uniform(d, s, n)):
        try:
            levels = _decompose(*runs, repeats)
        except IrregularGather:
            continue
        size = nest_size(CopyNest(0, 0, levels), Body(vcopy_body, 0))
        found.append((levels, size, math.prod(sum(sg.count for sg in lv) for lv in levels)))
    if not found:
        raise IrregularGather
    small = min(size for _, size, _ in found)
    fit = [
        (copies, size, levels) for levels, size, copies in found if size <= SIZE_SLACK * small + 256
    ]
    return min(fit, key=lambda c: (c[0], c[1]))[2]


SIZE_SLACK = 4
"""How many times longer than the shortest the program of the decomposition executing
fewer copies may be (:func:`_levels`)."""


def _decompose(
    d: np.ndarray, s: np.ndarray, n: np.ndarray, repeats: bool
) -> tuple[tuple[Segment, ...], ...]:
    """Levels of runs ``(d, s, n)`` (module docstring): rows of the smallest translate
    period from the inside out, piecewise-affine segments per level."""
    inner: list[tuple[Segment, ...]] = []
    lengths: np.ndarray | None = n
    while d.size > 1:
        period = _row_period(d, s, lengths)
        if period is None:
            break
        inner.append(_segments(d[:period] - d[0], s[:period] - s[0], lengths, period))
        d, s, lengths = d[::period], s[::period], None
    outer = _segments(d - d[0], s - s[0], lengths, d.size)
    merged = _merge([outer, *reversed(inner)])
    merged[-1] = _join_runs(merged[-1])
    return tuple(_fold_repeat(merged) if repeats else merged)


def _uniform(
    d: np.ndarray, s: np.ndarray, n: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The runs cut into pieces of one length: the greatest common divisor of their
    lengths, so that their periodic structure shows (maximal runs of a 2x upsampling have
    lengths 1, 2, 2, ..., whose pieces repeat). Runs whose common length exceeds MAX_LEN
    are cut at MAX_LEN instead (each the same way)."""
    unit = int(np.gcd.reduce(n))
    if unit > MAX_LEN:
        return cut_runs(d, s, n)
    if unit == 1 and (n == 1).all():
        return d, s, n
    return cut_runs(d, s, n, unit)


def _join_runs(level: tuple[Segment, ...]) -> tuple[Segment, ...]:
    """Innermost segments whose runs continue each other (destination and source step =
    run length) as single runs of at most MAX_LEN (a padded row's interior is one copy)."""
    out = []
    for sg in level:
        step = sg.length
        if sg.count > 1 and sg.repeat == 1 and sg.dst_step == step == sg.src_step:
            per = max(1, MAX_LEN // step)
            for j in range(0, sg.count, per):
                k = min(per, sg.count - j)
                out.append(
                    replace(
                        sg,
                        count=1,
                        dst_step=0,
                        src_step=0,
                        dst_off=sg.dst_off + j * step,
                        src_off=sg.src_off + j * step,
                        length=k * step,
                    )
                )
        else:
            out.append(sg)
    return tuple(out)


def _row_period(d: np.ndarray, s: np.ndarray, lengths: np.ndarray | None) -> int | None:
    """The smallest ``p`` (1 < p < size, dividing it) such that the rows of ``p`` items are
    translates of the first row, else None."""
    size = d.size
    for p in _divisors(size):
        if p == 1 or p == size:
            continue
        rows = size // p
        if not (
            np.array_equal(d[p : 2 * p] - d[p], d[:p] - d[0])
            and np.array_equal(s[p : 2 * p] - s[p], s[:p] - s[0])
        ):
            continue  # the second row already differs (cheap rejection)
        dd = d.reshape(rows, p)
        ss = s.reshape(rows, p)
        if lengths is not None and not (lengths.reshape(rows, p) == lengths[:p]).all():
            continue
        if ((dd - dd[:, :1]) == (dd[0] - dd[0, 0])).all() and (
            (ss - ss[:, :1]) == (ss[0] - ss[0, 0])
        ).all():
            return p
    return None


def _divisors(n: int) -> list[int]:
    small = [k for k in range(1, int(n**0.5) + 1) if n % k == 0]
    return sorted({*small, *(n // k for k in small)})


def _segments(
    d: np.ndarray, s: np.ndarray, lengths: np.ndarray | None, size: int
) -> tuple[Segment, ...]:
    """Greedy piecewise-affine segments of ``size`` items at relative destinations ``d``
    and sources ``s`` (of runs of ``lengths`` on the innermost level); stops early (the
    caller refuses the nest by its size) beyond :data:`MAX_NEST_INSTRUCTIONS` segments."""
    d, s = d[:size], s[:size]
    ln = lengths[:size] if lengths is not None else np.zeros(size, dtype=np.int64)
    dd, ds = np.diff(d), np.diff(s)
    # step k (item k -> k+1) continues a segment when equal to step k-1 and item k+1 has
    # item k's length; ``cut`` holds the items after which a segment must end
    same_len = ln[1:] == ln[:-1]
    step_change = np.flatnonzero((dd[1:] != dd[:-1]) | (ds[1:] != ds[:-1])) + 1
    len_change = np.flatnonzero(~same_len)
    segs: list[Segment] = []
    i = 0
    while i < size:
        if len(segs) > MAX_NEST_INSTRUCTIONS:
            raise IrregularGather
        if i == size - 1 or not same_len[i]:
            end = i
        else:
            a = step_change[np.searchsorted(step_change, i, side="right") :][:1]
            b = len_change[np.searchsorted(len_change, i, side="left") :][:1]
            end = int(min([size - 1, *a.tolist(), *b.tolist()]))
        count = end - i + 1
        segs.append(
            Segment(
                count,
                int(dd[i]) if count > 1 else 0,
                int(ds[i]) if count > 1 else 0,
                int(d[i]),
                int(s[i]),
                int(ln[i]),
            )
        )
        i = end + 1
    return tuple(segs)


def _merge(levels: list[tuple[Segment, ...]]) -> list[tuple[Segment, ...]]:
    """Drop single-item outer levels and merge neighbouring one-segment levels that form
    one affine loop (outer steps = inner count x inner steps)."""
    out: list[tuple[Segment, ...]] = []
    for level in levels:
        if len(level) == 1 and level[0].count == 1 and level is not levels[-1]:
            continue
        if out and len(out[-1]) == 1 and len(level) == 1:
            o, i = out[-1][0], level[0]
            if o.dst_step == i.count * i.dst_step and o.src_step == i.count * i.src_step:
                out[-1] = (replace(i, count=o.count * i.count),)
                continue
        out.append(level)
    return out


def _fold_repeat(levels: list[tuple[Segment, ...]]) -> list[tuple[Segment, ...]]:
    """An innermost level repeating one element (``r`` items of one element, source step
    0) inside a level walking ``m`` consecutive sources becomes one level of ``m x r``
    outer products (:attr:`Segment.repeat`)."""
    if len(levels) < 2 or len(levels[-1]) != 1 or len(levels[-2]) != 1:
        return levels
    rep, walk = levels[-1][0], levels[-2][0]
    if not (
        rep.length == 1
        and rep.dst_step == 1
        and rep.src_step == 0
        and 1 < rep.count <= MMUL_MAX
        and walk.dst_step == rep.count
        and walk.src_step == 1
        and 1 < walk.count <= MMUL_MAX
    ):
        return levels
    return [*levels[:-2], (Segment(1, 0, 0, 0, 0, walk.count, rep.count),)]


def row_spans(nest: CopyNest, size: int) -> list[int]:
    """Destination extents (elements) of one row of each level below the outermost, outer
    first, for a gather that writes all of its ``size`` destination elements."""
    spans = []
    rows = 1
    for level in nest.levels[:-1]:
        rows *= sum(sg.count for sg in level)
        spans.append(size // rows)
    return spans


def aligned_chunk(spans: list[int], size: int, budget: int) -> int:
    """Elements per chunk of a streamed copy of ``size`` elements: whole rows of the
    largest row extent in ``spans`` that fits ``budget`` (so every chunk repeats one loop
    nest), else ``budget``."""
    if size <= budget:
        return size
    fits = [r for r in spans if 0 < r <= budget]
    return budget // fits[0] * fits[0] if fits else budget


# --------------------------------------------------------------------------- emission
@dataclass(frozen=True)
class Body:
    """How the innermost item is written. ``copy(sink, src_reg, length)`` emits the copy of
    ``length`` elements from the address in ``src_reg`` to the one in r1 (a ``vcopy``, or
    an ``ld`` from global memory); ``ones`` is the buffer address of as many ones as the
    largest :attr:`Segment.repeat` (-1: the nest has no repeat items)."""

    copy: Callable[[Sink, int, int], None]
    ones: int = -1


def vcopy_body(sink: Sink, src_reg: int, length: int) -> None:
    """``vcopy r1, src_reg, length``: a copy inside the tile buffer."""
    sink.emit("vcopy", R_DST, src_reg, length)


def ld_body(space: int) -> Callable[[Sink, int, int], None]:
    """``ld r1, src_reg, space, length``: a copy from global memory ``space``."""

    def copy(sink: Sink, src_reg: int, length: int) -> None:
        sink.emit("ld", R_DST, src_reg, space, length)

    return copy


def unroll_level(nest: CopyNest) -> CopyNest:
    """``nest`` with the looping level of the fewest items written out item by item (one
    loop less nested: fewer registers, the least growth of the program)."""
    levels = list(nest.levels)
    looping = [i for i, lv in enumerate(levels) if any(sg.count > 1 for sg in lv)]
    k = min(looping, key=lambda i: sum(sg.count for sg in levels[i]))
    items = tuple(
        replace(
            sg,
            count=1,
            dst_step=0,
            src_step=0,
            dst_off=sg.dst_off + j * sg.dst_step,
            src_off=sg.src_off + j * sg.src_step,
        )
        for sg in levels[k]
        for j in range(sg.count)
    )
    levels[k] = items
    return replace(nest, levels=tuple(levels))


def nest_size(nest: CopyNest, body: Body) -> int:
    """Instructions :func:`emit_nest` writes for ``nest``."""
    counter = Counter()
    emit_nest(counter, nest, body, 0, lambda sink, reg, off: sink.emit("li", reg, off))
    return counter.count


def emit_nest(
    sink: Sink,
    nest: CopyNest,
    body: Body,
    dst: int,
    src_root: Callable[[Sink, int, int], object],
) -> None:
    """Write ``nest`` for a gather into destination address ``dst`` (element 0);
    ``src_root(sink, reg, off)`` sets register ``reg`` to the source address of element
    ``off``. Loops are unrolled (:func:`unroll_level`) while the registers do not suffice."""
    while True:
        try:
            _Emitter(Counter(), nest, body).run(dst, src_root)
            break
        except OutOfRegisters:
            nest = unroll_level(nest)
    _Emitter(sink, nest, body).run(dst, src_root)


class _Emitter:
    """One emission of a nest (see :func:`emit_nest`)."""

    def __init__(self, sink: Sink, nest: CopyNest, body: Body) -> None:
        self.sink = sink
        self.nest = nest
        self.body = body
        self.free = list(POOL)
        self.depth = [_loop_depth(nest.levels[k:]) for k in range(len(nest.levels))]
        self.ones = -1

    def _reg(self) -> int:
        if not self.free:
            raise OutOfRegisters
        return self.free.pop(0)

    def run(self, dst: int, src_root: Callable[[Sink, int, int], object]) -> None:
        if any(sg.repeat > 1 for sg in self.nest.levels[-1]):
            if self.body.ones < 0:
                raise ValueError("a repeat item needs the buffer address of ones")
            self.ones = self._reg()
            self.sink.emit("li", self.ones, self.body.ones)
        root = self._reg()
        src_root(self.sink, root, self.nest.src)
        self.sink.emit("li", R_DST, dst + self.nest.dst)
        self._level(0, root, 0)

    def _level(self, k: int, base: int, off: int) -> int:
        """Emit one row of level ``k`` whose source starts at register ``base`` + ``off``
        and whose destination starts at r1; returns where r1 ends, relative to the row
        start."""
        at = 0
        for sg in self.nest.levels[k]:
            if sg.dst_off != at:
                self.sink.emit("addi", R_DST, R_DST, sg.dst_off - at)
            if sg.count == 1:
                at = sg.dst_off + self._item(k, sg, base, off + sg.src_off)
                continue
            src = self._reg()
            innermost = self.depth[k] == 1
            end = R_LIMIT if innermost else self._reg()
            self.sink.emit("addi", src, base, off + sg.src_off)
            self.sink.emit("addi", end, R_DST, sg.count * sg.dst_step)
            top = self.sink.here()
            moved = self._item(k, sg, src, 0)
            if moved != sg.dst_step:
                self.sink.emit("addi", R_DST, R_DST, sg.dst_step - moved)
            if sg.src_step:
                self.sink.emit("addi", src, src, sg.src_step)
            self.sink.emit("blt", R_DST, end, top)
            self.free[:0] = [src] if innermost else [src, end]
            at = sg.dst_off + sg.count * sg.dst_step
        return at

    def _item(self, k: int, sg: Segment, base: int, off: int) -> int:
        """One item of segment ``sg`` of level ``k`` (source at ``base`` + ``off``);
        returns how far r1 moved."""
        if k + 1 < len(self.nest.levels):
            return self._level(k + 1, base, off)
        src = base
        if off:
            self.sink.emit("addi", R_TMP, base, off)
            src = R_TMP
        if sg.repeat > 1:
            self.sink.emit("mmul", R_DST, src, self.ones, 0, sg.length, 1, sg.repeat)
        else:
            self.body.copy(self.sink, src, sg.length)
        return 0


def _loop_depth(levels: tuple[tuple[Segment, ...], ...]) -> int:
    """How many loops nest at most in ``levels`` (a level loops when one of its segments
    has more than one item)."""
    return sum(1 for lv in levels if any(sg.count > 1 for sg in lv))
