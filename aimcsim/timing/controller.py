"""The per-tile controller: in-order issue, scalar execution, dispatch to the tile's units.

Issue model (exact and deliberately simple)
    * One instruction issues per cycle at most, in program order. ``t`` is the cycle at
      which the next instruction may issue.
    * Scalar and control instructions (li addi add sub mul beq bne blt jmp nop, xwin, xcfg)
      execute in the issue stage in one cycle: the next instruction may issue at ``t + 1``.
      Taken branches cost nothing extra. XWIN/XCFG change the crossbar state for the MVMs
      issued after them (an MVM in flight keeps its configuration).
    * A unit instruction (mvm prog, DPU ops, ld st, send recv) issues when (a) every earlier
      instruction of the tile whose buffer footprint overlaps its own (RAW, WAR, WAW) has
      completed, (b) its unit is free, and for MVM (c) the tile's ADC bank is free. It starts
      in its issue cycle ``s``; the next instruction may issue at ``s + 1``. Units: one per
      crossbar, the DPU, the memory port, the NI send port and the NI receive port; each
      executes one instruction at a time, from its start to its completion.
    * The cycles ``s - t`` are stall cycles of the instruction's layer, attributed to the
      binding constraint (dependency, or the unit: xbar, adc, dpu, memory, network).
    * ``halt`` waits until every unit has drained; the tile finishes at
      ``max(issue cycle of halt, last completion)``. Running off the end of the stream is an
      implicit ``halt``. ``barrier`` drains, then waits for every tile with a stream; all
      resume at ``T + 1`` where ``T`` is the cycle the last tile arrived.

How time advances
    Everything a tile-local unit does depends only on this controller's in-order decisions,
    so its timing is computed in closed form at dispatch (integer ``end`` per unit slot)
    and the controller runs ahead of SimPy's clock without events. It synchronises SimPy's
    clock to its own (one timeout) only before touching something shared with other tiles:
    a memory bank, the mesh, a barrier, a message rendezvous. An instruction whose completion
    is not known at dispatch (a RECV whose message has not been sent yet) has ``end = -1``
    and a SimPy event that fires as soon as its completion cycle is known; the controller
    waits on it only when a later instruction needs it.

Watchdogs (checked at every taken branch, the end of any loop iteration)
    Control flow depends only on the registers (no instruction loads data into a register),
    so a tile whose (pc, registers) state repeats loops forever: Brent's cycle detection
    (one saved state, re-saved after 1, 2, 4, ... taken branches) finds it within about
    twice the loop's period, whatever the loop body does (memory, crossbar, DPU, network).
    A loop whose state does not repeat (a counter) is stopped when the tile makes no
    progress (no message sent or received, no barrier passed, no unit instruction of another
    layer than its previous one) for ``watchdog_cycles``, or takes
    :data:`RUNAWAY_TAKEN_BRANCHES` branches without any unit instruction. Each raises
    :class:`RunawayLoopError` naming the tile, the loop and where the other tiles are.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Generator
from typing import Any, Protocol

import simpy

from aimcsim.config.arch import ArchConfig
from aimcsim.errors import ProgramError
from aimcsim.isa import Program
from aimcsim.timing.adc import AdcBank
from aimcsim.timing.counters import (
    ST_ADC,
    ST_BARRIER,
    ST_DEP,
    ST_DPU,
    ST_MEM,
    ST_NET,
    ST_XBAR,
    Counters,
    LayerStats,
)
from aimcsim.timing.crossbar import CrossbarState
from aimcsim.timing.decode import (
    EXPR,
    K_ADD,
    K_ADDI,
    K_BARRIER,
    K_BEQ,
    K_BLT,
    K_BNE,
    K_DPU,
    K_HALT,
    K_JMP,
    K_LD,
    K_LI,
    K_MUL,
    K_MVM,
    K_RECV,
    K_SEND,
    K_ST,
    K_SUB,
    K_XCFG,
    K_XWIN,
    XCOLS,
    XROWS,
    UnitOp,
)
from aimcsim.timing.memory import MemorySystem
from aimcsim.timing.mesh import Mesh
from aimcsim.timing.trace import TraceRecorder

Span = tuple[int, int]
_EMPTY: tuple[Span, ...] = ()


RUNAWAY_TAKEN_BRANCHES = 1_000_000
"""Taken branches in a row without a unit instruction after which a loop counts as runaway.

