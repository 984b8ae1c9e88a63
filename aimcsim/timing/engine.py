"""The chip's timing model: one SimPy environment, one controller process per tile.

:class:`Chip` builds the components of an :class:`~aimcsim.config.arch.ArchConfig` that a
program uses (per tile: crossbars, ADC bank, DPU, buffer, network interface; the mesh;
the SRAM banks and DRAM channels), decodes every tile's stream once, runs the controllers
and detects deadlocks. :func:`simulate_timing` is the entry point.

Message rendezvous: a message is identified by (source tile, destination tile, tag). When
its arrival cycle becomes known, the mesh hands it to the destination tile: it completes
the pending RECV with the same (source, tag) if there is one, else it waits in that tile's
mailbox (FIFO per (source, tag)) for the next such RECV.

Deadlock: when SimPy has no event left and a controller has not halted, the run raises
:class:`~aimcsim.errors.DeadlockError` naming, per stuck tile, the instruction (index,
mnemonic, source line) and what it waits for. A message that no RECV ever took is reported
the same way.
"""

from __future__ import annotations

import math
from collections import deque
from functools import partial
from typing import Any

import simpy

from aimcsim.config.arch import ArchConfig
from aimcsim.errors import DeadlockError, ProgramError
from aimcsim.isa import Program
from aimcsim.timing.adc import AdcBank
from aimcsim.timing.controller import (
    DEFAULT_WATCHDOG_CYCLES,
    Controller,
    CycleLimitExceeded,
    Origin,
)
from aimcsim.timing.counters import Counters
from aimcsim.timing.decode import TileLayout, UnitOp, decode_stream
from aimcsim.timing.memory import MemorySystem
from aimcsim.timing.mesh import Mesh
from aimcsim.timing.result import TimingResult, build_result
from aimcsim.timing.trace import TraceRecorder

NO_LIMIT = 1 << 62


