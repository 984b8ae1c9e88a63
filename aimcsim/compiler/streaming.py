"""Activation spilling: tensors too large for a tile buffer live in global memory and are streamed.

Scheme (simple, layer-granular):

* Budget: ``B = tile.buffer.size_elements // 8``. An activation tensor with more than ``B``
  elements is *big*. A model without big tensors compiles exactly as before (nothing here is
  used). When the resident tensors of some tile then overflow its buffer, the compiler tries
  again with ``B`` halved (more tensors streamed) until the program fits or ``B`` reaches one
  element (:func:`aimcsim.compiler.compile.compile_graph`).
* A big graph input stays where the host put it (DRAM) and is streamed by its consumers. A
  node is *streamed* when one of its inputs is spilled or its output is big; the output of a
  streamed node is always spilled: it gets a per-slot area in global SRAM when
  ``memory.sram_bytes`` has room left (bump allocation), else in DRAM (a graph output uses its
  DRAM output area directly). Small inputs of a streamed node stay resident (``get_on``).
* Conv / dense (im2col): output rows (pixels for dense) are processed in bands of ``bh`` rows,
  ``bh`` the largest count whose working set (padded input rows of the band, im2col patch,
  output band, partial-sum band) fits ``B`` (at least 1; when even one output row does not fit
  in the whole buffer, a CompileError gives the numbers). Per band, every tile holding blocks of
  the replica ``ld``s the input rows the band needs (one ``ld`` per row when padded, pads stay
  zero: interior columns only are ever written; out-of-image rows at the borders are zeroed with
  ``vsub``), runs the usual pixel loop, and the partial sums are reduced onto the replica's home
  tile (gather or tree, :mod:`aimcsim.compiler.reduce`; one scratch band per receiving tile),
  which applies the bias ``vaffine`` and ``st``s the band. A single-vector dense
  layer loads only the input rows each tile's crossbars read. Replicas store their own rows.
* Element-wise ops (relu, sigmoid, tanh, gelu, exp, clip, add, mul, affine): chunks of
  ``B // (inputs + 1)`` elements (whole periods of a per-channel or broadcast operand, which
  stays resident): ``ld`` inputs, op, ``st``.
* Max/avg pooling: bands of output rows like conv (``vpool`` per pixel; a resident input is
  pooled in place). Global average pooling of any spatial size sums chunks of whole pixels
  (``vsum`` of ``pp`` pixels of C channels, ``ld`` first when spilled) into a running sum
  and scales it by 1/(H x W); an output above the budget is stored like any other.
* Softmax / layer norm (per row of the last axis): chunks of whole rows, ``B // (2 * row)``
  rows (``ld``, one ``vsoftmax``/``vlnorm`` over the chunk, ``st``).
* Transpose, broadcast, take, concat: chunks of at most ``B`` output elements (whole rows
  of the gather's loop nest, or whole concat rows, where they fit); the contiguous runs of
  each chunk are ``ld`` straight from a spilled input (or a big constant) into the chunk
  (``vcopy`` from a resident input), as a loop nest (:mod:`aimcsim.compiler.gather_nest`)
  when that is the shorter program, then the chunk is ``st``.
* Matmul and dense layers forced digital (``mmul``): per batch matrix, bands of ``rb`` rows
  of the left operand and of the output; the right operand whole when resident or within the
  budget (``ld`` once per batch matrix), else in bands of ``cb`` output columns (``ld`` per
  band of rows; for a digital dense layer its weight matrix from the DRAM constant area),
  each band's product copied into its columns of the output rows; bias per band of rows.
* LSTM / GRU: one crossbar input row ``[x_t, h_{t-1}]`` instead of T+1; per time step
  ``x_t`` is loaded (walking address register) or copied from a resident input, and
  ``h_t`` is stored (:mod:`aimcsim.compiler.lstm`).
* Reductions (``vsum``): chunks of whole groups (``ld``, ``vsum`` per group, ``st``); a group
  above the budget in pieces of blocks added into a running sum.
* The band and chunk buffers of streamed layers other than conv / analog dense and max/avg
  pooling (whose pad columns and whole-span partial sums rely on never-written zeros) come
  from one scratch area per tile (each layer's buffers are dead after its last ``st``; the
  tile's buffer hazard checks order the reuse; the area grows in place while it is the
  tile's last allocation).
* Weight layers with a calibrated input range (:mod:`aimcsim.compiler.calibrate`): a spilled
  input is scaled band by band after its ``ld`` (``vaffine``, pads stay zero), a resident one
  once as usual; in the calibration pass a spilled input is probed in global memory.
* Concat: output chunks assembled from the runs of every input (``ld`` from spilled inputs
  and big constants, ``vcopy`` from resident ones), then ``st``. Transpose, broadcast and
  take (gathers between storage orders) do the same with the runs of their one input.
* Reshape and slice of a spilled tensor are views of its area (no data movement), except
  a graph output, which is copied into its output area.
* A constant operand larger than the budget (a position table, an additive mask) is
  streamed from its DRAM constant area like a spilled tensor.
* Every op of the IR streams; a layer fails for buffer size only when its minimum working set
  (one row, pixel, time step or block) does not fit, and then the error (raised by
  :func:`aimcsim.compiler.compile._generate`) names the layer and the smallest buffer that
  compiles.
* Ordering between tiles: memory has no hazard tracking across tiles, so before a tile first
  loads a spilled tensor in a slot, each other tile that stored part of it sends a one-element
  token: ``vcopy e, e, 1`` in place on the last stored element (write-after-read: waits for
  that ``st``; the memory port completes in order) then ``send e``; the consumer ``recv``s it
  into the first element of its first load's destination, so that load (write-after-write) and
  the in-order loads after it follow the token. On one tile, loads after stores are ordered by
  the in-order memory port.
* Probes: a spilled layer output gets a *memory probe* (manifest probe with ``space`` =
  ``"sram"``/``"dram"``, ``addr`` of slot 0, slot ``stride``, ``length``): the executor reads
  the area of each slot at the end of the run. This is exact because spill areas are
  bump-allocated (never reused) and stored into only by their own layer. Resident tensors get
  the usual buffer probes; a reshape of a spilled tensor (an alias) is not probed.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from aimcsim.compiler.codegen_core import CLIP_UNIT, BufferTooSmallError, CodegenCore, Probe
from aimcsim.compiler.emit import MAX_LEN, TileCode
from aimcsim.compiler.gather_nest import aligned_chunk, copy_runs, cut_runs, row_spans, window
from aimcsim.compiler.geometry import (
    concat_runs,
    im2col_geometry,
    patch_elements,
    pool_geometry,
)
from aimcsim.compiler.graph import GATHER_OPS, Node, gather_index
from aimcsim.compiler.lstm import StepMemory, emit_lstm, lstm_home, lstm_step_elements
from aimcsim.errors import CompileError

SRAM, DRAM = 0, 1

UNARY = {
    "relu": "vrelu",
    "sigmoid": "vsigm",
    "tanh": "vtanh",
    "gelu": "vgelu",
    "exp": "vexp",
    "sqrt": "vsqrt",
    "recip": "vrecip",
    "erf": "verf",
}
BINARY = {"add": "vadd", "mul": "vmul", "div": "vdiv"}


class Spiller:
    """Spill bookkeeping and the streamed code generators of one code generator (its core)."""

    def __init__(self, cg: CodegenCore) -> None:
        self.cg = cg
        self.cap = cg.arch.tile.buffer.size_elements
        self.budget = cg.stream_budget
        self.sram_cap = cg.arch.memory.sram_bytes // cg.arch.tile.buffer.element_bytes
        self.sram_top = 0
        self.spill: dict[str, tuple[int, int, int]] = {}
        """tensor -> (space, address of slot 0, slot stride), addresses in elements."""
        self.producers: dict[str, dict[int, int]] = {}
        """tensor -> {tile that stored part of it: buffer address of its last stored element}."""
        self.synced: set[tuple[str, int, int]] = set()
        self.scratch: dict[int, tuple[int, int]] = {}
        """tile -> (address, elements) of the scratch area shared by streamed row-wise,
        transpose and matmul layers (see :meth:`_scratch`)."""
        self.probes: list[Probe] = []
        """Memory probes of the spilled layer outputs (see :class:`Probe`)."""

    # ----------------------------------------------------------------- decisions
    def big(self, tensor: str) -> bool:
        return tensor not in self.cg.g.params and self.cg.g.size(tensor) > self.budget

    def streamed(self, n: Node) -> bool:
        """Whether ``n`` runs through global memory: a spilled input, a big output, or (a
        dense layer forced digital) a weight matrix above the budget."""
        m = self.cg.maps.get(n.name)
        big_w = m is not None and not m.analog and n.op == "dense"
        return (
            any(i in self.spill for i in n.inputs)
            or self.big(n.output)
            or (big_w and self.cg.g.params[n.attrs["w"]].size > self.budget)
        )

    def emit(self, n: Node) -> None:
        for t in n.inputs:
            if (
                t in self.cg.g.params
                and t not in self.spill
                and self.cg.g.params[t].size > self.budget
            ):
                self._spill_constant(t)
        if n.op in ("dense", "conv") and self.cg.maps[n.name].analog:
            self._weight_layer(n)
        elif n.op == "dense":
            self._digital_dense(n)
        elif n.op == "lstm":
            self._lstm(n)
        elif n.op in UNARY or n.op in BINARY or n.op in ("affine", "clip"):
            self._elementwise(n)
        elif n.op in ("maxpool", "avgpool"):
            self._pool(n, 0 if n.op == "maxpool" else 1)
        elif n.op == "gap":
            self.gap_by_sums(n)
        elif n.op in ("softmax", "layernorm"):
            self._rowwise(n)
        elif n.op in GATHER_OPS:
            self._gather(n)
        elif n.op == "matmul":
            self._matmul(n)
        elif n.op == "reduce":
            self._reduce(n)
        elif n.op == "concat":
            self._concat(n)
        elif n.op == "slice":
            self._slice(n)
        elif n.op == "reshape":
            self._reshape(n)
        else:
            raise CompileError(
                f"layer {n.name!r}: op {n.op!r} cannot be streamed through global memory; use "
                "a larger buffer (--set tile.buffer.size_elements=...)"
            )

    # ----------------------------------------------------------------- memory
    def _spill_constant(self, name: str) -> None:
        """A big constant operand (a position table, a mask) is streamed from its DRAM
        constant area like a spilled tensor (the same area for every slot)."""
        v = self.cg.g.params[name].reshape(-1)
        if name not in self.cg.mem.constants:
            self.cg.mem.constants[name] = (self.cg.mem.alloc(v.size), v.size)
        self.spill[name] = (DRAM, self.cg.mem.constants[name][0], 0)
        self.producers[name] = {}

    def spill_input(self, name: str, tile: int, addr: int, size: int) -> None:
        self.spill[name] = (DRAM, addr, size)
        self.producers[name] = {}
        self.cg.home[name] = tile

    def alloc(self, tensor: str, home: int) -> None:
        """A per-slot area of global memory for ``tensor`` (bump allocation: areas are never
        reused within a program, and only ``tensor``'s layer stores into its area, so a
        memory probe can read every slot's output at the end of the run)."""
        size = self.cg.g.size(tensor)
        if tensor in self.cg.mem.outputs:
            addr, _ = self.cg.mem.outputs[tensor]
            entry = (DRAM, addr, size)
        elif self.sram_top + size * self.cg.n_slots <= self.sram_cap:
            entry = (SRAM, self.sram_top, size)
            self.sram_top += size * self.cg.n_slots
        else:
            entry = (DRAM, self.cg.mem.alloc(size * self.cg.n_slots), size)
        self.spill[tensor] = entry
        self.producers[tensor] = {}
        self.cg.home[tensor] = home
        space, addr, stride = entry
        self.probes.append(
            Probe(
                self.cg.cur_layer,
                tensor,
                home,
                -1,
                addr,
                size,
                "sram" if space == SRAM else "dram",
                stride,
            )
        )

    def sync(self, code: TileCode, tensor: str, dst: int) -> None:
        """Order the first load of spilled ``tensor`` on ``code``'s tile after every other
        tile's stores to it: a one-element token from each, received into ``dst`` (the
        first element of that load's destination; see the module docstring)."""
        tile = code.tile
        for p, last in self.producers[tensor].items():
            if p == tile or (tensor, tile, p) in self.synced:
                continue
            self.synced.add((tensor, tile, p))
            tag = self.cg.new_tag(p, tile)
            pc = self.cg.tc(p)
            pc.li(1, last)
            pc.emit("vcopy", 1, 1, 1)
            pc.emit("send", 1, tile, tag, 1)
            code = self.cg.tc(tile)
            code.li(1, dst)
            code.emit("recv", 1, p, tag, 1)

    def load(self, code: TileCode, tensor: str, lo: int, n: int, dst: int) -> None:
        """``ld`` elements ``[lo, lo+n)`` of spilled ``tensor`` into ``dst`` of ``code``'s tile."""
        space, addr, stride = self.spill[tensor]
        self.sync(code, tensor, dst)
        self.cg.tc(code.tile).mem("ld", dst, addr + lo, n, slot_stride=stride, space=space)

    def store(self, code: TileCode, tensor: str, lo: int, n: int, src: int) -> None:
        space, addr, stride = self.spill[tensor]
        code.mem("st", src, addr + lo, n, slot_stride=stride, space=space)
        self.producers[tensor][code.tile] = src + n - 1

    def _need(self, n: Node, ws: int, what: str) -> None:
        if ws > self.cap:
            raise BufferTooSmallError(
                f"layer {n.name!r}: streaming through global memory needs at least {ws} buffer "
                f"elements per tile ({what}) but tile.buffer.size_elements is {self.cap}",
                ws,
            )

    # ----------------------------------------------------------------- bands of rows
    def _load_band(
        self, code: TileCode, x: str, geo: dict[str, int], py0: int, py1: int, buf: int
    ) -> None:
        """Padded input rows ``[py0, py1)`` of spilled map ``x`` into ``buf`` (rows of
        ``wp * c``); pad columns are never written (stay zero), pad rows are zeroed."""
        c, w, wp, pl, pt, h = geo["c"], geo["w"], geo["wp"], geo["pl"], geo["pt"], geo["h"]
        row = wp * c
        if wp == w:  # no column padding: valid rows are contiguous in memory and buffer
            y0, y1 = max(py0 - pt, 0), min(py1 - pt, h)
            if y1 > y0:
                self.load(code, x, y0 * w * c, (y1 - y0) * w * c, buf + (y0 + pt - py0) * row)
        for py in range(py0, py1):
            y = py - pt
            dst = buf + (py - py0) * row
            if not 0 <= y < h:
                code.vec("vsub", dst, (dst, dst), row)
            elif wp != w:
                self.load(code, x, y * w * c, w * c, dst + pl * c)

    def _weight_layer(self, n: Node) -> None:
        cg = self.cg
        m = cg.maps[n.name]
        if not m.analog:
            raise CompileError(
                f"layer {n.name!r}: streaming through global memory supports analog layers "
                "only; use a larger buffer"
            )
        geo = im2col_geometry(cg.g, n)
        x = n.inputs[0]
        scale = cg.input_scales.get(n.name)
        if x in self.spill and n.name in cg.input_clips:
            raise CompileError(
                f"layer {n.name!r}: its input is streamed through global memory, where the "
                "enforced input range (key 'input_range' of the layer settings) is not "
                "supported; use a larger buffer or drop the layer's input_range"
            )
        if x in self.spill:
            if cg.probe_inputs:  # calibration pass: the input as it sits in global memory
                space, addr, stride = self.spill[x]
                pname = f"calib.in.{n.name}"
                cg.g.shapes[pname] = (cg.g.size(x),)
                self.probes.append(
                    Probe(
                        cg.cur_layer,
                        pname,
                        cg.home[x],
                        -1,
                        addr,
                        cg.g.size(x),
                        "sram" if space == SRAM else "dram",
                        stride,
                    )
                )
        else:  # resident: probed / scaled whole, as in the unstreamed layer
            x = cg.scaled_input(n, geo)
            scale = None
        n_out = m.n_out
        c, wp, kh, sh, dh = geo["c"], geo["wp"], geo["kh"], geo["sh"], geo["dh"]
        ow, oh = geo["ow"], geo["oh"]
        single = n.op == "dense" and oh * ow == 1
        spilled_in = x in self.spill
        patch_n = patch_elements(geo)

        def in_rows(bh: int) -> int:
            return (bh - 1) * sh + (kh - 1) * dh + 1

        def ws(bh: int) -> int:
            inp = in_rows(bh) * wp * c if spilled_in else 0
            return inp + patch_n + 2 * bh * ow * n_out

        self._need(n, ws(1), "one output row: input rows, patch, output and partial sums")
        reps = m.replicas
        bh = 1
        while bh < -(-oh // reps) and ws(bh + 1) <= self.budget:
            bh += 1
        home0 = m.tiles(0)[0]
        self.alloc(n.output, home0)
        bounds = [round(r * oh / reps) for r in range(reps + 1)]
        for rep in range(reps):
            tiles = m.tiles(rep)
            home = tiles[0]
            per_tile = {t: [b for b in m.blocks if b.replica == rep and b.tile == t] for t in tiles}
            bufs: dict[int, tuple[int, int, int | None]] = {}
            for t in tiles:
                code = cg.tc(t)
                blocks = per_tile[t]
                if single:
                    lo, hi = min(b.row0 for b in blocks), max(b.row1 for b in blocks)
                    ibuf = code.alloc(hi - lo) if spilled_in else -1
                else:
                    ibuf = code.alloc(in_rows(bh) * wp * c) if spilled_in else -1
                patch = code.alloc(patch_n) if patch_n else None
                obuf = code.alloc(bh * ow * n_out)
                bufs[t] = (ibuf, obuf, patch)
            # partial sums: reduced on the home tile by the plan of aimcsim.compiler.reduce
            merges = cg.plan_partials(home, per_tile, single, bh * ow * n_out)
            scratch = cg.merge_scratch(merges, shared=True)
            zero = cg.needs_zero(home, merges, per_tile[home], single, n_out)
            partial = {t: bufs[t][1] for t in tiles}
            for oy0 in range(bounds[rep], bounds[rep + 1], bh):
                oy1 = min(oy0 + bh, bounds[rep + 1])
                span = (oy1 - oy0) * ow * n_out
                hbuf = bufs[home][1]
                if zero:
                    cg.tc(home).vec("vsub", hbuf, (hbuf, hbuf), span)
                for t in tiles:
                    code = cg.tc(t)
                    ibuf, obuf, patch = bufs[t]
                    blocks = per_tile[t]
                    g2 = dict(geo)
                    if single and spilled_in:
                        lo, hi = min(b.row0 for b in blocks), max(b.row1 for b in blocks)
                        self.load(code, x, lo, hi - lo, ibuf)
                        if scale is not None:
                            self._scale(n, t, ibuf, 1, hi - lo, scale)
                        xin = ibuf - lo
                    elif spilled_in:
                        py0, py1 = oy0 * sh, oy0 * sh + in_rows(oy1 - oy0)
                        self._load_band(cg.tc(t), x, geo, py0, py1, ibuf)
                        if scale is not None:  # pads stay zero
                            self._scale(n, t, ibuf, (py1 - py0) * wp, c, scale)
                        g2.update(h=geo["hp"], w=wp, pt=0, pl=0)
                        xin = ibuf - py0 * wp * c
                    else:
                        xin = cg.get_on(x, t)
                    code = cg.tc(t)
                    base = obuf - oy0 * ow * n_out
                    cg.pixel_loop(code, g2, xin, blocks, base, n_out, oy0, oy1, patch)
                cg.reduce_partials(merges, partial, scratch, span)
                cg.bias(n, home, hbuf, (oy1 - oy0) * ow, n_out)
                self.store(cg.tc(home), n.output, oy0 * ow * n_out, span, hbuf)

    def _scale(self, n: Node, tile: int, buf: int, pixels: int, ch: int, s: float) -> None:
        """Multiply ``pixels`` vectors of ``ch`` at ``buf`` by the calibrated input scale
        ``s`` of layer ``n`` (``vaffine``, offset 0), in place."""
        cg = self.cg
        pname = f"{n.name}.in_scale.{ch}"
        if pname not in cg.g.params:
            cg.g.params[pname] = np.concatenate([np.full(ch, s), np.zeros(ch)]).astype(np.float32)
        p = cg.const_on(pname, tile)
        cg.per_pixel(cg.tc(tile), "vaffine", buf, buf, p, pixels, ch)

    # ----------------------------------------------------------------- element-wise
    def _elementwise(self, n: Node) -> None:
        """Chunks of the output (whole periods of a per-channel / broadcast operand): ``ld``
        the spilled operands, the op, ``st``. A periodic second operand (``period``) and the
        affine parameters stay resident."""
        cg = self.cg
        tile = cg.tile_of(n)
        size = cg.g.size(n.output)
        acts = list(n.inputs)
        unit = 1
        p = None
        if n.op == "affine":
            p = cg.const_on(n.attrs["params"], tile)
            unit = cg.g.params[n.attrs["params"]].size // 2
        elif n.op == "clip":
            unit = min(size, CLIP_UNIT)
        period = int(n.attrs.get("period", 0))
        if period:
            unit = period
            p = self._whole(n, acts.pop(), tile)
        chunk = (self.budget // (len(acts) + 1)) // unit * unit
        chunk = min(max(chunk, unit), size)
        self._need(n, (len(acts) + 1 + (n.op == "clip")) * chunk, "one chunk of every operand")
        # a constant operand larger than the budget is streamed from its DRAM area too
        consts = {a for a in acts if a in cg.g.params and cg.g.params[a].size > self.budget}
        streamed = [a in consts or a in self.spill for a in acts]
        res = [cg.get_on(a, tile) if not st else -1 for a, st in zip(acts, streamed, strict=True)]
        *bufs, out, tmp = self._scratch(
            tile, [chunk if st else 0 for st in streamed] + [chunk, chunk if n.op == "clip" else 0]
        )
        self.alloc(n.output, tile)
        for off in range(0, size, chunk):
            ln = min(chunk, size - off)
            srcs = []
            for a, b, r in zip(acts, bufs, res, strict=True):
                if a in consts:
                    cg.tc(tile).mem("ld", b, cg.const_addr(a)[0] + off, ln)
                    srcs.append(b)
                elif a in self.spill:
                    self.load(cg.tc(tile), a, off, ln, b)
                    srcs.append(b)
                else:
                    srcs.append(r + off)
            code = cg.tc(tile)
            if n.op == "clip":
                cg.clip_chunk(n, code, out, srcs[0], tmp, ln)
            elif p is not None:
                mnem = "vaffine" if n.op == "affine" else BINARY[n.op]
                cg.per_pixel(code, mnem, out, srcs[0], p, ln // unit, unit)
            else:
                code.vec(UNARY.get(n.op) or BINARY[n.op], out, tuple(srcs), ln)
            self.store(code, n.output, off, ln, out)

    def _whole(self, n: Node, tensor: str, tile: int) -> int:
        """Buffer address of all of ``tensor`` (an operand of ``n``) on ``tile`` (``ld``
        once when spilled)."""
        if tensor not in self.spill:
            return self.cg.get_on(tensor, tile)
        g = self.cg.g
        size = g.params[tensor].size if tensor in g.params else g.size(tensor)  # a constant
        self._need(n, size, f"all of {tensor!r}")
        buf = self.cg.tc(tile).alloc(size)
        self.load(self.cg.tc(tile), tensor, 0, size, buf)
        return buf

    def _scratch(self, tile: int, sizes: list[int]) -> list[int]:
        """Buffers of ``sizes`` elements on ``tile`` for one streamed layer, carved from a
        per-tile scratch area that every streamed layer shares (at least ``budget`` elements;
        when a layer needs more, grown in place when nothing was allocated after it, else
        replaced by a fresh area). The
        buffers are dead after the layer's last ``st``; the tile's buffer hazard checks
        (RAW/WAR/WAW) order the next layer's reuse after it."""
        need = sum(max(int(n), 1) for n in sizes)
        base, size = self.scratch.get(tile, (0, 0))
        if need > size:
            code = self.cg.tc(tile)
            if size and base + size == code.top:  # the area is the tile's last: grow it
                code.top = base
            size = max(need, self.budget)
            base = code.alloc(size)
            self.scratch[tile] = (base, size)
        out = []
        for n in sizes:
            out.append(base)
            base += max(int(n), 1)
        return out

    # ----------------------------------------------------------------- rows
    def _rowwise(self, n: Node) -> None:
        """Softmax / layer norm over the last axis: chunks of whole rows (``ld``, one
        ``vsoftmax``/``vlnorm`` over the chunk's rows, ``st``)."""
        cg = self.cg
        x = n.inputs[0]
        tile = cg.tile_of(n)
        size = cg.g.size(n.output)
        ln = cg.g.shapes[n.output][-1]
        rows = size // ln
        spilled_in = x in self.spill
        p = cg.const_on(n.attrs["params"], tile) if n.op == "layernorm" else -1
        per_row = (2 if spilled_in else 1) * ln
        self._need(n, per_row, "one row of input and output")
        r = max(1, min(rows, self.budget // per_row, 65535))
        xres = -1 if spilled_in else cg.get_on(x, tile)
        ibuf, out = self._scratch(tile, [r * ln if spilled_in else 0, r * ln])
        self.alloc(n.output, tile)
        for r0 in range(0, rows, r):
            nr = min(r, rows - r0)
            if spilled_in:
                self.load(cg.tc(tile), x, r0 * ln, nr * ln, ibuf)
                src = ibuf
            else:
                src = xres + r0 * ln
            code = cg.tc(tile)
            code.li(1, out)
            code.li(2, src)
            if n.op == "layernorm":
                code.li(3, p)
                code.emit("vlnorm", 1, 2, 3, nr, ln)
            else:
                code.emit("vsoftmax", 1, 2, nr, ln)
            self.store(code, n.output, r0 * ln, nr * ln, out)

    def _gather(self, n: Node) -> None:
        """A data-movement node (transpose, broadcast, take, re-layout): see :meth:`_copy`;
        chunks are whole rows of the gather's loop nest where they fit. A gather without
        loop structure is refused as when resident
        (:meth:`~aimcsim.compiler.codegen_core.CodegenCore.copy_plan`)."""
        size = self.cg.g.size(n.output)
        runs = copy_runs(gather_index(self.cg.g, n))
        nest = self.cg.copy_plan(n, runs, len(cut_runs(*runs)[0]))
        spans = row_spans(nest, size) if nest is not None else []
        self._copy(n, [(n.inputs[0], runs)], aligned_chunk(spans, size, self.budget))

    def _concat(self, n: Node) -> None:
        """Concat: the rows of every input into the output rows (see :meth:`_copy`), in
        chunks of whole output rows where they fit."""
        outer, inner, runs = concat_runs(self.cg.g, n)
        size = outer * sum(inner)
        chunk = aligned_chunk([sum(inner)], size, self.budget)
        self._copy(n, list(zip(n.inputs, runs, strict=True)), chunk)

    def _copy(
        self,
        n: Node,
        sources: list[tuple[str, tuple[np.ndarray, np.ndarray, np.ndarray]]],
        chunk: int,
    ) -> None:
        """Output chunks of ``chunk`` elements (at most the budget) assembled from the copy
        runs ``(dst, src, length)`` of each source (:meth:`CodegenCore.copy_runs`: ``ld``
        from a spilled source or a big constant, ``vcopy`` from a resident one; straight
        or as a loop nest); then the chunk is ``st``."""
        cg = self.cg
        tile = cg.tile_of(n)
        size = cg.g.size(n.output)
        res = [-1 if x in self.spill else cg.get_on(x, tile) for x, _ in sources]
        (out,) = self._scratch(tile, [chunk])
        self.alloc(n.output, tile)
        for off in range(0, size, chunk):
            ln = min(chunk, size - off)
            for (x, runs), at in zip(sources, res, strict=True):
                part = window(runs, off, off + ln)
                if not part[0].size:
                    continue
                if x in self.spill:
                    space, addr, stride = self.spill[x]
                    self.sync(cg.tc(tile), x, out + int(part[0][0]) - off)
                    cg.copy_runs(cg.tc(tile), n, part, out - off, addr, (space, stride))
                else:
                    cg.copy_runs(cg.tc(tile), n, part, out - off, at)
            self.store(cg.tc(tile), n.output, off, ln, out)

    def _slice(self, n: Node) -> None:
        """A slice of a spilled tensor is a view of its area (no data movement); of a
        resident tensor with a big output, or into a graph output, a copy (:meth:`_copy`)."""
        src = n.inputs[0]
        start, length = int(n.attrs["start"]), int(n.attrs["length"])
        if src not in self.spill or n.output in self.cg.mem.outputs:
            self._copy(n, [(src, _one_run(0, start, length))], min(length, self.budget))
            return
        space, addr, stride = self.spill[src]
        self.spill[n.output] = (space, addr + start, stride)
        self.producers[n.output] = self.producers[src]
        self.cg.home[n.output] = self.cg.home[src]

    def _reshape(self, n: Node) -> None:
        """A reshape of a spilled tensor is a view of its area; of a resident one, an alias."""
        src = n.inputs[0]
        if src not in self.spill:
            self.cg.alias(n.output, src)
            return
        if n.output in self.cg.mem.outputs:  # a graph output has its own area: copied
            size = self.cg.g.size(src)
            self._copy(n, [(src, _one_run(0, 0, size))], min(size, self.budget))
            return
        self.spill[n.output] = self.spill[src]
        self.producers[n.output] = self.producers[src]
        self.cg.home[n.output] = self.cg.home[src]

    def _operand(self, tensor: str, tile: int) -> str | int:
        """A streamed layer's operand: the name of a spilled tensor (or streamed big
        constant), else its resident buffer address on ``tile``."""
        return tensor if tensor in self.spill else self.cg.get_on(tensor, tile)

    def _fetch(self, tile: int, src: str | int, lo: int, n: int, dst: int) -> int:
        """Buffer address of elements ``[lo, lo+n)`` of operand ``src`` (see :meth:`_operand`)
        on ``tile``: ``ld`` into ``dst`` from global memory, or the resident address."""
        if isinstance(src, int):
            return src + lo
        self.load(self.cg.tc(tile), src, lo, n, dst)
        return dst

    # ----------------------------------------------------------------- matrix products
    def _matmul(self, n: Node) -> None:
        """Per batch matrix: ``A . B`` (or ``A . B^T``) in bands (see :meth:`_mmul_bands`)."""
        cg = self.cg
        a, b = n.inputs
        tile = cg.tile_of(n)
        sa, so = cg.g.shapes[a], cg.g.shapes[n.output]
        m, k, nn = sa[-2], sa[-1], so[-1]
        batch = int(math.prod(so[:-2]))
        if int(math.prod(sa[:-2])) != batch or int(math.prod(cg.g.shapes[b][:-2])) != batch:
            raise CompileError(f"matmul {n.name!r}: broadcasting over batch axes")
        dims = (batch, m, k, nn, int(n.attrs.get("tb", 0)))
        ops = (self._operand(a, tile), self._operand(b, tile))
        self.alloc(n.output, tile)
        self._mmul_bands(n, tile, ops, dims, None)

    def _digital_dense(self, n: Node) -> None:
        """A dense layer forced digital: ``x . W^T`` on the DPU with ``W`` (``n_out x k``)
        resident when it fits the budget, else streamed from its DRAM constant area in
        bands of output columns; bias per band of rows."""
        cg = self.cg
        x, wname = n.inputs[0], n.attrs["w"]
        tile = cg.tile_of(n)
        n_out, k = cg.g.params[wname].shape
        if cg.g.params[wname].size > self.budget:
            self._spill_constant(wname)
        ops = (self._operand(x, tile), self._operand(wname, tile))
        self.alloc(n.output, tile)

        def bias(out: int, rows: int) -> None:
            cg.bias(n, tile, out, rows, n_out)

        self._mmul_bands(n, tile, ops, (1, cg.g.size(x) // k, k, n_out, 1), bias)

    def _mmul_bands(
        self,
        n: Node,
        tile: int,
        ops: tuple[str | int, str | int],
        dims: tuple[int, int, int, int, int],
        finish: Callable[[int, int], None] | None,
    ) -> None:
        """``mmul`` of operands ``ops`` = (A, B) (:meth:`_operand`) with ``dims`` = (batch,
        m, k, n, tb) into the spilled output of ``n``: per batch matrix, bands of ``rb``
        rows of A and of the output; B whole when resident or within the budget (``ld`` once
        per batch matrix), else in bands of ``cb`` output columns (``ld`` per band of rows;
        rows of B^T when ``tb``, else one ``ld`` per row of B), the band's product copied
        into its columns of the output rows. ``finish(out, rows)`` runs on each output band
        before its ``st`` (a bias)."""
        a, b = ops
        batch, m, k, nn, tb = dims
        a_res, b_res = isinstance(a, int), isinstance(b, int)
        limit = (1 << 13) - 1
        if k > limit:
            raise CompileError(f"layer {n.name!r}: mmul inner dimension {k} exceeds {limit}")

        def ws(rb: int, cb: int) -> int:
            tmp = rb * cb if cb < nn else 0
            return (0 if a_res else rb * k) + (0 if b_res else cb * k) + tmp + rb * nn

        # B whole while one row band with it takes at most a quarter of the buffer (one ld
        # per batch matrix), else in bands of cb columns within the budget
        if b_res or (ws(1, nn) <= max(self.budget, self.cap // 4) and nn <= limit):
            cb = nn
        else:
            cb = min(nn - 1, limit, max(1, (self.budget - ws(1, 0)) // (k + 1)))
        self._need(n, ws(1, cb), "one row of the left operand and output, one band of the right")
        rb = 1
        while rb < min(m, limit) and ws(rb + 1, cb) <= self.budget:
            rb += 1
        abuf, bbuf, tmp, out = self._scratch(
            tile,
            [0 if a_res else rb * k, 0 if b_res else cb * k, rb * cb if cb < nn else 0, rb * nn],
        )
        cg = self.cg
        for q in range(batch):
            if not b_res and cb == nn:
                b_at = self._fetch(tile, b, q * k * nn, k * nn, bbuf)
            for r0 in range(0, m, rb):
                nr = min(rb, m - r0)
                a_at = self._fetch(tile, a, (q * m + r0) * k, nr * k, abuf)
                for c0 in range(0, nn, cb):
                    nc = min(cb, nn - c0)
                    if b_res:
                        b_at = int(b) + q * k * nn
                    elif cb < nn:
                        b_at = self._columns(tile, b, (q * k * nn, k, nn, tb), c0, nc, bbuf)
                    code = cg.tc(tile)
                    code.li(1, out if nc == nn else tmp)
                    code.li(2, a_at)
                    code.li(3, b_at)
                    code.emit("mmul", 1, 2, 3, tb, nr, k, nc)
                    for i in range(nr if nc < nn else 0):
                        code.vec("vcopy", out + i * nn + c0, (tmp + i * nc,), nc)
                if finish is not None:
                    finish(out, nr)
                self.store(cg.tc(tile), n.output, (q * m + r0) * nn, nr * nn, out)

    def _columns(
        self, tile: int, b: str | int, shape: tuple[int, int, int, int], c0: int, nc: int, dst: int
    ) -> int:
        """Columns ``[c0, c0+nc)`` of the right operand of a product (``shape`` = (offset,
        k, n, tb) of one batch matrix) loaded into ``dst`` as a ``k x nc`` matrix (``nc x k``
        when ``tb``: rows of the stored transpose, one ``ld``)."""
        off, k, nn, tb = shape
        if tb:
            return self._fetch(tile, b, off + c0 * k, nc * k, dst)
        for r in range(k):
            self._fetch(tile, b, off + r * nn + c0, nc, dst + r * nc)
        return dst

    # ----------------------------------------------------------------- sequences, reductions
    def _lstm(self, n: Node) -> None:
        """LSTM / GRU one time step at a time: ``x_t`` loaded into the crossbar input row,
        ``h_t`` stored per step (see :mod:`aimcsim.compiler.lstm`)."""
        cg = self.cg
        x = n.inputs[0]
        self._need(n, lstm_step_elements(n), "one time step: input row, gates, state, h_t")
        home = lstm_home(cg, n)
        self.alloc(n.output, home)

        def sync(code: TileCode, dst: int) -> None:
            self.sync(code, x, dst)

        h_buf = emit_lstm(cg, n, StepMemory(self.spill.get(x), self.spill[n.output], sync))
        self.producers[n.output][home] = h_buf + int(n.attrs["hidden"]) - 1

    def _reduce(self, n: Node) -> None:
        """Sums (or maxima) over ``count`` blocks of ``inner`` elements per group: chunks of
        whole groups (``ld``, ``vsum`` each, ``st``); a group larger than the budget in
        pieces of ``cc`` blocks, combined into a running sum (or maximum)."""
        cg = self.cg
        kind = n.attrs.get("kind", "sum")
        x = n.inputs[0]
        tile = cg.tile_of(n)
        outer, count, inner = (int(n.attrs[k]) for k in ("outer", "count", "inner"))
        if count > MAX_LEN or inner > MAX_LEN:
            raise CompileError(f"reduce {n.name!r}: {count} x {inner} exceeds the DPU limits")
        src = self._operand(x, tile)
        spilled = not isinstance(src, int)
        group = count * inner if spilled else 0
        if group + inner <= self.budget:
            gpc, cc = min(outer, self.budget // (group + inner)), count
        else:
            gpc, cc = 1, max(1, (self.budget - 2 * inner) // inner)
        self._need(n, (inner if spilled else 0) + 2 * inner, "one block and two sums")
        ibuf, part, out = self._scratch(
            tile, [gpc * cc * inner if spilled else 0, inner if cc < count else 0, gpc * inner]
        )
        self.alloc(n.output, tile)
        for g0 in range(0, outer, gpc):
            ng = min(gpc, outer - g0)
            if cc == count:
                at = self._fetch(tile, src, g0 * count * inner, ng * count * inner, ibuf)
                cg.vsum_groups(cg.tc(tile), out, at, ng, count, inner, kind)
            for c0 in range(0, count if cc < count else 0, cc):
                nc = min(cc, count - c0)
                at = self._fetch(tile, src, (g0 * count + c0) * inner, nc * inner, ibuf)
                cg.vsum_groups(cg.tc(tile), out if c0 == 0 else part, at, 1, nc, inner, kind)
                if c0:
                    combine = "vmax" if kind == "max" else "vadd"
                    cg.tc(tile).vec(combine, out, (out, part), inner)
            self.store(cg.tc(tile), n.output, g0 * inner, ng * inner, out)

    # ----------------------------------------------------------------- pooling
    def _pool(self, n: Node, op: int) -> None:
        """Max / average pooling in bands of ``bh`` output rows (``vpool`` per pixel); a
        spilled input is loaded band by band, a resident one is pooled in place."""
        cg = self.cg
        x = n.inputs[0]
        tile = cg.tile_of(n)
        c, _, _ = cg.g.shapes[x]
        _, oh, ow = cg.g.shapes[n.output]
        kh, kw = n.attrs["kh"], n.attrs["kw"]
        sh, sw = n.attrs["stride"]
        if kh > 63 or kw > 63:
            raise CompileError(f"pooling window {kh}x{kw} of {n.name!r} exceeds 63x63")
        geo = pool_geometry(self.cg.g.shapes[n.inputs[0]], n.attrs["pads"])
        wp = geo["wp"]
        spilled_in = x in self.spill

        def ws(bh: int) -> int:
            return (((bh - 1) * sh + kh) * wp * c if spilled_in else 0) + bh * ow * c

        self._need(n, ws(1), "one output row and its input rows")
        bh = 1
        while bh < oh and ws(bh + 1) <= self.budget:
            bh += 1
        # fresh buffers, not the shared scratch area: pad columns are never written (zero)
        code = cg.tc(tile)
        if spilled_in:
            src = ibuf = code.alloc(((bh - 1) * sh + kh) * wp * c)
        else:
            src = cg.padded_map(code, geo, cg.get_on(x, tile))
        obuf = code.alloc(bh * ow * c)
        self.alloc(n.output, tile)
        for oy0 in range(0, oh, bh):
            oy1 = min(oy0 + bh, oh)
            py0, py1 = oy0 * sh, (oy1 - 1) * sh + kh
            if spilled_in:
                self._load_band(cg.tc(tile), x, geo, py0, py1, ibuf)
            at = src if spilled_in else src + py0 * wp * c
            code = cg.tc(tile)
            code.pool_rows(at, obuf, oy1 - oy0, ow, c, (kw, kh, sw, sh), op, wp)
            self.store(code, n.output, oy0 * ow * c, (oy1 - oy0) * ow * c, obuf)

    def gap_by_sums(self, n: Node) -> None:
        """Global average pooling of any spatial size as sums of pixels: chunks of at most
        ``pp`` pixels (``ld`` when spilled) summed with ``vsum`` into a running sum, scaled
        by 1 / (H x W). The output is stored when above the budget, else resident."""
        cg = self.cg
        x = n.inputs[0]
        c, h, w = cg.g.shapes[x]
        pixels = h * w
        src = self._operand(x, cg.tile_of(n))
        spilled = not isinstance(src, int)
        pp = min(pixels, MAX_LEN, max(1, (self.budget - 2 * c) // c) if spilled else MAX_LEN)
        self._need(n, (c if spilled else 0) + 2 * c, "one pixel and two sums")
        need = (pp * c if spilled else 0) + (2 * c if pp < pixels else c)
        tile = cg.tile_with_room(cg.tile_of(n), need) if spilled else cg.tile_of(n)
        big = self.big(n.output)
        ibuf, band, out = self._scratch(
            tile, [pp * c if spilled else 0, c if pp < pixels else 0, c if big else 0]
        )
        if not big:  # the resident result
            out = cg.tc(tile).alloc(c)
        for p0 in range(0, pixels, pp):
            npx = min(pp, pixels - p0)
            at = self._fetch(tile, src, p0 * c, npx * c, ibuf)
            cg.vsum_groups(cg.tc(tile), out if p0 == 0 else band, at, 1, npx, c)
            if p0:
                cg.tc(tile).vec("vadd", out, (out, band), c)
        cg.affine_const(cg.tc(tile), out, out, 1.0 / pixels, 0.0, c)
        if big:  # more channels than the budget: stored like any big output
            self.alloc(n.output, tile)
            self.store(cg.tc(tile), n.output, 0, c, out)
        else:
            cg.produce(n.output, tile, out)


def _one_run(dst: int, src: int, length: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Copy runs holding the single run ``(dst, src, length)``."""
    return (np.array([dst]), np.array([src]), np.array([length]))


__all__ = ["MAX_LEN", "Spiller"]
