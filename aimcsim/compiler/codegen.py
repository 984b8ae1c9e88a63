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
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np

from aimcsim.compiler.emit import MAX_LEN, TileCode
from aimcsim.compiler.graph import Graph, Node, gather_index, physical_shape
from aimcsim.compiler.lstm import emit_lstm
from aimcsim.compiler.mapping import Block, LayerMap
from aimcsim.compiler.reduce import Merge, Partial, plan_reduction, recv_partial, send_partial
from aimcsim.compiler.tags import TagAllocator
from aimcsim.config.arch import ArchConfig
from aimcsim.errors import CompileError
from aimcsim.isa.program import Program, TileStream
from aimcsim.timing.latency import mesh_hops

if TYPE_CHECKING:
    from aimcsim.compiler.settings_plan import ReadConfig

CLIP_UNIT = 1024
"""Length of the ``vaffine`` vectors of :meth:`Codegen.affine_const` (clip bounds, average
scales; their parameters are constants of 2 x this many elements)."""

MAX_COPIES = 20000
"""Most ``vcopy`` runs one data-movement layer may emit (a guard against gathers that move
single elements over a large tensor)."""


def pool_geometry(shape: tuple[int, ...], pads: tuple[int, ...]) -> dict[str, int]:
    """Channels ``c``, input ``h``/``w``, padded ``hp``/``wp`` and top/left pads ``pt``/``pl``
    of a pooling input ``(C, H, W)`` with ONNX ``pads`` (top, left, bottom, right)."""
    c, h, w = shape
    return dict(
        c=c,
        h=h,
        w=w,
        hp=h + pads[0] + pads[2],
        wp=w + pads[1] + pads[3],
        pt=pads[0],
        pl=pads[1],
    )


