"""Code generation: a mapped graph -> per-tile instruction streams (a :class:`Program`).

Execution model of the generated code (weight-stationary, layer-pipelined):

* ``pre``: every crossbar is programmed once (``prog`` + ``xwin``), constants (biases, affine
  and layer-norm parameters, digital weights) are loaded from DRAM into the tile buffers.
* The slot loop runs S times (S = ``n_slots``); slot s reads its input from DRAM at
  ``input.addr + s * input.size`` and writes its output to ``output.addr + s * output.size``.
  In the functional model every buffer element carries a batch of B samples, so one run
  processes S*B samples (slot s holds samples s*B .. s*B+B-1).
* Every graph node runs on one tile (a weight layer on the tiles holding its crossbars, its
  output gathered on its home tile; a digital node on the home tile of its first input). A
  tensor needed on another tile is sent over the mesh (``send``/``recv``, one tag per
  transfer). Tiles run independently, so tile A may work on slot s+1 while tile B still works
  on slot s: the layers form a pipeline.
* Convolutions use im2col: the input map (NHWC) is copied into a zero-padded map when padded,
  a loop over output pixels gathers each patch with ``vcopy`` (one per kernel row) and runs
  one ``mvm`` per crossbar block. Row blocks on one tile accumulate with ``acc=1``.
* A layer split over several tiles: the input's tile first sends every tile its input (a
  single-vector dense layer: only the rows its crossbars read; farthest tile first), so all
  row blocks compute at the same time; then the partial outputs are reduced onto the
  layer's home tile by the plan of :mod:`aimcsim.compiler.reduce` (a gather in arrival
  order or a binary tree, chosen by cost on the mesh's distances; a tile returns only its
  columns for a single-vector dense layer). The home tile zeroes its output first
  (``vsub x, x, x``, each slot) when partials are added into columns its own blocks do not
  write.
"""

from __future__ import annotations

import gc
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from aimcsim.compiler.codegen_core import BufferTooSmallError, CodegenCore, MemoryMap, Probe
from aimcsim.compiler.emit import MAX_LEN, TileCode
from aimcsim.compiler.gather_nest import MMUL_MAX, copy_runs
from aimcsim.compiler.geometry import concat_runs, im2col_geometry, pool_geometry
from aimcsim.compiler.graph import Node, gather_index
from aimcsim.compiler.lstm import emit_lstm
from aimcsim.compiler.streaming import Spiller
from aimcsim.errors import CompileError
from aimcsim.isa.program import Program, TileStream

STRAIGHT_CONCAT_ROWS = 64
"""A concat copies row by row (one ``vcopy`` per input row) up to this many copies, and
with one loop per input (:meth:`CodegenCore.copy_runs`) beyond."""


class BufferOverflowError(BufferTooSmallError):
    """The resident tensors and working sets of a tile exceed its buffer."""


@dataclass
class CodegenResult:
    program: Program
    memory: MemoryMap
    probes: list[Probe]
    buffer_elements: dict[int, int]
    layer_tiles: dict[str, list[int]]
    stream_budget: int
    """Activation tensors above this many elements were streamed through global memory."""


