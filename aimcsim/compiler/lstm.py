"""LSTM support: the IR node, its lowering to per-tile code, and a numpy reference.

The IR node ``lstm`` (see :mod:`~aimcsim.compiler.graph`) is a forward, single-direction LSTM
with zero initial state, as ONNX defines it (gate order i, o, f, c; default activations
sigmoid, tanh, tanh; no peepholes)::

    z_t = [W | R] . [x_t, h_{t-1}] + (Wb + Rb)          (4H values, rows i, o, f, c)
    i, o, f = sigmoid(z_t[0:H]), sigmoid(z_t[H:2H]), sigmoid(z_t[2H:3H])
    g       = tanh(z_t[3H:4H])
    c_t     = f * c_{t-1} + i * g
    h_t     = o * tanh(c_t)                              (output row t)

Lowering (one graph node -> code on the tiles holding its crossbars):

* The stacked matrix ``[W | R]`` (``4H x (I+H)``) is an ordinary weight matrix: the mapper
  tiles it onto crossbars like a dense layer (never duplicated, see
  :mod:`~aimcsim.compiler.mapping`), and ``pre`` programs it once.
* On the layer's home tile a buffer ``S`` of ``(T+1) x (I+H)`` elements holds, in row t, the
  crossbar input ``[x_t, h_{t-1}]``. Row 0's h part is never written, so it is ``h_{-1} = 0``
  in every slot; the cell state ``c`` is zeroed (``vsub c, c, c``) at the start of each slot.
* The time loop is a counted loop (``r8``) inside the slot loop's body, with walking addresses
  ``r9`` (row t of S), ``r10`` (x_t) and ``r11`` (h_t in the output). One iteration:
  ``vcopy`` x_t into S[t]; the home tile first sends every other tile holding blocks its
  rows of S[t], then runs one ``mvm`` per crossbar block of its own (row blocks of one
  column range accumulate, ``acc=1``), so all tiles compute the gates at the same time; the
  partial gate pre-activations are reduced into the zeroed gate vector by the plan of
  :mod:`aimcsim.compiler.reduce` (gather or tree; inner tree tiles add before they send);
  bias with ``vaffine`` (scale 1, offset b);
  ``vsigm`` over the contiguous i, o, f gates (3H) and ``vtanh`` over g (H); ``vmul``/``vadd``
  for c_t; ``vtanh`` + ``vmul`` for h_t, written straight into output row t; ``vcopy`` of h_t
  into the h part of S[t+1]. The other tiles run the matching loop: ``recv`` rows, ``mvm``,
  their part of the reduction (message FIFOs keep the steps in order, one tag per message
  of the loop body).
* Time steps are sequential (each needs h_{t-1}), so an LSTM layer is a pipeline stage whose
  latency is T x (MVM + DPU chain); pipelining across the slot loop still holds: the layer
  works on slot s+1 while the next layer (another tile) works on slot s. In the functional
  model each slot carries a batch of samples, so the batch runs through the T steps together.
* Streamed (:mod:`aimcsim.compiler.streaming`, input or output in global memory): S is one
  row; each step loads ``x_t`` into it (``ld`` at a walking address ``r10``) or copies it
  from a resident input, stores ``h_t`` (``st`` at ``r12``) and copies it into the row's
  h part; ``h_{-1}`` is zeroed each slot. The working set is one step (:func:`lstm_step_elements`).
* A layer forced digital (``CompileOptions.digital``) runs the same loop with one ``mmul`` of
  ``S[t]`` (1 x (I+H)) by ``[W | R]^T`` instead of the MVMs.

GRU (ONNX ``linear_before_reset=1``, as torch exports it) is the same node with ``cell`` =
"gru": the stacked matrix has rows ``[Wz | Rz]``, ``[Wr | Rr]``, ``[Wh | 0]``, ``[0 | Rh]``
(:func:`stack_onnx_gru`), so the one MVM per step gives z, r and both parts of the
candidate; the step is ``n = tanh(xh + r * hh)``, ``h_t = n + z * (h_{t-1} - n)``. Reverse
and bidirectional layers are built by the ONNX frontend from forward ones on a time-reversed
input.

Only DPU instructions of the ISA are used (``vcopy vsub vadd vmul vaffine vsigm vtanh``); no
ISA extension was needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from aimcsim.compiler.codegen_core import CodegenCore
from aimcsim.compiler.emit import MAX_LEN, R_SLOT, TileCode
from aimcsim.compiler.graph import Node
from aimcsim.compiler.reduce import Merge, Partial, plan_reduction, recv_partial, send_partial
from aimcsim.errors import CompileError


def lstm_reference(x: np.ndarray, w: np.ndarray, b: np.ndarray | None, hidden: int) -> np.ndarray:
    """Float64 reference of the IR ``lstm``: ``x`` ``(B, T, I)`` -> hidden states
    ``(B, T, H)``; ``w`` ``(4H, I+H)`` stacked ``[W | R]``, ``b`` ``(4H,)`` or None."""
    x = np.asarray(x, dtype=np.float64)
    bsz, steps, _ = x.shape
    w = np.asarray(w, dtype=np.float64)
    bias = np.zeros(4 * hidden) if b is None else np.asarray(b, dtype=np.float64)
    h = np.zeros((bsz, hidden))
    c = np.zeros((bsz, hidden))
    out = np.empty((bsz, steps, hidden))

    def sig(v: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-v))

    for t in range(steps):
        z = np.concatenate([x[:, t], h], axis=1) @ w.T + bias
        i, o, f = (
            sig(z[:, :hidden]),
            sig(z[:, hidden : 2 * hidden]),
            sig(z[:, 2 * hidden : 3 * hidden]),
        )
        g = np.tanh(z[:, 3 * hidden :])
        c = f * c + i * g
        h = o * np.tanh(c)
        out[:, t] = h
    return out


def stack_onnx_weights(
    w: np.ndarray, r: np.ndarray, b: np.ndarray | None, where: str
) -> tuple[np.ndarray, np.ndarray | None, int, int]:
    """ONNX-layout LSTM weights -> ``([W | R] (4H, I+H), Wb + Rb (4H,) or None, H, I)``.

    ``w`` is ``(4H, I)`` or ``(1, 4H, I)``, ``r`` ``(4H, H)`` or ``(1, 4H, H)``, ``b`` ``(8H,)``
    or ``(1, 8H)``; gate rows in ONNX order i, o, f, c. ``where`` prefixes error messages."""
    w = np.asarray(w, dtype=np.float64)
    r = np.asarray(r, dtype=np.float64)
    if w.ndim == 3:
        w = w[0]
    if r.ndim == 3:
        r = r[0]
    if w.ndim != 2 or w.shape[0] % 4:
        raise CompileError(f"{where}: W must be (4H, input) but has shape {w.shape}")
    hidden = w.shape[0] // 4
    if r.shape != (4 * hidden, hidden):
        raise CompileError(
            f"{where}: R has shape {r.shape} but W {w.shape} needs R of shape "
            f"{(4 * hidden, hidden)}"
        )
    bias = None
    if b is not None:
        bv = np.asarray(b, dtype=np.float64).reshape(-1)
        if bv.size != 8 * hidden:
            raise CompileError(f"{where}: B has {bv.size} elements, expected 8H = {8 * hidden}")
        bias = bv[: 4 * hidden] + bv[4 * hidden :]
    return np.concatenate([w, r], axis=1), bias, hidden, w.shape[1]


def stack_onnx_gru(
    w: np.ndarray, r: np.ndarray, b: np.ndarray | None, where: str
) -> tuple[np.ndarray, np.ndarray | None, int, int]:
    """ONNX-layout GRU weights (one direction; gate rows z, r, h; ``linear_before_reset``)
    -> ``(matrix (4H, I+H), bias (4H,) or None, H, I)``: rows ``[Wz | Rz]``, ``[Wr | Rr]``,
    ``[Wh | 0]``, ``[0 | Rh]``, so that one MVM of ``[x_t, h_{t-1}]`` gives z and r
    pre-activations and the input and recurrent parts of the candidate separately; bias
    ``[Wbz + Rbz, Wbr + Rbr, Wbh, Rbh]``."""
    w = np.asarray(w, dtype=np.float64)
    r = np.asarray(r, dtype=np.float64)
    if w.ndim != 2 or w.shape[0] % 3:
        raise CompileError(f"{where}: W must be (3H, input) but has shape {w.shape}")
    hidden, n_in = w.shape[0] // 3, w.shape[1]
    if r.shape != (3 * hidden, hidden):
        raise CompileError(
            f"{where}: R has shape {r.shape} but W {w.shape} needs R of shape "
            f"{(3 * hidden, hidden)}"
        )
    m = np.zeros((4 * hidden, n_in + hidden))
    m[: 2 * hidden, :n_in] = w[: 2 * hidden]
    m[: 2 * hidden, n_in:] = r[: 2 * hidden]
    m[2 * hidden : 3 * hidden, :n_in] = w[2 * hidden :]
    m[3 * hidden :, n_in:] = r[2 * hidden :]
    bias = None
    if b is not None:
        bv = np.asarray(b, dtype=np.float64).reshape(-1)
        if bv.size != 6 * hidden:
            raise CompileError(f"{where}: B has {bv.size} elements, expected 6H = {6 * hidden}")
        wb, rb = bv[: 3 * hidden], bv[3 * hidden :]
        bias = np.concatenate(
            [wb[: 2 * hidden] + rb[: 2 * hidden], wb[2 * hidden :], rb[2 * hidden :]]
        )
    return m, bias, hidden, n_in


@dataclass(frozen=True)
class StepMemory:
    """Global memory of a streamed LSTM/GRU layer (:mod:`aimcsim.compiler.streaming`):
    ``x`` and ``y`` are (space, address of slot 0, slot stride) in elements of the spilled
    input (None when it is resident) and of the output; ``sync(code, dst)`` orders the
    first load of ``x`` on ``code``'s tile after the tiles that stored it (a token received
    into ``dst``)."""

    x: tuple[int, int, int] | None
    y: tuple[int, int, int]
    sync: Callable[[TileCode, int], None]


def lstm_home(cg: CodegenCore, n: Node) -> int:
    """The tile that runs the time loop of IR node ``n``: its first crossbar's tile, or the
    input's tile for a layer forced digital."""
    m = cg.maps[n.name]
    return m.tiles(0)[0] if m.analog else cg.home[n.inputs[0]]


