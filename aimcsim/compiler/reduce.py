"""Reduction of a split weight layer's partial outputs across tiles: gather or tree, by cost.

A weight layer whose matrix spans several tiles leaves one *partial output* on each of them:
a range ``[lo, hi)`` of the layer's output (its column blocks), holding the sum over that
tile's row blocks. The layer's home tile needs the sum over all tiles. Every tile computes at
the same time (the compiler sends all input slices first), so what remains is to add the
partials together as they arrive:

* **gather**: every tile sends its partial straight to the root, which adds them in the order
  they are expected to arrive (a chain of ``vadd`` on the root, each waiting only for its own
  message);
* **tree**: tiles pair up level by level (the tile at index ``i + stride`` of the group sends
  to the one at ``i``, which adds; strides 1, 2, 4, ...), so the root adds ``log2(n)``
  partials instead of ``n - 1``, at the price of more sequential network hops.

Tiles whose partials cover the same output range form a group reduced to one tile (the home
tile when it covers that range too, else the group's first tile); each group's result is
then gathered by the home tile. A range that no other partial overlaps is received straight
into the output; the others are received into scratch buffers and added.

Which of gather and tree a group uses is decided by an unloaded cost estimate on the mesh's
real distances: message latency ``hops * router_delay + flits`` (packet mode) or the circuit
formula, ``vadd`` latency from the DPU formula (:mod:`aimcsim.timing.latency`); the cheaper
estimate wins, gather on a tie. The estimate ignores contention; the timing model does not.
"""

from __future__ import annotations

from dataclasses import dataclass

from aimcsim.compiler.emit import TileCode
from aimcsim.config.arch import ArchConfig
from aimcsim.timing import latency as lat


@dataclass(frozen=True)
class Partial:
    """Tile ``tile`` holds the layer output elements ``[lo, hi)`` as a partial sum."""

    tile: int
    lo: int
    hi: int


@dataclass(frozen=True)
class Merge:
    """``src`` sends its (accumulated) elements ``[lo, hi)`` to ``dst``, which adds them
    into its own partial (``direct``: ``dst`` is the home tile and nothing else writes that
    range, so the message is received straight into the output, no add)."""

    src: int
    dst: int
    lo: int
    hi: int
    direct: bool = False


class CostModel:
    """Unloaded cycle estimates of the network and the DPU of one chip."""

    def __init__(self, arch: ArchConfig) -> None:
        self.noc = arch.noc
        self.dpu = arch.dpu
        self.cols = arch.chip.mesh_cols
        self.element_bytes = arch.tile.buffer.element_bytes

    def message_cycles(self, src: int, dst: int, n_elements: int) -> int:
        """Send start to last flit arrived, on an idle mesh."""
        cfg = self.noc
        hops = lat.mesh_hops(src, dst, self.cols)
        n_bytes = n_elements * self.element_bytes
        if cfg.mode == "circuit":
            flits = lat.payload_flits(n_bytes, cfg.link_bytes)
            return lat.circuit_unloaded_cycles(
                hops, flits, cfg.router_delay_cycles, cfg.circuit_setup_cycles_per_hop
            )
        flits = lat.message_flits(n_bytes, cfg.link_bytes, cfg.max_packet_flits, cfg.header_flits)
        return lat.packet_unloaded_cycles(hops, flits, cfg.router_delay_cycles)

    def add_cycles(self, n_elements: int) -> int:
        """One ``vadd`` of ``n_elements``."""
        d = self.dpu
        return lat.dpu_elementwise_cycles(n_elements, d.lanes, d.startup_cycles, d.simple_cycles)


def _gather(root: int, members: list[int], n: int, cost: CostModel) -> tuple[int, list[int]]:
    """(estimated finish, members in receive order) of gathering at ``root``."""
    order = sorted(members, key=lambda t: (cost.message_cycles(t, root, n), members.index(t)))
    done = 0
    for t in order:
        done = max(done, cost.message_cycles(t, root, n)) + cost.add_cycles(n)
    return done, order


def _tree(root: int, members: list[int], n: int, cost: CostModel) -> tuple[int, list[Merge]]:
    """(estimated finish, merges in emission order) of a binary tree rooted at ``root``;
    ``members`` in placement order (neighbours in the list are near on the mesh)."""
    nodes = [root, *members]
    ready = dict.fromkeys(nodes, 0)
    merges: list[Merge] = []
    stride = 1
    while stride < len(nodes):
        for i in range(0, len(nodes) - stride, 2 * stride):
            dst, src = nodes[i], nodes[i + stride]
            arrive = ready[src] + cost.message_cycles(src, dst, n)
            ready[dst] = max(ready[dst], arrive) + cost.add_cycles(n)
            merges.append(Merge(src, dst, 0, 0))
        stride *= 2
    return ready[root], merges


def plan_reduction(
    home: int, home_ranges: list[tuple[int, int]], parts: list[Partial], arch: ArchConfig
) -> list[Merge]:
    """Merges (in emission order) that bring every partial of ``parts`` (tiles other than
    ``home``) into the output on ``home``, whose own blocks write ``home_ranges``."""
    cost = CostModel(arch)
    groups: dict[tuple[int, int], list[int]] = {}
    for p in parts:
        groups.setdefault((p.lo, p.hi), []).append(p.tile)
    merges: list[Merge] = []
    roots: list[tuple[int, int, int]] = []  # (tile, lo, hi) whose partial goes to home
    for (lo, hi), tiles in groups.items():
        root = home if (lo, hi) in home_ranges else tiles[0]
        members = [t for t in tiles if t != root]
        if members:
            n = hi - lo
            t_gather, order = _gather(root, members, n, cost)
            t_tree, tree = _tree(root, members, n, cost)
            if t_tree < t_gather:
                merges.extend(Merge(m.src, m.dst, lo, hi) for m in tree)
            else:
                merges.extend(Merge(t, root, lo, hi) for t in order)
        if root != home:
            roots.append((root, lo, hi))
    # results of the other groups, in expected arrival order
    roots.sort(key=lambda r: cost.message_cycles(r[0], home, r[2] - r[1]))
    spans = home_ranges + [(lo, hi) for _, lo, hi in roots]
    for root, lo, hi in roots:
        alone = sum(1 for a, b in spans if a < hi and lo < b) == 1
        merges.append(Merge(root, home, lo, hi, direct=alone))
    return merges


def send_partial(code: TileCode, mg: Merge, tag: int, base: int) -> None:
    """The sender's half of ``mg``: its elements ``[lo, hi)``, element 0 at ``base``."""
    code.send(base + mg.lo, mg.dst, tag, mg.hi - mg.lo)


def recv_partial(code: TileCode, mg: Merge, tag: int, base: int, scratch: int) -> None:
    """The receiver's half of ``mg`` into its partial (element 0 at ``base``): straight
    into place when ``direct``, else into ``scratch`` and added (``vadd``)."""
    n = mg.hi - mg.lo
    dst = base + mg.lo
    if mg.direct:
        code.recv(dst, mg.src, tag, n)
        return
    code.recv(scratch, mg.src, tag, n)
    code.vec("vadd", dst, (dst, scratch), n)
