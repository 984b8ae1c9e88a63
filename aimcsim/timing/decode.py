"""Pre-decoding of a tile's stream into the compact ops the controller executes.

Everything that does not change between two executions of one static instruction is
computed here once: the kind, operand values, footprint shapes (from the ISA spec's
``reads``/``writes`` expressions), DPU latency, counter keys and component ids. This module
is the only place the timing model reads the ISA spec (through :mod:`aimcsim.isa`).

Scalar and control ops are tuples ``(kind, a, b, c)``; unit ops are ``(kind, UnitOp)``.
Footprint lengths that depend on the crossbar window are stored as :data:`XROWS` /
:data:`XCOLS` (the window's row / column count at execution time) or :data:`EXPR`
(the spec expression evaluated at execution time).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from aimcsim.errors import ProgramError
from aimcsim.isa import SPEC, Instruction, TileStream
from aimcsim.isa.spec import FootprintSpec
from aimcsim.timing.counters import LayerStats
from aimcsim.timing.dpu import dpu_cost

# Kinds, in rough order of dynamic frequency (the controller tests them in this order).
K_ADDI, K_BNE, K_BLT, K_BEQ, K_LI, K_ADD, K_SUB, K_MUL, K_JMP, K_NOP = range(10)
K_XWIN, K_XCFG = 10, 11
K_MVM, K_DPU, K_LD, K_ST, K_SEND, K_RECV, K_PROG = 20, 21, 22, 23, 24, 25, 26
K_HALT, K_BARRIER = 30, 31
UNIT_KINDS = frozenset({K_MVM, K_DPU, K_LD, K_ST, K_SEND, K_RECV, K_PROG})

_SCALAR = {
    "addi": K_ADDI,
    "bne": K_BNE,
    "blt": K_BLT,
    "beq": K_BEQ,
    "li": K_LI,
    "add": K_ADD,
    "sub": K_SUB,
    "mul": K_MUL,
    "jmp": K_JMP,
    "nop": K_NOP,
}
_REG_WRITERS = frozenset({"addi", "li", "add", "sub", "mul"})
_BRANCHES = frozenset({K_BNE, K_BLT, K_BEQ, K_JMP})
_N_OPERANDS = {m: len(SPEC.by_mnemonic[m].fields) for m in _SCALAR}
"""Operands of each scalar instruction (the branch target is the last one)."""

XROWS, XCOLS, EXPR = -1, -2, -3
"""Footprint-length markers resolved at execution time."""


@dataclass(frozen=True)
class TileLayout:
    """Component ids and sizes of one tile the decoder needs (built by the engine)."""

    tile: int
    n_xbars: int
    n_tiles: int
    buffer_elements: int
    element_bytes: int
    xbar_components: tuple[int, ...]
    dac_components: tuple[int, ...]
    adc_component: int
    dpu_component: int
    buffer_component: int
    ni_component: int


class UnitOp:
    """Static data of one unit instruction (crossbar, DPU, memory, network).

    ``reads``/``writes`` are footprints as ``(register, length, spec, operands)``: the
    length in elements or one of the markers XROWS/XCOLS/EXPR. ``counts`` are static
    ``(counter key, count)`` pairs added on every execution. ``a``..``d`` are
    kind-specific operands (see the controller).
    """

    __slots__ = (
        "a",
        "b",
        "c",
        "counts",
        "cycles",
        "d",
        "index",
        "line",
        "mnemonic",
        "reads",
        "stats",
        "track",
        "writes",
    )

    def __init__(self, index: int, instr: Instruction, stats: LayerStats) -> None:
        self.index = index
        self.mnemonic = instr.mnemonic
        self.line = instr.line
        self.stats = stats
        self.reads: tuple[tuple[int, int, FootprintSpec | None, Mapping[str, int]], ...] = ()
        self.writes: tuple[tuple[int, int, FootprintSpec | None, Mapping[str, int]], ...] = ()
        self.counts: tuple[tuple[tuple[int, int, str], int], ...] = ()
        self.cycles = 0
        self.a = self.b = self.c = self.d = 0
        self.track = ""

    def placed(self, index: int, line: int | None) -> UnitOp:
        """A copy of this op for another instruction with the same mnemonic, operands and
        layer: the same static data, its own ``index`` and source ``line``."""
        u = UnitOp.__new__(UnitOp)
        u.index, u.line, u.mnemonic, u.stats = index, line, self.mnemonic, self.stats
        u.reads, u.writes, u.counts, u.cycles = self.reads, self.writes, self.counts, self.cycles
        u.a, u.b, u.c, u.d, u.track = self.a, self.b, self.c, self.d, self.track
        return u


def _footprints(
    fps: tuple[FootprintSpec, ...], ops: dict[str, int]
) -> tuple[tuple[int, int, FootprintSpec | None, Mapping[str, int]], ...]:
    out: list[tuple[int, int, FootprintSpec | None, Mapping[str, int]]] = []
    for fp in fps:
        reg = ops[fp.reg]
        if fp.expr == "xrows":
            out.append((reg, XROWS, None, ops))
        elif fp.expr == "xcols":
            out.append((reg, XCOLS, None, ops))
        elif "xrows" in fp.names or "xcols" in fp.names:
            out.append((reg, EXPR, fp, ops))
        else:
            out.append((reg, fp.evaluate(ops), None, ops))
    return tuple(out)


def _where(tile: int, index: int, instr: Instruction) -> str:
    """How error messages name a static instruction."""
    line = f", line {instr.line}" if instr.line is not None else ""
    return f"tile {tile} instruction {index} ({instr.mnemonic}{line})"


def decode_stream(
    stream: TileStream,
    layout: TileLayout,
    layer_stats: Callable[[int], LayerStats],
    dpu_cfg: Any,
) -> list[tuple[Any, ...]]:
    """Compile ``stream`` into controller ops; ProgramError for a static fault (unknown
    mnemonic, crossbar or tile out of range, branch target outside the stream).

    Decoding is memoised within the stream: equal scalar instructions share one op tuple,
    and a unit instruction whose mnemonic, operands and layer were seen before copies that
    one's static data (footprints, counts, cycles) with its own index and source line."""
    code: list[tuple[Any, ...]] = []
    n = len(stream.instructions)
    tile = layout.tile
    scalars: dict[tuple[int, ...], tuple[int, ...]] = {}
    units: dict[tuple[str, tuple[int, ...], int], tuple[int, UnitOp]] = {}
    for index, instr in enumerate(stream.instructions):
        m = instr.mnemonic
        o = instr.operands
        kind = _SCALAR.get(m)
        if kind is not None and len(o) == _N_OPERANDS[m]:
            if m in _REG_WRITERS and o[0] == 0:
                op: tuple[Any, ...] = (K_NOP, 0, 0, 0)  # r0 ignores writes
            else:
                if kind in _BRANCHES and not 0 <= o[-1] <= n:
                    raise ProgramError(
                        f"{_where(tile, index, instr)}: branch target {o[-1]} outside the stream"
                    )
                op = (kind, *o, *(0,) * (3 - len(o)))
            code.append(scalars.setdefault(op, op))
            continue
        known = units.get((m, o, instr.layer))
        if known is not None:
            code.append((known[0], known[1].placed(index, instr.line)))
            continue
        op = _decode_one(index, instr, layout, layer_stats, dpu_cfg)
        if isinstance(op[1], UnitOp):
            units[(m, o, instr.layer)] = (op[0], op[1])
        code.append(op)
    return code