class Codegen(CodegenCore):
    """Emit the program of a mapped graph; see the module docstring."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.spiller = Spiller(self)
        """Activations kept in global memory and streamed (see
        :mod:`aimcsim.compiler.streaming`)."""

    # ----------------------------------------------------------------- driver
    def run(self) -> CodegenResult:
        """Generate the program. Python's cyclic garbage collector is paused meanwhile: the
        millions of instructions of a large model are acyclic, and its repeated full scans
        of them cost a large share of the compile time."""
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._run()
        finally:
            if enabled:
                gc.enable()

    def _run(self) -> CodegenResult:
        g = self.g
        for name in g.inputs:
            size = g.size(name)
            self.mem.inputs[name] = (self.mem.alloc(size * self.n_slots), size)
        for name in g.outputs:
            size = g.size(name)
            self.mem.outputs[name] = (self.mem.alloc(size * self.n_slots), size)
        # program every crossbar first (pre)
        for m in self.maps.values():
            self.cur_layer, self.cur_name = self.layer_ids[m.node.name], m.node.name
            for b in m.blocks:
                code = self.tc(b.tile)
                code.emit("prog", b.xb, b.id, pre=True)
                code.emit("xwin", b.xb, 0, b.row1 - b.row0, 0, b.col1 - b.col0, pre=True)
                read = self.read_configs.get(m.node.name)
                if read is not None:
                    code.emit("xcfg", b.xb, *read.operands(), pre=True)
        for n in g.nodes:
            self.cur_layer, self.cur_name = self.layer_ids[n.name], n.name
            for i in n.inputs:
                if i in g.inputs and i not in self.home:
                    self._load_input(i, n)
            if self.spiller.streamed(n):
                self.spiller.emit(n)
            else:
                getattr(self, f"_op_{n.op}", self._unknown)(n)
            if n.output in g.outputs and n.output not in self.spiller.spill:
                tile = self.home[n.output]
                addr, size = self.mem.outputs[n.output]
                self.tc(tile).mem("st", self.where[n.output][tile], addr, size, slot_stride=size)
        self.cur_name = ""
        return self._finish()

    def _unknown(self, n: Node) -> None:
        raise CompileError(f"node {n.name!r}: no code generator for IR op {n.op!r}")

    def _load_input(self, name: str, consumer: Node) -> None:
        m = self.maps.get(consumer.name)
        tile = m.tiles()[0] if m is not None and m.blocks else 0
        addr, size = self.mem.inputs[name]
        if self.spiller.big(name):  # stays in DRAM, streamed by its consumers
            self.spiller.spill_input(name, tile, addr, size)
            return
        code = self.tc(tile)
        buf = code.alloc(size)
        code.mem("ld", buf, addr, size, slot_stride=size)
        self.where[name] = {tile: buf}
        self.home[name] = tile

    def _finish(self) -> CodegenResult:
        prog = Program(self.isa_version)
        prog.layer_names = {i: n.name for i, n in enumerate(self.g.nodes)}
        probes: list[Probe] = []
        cap = self.arch.tile.buffer.size_elements
        buffers = {}
        for t in sorted(self.tiles):
            code = self.tiles[t]
            if code.top > cap:
                layers = [name for name, tiles in self.layer_tiles.items() if t in tiles]
                held = ", ".join(repr(name) for name in layers[:3]) + (
                    f" and {len(layers) - 3} more" if len(layers) > 3 else ""
                )
                raise BufferOverflowError(
                    f"tile {t} (layers {held}) needs {code.top} buffer elements but "
                    f"tile.buffer.size_elements is "
                    f"{cap}; use fewer sample slots, a larger buffer (--set "
                    f"tile.buffer.size_elements={code.top}) or more tiles",
                    code.top,
                )
            stream, tprobes = code.finish(self.n_slots)
            prog.streams[t] = TileStream(t, stream)
            buffers[t] = code.top
            for lay, pc, a, ln, tensor in tprobes:
                probes.append(Probe(lay, tensor, t, pc, a, ln))
        probes.extend(self.spiller.probes)
        return CodegenResult(
            prog,
            self.mem,
            probes,
            buffers,
            {k: sorted(v) for k, v in self.layer_tiles.items()},
            self.stream_budget,
        )

    # ----------------------------------------------------------------- weight layers

    def _op_dense(self, n: Node) -> None:
        self._weight_layer(n)

    def _op_conv(self, n: Node) -> None:
        self._weight_layer(n)

    def _weight_layer(self, n: Node) -> None:
        m = self.maps[n.name]
        geo = im2col_geometry(self.g, n)
        n_out = m.n_out
        pixels = geo["oh"] * geo["ow"]
        if not m.analog:
            self._digital_dense(n, geo, n_out)
            return
        x_in = self.scaled_input(n, geo)
        home0 = m.tiles(0)[0]
        out_addr = self.tc(home0).alloc(pixels * n_out)
        # output rows split between replicas
        reps = m.replicas
        bounds = [round(r * geo["oh"] / reps) for r in range(reps + 1)]
        single = n.op == "dense" and pixels == 1
        for rep in range(reps):
            oy0, oy1 = bounds[rep], bounds[rep + 1]
            if oy1 <= oy0:
                continue
            tiles = m.tiles(rep)
            home = tiles[0]
            p0 = oy0 * geo["ow"]
            span = (oy1 - oy0) * geo["ow"] * n_out
            per_tile = {t: [b for b in m.blocks if b.replica == rep and b.tile == t] for t in tiles}
            # scatter first: every tile gets its input before any partial sum is awaited
            xins = {
                t: self.input_on(x_in, t, per_tile[t], single)
                for t in self.scatter_order(x_in, tiles)
            }
            # the replica's result accumulates on its home tile in `acc`
            acc = out_addr + p0 * n_out if home == home0 else self.tc(home).alloc(span)
            partial = {home: acc}
            for t in tiles[1:]:
                partial[t] = self.tc(t).alloc(span)
            merges = self.plan_partials(home, per_tile, single, span)
            if self.needs_zero(home, merges, per_tile[home], single, n_out):
                self.tc(home).vec("vsub", acc, (acc, acc), span)  # merged columns add in
            for t in tiles:
                base = partial[t] - p0 * n_out
                self.pixel_loop(self.tc(t), geo, xins[t], per_tile[t], base, n_out, oy0, oy1)
            self.reduce_partials(merges, partial, self.merge_scratch(merges))
            if home != home0:
                tag = self.new_tag(home, home0)
                self.tc(home).send(acc, home0, tag, span)
                self.tc(home0).recv(out_addr + p0 * n_out, home, tag, span)
        self.bias(n, home0, out_addr, pixels, n_out)
        self.produce(n.output, home0, out_addr)

    def _digital_dense(self, n: Node, geo: dict[str, int], n_out: int) -> None:
        """A weight layer forced digital: ``mmul`` of the input rows with W^T on the DPU."""
        if n.op != "dense":
            raise CompileError(f"layer {n.name!r}: only dense layers can be forced digital")
        x = n.inputs[0]
        tile = self.home[x]
        w = self.g.params[n.attrs["w"]]
        wt_name = f"{n.attrs['w']}.T"
        if wt_name not in self.g.params:
            self.g.params[wt_name] = np.ascontiguousarray(w.T)
        wt = self.const_on(wt_name, tile)
        xin = self.get_on(x, tile)
        code = self.tc(tile)
        rows, k = geo["oh"], w.shape[1]
        if max(rows, k, n_out) >= 1 << 13:
            raise CompileError(f"layer {n.name!r}: mmul dimensions exceed 8191")
        out = code.alloc(rows * n_out)
        code.li(1, out)
        code.li(2, xin)
        code.li(3, wt)
        code.emit("mmul", 1, 2, 3, 0, rows, k, n_out)
        self.bias(n, tile, out, rows, n_out)
        self.produce(n.output, tile, out)

    # ----------------------------------------------------------------- digital ops
    def _unary(self, n: Node, mnem: str) -> None:
        tile = self.tile_of(n)
        x = self.get_on(n.inputs[0], tile)
        code = self.tc(tile)
        size = self.g.size(n.output)
        out = code.alloc(size)
        code.vec(mnem, out, (x,), size)
        self.produce(n.output, tile, out)

    def _op_relu(self, n: Node) -> None:
        self._unary(n, "vrelu")

    def _op_sigmoid(self, n: Node) -> None:
        self._unary(n, "vsigm")

    def _op_tanh(self, n: Node) -> None:
        self._unary(n, "vtanh")

    def _op_gelu(self, n: Node) -> None:
        self._unary(n, "vgelu")

    def _op_exp(self, n: Node) -> None:
        self._unary(n, "vexp")

    def _op_sqrt(self, n: Node) -> None:
        self._unary(n, "vsqrt")

    def _op_recip(self, n: Node) -> None:
        self._unary(n, "vrecip")

    def _op_erf(self, n: Node) -> None:
        self._unary(n, "verf")

    def _op_clip(self, n: Node) -> None:
        tile = self.tile_of(n)
        x = self.get_on(n.inputs[0], tile)
        code = self.tc(tile)
        size = self.g.size(n.output)
        out = code.alloc(size)
        tmp = code.alloc(size) if math.isfinite(n.attrs["hi"]) else -1
        self.clip_chunk(n, code, out, x, tmp, size)
        self.produce(n.output, tile, out)

    def _binary(self, n: Node, mnem: str) -> None:
        """``mnem`` of two operands; with ``period`` P the second (P elements) is applied to
        every P stored elements of the first (a loop over them)."""
        tile = self.tile_of(n)
        a = self.get_on(n.inputs[0], tile)
        b = self.get_on(n.inputs[1], tile)
        code = self.tc(tile)
        size = self.g.size(n.output)
        out = code.alloc(size)
        period = int(n.attrs.get("period", 0))
        if period:
            self.per_pixel(code, mnem, out, a, b, size // period, period)
        else:
            code.vec(mnem, out, (a, b), size)
        self.produce(n.output, tile, out)

    def _op_add(self, n: Node) -> None:
        self._binary(n, "vadd")

    def _op_mul(self, n: Node) -> None:
        self._binary(n, "vmul")

    def _op_div(self, n: Node) -> None:
        self._binary(n, "vdiv")

    def _op_affine(self, n: Node) -> None:
        tile = self.tile_of(n)
        x = self.get_on(n.inputs[0], tile)
        p = self.const_on(n.attrs["params"], tile)
        code = self.tc(tile)
        size = self.g.size(n.output)
        ch = self.g.params[n.attrs["params"]].size // 2
        out = code.alloc(size)
        self.per_pixel(code, "vaffine", out, x, p, size // ch, ch)
        self.produce(n.output, tile, out)

    def _op_lstm(self, n: Node) -> None:
        emit_lstm(self, n)

    def _op_slice(self, n: Node) -> None:
        """A contiguous range of a tensor's storage: no data movement, an address offset."""
        src = n.inputs[0]
        tile = self.home[src]
        self.produce(n.output, tile, self.where[src][tile] + int(n.attrs["start"]))

    def _op_reshape(self, n: Node) -> None:
        self.alias(n.output, n.inputs[0])

    def _pool(self, n: Node, op: int) -> None:
        tile = self.tile_of(n)
        x = self.get_on(n.inputs[0], tile)
        code = self.tc(tile)
        c, h, w = self.g.shapes[n.inputs[0]]
        _, oh, ow = self.g.shapes[n.output]
        if n.op == "gap":
            kh, kw, sh, sw, pads = h, w, 1, 1, (0, 0, 0, 0)
        else:
            kh, kw = n.attrs["kh"], n.attrs["kw"]
            sh, sw = n.attrs["stride"]
            pads = n.attrs["pads"]
        if kh > 63 or kw > 63:
            raise CompileError(f"pooling window {kh}x{kw} of {n.name!r} exceeds 63x63")
        geo = pool_geometry((c, h, w), pads)
        src = self.padded_map(code, geo, x)
        wp = geo["wp"]
        out = code.alloc(oh * ow * c)
        code.pool_rows(src, out, oh, ow, c, (kw, kh, sw, sh), op, wp)
        self.produce(n.output, tile, out)

    def _op_maxpool(self, n: Node) -> None:
        self._pool(n, 0)

    def _op_avgpool(self, n: Node) -> None:
        self._pool(n, 1)

    def _op_gap(self, n: Node) -> None:
        """One ``vpool`` over the map when it fits the 63 x 63 window, else sums of pixels
        (:meth:`~aimcsim.compiler.streaming.Spiller.gap_by_sums`)."""
        _, h, w = self.g.shapes[n.inputs[0]]
        if max(h, w) > 63:
            self.spiller.gap_by_sums(n)
        else:
            self._pool(n, 1)

    def _op_softmax(self, n: Node) -> None:
        tile = self.tile_of(n)
        x = self.get_on(n.inputs[0], tile)
        code = self.tc(tile)
        size = self.g.size(n.output)
        ln = self.g.shapes[n.output][-1]
        out = code.alloc(size)
        code.li(1, out)
        code.li(2, x)
        code.emit("vsoftmax", 1, 2, size // ln, ln)
        self.produce(n.output, tile, out)

    def _op_layernorm(self, n: Node) -> None:
        tile = self.tile_of(n)
        x = self.get_on(n.inputs[0], tile)
        p = self.const_on(n.attrs["params"], tile)
        code = self.tc(tile)
        size = self.g.size(n.output)
        ln = self.g.shapes[n.output][-1]
        out = code.alloc(size)
        code.li(1, out)
        code.li(2, x)
        code.li(3, p)
        code.emit("vlnorm", 1, 2, 3, size // ln, ln)
        self.produce(n.output, tile, out)

    def _op_matmul(self, n: Node) -> None:
        tile = self.tile_of(n)
        a = self.get_on(n.inputs[0], tile)
        b = self.get_on(n.inputs[1], tile)
        code = self.tc(tile)
        sa, sb, so = (self.g.shapes[t] for t in (n.inputs[0], n.inputs[1], n.output))
        tb = int(n.attrs.get("tb", 0))
        m, k = sa[-2], sa[-1]
        nn = so[-1]
        batch = int(math.prod(so[:-2]))
        if int(math.prod(sa[:-2])) != batch or int(math.prod(sb[:-2])) != batch:
            raise CompileError(f"matmul {n.name!r}: broadcasting over batch axes")
        out = code.alloc(batch * m * nn)
        for q in range(batch):
            code.li(1, out + q * m * nn)
            code.li(2, a + q * m * k)
            code.li(3, b + q * k * nn)
            code.emit("mmul", 1, 2, 3, tb, m, k, nn)
        self.produce(n.output, tile, out)

    def _gather(self, n: Node) -> None:
        """A data-movement node (transpose, broadcast, take, re-layout): the runs of
        consecutive input storage positions (:func:`gather_index`) copied by
        :meth:`~aimcsim.compiler.codegen_core.CodegenCore.copy_runs`; a gather that only
        repeats each source element is one outer product (:meth:`_repeat`)."""
        tile = self.tile_of(n)
        x = self.get_on(n.inputs[0], tile)
        code = self.tc(tile)
        idx = gather_index(self.g, n)
        out = code.alloc(idx.size)
        start, reps = _repeats(idx)
        if 1 < reps <= MMUL_MAX:
            self._repeat(code, out, x + start, idx.size // reps, reps)
            self.produce(n.output, tile, out)
            return
        self.copy_runs(code, n, copy_runs(idx), out, x)
        self.produce(n.output, tile, out)

    _op_transpose = _op_broadcast = _op_take = _gather

    def _repeat(self, code: TileCode, out: int, x: int, m: int, reps: int) -> None:
        """``out`` = each of the ``m`` elements from ``x`` repeated ``reps`` times (e.g. a
        per-row scale broadcast over the row): the outer product of ``x`` (m x 1) with a row
        of ones (1 x reps), one ``mmul`` per :data:`MMUL_MAX` rows."""
        ones = self.const_on(self.ones(reps), code.tile)
        for r0 in range(0, m, MMUL_MAX):
            code.li(1, out + r0 * reps)
            code.li(2, x + r0)
            code.li(3, ones)
            code.emit("mmul", 1, 2, 3, 0, min(MMUL_MAX, m - r0), 1, reps)

    def _op_reduce(self, n: Node) -> None:
        """Sum (or, ``kind`` "max", maximum) over ``count`` consecutive storage blocks of
        ``inner`` elements, for each of ``outer`` groups: one ``vsum`` per group (or a
        ``vcopy`` and ``count - 1`` ``vmax``), in a loop over the groups."""
        tile = self.tile_of(n)
        x = self.get_on(n.inputs[0], tile)
        code = self.tc(tile)
        outer, count, inner = (int(n.attrs[k]) for k in ("outer", "count", "inner"))
        if count > MAX_LEN or inner > MAX_LEN:
            raise CompileError(f"reduce {n.name!r}: {count} x {inner} exceeds the DPU limits")
        out = code.alloc(outer * inner)
        self.vsum_groups(code, out, x, outer, count, inner, n.attrs.get("kind", "sum"))
        self.produce(n.output, tile, out)

    def _op_concat(self, n: Node) -> None:
        """Concat: each input's rows copied into their columns of the output rows, row by
        row while there are few, else one copy loop per input (:func:`concat_runs`)."""
        tile = self.tile_of(n)
        addrs = [self.get_on(i, tile) for i in n.inputs]
        code = self.tc(tile)
        outer, inner, runs = concat_runs(self.g, n)
        total = sum(inner)
        out = code.alloc(outer * total)
        if outer * sum(-(-ln // MAX_LEN) for ln in inner) <= STRAIGHT_CONCAT_ROWS:
            for o in range(outer):
                off = 0
                for a, ln in zip(addrs, inner, strict=True):
                    code.vec("vcopy", out + o * total + off, (a + o * ln,), ln)
                    off += ln
        else:
            for a, r in zip(addrs, runs, strict=True):
                self.copy_runs(code, n, r, out, a)
        self.produce(n.output, tile, out)


def _repeats(idx: np.ndarray) -> tuple[int, int]:
    """``(start, reps)`` when gather ``idx`` repeats each of consecutive sources ``start,
    start+1, ...`` ``reps`` times in a row, else ``(0, 1)``."""
    if idx.size < 2:
        return 0, 1
    reps = int(np.argmax(idx != idx[0])) or idx.size
    if idx.size % reps:
        return 0, 1
    want = np.repeat(np.arange(idx[0], idx[0] + idx.size // reps), reps)
    return (int(idx[0]), reps) if np.array_equal(idx, want) else (0, 1)
