"""The state and the emission helpers that every code generator shares.

:class:`CodegenCore` holds what the op generators of :mod:`~aimcsim.compiler.codegen`,
:mod:`~aimcsim.compiler.streaming` and :mod:`~aimcsim.compiler.lstm` read and extend: the
per-tile code, the DRAM memory map, where each tensor lives, message tags and constants, and
the helpers they all emit through (sending tensors between tiles, per-pixel DPU loops,
constant affine maps, the im2col pixel loop of a weight layer and the reduction of its
partial sums). :class:`~aimcsim.compiler.codegen.Codegen` adds the driver and the resident
op generators on top; the streamed generators take a core, so the compiler's modules form a
DAG (core <- lstm, streaming <- codegen).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import numpy as np

from aimcsim.compiler.emit import MAX_LEN, R_SLOT, TileCode
from aimcsim.compiler.gather_nest import (
    MAX_NEST_INSTRUCTIONS,
    Body,
    CopyNest,
    IrregularGather,
    Sink,
    copy_nest,
    cut_runs,
    emit_nest,
    ld_body,
    nest_size,
    vcopy_body,
)
from aimcsim.compiler.geometry import patch_elements
from aimcsim.compiler.graph import Graph, Node
from aimcsim.compiler.mapping import Block, LayerMap
from aimcsim.compiler.reduce import Merge, Partial, plan_reduction, recv_partial, send_partial
from aimcsim.compiler.row_copies import ROW_COPIES_ATTR
from aimcsim.compiler.tags import TagAllocator
from aimcsim.config.arch import ArchConfig
from aimcsim.errors import CompileError
from aimcsim.timing.latency import mesh_hops

if TYPE_CHECKING:
    from aimcsim.compiler.settings_plan import ReadConfig

CLIP_UNIT = 1024
"""Length of the ``vaffine`` vectors of :meth:`Codegen.affine_const` (clip bounds, average
scales; their parameters are constants of 2 x this many elements)."""


class BufferTooSmallError(CompileError):
    """The tile buffer cannot hold what one try of the code generator placed on a tile;
    ``elements`` is the buffer size (elements) that try needed."""

    def __init__(self, message: str, elements: int) -> None:
        super().__init__(message)
        self.elements = elements


def default_stream_budget(arch: ArchConfig) -> int:
    """Streaming budget tried first: 1/8 of the tile buffer (elements)."""
    return max(1, arch.tile.buffer.size_elements // 8)


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


class CodegenCore:
    """Code-generation state and shared emission helpers (see the module docstring)."""

    def __init__(
        self,
        g: Graph,
        arch: ArchConfig,
        maps: list[LayerMap],
        n_slots: int,
        isa_version: str,
        *,
        input_scales: dict[str, float] | None = None,
        input_clips: dict[str, float] | None = None,
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
        self.input_clips = dict(input_clips or {})
        """Weight layer -> input range ``r`` that the program enforces by clipping the input to
        ``[-r, r]`` before its MVMs (a chip whose noise management rescales every input
        vector, so that scaling would be undone; see :mod:`aimcsim.compiler.settings_plan`)."""
        self.read_configs = dict(read_configs or {})
        """Weight layer -> read configuration of its crossbars (per-layer settings, see
        :mod:`aimcsim.compiler.settings_plan`): one ``xcfg`` per crossbar after its ``xwin``."""
        self.probe_inputs = probe_inputs
        """Calibration pass: probe every analog layer's input as ``calib.in.<layer>``."""
        self.scaled: dict[tuple[str, float, float], str] = {}
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
        self.padded_maps: dict[tuple[int, ...], int] = {}
        self.slices: dict[tuple[str, int, int, int], int] = {}

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

    def alias(self, tensor: str, src: str) -> None:
        """``tensor`` is ``src`` under another shape (a reshape): same tiles and addresses."""
        self.where[tensor] = self.where[src]
        self.home[tensor] = self.home[src]

    def vsum_groups(
        self,
        code: TileCode,
        dst: int,
        src: int,
        groups: int,
        count: int,
        inner: int,
        kind: str = "sum",
    ) -> None:
        """For each of ``groups`` consecutive groups of ``count`` x ``inner`` elements at
        ``src``: the sum (``vsum``) or, ``kind`` "max", the maximum (a ``vcopy`` of the first
        block, then ``vmax`` with each other) of its ``count`` blocks into ``inner`` elements
        at ``dst`` (one per group, consecutive; r1-r3 for one group, a loop over r8-r11 for
        several)."""
        if groups == 1:
            code.li(1, dst)
            code.li(2, src)
            self._reduce_group(code, (1, 2, 3), count, inner, kind)
            return
        code.li(8, 0)
        code.li(9, dst)
        code.li(10, src)
        top = code.here()
        self._reduce_group(code, (9, 10, 11), count, inner, kind)
        code.emit("addi", 9, 9, inner)
        code.emit("addi", 10, 10, count * inner)
        code.loop_end(8, groups, top)

    @staticmethod
    def _reduce_group(
        code: TileCode, regs: tuple[int, int, int], count: int, inner: int, kind: str
    ) -> None:
        """One group of :meth:`vsum_groups`, from the address in register ``src`` into the
        one in ``dst`` (``regs``: dst, src, a scratch register)."""
        dst, src, tmp = regs
        if kind == "max":
            code.emit("vcopy", dst, src, inner)
            for c in range(1, count):
                code.emit("addi", tmp, src, c * inner)
                code.emit("vmax", dst, dst, tmp, inner)
        else:
            code.emit("vsum", dst, src, count, inner)

    def copy_runs(
        self,
        code: TileCode,
        n: Node,
        runs: tuple[np.ndarray, np.ndarray, np.ndarray],
        dst: int,
        src: int,
        memory: tuple[int, int] | None = None,
    ) -> None:
        """Copy the runs ``(dst, src, length)`` of data-movement layer ``n`` (offsets in
        elements) from source address ``src`` to buffer address ``dst`` on ``code``'s tile.
        The source is the tile buffer, or with ``memory`` = (space, slot stride) global
        memory (``ld``; the slot's area at ``src + s * stride``). Each run is one straight
        copy while that is the shorter program (``li``, ``li``, ``vcopy`` or one
        :meth:`~aimcsim.compiler.emit.TileCode.mem` load), else the runs are written as
        the loop nest of :mod:`aimcsim.compiler.gather_nest`. A nest longer than
        :data:`~aimcsim.compiler.gather_nest.MAX_NEST_INSTRUCTIONS` (an irregular gather)
        is a CompileError."""
        pieces = cut_runs(*runs)
        nest = self.copy_plan(n, runs, len(pieces[0]), memory)
        if nest is None:
            for d, s, ln in zip(*(a.tolist() for a in pieces), strict=True):
                if memory is None:
                    code.li(1, dst + d)
                    code.li(2, src + s)
                    code.emit("vcopy", 1, 2, ln)
                else:
                    code.mem("ld", dst + d, src + s, ln, slot_stride=memory[1], space=memory[0])
            return
        repeat = max(sg.repeat for sg in nest.levels[-1])
        ones = self.const_on(self.ones(repeat), code.tile) if repeat > 1 else -1
        body = Body(vcopy_body if memory is None else ld_body(memory[0]), ones)

        def root(sink: Sink, reg: int, off: int) -> None:
            if memory is None or not memory[1]:
                sink.emit("li", reg, src + off)
                return
            sink.emit("li", reg, memory[1])
            sink.emit("mul", reg, R_SLOT, reg)
            sink.emit("addi", reg, reg, src + off)

        emit_nest(code, nest, body, dst, root)

    @staticmethod
    def copy_plan(
        n: Node,
        runs: tuple[np.ndarray, np.ndarray, np.ndarray],
        pieces: int,
        memory: tuple[int, int] | None = None,
    ) -> CopyNest | None:
        """How :meth:`copy_runs` writes the runs of layer ``n`` (``pieces`` of them after
        cutting at the vector limit): their loop nest, or None for one straight copy per
        piece when that program is not longer. CompileError (naming the layer and its
        operator) when both exceed :data:`~aimcsim.compiler.gather_nest.MAX_NEST_INSTRUCTIONS`
        instructions: a gather without loop structure (a large random permutation)."""
        straight = pieces * (3 if memory is None or not memory[1] else 5)
        nest: CopyNest | None = None
        try:
            nest = copy_nest(runs, repeats=memory is None)
            copy = vcopy_body if memory is None else ld_body(memory[0])
            looped = nest_size(nest, Body(copy, 0))
        except IrregularGather:
            looped = MAX_NEST_INSTRUCTIONS + 1
        if min(straight, looped) > MAX_NEST_INSTRUCTIONS:
            source = f" (op {n.source_op})" if n.source_op else ""
            raise CompileError(
                f"{n.op} {n.name!r}{source}: its {pieces} copy runs have too little loop "
                f"structure and would take {min(straight, looped)} instructions (at most "
                f"{MAX_NEST_INSTRUCTIONS}); a gather this irregular is not supported"
            )
        return None if straight <= looped else nest

    def ones(self, n: int) -> str:
        """Name of a constant of ``n`` ones (the right operand of an outer-product repeat)."""
        name = f"ones.{n}"
        if name not in self.g.params:
            self.g.params[name] = np.ones(n, dtype=np.float32)
        return name

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

    def scatter_order(self, x: str, tiles: list[int]) -> list[int]:
        """Tiles of a split layer in the order their inputs are sent: farthest from the
        input's tile first (the sender's network interface sends one message at a time),
        the layer's home tile last."""
        src = self.home.get(x, tiles[0])
        cols = self.arch.chip.mesh_cols
        remote = sorted(tiles[1:], key=lambda t: -mesh_hops(src, t, cols))
        return [*remote, tiles[0]]

    def input_on(self, x: str, tile: int, blocks: list[Block], single: bool) -> int:
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

    def scaled_input(self, n: Node, geo: dict[str, int]) -> str:
        """The tensor the crossbars of analog layer ``n`` read: its input, or (static input
        range) the input times the layer's scale ``s`` (a ``vaffine``, scale ``s``, offset 0),
        or (enforced input range ``r``) the input clipped to ``[-r, r]``; computed once per
        (tensor, scale, range) on the input's home tile. In the calibration pass, probes the
        input instead."""
        x = n.inputs[0]
        if self.probe_inputs:
            tile = self.home[x]
            pname = f"calib.in.{n.name}"
            self.g.shapes[pname] = (self.g.size(x),)
            self.tc(tile).probe(pname, self.where[x][tile], self.g.size(x))
        s = self.input_scales.get(n.name)
        r = self.input_clips.get(n.name)
        if s is None and r is None:
            return x
        key = (x, float(s or 1.0), float(r or 0.0))
        if key in self.scaled:
            return self.scaled[key]
        tile = self.home[x]
        src = self.where[x][tile]
        ch = geo["c"]
        size = self.g.size(x)
        code = self.tc(tile)
        out = code.alloc(size)
        if r is not None:
            self.clip_range(code, out, src, code.alloc(size), size, -r, r)
            src = out
        if s is not None:
            pname = f"{n.name}.in_scale"
            self.g.params[pname] = np.concatenate([np.full(ch, s), np.zeros(ch)]).astype(np.float32)
            p = self.const_on(pname, tile)
            self.per_pixel(code, "vaffine", out, src, p, size // ch, ch)
        name = f"{x}@scaled.{n.name}"
        self.g.shapes[name] = self.g.shapes[x]
        self.g.layouts[name] = self.g.layout(x)
        self.where[name] = {tile: out}
        self.home[name] = tile
        self.scaled[key] = name
        return name

    def bias(self, n: Node, tile: int, addr: int, pixels: int, n_out: int) -> None:
        """The post-MVM ``vaffine``: adds the bias and multiplies by the layer's output scale
        ``1/(s k)``: ``s`` its calibrated input scale (undoing it), ``k`` its row copies
        (:mod:`aimcsim.compiler.row_copies`, whose MVM gives ``k`` times the product); a
        scale-only ``vaffine`` when the layer has no bias; a bias-only one when neither
        applies."""
        s = self.input_scales.get(n.name, 1.0)
        k = int(n.attrs.get(ROW_COPIES_ATTR, 1))
        if k != 1 or n.name in self.input_scales:
            b = (
                self.g.params[n.attrs["b"]].reshape(-1)
                if n.attrs.get("b")
                else np.zeros(n_out, dtype=np.float32)
            )
            pname = f"{n.name}.out_scale"
            scale = 1.0 / (s * k)
            self.g.params[pname] = np.concatenate([np.full(b.size, scale), b]).astype(np.float32)
            p = self.const_on(pname, tile)
            self.per_pixel(self.tc(tile), "vaffine", addr, addr, p, pixels, n_out)
            return
        if not n.attrs.get("b"):
            return
        b = self.g.params[n.attrs["b"]].reshape(-1)
        pname = f"{n.attrs['b']}.affine"
        if pname not in self.g.params:
            self.g.params[pname] = np.concatenate([np.ones_like(b), b]).astype(np.float32)
        p = self.const_on(pname, tile)
        self.per_pixel(self.tc(tile), "vaffine", addr, addr, p, pixels, n_out)

    def per_pixel(
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

    def padded_map(self, code: TileCode, geo: dict[str, int], xin: int) -> int:
        """Copy the input map into a zero-padded map when the layer pads; returns its address."""
        c, h, w, hp, wp = geo["c"], geo["h"], geo["w"], geo["hp"], geo["wp"]
        if hp == h and wp == w:
            return xin
        key = (code.tile, xin, hp, wp, geo["pt"], geo["pl"])
        if key in self.padded_maps:
            return self.padded_maps[key]
        dst = code.alloc(hp * wp * c)
        self.padded_maps[key] = dst
        for y in range(h):
            code.vec(
                "vcopy", dst + ((y + geo["pt"]) * wp + geo["pl"]) * c, (xin + y * w * c,), w * c
            )
        return dst

    def pixel_loop(
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
        src = self.padded_map(code, geo, xin)
        one_patch = kh * kw * c
        copies = geo["patch_copies"]
        if kh * kw == 1:
            patch = None
        elif patch is None:
            patch = code.alloc(patch_elements(geo))
            if kw * c > MAX_LEN:
                raise CompileError("a kernel row longer than 65535 elements")
        if copies > 1 and one_patch > MAX_LEN:
            raise CompileError(
                f"row copies of an im2col patch of {one_patch} elements: longer than a vcopy "
                f"({MAX_LEN})"
            )
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
            for j in range(1, copies):  # row copies read the patch again
                code.li(1, patch)
                code.li(2, patch + j * one_patch)
                code.emit("vcopy", 2, 1, one_patch)
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

    def clip_chunk(self, n: Node, code: TileCode, out: int, x: int, tmp: int, ln: int) -> None:
        """``out = clip(x, lo, hi)`` over ``ln`` elements with the bounds of clip node ``n``
        (see :meth:`clip_range`)."""
        self.clip_range(code, out, x, tmp, ln, float(n.attrs["lo"]), float(n.attrs["hi"]))

    def clip_range(
        self, code: TileCode, out: int, x: int, tmp: int, ln: int, lo: float, hi: float
    ) -> None:
        """``out = clip(x, lo, hi)`` over ``ln`` elements as ``relu(x - lo) - relu(x - hi) +
        lo`` (an infinite bound drops its term; ``tmp``: ``ln`` elements of scratch)."""
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
                self.per_pixel(code, "vaffine", dst + off, src + off, p, count, length)