def lstm_step_elements(n: Node) -> int:
    """Buffer elements of one streamed time step on the home tile: the crossbar input row
    ``[x_t, h_{t-1}]``, the 4H gate pre-activations, cell state, two temporaries and h_t."""
    hidden = int(n.attrs["hidden"])
    return int(n.attrs["input_size"]) + hidden + 8 * hidden


def emit_lstm(cg: CodegenCore, n: Node, mem: StepMemory | None = None) -> int:
    """Emit the code of IR node ``n`` (op ``lstm``) into ``cg`` (see the module docstring);
    with ``mem``, streamed: one crossbar input row, ``x_t`` loaded (or copied from the
    resident input) and ``h_t`` stored each step. Returns the address of the output (the
    h_t row when streamed) on the home tile."""
    steps, hidden, n_in = int(n.attrs["seq"]), int(n.attrs["hidden"]), int(n.attrs["input_size"])
    k, g4 = n_in + hidden, 4 * hidden
    if g4 > MAX_LEN or k > MAX_LEN:
        raise CompileError(f"lstm {n.name!r}: 4H = {g4} exceeds the DPU vector limit {MAX_LEN}")
    m = cg.maps[n.name]
    x = n.inputs[0]
    home = lstm_home(cg, n)
    xin = -1 if mem is not None and mem.x is not None else cg.get_on(x, home)
    rows = 1 if mem is not None else steps + 1  # rows of the crossbar input buffer S
    code = cg.tc(home)
    s_buf = code.alloc(rows * k)
    gates = code.alloc(g4)
    cell = code.alloc(hidden)
    t1 = code.alloc(hidden)
    t2 = code.alloc(hidden)
    y = code.alloc(hidden if mem is not None else steps * hidden)
    pbias = None
    if n.attrs.get("b"):
        bname = n.attrs["b"]
        pname = f"{bname}.affine"
        if pname not in cg.g.params:
            bvec = cg.g.params[bname].reshape(-1)
            cg.g.params[pname] = np.concatenate([np.ones_like(bvec), bvec]).astype(np.float32)
        pbias = cg.const_on(pname, home)
    wt = None
    if not m.analog:
        wt_name = f"{n.attrs['w']}.T"
        if wt_name not in cg.g.params:
            cg.g.params[wt_name] = np.ascontiguousarray(cg.g.params[n.attrs["w"]].T)
        wt = cg.const_on(wt_name, home)
        if max(k, g4) >= 1 << 13:
            raise CompileError(f"lstm {n.name!r}: mmul dimensions exceed 8191")
    # remote tiles: (tile, blocks, input rows lo..hi, tag of the input rows)
    remote = []
    merges: list[tuple[Merge, int, int]] = []
    partial = {home: gates}  # element 0 of each tile's partial gate vector
    if m.analog:
        per_tile = {t: [b for b in m.blocks if b.replica == 0 and b.tile == t] for t in m.tiles(0)}
        parts = []
        for t in m.tiles(0)[1:]:
            blocks = per_tile[t]
            lo, hi = min(b.row0 for b in blocks), max(b.row1 for b in blocks)
            c_lo, c_hi = min(b.col0 for b in blocks), max(b.col1 for b in blocks)
            remote.append((t, blocks, lo, hi, cg.new_tag(home, t)))
            parts.append(Partial(t, c_lo, c_hi))
            partial[t] = cg.tc(t).alloc(c_hi - c_lo) - c_lo
        if parts:
            own = per_tile[home]
            home_cols = (min(b.col0 for b in own), max(b.col1 for b in own))
            plan = plan_reduction(home, [home_cols], parts, cg.arch)
            bufs = cg.merge_scratch(plan)
            merges = [(mg, cg.new_tag(mg.src, mg.dst), bufs.get(mg, -1)) for mg in plan]
    code = cg.tc(home)
    code.vec("vsub", cell, (cell, cell), hidden)  # c_{-1} = 0 in every slot
    if mem is not None:  # h_{-1} = 0 in every slot
        code.vec("vsub", s_buf + n_in, (s_buf + n_in, s_buf + n_in), hidden)
    if mem is not None and mem.x is not None:
        mem.sync(code, s_buf)
        _slot_address(code, 10, mem.x)
    else:
        code.li(10, xin)
    if mem is not None:
        _slot_address(code, 12, mem.y)
    code.li(8, 0)
    code.li(9, s_buf)
    code.li(11, y)
    top = code.here()
    if mem is not None and mem.x is not None:
        code.emit("ld", 9, 10, mem.x[0], n_in)  # x_t -> S[0:I]
    else:
        code.emit("vcopy", 9, 10, n_in)  # x_t -> S[t, 0:I]
    for t, _, lo, hi, tag_in in remote:
        code.emit("addi", 1, 9, lo)
        code.emit("send", 1, t, tag_in, hi - lo)
    if remote:
        code.vec("vsub", gates, (gates, gates), g4)
    if m.analog:
        seen: set[int] = set()
        for b in sorted(
            (b for b in m.blocks if b.replica == 0 and b.tile == home),
            key=lambda b: (b.col0, b.row0),
        ):
            code.emit("addi", 4, 9, b.row0)
            code.li(5, gates + b.col0)
            code.emit("mvm", b.xb, 4, 5, 1 if (b.col0 in seen or remote) else 0)
            seen.add(b.col0)
    else:
        assert wt is not None
        code.li(1, gates)
        code.li(3, wt)
        code.emit("mmul", 1, 9, 3, 0, 1, k, g4)
    for mg, tag, scratch in merges:
        if mg.dst == home:
            recv_partial(code, mg, tag, gates, scratch)
    if pbias is not None:
        code.li(1, gates)
        code.li(3, pbias)
        code.emit("vaffine", 1, 1, 3, g4)
    if n.attrs.get("cell", "lstm") == "gru":
        _gru_cell(code, gates, t1, t2, hidden, n_in)
    else:
        _lstm_cell(code, gates, cell, t1, t2, hidden)
    if mem is not None:
        code.emit("addi", 4, 9, n_in)
        code.emit("vcopy", 4, 11, hidden)  # h_t -> S[I:], the next step's h_{t-1}
        code.emit("st", 12, 11, mem.y[0], hidden)  # h_t -> output row t
        code.emit("addi", 12, 12, hidden)
    else:
        code.emit("addi", 4, 9, k + n_in)
        code.emit("vcopy", 4, 11, hidden)  # h_t -> S[t+1, I:]
        code.emit("addi", 9, 9, k)
        code.emit("addi", 11, 11, hidden)
    code.emit("addi", 10, 10, n_in)
    code.loop_end(8, steps, top)
    for t, blocks, lo, hi, tag_in in remote:
        rc = cg.tc(t)
        rin = rc.alloc(hi - lo)
        rc.li(8, 0)
        rtop = rc.here()
        rc.recv(rin, home, tag_in, hi - lo)
        seen = set()
        for b in sorted(blocks, key=lambda b: (b.col0, b.row0)):
            rc.li(4, rin + b.row0 - lo)
            rc.li(5, partial[t] + b.col0)
            rc.emit("mvm", b.xb, 4, 5, 1 if b.col0 in seen else 0)
            seen.add(b.col0)
        for mg, tag, scratch in merges:  # a tree's inner tile adds before it sends
            if mg.dst == t:
                recv_partial(rc, mg, tag, partial[t], scratch)
        for mg, tag, _ in merges:
            if mg.src == t:
                send_partial(rc, mg, tag, partial[t])
        rc.loop_end(8, steps, rtop)
    cg.tc(home)
    if mem is None:
        cg.produce(n.output, home, y)
    return y


