"""Activity counters of the timing model: named actions per layer, busy cycles, stalls.

Components only *count*; energy is computed afterwards from counts x an energy table
(design decision 4). Every count is attributed to the layer of the instruction that caused
it (``Instruction.layer``), never to a global "current layer".

Actions counted, with their units (names from the ISA spec's ``actions`` lists):

===================  ====================================  ==========================
action               counted                               component
===================  ====================================  ==========================
``dac.drive``        rows driven, per row per read phase   ``chip.tile[t].xbar[i].dac``
``xbar.read``        crossbar read phases (per input phase ``chip.tile[t].xbar[i]``
                     x read phases), per MVM
``xbar.program_row`` rows programmed by PROG               ``chip.tile[t].xbar[i]``
``adc.convert``      column samples converted              ``chip.tile[t].adc``
``dpu.op``           element operations (see dpu.py)       ``chip.tile[t].dpu``
``dpu.mac``          multiply-accumulates of MMUL          ``chip.tile[t].dpu``
``buf.read``         bytes read from the tile buffer       ``chip.tile[t].buffer``
``buf.write``        bytes written to the tile buffer      ``chip.tile[t].buffer``
``mem.read_byte``    bytes read from SRAM / DRAM           ``chip.sram.bank[b]`` /
``mem.write_byte``   bytes written to SRAM / DRAM          ``chip.dram.channel[c]``
``noc.inject_byte``  payload bytes injected into the mesh  ``chip.tile[t].ni``
``noc.flit_hop``     flits x links crossed (headers incl.) ``chip.noc.link[(x,y)->(x,y)]``
===================  ====================================  ==========================

Busy cycles per component: crossbar = MVM and PROG cycles; ADC bank = conversion cycles
(the whole MVM for an integrating ADC); DPU = instruction cycles; buffer = not tracked;
NI = cycles the tile's first link is held by its sends; link = flit cycles held; SRAM bank /
DRAM channel = transfer cycles.

Stall cycles (per layer, summed over that layer's instructions): the cycles an instruction
waited to start after it could have issued, attributed to the binding constraint
(``dependency`` = a buffer hazard, or the unit it needed: ``xbar``, ``adc``, ``dpu``,
``memory``, ``network``), plus the cycles waited inside shared resources (link contention:
``network``; bank/channel contention: ``memory``) and at barriers (``barrier``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

STALL_KINDS = ("dependency", "xbar", "adc", "dpu", "memory", "network", "barrier")
"""Stall categories, in the order of :attr:`LayerStats.stall_cycles`."""

ST_DEP, ST_XBAR, ST_ADC, ST_DPU, ST_MEM, ST_NET, ST_BARRIER = range(len(STALL_KINDS))

NEVER = 1 << 62
"""Sentinel cycle "not yet" for first-issue minima."""


class LayerStats:
    """Running figures of one layer on one tile: span, first message arrival, busy cycles,
    stalls, dispatched instructions. :mod:`aimcsim.timing.result` combines the tiles."""

    __slots__ = (
        "busy_cycles",
        "first_after_recv_cycle",
        "first_arrival_cycle",
        "first_issue_cycle",
        "last_end_cycle",
        "layer",
        "n_unit_instr",
        "receiving",
        "stall_cycles",
        "tile",
    )

    def __init__(self, layer: int, tile: int) -> None:
        self.layer = layer
        self.tile = tile
        self.first_issue_cycle = NEVER
        self.first_arrival_cycle = NEVER
        self.first_after_recv_cycle = NEVER
        self.receiving = False
        self.last_end_cycle = 0
        self.busy_cycles = 0
        self.n_unit_instr = 0
        self.stall_cycles = [0] * len(STALL_KINDS)

    def arrived(self, cycle: int) -> None:
        """A RECV of this layer on this tile completed (its message arrived) at ``cycle``."""
        if cycle < self.first_arrival_cycle:
            self.first_arrival_cycle = cycle
        if cycle > self.last_end_cycle:
            self.last_end_cycle = cycle

    def worked(self, start_cycle: int) -> None:
        """A unit instruction other than RECV started at ``start_cycle``."""
        if self.receiving and start_cycle < self.first_after_recv_cycle:
            self.first_after_recv_cycle = start_cycle

    @property
    def first_work_cycle(self) -> int:
        """Where the layer's useful work on this tile begins.

        On a tile that receives messages for the layer: the start of the first unit
        instruction issued after its first RECV (what it did before, such as zeroing
        accumulators, is set-up that overlaps earlier layers, and the time until then is
        spent waiting for inputs), or the first arrival if the layer only receives there.
        On a tile that receives nothing for it: its first unit instruction.
        """
        if not self.receiving:
            return self.first_issue_cycle
        if self.first_after_recv_cycle != NEVER:
            return self.first_after_recv_cycle
        return self.first_arrival_cycle


@dataclass(frozen=True)
class Component:
    """A counted part of the chip: dotted path with indices and its kind."""

    path: str
    kind: str


class Counters:
    """The registry of components and every counter of one simulation.

    ``counts`` maps ``(layer, component id, action)`` to a count; ``busy_cycles[cid]`` is the
    busy time of component ``cid``. Hot paths keep pre-built keys and index lists, so a count
    is one dict update.
    """

    def __init__(self) -> None:
        self.components: list[Component] = []
        self._ids: dict[str, int] = {}
        self.busy_cycles: list[int] = []
        self.counts: defaultdict[tuple[int, int, str], int] = defaultdict(int)
        self.layers: dict[tuple[int, int], LayerStats] = {}

    def component(self, path: str, kind: str) -> int:
        """Id of the component at ``path`` (registered on first use)."""
        cid = self._ids.get(path)
        if cid is None:
            cid = len(self.components)
            self._ids[path] = cid
            self.components.append(Component(path, kind))
            self.busy_cycles.append(0)
        return cid

    def layer(self, layer: int, tile: int) -> LayerStats:
        """The running statistics of ``layer`` on ``tile`` (created on first use)."""
        stats = self.layers.get((layer, tile))
        if stats is None:
            stats = self.layers[(layer, tile)] = LayerStats(layer, tile)
        return stats