def default_stream_budget(arch: ArchConfig) -> int:
    """Streaming budget tried first: 1/8 of the tile buffer (elements)."""
    return max(1, arch.tile.buffer.size_elements // 8)


class BufferOverflowError(CompileError):
    """The resident tensors and working sets of a tile exceed its buffer."""


@dataclass
class MemoryMap:
    """DRAM layout (addresses in elements): per-slot inputs and outputs, then constants."""

    top: int = 0
    inputs: dict[str, tuple[int, int]] = field(default_factory=dict)
    outputs: dict[str, tuple[int, int]] = field(default_factory=dict)
    constants: dict[str, tuple[int, int]] = field(default_factory=dict)

    def alloc(self, n: int) -> int:
        a = self.top
        self.top += int(n)
        return a


@dataclass
class Probe:
    """Where layer ``layer``'s output ``tensor`` can be read: ``tile`` buffer ``[addr,
    addr+length)`` right before instruction ``pc`` executes (once per slot).

    A *memory probe* (``space`` ``"sram"`` or ``"dram"``; a spilled output, see
    :mod:`aimcsim.compiler.streaming`) reads global memory ``[addr + s*stride, ... +
    length)`` for slot s at the end of the run instead (``tile`` is the layer's home tile,
    ``pc`` is -1): spill areas are bump-allocated and written only by their layer, so they
    still hold every slot's output then."""

    layer: int
    tensor: str
    tile: int
    pc: int
    addr: int
    length: int
    space: str = "buffer"
    stride: int = 0


@dataclass
class CodegenResult:
    program: Program
    memory: MemoryMap
    probes: list[Probe]
    buffer_elements: dict[int, int]
    layer_tiles: dict[str, list[int]]
    stream_budget: int
    """Activation tensors above this many elements were streamed through global memory."""


class Codegen:
    """Emit the program of a mapped graph; see the module docstring."""

    def __init__(
        self,
        g: Graph,
        arch: ArchConfig,
        maps: list[LayerMap],
        n_slots: int,
        isa_version: str,
        *,
        input_scales: dict[str, float] | None = None,
        read_configs: dict[str, ReadConfig] | None = None,
        probe_inputs: bool = False,
        stream_budget: int | None = None,
    ) -> None:
        self.g = g
        self.stream_budget = stream_budget or default_stream_budget(arch)
        """Activation tensors larger than this (elements) are streamed through global memory
        (:mod:`aimcsim.compiler.streaming`)."""
        self.input_scales = dict(input_scales or {})
        """Weight layer -> digital input scale ``s`` (static input-range calibration, see
        :mod:`aimcsim.compiler.calibrate`): the layer's input is multiplied by ``s`` before
        its MVMs and the MVM output by ``1/s`` in the post-MVM ``vaffine``."""
        self.read_configs = dict(read_configs or {})
        """Weight layer -> read configuration of its crossbars (per-layer settings, see
        :mod:`aimcsim.compiler.settings_plan`): one ``xcfg`` per crossbar after its ``xwin``."""
        self.probe_inputs = probe_inputs
        """Calibration pass: probe every analog layer's input as ``calib.in.<layer>``."""
        self.scaled: dict[tuple[str, float], str] = {}
        self.arch = arch
        self.maps = {m.node.name: m for m in maps}
        self.n_slots = n_slots
        self.isa_version = isa_version
        self.tiles: dict[int, TileCode] = {}
        self.mem = MemoryMap()
        self.where: dict[str, dict[int, int]] = {}  # tensor -> {tile: buffer address}
        self.home: dict[str, int] = {}  # tensor -> tile that produced it
        self.tags = TagAllocator()
        self.layer_ids = {n.name: i for i, n in enumerate(g.nodes)}
        self.layer_tiles: dict[str, set[int]] = {n.name: set() for n in g.nodes}
        self.param_buf: dict[tuple[str, int], int] = {}
        self.padded: dict[tuple[int, ...], int] = {}
        self.slices: dict[tuple[str, int, int, int], int] = {}
        from aimcsim.compiler.streaming import Spiller

        self.spiller = Spiller(self)
        """Activations kept in global memory and streamed (see
        :mod:`aimcsim.compiler.streaming`)."""

    # ----------------------------------------------------------------- helpers
    def tc(self, tile: int) -> TileCode:
        if tile not in self.tiles:
            self.tiles[tile] = TileCode(tile)
        code = self.tiles[tile]
        code.layer = self.cur_layer
        if self.cur_name:
            self.layer_tiles[self.cur_name].add(tile)
        return code

    cur_layer: int = -1
    cur_name: str = ""

    def new_tag(self, src: int, dst: int) -> int:
        """Tag of the next message from tile ``src`` to ``dst`` (see
        :mod:`aimcsim.compiler.tags`: emit its ``send`` and ``recv`` together)."""
        return self.tags.new(src, dst)

    def const_on(self, name: str, tile: int) -> int:
        """Buffer address of parameter ``name`` on ``tile``, loaded from DRAM once in ``pre``."""
        key = (name, tile)
        if key not in self.param_buf:
            addr, n = self.const_addr(name)
            code = self.tc(tile)
            buf = code.alloc(n)
            code.mem("ld", buf, addr, n, pre=True)
            self.param_buf[key] = buf
        return self.param_buf[key]

    def const_addr(self, name: str) -> tuple[int, int]:
        """DRAM address and size (elements) of parameter ``name`` (allocated on first use;
        the workload's tensors fill it before the run)."""
        if name not in self.mem.constants:
            size = self.g.params[name].size
            self.mem.constants[name] = (self.mem.alloc(size), size)
        return self.mem.constants[name]

    def get_on(self, tensor: str, tile: int) -> int:
        """Buffer address of activation ``tensor`` on ``tile``; sends it there if needed."""
        if tensor in self.g.params:
            return self.const_on(tensor, tile)
        locs = self.where[tensor]
        if tile in locs:
            return locs[tile]
        src = self.home[tensor]
        n = self.g.size(tensor)
        tag = self.new_tag(src, tile)
        self.tc(src).send(locs[src], tile, tag, n)
        code = self.tc(tile)
        addr = code.alloc(n)
        code.recv(addr, src, tag, n)
        locs[tile] = addr
        return addr

    def get_slice_on(self, tensor: str, tile: int, lo: int, hi: int) -> int:
        """Like :meth:`get_on` but only elements ``[lo, hi)`` are sent; returns a virtual base
        address (``base + lo`` is where element ``lo`` lands)."""
        locs = self.where[tensor]
        if tile in locs or tensor in self.g.params:
            return self.get_on(tensor, tile)
        key = (tensor, tile, lo, hi)
        if key not in self.slices:
            src = self.home[tensor]
            tag = self.new_tag(src, tile)
            self.tc(src).send(locs[src] + lo, tile, tag, hi - lo)
            code = self.tc(tile)
            addr = code.alloc(hi - lo)
            code.recv(addr, src, tag, hi - lo)
            self.slices[key] = addr - lo
        return self.slices[key]

    def produce(self, tensor: str, tile: int, addr: int) -> None:
        self.where[tensor] = {tile: addr}
        self.home[tensor] = tile
        code = self.tc(tile)
        if code.body:
            code.probe(tensor, addr, self.g.size(tensor))

    def tile_of(self, n: Node) -> int:
        acts = [i for i in n.inputs if i in self.home]
        if acts:
            return self.home[acts[0]]
        return 0

    def tile_with_room(self, tile: int, need: int) -> int:
        """``tile`` if ``need`` more buffer elements fit on it, else the nearest tile (mesh
        hops, then id) where they fit now: the place of a layer that reads and writes only
        global memory, so any tile can run it. ``tile`` when none has room."""
        cap = self.arch.tile.buffer.size_elements
        cols = self.arch.chip.mesh_cols

        def room(t: int) -> bool:
            return (self.tiles[t].top if t in self.tiles else 0) + need <= cap

        if room(tile):
            return tile
        free = [t for t in range(self.arch.chip.n_tiles) if room(t)]
        return min(free, key=lambda t: (mesh_hops(tile, t, cols), t), default=tile)

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
                raise BufferOverflowError(
                    f"tile {t} needs {code.top} buffer elements but tile.buffer.size_elements is "
                    f"{cap}; use fewer sample slots, a larger buffer (--set "
                    f"tile.buffer.size_elements={code.top}) or more tiles"
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
    def _geometry(self, n: Node) -> dict[str, int]:
        """im2col geometry: input map (C, H, W) padded to (Hp, Wp), kernel, stride, output."""
        x = n.inputs[0]
        if n.op == "conv":
            c, h, w = self.g.shapes[x]
            _, oh, ow = self.g.shapes[n.output]
            pt, pl, pb, pr = n.attrs["pads"]
            sh, sw = n.attrs["stride"]
            dh, dw = n.attrs["dilation"]
            return dict(
                c=c,
                h=h,
                w=w,
                hp=h + pt + pb,
                wp=w + pl + pr,
                pt=pt,
                pl=pl,
                kh=n.attrs["kh"],
                kw=n.attrs["kw"],
                sh=sh,
                sw=sw,
                dh=dh,
                dw=dw,
                oh=oh,
                ow=ow,
            )
        k = self.g.params[n.attrs["w"]].shape[1]
        pixels = self.g.size(x) // k
        return dict(
            c=k,
            h=pixels,
            w=1,
            hp=pixels,
            wp=1,
            pt=0,
            pl=0,
            kh=1,
            kw=1,
            sh=1,
            sw=1,
            dh=1,
            dw=1,
            oh=pixels,
            ow=1,
        )

    def _op_dense(self, n: Node) -> None:
        self._weight_layer(n)

    def _op_conv(self, n: Node) -> None:
        self._weight_layer(n)

    def _weight_layer(self, n: Node) -> None:
        m = self.maps[n.name]
        geo = self._geometry(n)
        n_out = m.n_out
        pixels = geo["oh"] * geo["ow"]
        if not m.analog:
            self._digital_dense(n, geo, n_out)
            return
        x_in = self._scaled_input(n, geo)
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
                t: self._input_on(x_in, t, per_tile[t], single)
                for t in self._scatter_order(x_in, tiles)
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
                self._pixel_loop(self.tc(t), geo, xins[t], per_tile[t], base, n_out, oy0, oy1)
            self.reduce_partials(merges, partial, self.merge_scratch(merges))
            if home != home0:
                tag = self.new_tag(home, home0)
                self.tc(home).send(acc, home0, tag, span)
                self.tc(home0).recv(out_addr + p0 * n_out, home, tag, span)
        self._bias(n, home0, out_addr, pixels, n_out)
        self.produce(n.output, home0, out_addr)

    def _scatter_order(self, x: str, tiles: list[int]) -> list[int]:
        """Tiles of a split layer in the order their inputs are sent: farthest from the
        input's tile first (the sender's network interface sends one message at a time),
        the layer's home tile last."""
        src = self.home.get(x, tiles[0])
        cols = self.arch.chip.mesh_cols
        remote = sorted(tiles[1:], key=lambda t: -mesh_hops(src, t, cols))
        return [*remote, tiles[0]]

    def _input_on(self, x: str, tile: int, blocks: list[Block], single: bool) -> int:
        """Address (virtual base) of the input of ``blocks`` on ``tile``: only the rows they
        read for a single-vector dense layer, the whole tensor otherwise."""
        if single:
            lo, hi = min(b.row0 for b in blocks), max(b.row1 for b in blocks)
            return self.get_slice_on(x, tile, lo, hi)
        return self.get_on(x, tile)

    def plan_partials(
        self, home: int, per_tile: dict[int, list[Block]], single: bool, span: int
    ) -> list[Merge]:
        """How the partial outputs of a split layer reach ``home`` (see
        :mod:`aimcsim.compiler.reduce`): a single-vector dense layer sends only the columns
        each tile computed, other layers the whole span."""

        def cols(blocks: list[Block]) -> tuple[int, int]:
            if not single:
                return 0, span
            return min(b.col0 for b in blocks), max(b.col1 for b in blocks)

        parts = [Partial(t, *cols(bs)) for t, bs in per_tile.items() if t != home]
        return plan_reduction(home, [cols(per_tile[home])], parts, self.arch)

    @staticmethod
    def needs_zero(
        home: int, merges: list[Merge], blocks: list[Block], single: bool, n_out: int
    ) -> bool:
        """Whether ``home`` must zero its output before partials are added in: some added
        range holds columns that no block of ``home`` writes."""
        written = sorted((b.col0, b.col1) for b in blocks)
        for mg in merges:
            if mg.dst != home or mg.direct:
                continue
            lo, hi = (mg.lo, mg.hi) if single else (0, n_out)
            for c0, c1 in written:
                if c0 <= lo < c1:
                    lo = c1
            if lo < hi:
                return True
        return False

    def reduce_partials(
        self,
        merges: list[Merge],
        partial: dict[int, int],
        scratch: dict[Merge, int],
        span: int | None = None,
    ) -> None:
        """Emit ``merges`` in straight-line code: ``partial[t]`` is the address of element 0
        of tile ``t``'s partial output, ``scratch`` from :meth:`merge_scratch`; ``span``
        clips every range (a shorter last band of a streamed layer)."""
        for mg in merges:
            buf = scratch.get(mg, -1)
            if span is not None and mg.hi > span:
                mg = replace(mg, hi=span)
            tag = self.new_tag(mg.src, mg.dst)
            send_partial(self.tc(mg.src), mg, tag, partial[mg.src])
            recv_partial(self.tc(mg.dst), mg, tag, partial[mg.dst], buf)

    def merge_scratch(self, merges: list[Merge], shared: bool = False) -> dict[Merge, int]:
        """Scratch buffer of every merge that is added on its receiver. A receiver gets one
        buffer per incoming message (so messages are taken as they arrive) when they fit
        the streaming budget together and not ``shared``, else one buffer for all."""
        incoming: dict[int, list[Merge]] = {}
        for mg in merges:
            if not mg.direct:
                incoming.setdefault(mg.dst, []).append(mg)
        scratch: dict[Merge, int] = {}
        for dst, ms in incoming.items():
            code = self.tc(dst)
            if not shared and sum(mg.hi - mg.lo for mg in ms) <= self.stream_budget:
                scratch.update((mg, code.alloc(mg.hi - mg.lo)) for mg in ms)
            else:
                one = code.alloc(max(mg.hi - mg.lo for mg in ms))
                scratch.update((mg, one) for mg in ms)
        return scratch

    def _scaled_input(self, n: Node, geo: dict[str, int]) -> str:
        """The tensor the crossbars of analog layer ``n`` read: its input, or (static
        input-range calibration) the input times the layer's scale ``s``, computed once per
        (tensor, scale) with a ``vaffine`` (scale ``s``, offset 0) on the input's home tile.
        In the calibration pass, probes the input instead."""
        x = n.inputs[0]
        if self.probe_inputs:
            tile = self.home[x]
            pname = f"calib.in.{n.name}"
            self.g.shapes[pname] = (self.g.size(x),)
            self.tc(tile).probe(pname, self.where[x][tile], self.g.size(x))
        s = self.input_scales.get(n.name)
        if s is None:
            return x
        key = (x, float(s))
        if key in self.scaled:
            return self.scaled[key]
        tile = self.home[x]
        src = self.where[x][tile]
        ch = geo["c"]
        size = self.g.size(x)
        pname = f"{n.name}.in_scale"
        self.g.params[pname] = np.concatenate([np.full(ch, s), np.zeros(ch)]).astype(np.float32)
        p = self.const_on(pname, tile)
        code = self.tc(tile)
        out = code.alloc(size)
        self._per_pixel(code, "vaffine", out, src, p, size // ch, ch)
        name = f"{x}@scaled.{n.name}"
        self.g.shapes[name] = self.g.shapes[x]
        self.g.layouts[name] = self.g.layout(x)
        self.where[name] = {tile: out}
        self.home[name] = tile
        self.scaled[key] = name
        return name

    def _bias(self, n: Node, tile: int, addr: int, pixels: int, n_out: int) -> None:
        """The post-MVM ``vaffine``: adds the bias and, for a layer with a calibrated input
        range, multiplies by ``1/s`` (undoing the input scale; a scale-only ``vaffine`` when
        the layer has no bias)."""
        s = self.input_scales.get(n.name)
        if s is not None:
            b = (
                self.g.params[n.attrs["b"]].reshape(-1)
                if n.attrs.get("b")
                else np.zeros(n_out, dtype=np.float32)
            )
            pname = f"{n.name}.out_scale"
            self.g.params[pname] = np.concatenate([np.full(b.size, 1.0 / s), b]).astype(np.float32)
            p = self.const_on(pname, tile)
            self._per_pixel(self.tc(tile), "vaffine", addr, addr, p, pixels, n_out)
            return
        if not n.attrs.get("b"):
            return
        b = self.g.params[n.attrs["b"]].reshape(-1)
        pname = f"{n.attrs['b']}.affine"
        if pname not in self.g.params:
            self.g.params[pname] = np.concatenate([np.ones_like(b), b]).astype(np.float32)
        p = self.const_on(pname, tile)
        self._per_pixel(self.tc(tile), "vaffine", addr, addr, p, pixels, n_out)

    def _per_pixel(
        self, code: TileCode, mnem: str, dst: int, src: int, p: int, pixels: int, n: int
    ) -> None:
        """``mnem rd, ra, rp, n`` for each of ``pixels`` consecutive vectors of ``n``."""
        if n > MAX_LEN:
            raise CompileError(f"vector of {n} elements exceeds the DPU limit {MAX_LEN}")
        if pixels <= 4:
            for q in range(pixels):
                code.li(1, dst + q * n)
                code.li(2, src + q * n)
                code.li(3, p)
                code.emit(mnem, 1, 2, 3, n)
            return
        code.li(8, 0)
        code.li(9, dst)
        code.li(10, src)
        code.li(3, p)
        top = code.here()
        code.emit(mnem, 9, 10, 3, n)
        code.emit("addi", 9, 9, n)
        code.emit("addi", 10, 10, n)
        code.loop_end(8, pixels, top)

    def _padded(self, code: TileCode, geo: dict[str, int], xin: int) -> int:
        """Copy the input map into a zero-padded map when the layer pads; returns its address."""
        c, h, w, hp, wp = geo["c"], geo["h"], geo["w"], geo["hp"], geo["wp"]
        if hp == h and wp == w:
            return xin
        key = (code.tile, xin, hp, wp, geo["pt"], geo["pl"])
        if key in self.padded:
            return self.padded[key]
        dst = code.alloc(hp * wp * c)
        self.padded[key] = dst
        for y in range(h):
            code.vec(
                "vcopy", dst + ((y + geo["pt"]) * wp + geo["pl"]) * c, (xin + y * w * c,), w * c
            )
        return dst

    def _pixel_loop(
        self,
        code: TileCode,
        geo: dict[str, int],
        xin: int,
        blocks: list,
        out_base: int,
        n_out: int,
        oy0: int,
        oy1: int,
        patch: int | None = None,
    ) -> None:
        """im2col + MVMs over output rows ``[oy0, oy1)`` into ``out_base + p * n_out``
        (``patch``: a preallocated im2col patch buffer, allocated here when None)."""
        c, wp, kh, kw = geo["c"], geo["wp"], geo["kh"], geo["kw"]
        src = self._padded(code, geo, xin)
        if kh * kw == 1:
            patch = None
        elif patch is None:
            patch = code.alloc(kh * kw * c)
            if kw * c > MAX_LEN:
                raise CompileError("a kernel row longer than 65535 elements")
        ow = geo["ow"]
        blocks = sorted(blocks, key=lambda b: (b.col0, b.row0))
        loop_y = oy1 - oy0 > 1
        loop_x = ow > 1
        code.li(10, src + oy0 * geo["sh"] * wp * c)  # input row base
        code.li(12, out_base + oy0 * ow * n_out)  # output pixel address
        if loop_y:
            code.li(8, oy0)  # output row
        outer = code.here()
        if loop_x:
            code.li(9, 0)  # output column
        code.emit("addi", 11, 10, 0)  # input pixel address
        inner = code.here()
        if patch is not None:
            for dy in range(kh):
                if geo["dw"] == 1:
                    code.emit("addi", 1, 11, dy * geo["dh"] * wp * c)
                    code.li(2, patch + dy * kw * c)
                    code.emit("vcopy", 2, 1, kw * c)
                else:
                    for dx in range(kw):
                        code.emit("addi", 1, 11, (dy * geo["dh"] * wp + dx * geo["dw"]) * c)
                        code.li(2, patch + (dy * kw + dx) * c)
                        code.emit("vcopy", 2, 1, c)
        seen: set[int] = set()
        for b in blocks:
            if patch is not None:
                code.li(4, patch + b.row0)
            else:
                code.emit("addi", 4, 11, b.row0)
            code.emit("addi", 5, 12, b.col0)
            code.emit("mvm", b.xb, 4, 5, 1 if b.col0 in seen else 0)
            seen.add(b.col0)
        if loop_x:
            code.emit("addi", 11, 11, geo["sw"] * c)
            code.emit("addi", 12, 12, n_out)
            code.loop_end(9, ow, inner)
        elif loop_y:
            code.emit("addi", 12, 12, n_out)
        if loop_y:
            code.emit("addi", 10, 10, geo["sh"] * wp * c)
            code.loop_end(8, oy1, outer)

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
        self._bias(n, tile, out, rows, n_out)
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

    def _op_clip(self, n: Node) -> None:
        tile = self.tile_of(n)
        x = self.get_on(n.inputs[0], tile)
        code = self.tc(tile)
        size = self.g.size(n.output)
        out = code.alloc(size)
        tmp = code.alloc(size) if math.isfinite(n.attrs["hi"]) else -1
        self.clip_chunk(n, code, out, x, tmp, size)
        self.produce(n.output, tile, out)

    def clip_chunk(self, n: Node, code: TileCode, out: int, x: int, tmp: int, ln: int) -> None:
        """``out = clip(x, lo, hi)`` over ``ln`` elements as ``relu(x - lo) - relu(x - hi) +
        lo`` (a missing bound drops its term; ``tmp``: ``ln`` elements of scratch)."""
        lo, hi = float(n.attrs["lo"]), float(n.attrs["hi"])
        if math.isfinite(lo):
            if lo:
                self.affine_const(code, out, x, 1.0, -lo, ln)
            code.vec("vrelu", out, (out if lo else x,), ln)
        if math.isfinite(hi):
            self.affine_const(code, tmp, x, 1.0, -hi, ln)
            code.vec("vrelu", tmp, (tmp,), ln)
            code.vec("vsub", out, (out if math.isfinite(lo) else x, tmp), ln)
        if math.isfinite(lo):
            self.affine_const(code, out, out, 1.0, lo, ln)

    def affine_const(
        self, code: TileCode, dst: int, src: int, scale: float, offset: float, ln: int
    ) -> None:
        """``dst = src * scale + offset`` over ``ln`` elements (``vaffine`` in units of at
        most :data:`CLIP_UNIT`, with constants shared by every layer that uses the same
        numbers; nothing when it is the identity in place)."""
        if scale == 1.0 and offset == 0.0:
            if dst != src:
                code.vec("vcopy", dst, (src,), ln)
            return
        unit = min(ln, CLIP_UNIT)
        full = ln // unit * unit
        for length, count, off in ((unit, ln // unit, 0), (ln - full, 1, full)):
            if count and length:
                pname = f"affine{scale!r},{offset!r}.{length}"
                if pname not in self.g.params:
                    self.g.params[pname] = np.concatenate(
                        [np.full(length, scale), np.full(length, offset)]
                    ).astype(np.float32)
                p = self.const_on(pname, code.tile)
                self._per_pixel(code, "vaffine", dst + off, src + off, p, count, length)

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
            self._per_pixel(code, mnem, out, a, b, size // period, period)
        else:
            code.vec(mnem, out, (a, b), size)
        self.produce(n.output, tile, out)

    def _op_add(self, n: Node) -> None:
        self._binary(n, "vadd")

    def _op_mul(self, n: Node) -> None:
        self._binary(n, "vmul")

    def _op_affine(self, n: Node) -> None:
        tile = self.tile_of(n)
        x = self.get_on(n.inputs[0], tile)
        p = self.const_on(n.attrs["params"], tile)
        code = self.tc(tile)
        size = self.g.size(n.output)
        ch = self.g.params[n.attrs["params"]].size // 2
        out = code.alloc(size)
        self._per_pixel(code, "vaffine", out, x, p, size // ch, ch)
        self.produce(n.output, tile, out)

    def _op_lstm(self, n: Node) -> None:
        emit_lstm(self, n)

    def _op_slice(self, n: Node) -> None:
        """A contiguous range of a tensor's storage: no data movement, an address offset."""
        src = n.inputs[0]
        tile = self.home[src]
        self.produce(n.output, tile, self.where[src][tile] + int(n.attrs["start"]))

    def _op_reshape(self, n: Node) -> None:
        src = n.inputs[0]
        self.where[n.output] = self.where[src]
        self.home[n.output] = self.home[src]

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
        src = self._padded(code, geo, x)
        wp = geo["wp"]
        out = code.alloc(oh * ow * c)
        code.pool_rows(src, out, oh, ow, c, (kw, kh, sw, sh), op, wp)
        self.produce(n.output, tile, out)

    def _op_maxpool(self, n: Node) -> None:
        self._pool(n, 0)

    def _op_avgpool(self, n: Node) -> None:
        self._pool(n, 1)

    def _op_gap(self, n: Node) -> None:
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
        """A data-movement node (transpose, broadcast, take, re-layout): one ``vcopy`` per
        run of consecutive input storage positions (:func:`gather_index`)."""
        tile = self.tile_of(n)
        x = self.get_on(n.inputs[0], tile)
        code = self.tc(tile)
        idx = gather_index(self.g, n)
        out = code.alloc(idx.size)
        runs = _runs(idx)
        if len(runs) > MAX_COPIES:
            raise CompileError(f"{n.op} {n.name!r} needs {len(runs)} copies; not supported")
        for dst, srcs, ln in runs:
            code.li(1, out + dst)
            code.li(2, x + srcs)
            code.emit("vcopy", 1, 2, ln)
        self.produce(n.output, tile, out)

    _op_transpose = _op_broadcast = _op_take = _gather

    def _op_reduce(self, n: Node) -> None:
        """Sum over ``count`` consecutive storage blocks of ``inner`` elements, for each of
        ``outer`` groups: one ``vsum`` per group (a loop)."""
        tile = self.tile_of(n)
        x = self.get_on(n.inputs[0], tile)
        code = self.tc(tile)
        outer, count, inner = (int(n.attrs[k]) for k in ("outer", "count", "inner"))
        if count > MAX_LEN or inner > MAX_LEN:
            raise CompileError(f"reduce {n.name!r}: {count} x {inner} exceeds the DPU limits")
        out = code.alloc(outer * inner)
        code.li(8, 0)
        code.li(9, out)
        code.li(10, x)
        top = code.here()
        code.emit("vsum", 9, 10, count, inner)
        code.emit("addi", 9, 9, inner)
        code.emit("addi", 10, 10, count * inner)
        code.loop_end(8, outer, top)
        self.produce(n.output, tile, out)

    def _op_concat(self, n: Node) -> None:
        tile = self.tile_of(n)
        addrs = [self.get_on(i, tile) for i in n.inputs]
        code = self.tc(tile)
        axis = n.attrs["axis"]
        lay = self.g.layout(n.output)
        shapes = [physical_shape(self.g.shapes[i], lay) for i in n.inputs]
        outer = int(math.prod(shapes[0][:axis]))
        inner = [int(math.prod(s[axis:])) for s in shapes]
        total = sum(inner)
        out = code.alloc(outer * total)
        if outer * len(inner) > MAX_COPIES:
            raise CompileError(f"concat {n.name!r} needs too many copies")
        for o in range(outer):
            off = 0
            for a, ln in zip(addrs, inner, strict=True):
                code.vec("vcopy", out + o * total + off, (a + o * ln,), ln)
                off += ln
        self.produce(n.output, tile, out)


def _runs(idx: np.ndarray) -> list[tuple[int, int, int]]:
    """Maximal runs ``(dst, src, length)`` with consecutive sources of a gather ``idx``, cut
    into pieces of at most MAX_LEN."""
    breaks = (np.flatnonzero(np.diff(idx) != 1) + 1).tolist()
    runs = []
    for start, end in zip([0, *breaks], [*breaks, idx.size], strict=True):
        for a in range(start, end, MAX_LEN):
            runs.append((a, int(idx[a]), min(MAX_LEN, end - a)))
    return runs