def _slot_address(code: TileCode, reg: int, where: tuple[int, int, int]) -> None:
    """``reg`` = the address of slot s's data in global memory ``where`` = (space, address
    of slot 0, slot stride)."""
    _, addr, stride = where
    code.li(reg, stride)
    code.emit("mul", reg, R_SLOT, reg)
    code.emit("addi", reg, reg, addr)


def _lstm_cell(code: TileCode, gates: int, cell: int, t1: int, t2: int, hidden: int) -> None:
    """LSTM step after the gate pre-activations (rows i, o, f, c at ``gates``): the cell
    state and ``h_t`` into the output row at ``r11``."""
    code.vec("vsigm", gates, (gates,), 3 * hidden)  # i, o, f
    code.vec("vtanh", gates + 3 * hidden, (gates + 3 * hidden,), hidden)  # g
    code.vec("vmul", t1, (gates + 2 * hidden, cell), hidden)  # f * c_{t-1}
    code.vec("vmul", t2, (gates, gates + 3 * hidden), hidden)  # i * g
    code.vec("vadd", cell, (t1, t2), hidden)  # c_t
    code.vec("vtanh", t1, (cell,), hidden)
    code.li(2, gates + hidden)
    code.li(3, t1)
    code.emit("vmul", 11, 2, 3, hidden)  # h_t = o * tanh(c_t) -> output row t