class Chip:
    """Components, controllers and shared state of one timing simulation."""

    def __init__(
        self,
        program: Program,
        arch: ArchConfig,
        trace: bool,
        max_cycles: int | None,
        watchdog_cycles: int = DEFAULT_WATCHDOG_CYCLES,
    ) -> None:
        self.program = program
        self.arch = arch
        self.env = simpy.Environment()
        self.counters = counters = Counters()
        self.trace = TraceRecorder() if trace else None
        self.max_cycles = NO_LIMIT if max_cycles is None else max_cycles
        self.watchdog_cycles = watchdog_cycles
        n_tiles = arch.chip.n_tiles
        tiles = sorted(t for t, s in program.streams.items() if s.instructions)
        for t in tiles:
            if not 0 <= t < n_tiles:
                raise ProgramError(
                    f"the program has a stream for tile {t} but the chip has tiles 0..{n_tiles - 1}"
                    f" ({arch.chip.mesh_rows}x{arch.chip.mesh_cols} mesh)"
                )
        self.memory = MemorySystem(arch.memory, counters)
        self.mesh = Mesh(
            self.env,
            arch.noc,
            arch.chip.mesh_rows,
            arch.chip.mesh_cols,
            counters,
            self.deliver,
            None if self.trace is None else self.trace.slices,
        )
        self.adc_banks: dict[int, AdcBank] = {}
        self.ni_components: dict[int, int] = {}
        self.controllers: dict[int, Controller] = {}
        self.undeliverable: list[tuple[int, int, int, Any]] = []
        self._barriers: dict[int, list[Any]] = {}
        self.barrier_parties = len(tiles)
        n_x = arch.tile.crossbar.per_tile
        for t in tiles:
            base = f"chip.tile[{t}]"
            xbar_ids = tuple(counters.component(f"{base}.xbar[{i}]", "xbar") for i in range(n_x))
            dac_ids = tuple(counters.component(f"{base}.xbar[{i}].dac", "dac") for i in range(n_x))
            self.adc_banks[t] = AdcBank(counters.component(f"{base}.adc", "adc"))
            self.ni_components[t] = counters.component(f"{base}.ni", "ni")
            layout = TileLayout(
                tile=t,
                n_xbars=n_x,
                n_tiles=n_tiles,
                buffer_elements=arch.tile.buffer.size_elements,
                element_bytes=arch.tile.buffer.element_bytes,
                xbar_components=xbar_ids,
                dac_components=dac_ids,
                adc_component=self.adc_banks[t].component,
                dpu_component=counters.component(f"{base}.dpu", "dpu"),
                buffer_component=counters.component(f"{base}.buffer", "buffer"),
                ni_component=self.ni_components[t],
            )
            code = decode_stream(
                program.streams[t], layout, partial(counters.layer, tile=t), arch.dpu
            )
            self.controllers[t] = Controller(self, t, code)

    # ------------------------------------------------------------ shared services
    def deliver(
        self, dst: int, src: int, tag: int, n_elements: int, arrival: int, origin: Origin
    ) -> None:
        """A message's arrival cycle is known: hand it to ``dst``'s pending RECV or mailbox."""
        ctrl = self.controllers.get(dst)
        if ctrl is None:
            self.undeliverable.append((dst, tag, arrival, origin))
            return
        key = (src, tag)
        waiting = ctrl.recv_wait
        if waiting is not None and waiting[0] == key:
            self.check_length(origin, n_elements, ctrl, waiting[2])
            ctrl.complete_recv(arrival, origin)
        else:
            queue = ctrl.mailbox.get(key)
            if queue is None:
                queue = ctrl.mailbox[key] = deque()
            queue.append((arrival, n_elements, origin))

    def check_length(self, origin: Origin, n_elements: int, ctrl: Controller, recv: UnitOp) -> None:
        """ProgramError if a message's length differs from its RECV's."""
        if n_elements != recv.c:
            src_tile, src_pc = origin[0], origin[1]
            raise ProgramError(
                f"tile {src_tile} instruction {src_pc} sends {n_elements} elements with tag "
                f"{recv.b} but {ctrl._where(recv.index)} receives {recv.c}"
            )

    def barrier_arrive(self, barrier_id: int) -> simpy.Event | None:
        """Arrive at barrier ``barrier_id``: the event to wait for, or None if this tile was
        the last to arrive (the others are released now)."""
        entry = self._barriers.get(barrier_id)
        if entry is None:
            entry = self._barriers[barrier_id] = [0, self.env.event()]
        entry[0] += 1
        if entry[0] == self.barrier_parties:
            del self._barriers[barrier_id]
            entry[1].succeed()
            return None
        event: simpy.Event = entry[1]
        return event

    # ------------------------------------------------------------------ running
    def run(self) -> TimingResult:
        """Run every controller to its halt; raise DeadlockError / CycleLimitExceeded."""
        env = self.env
        for ctrl in self.controllers.values():
            env.process(ctrl.run())
        limit = self.max_cycles
        if limit == NO_LIMIT:
            env.run()
        else:
            peek, step = env.peek, env.step
            while peek() <= limit:
                step()
        stuck = [c for c in self.controllers.values() if not c.done]
        late = [c for c in self.controllers.values() if c.done and c.finish_cycle > limit]
        if (stuck and env.peek() != math.inf) or late:
            raise CycleLimitExceeded(
                f"the program did not finish within max_cycles ({self.max_cycles})"
            )
        problems = [f"{c._where(c.pc)}: waiting for {c.waiting_for or 'an event'}" for c in stuck]
        problems += self._unreceived()
        if problems:
            raise DeadlockError(
                f"deadlock at cycle {env.now}: no event left while\n  " + "\n  ".join(problems)
            )
        ctrls = self.controllers.values()
        return build_result(
            self.counters,
            self.program.layer_names,
            {c.tile: c.finish_cycle for c in ctrls},
            sum(c.n_dynamic for c in ctrls),
            self.arch.chip.clock_mhz,
            self.trace,
        )

    def positions(self, exclude: int) -> list[str]:
        """Where every unfinished tile but ``exclude`` is (its last unit instruction)."""
        return [
            f"{c._where(c.pc)}" + (f" waiting for {c.waiting_for}" if c.waiting_for else "")
            for c in self.controllers.values()
            if not c.done and c.tile != exclude
        ]

    def _unreceived(self) -> list[str]:
        out = []
        for ctrl in self.controllers.values():
            for (_src, tag), queue in sorted(ctrl.mailbox.items()):
                for _, n, (s_tile, s_pc, *_) in queue:
                    out.append(
                        f"message of {n} elements from tile {s_tile} (instruction {s_pc}) to "
                        f"tile {ctrl.tile} with tag {tag} was never received"
                    )
        for dst, tag, _, (s_tile, s_pc, *_) in self.undeliverable:
            out.append(
                f"message from tile {s_tile} (instruction {s_pc}) to tile {dst} with tag {tag} "
                f"was never received (tile {dst} has no stream)"
            )
        return out


def simulate_timing(
    program: Program,
    arch: ArchConfig,
    *,
    trace: bool = False,
    max_cycles: int | None = None,
    watchdog_cycles: int = DEFAULT_WATCHDOG_CYCLES,
) -> TimingResult:
    """Simulate the timing of ``program`` on the chip ``arch``.

    ``trace`` records every unit instruction, message and link reservation for a
    Chrome/Perfetto trace (:meth:`TimingResult.write_trace`). ``max_cycles`` bounds the
    simulated time (:class:`CycleLimitExceeded` beyond it). A tile whose loop cannot end
    raises :class:`~aimcsim.timing.controller.RunawayLoopError`: when its (pc, registers)
    state repeats, when it branches 1,000,000 times without a unit instruction, or when it
    makes no progress (no message sent or received, no barrier, no unit instruction of a
    new layer) for ``watchdog_cycles`` cycles. Raises ProgramError for a program that cannot
    run on this chip and DeadlockError when tiles wait for each other forever.
    """
    return Chip(program, arch, trace, max_cycles, watchdog_cycles).run()