No useful program spins this long on scalar work alone; the watchdog turns such a program
into an error within seconds instead of a hang."""


DEFAULT_WATCHDOG_CYCLES = 100_000_000
"""Cycles a tile may run without progress (no message sent or received, no barrier passed,
no unit instruction of a new layer) before the watchdog calls its loop runaway."""


class CycleLimitExceeded(ProgramError):
    """The simulation passed ``max_cycles`` (a runaway loop, or a limit set too low)."""


class RunawayLoopError(ProgramError):
    """A tile loops without end: its state repeats, it branches without doing any work, or it
    makes no progress for longer than the watchdog allows."""


Origin = tuple[int, int, UnitOp, int]
"""Who sent a message: (tile, instruction index, the SEND's UnitOp, its start cycle)."""


def _wrap32(v: int) -> int:
    return ((v + 0x80000000) & 0xFFFFFFFF) - 0x80000000


class TileServices(Protocol):
    """What a controller uses of the chip around it. The engine's ``Chip`` provides it; the
    controller never imports the engine, so the dependency runs one way."""

    env: simpy.Environment
    arch: ArchConfig
    program: Program
    counters: Counters
    memory: MemorySystem
    mesh: Mesh
    trace: TraceRecorder | None
    max_cycles: int
    watchdog_cycles: int
    adc_banks: dict[int, AdcBank]
    ni_components: dict[int, int]

    def barrier_arrive(self, barrier_id: int) -> simpy.Event | None:
        """Arrive at a barrier: the event to wait for, or None if this tile released it."""
        ...

    def check_length(self, origin: Origin, n_elements: int, ctrl: Controller, recv: UnitOp) -> None:
        """ProgramError if a message's length differs from its RECV's."""
        ...

    def positions(self, exclude: int) -> list[str]:
        """Where every unfinished tile but ``exclude`` is, for error messages."""
        ...


class Slot:
    """The instruction a unit executes (or last executed): span, footprint, completion.

    ``end`` is its completion cycle, or -1 while unknown; then ``event`` fires as soon as
    ``end`` is set.
    """

    __slots__ = ("end", "event", "op", "reads", "start", "writes")

    def __init__(self) -> None:
        self.end = 0
        self.start = 0
        self.event: simpy.Event | None = None
        self.reads: tuple[Span, ...] = _EMPTY
        self.writes: tuple[Span, ...] = _EMPTY
        self.op: UnitOp | None = None


def _conflict(slot: Slot, reads: tuple[Span, ...], writes: tuple[Span, ...]) -> bool:
    """True if a new instruction with these footprints must wait for ``slot``'s one."""
    for lo, hi in writes:
        for lo2, hi2 in slot.reads:
            if lo < hi2 and lo2 < hi:
                return True
        for lo2, hi2 in slot.writes:
            if lo < hi2 and lo2 < hi:
                return True
    for lo, hi in reads:
        for lo2, hi2 in slot.writes:
            if lo < hi2 and lo2 < hi:
                return True
    return False


def _describe(slot: Slot, why: str) -> str:
    """What waiting for ``slot``'s pending instruction means, for deadlock reports."""
    op = slot.op
    if op is not None and op.mnemonic == "recv":
        return (
            f"the message from tile {op.a} with tag {op.b} (recv at instruction {op.index}; {why})"
        )
    return f"completion of {op.mnemonic if op else '?'} ({why})"


class Controller:
    """Issue stage and unit bookkeeping of one tile (see the module docstring)."""

    def __init__(self, chip: TileServices, tile: int, code: list[tuple[Any, ...]]) -> None:
        self.chip = chip
        self.env = chip.env
        self.tile = tile
        self.code = code
        self.regs = [0] * 16
        arch = chip.arch
        self.xbars = [
            CrossbarState(arch.tile, arch.chip.clock_mhz)
            for _ in range(arch.tile.crossbar.per_tile)
        ]
        self.adc = chip.adc_banks[tile]
        self.buffer_elements = arch.tile.buffer.size_elements
        self.element_bytes = arch.tile.buffer.element_bytes
        n_x = len(self.xbars)
        # Unit slots: crossbars 0..n-1, then DPU, memory port, NI send, NI receive.
        self.slots = [Slot() for _ in range(n_x + 4)]
        self.dpu_slot = n_x
        self.mem_slot = n_x + 1
        self.send_slot = n_x + 2
        self.recv_slot = n_x + 3
        self.mailbox: dict[tuple[int, int], deque[tuple[int, int, Any]]] = {}
        self.recv_wait: tuple[tuple[int, int], Slot, UnitOp] | None = None
        self.trace = chip.trace
        self.done = False
        self.finish_cycle = 0
        self.n_dynamic = 0
        self.pc = 0
        self.last_arrival_cycle = 0
        self.waiting_for = ""

    # ------------------------------------------------------------------ helpers
    def _where(self, pc: int) -> str:
        if pc >= len(self.code):
            return f"tile {self.tile} at the end of its stream"
        op = self.code[pc]
        if isinstance(op[1], UnitOp):
            u = op[1]
            line = f", line {u.line}" if u.line is not None else ""
            return f"tile {self.tile} instruction {pc} ({u.mnemonic}{line})"
        src = self.chip.program.streams[self.tile].instructions[pc]
        line = f", line {src.line}" if src.line is not None else ""
        return f"tile {self.tile} instruction {pc} ({src.mnemonic}{line})"

    def _spans(self, fps: tuple[Any, ...], xb: CrossbarState | None) -> tuple[Span, ...]:
        regs = self.regs
        out = []
        for reg, length, fp, ops in fps:
            if length < 0:
                if xb is None:
                    raise ProgramError("footprint needs a crossbar window")
                if length == XROWS:
                    length = xb.nrows
                elif length == XCOLS:
                    length = xb.ncols
                elif length == EXPR:
                    length = fp.evaluate({**ops, "xrows": xb.nrows, "xcols": xb.ncols})
            lo = regs[reg]
            hi = lo + length
            if lo < 0 or hi > self.buffer_elements:
                raise ProgramError(
                    f"{self._where(self.pc)}: buffer region [{lo}, {hi}) outside the "
                    f"{self.buffer_elements}-element tile buffer"
                )
            out.append((lo, hi))
        return tuple(out)

    def _wait(self, slot: Slot, what: str) -> Generator[simpy.Event, Any, int]:
        """Wait until ``slot``'s completion cycle is known; returns it."""
        while slot.end < 0:
            self.waiting_for = what
            assert slot.event is not None
            yield slot.event
        self.waiting_for = ""
        return slot.end

    def _ready(
        self, u: UnitOp, reads: tuple[Span, ...], writes: tuple[Span, ...], own: Slot, t: int
    ) -> Generator[simpy.Event, Any, tuple[int, int]]:
        """(latest completion among conflicting in-flight instructions, own unit's free
        cycle), waiting for any of them whose completion is still unknown."""
        dep = 0
        for s in self.slots:
            e = s.end
            if 0 <= e <= t:
                continue
            if _conflict(s, reads, writes):
                if e < 0:
                    e = yield from self._wait(s, _describe(s, "buffer dependency"))
                if e > dep:
                    dep = e
        unit_free = own.end
        if unit_free < 0:
            unit_free = yield from self._wait(own, _describe(own, "unit busy"))
        return dep, unit_free

    def _sync(self, cycle: int) -> simpy.Timeout | None:
        """A timeout bringing SimPy's clock to ``cycle``, or None if already there."""
        wait = cycle - self.env.now
        return self.env.timeout(wait) if wait > 0 else None

    def _drain(self, t: int) -> Generator[simpy.Event, Any, int]:
        for s in self.slots:
            e = s.end
            if e < 0:
                e = yield from self._wait(s, _describe(s, "drain before halt/barrier"))
            if e > t:
                t = e
        return t

    # ------------------------------------------------------------------ main loop
    def run(self) -> Generator[simpy.Event, Any, None]:
        """The controller process: issue the stream until halt."""
        code = self.code
        n = len(code)
        regs = self.regs
        slots = self.slots
        xbars = self.xbars
        adc = self.adc
        chip = self.chip
        counts = chip.counters.counts
        busy = chip.counters.busy_cycles
        trace = self.trace
        limit = chip.max_cycles
        tile = self.tile
        t = 0
        pc = 0
        ndyn = 0
        # Watchdogs (see _runaway): taken branches since the last unit instruction; the
        # last cycle of progress; a saved (pc, registers) state for Brent's cycle detection.
        spins = 0
        watchdog = chip.watchdog_cycles
        progress_cycle = 0
        last_stats: LayerStats | None = None
        saved_pc, saved_regs = -1, regs[:]
        save_every, since_saved = 1, 0
        while True:
            if pc >= n:
                break
            op = code[pc]
            k = op[0]
            ndyn += 1
            # ------------------------------------------------ scalar and control
            if k < K_XWIN:
                target = -1
                if k == K_ADDI:
                    regs[op[1]] = _wrap32(regs[op[2]] + op[3])
                elif k == K_BNE:
                    if regs[op[1]] != regs[op[2]]:
                        target = op[3]
                elif k == K_BLT:
                    if regs[op[1]] < regs[op[2]]:
                        target = op[3]
                elif k == K_BEQ:
                    if regs[op[1]] == regs[op[2]]:
                        target = op[3]
                elif k == K_LI:
                    regs[op[1]] = op[2]
                elif k == K_ADD:
                    regs[op[1]] = _wrap32(regs[op[2]] + regs[op[3]])
                elif k == K_SUB:
                    regs[op[1]] = _wrap32(regs[op[2]] - regs[op[3]])
                elif k == K_MUL:
                    regs[op[1]] = _wrap32(regs[op[2]] * regs[op[3]])
                elif k == K_JMP:
                    target = op[1]
                # K_NOP: nothing
                t += 1
                if target < 0:
                    pc += 1
                    continue
                # A taken branch: the end of a loop iteration, where the watchdogs look.
                branch_pc, pc = pc, target
                spins += 1
                since_saved += 1
                if t - progress_cycle > watchdog:  # a message that arrived while it waited
                    progress_cycle = max(progress_cycle, self.last_arrival_cycle)
                if (
                    t > limit
                    or spins > RUNAWAY_TAKEN_BRANCHES
                    or t - progress_cycle > watchdog
                    or (pc == saved_pc and regs == saved_regs)
                ):
                    repeated = pc == saved_pc and regs == saved_regs
                    self._runaway(branch_pc, pc, t, spins, progress_cycle, repeated)
                if since_saved == save_every:
                    saved_pc, saved_regs = pc, regs[:]
                    save_every <<= 1
                    since_saved = 0
                continue
            if k == K_XWIN:
                problem = xbars[op[1]].set_window(*op[2])
                if problem is not None:
                    raise ProgramError(f"{op[3]}: {problem}")
                t += 1
                pc += 1
                continue
            if k == K_XCFG:
                xbars[op[1]].configure(*op[2])
                t += 1
                pc += 1
                continue
            if k == K_HALT:
                break
            spins = 0
            self.pc = pc
            if k == K_BARRIER:
                t = yield from self._drain(t)
                wait = self._sync(t)
                if wait is not None:
                    yield wait
                release = chip.barrier_arrive(op[1])
                if release is not None:
                    self.waiting_for = f"barrier {op[1]} (other tiles to arrive)"
                    yield release
                    self.waiting_for = ""
                arrived = t
                t = int(self.env.now)
                op[2].stall_cycles[ST_BARRIER] += t - arrived
                t += 1
                progress_cycle = t
                pc += 1
                continue
            # ------------------------------------------------ unit instructions
            u = op[1]
            if k == K_MVM:
                xs = xbars[u.a]
                reads = self._spans(u.reads, xs)
                writes = self._spans(u.writes, xs)
                own = slots[u.a]
                dep, unit_free = yield from self._ready(u, reads, writes, own, t)
                s, cat = t, -1
                if dep > s:
                    s, cat = dep, ST_DEP
                if unit_free > s:
                    s, cat = unit_free, ST_XBAR
                if adc.free_at_cycle > s:
                    s, cat = adc.free_at_cycle, ST_ADC
                cycles = xs.mvm_cycles
                end = s + cycles
                adc.free_at_cycle = end
                (k1, _), (k2, _), (k3, _) = u.counts
                counts[k1] += xs.n_dac_drive
                counts[k2] += xs.n_xbar_read
                counts[k3] += xs.n_adc_convert
                busy[k2[1]] += cycles
                busy[k1[1]] += xs.dac_busy_cycles
                busy[adc.component] += xs.adc_busy_cycles
            elif k == K_DPU:
                reads = self._spans(u.reads, None)
                writes = self._spans(u.writes, None)
                own = slots[self.dpu_slot]
                dep, unit_free = yield from self._ready(u, reads, writes, own, t)
                s, cat = t, -1
                if dep > s:
                    s, cat = dep, ST_DEP
                if unit_free > s:
                    s, cat = unit_free, ST_DPU
                cycles = u.cycles
                end = s + cycles
                for key, c in u.counts:
                    counts[key] += c
                busy[u.counts[0][0][1]] += cycles
            elif k in (K_LD, K_ST):
                reads = self._spans(u.reads, None)
                writes = self._spans(u.writes, None)
                own = slots[self.mem_slot]
                dep, unit_free = yield from self._ready(u, reads, writes, own, t)
                s, cat = t, -1
                if dep > s:
                    s, cat = dep, ST_DEP
                if unit_free > s:
                    s, cat = unit_free, ST_MEM
                wait = self._sync(s)
                if wait is not None:
                    yield wait
                memory = chip.memory
                bank = memory.bank_of(u.b, regs[u.a] * self.element_bytes, u.c)
                end, bank_wait = memory.access(u.b, bank, u.c, s)
                u.stats.stall_cycles[ST_MEM] += bank_wait
                action = "mem.read_byte" if k == K_LD else "mem.write_byte"
                counts[(u.stats.layer, bank.component, action)] += u.c
                counts[u.counts[0][0]] += u.counts[0][1]
                cycles = end - s
            elif k == K_SEND:
                reads = self._spans(u.reads, None)
                own = slots[self.send_slot]
                writes = _EMPTY
                dep, unit_free = yield from self._ready(u, reads, writes, own, t)
                s, cat = t, -1
                if dep > s:
                    s, cat = dep, ST_DEP
                if unit_free > s:
                    s, cat = unit_free, ST_NET
                wait = self._sync(s)
                if wait is not None:
                    yield wait
                end = chip.mesh.send(
                    tile, u.a, u.b, u.c, u.d, s, u.stats, chip.ni_components[tile], (tile, pc, u, s)
                )
                progress_cycle = s
                for key, c in u.counts:
                    counts[key] += c
                cycles = end - s
            elif k == K_RECV:
                writes = self._spans(u.writes, None)
                own = slots[self.recv_slot]
                reads = _EMPTY
                dep, unit_free = yield from self._ready(u, reads, writes, own, t)
                s, cat = t, -1
                if dep > s:
                    s, cat = dep, ST_DEP
                if unit_free > s:
                    s, cat = unit_free, ST_NET
                wait = self._sync(s)
                if wait is not None:
                    yield wait
                counts[u.counts[0][0]] += u.counts[0][1]
                key = (u.a, u.b)
                queue = self.mailbox.get(key)
                if queue:
                    arrival, n_elements, origin = queue.popleft()
                    chip.check_length(origin, n_elements, self, u)
                    end = arrival if arrival > s else s
                    # Waiting for the message is a network stall, not work of the tile.
                    u.stats.stall_cycles[ST_NET] += end - s
                    u.stats.arrived(end)
                    progress_cycle = end
                    if trace is not None:
                        trace.received(tile, u, s, end, origin)
                    cycles = 0
                else:
                    # Completion unknown until the message is sent: pending slot.
                    if cat >= 0:
                        u.stats.stall_cycles[cat] += s - t
                    u.stats.n_unit_instr += 1
                    u.stats.receiving = True
                    if s < u.stats.first_issue_cycle:
                        u.stats.first_issue_cycle = s
                    own.start = s
                    own.end = -1
                    own.event = self.env.event()
                    own.reads = reads
                    own.writes = writes
                    own.op = u
                    self.recv_wait = (key, own, u)
                    progress_cycle = s
                    t = s + 1
                    pc += 1
                    continue
            else:  # K_PROG
                xs = xbars[u.a]
                own = slots[u.a]
                dep, unit_free = yield from self._ready(u, _EMPTY, _EMPTY, own, t)
                reads = writes = _EMPTY
                s, cat = t, -1
                if unit_free > s:
                    s, cat = unit_free, ST_XBAR
                cycles = xs.prog_cycles
                end = s + cycles
                key = u.counts[0][0]
                counts[key] += xs.nrows
                busy[key[1]] += cycles
            # ------------------------------------------------ bookkeeping
            own.start = s
            own.end = end
            own.reads = reads
            own.writes = writes
            own.op = u
            st = u.stats
            if cat >= 0:
                st.stall_cycles[cat] += s - t
            st.n_unit_instr += 1
            st.busy_cycles += cycles
            if s < st.first_issue_cycle:
                st.first_issue_cycle = s
            if k == K_RECV:
                st.receiving = True
            elif st.receiving:
                st.worked(s)
            if end > st.last_end_cycle:
                st.last_end_cycle = end
            if st is not last_stats:
                last_stats = st
                progress_cycle = s
            if trace is not None and cycles:
                trace.slices.append(((tile, u.track), u.mnemonic, s, cycles, st.layer))
            t = s + 1
            pc += 1
        # ---------------------------------------------------- halt / end of stream
        self.pc = pc
        self.n_dynamic = ndyn
        t = yield from self._drain(t)
        self.finish_cycle = t
        self.done = True

    def _runaway(
        self, branch_pc: int, target: int, t: int, spins: int, progress_cycle: int, repeated: bool
    ) -> None:
        """Raise the error of the watchdog that fired at the taken branch ``branch_pc``."""
        if t > self.chip.max_cycles:
            raise CycleLimitExceeded(
                f"tile {self.tile} passed max_cycles ({self.chip.max_cycles}) at cycle {t}, "
                f"{self._where(target)}"
            )
        loop = f"the loop from {self._where(target)} to its branch at instruction {branch_pc}"
        if spins > RUNAWAY_TAKEN_BRANCHES:
            why = (
                f"tile {self.tile} took {spins:,} branches without issuing any crossbar, DPU, "
                "memory or network instruction"
            )
        elif repeated:
            why = (
                f"tile {self.tile} came back to instruction {target} with the same registers: "
                "its control flow repeats forever and it can never halt"
            )
        else:
            why = (
                f"tile {self.tile} made no progress (no message sent or received, no barrier, "
                f"no new layer) for {t - progress_cycle:,} cycles, more than the watchdog's "
                f"{self.chip.watchdog_cycles:,} (cycle {progress_cycle} to {t})"
            )
        others = self.chip.positions(exclude=self.tile)
        elsewhere = ("; other tiles: " + "; ".join(others)) if others else ""
        raise RunawayLoopError(f"runaway loop: {why}, in {loop}{elsewhere}")

    def complete_recv(self, arrival: int, origin: Origin) -> None:
        """The message of the pending RECV, sent by ``origin``, is known to arrive at
        ``arrival``: complete it."""
        assert self.recv_wait is not None
        _, slot, u = self.recv_wait
        self.recv_wait = None
        end = arrival if arrival > slot.start else slot.start
        slot.end = end
        st = u.stats
        st.stall_cycles[ST_NET] += end - slot.start
        st.arrived(end)
        self.last_arrival_cycle = end
        if self.trace is not None:
            self.trace.received(self.tile, u, slot.start, end, origin)
        assert slot.event is not None
        slot.event.succeed()