def _gru_cell(code: TileCode, gates: int, t1: int, t2: int, hidden: int, n_in: int) -> None:
    """GRU step (``linear_before_reset``) after the pre-activations (rows z, r, candidate
    input part, candidate recurrent part at ``gates``; see :func:`stack_onnx_gru`):
    ``n = tanh(xh + r * hh)``, ``h_t = n + z * (h_{t-1} - n)`` into the output row at
    ``r11``; ``h_{t-1}`` is the h part of the crossbar input row at ``r9``."""
    code.vec("vsigm", gates, (gates,), 2 * hidden)  # z, r
    code.vec("vmul", t1, (gates + hidden, gates + 3 * hidden), hidden)  # r * (Rh h + Rbh)
    code.vec("vadd", t1, (gates + 2 * hidden, t1), hidden)  # + Wh x + Wbh
    code.vec("vtanh", t1, (t1,), hidden)  # n
    code.emit("addi", 4, 9, n_in)
    code.li(1, t2)
    code.li(3, t1)
    code.emit("vsub", 1, 4, 3, hidden)  # h_{t-1} - n
    code.vec("vmul", t2, (gates, t2), hidden)  # z * (h_{t-1} - n)
    code.li(2, t1)
    code.li(3, t2)
    code.emit("vadd", 11, 2, 3, hidden)  # h_t -> output row t


__all__ = [
    "StepMemory",
    "emit_lstm",
    "lstm_home",
    "lstm_reference",
    "lstm_step_elements",
    "stack_onnx_gru",
    "stack_onnx_weights",
]