def _decode_one(
    index: int,
    instr: Instruction,
    layout: TileLayout,
    layer_stats: Callable[[int], LayerStats],
    dpu_cfg: Any,
) -> tuple[Any, ...]:
    """The controller op of one instruction that is not a plain scalar one."""
    where = _where(layout.tile, index, instr)
    ispec = SPEC.by_mnemonic.get(instr.mnemonic)
    if ispec is None:
        raise ProgramError(f"{where}: unknown mnemonic")
    if len(instr.operands) != len(ispec.fields):
        raise ProgramError(f"{where}: expected {len(ispec.fields)} operands")
    ops = dict(zip(ispec.operand_names, instr.operands, strict=True))
    m = instr.mnemonic
    o = instr.operands
    if m == "halt":
        return (K_HALT, 0, 0, 0)
    if m == "barrier":
        return (K_BARRIER, ops["id"], layer_stats(instr.layer), 0)
    if "xb" in ops and ops["xb"] >= layout.n_xbars:
        raise ProgramError(f"{where}: crossbar x{ops['xb']} but the tile has {layout.n_xbars}")
    if m == "xwin":
        return (K_XWIN, ops["xb"], (o[1], o[2], o[3], o[4]), where)
    if m == "xcfg":
        cfg = (ops["enc"], ops["in_bits"], ops["bpp"], ops["phases"], ops["itime"])
        return (K_XCFG, ops["xb"], cfg, where)
    stats = layer_stats(instr.layer)
    u = UnitOp(index, instr, stats)
    u.reads = _footprints(ispec.reads, ops)
    u.writes = _footprints(ispec.writes, ops)
    layer = instr.layer
    eb = layout.element_bytes
    buf = layout.buffer_component
    if m == "mvm":
        xb = ops["xb"]
        u.a = xb
        u.counts = (
            ((layer, layout.dac_components[xb], "dac.drive"), 0),
            ((layer, layout.xbar_components[xb], "xbar.read"), 0),
            ((layer, layout.adc_component, "adc.convert"), 0),
        )
        u.track = f"xbar[{xb}]"
        return (K_MVM, u)
    if m == "prog":
        xb = ops["xb"]
        u.a = xb
        u.counts = (((layer, layout.xbar_components[xb], "xbar.program_row"), 0),)
        u.track = f"xbar[{xb}]"
        return (K_PROG, u)
    if ispec.unit == "dpu":
        cycles, action, count = dpu_cost(m, ops, dpu_cfg)
        u.cycles = cycles
        n_read = sum(fp.evaluate(ops) for fp in ispec.reads)
        n_write = sum(fp.evaluate(ops) for fp in ispec.writes)
        u.counts = (
            ((layer, layout.dpu_component, action), count),
            ((layer, buf, "buf.read"), n_read * eb),
            ((layer, buf, "buf.write"), n_write * eb),
        )
        u.track = "dpu"
        return (K_DPU, u)
    if m in ("ld", "st"):
        length = ops["len"]
        u.a = ops["rs"] if m == "ld" else ops["rd"]  # register with the memory address
        u.b = ops["space"]
        u.c = length * eb
        u.counts = (((layer, buf, "buf.write" if m == "ld" else "buf.read"), length * eb),)
        u.track = "mem"
        return (K_LD if m == "ld" else K_ST, u)
    if m == "send":
        if ops["dst"] >= layout.n_tiles:
            raise ProgramError(
                f"{where}: destination tile {ops['dst']} is not on the {layout.n_tiles}-tile chip"
            )
        u.a, u.b, u.c = ops["dst"], ops["tag"], ops["len"]
        u.d = ops["len"] * eb
        u.counts = (
            ((layer, layout.ni_component, "noc.inject_byte"), u.d),
            ((layer, buf, "buf.read"), u.d),
        )
        u.track = "ni.send"
        return (K_SEND, u)
    if m == "recv":
        if ops["src"] >= layout.n_tiles:
            raise ProgramError(
                f"{where}: source tile {ops['src']} is not on the {layout.n_tiles}-tile chip"
            )
        u.a, u.b, u.c = ops["src"], ops["tag"], ops["len"]
        u.counts = (((layer, buf, "buf.write"), ops["len"] * eb),)
        u.track = "ni.recv"
        return (K_RECV, u)
    raise ProgramError(  # pragma: no cover - a new unit instruction in the spec
        f"{where}: the timing model does not know this instruction"
    )
